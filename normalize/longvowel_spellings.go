package normalize

import "strings"

// Long vowels that English spells with a silent gh or a silent ue, read as
// the spelling the other name gives the same vowel. Katakana, hangul and
// Chinese write a foreign name by its sound, so they write each pair below
// alike (normalize/testdata/kana, hangul, zhforeign); the spellings are the
// ones the surveys of English spelling list for these vowels (Carney, A
// Survey of English Spelling, 1994, ch. 4):
//   - eigh before a consonant is /eɪ/ in most words (eight, weight,
//     Leighton, Speight: pivot_variants.go reads it as ay before t) and /aɪ/
//     in some (height, sleight, Keightley, Keighley), the vowel
//     i-consonant-e writes (kite, Kiteley, Kiley). It is read as the other
//     name's i or y only where that i or y is marked long by an e after one
//     consonant (Keightley, Kiteley; Keighley, Kiley; a short i is another
//     vowel: Leighton and Litton are two names), and only in a word the
//     pronouncing table (pronounce.go) does not say with /eɪ/ alone:
//     Speight and Spite, Streight and Strite are two names.
//   - a final gue after one vowel letter after a consonant is g, its u and
//     e silent, and the vowel long, as a final e marks it (vogue, rogue,
//     Hague, Bogue): read as the other name's g after a long spelling of
//     that vowel (o as oa or oe: Bogue, Boag; Rogue, Roeg; a as ai or ay:
//     Hague, Haig). After a vowel pair the pair is the vowel's spelling
//     already (league, Teague) and is left.
//
// longVowelSim reads the spelling in one word, after its first letter, as
// the other's when the letters before it are the same and the other word
// lacks the spelling, then scores the pair less a convention's cost: the
// rest of the letters decide. Names of one word of ASCII letters only, not
// in running text (s.inText, as englishsound.go: height and hite, or vogue
// and vogg, are not spellings of one word there), and not against a Pinyin
// syllable of three letters or fewer (a Chinese surname). ough is left: it
// is /ɔː/ (Houghton, thought), /aʊ/ (Doughty, drought) or /oʊ/ (though)
// before the same letters, so no other spelling reads it.

// longVowelMinLen is the fewest letters a word longVowelSim reads may have
// (Hite, Bogue).
const longVowelMinLen = 4

// longGueSpellings are, for a vowel letter before a final gue, the
// spellings of its long sound the other name may write before its g.
var longGueSpellings = [...]struct {
	vowel byte
	long  [2]string
}{
	{'a', [2]string{"ai", "ay"}},
	{'o', [2]string{"oa", "oe"}},
}

// longVowelSim returns max(score, the similarity of a and b with one
// word's eigh or final gue read as the other's spelling of its
// vowel, less a convention's cost) when both are one word of ASCII
// letters (see above); otherwise score.
func (s *simState) longVowelSim(a, b string, score float64) float64 {
	if s.inText || !longVowelLetters(a) && !longVowelLetters(b) {
		return score // a checkSim's, or the quick test: no gh after the second letter and no final gue
	}
	return s.readAgainst(a, b, score, longVowelReading)
}

// longVowelLetters reports whether w has a gh after its fourth letter (of
// an eigh after the first letter) or ends in gue: the letters
// longVowelReading needs.
func longVowelLetters(w string) bool {
	n := len(w)
	if n < longVowelMinLen {
		return false
	}
	if w[n-1]|0x20 == 'e' && w[n-2]|0x20 == 'u' && w[n-3]|0x20 == 'g' {
		return true
	}
	for i := 3; i < n-2; i++ {
		if w[i]|0x20 == 'g' && w[i+1]|0x20 == 'h' {
			return true
		}
	}
	return false
}

// longVowelReading returns name with its eigh or final gue written as
// other writes that vowel at the same place (see above), or "" when it
// reads nothing.
func longVowelReading(name, other string) string {
	if len(name) < longVowelMinLen || len(other) < longVowelMinLen-1 || len(name) > englishSoundMaxLen || len(other) > englishSoundMaxLen ||
		!asciiLetters(name) || !asciiLetters(other) || len(other) <= 3 && pinyinShaped(other) {
		return ""
	}
	if r := finalGueReading(name, other); r != "" {
		return r
	}
	for i := 1; i+4 < len(name); i++ {
		if i > len(other) || !strings.EqualFold(name[:i], other[:i]) {
			return "" // the letters before the spelling differ
		}
		if !strings.EqualFold(name[i:i+4], "eigh") || strings.IndexByte("aeiouy", name[i+4]|0x20) >= 0 {
			continue
		}
		to := longIBefore(other, i)
		if to == "" || indexFold(other, "eigh") >= 0 || saidEyOnly(name) {
			return ""
		}
		return name[:i] + to + name[i+4:]
	}
	return ""
}

// saidEyOnly reports whether the pronouncing table has word and none of
// its pronunciations has the vowel /aɪ/ (Speight, Streight: /eɪ/).
func saidEyOnly(word string) bool {
	var buf [pronounceMaxWord]byte
	w, ok := lowerWord(&buf, word)
	if !ok {
		return false
	}
	prons := pronunciations(w)
	return prons != "" && strings.IndexByte(prons, 'Y') < 0 // Y: the table's byte for AY
}

// longIBefore returns other's i or y at j when an e follows it after one
// consonant letter (the long i of kite, Kiley), else "".
func longIBefore(other string, j int) string {
	if j+2 >= len(other) {
		return ""
	}
	c, n, e := other[j]|0x20, other[j+1]|0x20, other[j+2]|0x20
	if c != 'i' && c != 'y' || e != 'e' || strings.IndexByte("aeiouyhw", n) >= 0 {
		return ""
	}
	return other[j : j+1]
}

// finalGueReading returns name with a final gue after one vowel letter
// (after a consonant) written as other's long spelling of that vowel and
// g, when other ends so after the same letters (Bogue, Boag), else "".
func finalGueReading(name, other string) string {
	n := len(name)
	k := n - 4 // the vowel before gue
	if k < 1 || !strings.EqualFold(name[k+1:], "gue") || other[len(other)-1]|0x20 != 'g' {
		return ""
	}
	v := name[k] | 0x20
	if strings.IndexByte("aeiouy", name[k-1]|0x20) >= 0 || !strings.EqualFold(name[:k], other[:min(k, len(other))]) {
		return ""
	}
	for _, sp := range longGueSpellings {
		if sp.vowel != v {
			continue
		}
		for _, long := range sp.long {
			if len(other) == k+len(long)+1 && strings.EqualFold(other[k:k+len(long)], long) {
				return name[:k] + other[k:]
			}
		}
	}
	return ""
}
