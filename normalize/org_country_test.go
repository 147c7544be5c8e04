package normalize

import "testing"

// TestCountryAdjective: a body named with its country's adjective in front
// is the one named with "of" and the country after; another country's, a
// branch, or a name without the country stay apart.
func TestCountryAdjective(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Senegalese Navy", "Navy of Senegal", true},
		{"Kyrgyz Armed Forces", "Armed Forces of the Kyrgyz Republic", true},
		{"Malian National Guard", "National Guard of Mali", true},
		{"Senegalese Navy", "Navy of Gambia", false},       // another country's
		{"Senegalese Navy Band", "Navy of Senegal", false}, // a body of the navy
		{"Senegalese Navy", "Navy", false},                 // no country: a branch (names12)
		{"Kyrgyz Armed Forces", "Armed Forces of the Kazakh Republic", false},
		{"Senegalese Bank", "Bank of Senegal", false}, // one of the country's banks
		{"Malian Mining Company", "Mining Company of Mali", false},
	} {
		for _, p := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := m.Same(p[0], p[1]); got != c.want {
				t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", p[0], p[1], got, c.want, m.Similarity(p[0], p[1]))
			}
		}
	}
	if countryOfAdjective("Slovakia", "Slovakia") || !countryOfAdjective("Slovak", "Slovakia") || !countryOfAdjective("Philippine", "Philippines") {
		t.Error("countryOfAdjective: a name is its own adjective, or Slovak, Philippine are not read")
	}
}
