package normalize

import "testing"

// TestPersianOrgWords: the Arabic head words of organisation names that
// Persian vocalises with e (hezb, harekat) read as the Arabic ones do
// (hizb, harakat), with the ezafe written either way; another head word or
// another qualifier keeps two names apart.
func TestPersianOrgWords(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Hizb-e-Islami", "Hezb-e-Islami", true},
		{"Hizb-i-Islami", "Hezb-e Islami", true},
		{"Harakat-e Islami", "Harekat-e Islami", true},
		{"Harakat Islami", "Harekat Islami", true},
		{"Hezb-e Islami", "Hezb-e Wahdat", false},
		{"Hezb-e Islami", "Harekat-e Islami", false},
		{"Hezb-e Islami", "Hizb ut-Tahrir", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
