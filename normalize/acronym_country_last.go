package normalize

import "strings"

// An acronym that leaves out a country named last without "of". A body
// named "X <country>", the country put after the name as a register or a
// list writes it (Development Finance Corporation Belize, Bank Melli Iran),
// is known by the acronym of X, as a body named "X of <country>" is
// (placeLeftAcronym, acronym_place.go): DFC. The country must be the
// name's last one or two words (regions.txt's names, CLDR's, by key:
// isCountryName) and all that is left out; X keeps three words or more,
// so that the acronym spells three letters of X at least, and an acronym
// of three capitals or more (two are too many bodies').

// countryLastAcronym reports whether acr, a word of capitals, is the
// acronym of full less a final country's name of one or two words.
func countryLastAcronym(acr, full string) bool {
	if len(acr) < 3 || len(acr) > 12 || !asciiAcronymWord(acr, false) {
		return false
	}
	rest := full
	for words := 1; words <= 2; words++ {
		i := strings.LastIndexByte(rest, ' ')
		if i < 0 {
			return false
		}
		rest = rest[:i]
		country := full[i+1:]
		if !isASCIIUpper(country[0]) || strings.HasSuffix(rest, " of") || strings.HasSuffix(rest, " in") {
			return false // "of <country>" is placeLeftAcronym's
		}
		if strings.Count(rest, " ") >= 2 && isAcronymFor(acr, rest) && isCountryName(country) {
			return true
		}
	}
	return false
}
