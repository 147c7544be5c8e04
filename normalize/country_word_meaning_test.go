package normalize

import "testing"

// TestCountryWordNotOrgWord: a word the organisation tables translate as
// something other than a country is no country's adjective, though it
// shares a country's first letters (Liberal, Liberia; Grüne, Grønland;
// Armen, Armenia; Santé, Sainte-Hélène); the countries' own names and
// adjectives still read as theirs.
func TestCountryWordNotOrgWord(t *testing.T) {
	for _, w := range []string{"Liberal", "Liberals", "Liberale", "Liberalna", "Libertad", "Liberation", "Grüne", "Grünen", "Armen", "Christen", "Santé", "Servisiu", "Puertu"} {
		if c := countryWordCodes(Key(w)); c != nil {
			t.Errorf("countryWordCodes(%q) = %q; want nil", Key(w), c)
		}
		if c := englishCountryCodes(Key(w)); c != nil {
			t.Errorf("englishCountryCodes(%q) = %q; want nil", Key(w), c)
		}
	}
	for w, code := range map[string]string{"Liberia": "LR", "Liberian": "LR", "Österreichische": "AT", "Latviešu": "LV", "Magyar": "HU", "Slovenian": "SI", "Armenia": "AM", "Armenian": "AM", "Svenska": "SE"} {
		if c := countryWordCodes(Key(w)); len(c) != 1 || c[0] != code {
			t.Errorf("countryWordCodes(%q) = %q; want [%s]", Key(w), c, code)
		}
	}
	for w, code := range map[string]string{"Liberian": "LR", "Armenian": "AM", "Swedish": "SE", "Spanish": "ES"} {
		if c := englishCountryCodes(Key(w)); len(c) != 1 || c[0] != code {
			t.Errorf("englishCountryCodes(%q) = %q; want [%s]", Key(w), c, code)
		}
	}
}
