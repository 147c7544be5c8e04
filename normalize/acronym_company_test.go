package normalize

import "testing"

// TestAcronymCompanyHead: an acronym of three letters or more may leave
// out a last word that says the body is a company or a foundation, and
// only that word.
func TestAcronymCompanyHead(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Baltic Ferry Shipping Company", "BFS", true},
		{"Nordic Heritage Trust Foundation", "NHT", true},
		{"Baltic Ferry Shipping Company", "BFSC", true}, // spelled whole, as before
		{"Baltic Ferry Shipping Company", "BF", false},  // two letters: too few
		{"Baltic Ferry Shipping Company", "BFC", false}, // Shipping is no generic word
		{"Baltic Ferry Shipping Museum", "BFS", false},  // Museum is no company
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
