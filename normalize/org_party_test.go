package normalize

import "testing"

// TestPartyShortForm: a party is named without the word party, and without
// the country it is the party of (AP Stylebook, "political parties and
// philosophies"; Chicago Manual of Style 8.65; The Economist's and the
// Guardian's style guides: Labour, the Democrats, the Conservatives); a
// state's or province's party, other words before the name, an ordinal or
// a generic word, another party's name keep two names apart. The names are
// written from the convention (none is a pair of the development set).
func TestPartyShortForm(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Labour Party of the United Kingdom", "Labour", true},
		{"New Zealand Labour Party", "Labour", true},
		{"Norwegian Progress Party", "Progress", true},
		{"Conservative Party", "Conservatives", true},
		{"Democratic Party", "Democrats", true},
		{"Republican Party", "Republicans", true},
		{"Liberal Party of Australia", "Liberals", true},
		{"Green Party of Canada", "Green", true},
		{"Socialist Party", "Socialists", true},
		{"National Freedom Party", "Freedom", true},
		{"Kenyan National Jubilee Party", "Jubilee", true},
		{"Bharatiya Janata Party", "Bharatiya Janata", true},
		{"Norwegian Labour Party", "LABOUR", true},
		{"Watanabe Party", "Watanabe", false},        // the man
		{"Mito Party", "Mito", false},                // the place
		{"Montana Green Party", "Greens", false},     // a state's party: a branch
		{"Quebec Liberal Party", "Liberals", false},  // a province's
		{"Country Liberal Party", "Liberals", false}, // another word before the name
		{"Liberal Democratic Party", "Democrats", false},
		{"Social Democratic Party", "Democratic", false},
		{"Third Party", "Third", false}, // an ordinal
		{"National Party", "National", false},
		{"Kenyan Party", "Kenyan", false},
		{"Green Party", "Green Movement", false},
		{"Labour Party", "Labour Union", false},
		{"Liberal Party of Quebec", "Liberals", false},
		{"Progress Party", "Prosperity", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
	// The rule alone, on pairs the matcher may read otherwise: the head
	// noun must be Party, the short form a name in capitals.
	for _, c := range [][2]string{
		{"Labour", "Labour Movement"},
		{"labour", "Labour Party"},
		{"Jubilee", "Jubilee Party Congress"},
		{"Greens", "Green Party of Quebec"},
		{"People's", "People's Party"},
		{"Party", "National Party"},
		{"Free Party", "Free Party Party"},
	} {
		if partyShortForm(c[0], c[1]) {
			t.Errorf("partyShortForm(%q, %q) = true", c[0], c[1])
		}
	}
}

// TestPartyWordOrPlural: the members' plural English makes from a party's
// adjective or noun.
func TestPartyWordOrPlural(t *testing.T) {
	checkRule(t, "partyWordOrPlural", partyWordOrPlural, []ruleCase{
		{"Liberal", "Liberals", true},
		{"Democratic", "Democrats", true},
		{"Green", "Greens", true},
		{"Labour", "LABOUR", true},
		{"Democratic", "Democrat", false},
		{"Civic", "Civs", false},
		{"Green", "Greenes", false},
	})
}
