package normalize

import "strings"

// The acronyms of a name's two dashed parts, one after the other: Party
// Facts writes the Belgian Socialist Party, Parti socialiste
// belge-Belgische socialistische partij, BSPPSB (BSP and PSB glued, the
// Dutch first). gluedPartsAcronym, which bilingualAcronym
// (acronym_bilingual.go) asks, cuts the acronym in two, at its one
// hyphen if it has one (BSP-PSB), else at each place that leaves two
// letters or more on each side, and reads each half as the acronym of one
// of the name's two dashed parts (dashParts, org_bilingual.go: spaced
// dashes, else hyphens before a capital) by isAcronymFor or ownAcronym,
// in either order, one half a part, when the two parts are one name in
// two languages (partsTranslated, org_bilingual.go). Two bodies' names
// joined by a dash keep partsAcronym's order (acronym_folded.go: ELN-EP
// is the National Liberation Army – People's Army, EP-ELN is not).

// gluedPartsAcronym reports whether acr is the acronyms of full's two
// dashed parts one after the other (see above).
func gluedPartsAcronym(acr, full string) bool {
	// The cheap tests first (bilingualAcronym asks this of every pair with
	// two capitals): a dash in full.
	if len(acr) < 4 || len(acr) > 13 || !isASCIIUpper(acr[0]) || !isASCIIUpper(acr[1]) || !dashByte(full) || strings.IndexByte(full, ' ') < 0 {
		return false
	}
	first, second, hyphen := strings.Cut(acr, "-")
	if !allASCIIUpper(first) || hyphen && !allASCIIUpper(second) {
		return false
	}
	parts := dashParts(full)
	if len(parts) != 2 || !partsTranslated(parts[0], parts[1]) {
		return false
	}
	spells := func(a, f string) bool { return isAcronymFor(a, f) || ownAcronym(a, f) }
	halves := func(x, y string) bool {
		return spells(x, parts[0]) && spells(y, parts[1]) || spells(x, parts[1]) && spells(y, parts[0])
	}
	if hyphen {
		return len(first) >= 2 && len(second) >= 2 && halves(first, second)
	}
	for i := 2; i+2 <= len(acr); i++ {
		if halves(acr[:i], acr[i:]) {
			return true
		}
	}
	return false
}
