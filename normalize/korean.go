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
// above, that read alike with the voicing of their stops dropped.
func koreanSame(a, b string) bool {
	ka, ok := koreanReading(a)
	if !ok {
		return false
	}
	kb, ok := koreanReading(b)
	return ok && ka == kb
}

// koreanReading returns the syllables of name read as described above,
// joined, and whether name has the shape of a Korean name.
func koreanReading(name string) (string, bool) {
	var out []byte
	words, sylls := 0, 0
	for _, w := range strings.Fields(name) {
		words++
		for _, syl := range strings.Split(w, "-") {
			sylls++
			if sylls > 5 {
				return "", false
			}
			var ok bool
			if out, ok = koreanSyllable(out, syl); !ok {
				return "", false
			}
		}
	}
	return string(out), words >= 2
}

// Korean initials and finals, longest first, with what each reads as.
var (
	koreanInitials = [][2]string{
		{"kk", "k"}, {"tt", "t"}, {"pp", "p"}, {"ss", "s"}, {"jj", "c"}, {"ch", "c"},
		{"g", "k"}, {"k", "k"}, {"n", "n"}, {"d", "t"}, {"t", "t"}, {"r", "l"}, {"l", "l"},
		{"m", "m"}, {"b", "p"}, {"p", "p"}, {"s", "s"}, {"j", "c"}, {"h", "h"}, {"", ""},
	}
	koreanVowels = [][2]string{
		{"yeo", "yo"}, {"yae", "ye"}, {"wae", "we"}, {"eo", "o"}, {"eu", "u"}, {"ae", "e"},
		{"ya", "ya"}, {"ye", "ye"}, {"yo", "yo"}, {"yu", "yu"}, {"wa", "wa"}, {"wo", "wo"},
		{"we", "we"}, {"wi", "wi"}, {"oe", "we"}, {"ui", "ui"},
		{"a", "a"}, {"e", "e"}, {"i", "i"}, {"o", "o"}, {"u", "u"},
	}
	koreanFinals = map[string]string{
		"": "", "k": "k", "g": "k", "n": "n", "t": "t", "d": "t", "l": "l", "r": "l",
		"m": "m", "p": "p", "b": "p", "ng": "ng",
	}
)

// koreanSyllable appends the reading of one romanized Korean syllable to
// out (its marks of ŏ and ŭ, an apostrophe or a breve, dropped), or reports
// that syl is not one.
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
	s := string(low[:n])
	for _, in := range koreanInitials {
		if !strings.HasPrefix(s, in[0]) {
			continue
		}
		rest := s[len(in[0]):]
		for _, v := range koreanVowels {
			if !strings.HasPrefix(rest, v[0]) {
				continue
			}
			if f, ok := koreanFinals[rest[len(v[0]):]]; ok {
				out = append(out, in[1]...)
				out = append(out, v[1]...)
				return append(append(out, f...), '.'), true
			}
		}
	}
	return out, false
}
