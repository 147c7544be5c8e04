package normalize

import "testing"

// TestCountryAdjective: a body named with its country's adjective in front
// is the one named with "of" and the country after; another country's, a
// branch, or a name without the country stay apart.
func TestCountryAdjective(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Senegalese Navy", "Navy of Senegal", true},
		{"Kyrgyz Armed Forces", "Armed Forces of the Kyrgyz Republic", true},
		{"Malian National Guard", "National Guard of Mali", true},
		{"Senegalese Navy", "Navy of Gambia", false},       // another country's
		{"Senegalese Navy Band", "Navy of Senegal", false}, // a body of the navy
		{"Senegalese Navy", "Navy", false},                 // no country: a branch (names12)
		{"Kyrgyz Armed Forces", "Armed Forces of the Kazakh Republic", false},
		{"Senegalese Bank", "Bank of Senegal", false}, // one of the country's banks
		{"Malian Mining Company", "Mining Company of Mali", false},
		{"Swedish Liberal Party", "Liberal Party of Sweden", true}, // -ish
		{"Turkish Army", "Army of Turkey", true},
		{"Swedish Liberal Party", "Liberal Party of Norway", false},
		{"Russian Armed Forces", "Armed Forces of the Russian Federation", true}, // org-wp
		{"Russian Armed Forces", "Armed Forces of the Belarusian Federation", false},
		{"Russian Armed Forces", "Armed Forces of the Chess Federation", false},
		{"Russian Chess Federation", "Chess Federation of the Russian Federation", true},
		{"Soviet Communist Party", "Communist Party of the Soviet Union", true}, // a former state
		{"Soviet Army", "Army of the Soviet Union", true},
		{"Soviet Communist Party", "Communist Party of the Russian Union", false},
		{"European Council", "Council of the European Union", false}, // not any Union: two bodies
	})
	for _, c := range []struct {
		adj, name string
		want      bool
	}{
		{"Swedish", "Sweden", true}, {"Polish", "Poland", true}, {"Turkish", "Turkey", true},
		{"Swedish", "Swedenborg", false}, // no country
		{"Irish", "Ireland", false},      // a stem of two letters
		{"Finnish", "Finland", false},
	} {
		if got := countryOfAdjective(c.adj, c.name); got != c.want {
			t.Errorf("countryOfAdjective(%q, %q) = %v; want %v", c.adj, c.name, got, c.want)
		}
	}
	if countryOfAdjective("Slovakia", "Slovakia") || !countryOfAdjective("Slovak", "Slovakia") || !countryOfAdjective("Philippine", "Philippines") {
		t.Error("countryOfAdjective: a name is its own adjective, or Slovak, Philippine are not read")
	}
}
