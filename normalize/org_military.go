package normalize

import "strings"

// A country's military. As a noun, "military" is the armed forces of a
// country (Oxford and Merriam-Webster: "the armed forces of a country"),
// and English names them either way: the Military of Ecuador is the Armed
// Forces of Ecuador, the Ecuadorian Military the Ecuadorian Armed Forces.
// A name whose head noun is Military — its first word before "of", or its
// last word — is read with Armed Forces in its place against a name that
// has Armed Forces, and must then match that name as a whole (with the
// country's adjective read as the country, org_country.go), so that
// another country's forces stay apart. Military as a modifier (Military
// Academy, Military Intelligence) is not the head and is left alone, as
// is an army, which is one of the armed forces (Bulgarian Army, Bulgarian
// Armed Forces).

// militaryVariant reports whether a and b are one country's armed forces,
// one named Military and the other Armed Forces.
func militaryVariant(a, b string, g *Glossary) bool {
	if !militaryHead(a) {
		if !militaryHead(b) {
			return false
		}
		a, b = b, a
	}
	if !strings.Contains(b, "Armed Forces") || strings.Contains(a, "Armed Forces") {
		return false
	}
	var r string
	switch {
	case strings.HasPrefix(a, "Military of "):
		r = "Armed Forces" + strings.TrimPrefix(a, "Military")
	case strings.HasSuffix(a, " Military"):
		r = strings.TrimSuffix(a, "Military") + "Armed Forces"
	default:
		return false
	}
	return similarityWith(r, b, g) >= SameThreshold || countryAdjective(r, b, g)
}

// militaryHead reports, cheaply, whether s begins with "Military of " or
// ends in " Military".
func militaryHead(s string) bool {
	n := len(s)
	return n > 12 && (s[0] == 'M' && s[8] == ' ' && strings.HasPrefix(s, "Military of ") ||
		s[n-1] == 'y' && s[n-9] == ' ' && strings.HasSuffix(s, " Military"))
}
