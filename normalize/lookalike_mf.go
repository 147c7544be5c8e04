package normalize

import "strings"

// womansEnding reports whether the word in which two names differ is one
// stem, two letters or more and ending in a consonant, with two endings
// that make a man's and a woman's given name in English (issue 11, branch
// look41), in either order:
//   - the stressed -ene of American women's names (Arlene, Darlene,
//     Charlene, Raylene: /iːn/) against the unstressed -in, -yn, -an or -on
//     of a man's (Darlin, Charlyn, Raylon): another vowel, long and
//     stressed, so another name. The -e alone after -en is left: Russian
//     and German write Marlene as Marlen, French Arsène as Arsen.
//   - the masculine -us or -os of a Latin, Greek or Spanish name (Marcus,
//     Carlos, Amos) against the English -y, -ie, -ee or -ey of a woman's or
//     pet name (Marcy, Carly, Amy): the nominative ending is dropped for
//     another ending, not spelled another way. The -i alone is left (Petros,
//     Petri: the Greek and the Finnish Peter), and a stem ending in a vowel
//     (Gennadius, Gennadiy: the Latin -ius and the Slavic -iy; Julius,
//     Julie).
//
// On the design data the two shapes were men's and women's names apart
// (the readfix check set) and no variant (BENCHMARKS.md, branch look41).
func (w *wordApart) womansEnding() bool {
	x, y := w.words()
	if len(x) < len(y) {
		x, y = y, x
	}
	// the longer word carries -ene (against -Vn) or -us, -os (against -y,
	// -ee, -ie, -ey: one letter shorter or as long)
	if hasSuffix(x, "ene") && len(x) == len(y)+1 {
		return mfStem(x[:len(x)-3], y) && len(y) >= 2 && y[len(y)-1] == 'n' && strings.IndexByte("aiyo", y[len(y)-2]) >= 0
	}
	if !hasSuffix(x, "us") && !hasSuffix(x, "os") && !hasSuffix(y, "us") && !hasSuffix(y, "os") {
		return false
	}
	if hasSuffix(y, "us") || hasSuffix(y, "os") {
		x, y = y, x // as long: Santos, Santee
	}
	stem := x[:len(x)-2]
	if !mfStem(stem, y) {
		return false
	}
	switch string(y[len(stem):]) {
	case "y", "ie", "ee", "ey":
		return true
	}
	return false
}

// mfStem reports whether stem, two letters or more and ending in a
// consonant other than y, begins word y.
func mfStem(stem, y []byte) bool {
	n := len(stem)
	return n >= 2 && !isVowel(stem[n-1]) && stem[n-1] != 'y' && hasPrefix(y, string(stem))
}
