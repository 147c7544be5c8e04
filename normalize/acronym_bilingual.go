package normalize

import "strings"

// The acronyms of a name in two languages, joined by a hyphen, in a
// country with two: BWP-POB, the Belgian Workers' Party (Belgische
// Werkliedenpartij, Parti Ouvrier Belge). bilingualAcronym reads each
// part of the acronym as the acronym of the English name
// (isAcronymFor) or of the name in a language of the organisation tables
// (ownAcronym), the two parts different.

// bilingualAcronym reports whether acr is two acronyms of the English
// name full joined by a hyphen, in two languages (see above), or the
// acronyms of full's two dashed parts (gluedPartsAcronym).
func bilingualAcronym(acr, full string) bool {
	// The cheap test first (every pair): two capitals, then
	// gluedPartsAcronym (acronym_glued.go: BSPPSB, the acronyms of the
	// name's two dashed parts) behind the same test, a hyphen.
	if len(acr) < 4 || len(acr) > 16 || !isASCIIUpper(acr[0]) || !isASCIIUpper(acr[1]) {
		return false
	}
	if gluedPartsAcronym(acr, full) {
		return true
	}
	if len(acr) < 5 {
		return false
	}
	first, second, ok := strings.Cut(acr, "-")
	if !ok || len(first) < 2 || len(second) < 2 || first == second || !allASCIIUpper(first) || !allASCIIUpper(second) || strings.IndexByte(full, ' ') < 0 {
		return false
	}
	spells := func(a string) bool { return isAcronymFor(a, full) || ownAcronym(a, full) }
	return spells(first) && spells(second)
}

// allASCIIUpper reports whether s is capitals A to Z alone.
func allASCIIUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIUpper(s[i]) {
			return false
		}
	}
	return s != ""
}
