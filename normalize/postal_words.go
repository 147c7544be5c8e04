package normalize

import "strings"

// Postal and Pinyin names inside longer names. The postal reading
// (postalPair) and the caps that keep two provinces a vowel apart
// (pinyinDistinct, pinyinFinalsDistinct, postalKeyDistinct) read names of
// Pinyin or postal words only: "Hunan Province" is no Pinyin, Province
// being none, so those rules never saw it, and the shared word lifted two
// provinces over the threshold (Honan Province, Hunan Province 1.000;
// Hunan Province, Henan Province 0.918) while a postal name and its Pinyin
// fell under it (Kiangsu Province, Jiangsu Province 0.800, capped as an
// initial consonant apart). When two names are the same words but the
// first (Province, City, Provincial Government, Party Committee), that
// word decides as it does alone: the rules below run on that word pair.
// The combination of word scores itself is left as it is.

// oneWordApart returns the first words of a and b, names of two words or
// more, when those are the only words in which they differ (the rest is
// the same, spaces and all, case aside), and reports whether they are. English puts a place's name before
// the word of its kind (Hunan Province, Poyang County, Nanking Road), and
// a person's given name before the surname: a pair that differs in a later
// word is more often two persons of one given name (Haroun Gaye, Haroun
// Geye; Muhammad Sholeh Ibrahim, Muhammad Soleh Ibrahim: spellings of one
// name, which the syllable rules would read as two), left to the word
// scores. It allocates nothing.
func oneWordApart(a, b string) (x, y string, ok bool) {
	i, j := strings.IndexByte(a, ' '), strings.IndexByte(b, ' ')
	if i <= 0 || j <= 0 || len(a)-i != len(b)-j || !strings.EqualFold(a[i:], b[j:]) || strings.EqualFold(a[:i], b[:j]) {
		return "", "", false
	}
	return a[:i], b[:j], true
}

// postalWordPair reads the first words of a and b, when the rest is the
// same (oneWordApart), as postalPair reads a one-word pair: one word the
// postal spelling of the other (Szechwan Province, Sichuan Province).
// wadeGilesStage asks postalStart of the whole names first (with the rest
// the same, their first letters and the difference of their lengths are
// the first words'); capsStage asks it of the pairs its caps would lower
// only, and postalRead asks postalStart of the first words itself.
func postalWordPair(a, b string) bool {
	x, y, ok := oneWordApart(a, b)
	return ok && postalRead(x, y)
}

// pinyinWordDistinct reports whether a and b, the same words but the
// first (oneWordApart) and scored as one name under 1, differ in a first
// word that pinyinDistinct
// reads as another Pinyin name (Hunan, Henan) or postalWordsDistinct as
// another postal one (Kwangsi, Kiangsi), or shaanDistinct as the other
// province of Shaanxi's (Shansi).
func pinyinWordDistinct(a, b string) bool {
	x, y, ok := oneWordApart(a, b)
	if !ok || !syllableEnd(x[len(x)-1]) || !syllableEnd(y[len(y)-1]) {
		return false
	}
	if japaneseMarked(x) || japaneseMarked(y) {
		return false
	}
	return pinyinShaped(x) && pinyinShaped(y) && pinyinDistinct(x, y) || postalWordsDistinct(x, y) || shaanDistinct(x, y)
}

// japaneseMarked reports whether word reads as Hepburn morae with a mark
// of Japanese (romajiMarked: shi, chi, tsu, ji, fu, a glide, a doubled
// consonant, four morae of a consonant and a vowel). Japanese names are
// syllables too, and read as Pinyin or postal syllables they are
// different names where they are spellings of one: Meiji and Meji,
// Musashi and Muzashi (Pinyin), Tsunayoshi and Tunayoshi, Kintetsu and
// Kintesu (postal ts against t: Hepburn and Kunrei tsu). Such a pair is
// left to the word scores (branch postal3's running-text sweep).
func japaneseMarked(word string) bool {
	var buf [24]string
	m, ok := romajiMorae(buf[:0], word)
	return ok && len(m) >= 2 && romajiMarked(word, m)
}

// syllableEnd reports whether c ends a Pinyin or postal syllable: a vowel,
// n, g, r, or postal h (-eh, -ih) or w (-ow). A word that ends otherwise
// is no name these rules read, and most pairs stop here.
func syllableEnd(c byte) bool {
	switch c | 0x20 {
	case 'a', 'e', 'i', 'o', 'u', 'n', 'g', 'r', 'h', 'w':
		return true
	}
	return false
}

// shaanDistinct reports whether one of words x and y has Pinyin's shaan
// (陝, postalPinyinSyllables) and the other neither has it nor reads as its
// postal spelling (postalAgainst): Shaanxi and Shansi (Shanxi's postal
// name) are two provinces, Shaanxi and Shensi one.
func shaanDistinct(x, y string) bool {
	hx, hy := hasFold(x, "shaan"), hasFold(y, "shaan")
	if hx == hy {
		return false
	}
	if hy {
		x, y = y, x
	}
	return !postalAgainst(y, x)
}

// hasFold reports whether s has lower-case ASCII sub, case aside.
func hasFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// keyWordDistinct reports whether a and b, of one key and one length (the
// caller's cheap test: both caps want words of one length), the same words but
// the first (oneWordApart), differ in a first word that the caps of a key-equal one-word pair read as
// another name: Pinyin finals (Poyang County, Puyang County) or a postal
// syllable that spells none of the other's readings (postalKeyDistinct:
// Honan Province, Hunan Province; Hupeh Province, Hopeh Province).
func keyWordDistinct(a, b string) bool {
	x, y, ok := oneWordApart(a, b)
	return ok && (pinyinFinalsDistinct(x, y) && Key(x) == Key(y) || postalKeyDistinct(x, y))
}

// postalWordsDistinct reports whether x and y, two words of postal letters
// neither of them Pinyin, one with a mark of postal spelling, cut into
// postal syllables as many, have an aligned pair that spells no Pinyin
// syllable in common (Kwangsi, Kiangsi: Guangxi, Jiangxi). It is
// postalKeyDistinct's two-postal-names case without one key: a pair
// pinyinWordDistinct reads is already under 1.
func postalWordsDistinct(x, y string) bool {
	if !postalMarked(x) && !postalMarked(y) || !postalLetters(x) || !postalLetters(y) {
		return false
	}
	syll := pinyinSyllables()
	if pinyinWords(x, syll) != nil || pinyinWords(y, syll) != nil {
		return false
	}
	return postalDistinct(x, y)
}
