package normalize

import "testing"

// TestEzafe: the Persian and Urdu connector written -e- or -i- is one;
// different words after it and Wade-Giles syllables stay apart.
func TestEzafe(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Jaish-e-Mohammed", "Jaish-i-Muhammad", true},
		{"Jaish e Mohammed", "Jaish i Mohammed", true},
		{"Hizb-e-Islami", "Hizb-i-Islami", true},
		{"Jaish-e-Mohammed", "Jaish-i-Adl", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
	if r, ok := ezafeRead("Jaish-i-Mohammed"); !ok || r != "Jaish-e-Mohammed" {
		t.Errorf("ezafeRead(Jaish-i-Mohammed) = %q, %v", r, ok)
	}
	if r, ok := ezafeRead("Wu-i-shan"); ok { // Wade-Giles syllables, not a connector
		t.Errorf("ezafeRead(Wu-i-shan) = %q, %v", r, ok)
	}
}
