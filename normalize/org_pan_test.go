package normalize

import "testing"

// TestPanAdjective checks panAdjective (org_pan.go) both ways round and
// through the matcher.
func TestPanAdjective(t *testing.T) {
	checkRule(t, "panAdjective", panAdjective, []ruleCase{
		{"Malaysian Islamic Party", "Pan-Malaysian Islamic Party", true}, // Party Facts
		{"Pan-Malaysian Islamic Party", "Malaysian Islamic Party", true},
		{"The Malaysian Islamic Party", "The Pan-Malaysian Islamic Party", true},
		{"Arab Socialist Union", "Pan-Arab Socialist Union", false},         // a people's adjective
		{"African Congress", "Pan-African Congress", false},                 // a continent's
		{"Malaysian Islamic Party", "Pan-Malaysian Islamic Front", false},   // another word
		{"Malaysian Islamic Party", "Pan-Malaysian Islamic Parties", false}, // a letter more
		{"Malaysian", "Pan-Malaysian", false},                               // one word
		{"Malaysian Islamic Party", "Japan-Malaysian Islamic Party", false}, // not a word's start
	})
	checkSameBoth(t, devMatcher().Similarity, []sameCase{
		{"Malaysian Islamic Party", "Pan-Malaysian Islamic Party", true},
		{"Malaysian Islamic Party", "Pan-Malaysian Islamic Front", false},
	})
}
