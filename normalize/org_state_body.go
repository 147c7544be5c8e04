package normalize

import "strings"

// A country's body of state named without the country. The style manuals
// capitalise a legislative, deliberative, administrative or judicial body's
// name in full and in its short form, the country being understood: the
// United States Congress, the Congress; the British Parliament,
// Parliament; the French National Assembly, the National Assembly
// (Chicago Manual of Style, 17th ed., 8.62-8.64, "Legislative and
// deliberative bodies", "Administrative bodies", "Judicial bodies"; AP
// and the Guardian style the same way). A country has one such body of a
// name, so "X of [the] C" or "C X", C a country's name (regions.txt,
// CLDR's names, or CLDR's short English forms UK and US) or, in front, its
// adjective as English makes it (Kenyan, Bulgarian), names the body that
// X names. Parties, leagues, unions, federations, companies and
// institutes are not bodies of state: many countries have a Green Party or
// a Rugby League of the same name, and a Pasteur Institute of Iran is not
// the Pasteur Institute; a place that is not a country (Ohio, Quebec) is
// a state's or province's body; a name of one word (Parliament) is any
// country's. The rest must be the same words, letter for letter but for
// case.

// stateBodyHeads are the head nouns of the names of bodies of state, lower
// case: the legislative and deliberative (assembly, parliament, congress,
// senate, chamber, diet, duma, sejm, council, committee), administrative
// (cabinet, government, ministry, commission, agency: the Manual's
// administrative bodies are its departments, agencies and commissions,
// the Environment Agency, the Central Intelligence Agency) and judicial
// (court, tribunal).
var stateBodyHeads = map[string]bool{
	"assembly": true, "parliament": true, "congress": true, "senate": true, "chamber": true,
	"diet": true, "duma": true, "sejm": true, "council": true, "committee": true,
	"cabinet": true, "government": true, "ministry": true, "commission": true, "agency": true,
	"court": true, "tribunal": true,
}

// countryShortForms are CLDR's short English names of two countries
// (alt="short": UK, US), as news copy and title-cased lists write them.
var countryShortForms = [...]string{"uk", "u.k.", "us", "u.s.", "usa"}

// countryLeftOut reports whether long is short with a country named after
// "of [the]" or in front, and short, of two words or more, names a body of
// state. Its first tests compare bytes, so that a pair whose longer name
// does not begin or end with the shorter costs two comparisons.
func countryLeftOut(short, long string) bool {
	n := len(short)
	if n < 5 || len(long) < n+3 {
		return false
	}
	var country string
	adjective := false
	switch {
	case long[n] == ' ' && strings.HasPrefix(long[n:], " of ") && strings.EqualFold(long[:n], short):
		country = long[n+len(" of "):]
		if c, ok := strings.CutPrefix(country, "the "); ok {
			country = c
		}
	case long[len(long)-n-1] == ' ' && strings.EqualFold(long[len(long)-n:], short):
		country = long[:len(long)-n-1]
		adjective = strings.IndexByte(country, ' ') < 0
	default:
		return false
	}
	if country == "" || !isASCIIUpper(country[0]) || strings.IndexByte(short, ' ') < 0 || !stateBody(short) {
		return false
	}
	for _, f := range countryShortForms {
		if strings.EqualFold(country, f) {
			return true
		}
	}
	return isCountryName(country) || adjective && isCountryAdjective(country)
}

// isCountryAdjective reports whether adj is made from a country's name by
// one of English's demonym suffixes (adjectiveOf: Kenyan, Bulgarian,
// Iraqi, Chinese; the name's final -a, -e or -y given way: Canadian,
// Italian). It finds the country from adj alone; countryOfAdjective
// (org_country.go) tests adj against a country already named.
func isCountryAdjective(adj string) bool {
	if len(adj) < 5 {
		return false
	}
	for _, suf := range demonymSuffixes {
		stem, ok := strings.CutSuffix(adj, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, end := range [...]string{"", "a", "e", "y"} {
			if name := stem + end; isCountryName(name) && adjectiveOf(adj, name) {
				return true
			}
		}
	}
	return false
}

// stateBody reports whether the name's head noun, the word before its
// first "of", "for", "on" or "to" or else its last word, is one of
// stateBodyHeads: the National Assembly, the Council of Ministers, the
// Committee on Foreign Affairs.
func stateBody(name string) bool {
	head := name
	for _, p := range [...]string{" of ", " for ", " on ", " to "} {
		if i := strings.Index(head, p); i > 0 {
			head = head[:i]
		}
	}
	head = head[strings.LastIndexByte(head, ' ')+1:]
	if len(head) < 4 || len(head) > 10 {
		return false
	}
	var buf [10]byte
	lower, ok := lowerASCII(buf[:0], head) // ukru.go; the heads are all letters
	return ok && stateBodyHeads[string(lower)]
}
