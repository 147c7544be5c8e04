package normalize

import (
	"slices"
	"strings"
	"sync"
)

// Hanyu Pinyin's syllables as its table is built: an initial and a final,
// each initial taking the finals of its row. toneMarksApart reads a marked
// word by this structure rather than by the table's list of readings
// (pinyinSyllables, which also holds rare readings such as biang, fiao,
// cei and the ü of nü written u): a syllable here is one the standard table
// of initials and finals spells. The letters are written without tone marks
// and with ü as u, as plain toneWord letters are.

// The finals by their medial, as written after an initial.
var (
	// pinyinOpenFinals: no medial (o only after b, p, m, f: bo, fo).
	pinyinOpenFinals = []string{"a", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong"}
	// pinyinIFinals: the medial i (iu for iou).
	pinyinIFinals = []string{"i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong"}
	// pinyinUFinals: the medial u (ui for uei, un for uen).
	pinyinUFinals = []string{"u", "ua", "uo", "uai", "ui", "uan", "un", "uang"}
	// pinyinYuFinals: the medial ü, written u after j, q, x and here
	// everywhere (nü, lüe as nu, lue).
	pinyinYuFinals = []string{"u", "ue", "uan", "un"}
)

// pinyinRowFinals returns whether the row of initial in takes final f, as
// the table of initials and finals has it: b, p, m, f the open finals but
// ong, with o, the i-finals of their row and u (me, miu, mou for m alone;
// pou, fou); d, t, n, l the open finals, the i-finals and u-finals of their
// row and ü (nü, lüe); g, k, h the open finals and u-finals; zh, ch, sh, r,
// z, c, s the open finals, their own i (zhi, si) and the u-finals, ua, uai
// and uang after zh, ch, sh alone; j, q, x the i-finals and ü; no initial,
// the open finals but ong, with o and er.
func pinyinRowFinals(in, f string) bool {
	open := slices.Contains(pinyinOpenFinals, f)
	iF, uF, yuF := slices.Contains(pinyinIFinals, f), slices.Contains(pinyinUFinals, f), slices.Contains(pinyinYuFinals, f)
	switch in {
	case "b", "p", "m":
		switch f {
		case "e", "iu":
			return in == "m"
		case "ou":
			return in != "b"
		case "ia", "iang", "iong", "ong":
			return false
		}
		return open || f == "o" || iF || f == "u"
	case "f":
		return open && f != "ong" && f != "ai" && f != "ao" && f != "e" || f == "o" || f == "u"
	case "d", "t", "n", "l":
		switch f {
		case "ia", "iang", "in", "ue":
			return in == "n" || in == "l"
		case "iu":
			return in != "t"
		case "ui":
			return in == "d" || in == "t"
		case "en":
			return in == "d" || in == "n"
		}
		return open || iF && f != "iong" || uF && f != "ua" && f != "uai" && f != "uang"
	case "g", "k", "h":
		return open || uF
	case "zh", "ch", "sh", "r", "z", "c", "s":
		switch f {
		case "ua", "uai", "uang":
			return in == "zh" || in == "ch" || in == "sh"
		case "ei":
			return in == "z" || in == "zh" || in == "sh"
		case "ong":
			return in != "sh"
		case "a", "ai":
			return in != "r"
		}
		return open || f == "i" || uF
	case "j", "q", "x":
		return iF || yuF
	case "":
		return open && f != "ong" || f == "o" || f == "er"
	}
	return false
}

// pinyinSyllableShape reports whether s, lower-case letters without tone
// marks, is a syllable of the Pinyin table: an initial and a final of its
// row (pinyinRowFinals), or, with no initial, a final written with y or w
// where the medial i, u or ü starts the syllable (yi, ya, you; wu, wa, wei;
// yu, yue).
func pinyinSyllableShape(s string) bool {
	if rest, ok := strings.CutPrefix(s, "y"); ok {
		switch {
		case rest == "i" || rest == "in" || rest == "ing" || rest == "ou":
			return true // yi, yin, ying, you: i, in, ing, iou
		case slices.Contains(pinyinYuFinals, rest):
			return true // yu, yue, yuan, yun: ü, üe, üan, ün
		}
		// ya, ye, yao, yan, yang, yong: the i-final with y for its i
		return rest != "" && (rest[0] == 'a' || rest[0] == 'e' || rest[0] == 'o') && slices.Contains(pinyinIFinals, "i"+rest)
	}
	if rest, ok := strings.CutPrefix(s, "w"); ok {
		switch rest {
		case "u", "ei", "en", "eng":
			return true // wu, wei, wen, weng: u, uei, uen, ueng
		}
		// wa, wo, wai, wan, wang: the u-final with w for its u
		return rest != "" && (rest[0] == 'a' || rest[0] == 'o') && slices.Contains(pinyinUFinals, "u"+rest)
	}
	in, f := splitSyllable(s)
	if in == "y" || in == "w" {
		return false
	}
	return pinyinRowFinals(in, f)
}

// pinyinShapeSet is every syllable pinyinSyllableShape accepts, for
// segmentPinyin, built on first use.
var pinyinShapeSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	finals := slices.Concat(pinyinOpenFinals, pinyinIFinals, pinyinUFinals, pinyinYuFinals, []string{"o", "er"})
	for _, in := range append(slices.Clone(pinyinInitials), "") {
		for _, f := range finals {
			for _, s := range []string{in + f, in + f[1:]} { // y, w take the medial's place: ya, wa
				if s != "" && pinyinSyllableShape(s) {
					m[s] = true
				}
			}
		}
	}
	return m
})
