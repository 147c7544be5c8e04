package normalize

import (
	"slices"
	"testing"
)

// TestRomanianPlain checks romanianPlain (org_romanian.go) and, through
// orgKeyWords and the matcher, a Romanian party's name with and without
// its comma letters: one name, where another word stays another party.
func TestRomanianPlain(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"alianța", "alianta"},
		{"și", "si"},
		{"ţara", "tara"},     // the cedilla's t
		{"şcoala", "scoala"}, // the cedilla's s
		{"ȘTEFAN", "STEFAN"},
		{"partidul", "partidul"},
		{"élection", "élection"}, // other marks are Key's
	} {
		if got := romanianPlain(c.in); got != c.want {
			t.Errorf("romanianPlain(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	if got, want := orgKeyWords("Alianța Liberalilor și Democraților"), orgKeyWords("Alianta Liberalilor si Democratilor"); !slices.Equal(got, want) {
		t.Errorf("orgKeyWords: %q against %q; want one list", got, want)
	}
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Alianța Liberalilor și Democraților", "Partidul Alianta Liberalilor si Democratilor", true}, // Party Facts
		{"Alianța Liberalilor și Democraților", "Alianta Liberalilor si Democratilor", true},
		{"Alianța Liberalilor și Democraților", "Partidul Alianta Socialistilor si Democratilor", false}, // another word
		{"Alianța Liberalilor și Democraților", "Uniunea Liberalilor si Democratilor", false},            // another head noun
	})
}
