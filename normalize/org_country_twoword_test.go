package normalize

import "testing"

// TestTwoWordCountryVariant checks twoWordCountryVariant
// (org_country_twoword.go) both ways round and through the matcher: a
// country of two words against its adjective of one, and the names it
// keeps apart.
func TestTwoWordCountryVariant(t *testing.T) {
	cases := []ruleCase{
		{"Sammarinese Socialist Party", "San Marino Socialist Party", true}, // Party Facts
		{"Socialist Party of San Marino", "Socialist Party of Sammarinese", true},
		{"Sammarinese Socialist Party", "San Marino Democratic Party", false}, // another word
		{"Sammarinese Socialist Party", "Sri Lanka Socialist Party", false},   // another country
		{"Sammarinese Socialist Party", "San Marino Socialist Movement Party", false},
		{"Sammarinese Socialist Club", "San Marino Socialist Club", false}, // no political head noun
		{"Sammarinese Party", "San Marino Party", false},                   // one word besides the country
		{"Sammarinese Socialist Party", "San Remo Socialist Party", false}, // no country
		{"Sammarinese Socialist Party", "san marino Socialist Party", false},
		{"Sammarinese Socialist Party", "Sammarinese Socialist Party", false},
		{"0  000000000", "0 00000000  ", false}, // spaces that are no words' (FuzzSplitBracketed: an index out of range)
	}
	checkOrgRule(t, "twoWordCountryVariant", twoWordCountryVariant, cases)
	for _, c := range cases {
		if got := twoWordCountryVariant(c.b, c.a); got != c.want {
			t.Errorf("twoWordCountryVariant(%q, %q) = %v; want %v", c.b, c.a, got, c.want)
		}
	}
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Sammarinese Socialist Party", "San Marino Socialist Party", true},
		{"Sammarinese Socialist Party", "San Marino Democratic Party", false},
		{"Sammarinese Socialist Party", "Sri Lanka Socialist Party", false},
	})
}
