package normalize

import "testing"

// TestGroupCoAcronym: a group's acronym with the CO of its registered
// Company; the other letters must spell the name, and the name must be a
// group's.
func TestGroupCoAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Huadong Iron and Steel Group", "HISCO", true},
		{"Nanling Shipping Group", "NSCO", true},
		{"Huadong Iron and Steel Institute", "HISCO", false}, // not a company group
		{"Huadong Iron and Steel Group", "HSCO", false},      // Iron gives no letter
		{"Nanling Shipping Group", "NSCA", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
