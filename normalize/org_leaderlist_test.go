package normalize

import "testing"

// TestLeaderList checks org_leaderlist.go's reading of a party's name with
// a list named for its leader beside it after a dash (Party Facts design
// pairs and pairs written here), alone and through names match's matcher
// both ways; a part with a word the tables know, a second dash, Bloc for
// List, or another party's name keep the names apart.
func TestLeaderList(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Positive Slovenia", "Zoran Janković's List — Positive Slovenia", true},
		{"Lista Zorana Jankovića – Pozitivna Slovenija", "Pozitivna Slovenija", true},
		{"Italia dei Valori", "Lista di Pietro — Italia dei Valori", true},
		{"Positive Slovenia", "Positive Slovenia - List of Zoran Janković", true},
		// a word of the tables, a subtitle, an ally
		{"Civic Platform", "Civic List — Civic Platform", false},
		{"Golden Dawn", "Popular Association - Golden Dawn", false},
		{"Positive Slovenia", "Democratic List — Positive Slovenia", false},
		{"Positive Slovenia", "Zoran Janković's Bloc — Positive Slovenia", false},
		{"Positive Slovenia", "Zoran Janković — Positive Slovenia — Civic List", false},
		{"Positive Slovenia", "Zoran Janković's List — Positive Croatia", false},
		{"Positive Slovenia", "Zoran Janković's List", false},
		{"Positive Slovenia", "List of Zoran Janković Ivan Grubisic Milan Bandic — Positive Slovenia", false}, // four names
	} {
		if got := leaderList(c.a, c.b, nil); got != c.want {
			t.Errorf("leaderList(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
		if got := leaderList(c.b, c.a, nil); got != c.want {
			t.Errorf("leaderList(%q, %q) = %v; want %v", c.b, c.a, got, c.want)
		}
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v (%.3f); want %v", c.a, c.b, got, m.Similarity(c.a, c.b), c.want)
		}
		if got := m.Same(c.b, c.a); got != c.want {
			t.Errorf("Same(%q, %q) = %v; want %v", c.b, c.a, got, c.want)
		}
	}
}
