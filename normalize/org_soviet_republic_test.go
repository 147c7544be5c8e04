package normalize

import "testing"

// TestSovietRepublicNamed checks sovietRepublicNamed
// (org_soviet_republic.go) both ways round and through the matcher.
func TestSovietRepublicNamed(t *testing.T) {
	checkRule(t, "sovietRepublicNamed", sovietRepublicNamed, []ruleCase{
		{"Communist Party of Kirghiz Soviet Socialist Republic", "Communist Party of Kirghizia", true}, // Party Facts
		{"Communist Party of Kirghizia", "Communist Party of Kirghiz Soviet Socialist Republic", true},
		{"Communist Party of the Armenian SSR", "Communist Party of Armenia", true},
		{"Communist Party of Latvian Soviet Socialist Republic", "Communist Party of Latvia", true},
		{"Communist Party of Kirghiz Soviet Socialist Republic", "Communist Party of Kazakhstan", false}, // another country
		{"Communist Party of Kirghiz Soviet Socialist Republic", "Socialist Party of Kirghizia", false},  // another word
		{"Communist Party of Kirghiz Soviet Socialist Republic", "Communist Party of Kirghiz", false},    // the adjective alone: not a country's ending
		{"Communist Party of Kirghizia", "Communist Party of Kirghizia", false},                          // no republic
		{"Kirghiz Soviet Socialist Republic", "Kirghizia", false},                                        // no body
	})
	checkSameBoth(t, devMatcher().Similarity, []sameCase{
		{"Communist Party of Kirghiz Soviet Socialist Republic", "Communist Party of Kirghizia", true},
		{"Communist Party of Kirghiz Soviet Socialist Republic", "Communist Party of Kazakhstan", false},
	})
}
