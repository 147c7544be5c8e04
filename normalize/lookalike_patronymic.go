package normalize

import "strings"

// familyS reports whether the word in which two names differ is their
// last, a name of three words at most, and is the other's word with an -s
// added, the stem four letters or more ending in -er, -en, -in or -ng
// after a consonant or holding a doubled consonant (Anders, Ander;
// Rodgers, Rodger; Stevens, Steven; Collins, Collin; Cummings, Cumming;
// Grubbs, Grubb), issue 11, branch look64. English, Dutch and German
// family names made from a given name or a noun with the genitive -s end
// so (Masters, Summers, Atkins, Janssens), and such a family is not the
// name it was made from, as patronymicS has it; patronymicS asks the -s
// word for a letter Latvian does not write, because Latvian's masculine
// nominative adds a bare -s to a given name (Igors, Arnolds, Vladimirs),
// and the seven pivots' variants of the development splits hold 25 such
// Latvian pairs. Latvian writes those stems otherwise: a long vowel's
// mark (Stīvens, Mārtiņš with ņ for n) and single consonants. On the
// seven pivots' candidates of the development splits (names_pivot80.py)
// the rule parts 46 look-alike rows (32 pairs: Collin, Collins; Rodger,
// Rodgers) and loses one variant, a French place whose -s is silent
// (Soisson, Soissons); the design pool's gg-ssa-same loses 8 pairs of US
// given names that the Social Security lists group with the family name
// (Roger, Rogers; Steven, Stevens: BENCHMARKS.md, branch look64). The s
// must follow a consonant other than s, c, z, x and y, as in patronymicS,
// and every word must be a person's
// (personWord).
func (w *wordApart) familyS() bool {
	x, y := w.words()
	if len(x) < len(y) {
		x, y = y, x
	}
	m := len(x)
	if !w.last || w.n > 3 || m != len(y)+1 || len(y) < 4 || x[m-1] != 's' || string(x[:m-1]) != string(y) {
		return false
	}
	if last := y[len(y)-1]; isVowel(last) || strings.IndexByte("sczxy", last) >= 0 {
		return false
	}
	if !familyStem(y) {
		return false
	}
	return w.personWords()
}

// familyStem reports whether the lowercase word y ends in -er, -en, -in
// or -ng after a consonant, or holds a doubled consonant.
func familyStem(y []byte) bool {
	n := len(y)
	switch string(y[n-2:]) {
	case "er", "en", "in":
		if !isVowel(y[n-3]) {
			return true
		}
	case "ng":
		return true
	}
	for i := 1; i < n; i++ {
		if y[i] == y[i-1] && !isVowel(y[i]) {
			return true
		}
	}
	return false
}
