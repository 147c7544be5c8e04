package normalize

import "strings"

// French mute letters against the Pinyin and Hepburn minimal pairs.
// French, and the French-based spellings of West Africa and the Sahel,
// write a name's initial h (h muet) or leave it out as the source spells
// it, and write a mute e after a final consonant (e muet) or not: Hamadou
// and Amadou (Ahmadu), Haroun and Aroun (Harun), Hissène and Issène
// (Husayn); Hassane and Hassan, Ramadane and Ramadan, Ousmane and Ousman
// are one name each. Such a word often reads as Pinyin syllables
// (a-ma-dou) or Hepburn morae (a-ro-u-n, ha-s-sa-ne) as well, and there a
// syllable with an initial h and one without, or a final ne and a final
// n, are two characters, so pinyinDistinct and romajiDistinct would veto
// the pair. The vetoes are for names that are Chinese or Japanese; a pair
// whose words differ only in such letters is read as the French spelling
// instead and keeps its letter-level score, when the shorter word has
// five letters or more and is not two Pinyin syllables or fewer (Chinese
// given names and most place names are one or two: Aimin and Haimin stay
// apart). frenchMuteOnly tells such a pair.

// frenchMuteOnly reports whether names a and b, word for word, are equal
// but for one word or more that is the other with an initial h added
// before a vowel, or a final e added after a consonant, the shorter of
// five letters or more. Words are compared as written, in lower case.
func frenchMuteOnly(a, b string) bool {
	if len(a) == len(b) {
		return false // a mute letter changes the length
	}
	split := func(r rune) bool { return r == ' ' || r == '-' }
	wa, wb := strings.FieldsFunc(a, split), strings.FieldsFunc(b, split)
	if len(wa) != len(wb) {
		return false
	}
	found := false
	for i := range wa {
		x, y := strings.ToLower(wa[i]), strings.ToLower(wb[i])
		if x == y {
			continue
		}
		if len(x) > len(y) {
			x, y = y, x
		}
		if len(y) != len(x)+1 || len(x) < 5 {
			return false
		}
		hMuet := y[0] == 'h' && y[1:] == x && isVowel(x[0])
		eMuet := y[len(x)] == 'e' && y[:len(x)] == x && !isVowel(x[len(x)-1])
		if !hMuet && !eMuet {
			return false
		}
		if sy := segmentPinyin(x, pinyinSyllables()); sy != nil && len(sy) < 3 {
			return false // Aimin, Haimin: two Chinese syllables
		}
		found = true
	}
	return found
}
