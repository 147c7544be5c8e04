package normalize

import "testing"

// TestCedilla: dev pairs with a ç the key reads k, Turkish c for j, and
// pairs that must stay apart.
func TestCedilla(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Idrissa Djaló", "Idriça Djaló", true}, // Portuguese ç is s
		{"Idrissa", "Idriça", true},
		{"François", "Fransois", true},
		{"Çelik", "Chelik", true},                 // Turkish ç is ch
		{"Hüseyin Hicaş", "Hüseyin Hijash", true}, // Turkish c is j
		{"Gonçalo", "Gonzalo", true},              // Portuguese, Spanish
		{"Marc Durand", "Mars Durand", false},     // no ç: c stays k
		{"Çağlar", "Saglar", false},               // a Turkish name's ç is ch
		{"Hicac", "Hijaj", false},                 // no mark of Turkish: left
	} {
		if got := m.Similarity(c.a, c.b); (got >= SameThreshold) != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", c.a, c.b, got, c.same)
		}
	}
}
