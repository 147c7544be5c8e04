package normalize

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// countryNameLocales are the languages whose country names
// country_names.txt holds: those of org_party_words.tsv, whose party
// names name their country in their own language.
var countryNameLocales = []string{"en", "fr", "es", "it", "pt", "ca", "de", "nl", "sv", "nb", "da", "fi", "et", "lt", "lv", "pl", "cs", "sk", "sl", "hr", "sr-Latn", "bs", "bg", "ru", "uk", "ro", "hu", "sq", "el", "tr", "id", "ms"}

// countryNamesTable returns the lines of country_names.txt from CLDR's
// data in x/text: a country's code, then the keys of its names.
func countryNamesTable() []string {
	var out []string
	names := make([]display.Namer, len(countryNameLocales))
	for i, loc := range countryNameLocales {
		names[i] = display.Regions(language.MustParse(loc))
	}
	for _, r := range regionCodes() {
		set := map[string]bool{}
		for _, n := range names {
			name := n.Name(r)
			if i := strings.IndexAny(name, "-–(,"); i > 0 && (name[i-1] == ' ' || name[i] == ',') {
				name = name[:i]
			}
			if k := Key(name); len(k) >= 4 && !strings.ContainsAny(strings.TrimSpace(name), " ") {
				set[k] = true
			}
		}
		if len(set) == 0 {
			continue
		}
		en := ""
		name := names[0].Name(r)
		if i := strings.IndexAny(name, "-–(,"); i > 0 && (name[i-1] == ' ' || name[i] == ',') {
			name = strings.TrimSpace(name[:i])
		}
		if !strings.Contains(name, " ") {
			en = Key(name)
		}
		keys := make([]string, 0, len(set))
		for k := range set {
			if k != en {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		out = append(out, r.String()+"\t"+en+"\t"+strings.Join(keys, " "))
	}
	return out
}

// TestCountryNamesTable: country_names.txt is the table CLDR's data in
// x/text gives (BITEXT_GEN_REGIONS=1 writes it), and it reads a country
// in another language as that country.
func TestCountryNamesTable(t *testing.T) {
	if cldrTable(t, "country_names.txt", countryNamesText, countryNamesTable(), "TestCountryNamesTable") {
		return
	}
	for _, c := range []struct {
		foreign, en string
		same        bool
	}{
		{"Schweiz", "Switzerland", true},
		{"Lietuvą", "Lithuania", true}, // Lietuva and a case ending
		{"Österreichs", "Austria", true},
		{"Österreichische", "Austrian", true},
		{"España", "Spain", true},
		{"Español", "Spain", true},
		{"Malaysia", "Malaysian", true},
		{"Magyar", "Hungarian", true},
		{"Deutsche", "German", true},
		{"Polska", "Polish", true},
		{"Slovenská", "Slovak", false}, // Slovak in Slovak, Slovenian in Slovene: neither
		{"Slovenská", "Slovenian", false},
		{"Slovenija", "Slovenian", true},
		{"Slovensko", "Slovak", true},
		{"Polska", "Slovakia", false},
		{"Slovenija", "Slovakia", false},
		{"Austria", "Australia", false},
		{"Österreichische", "Australian", false},
		{"Party", "Spain", false},
		{"Partei", "Spanish", false},
		{"Nigérien", "Nigerian", false}, // Niger's, Nigeria's
		{"Nigeria", "Nigerian", true},
		{"Niger", "Nigerien", false}, // Nigerien: Niger or Nigeria in some language; neither
	} {
		if got := sameCountryKey(Key(c.foreign), Key(c.en)); got != c.same {
			t.Errorf("sameCountryKey(%q, %q) = %v, want %v", c.foreign, c.en, got, c.same)
		}
	}
}
