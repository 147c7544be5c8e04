package normalize

import (
	_ "embed"
	"strings"
)

// country_adjectives.txt holds the nationality words of a country's own
// languages that CLDR's names (country_names.txt) cannot give, for they
// share no letters with the country's names or do not end them: Svenska
// (Sverige), Ruotsalainen (Ruotsi), Balgarska, Česká, Srpska, Lëtzebuerg.
// Written by hand (origin in testdata/README.md). countryNameIndex adds
// them to every language's names, so that countryWordCodes reads Svenska
// as Sweden as it reads Dansk as Denmark, and a word of the file is its
// country before adjectiveCodes guesses another (Suomalainen is Finnish,
// not Somali).
//
//go:embed country_adjectives.txt
var countryAdjectivesText string

// countryAdjectiveWords returns country_adjectives.txt's words by their
// countries' codes, as written.
func countryAdjectiveWords() map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(countryAdjectivesText, "\n") {
		code, words, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		out[code] = append(out[code], strings.Fields(words)...)
	}
	return out
}
