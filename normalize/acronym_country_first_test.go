package normalize

import "testing"

// TestCountryFirstAcronym: an acronym of "X of <country>" written with the
// country's initials first ("<country's adjective> X"), three capitals or
// more, the country the name's last words and the rest spelled whole.
func TestCountryFirstAcronym(t *testing.T) {
	for _, c := range []struct {
		acr, full string
		want      bool
	}{
		{"CCP", "Communist Party of China", true},           // the Chinese Communist Party
		{"CCP", "Communist Party of Cuba", true},            // the Cuban Communist Party
		{"SACP", "Communist Party of South Africa", true},   // two words of the country
		{"NZLP", "Labour Party of New Zealand", true},       // two words of the country
		{"GNB", "National Bank of Greece", true},            // Greek National Bank
		{"CPC", "Communist Party of China", false},          // the English order: isAcronymFor's, not this rule's
		{"CCP", "Communist Party of Chile Santiago", false}, // a word after the country
		{"CCP", "Communist Party of Bavaria", false},        // not a country
		{"BCP", "Communist Party of China", false},          // another country's letter
		{"CCPB", "Communist Party of China", false},         // a letter too many
		{"CC", "Communist of China", false},                 // two letters
		{"CP", "Party of China", false},                     // two letters
		{"CCP", "Communist Party of china", false},          // not a proper noun
		{"SAP", "Communist Party of South Africa", false},   // a word of the name left out
		{"CCP", "Communist Party in China", true},           // "in" as splitCountrySuffix reads it
	} {
		if got := countryFirstAcronym(c.acr, c.full); got != c.want {
			t.Errorf("countryFirstAcronym(%q, %q) = %v, want %v", c.acr, c.full, got, c.want)
		}
	}
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Communist Party of China", "CCP", true},
		{"CCP", "Communist Party of Cuba", true},
		{"Communist Party of China", "BCP", false},
		{"Communist Party of Chile Santiago", "CCP", false},
	} {
		if got := m.Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.want, m.Similarity(c.a, c.b))
		}
	}
}
