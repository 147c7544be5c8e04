package normalize

import "strings"

// An acronym of the name with its country first. A national body named
// "X of <country>" in full is named "<country's adjective> X" too (the
// Communist Party of China, the Chinese Communist Party; the Communist
// Party of Cuba, the Cuban Communist Party), and its acronym is often that
// of the second form: the CCP. A country's adjective begins as its name
// does (Chinese, China; South African, South Africa), so
// countryFirstAcronym reads an acronym of three capitals or more as the
// initials of the country's words, then the acronym (isAcronymFor) of
// the name before "of [the] <country>" (splitCountrySuffix; regions.txt's
// names, as placeLeftAcronym reads them). The country must be the name's
// last words, and the acronym must spell the rest whole: the acronym of a
// branch's longer name does not read.

// countryFirstAcronym reports whether acr, a word of capitals, spells
// the initials of full's final country and then the acronym of the rest.
func countryFirstAcronym(acr, full string) bool {
	if len(acr) < 3 || len(acr) > 12 || !asciiAcronymWord(acr, false) {
		return false
	}
	rest, country, ok := splitCountrySuffix(full)
	if !ok {
		return false
	}
	n := 0 // the country's initials in acr
	for w := range strings.FieldsSeq(country) {
		if n > len(acr)-3 || w[0] != acr[n] {
			return false
		}
		n++
	}
	return isAcronymFor(acr[n:], rest) && isCountryName(country)
}
