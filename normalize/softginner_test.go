package normalize

import "testing"

// TestInnerSoftG: dev pairs with a soft g inside a word against j, and
// pairs that must stay apart.
func TestInnerSoftG(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Mohammed Rougi", "Mohamed Rouji", true},
		{"Mohamed Rouggy", "Mohamed Rouji", true},
		{"Megías", "Mejías", true},
		{"Rugai", "Ruyai", false},  // g before a is hard
		{"Rouji", "Rougui", false}, // French gu is a hard g
	} {
		if got := m.Similarity(c.a, c.b); (got >= SameThreshold) != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", c.a, c.b, got, c.same)
		}
	}
}
