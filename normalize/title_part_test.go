package normalize

import "testing"

// TestTitlePart: a part of a work named by its own title after the
// series' or brand's common title (RDA 6.2.2.9: The Two Towers, not The
// Lord of the Rings. Part 2) is that part; the common title alone, one
// word after the colon, another title keep two names apart. The names
// are written from the convention (none is a pair of the development
// set).
func TestTitlePart(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"The Lord of the Rings: The Two Towers", "The Two Towers", true},
		{"Star Wars: The Empire Strikes Back", "The Empire Strikes Back", true},
		{"Harry Potter: Goblet of Fire", "GOBLET OF FIRE", true},
		{"Nintendo: Wii Sports Resort", "Wii Sports Resort", true},
		{"Alien: Resurrection", "Resurrection", false}, // one word
		{"Alien: Resurrection", "Alien", false},        // the common title: the first film
		{"Star Wars: The Empire Strikes Back", "Star Wars", false},
		{"Star Wars: The Empire Strikes Back", "The Empire Strikes Again", false},
		{"The Lord of the Rings: The Two Towers", "The Return of the King", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
	checkRule(t, "titlePartShortForm", titlePartShortForm, []ruleCase{
		{"The Two Towers", "The Lord of the Rings: The Two Towers", true},
		{"Two Towers", "The Lord of the Rings: The Two Towers", false}, // not the whole part
		{"The Two Towers", ": The Two Towers", false},                  // no common title
		{"the two towers", "The Lord of the Rings: The Two Towers", false},
		{"Resurrection", "Alien: Resurrection", false},
		{"The Two Towers", "The Lord of the Rings; The Two Towers", false},
	})
}
