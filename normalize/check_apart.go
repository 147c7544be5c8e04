package normalize

import "strings"

// Pairs a check of one text keeps apart (issue 11, branch checkheld62).
// unifiedFor links the spellings of one text more loosely than the
// matcher does (a typo once among many writings of a name), and news
// machine-translated from Chinese showed three kinds of pair so linked
// that are two names: the head noun of a place's name against the name
// ("Autonomous Region", "Tibet"), two Chinese names whose Pinyin
// syllables differ ("Shanxi", "Shaanxi"; "Yanchuan", "Yinchuan"; "Li
// Ping", "Li Aiping"), and two English words said differently ("Sweet",
// "Soviet"). Each test below reads the pair by a convention the matcher
// already applies, and parts it in the check only.

// headNounApart reports whether form v, which shares no word with
// canonical c, ends in a word that follows a place's name in a longer
// name (placeHeadWords: Region, Province, County) and text writes c
// followed by v as one name ("Tibet Autonomous Region"): v is the head
// of that name, which the text also writes after other names ("Inner
// Mongolia Autonomous Region"), not a spelling of c.
func headNounApart(text, v, c string) bool {
	wv, wc := splitName(v), splitName(c)
	if len(wv) == 0 || len(wc) == 0 || !placeHeadWords.get()[strings.ToLower(wv[len(wv)-1])] {
		return false
	}
	for _, x := range wv {
		for _, y := range wc {
			if strings.EqualFold(x, y) {
				return false
			}
		}
	}
	return findWord(text, c+" "+v, 0) >= 0
}

// pinyinNamesApart reports whether forms a and b, once the words they
// share at their start and end are set aside ("Reporter Li Ping",
// "Reporter Li Aiping"; "Shanxi Province"), differ in words that the
// matcher's Pinyin rules read as two names: a minimal pair
// (pinyinDistinct: Yanchuan, Yinchuan), Shaanxi against Shanxi
// (shaanDistinct), or Pinyin syllables with a mark of Pinyin
// (pinyinMarked) of which one name has more than the other (Ping, Aiping:
// one character more). Syllables written together in one form and apart
// in the other (Zhengwan, Zheng Wan) are one name; Japanese names
// (japaneseMarked) are left to the other rules.
func pinyinNamesApart(a, b string) bool {
	wa, wb := splitName(a), splitName(b)
	for len(wa) > 1 && len(wb) > 1 && strings.EqualFold(wa[0], wb[0]) {
		wa, wb = wa[1:], wb[1:]
	}
	for len(wa) > 1 && len(wb) > 1 && strings.EqualFold(wa[len(wa)-1], wb[len(wb)-1]) {
		wa, wb = wa[:len(wa)-1], wb[:len(wb)-1]
	}
	x, y := strings.Join(wa, " "), strings.Join(wb, " ")
	if x == "" || y == "" || !mayHavePinyinMark(x) && !mayHavePinyinMark(y) {
		return false
	}
	for _, w := range append(wa, wb...) {
		if japaneseMarked(w) {
			return false
		}
	}
	if len(wa) == 1 && len(wb) == 1 && shaanDistinct(x, y) {
		return true
	}
	if pinyinShaped(x) && pinyinShaped(y) && pinyinDistinct(x, y) {
		return true
	}
	syll := pinyinSyllables()
	sx, sy := pinyinWords(x, syll), pinyinWords(y, syll)
	if sx == nil || sy == nil {
		return false
	}
	var fx, fy []string
	for _, w := range sx {
		fx = append(fx, w...)
	}
	for _, w := range sy {
		fy = append(fy, w...)
	}
	if len(fx) == len(fy) {
		return false // one count: pinyinDistinct read them
	}
	for _, s := range append(fx, fy...) {
		if in, fin := splitSyllable(s); pinyinMarked(in, fin) {
			return true
		}
	}
	return false
}
