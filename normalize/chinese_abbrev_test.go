package normalize

import "testing"

// TestChineseAbbreviation: a Chinese company's abbreviation, the place's
// first syllable and the trade's character, its company form kept or
// left out; the syllables must be the place's first and the trade's.
func TestChineseAbbreviation(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Anshan Iron and Steel Group", "Angang", true},
		{"Anshan Iron and Steel Group", "Angang Group", true},
		{"Guangzhou Automobile Group", "Guangqi Group", true},
		{"Hangzhou Pharmaceutical Group", "Hangyao", true},
		{"Shanghai Port", "Shanggang", true},
		{"Datong Coal Mining Group", "Datong Kuang", false}, // two words, not the company form
		{"Datong Coal Mining Group", "Dakuang", true},
		{"Anshan Iron and Steel Group", "Angang Steel", false}, // not the name's last words
		{"Anshan Iron and Steel Group", "Anmei", false},        // coal's character
		{"Wuhan Iron and Steel Research Institute", "Wugang", false},
		{"Anshan Iron and Steel Group", "Shangang", false}, // the place's second syllable
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
