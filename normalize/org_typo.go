package normalize

import "strings"

// Two slips of one letter that orgSlip (org_slip.go) leaves alone, each
// in a word that cannot be another organisation's: Party Facts copies a
// German compound with a letter left out of its first part (Deutsche
// Freiheits und Ordnungspartei, ... Ordungspartei) and a French connector
// with its last letter struck wrong (Union pour la Démocratie, Union pout
// la Démocratie).
//
// compoundSlip: the two names alike to the byte but for one letter added
// or left out of one word of ten letters or more that ends in a head noun
// of the compounds (compoundHeadParts: -partei, -partij, -bund), the
// letter in the word's first part, two letters or more from the head (a
// linking s left out is another matter).
// The compound's own head noun is what orgSlip's other head noun gives:
// the slip is in the word that names the party's doctrine, not its kind,
// and a slip in another word beside a compound (Österreichs, Österreich)
// is still left out.
//
// connectorSlip: the two names of four words or more, word for word one
// key but for one word, a connector of the tables of three letters or
// more in one name (pour, para, und) and in the other a word of its
// length no table knows, one letter apart (pout): a slip that makes no
// word. A connector against another connector (pour, par; of, on) is a
// preposition the translator chose (prepositionVariant's business), and a
// word the tables know is another name's word.

// orgTypo reports whether a and b are one organisation's name with one of
// the slips of one letter above.
func orgTypo(a, b string) bool {
	return compoundSlip(a, b) || connectorSlip(a, b)
}

// compoundSlipMinLetters is the fewest bytes of the shorter form of the
// compound compoundSlip reads.
const compoundSlipMinLetters = 10

// compoundSlip reports whether a and b are one name but for a letter
// added or left out of the first part of a compound (see above).
func compoundSlip(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	// The cheap tests first, on bytes: orgStage asks this of every pair
	// under SameThreshold.
	if d := len(b) - len(a); d < 1 || d > 2 || len(a) < compoundSlipMinLetters+6 || a[0] != b[0] || a[len(a)-1] != b[len(b)-1] || strings.IndexByte(a, ' ') < 0 {
		return false
	}
	start, end, p, _, ok := letterAdded(a, b)
	if !ok {
		return false
	}
	word := a[start:end]
	if len(word) < compoundSlipMinLetters {
		return false
	}
	for _, h := range compoundHeadParts {
		if len(h) >= 4 && len(word)-len(h) >= 6 && strings.EqualFold(word[len(word)-len(h):], h) {
			return p <= end-len(h)-2
		}
	}
	return false
}

// connectorSlip reports whether a and b are one name but for a connector
// with a letter struck wrong (see above).
func connectorSlip(a, b string) bool {
	if d := len(a) - len(b); d < -6 || d > 6 || len(a) < 16 {
		return false
	}
	n := strings.Count(a, " ")
	if n < 3 || strings.Count(b, " ") != n || len(a) == 0 || len(b) == 0 || a[0] != b[0] {
		return false
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) != len(fb) {
		return false
	}
	at := -1
	for i := range fa {
		if Key(fa[i]) != Key(fb[i]) {
			if at >= 0 {
				return false
			}
			at = i
		}
	}
	if at < 0 {
		return false
	}
	x, y := fa[at], fb[at]
	ow := orgWordIndex()
	if !ow.anyConn[x] {
		x, y = y, x
	}
	if !ow.anyConn[x] || ow.anyConn[strings.ToLower(y)] || len(x) < 3 || knownOrgWord(y) {
		return false
	}
	rx, ry := []rune(x), []rune(y)
	if len(rx) != len(ry) {
		return false
	}
	diff := 0
	for i := range rx {
		if rx[i] != ry[i] {
			diff++
		}
	}
	return diff == 1
}
