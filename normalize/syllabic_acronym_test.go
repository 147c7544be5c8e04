package normalize

import "testing"

// TestSyllabicAcronym: a word of the beginnings of a name's words, in
// capitals or against an organisation's name; a place's short form and a
// word that leaves out a word of the name stay apart.
func TestSyllabicAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"European Radio Amateurs' Organization", "EURAO", true},
		{"Djibouti Armed Forces", "DJAF", true},
		{"U.S. Russia Foundation", "USRF", true},
		{"Nigerian Broadcasting Commission", "Nibcom", true}, // not in capitals: the head noun, by its key
		{"Eastern Hockey League", "Easthol", true},
		{"Grad Skopje", "Gradsko", false},      // a place: no head noun, not in capitals
		{"Kampong Thom", "Kampot", false},      // the same
		{"Niger Delta Forces", "NIGER", false}, // Delta and Forces give no letter
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
	// w is inside Overwatch, not a beginning: not this rule's (the matcher
	// reads OWL by acronym_closed.go's closed compounds).
	if syllabicAcronym("OWL", "Overwatch League") {
		t.Error(`syllabicAcronym("OWL", "Overwatch League") = true, want false`)
	}
}
