package normalize

import "testing"

// TestCountryLastAcronym: an acronym of a name less a country named last
// without "of" (one or two words) reads, both ways round through the
// matcher; a place that is not a country, a word left out besides the
// country, a name of two words before it, an acronym of two letters and
// "of <country>" (placeLeftAcronym's) do not read here.
func TestCountryLastAcronym(t *testing.T) {
	checkRule(t, "countryLastAcronym", countryLastAcronym, []ruleCase{
		{"DFC", "Development Finance Corporation Belize", true},
		{"RLF", "Rugby League Federation New Zealand", true},           // a country of two words
		{"BFC", "Bahria Foundation College Attock", false},             // a town, not a country
		{"DFC", "Development Finance Corporation Trust Belize", false}, // a word left out besides the country
		{"FC", "Finance Corporation Belize", false},                    // two letters, two words
		{"DFC", "Development Finance Corporation of Belize", false},    // placeLeftAcronym's
		{"DFCB", "Development Finance Corporation Belize", false},      // the country spelt in the acronym: isAcronymFor's
		{"dfc", "Development Finance Corporation Belize", false},       // not capitals
	})
	checkSameBoth(t, devMatcher().Similarity, []sameCase{
		{"DFC", "Development Finance Corporation Belize", true},
		{"DFC", "Development Finance Company Belize", true},
		{"DFC", "Development Fund Council Belize", true},
		{"DIC", "Development Finance Corporation Belize", false},
		{"BFC", "Bahria Foundation College Attock", false},
	})
}
