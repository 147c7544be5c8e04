package normalize

import "testing"

// TestCountryWordVariant: a party's native name with its country named in
// two forms (Party Facts' variants), and what must stay apart: two
// countries, a word that names no country, a word more, no head noun.
func TestCountryWordVariant(t *testing.T) {
	checkOrgRule(t, "countryWordVariant", countryWordVariant, []ruleCase{
		{"Norges Kommunistiske Parti", "Norske kommunistiske parti", true},
		{"Latviešu Zemnieku Savienība", "Latvijas Zemnieku savieniba", true},
		// two countries
		{"Slovenska ljudska stranka", "Slovenija ljudska stranka", false}, // Slovenská names neither
		{"Norske kommunistiske parti", "Danske kommunistiske parti", false},
		{"Latvijas Zemnieku savieniba", "Lietuvos Zemnieku savieniba", false},
		// another word apart too, or a word more
		{"Norges Kommunistiske Parti", "Norske sosialistiske parti", false},
		{"Norges Kommunistiske Parti", "Norske Kommunistiske Arbeiderparti Parti", false},
		// no political head noun
		{"Norges Bank", "Norske Bank", false},
		{"Norges Kommunistiske Parti", "Norges Kommunistiske Parti", false}, // nothing apart: not this rule's
	})
}
