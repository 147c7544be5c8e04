package normalize

import (
	"strings"
	"unicode/utf8"
)

// Pinyin minimal pairs. Chinese place and personal names in Pinyin that
// differ in one syllable are different names far more often than spellings
// of one name: Henan and Hunan, Dazhou and Dezhou, Xincheng and Xingcheng
// are different places, since each syllable stands for a character. The
// letter-level similarity rates them near 0.9; pinyinDistinct vetoes such a
// pair when both names read as Pinyin syllables throughout, as many
// syllables each, and an aligned pair of syllables differs in its final
// (the vowel part) or in its initial where no romanization writes one for
// the other (Wade-Giles ch/ts/hs/k/p/t for Pinyin zh,j,q/z,c/x/g/b/d are
// one initial, so a variant spelled in those stays a match).

// pinyinMinimalPairScore is the score a Pinyin minimal pair gets: under
// SameThreshold, above what unrelated names score.
const pinyinMinimalPairScore = 0.8

// toneless maps a letter of a Pinyin reading to its letter without tone
// mark (ü to u, as names are written in English).
func toneless(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	switch r {
	case 'ā', 'á', 'ǎ', 'à':
		return 'a'
	case 'ē', 'é', 'ě', 'è', 'ê', 'ế', 'ề':
		return 'e'
	case 'ī', 'í', 'ǐ', 'ì':
		return 'i'
	case 'ō', 'ó', 'ǒ', 'ò':
		return 'o'
	case 'ū', 'ú', 'ǔ', 'ù', 'ü', 'ǖ', 'ǘ', 'ǚ', 'ǜ':
		return 'u'
	case 'ń', 'ň', 'ǹ':
		return 'n'
	case 'ḿ':
		return 'm'
	}
	return -1
}

// pinyinInitials are the initials of Pinyin syllables, longest first.
var pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"}

// pinyinInitialGroup numbers the initials that one romanization or another
// writes alike (Pinyin zh, j, q and ch are Wade-Giles ch; z and c are ts;
// x and s are hs and s; g and k; b and p; d and t; r and j; y, w and none
// at all, as in yi/i and wu/u): two initials of one group may be one sound
// in two systems.
var pinyinInitialGroup = map[string]int{
	"zh": 1, "ch": 1, "j": 1, "q": 1, "z": 2, "c": 2, "x": 3, "s": 3, "sh": 3,
	"g": 4, "k": 4, "b": 5, "p": 5, "d": 6, "t": 6, "r": 7,
	"m": 8, "f": 9, "n": 10, "l": 11, "h": 12, "y": 13, "w": 13, "": 13,
}

// splitSyllable returns the initial and the final of Pinyin syllable s.
func splitSyllable(s string) (initial, final string) {
	for _, in := range pinyinInitials {
		if strings.HasPrefix(s, in) && len(s) > len(in) {
			return in, s[len(in):]
		}
	}
	return "", s
}

// segmentPinyin cuts lower-case letters w into the fewest Pinyin
// syllables, or returns nil if it cannot.
func segmentPinyin(w string, syll map[string]bool) []string {
	if len(w) == 0 || len(w) > 40 {
		return nil
	}
	// best[i]: the fewest syllables that spell w[:i], and where the last starts.
	var best [41]struct{ n, from int }
	for i := 1; i <= len(w); i++ {
		best[i].n = -1
		for j := max(0, i-6); j < i; j++ {
			// Inside a word a syllable starts with a consonant: Pinyin
			// writes an apostrophe before a vowel there (Xi'an).
			if (j == 0 || best[j].n > 0 && !isVowel(w[j])) && syll[w[j:i]] && (best[i].n < 0 || best[j].n+1 < best[i].n) {
				best[i].n, best[i].from = best[j].n+1, j
			}
		}
	}
	if best[len(w)].n <= 0 {
		return nil
	}
	out := make([]string, best[len(w)].n)
	for i, k := len(w), len(out)-1; i > 0; i, k = best[i].from, k-1 {
		out[k] = w[best[i].from:i]
	}
	return out
}

// pinyinWords returns the Pinyin syllables of each word of name, or nil
// if name is not one or two words of one to three syllables each, written
// in ASCII letters (an apostrophe parts syllables: "Xi'an").
func pinyinWords(name string, syll map[string]bool) [][]string {
	var out [][]string
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if len(out) == 2 {
			return nil
		}
		var word []string
		for part := range strings.SplitSeq(strings.ToLower(w), "'") {
			for i := 0; i < len(part); i++ {
				if part[i] < 'a' || part[i] > 'z' {
					return nil
				}
			}
			if !maybePinyin(part) {
				return nil
			}
			sy := segmentPinyin(part, syll)
			if sy == nil {
				return nil
			}
			word = append(word, sy...)
		}
		if len(word) > 3 {
			return nil
		}
		out = append(out, word)
	}
	return out
}

// maybePinyin reports, cheaply, whether lower-case letters w could be
// Pinyin: it ends in a vowel, n, g or r, and two consonants meet only in
// zh, ch, sh, ng, or after a syllable's final n or ng ("Xingcheng").
func maybePinyin(w string) bool {
	if w == "" || strings.IndexByte(w, 'v') >= 0 {
		return false
	}
	switch w[len(w)-1] {
	case 'a', 'e', 'i', 'o', 'u', 'n', 'g', 'r':
	default:
		return false
	}
	for i := 1; i < len(w); i++ {
		c, p := w[i], w[i-1]
		if isVowel(c) || isVowel(p) {
			continue
		}
		if c == 'h' && (p == 'z' || p == 'c' || p == 's') || c == 'g' && p == 'n' || p == 'n' || p == 'g' && i >= 2 && w[i-2] == 'n' {
			continue
		}
		return false
	}
	return true
}

// pinyinDistinct reports whether a and b are a Pinyin minimal pair: both
// spelled in Pinyin syllables, word for word as many, with an aligned pair
// of syllables that marks different characters (see the comment at the
// top of this file).
func pinyinDistinct(a, b string) bool {
	distinct := false
	ok := pinyinAligned(a, b, func(x, y string) {
		if x == y {
			return
		}
		ix, fx := splitSyllable(x)
		iy, fy := splitSyllable(y)
		if fx != fy || pinyinInitialGroup[ix] != pinyinInitialGroup[iy] {
			distinct = true
		}
	})
	return ok && distinct
}

// pinyinAligned calls visit with each pair of aligned syllables of a and b
// when both are different names of at most two words spelled in Pinyin
// syllables, word for word as many; it reports whether they are.
func pinyinAligned(a, b string, visit func(x, y string)) bool {
	if a == b || strings.Count(a, " ") > 1 || strings.Count(b, " ") > 1 {
		return false
	}
	syll := pinyinSyllables()
	wa := pinyinWords(a, syll)
	if wa == nil {
		return false
	}
	wb := pinyinWords(b, syll)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if len(wa[i]) != len(wb[i]) {
			return false
		}
	}
	for i := range wa {
		for j, x := range wa[i] {
			visit(x, wb[i][j])
		}
	}
	return true
}

// pinyinFinalsDistinct reports whether a and b, whose keys are equal,
// are two Pinyin names whose syllables differ in a final (the key folds
// o into u: Poyang and Puyang are two places) and one of them has a mark
// of Pinyin (pinyinMarked). The key folds spellings of one sound in the
// languages whose names reach the news; in Pinyin each of those letters
// is a different syllable, hence a different character.
func pinyinFinalsDistinct(a, b string) bool {
	if !mayHavePinyinMark(a) && !mayHavePinyinMark(b) {
		return false
	}
	distinct, marked := false, false
	ok := pinyinAligned(a, b, func(x, y string) {
		ix, fx := splitSyllable(x)
		iy, fy := splitSyllable(y)
		distinct = distinct || fx != fy
		marked = marked || pinyinMarked(ix, fx) || pinyinMarked(iy, fy)
	})
	return ok && distinct && marked
}

// pinyinMarked reports whether a syllable has a spelling that marks a name
// as Pinyin rather than a European name that happens to read as Pinyin
// syllables (Emili, Emilie; Adamou, Adamu): an initial x, q, zh or c, or a
// final in ng, uo or ao.
func pinyinMarked(initial, final string) bool {
	switch initial {
	case "x", "q", "zh", "c":
		return true
	}
	return strings.HasSuffix(final, "ng") || strings.HasSuffix(final, "uo") || strings.HasSuffix(final, "ao")
}

// mayHavePinyinMark reports, cheaply, whether name has letters that
// pinyinMarked looks for: x, q, zh, c not before h, ng, uo or ao (in
// either case).
func mayHavePinyinMark(name string) bool {
	lower := func(c byte) byte { return c | 0x20 } // ASCII letters only; others never match below
	for i := 0; i < len(name); i++ {
		c := lower(name[i])
		var n byte
		if i+1 < len(name) {
			n = lower(name[i+1])
		}
		switch {
		case c == 'x' || c == 'q' || c == 'z' && n == 'h' || c == 'c' && n != 'h':
			return true
		case c == 'n' && n == 'g' || (c == 'u' || c == 'a') && n == 'o':
			return true
		}
	}
	return false
}
