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
