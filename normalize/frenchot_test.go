package normalize

import "testing"

// TestFrenchOt: dev pairs (half A) of a French -ot against the name
// without its mute t, which fail without frenchot.go, and pairs that must
// stay apart.
func TestFrenchOt(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Pino", "Pinot", true},                   // person: 0.800 without the reading
		{"Colonel Rambo", "Colonel Rambot", true}, // person-listed: 0.833
		{"Rambo", "Rambot", true},                 // person-listed-part
		{"Bridge", "Bridget", false},              // English -et: the t is spoken
		{"Bryan", "Bryant", false},                // -nt
		{"Trout", "Trou", false},                  // English -out (the key's -ut too)
		{"Pinos", "Pinot", false},                 // the other word must end in o
		{"Kot", "Ko", false},                      // three letters
		{"Jean Pinot", "Jean Pina", false},        // another vowel
	} {
		if got := m.Similarity(c.a, c.b); (got >= SameThreshold) != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", c.a, c.b, got, c.same)
		}
	}
	if r := frenchOtReading("Margot Pinot"); r != "Margo Pino" {
		t.Errorf("frenchOtReading = %q", r)
	}
}
