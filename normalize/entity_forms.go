package normalize

import (
	"slices"
	"strings"
)

// Forms of a name that make another entity, though the key reads them
// alike or nearly so.
//
// A nisba: a final -i added to a place or tribe name makes the adjective,
// and with it a man's surname (Rafsanjan, a city; Rafsanjani, a man), or a
// follower of a person (Yazid, Yazidi; Malik, Maliki). nisbaDistinct tells
// such a pair: one name is the other with a final i after a consonant, its
// last word of five letters or more (shorter words are names whose -i is a
// spelling of their vowel: Ali, Dmitri against Dmitriy reads y) and not
// ending in -ian.
//
// Pinyin writes Shaanxi (陕西) with a doubled a, the one official Pinyin
// spelling that marks the third tone, to tell it from Shanxi (山西):
// pinyinDoubleA tells a pair that differs only in that aa, when the word
// with one a is Pinyin with a mark of Pinyin (pinyinMarked).

// entityFormScore is the score of a pair these rules tell apart.
const entityFormScore = 0.8

// nisbaDistinct reports whether one of a and b is the other with a final i
// after a consonant, the last word of the shorter five letters or more.
func nisbaDistinct(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 || len(b) < 5 || (a[len(a)-1]|0x20) != 'i' {
		return false
	}
	if !strings.EqualFold(a[:len(b)], b) {
		return false
	}
	c := b[len(b)-1] | 0x20
	if c < 'a' || c > 'z' || isVowel(c) || c == 'y' || c == 'h' || c == 'w' {
		return false
	}
	last := b[strings.LastIndexAny(b, " -")+1:]
	// A final -ian takes an Italian plural -i, another spelling of one
	// surname (Giustinian, Giustiniani), not a nisba.
	return len(last) >= 5 && !strings.HasSuffix(strings.ToLower(last), "ian")
}

// pinyinDoubleA reports whether a and b differ only in an aa of one that
// the other writes a, and that word of the other is Pinyin with a mark of
// Pinyin (Shaanxi, Shanxi; Shaanxi Province, Shanxi Province).
func pinyinDoubleA(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 || !hasPair(a, 'a', 'a') {
		return false
	}
	la, lb := strings.ToLower(a), strings.ToLower(b)
	i := strings.Index(la, "aa")
	if i < 0 || la[:i]+la[i+1:] != lb {
		return false
	}
	if !mayHavePinyinMark(lb) {
		return false
	}
	// the word of the aa
	from := strings.LastIndexAny(lb[:i], " -") + 1
	to := len(lb)
	if j := strings.IndexAny(lb[i:], " -"); j >= 0 {
		to = i + j
	}
	marked := false
	words := pinyinWords(lb[from:to], pinyinSyllables())
	for _, w := range words {
		for _, x := range w {
			in, fi := splitSyllable(x)
			marked = marked || pinyinMarked(in, fi)
		}
	}
	return words != nil && marked
}

// numbersDistinct reports whether a and b write different numbers (in the
// digits of their keys): "Apollo 11" and "Apollo 1", "Boeing 777" and
// "Boeing 7" are other things, however alike their letters.
func numbersDistinct(a, b string) bool {
	if asciiNoDigit(a) && asciiNoDigit(b) {
		return false // no digit in either key: the keys are not computed again
	}
	digits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if '0' <= r && r <= '9' {
				return r
			}
			return ' '
		}, Key(s))
	}
	return !slices.Equal(strings.Fields(digits(a)), strings.Fields(digits(b)))
}

// asciiNoDigit reports whether s is ASCII without a digit: its key then has
// no digit either (a key's digits are the name's, in any script; Roman
// numerals stay letters).
func asciiNoDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || isASCIIDigit(s[i]) {
			return false
		}
	}
	return true
}
