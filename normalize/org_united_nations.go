package normalize

import "strings"

// A body of the United Nations named with and without "United Nations".
// The United Nations has one body of each name, and its bodies are
// written with the organisation's name at the end, inside or not at all:
// the Food and Agriculture Organization of the United Nations is the Food
// and Agriculture Organization, the Office of the United Nations High
// Commissioner for Human Rights the Office of the High Commissioner for
// Human Rights. countryLeftOut (org_state_body.go) reads the United
// Nations as it reads a country, but only after a body of state's head
// noun (the General Assembly); here the longer name less "of the United
// Nations" at its end, or less "United Nations" as words inside it, must
// be the shorter name letter for letter but for case, of three words or
// more: a name of two (Development Programme, Children's Fund) is any
// body's.

// unitedNationsLeftOut reports whether one of a and b is the other with
// "United Nations" left out, as the comment above says.
func unitedNationsLeftOut(a, b string, _ *Glossary) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	// The cheap tests first: orgStage asks this of every pair under
	// SameThreshold.
	if len(b) < len(a)+len("United Nations ") || strings.Count(a, " ") < 2 {
		return false
	}
	i := strings.Index(b, "United Nations")
	if i < 0 || strings.Contains(b[i+1:], "United Nations") {
		return false
	}
	var rest string
	switch after := b[i+len("United Nations"):]; {
	case after == "" && strings.HasSuffix(b[:i], " of the "):
		rest = b[:i-len(" of the ")]
	case strings.HasPrefix(after, " ") && (i == 0 || b[i-1] == ' '):
		rest = b[:i] + after[1:]
	default:
		return false
	}
	return strings.EqualFold(rest, a)
}
