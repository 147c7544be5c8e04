package normalize

import "testing"

// TestOrgSlip checks org_slip.go's reading of one letter added to or left
// out of a word of an organisation's name, alone and through names
// match's matcher, and the pairs it leaves to the caps.
func TestOrgSlip(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Militant Socialist Movement", "Militiant Socialist Movement", true},
		{"Hnutí za sociální spravedlnost", "Hnutí za sociální spravedlnosti", true},
		{"Party of Democratic Progress", "Party of Democractic Progress", true},
		{"Deutsche Freiheitspartei Österreichs", "Deutsche Freiheitspartei Österreich", false}, // no head noun but in a compound
		{"National Renovator Party", "National Renovation Party", false},                       // a letter replaced
		{"Socal Democratic Party", "Social Democratic Party", false},                           // a short word
		{"Union of Democratic Force", "Union of Democratic Forces", false},                     // the word a head noun
		{"Militant Socialist Movement", "Amilitant Socialist Movement", false},                 // before the first letter
		{"Militant Socialist", "Militiant Socialist", false},                                   // no head noun
		{"Militiant", "Militant", false},
	} {
		if got := orgSlip(c.a, c.b); got != c.want {
			t.Errorf("orgSlip(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
		if got := orgSlip(c.b, c.a); got != c.want {
			t.Errorf("orgSlip(%q, %q) = %v; want %v", c.b, c.a, got, c.want)
		}
		if c.want && !m.Same(c.a, c.b) {
			t.Errorf("Same(%q, %q) = false (%.3f); want true", c.a, c.b, m.Similarity(c.a, c.b))
		}
	}
}
