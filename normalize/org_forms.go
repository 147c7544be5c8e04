package normalize

import "strings"

// orgFormsScore returns s raised by the readings of acronym_dashed.go (to
// acronymScore), org_military.go, org_ministry.go and org_abbrev.go (to
// SameThreshold) for a pair the rules before them left below
// SameThreshold. They share one call from the matcher and test cheap marks
// first, so that a pair of person names (the common case) costs a few
// comparisons: an acronym has a capital second letter; a military, a name
// that begins with "M" or ends in "y" where the word would; a ministry of
// affairs, one name ending in "y" and one in "s"; an abbreviation, a
// shorter name by two letters or more with a space. They also read, in
// files of their own, an acronym less a final "of <country>" or the
// United Nations (acronym_place.go) or in a Romance order with a noun adjunct after de
// (acronym_adjunct.go), with a letter of a closed compound's second part
// (acronym_closed.go) or without another language's function words
// (acronym_foreign.go), behind the capital second letter; an acronym with
// small letters for function words (acronym_small.go), behind a capital
// first and last; an
// acronym's diacritics (acronym_marks.go), behind a letter outside ASCII
// among the first two and two capitals first in each name; a one-word company's abbreviated legal form
// (legal_form_one.go), behind a shorter name of one word; a number in
// words against figures (org_numerals.go), behind a figure in the
// shorter name, where the figures are; a Chinese company's abbreviation
// (chinese_abbrev.go), behind a trade's first letter after the longer
// name's first space; a body of state without its country
// (org_state_body.go), behind the longer name beginning or ending with
// the shorter; a party without the word party and its country
// (org_party.go), behind the longer name ending in " Party", or beginning
// with the shorter's first two letters and holding " Party of "
// (mayBePartyShortForm); a campus's system as its acronym before a dash
// (acronym_campus.go), behind the capital second letter; a work's part by
// its own title (title_part.go), behind ": " just before the longer name's
// tail as long as the shorter name.
func orgFormsScore(a, b string, g *Glossary, s float64) float64 {
	la, lb := len(a), len(b)
	if la < 3 || lb < 3 {
		return s
	}
	if 'A' <= a[1] && a[1] <= 'Z' && campusAcronym(a, b, g) || 'A' <= b[1] && b[1] <= 'Z' && campusAcronym(b, a, g) { // acronym_campus.go: UW–Madison
		return SameThreshold
	}
	if 'A' <= a[1] && a[1] <= 'Z' && (dashedAcronym(a, b) || placeLeftAcronym(a, b) || parentLeftAcronym(a, b) || adjunctRomanceAcronym(a, b) || compoundAcronym(a, b) || foreignAcronym(a, b)) || 'A' <= b[1] && b[1] <= 'Z' && (dashedAcronym(b, a) || placeLeftAcronym(b, a) || parentLeftAcronym(b, a) || adjunctRomanceAcronym(b, a) || compoundAcronym(b, a) || foreignAcronym(b, a)) {
		return acronymScore
	}
	if la <= 8 && isASCIIUpper(a[la-1]) && smallLetterAcronym(a, b) || lb <= 8 && isASCIIUpper(b[lb-1]) && smallLetterAcronym(b, a) { // acronym_small.go: DoD
		return acronymScore
	}
	if (militaryHead(a) || militaryHead(b)) && militaryVariant(a, b, g) {
		return SameThreshold
	}
	if (a[la-1] == 'y' || b[lb-1] == 'y') && (a[la-1] == 's' || b[lb-1] == 's') && ministryVariant(a, b, g) {
		return SameThreshold
	}
	if (a[0] >= 0x80 || a[1] >= 0x80 || b[0] >= 0x80 || b[1] >= 0x80) && mayBeMarkedAcronym(a, b) && markedAcronym(a, b) { // acronym_marks.go: ČEZ, CEZ
		return acronymScore
	}
	short, long := a, b
	if lb < la {
		short, long = b, a
	}
	sp := strings.IndexByte(short, ' ')
	if sp < 0 && len(long)-len(short) >= 3 && oneWordLegalForm(short, long, g) { // legal_form_one.go: Siemens AG
		return SameThreshold
	}
	if hasASCIIDigit(short) && numeralVariant(short, long, g) { // org_numerals.go: 1st National Bank
		return SameThreshold
	}
	if mayBeChineseAbbreviation(short, long) && chineseAbbreviation(short, long) { // chinese_abbrev.go: Angang
		return acronymScore
	}
	if mayBePartyShortForm(short, long) && partyShortForm(short, long) { // org_party.go: Labour Party, Labour
		return SameThreshold
	}
	if n := len(long) - len(short); sp > 0 && n >= 3 && long[n-1] == ' ' && long[n-2] == ':' && titlePartShortForm(short, long) { // title_part.go: Star Wars: The Force Awakens, The Force Awakens
		return SameThreshold
	}
	if sp > 0 && countryLeftOut(short, long) { // org_state_body.go: National Assembly of Kenya, National Assembly
		return SameThreshold
	}
	if len(long)-len(short) >= 2 && sp > 0 && abbreviationVariant(short, long, g) {
		return SameThreshold
	}
	return s
}
