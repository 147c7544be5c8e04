package normalize

import "testing"

// TestPartyFamily: a party whose name is a party family's word and Party
// is called by the word or its members' plural, with no country (von
// Beyme's families; the style manuals' Labour, the Greens, the Liberals);
// a faction after a man or a place, a generic word, a branch of a state or
// a province and other words before the family's keep two names apart.
// The names are written from the convention (none is a pair of the
// development set).
func TestPartyFamily(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Labour Party", "Labour", true},
		{"The Labour Party", "LABOUR", true},
		{"Labor Party", "Labor", true},
		{"Green Party", "the Greens", true},
		{"Green Party", "Greens", true},
		{"The Green Party", "Green", true},
		{"Liberal Party", "the Liberals", true},
		{"Pirate Party", "Pirates", true},
		{"Communist Party", "Communist", true},
		{"Agrarian Party", "Agrarians", true},
		{"Radical Party", "Radicals", true},
		{"Progressive Party", "Progressive", true},
		{"Green Party of Canada", "Greens", true},
		{"Watanabe Party", "Watanabe", false}, // a faction after a man
		{"Mito Party", "Mito", false},         // after a place
		{"National Party", "National", false}, // a word of many families' names
		{"National Party", "Nationals", false},
		{"Christian Party", "Christian", false},
		{"Montana Green Party", "Greens", false}, // a state's party
		{"Montana Green Party", "Green Party", false},
		{"Quebec Liberal Party", "Liberal", false}, // a province's
		{"Country Labour Party", "Labour", false},  // another word before
		{"Green Party", "Green Movement", false},
		{"Labour Party", "Labour Union", false},
		{"Pirate Party", "Pirate Bay", false},
		{"Green Party", "Gren", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
	checkRule(t, "partyShortForm", partyShortForm, []ruleCase{
		{"Labour", "Labour Party", true},
		{"the Greens", "Green Party", true},
		{"Pirates", "Pirate Party", true},
		{"Watanabe", "Watanabe Party", false},
		{"Reform", "Reform Party", false}, // not a family's word
		{"Greens", "Green Party Congress", false},
		{"the greens", "Green Party", false},
	})
}
