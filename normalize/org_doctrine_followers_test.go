package normalize

import "testing"

// TestDoctrineFollowers checks doctrineFollowers
// (org_doctrine_followers.go) both ways round and through the matcher.
func TestDoctrineFollowers(t *testing.T) {
	checkRule(t, "doctrineFollowers", doctrineFollowers, []ruleCase{
		{"Rexism", "Rexists", true}, // Party Facts
		{"Rexists", "Rexism", true},
		{"Poujadism", "Poujadist", true},
		{"Rexism", "Rexist Party", false}, // a word more
		{"Rexism", "Rexalists", false},    // another stem
		{"Rexism", "Rexisms", false},      // no followers
		{"rexism", "rexists", false},      // not a name
		{"Ism", "Ists", false},            // no stem
	})
	checkSameBoth(t, devMatcher().Similarity, []sameCase{
		{"Rexism", "Rexists", true},
	})
}

// TestGroupMembers checks groupMembers (org_doctrine_followers.go) both
// ways round and through the matcher.
func TestGroupMembers(t *testing.T) {
	checkRule(t, "groupMembers", groupMembers, []ruleCase{
		{"Trudoviks", "Trudovaya gruppa", true}, // Party Facts
		{"Trudovaya gruppa", "Trudoviks", true},
		{"Grütlianer", "Grütliverein", true}, // Party Facts
		{"Grütliverein", "Grütlianer", true},
		{"Trudoviks", "Trudovaya partiya", false}, // not a group's word
		{"Trudoviks", "Narodnaya gruppa", false},  // another stem
		{"Trudoviks", "Trudovaya", false},         // no group's word
		{"Grütlianer", "Grütlipartei", false},     // not a society's word
		{"Grütlianer", "Bernverein", false},       // another stem
		{"Roviks", "Rovaya gruppa", false},        // a stem of fewer than four letters
	})
	checkSameBoth(t, devMatcher().Similarity, []sameCase{
		{"Trudoviks", "Trudovaya gruppa", true},
		{"Grütlianer", "Grütliverein", true},
		{"Trudoviks", "Narodnaya gruppa", false},
	})
}
