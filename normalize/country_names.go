package normalize

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// country_names.txt holds, for each country, its ISO 3166 code, the key
// of its one-word English name (or nothing) and the keys of the one-word
// names CLDR gives it in the languages of org_party_words.tsv
// (TestCountryNamesTable makes it from golang.org/x/text/language/display;
// origin and licence in testdata/README.md). translatedName reads a
// country named in the foreign name's language, or its adjective there,
// as the country the English name names or makes an adjective of
// (Schweiz, Switzerland; Lietuvą, Lithuania; Österreichische, Austrian).
//
//go:embed country_names.txt
var countryNamesText string

// countryNames are country_names.txt's keys: every name's key (English
// too) and the English names' keys, each with its countries' codes, and
// both indexed by their first four letters (for the adjectives).
type countryNames struct {
	all, english             map[string][]string
	allByStart, englishStart map[string][]string
}

var countryNameIndex = sync.OnceValue(func() *countryNames {
	cn := &countryNames{all: map[string][]string{}, english: map[string][]string{}, allByStart: map[string][]string{}, englishStart: map[string][]string{}}
	add := func(m, start map[string][]string, k, code string) {
		if m[k] == nil && len(k) >= 5 {
			start[k[:4]] = append(start[k[:4]], k)
		}
		m[k] = append(m[k], code)
	}
	for _, line := range strings.Split(countryNamesText, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		if f[1] != "" {
			add(cn.english, cn.englishStart, f[1], f[0])
			add(cn.all, cn.allByStart, f[1], f[0])
		}
		for _, k := range strings.Fields(f[2]) {
			add(cn.all, cn.allByStart, k, f[0])
		}
	}
	for code, words := range countryAdjectiveWords() {
		for _, w := range words {
			if k := Key(w); !slices.Contains(cn.all[k], code) {
				add(cn.all, cn.allByStart, k, code)
			}
		}
	}
	return cn
})

// countryKeyCodes returns the codes of the country whose name's key k is
// in some language, or is with a case ending of one or two letters
// (Lietuvą, Österreichs, Shqipërisë); nil when none, or when k less one
// letter and k less two name two countries (Nigérien: Nigeri, Nigeria in
// Albanian, and Niger).
func countryKeyCodes(k string) []string {
	m := countryNameIndex().all
	if c := m[k]; c != nil {
		return c
	}
	var out []string
	for cut := 1; cut <= 2 && len(k)-cut >= 4; cut++ {
		c := m[k[:len(k)-cut]]
		switch {
		case c == nil:
		case out == nil:
			out = c
		case !slices.Equal(out, c):
			return nil
		}
	}
	return out
}

// countryWordCodes returns the codes of the country that key k, a word of
// a name in some language, names (countryKeyCodes) or makes an adjective
// of (adjectiveCodes over every language's names): Österreichische,
// Latviešu, Magyar, Español; nil when none.
func countryWordCodes(k string) []string {
	if c := countryKeyCodes(k); c != nil {
		return c
	}
	cn := countryNameIndex()
	if c := adjectiveCodes(k, cn.all, cn.allByStart); c != nil && !orgMeaningKeys()[k] {
		return c
	}
	return nil // Liberal, Liberia: see orgMeaningKeys
}

// orgMeaningKeys are the keys of the words the organisation tables
// translate (orgWordIndex: the foreign words and the English ones). Such
// a word is no country's adjective though it shares a country's first
// five letters (Liberal, Liberale, Libertad: Liberia; Armen, the German
// army's plural: Armenia; Santé: Sainte-Hélène), so countryWordCodes and
// englishCountryCodes do not take adjectiveCodes' country for it (asked
// after adjectiveCodes: the tables are built on first use, and names
// match of persons' names never needs them). A country's name
// or adjective the tables hold is read before (countryKeyCodes,
// country_adjectives.txt, org_party_words.tsv's adjectives).
var orgMeaningKeys = sync.OnceValue(func() map[string]bool {
	ow := orgWordIndex()
	m := make(map[string]bool, len(ow.byForeign)+len(ow.byEnglish))
	for k := range ow.byForeign {
		m[k] = true
	}
	for e := range ow.byEnglish {
		m[Key(e)] = true
	}
	return m
})

// englishCountryCodes returns the codes of the country that key k, a word
// of an English name, names in some language or makes an adjective of in
// English (org_party_words.tsv's adjectives: Spanish, Dutch;
// adjectiveCodes over the English names; or -ish on the first letters of
// one: Swedish, Sweden; Polish, Poland); nil when none.
func englishCountryCodes(k string) []string {
	if c := countryKeyCodes(k); c != nil {
		return c
	}
	if c := orgPartyWords().countries[k]; c != nil {
		return c
	}
	cn := countryNameIndex()
	if c := adjectiveCodes(k, cn.english, cn.englishStart); c != nil && !orgMeaningKeys()[k] {
		return c // not Liberal, Liberia: see orgMeaningKeys; Polish, Poland below
	}
	stem, ok := strings.CutSuffix(k, "ish")
	if !ok || len(stem) < 3 {
		return nil
	}
	var out []string
	for name, codes := range cn.english {
		if strings.HasPrefix(name, stem) {
			if out != nil {
				return nil // two countries: neither
			}
			out = codes
		}
	}
	return out
}

// adjectiveCodes returns the codes of the one country of names (by their
// first four letters: start) that key k is an adjective of: k and the
// country's name share their first five letters or more, all of the name
// but its last two letters at most (Österreichische, Österreich;
// Slovenian, Slovenia) or all of k but its last two (Magyar,
// Magyarország; Deutsche, Deutschland). When two countries' names so
// share k's letters (Slovenská, Slovensko and Slovenija: Slovak in Slovak,
// Slovenian in Slovene), k names neither: nil.
func adjectiveCodes(k string, names, start map[string][]string) []string {
	if len(k) < 5 {
		return nil
	}
	var out []string
	for _, c := range start[k[:4]] {
		n := 4
		for n < len(k) && n < len(c) && k[n] == c[n] {
			n++
		}
		if n < 5 || n < len(c)-2 && n < len(k)-2 {
			continue
		}
		for _, code := range names[c] {
			if out != nil && !slices.Contains(out, code) {
				return nil
			}
		}
		if out == nil {
			out = names[c]
		}
	}
	return out
}

// sameCountryKey reports whether key f, a word of a foreign name, and key
// e, a word of an English one, name one country (countryWordCodes,
// englishCountryCodes).
func sameCountryKey(f, e string) bool {
	ce := englishCountryCodes(e)
	for _, c := range countryWordCodes(f) {
		if slices.Contains(ce, c) {
			return true
		}
	}
	return false
}
