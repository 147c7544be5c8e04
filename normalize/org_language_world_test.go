package normalize

import "testing"

// TestOrgWordsWorld: names of international bodies in their own languages
// and their acronyms, head noun first in the Romance languages; a wrong
// letter, order or word stays apart.
func TestOrgWordsWorld(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"World Energy Organization", "OME", true},          // Organisation mondiale de l'énergie
		{"International Tourism Organization", "OIT", true}, // Organización Internacional de Turismo
		{"World Maritime Organization", "OMM", true},
		{"Economic Cooperation Organization", "OCE", true}, // Organizzazione per la cooperazione economica: turned
		{"Organización Mundial de Turismo", "World Tourism Organization", true},
		{"World Energy Organization", "OMT", false},
		{"World Energy Organization", "EMO", false},
		{"Organización Mundial de Turismo", "World Trade Organization", false},
		{"Organización Mundial de Turismo", "World Tourism Organization of Chile", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
