package normalize

import (
	"maps"
	"slices"
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
// Tianjin. postalTables holds each Pinyin syllable's postal spellings, and
// postalAgainst reads a name against a Pinyin one, as wgBareAgainst reads
// unmarked Wade-Giles: only the whole name, each word a word of the other.
// The irregular names the post office kept (Canton, Amoy, Peking) are no
// spelling of a syllable and are the glossary's, if anyone's.

// postalInitials maps a Pinyin initial to its postal spellings. Not h for
// x, which the system writes in some southern names (Hinghwa): read so,
// Pinyin Xiang would be Hiang, a Somali reading of x kept apart
// (TestSomaliReading), and Xu Hu.
var postalInitials = map[string][]string{
	"b": {"p"}, "p": {"p"}, "d": {"t"}, "t": {"t"}, "g": {"k"}, "k": {"k"},
	"z": {"ts", "tz"}, "c": {"ts", "tz"}, "zh": {"ch"}, "ch": {"ch"}, "r": {"j"},
	"j": {"ch", "ts", "k"}, "q": {"ch", "ts", "k"}, "x": {"hs", "s"},
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

// postalTables returns fwd, which maps each Pinyin syllable to its postal
// spellings, and rev, each postal spelling to the Pinyin syllables it
// spells, built on first use from pinyinSyllables.
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
	fwd["shaan"] = []string{"shen"} // Shensi Shaanxi: see postalPinyinSyllables
	rev["shen"] = append(rev["shen"], "shaan")
	return fwd, rev
})

// postalPinyinSyllables is pinyinSyllables and shaan, the syllables
// postalAgainst reads the Pinyin name in. Pinyin writes 陝 Shǎn with a
// doubled a (Shaanxi, Shaanbei), the one tone spelling it keeps, to tell
// Shaanxi from 山西 Shanxi; the post office told them apart its own way,
// writing 陝 Shen (Shensi, Shansi). So shaan is spelled shen, and no other
// spelling of shan reads it (Shansi is not Shaanxi).
var postalPinyinSyllables = sync.OnceValue(func() map[string]bool {
	syll := maps.Clone(pinyinSyllables())
	syll["shaan"] = true
	return syll
})

// postalLetters reports, by a byte scan, whether name is one or two words
// of ASCII letters none of which postal spelling lacks (b, d, q, v, x, and
// z but after t or s: tz, sz), each ending in a letter a syllable ends in.
// Most names that are no postal spelling stop here.
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
		case i+1 == len(name) || name[i+1] == ' ':
			switch c { // a syllable ends in a vowel, n, ng, h (-eh, -ih, -erh), w (-ow) or r (-er)
			case 'a', 'e', 'i', 'o', 'u', 'n', 'g', 'h', 'w', 'r':
			default:
				return false
			}
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
// syllable by syllable in postalTables' spellings, one word at least so,
// word for word as many. A name that reads as Pinyin itself is not read
// (Hunan, Chen Yi: a Pinyin name against another is a minimal pair as
// often as one name, as wadeGilesAgainst says), but for the post office's
// si for xi (postalSiForXi: Shansi, Shanxi).
func postalAgainst(name, other string) bool {
	var wn [][]string
	if pinyinShaped(name) {
		if wn = pinyinWords(name, pinyinSyllables()); wn != nil && !siXiEnds(name, other) {
			return false
		}
	}
	wo := pinyinWords(other, postalPinyinSyllables())
	if wo == nil || wn != nil && !postalSiForXi(name, wn, wo) {
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

// postalSiForXi reports whether name, one word read as the Pinyin
// syllables wn, ends in si where the other name, one word of Pinyin
// syllables wo as many, ends in xi, and has no mark of Pinyin
// (mayHavePinyinMark): the post office wrote Pinyin xi si, and the
// provinces' final xi (西, west: Shansi Shanxi, Shensi Shaanxi) so, which
// Pinyin reads as its own si; such a name is read as postal after all.
// Not a si before the end: Sishui and Xishui, Sihui and Xihui are Pinyin
// names of other places, as are names with a Pinyin mark (Sixian, Xixian:
// two counties); names of two words (Sun Si, Sun Xi) are persons' as
// often, and are not read.
func postalSiForXi(name string, wn, wo [][]string) bool {
	if len(wn) != 1 || len(wo) != 1 || len(wn[0]) != len(wo[0]) || mayHavePinyinMark(name) {
		return false
	}
	last := len(wn[0]) - 1
	return wn[0][last] == "si" && wo[0][last] == "xi"
}

// siXiEnds reports, by the last bytes, whether name ends in si and other
// in xi, case aside (SHANSI, SHANXI), postalSiForXi's cheap test.
func siXiEnds(name, other string) bool {
	n, o := len(name), len(other)
	return n >= 2 && o >= 2 && name[n-2]|0x20 == 's' && name[n-1]|0x20 == 'i' && other[o-2]|0x20 == 'x' && other[o-1]|0x20 == 'i'
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
	return postalRead(p.a, p.b)
}

// postalRead reports whether a reads as the postal spelling of b, or b of
// a (postalAgainst), cheap tests first.
func postalRead(a, b string) bool {
	return postalStart(a, b) && postalLetters(a) && postalEvident(a, b) && postalAgainst(a, b) ||
		postalStart(b, a) && postalLetters(b) && postalEvident(b, a) && postalAgainst(b, a)
}

// postalEvident reports whether name, read as a postal spelling, and
// other, as Pinyin, show it: other is Pinyin-shaped with a letter or final
// postal writes otherwise (postalRespelled), and name has a mark of the
// postal system (postalMarked: Tientsin, Hopeh) or other one of Pinyin
// (mayHavePinyinMark: x, q, zh, c, ng, uo, ao: Nanking Nanjing, Sian
// Xi'an). Japanese names are syllables too: Koya read so is Pinyin Geya,
// and neither name has a mark.
func postalEvident(name, other string) bool {
	return pinyinShaped(other) && postalRespelled(other) && (postalMarked(name) || mayHavePinyinMark(other))
}

// postalRespelled reports, by a byte scan, whether Pinyin name has a letter
// or a final that postal spelling writes otherwise, with no other letters:
// b, d, j, q, x, z, c but in ch, g but after n, ui, uo, ua (postal wa:
// Szechwan Sichuan), ou, ian, ong. A name
// with none (Mali, Hasan) reads as itself or not at all.
func postalRespelled(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i] | 0x20
		var n byte
		if i+1 < len(name) {
			n = name[i+1] | 0x20
		}
		switch {
		case c == 'b' || c == 'd' || c == 'j' || c == 'q' || c == 'x' || c == 'z':
			return true
		case c == 'c' && n != 'h', c == 'g' && (i == 0 || name[i-1]|0x20 != 'n'):
			return true
		case c == 'u' && (n == 'i' || n == 'o' || n == 'a'), c == 'o' && n == 'u', c == 'o' && n == 'n', c == 'a' && n == 'n' && i > 0 && name[i-1]|0x20 == 'i':
			return true
		}
	}
	return false
}

// pinyinShaped is maybePinyin of each word of name, by a byte scan that
// folds case as it goes (pinyinWords lower-cases a copy first): each word
// ends in a vowel, n, g or r, and two consonants meet only in zh, ch, sh,
// ng, or after n or ng. An apostrophe or a hyphen parts syllables.
func pinyinShaped(name string) bool {
	var p byte = ' '
	for i := 0; i <= len(name); i++ {
		c := byte(' ')
		if i < len(name) {
			c = name[i]
		}
		if c != ' ' && c != '\'' && c != '-' {
			c |= 0x20
		}
		switch {
		case c == ' ' || c == '\'' || c == '-':
			switch p {
			case 'a', 'e', 'i', 'o', 'u', 'n', 'g', 'r':
			default:
				return false
			}
			c = ' '
		case c < 'a' || c > 'z' || c == 'v':
			return false
		case p != ' ' && !isVowel(c) && !isVowel(p):
			if !(c == 'h' && (p == 'z' || p == 'c' || p == 's') || c == 'g' && p == 'n' || p == 'n' || p == 'g' && i >= 2 && name[i-2]|0x20 == 'n') {
				return false
			}
		}
		p = c
	}
	return true
}

// postalStart is postalPair's cheap test: name is as long as other, less
// one letter to three more (Sian, Xi'an; Szechwan, Sichuan), and begins with
// a letter the postal spelling of other's first letter begins with (t for
// Pinyin d, t, z, c, j, q; k for g, k, j, q; c for zh, ch, j, q; p for b, p;
// h or s for x; j for r), so that most pairs stop at their first bytes.
func postalStart(name, other string) bool {
	if len(name) == 0 || len(other) == 0 || len(name) < len(other)-1 || len(name) > len(other)+3 {
		return false
	}
	n, o := name[0]|0x20, other[0]|0x20
	switch o {
	case 'b':
		return n == 'p'
	case 'd':
		return n == 't'
	case 'g':
		return n == 'k'
	case 'z':
		return n == 't' || n == 'c'
	case 'c':
		return n == 't' || n == 'c'
	case 'j', 'q':
		return n == 'c' || n == 't' || n == 'k'
	case 'x':
		return n == 'h' || n == 's'
	case 'r':
		return n == 'j'
	}
	return n == o
}

// postalKeyDistinct reports whether a and b, of one length and key (the
// key folds o into u and eh into e: Honan and Hunan, Hupeh and Hopeh are
// one key), written in postal letters, are two names of different places:
// two postal names, each with a mark of postal spelling (postalDistinct's
// pair), or a postal name and a Pinyin one (postalPinyinDistinct's), whose
// postal syllables, word for word as many, spell at some place no Pinyin
// syllable in common. Hupeh and Hopeh (Hubei, Hebei), Shansi and Shensi,
// Kwangsi and Kiangsi are different provinces, though the key folds o into
// u and the letters differ by one; Honan is Henan's postal name, never
// Hunan's, and Hung is Hong's, so Hung and Hong stay one. Two Pinyin names
// are pinyinDistinct's.
func postalKeyDistinct(a, b string) bool {
	if len(a) != len(b) || !postalLetters(a) || !postalLetters(b) {
		return false
	}
	syll := pinyinSyllables()
	pa := pinyinWords(a, syll)
	pb := pinyinWords(b, syll)
	switch {
	case pa == nil && pb == nil:
		return postalMarked(a) && postalMarked(b) && Key(a) == Key(b) && postalDistinct(a, b)
	case pa == nil:
		return Key(a) == Key(b) && postalPinyinDistinct(a, pb)
	case pb == nil:
		return Key(a) == Key(b) && postalPinyinDistinct(b, pa)
	}
	return false
}

// postalDistinct reports whether postal names a and b, cut into postal
// syllables as many, word for word, have an aligned pair of syllables
// that spells no Pinyin syllable in common; a word that is no postal
// syllables makes it false.
func postalDistinct(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) != len(wb) {
		return false
	}
	distinct := false
	for i := range wa {
		apart, ok := postalWordApart(wa[i], wb[i], nil)
		if !ok {
			return false
		}
		distinct = distinct || apart
	}
	return distinct
}

// postalPinyinDistinct reports whether postal name a, cut into postal
// syllables as many as the Pinyin syllables p of the other name, word for
// word, spells at some place no reading of the Pinyin syllable there: the
// first word that does decides, a word before it that is no postal
// syllables makes it false.
func postalPinyinDistinct(a string, p [][]string) bool {
	wa := strings.Fields(strings.ToLower(a))
	if len(wa) != len(p) {
		return false
	}
	for i, w := range wa {
		apart, ok := postalWordApart(w, "", p[i])
		if !ok {
			return false
		}
		if apart {
			return true
		}
	}
	return false
}

// postalWordApart cuts lower-case postal word w into postal syllables and
// aligns them with the other word's: the Pinyin syllables p if given, else
// postal word o cut so. ok reports whether both cut into as many; apart
// whether an aligned pair has no Pinyin reading in common (a Pinyin
// syllable reads as itself).
func postalWordApart(w, o string, p []string) (apart, ok bool) {
	_, rev := postalTables()
	set := postalSyllableSet()
	sw := segmentPinyin(w, set)
	postal := p == nil // the other word is postal too, cut as w is
	if postal {
		p = segmentPinyin(o, set)
	}
	if sw == nil || len(sw) != len(p) {
		return false, false
	}
	for j := range sw {
		if postal && sw[j] != p[j] && !sharesSyllable(rev[sw[j]], rev[p[j]]) ||
			!postal && !slices.Contains(rev[sw[j]], p[j]) {
			return true, true
		}
	}
	return false, true
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
	for i := 1; i < len(name); i++ {
		p, c := name[i-1]|0x20, name[i]|0x20
		end := i+1 == len(name) || name[i+1] == ' '
		switch {
		case c == 'w' && (p == 'k' || p == 'h' || p == 'o' && end),
			c == 's' && p == 't', c == 's' && p == 'h', c == 'z' && p == 's',
			c == 'h' && p == 'e' && end,
			c == 'n' && p == 'e' && i >= 2 && name[i-2]|0x20 == 'i':
			return true
		}
	}
	return false
}
