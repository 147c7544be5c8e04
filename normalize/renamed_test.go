package normalize

import "testing"

// TestRenamedPlaces checks the default glossary's countries and cities
// renamed by their governments (branch renamed): the news standard's form is
// canonical (AP's; where AP keeps the old name, the new one is the
// variant), the other form is rewritten to it, and the fixed expressions
// that keep an old name (Bombay Stock Exchange, Peking duck, Calcutta Cup)
// stay as they are.
func TestRenamedPlaces(t *testing.T) {
	g := DefaultGlossary()
	checkRewrites(t, g, map[string]string{
		"He was born in Bombay.":                       "He was born in Mumbai.",
		"Flights from Peking and Calcutta.":            "Flights from Beijing and Kolkata.",
		"Rangoon, Burma, and Madras.":                  "Yangon, Myanmar, and Chennai.",
		"Swaziland and Czechia.":                       "Eswatini and Czech Republic.",
		"Côte d'Ivoire, Cabo Verde and Timor-Leste":    "Ivory Coast, Cape Verde and East Timor",
		"Türkiye and Ceylon":                           "Turkey and Sri Lanka",
		"Shares on the Bombay Stock Exchange rose.":    "Shares on the Bombay Stock Exchange rose.",
		"Peking duck at Peking University":             "Peking duck at Peking University",
		"the Calcutta Cup and the Bombay High Court":   "the Calcutta Cup and the Bombay High Court",
		"the Burma Road, a Bombay Sapphire":            "the Burma Road, a Bombay Sapphire",
		"a Madras curry with Ceylon tea at IIT Madras": "a Madras curry with Ceylon tea at IIT Madras",
		"a Madras shirt, in Madras plaid":              "a Madras shirt, in Madras plaid",
		"Mother Teresa of Calcutta":                    "Mother Teresa of Calcutta",
		// Names whose old form has other meanings are not entries, and no
		// word of another language folds onto an old name.
		"the canton of Vaud; Canton, Ohio; Holland, Michigan": "the canton of Vaud; Canton, Ohio; Holland, Michigan",
		"the fall of Saigon, Miss Saigon, a Seigun attack":    "the fall of Saigon, Miss Saigon, a Seigun attack",
		"Prince Turki in a madrasa, the Ceyhan port":          "Prince Turki in a madrasa, the Ceyhan port",
	})

	m := NewMatcher(g)
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Burma", "Myanmar", true},
		{"Myanmar", "Burma", true},
		{"Bombay", "Mumbai", true},
		{"Mumbai", "Bombay", true},
		{"Peking", "Beijing", true},
		{"Calcutta", "Kolkata", true},
		{"Madras", "Chennai", true},
		{"Rangoon", "Yangon", true},
		{"Swaziland", "Eswatini", true},
		{"Ivory Coast", "Côte d'Ivoire", true},
		{"Cape Verde", "Cabo Verde", true},
		{"East Timor", "Timor-Leste", true},
		{"Czechia", "Czech Republic", true},
		{"Türkiye", "Turkey", true},
		{"Ceylon", "Sri Lanka", true},
		// Look-alikes stay apart.
		{"Niger", "Nigeria", false},
		{"Guinea", "Guinea-Bissau", false},
		{"Sudan", "South Sudan", false},
		{"Congo", "DR Congo", false},
		{"Myanmar", "Mumbai", false},
		{"Burma", "Bombay", false},
		{"East Timor", "Timor", false},
		{"Beijing", "Nanjing", false},
	} {
		if got := m.Same(tc.a, tc.b); got != tc.same {
			t.Errorf("Same(%q, %q) = %v (%.3f); want %v", tc.a, tc.b, got, m.Similarity(tc.a, tc.b), tc.same)
		}
	}
}
