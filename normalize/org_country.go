package normalize

import "strings"

// A country's body named with the country's adjective or with "of" and
// the country. English names a country's army, parliament or federation
// either way: the Kenyan Army is the Army of Kenya, the Slovak Armed
// Forces the Armed Forces of the Slovak Republic (a country's formal name
// is often its adjective and Republic: the Czech, Slovak, Kyrgyz,
// Dominican Republic; or Federation: the Russian Federation). The
// matcher reads a name with the country in front and the same name with
// "of" and the country after (Kenya Army, Army of Kenya) already; here the adjective in front of one name is read as the
// country that ends the other when it is made from it as English makes
// adjectives (adjectiveOf, possessive_adjective.go: Kenya, Kenyan; also a
// final -ia or -s taken off: Slovakia, Slovak; Philippines, Philippine;
// -ish on a stem the country opens: Swedish, Sweden; Polish, Poland),
// or when the country is the adjective and Republic or Federation, or
// the Soviet Union (Communist Party of the Soviet Union, Soviet Communist
// Party: a former state is a country as much; not any Union: the Council
// of the European Union is not the European Council);
// or when countryWordCodes reads the adjective as the country's
// (org_country_codes.go: Swiss, Switzerland). The name with the
// adjective, read so, must then match the other as a whole, or the two
// without the country be one body's by orgStemVariant (bodyWithoutCountry:
// Cameroonian People's Union, Union of the Peoples of Cameroon), so a body
// of another country, or a branch with added words, stays apart. Against a
// name without the country, names12's branch rule stands. A country has
// one army or parliament but many banks and companies: a name that ends
// in Bank, Company or a legal form is not read so (the Bank of Georgia is
// not any Georgian bank).

// countryAdjective reports whether a ends in "of [the] C" for a country
// C whose adjective begins b (or the other way round), and b so read
// matches a.
func countryAdjective(a, b string, g *Glossary) bool {
	if !strings.Contains(a, " of ") {
		if !strings.Contains(b, " of ") {
			return false
		}
		a, b = b, a
	}
	i := strings.LastIndex(a, " of ")
	country := strings.TrimPrefix(a[i+len(" of "):], "the ")
	adj, rest, ok := strings.Cut(b, " ")
	if !ok || i <= 0 || country == "" || !strings.Contains(rest, " ") && len(rest) < 3 {
		return false
	}
	if last := rest[strings.LastIndexByte(rest, ' ')+1:]; strings.EqualFold(last, "bank") || companyHead(last) {
		return false // a company is not one a country: Bank of Georgia is not any Georgian bank
	}
	first, second, two := strings.Cut(country, " ")
	switch {
	case !two && countryOfAdjective(adj, country):
	case !two && adjectiveCodesOf(adj, country): // org_country_codes.go: Swiss, Switzerland
	case two && (second == "Republic" || second == "Federation" || country == "Soviet Union") && adj == first: // the Russian Federation, the Soviet Union
	default:
		return false
	}
	return similarityWith(country+" "+rest, a, g) >= SameThreshold || bodyWithoutCountry(a[:i], rest)
}

// countryOfAdjective reports whether adj, capitalised, is the adjective
// of the country name.
func countryOfAdjective(adj, name string) bool {
	if len(adj) < 4 || !isASCIIUpper(adj[0]) || !isASCIIUpper(name[0]) || strings.EqualFold(adj, name) {
		return false
	}
	if adjectiveOf(adj, name) {
		return true
	}
	for _, suf := range [...]string{"ia", "s"} {
		if stem, ok := strings.CutSuffix(name, suf); ok && strings.EqualFold(stem, adj) {
			return true
		}
	}
	// -ish, on a stem the country's name opens (Swedish, Sweden; Turkish,
	// Turkey; Polish, Poland): only against a country's name.
	stem, ok := strings.CutSuffix(adj, "ish")
	return ok && len(stem) >= 3 && strings.HasPrefix(name, stem) && isCountryName(name)
}
