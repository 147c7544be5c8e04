package normalize

import "testing"

// TestSmallLetterAcronym: small letters of an acronym for function words
// (DoD, PvdA); a small letter must be a function word's initial, a capital
// a content word's.
func TestSmallLetterAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Department of Energy", "DoE", true},
		{"Bureau of Land Management", "BoLM", true},
		{"Partij voor de Dieren", "PvdD", true},
		{"Stichting van de Kunsten", "SvdK", true},
		{"Department of Energy", "DoT", false},        // T is no word's initial
		{"Department Energy", "DoE", false},           // no "of" for the o
		{"Stichting van de Kunsten", "SdvK", false},   // the order
		{"Department of Energy Supply", "DoE", false}, // Supply gives no letter
		{"Bureau of Land Management", "BolM", false},  // Land is a content word
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
