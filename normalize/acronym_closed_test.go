package normalize

import "testing"

// TestCompoundAcronym: an acronym that spells both parts of a closed
// compound (hardware: HW); the second part must be a common one, the
// other words give their initials, and a letter more stays apart.
func TestCompoundAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Free Software Foundation", "FSWF", true},
		{"National Firewall Union", "NFWU", true},
		{"Open Hardware Association", "OHWA", true},
		{"Global Network of Schools", "GNWS", true},   // "of" gives nothing
		{"Free Software Foundation", "FSWA", false},   // a letter no word gives
		{"Free Software Foundation", "FSTF", false},   // not the part's initial
		{"Free Softmore Foundation", "FSMF", false},   // not a listed part
		{"Westland Trading Company", "WLTCX", false},  // a letter too many
		{"Open Hardware Association", "OHWAS", false}, // a letter too many
		// Finnish heads joined to the word before (puolue, party; liitto, union)
		{"Perustuslaillinen oikeistopuolue", "POP", true},
		{"Suomen työväenliitto", "STL", true},
		{"Perustuslaillinen oikeistopuolue", "PPO", false},  // the parts' order
		{"Perustuslaillinen oikeistopuolue", "POPS", false}, // a letter too many
		{"Perustuslaillinen oikeistoryhmä", "POR", false},   // not a listed part
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
