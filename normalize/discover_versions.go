package normalize

import (
	"strings"
	"unicode/utf8"
)

// minVersionShare is the least share of their other names (see
// sourceContext.shared) that the sources of two spellings must have for
// versionSlip to read them as two versions of one story. Two translators'
// versions of one article share 0.37 and more (the seed article's two
// English versions; WMT21 ru-en's references A and B), spellings of one
// name in two articles 0.20 and more, look-alikes of two names 0.14 or
// less (minSharedContext).
const minVersionShare = 0.3

// versionSlip reports whether candidates a and b, in a corpus of several
// sources, are one name that two versions of one story spell a letter
// apart: typoMinRunes letters or more, one letter replaced, left out or
// swapped with the next, neither the first nor the last (oneInnerEdit),
// never seen in one source, and a source of one sharing minVersionShare
// of its names with a source of the other. Two agencies' versions of an
// article name the same people and places, so a name of one version a
// letter away from a name of the other is that name ("Mikhail Lazarev",
// "Mikhail Lavarev"; "Serpukhov", "Sepukhov"), where in a corpus of
// unrelated articles the two may be two names (typoOf reads one text).
// "Petrov" and "Petrova" (the last letter) stay apart.
func (sc *sourceContext) versionSlip(a, b candidate) bool {
	if sc == nil {
		return false
	}
	if d := len(a.form) - len(b.form); d > 1 || d < -1 || a.form[0] != b.form[0] {
		return false
	}
	if utf8.RuneCountInString(a.form) < typoMinRunes || utf8.RuneCountInString(b.form) < typoMinRunes {
		return false
	}
	la, lb := strings.ToLower(a.form), strings.ToLower(b.form)
	if la == lb || !oneInnerEdit(la, lb) {
		return false
	}
	co, best := sc.shared(a.form, b.form)
	return !co && best >= minVersionShare
}
