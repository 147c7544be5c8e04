package normalize

import "testing"

// TestPartyHeadAdded checks org_headadded.go's reading of a party's name
// with "Party of" (in any language) before it, alone and through names
// match's matcher, and the names it leaves to other rules or apart.
func TestPartyHeadAdded(t *testing.T) {
	checkOrgRule(t, "partyHeadAdded", partyHeadAdded, []ruleCase{
		{"Estonian Christian Democrats", "Party of Estonian Christian Democrats", true},
		{"La Renaissance du Benin", "Parti de la renaissance du Bénin", true},
		{`Political Party "Servant of the People"`, "Servant of the People", true},
		{"Party of the Democratic Left", "Democratic Left", true},
		{"Azerbaijan Popular Front", "Azerbaijani Popular Front Party", true}, // one country, two words
		{"Azerbaijan Popular Front", "Armenian Popular Front Party", false},   // two countries
		// a word not a head noun added, a head noun inside, one word, a head of no party
		{"Social Democratic Party", "Social Democratic Labour Party", false},
		{"Estonian Christian Democrats", "Party of Estonian Young Christian Democrats", false},
		{"Liberal State Party \"The Freedom League\"", "Freedom League", false},
		{"Umma", "Party of Umma", false},
		{"Coalition of the Bulgarian Socialist Party", "Bulgarian Socialist Party", false}, // a grouping of parties
		{"Bank of Estonian Farmers", "Estonian Farmers", false},
		{"Estonian Christian Democrats", "Estonian Christian Democrats", false},
	})
}
