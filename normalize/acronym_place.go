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
	rest, ok := trimCountrySuffix(full)
	if !ok {
		return false
	}
	return isAcronymFor(acr, rest) || syllabicAcronym(acr, rest)
}

// trimCountrySuffix returns full without a final "of [the] <country>" or
// "in [the] <country>", and whether it had one; what is left keeps two
// words.
func trimCountrySuffix(full string) (string, bool) {
	i := strings.LastIndex(full, " of ")
	if j := strings.LastIndex(full, " in "); j > i {
		i = j
	}
	if i <= 0 {
		return full, false
	}
	rest, country := full[:i], full[i+4:]
	if len(country) > 4 && strings.EqualFold(country[:4], "the ") {
		country = country[4:]
	}
	if country == "" || !isASCIIUpper(country[0]) || !strings.Contains(rest, " ") {
		return full, false
	}
	var kb [4]string
	keys := kb[:0]
	for _, w := range strings.Fields(country) {
		if len(keys) == len(kb) {
			return full, false
		}
		keys = append(keys, Key(w))
	}
	if !isRegionKey(keys) {
		return full, false
	}
	return rest, true
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
