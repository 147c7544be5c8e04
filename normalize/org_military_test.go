package normalize

import "testing"

// TestMilitaryArmedForces: a country's Military, as the head noun, is its
// Armed Forces; another country's, a modifier Military, or an army keeps
// two names apart.
func TestMilitaryArmedForces(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Military of Peru", "Armed Forces of Peru", true},
		{"Peruvian Military", "Peruvian Armed Forces", true},
		{"Military of Kenya", "Kenyan Armed Forces", true},
		{"Armed Forces of Chile", "Chilean Military", true},
		{"Military of Peru", "Armed Forces of Chile", false},
		{"Peruvian Military", "Bolivian Armed Forces", false},
		{"Military Academy of Peru", "Armed Forces Academy of Peru", false},
		{"Peruvian Military", "Peruvian Army", false},
		{"Military of Peru", "Armed Forces of Peru Veterans Association", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
