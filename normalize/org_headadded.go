package normalize

import "slices"

// A party's name and that name with "Party of" before it. Parties are
// listed with and without their head noun, and where a language puts the
// head noun first it joins it with a connector: the Estonian Christian
// Democrats are the Party of Estonian Christian Democrats, La Renaissance
// du Bénin the Parti de la renaissance du Bénin, Servant of the People the
// Political Party "Servant of the People". The word-by-word score forgives
// a head noun added ("Res Publica", "Res Publica Party": 0.92) but not the
// connector after it (0.84). partyHeadAdded reads the keys of both names
// less every language's connectors and articles (orgKeyWords): the longer
// must be the shorter, of two words or more, with only the head nouns
// Party and Movement (partyHeads, isHeadKey: party, partido, parti, movement; not
// a coalition or list, a grouping of parties) at one end, and "political"
// before one; a word of any other
// kind added is orgWordAdded's other party (Social Democratic Labour
// Party), and a name of one word is oneWordParty's.

// partyHeadAdded reports whether one of a and b is the other with head
// nouns of parties or movements added at one end, as the comment above
// says.
func partyHeadAdded(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	// The cheap tests first: orgStage asks this of every pair under
	// SameThreshold.
	if len(b) < len(a)+5 || !hasWordOf(b, stemHeadWords(), nil) || !hasWordOf(b, politicalHeadWords(), nil) && !hasForeignHead(b) {
		return false
	}
	ka, kb := orgKeyWords(a), orgKeyWords(b)
	n := len(ka)
	if n < 2 || len(kb) <= n {
		return false
	}
	var extra []string
	switch {
	case keysOrCountries(kb[:n], ka):
		extra = kb[n:]
	case keysOrCountries(kb[len(kb)-n:], ka):
		extra = kb[:len(kb)-n]
	default:
		return false
	}
	head := false
	for _, k := range extra {
		switch {
		case isHeadKey(partyHeads, k):
			head = true
		case k == politicalKey:
		default:
			return false
		}
	}
	return head
}

var politicalKey, partyKey, movementKey = Key("political"), Key("party"), Key("movement")

// partyHeads (by key) are Party and Movement: with the words the
// organisation tables give as the translation of one (isHeadKey: partido,
// parti, hnutí), the head nouns partyHeadAdded adds. A coalition,
// alliance, bloc, front or list "of" a party is a grouping of parties
// with it, not the party (Coalition of the Bulgarian Socialist Party).
var partyHeads = map[string]bool{partyKey: true, movementKey: true}

// hasForeignHead reports whether s has a word the organisation tables
// give as a translation of a head noun of politicalHeads (partido,
// stranka): what partyHeadAdded's quick test looks for besides English.
func hasForeignHead(s string) bool {
	for _, w := range orgNameWords(s) {
		if !politicalHeadWords()[w] && isHeadKey(politicalHeads.get(), Key(w)) {
			return true
		}
	}
	return false
}

// keysOrCountries reports whether the keys x and y are equal in every
// place but where both name one country (countryWordCodes: Azerbaijan,
// Azerbaijani Popular Front Party; Norges, Norske).
func keysOrCountries(x, y []string) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] == y[i] {
			continue
		}
		if c := countryWordCodes(x[i]); len(c) == 0 || !slices.Equal(c, countryWordCodes(y[i])) {
			return false
		}
	}
	return true
}
