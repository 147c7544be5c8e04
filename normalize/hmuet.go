package normalize

import "strings"

// The French initial h (h muet) against the Pinyin and Hepburn minimal
// pairs. French, and the French-based spellings of West Africa and the
// Sahel, write a name's initial h or leave it out as the source spells
// it: Hamadou and Amadou (Ahmadu), Haroun and Aroun (Harun), Hissène and
// Issène (Husayn) are one name. Such a word often reads as Pinyin
// syllables (a-ma-dou) or Hepburn morae (a-ro-u-n) as well, and there a
// syllable with an initial h and one without are two characters, so
// pinyinDistinct and romajiDistinct would veto the pair. The vetoes are
// for names that are Chinese or Japanese; a pair whose words differ only
// in an initial h on a word of five letters or more that is not two
// Pinyin syllables or fewer (Chinese given names and most place names are
// one or two: Aimin and Haimin stay apart) is read as the French spelling
// instead and keeps its letter-level score. hMuetOnly tells such a pair.

// hMuetOnly reports whether names a and b, word for word, are equal but
// for one word or more that is the other with an initial h added, the
// shorter of five letters or more and beginning with a vowel. Words are
// compared as written, in lower case.
func hMuetOnly(a, b string) bool {
	if len(a) == len(b) || strings.IndexAny(a, "hH") < 0 && strings.IndexAny(b, "hH") < 0 {
		return false // the common case, quickly: an added h changes the length
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
		if len(y) != len(x)+1 || y[0] != 'h' || y[1:] != x || len(x) < 5 || !isVowel(x[0]) {
			return false
		}
		if sy := segmentPinyin(x, pinyinSyllables()); sy != nil && len(sy) < 3 {
			return false // Aimin, Haimin: two Chinese syllables
		}
		found = true
	}
	return found
}
