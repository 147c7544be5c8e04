package normalize

import (
	"testing"

	"golang.org/x/text/language"
)

// TestCheckIrishO: the Irish O' (Ó, "descendant of") makes a surname of
// its own: O'Connor is no spelling of Connor, nor О'Брайен (O'Brien) of
// Брайан (Brian), though their letters score as one name; a check of
// WMT21 news reported "Брайан" -> "О'Брайен". "OBrien", written without
// the apostrophe, still is a spelling of "O'Brien".
func TestCheckIrishO(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		text string
		want int
	}{
		{language.English, "Kate O'Connor spoke first. Then Kate O'Connor left. Kate O'Connor was tired.\nLater Kate Connor arrived.\n", 0},
		{language.English, "Kate Connor spoke first. Then Kate Connor left. Kate Connor was tired.\nLater Kate O'Connor arrived.\n", 0},
		{language.Russian, "Джеймс О'Брайен заявил. Потом Джеймс О'Брайен ушёл. Затем Джеймс О'Брайен вернулся.\nПотом пришёл Джеймс Брайан.\n", 0},
		{language.English, "Kate O'Brien spoke first. Then Kate O'Brien left. Kate O'Brien was tired.\nLater Kate OBrien arrived.\n", 1},
	} {
		g := BuildGlossary(nil, GlossaryOptions{Lang: c.lang})
		_, got := collectRewrite(t, g, c.text, true)
		if len(got) != c.want {
			t.Errorf("check of %q: %q; want %d reports", c.text, got, c.want)
		}
	}
}

func TestIrishOApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"O'Connor", "Connor", true},
		{"Connor", "O’Connor", true},
		{"О'Брайен", "Брайан", true},
		{"Kate O'Connor", "Kate Connor", true},
		{"O'Brien", "OBrien", false},
		{"O'Brien", "O'Brian", false},
		{"Connor", "Conor", false},
		{"Olsen", "Olson", false},
	} {
		if got := irishOApart(c.a, c.b); got != c.want {
			t.Errorf("irishOApart(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
