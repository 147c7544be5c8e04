package normalize

import "testing"

// TestNasalM: a dev pair (person, half A) of the Portuguese final -m
// against the Spanish accented -ín, which fails without nasalm.go, and
// pairs that must stay apart.
func TestNasalM(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Martim", "Martín", true}, // dev: 0.833 without the reading
		{"Joaquim", "Joaquín", true},
		{"Martim Afonso", "Martín Alfonso", true},
		{"Karim", "Karin", false}, // no accent: two names
		{"Adam", "Adán", false},   // -am: Spanish writes no accent on -án here as a rule
		{"Selim Demir", "Selin Demir", false},
		{"Tim", "Tín", false}, // three letters
	} {
		if got := m.Similarity(c.a, c.b); (got >= SameThreshold) != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", c.a, c.b, got, c.same)
		}
	}
	if r := nasalMReading("Joaquim Martim", "Joaquín"); r != "Joaquin Martin" {
		t.Errorf("nasalMReading = %q", r)
	}
}
