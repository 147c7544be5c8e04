package normalize

import "testing"

// TestWingOfTheName checks wingOfTheName (org_wing.go) both ways round
// and through the matcher: Leftwing X, X of the Left.
func TestWingOfTheName(t *testing.T) {
	checkRule(t, "wingOfTheName", wingOfTheName, []ruleCase{
		{"Leftwing Revolutionary Nationalist Movement", "Revolutionary Nationalist Movement of the Left", true}, // Party Facts
		{"Revolutionary Nationalist Movement of the Left", "Leftwing Revolutionary Nationalist Movement", true},
		{"Left-wing Revolutionary Nationalist Movement", "Revolutionary Nationalist Movement of the Left", true},
		{"Right-wing Revolutionary Nationalist Movement", "Revolutionary Nationalist Movement of the Right", true},
		{"Leftwing Revolutionary Nationalist Movement", "Revolutionary Nationalist Movement of the Right", false}, // the other side
		{"Leftwing Revolutionary Nationalist Movement", "Revolutionary Nationalist Movement", false},              // no wing: a party and its wing
		{"Leftwing Revolutionary Movement", "Revolutionary Nationalist Movement of the Left", false},              // a word more
		{"Leftwing Socialists", "Socialists of the Left", false},                                                  // one word
		{"Left Revolutionary Nationalist Movement", "Revolutionary Nationalist Movement of the Left", false},      // not a wing's word
	})
	checkSameBoth(t, devMatcher().Similarity, []sameCase{
		{"Leftwing Revolutionary Nationalist Movement", "Revolutionary Nationalist Movement of the Left", true},
		{"Leftwing Revolutionary Nationalist Movement", "Revolutionary Nationalist Movement of the Right", false},
	})
}
