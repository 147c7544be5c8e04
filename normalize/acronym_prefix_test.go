package normalize

import "testing"

// TestPrefixAbbreviation checks prefixAbbreviation (acronym_prefix.go)
// alone, one way round, and through the matcher both ways: the Party
// Facts abbreviations, and three letters that are a name or a word's
// beginning kept apart.
func TestPrefixAbbreviation(t *testing.T) {
	checkRule(t, "prefixAbbreviation", prefixAbbreviation, []ruleCase{
		{"SYN", "Synaspismos tis Aristeras", true}, // Party Facts
		{"Enh", "Enhedslisten - de Rød-Grønne", true},
		{"Shl", "Shlomtzion", true},
		{"SYN", "Synaspismos", true},
		{"Synaspismos", "SYN", false},              // one way round (eitherWay turns it)
		{"Ali", "Alimentation Couche-Tard", false}, // a vowel: a name as people's are written
		{"Max", "Maximilian", false},
		{"Abu", "Abubakar Shekau", false},
		{"ENH", "Enhedslisten", true},
		{"EnH", "Enhedslisten", false},              // neither capitals nor a word
		{"SYN", "Synaspis", true},                   // eight letters
		{"SYN", "Synapse", false},                   // seven
		{"SYN", "SYNASPISMOS", false},               // an acronym's letters
		{"SYN", "Syn Aspismos", false},              // the first word is the abbreviation
		{"SYR", "Synaspismos", false},               // another letter
		{"SY", "Synaspismos", false},                // two letters
		{"SYNA", "Synaspismos", false},              // four
		{"S.Y", "Synaspismos", false},               // no letters
		{"Shl", "Ashlomtzion", false},               // not its beginning
		{"Enh", "Unity List – Enhedslisten", false}, // not the first word
	})
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"SYN", "Synaspismos tis Aristeras", true},
		{"Enh", "Enhedslisten - de Rød-Grønne", true},
		{"Shl", "Shlomtzion", true},
		{"Ali", "Alimentation Couche-Tard", false},
		{"Max", "Maximilian", false},
		{"SYN", "Synapse", false},
	})
}

// TestAbbreviationByPrefix: the rule as acronymRules asks it, both ways
// round.
func TestAbbreviationByPrefix(t *testing.T) {
	for _, c := range []ruleCase{
		{"SYN", "Synaspismos tis Aristeras", true},
		{"Synaspismos tis Aristeras", "SYN", true},
		{"Max", "Maximilian", false},
		{"Maximilian", "Max", false},
	} {
		if got := abbreviationByPrefix(c.a, c.b, nil); got != c.want {
			t.Errorf("abbreviationByPrefix(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
