package normalize

import "testing"

// TestAcronymInName checks acronymInName (acronym_inname.go): an acronym
// written inside its name after the words it abbreviates, or before a
// dash with a hyphen, and what it keeps apart.
func TestAcronymInName(t *testing.T) {
	checkRule(t, "acronymInName", acronymInName, []ruleCase{
		{"NAP", "Bangladesh National Awami Party - Bangladesh NAP", true}, // Party Facts
		{"NAP", "National Awami Party (NAP)", false},                      // not a word of its own
		{"NAP", "Bangladesh NAP", false},                                  // no words it abbreviates
		{"NAP", "Bangladesh NAP - National Awami Party", false},           // the words after it
		{"KDNP", "Fidesz - KDNP", false},                                  // a coalition: another party's name before it
		{"NAP", "National Party - Bangladesh NAP", false},                 // another letter
		{"NAP", "National Awami - Party NAP", false},                      // the run crosses a dash
		{"EUSTOP", "EU-STOP – EU-Austritt, Direkte Demokratie, Neutralität, EU-Stop", true},
		{"EUSTOP", "EU-STOP – KDNP", false},                  // a coalition's acronym after the dash
		{"EUSTOP", "EU-STOP", false},                         // no dash: isAcronymFor's and the letters'
		{"EUSTOP", "EU-START – EU-Austritt, Direkte", false}, // another word
		{"EUSTOP", "Eu-Stop – EU-Austritt, Direkte", false},  // not capitals
		{"Nap", "Bangladesh National Awami Party - Bangladesh Nap", false},
	})
}

// TestAcronymsOneByOne checks acronymsOneByOne, the line of acronymRules
// that asks the rules of acronym_inname.go,
// acronym_cyrillic.go and acronym_dashpart.go, both ways round, and
// through the matcher.
func TestAcronymsOneByOne(t *testing.T) {
	cases := []sameCase{
		{"NAP", "Bangladesh National Awami Party - Bangladesh NAP", true},
		{"EUSTOP", "EU-STOP – EU-Austritt, Direkte Demokratie, Neutralität, EU-Stop", true},
		{"TS LKD", "Tėvynės sąjunga", false}, // another's beside it: a coalition's shape too (BWP-PSB)
		{"ER", "Yedinaya Rossiya", true},
		{"SDA", "Sociálnodemokratická alternatíva", true},
		{"PNV", "Partido Nacionalista Vasco — Euzko Alderdi Jeltzalea", true},
		{"FAP", "Fijian Association", true},
		{"NAP", "National Party - Bangladesh NAP", false},
		{"ES", "Yedinaya Rossiya", false},
		{"SDB", "Sociálnodemokratická alternatíva", false},
		{"PNV", "Partido Nacionalista Vasco — EAJ", false},
		{"FAP", "Fijian Association Movement", false},
	}
	for _, c := range cases {
		if got := acronymsOneByOne(c.a, c.b, nil); got != c.same {
			t.Errorf("acronymsOneByOne(%q, %q) = %v; want %v", c.a, c.b, got, c.same)
		}
		if got := acronymsOneByOne(c.b, c.a, nil); got != c.same {
			t.Errorf("acronymsOneByOne(%q, %q) = %v; want %v", c.b, c.a, got, c.same)
		}
	}
	checkSameBoth(t, devMatcher().Similarity, cases)
}

// TestAcronymAndName checks acronymAndName's quick test: the short name
// opens with two capitals, the long one has two words or more.
func TestAcronymAndName(t *testing.T) {
	for _, c := range []struct {
		a, b, acr, full string
		ok              bool
	}{
		{"NAP", "National Awami Party", "NAP", "National Awami Party", true},
		{"National Awami Party", "NAP", "NAP", "National Awami Party", true},
		{"Nap", "National Awami Party", "", "", false},
		{"NAP", "Nationalists", "", "", false},
		{"NAP", "NA P", "", "", false}, // the long one not four bytes longer
	} {
		acr, full, ok := acronymAndName(c.a, c.b)
		if acr != c.acr || full != c.full || ok != c.ok {
			t.Errorf("acronymAndName(%q, %q) = %q, %q, %v; want %q, %q, %v", c.a, c.b, acr, full, ok, c.acr, c.full, c.ok)
		}
	}
}
