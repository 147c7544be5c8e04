package normalize

import "testing"

// TestArticleLetter: the article written as its letter alone, joined to
// the word before (a dev pair), and names it must keep apart.
func TestArticleLetter(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Zakir Rehman Lakvi", "Zaki Ur-Rehman Lakvi", true},
		{"Zaki ur Rehman", "Zakir Rehman", true},
		{"Zakir Rehman", "Zaki Rehman", false},               // no article written: Zakir is a name
		{"Zakir Rehman Lakvi", "Zaki Ur-Rahim Lakvi", false}, // the article before another word
		{"Nasir Ud-Din", "Nasi Ud-Din", false},               // r is not the letter of the article before Din
	} {
		if got := m.Similarity(c.a, c.b); (got >= SameThreshold) != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", c.a, c.b, got, c.same)
		}
	}
}
