package normalize

import "testing"

// TestAdjunctRomanceAcronym: a Romance acronym with the head noun first,
// the adjectives after it and the noun adjunct after a de (said or not).
func TestAdjunctRomanceAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"European Investment Bank", "BEI", true},                 // Banque européenne d'investissement
		{"Latin American Development Association", "ALADD", true}, // Asociación Latinoamericana de Desarrollo, the de said
		{"Latin American Development Association", "ALAD", true},  // the de left out
		{"Regional Nuclear Energy Agency", "ARNE", true},          // Agence régionale de l'énergie nucléaire: the nouns turned
		{"Regional Nuclear Energy Agency", "AREN", true},          // the nouns in the English order
		{"Regional Nuclear Energy Agency", "ANER", false},         // the adjective after the nouns
		{"European Investment Bank", "BDEI", false},               // the de between the adjective and the head
		{"European Investment Bank", "BED", false},                // every word gives its letter
		{"Latin American Development Association", "ALDAA", false},
		{"European Investment Fund", "FEID", false}, // the D after the last word
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
