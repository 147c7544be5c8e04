package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// country_names.txt holds, for each country (its ISO 3166 code), the keys
// of the one-word names CLDR gives it in the languages of
// org_party_words.tsv (TestCountryNamesTable makes it from
// golang.org/x/text/language/display; origin and licence in
// testdata/README.md). translatedName reads a country named in the
// foreign name's language as the country the English name names
// (Schweiz, Switzerland; Lietuvą, Lithuania).
//
//go:embed country_names.txt
var countryNamesText string

// countryCodes maps a country name's key to its countries' codes.
var countryCodes = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(countryNamesText, "\n") {
		code, keys, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		for _, k := range strings.Fields(keys) {
			m[k] = append(m[k], code)
		}
	}
	return m
})

// countryKeyCodes returns the codes of the country whose name's key k is,
// or is with a case ending or an adjective's ending of one or two letters
// (Lietuvą, Österreichs, Shqipërisë, Malaysian); nil when none.
func countryKeyCodes(k string) []string {
	m := countryCodes()
	for cut := 0; cut <= 2 && len(k)-cut >= 4; cut++ {
		if c := m[k[:len(k)-cut]]; c != nil {
			return c
		}
	}
	return nil
}

// sameCountryKey reports whether keys a and b name one country, each
// perhaps with an ending (countryKeyCodes).
func sameCountryKey(a, b string) bool {
	ca := countryKeyCodes(a)
	for _, c := range countryKeyCodes(b) {
		for _, d := range ca {
			if c == d {
				return true
			}
		}
	}
	return false
}
