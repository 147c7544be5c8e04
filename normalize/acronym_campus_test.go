package normalize

import "testing"

// TestCampusAcronym: a university system's campus, "System–Campus", is
// named by the system's acronym and the campus joined by the same dash or
// a hyphen (UW–Madison); another campus, a name whose acronym stands for
// other words, or the acronym alone keep two names apart. The names are
// written from the convention (none is a pair of the development set).
func TestCampusAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"University of Wisconsin–Madison", "UW–Madison", true},
		{"University of Wisconsin-Madison", "UW-Madison", true},
		{"University of Wisconsin–Madison", "UW-Madison", true},
		{"University of Missouri–Kansas City", "UM–Kansas City", true},
		{"Texas Southern University–Houston", "TSU–Houston", true},
		{"University of Wisconsin–Madison", "UW–Milwaukee", false},
		{"University of Wisconsin–Madison", "UM–Madison", false},
		{"University of Wisconsin–Madison", "UW", false},
		{"University of Wisconsin–Madison Alumni Association", "UW–Madison", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
	for _, c := range []struct{ in, want string }{
		{"UW–Madison", "UW Madison"},
		{"Coca-Cola", "Coca Cola"},
		{"A - B", "A - B"},
		{"F-16", "F-16"},
		{"–Madison", "–Madison"},
	} {
		if got := dashesAsSpaces(c.in); got != c.want {
			t.Errorf("dashesAsSpaces(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
