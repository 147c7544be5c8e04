package normalize

import "testing"

// TestOrgPreposition: of, for and on in an organisation's name are one;
// another word that differs keeps two names apart.
func TestOrgPreposition(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Provincial Committee for Serbia", "Provincial Committee of Serbia", true},
		{"Office of Latino Affairs", "Office on Latino Affairs", true},
		{"Provincial Committee for Serbia", "Provincial Committee of Croatia", false},
		{"Ministry for Foreign Affairs", "Ministry of Home Affairs", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
	if r, ok := prepositionOf("Council for Arts"); !ok || r != "Council of Arts" {
		t.Errorf("prepositionOf: %q %v", r, ok)
	}
}
