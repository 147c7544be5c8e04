package normalize

import "strings"

// wingOfTheName reports whether one of a and b is a name after
// "Leftwing", "Left-wing" or "Left Wing" (or Right's) and the other the
// same name with "of the Left" (of the Right) after it: English renders
// the Spanish and Italian "de Izquierda", "della Sinistra" both ways
// (Leftwing Revolutionary Nationalist Movement, Revolutionary Nationalist
// Movement of the Left). The rest must be the same words, case and
// diacritics aside, two or more: a name of one word and its wing is
// the wing of a party, another body (Left Socialists, Socialists of the
// Left are read by no rule here).
func wingOfTheName(a, b string) bool {
	if len(a) < 16 || len(b) < 16 {
		return false
	}
	return wingFirst(a, b) || wingFirst(b, a)
}

// wingFirst is wingOfTheName one way round: wing the name after its
// wing's word, of the name with "of the" and the wing after it.
func wingFirst(wing, of string) bool {
	var side string
	switch wing[0] {
	case 'L':
		side = "Left"
	case 'R':
		side = "Right"
	default:
		return false
	}
	body, ok := strings.CutSuffix(of, " of the "+side)
	if !ok {
		return false
	}
	var rest string
	for _, p := range [...]string{"wing ", "-wing ", "-Wing ", " Wing ", " wing "} {
		if r, ok := strings.CutPrefix(wing, side+p); ok {
			rest = r
			break
		}
	}
	if rest == "" || strings.IndexByte(rest, ' ') < 0 {
		return false
	}
	return strings.EqualFold(withoutMarks(rest), withoutMarks(body))
}
