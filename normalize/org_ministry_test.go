package normalize

import "testing"

// TestMinistryOfAffairs: the Ministry of X Affairs is the X Ministry;
// another X, or another body, keeps two names apart.
func TestMinistryOfAffairs(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Ministry of Foreign Affairs", "Foreign Ministry", true},
		{"Home Ministry", "Ministry of Home Affairs", true},
		{"Ministry of the Foreign Affairs", "Foreign Ministry", true},
		{"Ministry of Foreign Affairs", "Finance Ministry", false},
		{"Ministry of Economic Affairs", "Foreign Ministry", false},
		{"Ministry of Foreign Affairs", "Foreign Office", false},
		{"Department of Foreign Affairs", "Foreign Ministry", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
