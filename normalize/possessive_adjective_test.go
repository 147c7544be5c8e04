package normalize

import "testing"

// TestPossessiveAdjective: a country's possessive and its adjective before
// one organisation's name are one; another country's adjective is not.
func TestPossessiveAdjective(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Iran's Revolutionary Guards", "Iranian Revolutionary Guards", true},
		{"Iraq's Interior Ministry", "Iraqi Interior Ministry", true},
		{"Sudan's Armed Forces", "Sudanese Armed Forces", true},
		{"Iran's Revolutionary Guards", "Iraqi Revolutionary Guards", false},
		{"Iranian Revolutionary Guards", "Revolutionary Guards", false}, // names12's branch rule stands
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
	if adjectiveOf("Irate", "Iran") || !adjectiveOf("Italian", "Italy") {
		t.Error("adjectiveOf: Irate is Iran's, or Italian is not Italy's")
	}
}
