package normalize

import "testing"

// TestMarkedAcronym: an acronym with and without the diacritics of its
// letters; a word not in capitals keeps its marks' say.
func TestMarkedAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"ŠKB", "SKB", true},
		{"ÚVS", "UVS", true},
		{"ØMK", "OMK", true}, // a letter with a stroke
		{"ĐSP Holding", "DSP Holding", true},
		{"ŠKB", "SKD", false},
		{"ĐSP Holding", "DSP Group", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"ČKD", "CKD", true},
		{"Černá", "Cerna", false}, // not in capitals
		{"ČKD", "ČKD", false},     // nothing changed
		{"ČKD Praha", "CKD", false},
	} {
		if got := markedAcronym(c.a, c.b); got != c.want {
			t.Errorf("markedAcronym(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
