package normalize

import "testing"

// TestFeminineIe: dev pairs (person, half A) of a Latin -ia against the
// German and French -ie, which fail without feminineie.go, and pairs that
// must stay apart.
func TestFeminineIe(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Eugenia", "Eugenie", true}, // dev: 0.857 without the reading
		{"Amalia", "Amalie", true},   // dev: 0.833 (and the Hepburn cap)
		{"Amalie", "Amalija", true},  // dev: 0.814; Slovene -ija
		{"Anna Amalie", "Anna Amalia", true},
		{"Katie", "Katia", false},     // an English diminutive: one-syllable stem
		{"Julie", "Julia", false},     // as above
		{"Evgeni", "Evgenia", false},  // no -ie: the masculine name
		{"Amalie", "Amalio", false},   // no -ia in the other name
		{"Louie", "Louia", false},     // a vowel before -ie
		{"Jeannie", "Jeannia", false}, // one vowel group
		{"Eugenie Ross", "Eugenia Roth", false},
	} {
		if got := m.Similarity(c.a, c.b); (got >= SameThreshold) != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", c.a, c.b, got, c.same)
		}
	}
	if r := feminineIeReading("Amalie Eugenie"); r != "Amalia Eugenia" {
		t.Errorf("feminineIeReading = %q", r)
	}
	if r := feminineIeReading("Katie"); r != "" {
		t.Errorf("feminineIeReading(Katie) = %q, want none", r)
	}
}
