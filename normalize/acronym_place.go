package normalize

import "strings"

// An acronym that leaves out the country. A national body is named "X of
// <country>" in full, and its acronym is often the acronym of X alone, the
// country being understood at home: the Central Bank of Iran is the CBI
// but its news agency, the Islamic Republic News Agency of Iran, IRNA; a
// Road Transport Corporation of Malaysia may be the RTC. So an acronym of
// three letters or more (in capitals; two letters are too many bodies')
// matches a name that ends in "of" or "in", perhaps "the", and a
// country's name (regions.txt, CLDR's names) when it is the acronym
// (isAcronymFor) or the syllabic abbreviation (syllabicAcronym) of the
// name before "of". The country's words must be all that is left out, so
// that the acronym of a longer name (a branch, "Bank of Iran Tehran")
// does not read.

// placeLeftAcronym reports whether acr, a word in capitals, is the acronym
// of full less a final "of <country>".
func placeLeftAcronym(acr, full string) bool {
	if len(acr) < 3 || len(acr) > 12 || strings.IndexByte(acr, ' ') >= 0 || !isASCIIUpper(acr[0]) || !isASCIIUpper(acr[1]) || !isASCIIUpper(acr[len(acr)-1]) {
		return false
	}
	rest, country, ok := splitCountrySuffix(full)
	if !ok {
		return false
	}
	// The spelling first: a country's key costs more.
	return (isAcronymFor(acr, rest) || syllabicAcronym(acr, rest)) && isCountryName(country)
}

// splitCountrySuffix cuts full before a final "of [the] X" or "in [the]
// X", X capitalised, and reports whether it could; what is left keeps two
// words.
func splitCountrySuffix(full string) (rest, country string, ok bool) {
	i := strings.LastIndex(full, " of ")
	if j := strings.LastIndex(full, " in "); j > i {
		i = j
	}
	if i <= 0 {
		return full, "", false
	}
	rest, country = full[:i], full[i+4:]
	if len(country) > 4 && strings.EqualFold(country[:4], "the ") {
		country = country[4:]
	}
	if country == "" || !isASCIIUpper(country[0]) || !strings.Contains(rest, " ") {
		return full, "", false
	}
	return rest, country, true
}

// isCountryName reports whether the words of s, by their keys, are a
// country's name of regions.txt.
func isCountryName(s string) bool {
	var kb [4]string
	keys := kb[:0]
	for _, w := range strings.Fields(s) {
		if len(keys) == len(kb) {
			return false
		}
		keys = append(keys, Key(w))
	}
	return isRegionKey(keys)
}

// The United Nations left out. The bodies of the United Nations system
// are named "United Nations X" or "Office of the United Nations X", and
// many take the acronym of X alone, the system being understood (the
// Office for the Coordination of Humanitarian Affairs, OCHA, of the
// United Nations Office for the Coordination of Humanitarian Affairs).
// parentLeftAcronym reads an acronym of three capitals or more as the
// acronym of the name less its words "United Nations" (isAcronymFor, which
// reads the function words left around them).
func parentLeftAcronym(acr, full string) bool {
	if len(acr) < 3 || len(acr) > 12 || !isASCIIUpper(acr[0]) || !isASCIIUpper(acr[1]) || !isASCIIUpper(acr[len(acr)-1]) {
		return false
	}
	i := strings.Index(full, "United Nations ")
	if i < 0 {
		return false
	}
	rest := full[:i] + full[i+len("United Nations "):]
	return strings.Contains(rest, " ") && isAcronymFor(acr, rest)
}
