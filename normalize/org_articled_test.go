package normalize

import "testing"

// TestItalianOf checks org_articled.go: Italian's "of" with its article
// read as one word, in leaderList's party part and alone, and the nouns
// it leaves apart.
func TestItalianOf(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Italia Dei Valori", "Italia del Valori", true},
		{"Casa delle Libertà", "Casa della Libertà", true},
		{"Partito dei Lavoratori", "Partito del Lavoro", false}, // the noun differs
		{"Italia Valori", "Italia del Valori", false},           // one "of" only
		{"Fratelli d'Italia", "Fratelli d'Italia", false},       // none
	} {
		if got := italianOfVariant(c.a, c.b, nil); got != c.want {
			t.Errorf("italianOfVariant(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Italia Dei Valori", "Lista di Pietro — Italia del Valori", true},
		{"Italia dei Valori", "Lista di Pietro — Italia dei Valori", true},
		{"Partito dei Lavoratori", "Lista di Pietro — Partito del Lavoro", false},
	} {
		for _, x := range [2][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := leaderList(x[0], x[1], nil); got != c.want {
				t.Errorf("leaderList(%q, %q) = %v; want %v", x[0], x[1], got, c.want)
			}
			if c.want && !m.Same(x[0], x[1]) {
				t.Errorf("Same(%q, %q) = false (%.3f); want true", x[0], x[1], m.Similarity(x[0], x[1]))
			}
		}
	}
}
