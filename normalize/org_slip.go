package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A slip of one letter in an organisation's name. Datasets that name one
// party copy its long name by hand, and a letter gets in or drops out:
// the Militant Socialist Movement is listed as the Militiant Socialist
// Movement, Hnutí za sociální spravedlnost as ... spravedlnosti. The
// word-by-word score reads such a word as a person's name would be read,
// and the person-name caps (a vowel beside a vowel, a consonant opening a
// syllable) hold it under SameThreshold. orgSlip reads names of two words
// or more written alike to the byte but for one letter added or left out
// past a word's first letter, that word of six letters or more (the
// shorter form) and no head noun, and another word a head noun of
// organisations in any language the tables know (Movement, hnutí). A
// letter replaced by another is left to the caps (Renovator, Renovation),
// and so is a slip in a short word, as often another word.

// orgSlipMinLetters is the fewest letters of the shorter form of the word
// orgSlip reads: Militant, spravedlnost; not Socal, Social.
const orgSlipMinLetters = 6

// orgSlip reports whether a and b are one organisation's name with one
// letter added or left out of one word, as the comment above says.
func orgSlip(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	// The cheap tests first, on bytes: orgStage asks this of every pair
	// under SameThreshold.
	if d := len(b) - len(a); d < 1 || d > 2 {
		return false
	}
	start, end, _, n, ok := letterAdded(a, b)
	if !ok {
		return false
	}
	word := a[start:end]
	if utf8.RuneCountInString(word) < orgSlipMinLetters || start == 0 && end == len(a) || isHeadKey(orgBagHeads.get(), Key(word)) || isHeadKey(orgBagHeads.get(), Key(b[start:end+n])) {
		return false
	}
	for _, w := range orgNameWords(a[:start] + a[end:]) {
		if len(w) >= 4 && isHeadKey(orgBagHeads.get(), Key(w)) {
			return true
		}
	}
	return false
}

// letterAdded reports whether the longer name b is the shorter a with one
// letter (n bytes) put in at byte p, not at a word's start, and gives the
// word around it in a (a[start:end], words ending at a space or a dash).
func letterAdded(a, b string) (start, end, p, n int, ok bool) {
	for p < len(a) && a[p] == b[p] {
		p++
	}
	for p > 0 && !utf8.RuneStart(b[p]) {
		p-- // the added letter's first byte
	}
	r, n := utf8.DecodeRuneInString(b[p:])
	if n != len(b)-len(a) || a[p:] != b[p+n:] || !unicode.IsLetter(r) || p == 0 || a[p-1] == ' ' || a[p-1] == '-' {
		return 0, 0, 0, 0, false
	}
	start = strings.LastIndexAny(a[:p], " -") + 1
	end = len(a)
	if i := strings.IndexAny(a[p:], " -"); i >= 0 {
		end = p + i
	}
	return start, end, p, n, true
}
