package normalize

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// Region names tell entities apart that the words of their names alone do
// not (entity_forms.go has the other rules of that kind).
//
// regions.txt holds the keys of the names CLDR gives the countries and
// territories (ISO 3166 codes) in the languages news copy is written in
// here, each name's words joined, and of the dotted abbreviations CLDR
// writes in them that spell a region's code (U.S.: "U.S. Virgin Islands").
// TestRegionsTable makes it from golang.org/x/text/language/display, which
// carries CLDR's data; origin and licence in testdata/README.md.

//go:embed regions.txt
var regionsText string

// region_scope.txt holds the scope words and compass points of other
// languages (keys): the words by which CLDR's names of two regions differ
// in those languages where their English names differ only by a word of
// scopeWords or directions (Guinée, Guinée équatoriale; Zuid-Korea,
// Noord-Korea). TestRegionsTable makes it too; wordInfos reads its words
// as scopeWords.
//
//go:embed region_scope.txt
var regionScopeText string

var regionKeys = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, k := range strings.Fields(regionsText) {
		m[k] = true
	}
	return m
})

// regions_en.txt holds the keys of CLDR's English names of the countries
// alone (TestRegionsEnglishTable makes it): discover reads a country's name
// in English text by it, where regions.txt's other languages' names would
// take Japanese surnames for countries ("Komuro", Comoros in Spanish).
//
//go:embed regions_en.txt
var regionsEnglishText string

var regionEnglishKeys = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, k := range strings.Fields(regionsEnglishText) {
		m[k] = true
	}
	return m
})

// isEnglishRegionKey reports whether the words ws, joined, are the key of
// a country's English name ("Russia", "United States").
func isEnglishRegionKey(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	return regionEnglishKeys()[strings.Join(ws, "")]
}

// isRegionKey reports whether the words ws, joined, are the key of a
// region's name ("libya"; "u", "s").
func isRegionKey(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	var buf [48]byte
	b := buf[:0]
	for _, w := range ws {
		b = append(b, w...)
	}
	return regionKeys()[string(b)]
}

// regionAdded reports whether the words of b that used leaves unmatched
// are the last words of b, set off by a dash or a parenthesis in raw (the
// name b's words are of), and a region's name: "Islamic State in Iraq and
// the Levant - Libya", "Islamic State (Libya)".
func regionAdded(b []string, used []bool, raw string) bool {
	from := len(b)
	for from > 0 && !used[from-1] {
		from--
	}
	if from == len(b) || slices.Contains(used[:from], false) {
		return false
	}
	i := len(raw) - 1 // the last dash or opening parenthesis of raw
	for i >= 0 && raw[i] != '-' && raw[i] != '(' && !isLongDashEnd(raw, i) {
		i--
	}
	if i < 0 || !isRegionKey(b[from:]) {
		return false
	}
	var kb keyBuilder
	return slices.Equal(kb.words(raw[i+1:]), b[from:])
}

// isLongDashEnd reports whether the byte i of s ends an en or em dash
// (U+2013, U+2014: E2 80 93, E2 80 94).
func isLongDashEnd(s string, i int) bool {
	return (s[i] == 0x93 || s[i] == 0x94) && i >= 2 && s[i-1] == 0x80 && s[i-2] == 0xE2
}

// regionQualified reports whether the words of b that used leaves
// unmatched are one run at the start or the end of b, a region's name or
// abbreviation, and b with that run first is the name of a region of its
// own: "Virgin Islands, U.S." is "U.S. Virgin Islands", which CLDR names
// apart from the British Virgin Islands; "New Delhi, India" names no
// region.
func regionQualified(b []string, used []bool) bool {
	from := slices.Index(used, false)
	to := len(b)
	for to > from && used[to-1] {
		to--
	}
	if from < 0 || from > 0 && to < len(b) || slices.Contains(used[from:to], true) || !isRegionKey(b[from:to]) {
		return false
	}
	var buf [64]byte
	k := buf[:0]
	for _, w := range b[from:to] {
		k = append(k, w...)
	}
	for j, w := range b {
		if j < from || j >= to {
			k = append(k, w...)
		}
	}
	return regionKeys()[string(k)]
}

var democraticKey = Key("democratic")

// democraticAbbrev returns how many of the first words of name are "DR" or
// "D.R." written in capitals before a region's name, the rest of the name
// ("DR Congo"): Democratic Republic, not the title Dr. It returns 0 for any
// other name.
func democraticAbbrev(name string, words []string) int {
	if len(name) < 4 || name[0] != 'D' {
		return 0
	}
	n := 0
	switch {
	case name[1] == 'R' && name[2] == ' ':
		n = 1
	case len(name) > 5 && name[1] == '.' && name[2] == 'R' && name[3] == '.' && name[4] == ' ':
		n = 2
	default:
		return 0
	}
	// In a name written all in capitals DR says nothing: DR JORDAN.
	if len(words) <= n || strings.ToUpper(name) == name || !isRegionKey(words[n:]) {
		return 0
	}
	return n
}
