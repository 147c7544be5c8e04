package normalize

import (
	"slices"
	"strings"
)

// A country's adjective that English does not make from its name. The
// adjective countryAdjective reads in front of one name (org_country.go)
// is made from the country's name as English makes most (Kenyan, Slovak,
// Swedish); Swiss is Switzerland's, Dutch the Netherlands', and the
// datasets Party Facts links write a Swiss party both ways (Progressive
// Organizations of Switzerland, Swiss Progressive Organisations). The
// country names and adjectives countryWordCodes knows (CLDR's names,
// country_adjectives.txt and org_party_words.tsv's adjectives) give the
// adjective's country by its codes. Read so only against a country's
// name after "of", and only when the name with the adjective, read as
// the country, then matches the other as a whole (countryAdjective's own
// test), it keeps a body of another country or with a word more apart
// as countryAdjective does.

// adjectiveCodesOf reports whether adj, capitalised and of four letters
// or more, is a word countryWordCodes reads as the country whose name is
// country (one country, the same codes).
func adjectiveCodesOf(adj, country string) bool {
	if len(adj) < 4 || !isASCIIUpper(adj[0]) || !isCountryName(country) {
		return false
	}
	c := countryWordCodes(Key(adj))
	return len(c) > 0 && slices.Equal(c, countryWordCodes(Key(country)))
}

// bodyWithoutCountry reports whether body, a name that ended in "of" the
// country, and rest, the other name after the country's adjective, are
// one body's name without the country by orgStemVariant
// (org_wordstems.go: Union of the Peoples, People's Union, the head noun
// at the other end), which does not read them with the country at one
// end and its adjective at the other (Cameroonian People's Union, Union
// of the Peoples of Cameroon). Not by the letters: two short names
// without the country are alike where the whole names are not
// (Progressive Youth Organizations, Progressive Organizations). Rest of
// one word (Navy, Army) is countryAdjective's first test's.
func bodyWithoutCountry(body, rest string) bool {
	return strings.IndexByte(rest, ' ') >= 0 && orgStemVariant(rest, body)
}
