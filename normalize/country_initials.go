package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// A country in an acronym of a name in its own language. An organisation
// known by the acronym of its name at home spells its country by the
// country's name there, not by the English one: the Communist Party of
// Germany is the KPD (Kommunistische Partei Deutschlands), the Armed
// Forces of the Republic of Croatia the OSRH (Oružane snage Republike
// Hrvatske), the Freedom Party of Austria the FPÖ (Freiheitliche Partei
// Österreichs). ownAcronym reads the name's other words through
// orgWordTable and keeps a place's English letter (OSBiH: Bosnia, Bosna);
// country_initials.txt gives it, for each country and language of
// orgLangs whose name there opens with another letter, that letter, so a
// country's slot takes either.
//
// country_initials.txt: a country's ISO 3166 code, then lang:LETTERS for
// each language whose names of it (CLDR's, in the locales
// countryInitialLocales lists: hr, sr-Latn and bs give sh, nb gives no)
// open with letters other than the English name's, the letters in
// capitals without marks (Ö is O). Names in another script (Cyrillic,
// Greek) are left out: their acronyms are romanized in more than one way.
// TestCountryInitialsTable makes it from golang.org/x/text/language/display
// (CLDR, Unicode licence; origin in testdata/README.md).
//
//go:embed country_initials.txt
var countryInitialsText string

// countryInitialIndex maps a country's code and a language to the letters
// its names there open with (beside the English name's), built on first
// use: most commands never read an organisation's acronym.
var countryInitialIndex = sync.OnceValue(func() map[string]map[string]string {
	m := map[string]map[string]string{}
	for _, line := range strings.Split(countryInitialsText, "\n") {
		code, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		byLang := map[string]string{}
		for _, f := range strings.Fields(rest) {
			if lang, letters, ok := strings.Cut(f, ":"); ok {
				byLang[lang] = letters
			}
		}
		m[code] = byLang
	}
	return m
})

// countryInitials returns the letters (one byte each, capitals) that the
// names in lang of the countries codes open with, beside the English
// name's; "" when none.
func countryInitials(codes []string, lang string) string {
	idx := countryInitialIndex()
	out := ""
	for _, c := range codes {
		for _, l := range []byte(idx[c][lang]) {
			if !strings.ContainsRune(out, rune(l)) {
				out += string(l)
			}
		}
	}
	return out
}
