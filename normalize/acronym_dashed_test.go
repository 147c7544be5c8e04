package normalize

import "testing"

// TestDashedAcronym: an acronym in hyphenated parts stands for a name in
// dashed parts when each part stands for the part at its place; one part
// alone, or a part that spells another name, keeps them apart.
func TestDashedAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		// a part in the name's own language, Spanish: Ejército de
		// Liberación Nacional, Ejército del Pueblo
		{"National Liberation Army – People's Army", "ELN-EP", true},
		{"People's Army – National Liberation Army", "EP-ELN", true},
		{"Sudan People's Liberation Movement – North", "SPLM-N", true},
		{"Sudan People's Liberation Movement - North", "SPLM-N", true},
		// a part missing, another or out of order
		{"National Liberation Army", "ELN-EP", false},
		{"National Liberation Army – People's Army", "ELN-PE", false},
		{"National Liberation Army – People's Army", "EP-ELN", false},
		{"Sudan People's Liberation Movement", "SPLM-N", false},
		{"Sudan People's Liberation Movement – North", "SPLM-S", false},
		{"Sudan People's Liberation Movement – North", "SPLA-N", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
		if got := dashedAcronym(c.b, c.a); got != c.want {
			t.Errorf("dashedAcronym(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}
