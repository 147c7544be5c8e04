package normalize

import "testing"

// TestNonPartisanNames checks nonPartisanNames (org_nonpartisan.go)
// both ways round and through the matcher.
func TestNonPartisanNames(t *testing.T) {
	checkRule(t, "nonPartisanNames", nonPartisanNames, []ruleCase{
		{"Non-Party List", "Nonpartisan List", true}, // Party Facts
		{"Nonpartisan List", "Non-Party List", true},
		{"Nonpartisan Bloc for Cooperation with the Government", "Non-Party Bloc for Cooperation with the Government", true},
		{"Non-party Bloc", "Non-partisan Bloc", true},
		{"Non-Party List", "Nonpartisan Bloc", false},         // another word
		{"Non-Party List", "Non-Party List of Gdansk", false}, // a word more
		{"Non-Party List", "Nonpartisan Lists", false},        // a letter more
		{"Non-Party List", "Non-Party List", false},           // one form: not this rule's
		{"Non-Partyists List", "Nonpartisan List", false},     // not the word
		{"Party List", "Partisan List", false},                // no Non-
	})
	checkSameBoth(t, devMatcher().Similarity, []sameCase{
		{"Non-Party List", "Nonpartisan List", true},
		{"Non-Party List", "Nonpartisan Bloc", false},
	})
}
