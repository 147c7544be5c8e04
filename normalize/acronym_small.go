package normalize

import "strings"

// Acronyms with small letters for function words. Some house styles write
// a function word's letter small in an acronym, the content words' in
// capitals: the US government's DoD (Department of Defense), DoJ, DoE;
// Dutch PvdA (Partij van de Arbeid); Bosnian BiH (Bosna i Hercegovina).
// isAcronymFor reads the small letters of Persian and Urdu connectors
// (LeT) only, one between two capitals. An acronym that begins and ends
// with a capital, three to eight letters, two capitals at least, matches
// a name when each of its small letters is the initial of a function
// word (optionalOrgWords, acronym_foreign.go's foreignFunctionWords) at
// its place and each capital the initial of a content word, function
// words giving nothing otherwise.

// mayBeSmallLetterAcronym is the quick test: a capital first and last, a
// small letter inside, no space, eight letters at most.
func mayBeSmallLetterAcronym(s string) bool {
	n := len(s)
	if n < 3 || n > 8 || !isASCIIUpper(s[0]) || !isASCIIUpper(s[n-1]) {
		return false
	}
	small := false
	for i := 1; i < n-1; i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			small = true
		case !isASCIIUpper(c):
			return false
		}
	}
	return small
}

// smallLetterAcronym reports whether acr, with small letters for function
// words, spells full.
func smallLetterAcronym(acr, full string) bool {
	if !mayBeSmallLetterAcronym(acr) {
		return false
	}
	words := strings.FieldsFunc(full, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) < 2 || len(words) > 12 {
		return false
	}
	return spellsSmallLetters(acr, words)
}

func spellsSmallLetters(acr string, words []string) bool {
	if len(words) == 0 {
		return acr == ""
	}
	w := words[0]
	lw := strings.ToLower(strings.Trim(w, ".,'’"))
	if lw == "" {
		return spellsSmallLetters(acr, words[1:])
	}
	function := optionalOrgWords[lw] || foreignFunctionWords[lw]
	if function {
		if spellsSmallLetters(acr, words[1:]) {
			return true
		}
		return acr != "" && acr[0] == lw[0] && spellsSmallLetters(acr[1:], words[1:])
	}
	return acr != "" && isASCIIUpper(acr[0]) && acr[0] == lw[0]&^0x20 && spellsSmallLetters(acr[1:], words[1:])
}
