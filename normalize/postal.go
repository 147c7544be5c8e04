package normalize

import (
	"strings"
	"sync"
)

// Chinese postal romanization. The Imperial Post Office's spellings of
// place names (fixed at the 1906 Shanghai conference on Giles's Nanking
// syllabary, kept by the Republic's postal atlas until Pinyin replaced
// them) are Wade-Giles without apostrophes, umlauts or hyphens, with the
// syllables of the Nanking pronunciation and some letters of their own:
// Pinyin ji, qi and xi are ki or tsi, ki or tsi, and hsi or si (Kiangsu
// Jiangsu, Tientsin Tianjin, Sinkiang Xinjiang); u before a vowel is w (kw
// is gu, hw hu: Kwangtung Guangdong, Anhwei Anhui); -ou is -ow (Hangchow
// Hangzhou), -ei and -e after a consonant -eh (Hopeh Hebei, Chengteh
// Chengde), si sze (Szechwan Sichuan), -ien -ian, -ung -ong. The names a
// word stands for are not spelled so by the letters alone: read by the
// table, Tientsin is no Pinyin, and the edit distance puts it at 0.79 of
// Tianjin. postalFwd holds each Pinyin syllable's postal spellings, and
// postalAgainst reads a name against a Pinyin one, as wgBareAgainst reads
// unmarked Wade-Giles: only the whole name, each word a word of the other.
// The irregular names the post office kept (Canton, Amoy, Peking) are no
// spelling of a syllable and are the glossary's, if anyone's.

// postalInitials maps a Pinyin initial to its postal spellings.
var postalInitials = map[string][]string{
	"b": {"p"}, "p": {"p"}, "d": {"t"}, "t": {"t"}, "g": {"k"}, "k": {"k"},
	"z": {"ts", "tz"}, "c": {"ts", "tz"}, "zh": {"ch"}, "ch": {"ch"}, "r": {"j"},
	"j": {"ch", "ts", "k"}, "q": {"ch", "ts", "k"}, "x": {"hs", "s", "h"},
	"s": {"s"}, "sh": {"sh"}, "h": {"h"}, "m": {"m"}, "f": {"f"}, "n": {"n"},
	"l": {"l"}, "y": {"y"}, "w": {"w"}, "": {""},
}

// postalFinals returns the postal spellings of the Pinyin final fin after
// the Pinyin initial ini.
func postalFinals(ini, fin string) []string {
	switch fin {
	case "i":
		switch ini {
		case "s":
			return []string{"ze", "zu", "su"} // sze, szu, ssu: Szechwan
		case "z", "c":
			return []string{"e", "u"} // tze, tzu, tse
		case "zh", "ch", "sh", "r":
			return []string{"ih", "i"}
		}
	case "e":
		if ini == "g" || ini == "k" || ini == "h" || ini == "" {
			return []string{"o", "oh", "eh", "e"} // Honan Henan, Hopeh Hebei
		}
		return []string{"eh", "e"} // Chengteh Chengde
	case "ei":
		return []string{"ei", "eh"} // Hopeh Hebei, Hupeh Hubei
	case "ou":
		if ini == "y" {
			return []string{"u", "ow", "ou"}
		}
		return []string{"ow", "ou", "eu"}
	case "ong":
		return []string{"ung"}
	case "iong":
		return []string{"iung", "ung"}
	case "uo":
		return []string{"wo", "o", "uo"} // Ankwo Anguo
	case "ui":
		return []string{"wei", "uei", "ui"} // Anhwei Anhui, Kweichow Guizhou
	case "ian":
		return []string{"ien", "ian"} // Tientsin Tianjin
	case "an":
		if ini == "y" {
			return []string{"en", "an"}
		}
	case "ie":
		return []string{"ieh", "ie"}
	case "ua", "uan", "uang", "uai":
		return []string{"w" + fin[1:], fin} // Kwangtung Guangdong
	case "u":
		if ini == "j" || ini == "q" || ini == "x" || ini == "y" {
			return []string{"u", "ue"}
		}
		return []string{"u", "oo"} // Soochow Suzhou
	case "ue", "ve":
		return []string{"ueh", "ue", "ioh"}
	case "er":
		return []string{"erh", "er"}
	}
	return []string{fin}
}

// postalFwd maps each Pinyin syllable to its postal spellings, and
// postalRev each postal spelling to the Pinyin syllables it spells,
// built on first use from pinyinSyllables.
var postalTables = sync.OnceValues(func() (fwd, rev map[string][]string) {
	fwd, rev = map[string][]string{}, map[string][]string{}
	for syl := range pinyinSyllables() {
		ini, fin := splitSyllable(syl)
		if ini == "y" && fin == "i" || ini == "y" && fin == "in" || ini == "y" && fin == "ing" {
			fwd[syl] = []string{syl, fin} // yi, yin, ying: i, in, ing
		}
		for _, pi := range postalInitials[ini] {
			for _, pf := range postalFinals(ini, fin) {
				fwd[syl] = append(fwd[syl], pi+pf)
			}
		}
		for _, p := range fwd[syl] {
			rev[p] = append(rev[p], syl)
		}
	}
	return fwd, rev
})

// postalLetters reports, by a byte scan, whether name is one or two words
// of ASCII letters none of which postal spelling lacks: b, d, q, v, x, and
// z but after t or s (tz, sz). Most names that are no postal spelling
// stop here.
func postalLetters(name string) bool {
	if len(name) < 3 || len(name) > 30 {
		return false
	}
	spaces := 0
	for i := 0; i < len(name); i++ {
		c := name[i] | 0x20
		switch {
		case name[i] == ' ':
			spaces++
			if spaces > 1 || i == 0 || name[i-1] == ' ' {
				return false
			}
		case c < 'a' || c > 'z':
			return false
		case c == 'b' || c == 'd' || c == 'q' || c == 'v' || c == 'x':
			return false
		case c == 'z' && (i == 0 || name[i-1]|0x20 != 't' && name[i-1]|0x20 != 's'):
			return false
		}
	}
	return true
}

// postalAgainst reads name, a postal spelling, against other, Pinyin, and
// reports whether every word of name is a word of other or spells it
// syllable by syllable in postalFwd's spellings, one word at least so,
// word for word as many. A name that reads as Pinyin itself is not read
// (Hunan, Chen Yi: a Pinyin name against another is a minimal pair as
// often as one name, as wadeGilesAgainst says).
func postalAgainst(name, other string) bool {
	syll := pinyinSyllables()
	wo := pinyinWords(other, syll)
	if wo == nil || pinyinWords(name, syll) != nil {
		return false
	}
	words := strings.Fields(strings.ToLower(name))
	if len(words) != len(wo) {
		return false
	}
	fwd, _ := postalTables()
	read := false
	for i, w := range words {
		if w == strings.Join(wo[i], "") {
			continue
		}
		if !postalSpells(w, wo[i], fwd) {
			return false
		}
		read = true
	}
	return read
}

// postalSpells reports whether w is the concatenation of a postal
// spelling of each of the Pinyin syllables syl, in order.
func postalSpells(w string, syl []string, fwd map[string][]string) bool {
	if len(syl) == 0 {
		return w == ""
	}
	for _, p := range fwd[syl[0]] {
		if p != "" && strings.HasPrefix(w, p) && postalSpells(w[len(p):], syl[1:], fwd) {
			return true
		}
	}
	return false
}

// postalScore is the score of a name read as the postal spelling of the
// other: a reading by a convention, as koreanScore is.
const postalScore = 0.92

// postalFloor is the score under which postalPair reads nothing: a postal
// spelling is a few letters from its Pinyin (Kweichow, Guizhou 0.571;
// Kinchow, Jinzhou 0.525).
const postalFloor = 0.5

// postalPair reads p's first name as a postal spelling of its second,
// then the second of the first (postalAgainst), when p's score is between
// postalFloor and SameThreshold, and reports whether one read: the pair is
// then one name.
func postalPair(p *pairSim) bool {
	if p.score < postalFloor || p.score >= SameThreshold {
		return false
	}
	return postalLetters(p.a) && postalAgainst(p.a, p.b) || postalLetters(p.b) && postalAgainst(p.b, p.a)
}

// postalDistinct reports whether a and b, both postal spellings (postal
// letters, no Pinyin, with a mark of postal spelling), whose keys are
// equal (the key folds o into u, eh into e), are cut into
// postal syllables as many, word for word, and an aligned pair of them
// spells no Pinyin syllable in common: Hupeh and Hopeh (Hubei, Hebei),
// Shansi and Shensi, Kwangsi and Kiangsi are different provinces, though
// the key folds o into u and the letters differ by one.
func postalDistinct(a, b string) bool {
	if !postalMarked(a) || !postalMarked(b) || !postalLetters(a) || !postalLetters(b) || Key(a) != Key(b) {
		return false
	}
	syll := pinyinSyllables()
	if pinyinWords(a, syll) != nil || pinyinWords(b, syll) != nil {
		return false
	}
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) != len(wb) {
		return false
	}
	_, rev := postalTables()
	set := postalSyllableSet()
	distinct := false
	for i := range wa {
		sa, sb := segmentPinyin(wa[i], set), segmentPinyin(wb[i], set)
		if sa == nil || len(sa) != len(sb) {
			return false
		}
		for j := range sa {
			if sa[j] != sb[j] && !sharesSyllable(rev[sa[j]], rev[sb[j]]) {
				distinct = true
			}
		}
	}
	return distinct
}

// postalSyllableSet is the set of postal spellings, for segmentPinyin.
var postalSyllableSet = sync.OnceValue(func() map[string]bool {
	_, rev := postalTables()
	set := make(map[string]bool, len(rev))
	for p := range rev {
		if p != "" {
			set[p] = true
		}
	}
	return set
})

// sharesSyllable reports whether x and y have a syllable in common.
func sharesSyllable(x, y []string) bool {
	for _, s := range x {
		for _, t := range y {
			if s == t {
				return true
			}
		}
	}
	return false
}

// postalMarked reports, by a byte scan, whether name has a spelling of
// the postal system that Pinyin does not write: kw, hw, ts, hs, sz, ien,
// or a word ending in eh or ow. Not ki, which Japanese, Finnish and
// Swahili names write (Koki, Kouki; Kisesa, Kisasa).
func postalMarked(name string) bool {
	l := strings.ToLower(name)
	for _, m := range [...]string{"kw", "hw", "ts", "hs", "sz", "ien"} {
		if strings.Contains(l, m) {
			return true
		}
	}
	for w := range strings.FieldsSeq(l) {
		if strings.HasSuffix(w, "eh") || strings.HasSuffix(w, "ow") {
			return true
		}
	}
	return false
}
