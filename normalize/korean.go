package normalize

import "strings"

// Korean names in two romanizations. South Korea's Revised Romanization
// writes the plain stops as voiced letters and ㅓ, ㅡ as eo, eu (Jang Bom
// Su, Kim Jong Sik); McCune-Reischauer, North Korea's official system and
// the one lists often give as well, writes them voiceless at the start of a
// word and ŏ, ŭ, often typed o', u' or plain o, u (Jang Pom Su, Kim
// Cho'ng-sik, Pak To Chun / Pak Do Chun: the UN list's aliases of one
// person each). A name whose every word is one syllable of Korean, or
// syllables joined by hyphens, two words or more and at most five
// syllables, is read syllable by syllable with each stop's voicing dropped
// (g/k, d/t, b/p, j/ch), eo as o, eu as u and r as l; two names that read
// alike are one name (koreanScore), unless both are Pinyin syllables word
// for word, where b and p are different initials (Wang Bi, Wang Pi). The
// reading also joins the plain and aspirated stops of Revised Romanization
// (Dong, Tong), which McCune-Reischauer tells apart only by an apostrophe
// that lists often drop.

// koreanScore is the score of two names that koreanSame finds alike.
const koreanScore = 0.92

// koreanSame reports whether names a and b are Korean names, by the shape
// above, that read alike with the voicing of their stops dropped, or in
// their customary spellings (koreanCustomSame).
func koreanSame(a, b string) bool {
	var bufA, bufB [64]byte
	if ka, ok := koreanReading(bufA[:0], a); ok {
		if kb, ok := koreanReading(bufB[:0], b); ok && string(ka) == string(kb) {
			return true
		}
	}
	return koreanCustomSame(a, b) // koreancustom.go: Lee Myung-bak, Yi Myeong-bak
}

// koreanReading appends to out the syllables of name read as described
// above and reports whether name has the shape of a Korean name.
func koreanReading(out []byte, name string) ([]byte, bool) {
	if len(name) > 48 || strings.IndexByte(name, ' ') < 0 {
		return out, false // five syllables of eight bytes at most, two words
	}
	words, sylls := 0, 0
	for w := range strings.FieldsSeq(name) { // the Seq forms: no allocation
		words++
		for syl := range strings.SplitSeq(w, "-") {
			sylls++
			if sylls > 5 {
				return out, false
			}
			var ok bool
			if out, ok = koreanSyllable(out, syl); !ok {
				return out, false
			}
		}
	}
	return out, words >= 2
}

// The readings of Korean initials, vowels and finals.
var (
	koreanInitials = map[string]string{
		"": "", "kk": "k", "tt": "t", "pp": "p", "ss": "s", "jj": "c", "ch": "c",
		"g": "k", "k": "k", "n": "n", "d": "t", "t": "t", "r": "l", "l": "l",
		"m": "m", "b": "p", "p": "p", "s": "s", "j": "c", "h": "h",
	}
	koreanVowels = map[string]string{
		"yeo": "yo", "yae": "ye", "wae": "we", "eo": "o", "eu": "u", "ae": "e",
		"ya": "ya", "ye": "ye", "yo": "yo", "yu": "yu", "wa": "wa", "wo": "wo",
		"we": "we", "wi": "wi", "oe": "we", "ui": "ui",
		"a": "a", "e": "e", "i": "i", "o": "o", "u": "u",
	}
	koreanFinals = map[string]string{
		"": "", "k": "k", "g": "k", "n": "n", "t": "t", "d": "t", "l": "l", "r": "l",
		"m": "m", "p": "p", "b": "p", "ng": "ng",
	}
)

// koreanSyllable appends the reading of one romanized Korean syllable to
// out (its marks of ŏ and ŭ, an apostrophe or a breve, dropped), or reports
// that syl is not one: consonants, then vowels (w and y with them), then
// consonants, each part one of Korean's.
func koreanSyllable(out []byte, syl string) ([]byte, bool) {
	var low [8]byte
	n := 0
	for _, r := range syl {
		switch {
		case r >= 'a' && r <= 'z':
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r == 'ŏ' || r == 'Ŏ':
			r = 'o'
		case r == 'ŭ' || r == 'Ŭ':
			r = 'u'
		case r == '\'' || r == '’' || r == 'ʼ' || r == '‘':
			continue
		default:
			return out, false
		}
		if n == len(low) {
			return out, false
		}
		low[n] = byte(r)
		n++
	}
	s := low[:n]
	i, j := koreanVowelRun(s)
	in, ok := koreanInitials[string(s[:i])]
	if !ok || i == j {
		return out, false
	}
	v, ok := koreanVowels[string(s[i:j])]
	if !ok {
		return out, false
	}
	f, ok := koreanFinals[string(s[j:])]
	if !ok {
		return out, false
	}
	out = append(out, in...)
	out = append(out, v...)
	return append(append(out, f...), '.'), true
}

// koreanVowelRun returns where the first run of vowel letters of the
// romanized syllable s begins and ends (koreanVowelLetter): s[:i] is its
// initial, s[i:j] its vowel, s[j:] its final; i == j when it has none.
func koreanVowelRun(s []byte) (i, j int) {
	for i < len(s) && !koreanVowelLetter(s[i]) {
		i++
	}
	j = i
	for j < len(s) && koreanVowelLetter(s[j]) {
		j++
	}
	return i, j
}

// koreanVowelLetter reports whether c is a vowel letter of romanized
// Korean, or w or y, which begin its diphthongs.
func koreanVowelLetter(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'w', 'y':
		return true
	}
	return false
}
