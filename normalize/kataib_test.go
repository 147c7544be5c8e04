package normalize

import "testing"

// TestKataib: Brigades and Battalions, both renderings of kata'ib, are one
// in the plural; the singular units and different names stay apart.
func TestKataib(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Hezbollah Brigades", "Hezbollah Battalions", true},
		{"Abdullah Azzam Brigades", "Abdallah Azzam Battalions", true},
		{"Kataib Hezbollah", "Hezbollah Battalions", true},
		{"Abu Bakr Brigade", "Abu Bakr Battalion", false},
		{"Hezbollah Battalions", "Hamas Brigades", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
