package normalize

import (
	"slices"
	"testing"
)

// TestCamelAcronym checks the abbreviations by syllables in camel case
// (pairs of the Party Facts design part, and look-alikes written here),
// alone and through names match's matcher.
func TestCamelAcronym(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		short, full string
		want        bool
	}{
		{"AhAv", "Ahdut HaAvoda", true},
		{"DeTo", "Degel HaTorah", true},
		{"EvroKo", "Evropaiko Komma", true},
		{"RepG", "Républicaine gauche", true},
		{"DeLuca", "Dennis Lucas", false},            // a part most of its word
		{"AhAv", "Ahdut HaAvoda Poalei Zion", false}, // a word left over
		{"AhAvPo", "Ahdut HaAvoda", false},           // a part left over
		{"EvroKo", "Komma Evropaiko", false},         // another order
		{"Evroko", "Evropaiko Komma", false},         // not camel case
		{"EVROKO", "Evropaiko Komma", false},
		{"McCain", "Mary Caine", false},
	} {
		if got := camelAcronym(c.short, c.full); got != c.want {
			t.Errorf("camelAcronym(%q, %q) = %v; want %v", c.short, c.full, got, c.want)
		}
		if c.want && !m.Same(c.short, c.full) {
			t.Errorf("Same(%q, %q) = false (%.3f); want true", c.short, c.full, m.Similarity(c.short, c.full))
		}
	}
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"AhAv", []string{"ah", "av"}},
		{"ORaH", []string{"o", "ra", "h"}},
		{"RépG", []string{"rep", "g"}},
		{"Shas", nil},
		{"NATO", nil},
		{"ahAv", nil},
		{"Ah-Av", nil},
	} {
		if got := camelParts(c.s); !slices.Equal(got, c.want) {
			t.Errorf("camelParts(%q) = %q; want %q", c.s, got, c.want)
		}
	}
}

// TestMayBeCamel checks camelAcronym's quick test: it must pass every
// word camelParts splits, and it turns away names of two words.
func TestMayBeCamel(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"AhAv", true}, {"ORaH", true}, {"RépG", true}, {"EvroKo", true},
		{"Shas", false}, {"NATO", false}, {"Ahdut HaAvoda", false}, {"McCain Smith", false},
	} {
		if got := mayBeCamel(c.s); got != c.want {
			t.Errorf("mayBeCamel(%q) = %v; want %v", c.s, got, c.want)
		}
		if got := camelParts(c.s); got != nil && !mayBeCamel(c.s) {
			t.Errorf("camelParts(%q) = %q, but mayBeCamel is false", c.s, got)
		}
	}
}
