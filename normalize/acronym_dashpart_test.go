package normalize

import "testing"

// TestDashPartAcronym checks dashPartAcronym (acronym_dashpart.go):
// the acronym of one part of a dashed name, the rest words.
func TestDashPartAcronym(t *testing.T) {
	checkRule(t, "dashPartAcronym", dashPartAcronym, []ruleCase{
		{"PNV", "Partido Nacionalista Vasco — Euzko Alderdi Jeltzalea", true}, // Party Facts
		{"PNV", "Partido Nacionalista Vasco - Euzko Alderdi Jeltzalea", true},
		{"PNV", "Partido Nacionalista Vasco — EAJ", false},                                 // another party's acronym: a coalition
		{"PNV", "Partido Nacionalista Vasco — Jeltzalea", false},                           // one word after the dash
		{"EAJ", "Partido Nacionalista Vasco — Euzko Alderdi Jeltzalea", true},              // the second part's
		{"ORaH", "Zelena alternativa - Održivi razvoj Hrvatske", true},                     // Party Facts: in camel case, the part after the dash
		{"ORaH", "Green Alternative - Održivi razvoj Hrvatske", false},                     // an English subtitle
		{"OrAH", "Zelena alternativa - Održivi razvoj Hrvatske", false},                    // not the camel case of the words
		{"PNV", "Partido Nacionalista Vasco", false},                                       // no dash: isAcronymFor's
		{"PN", "Partido Nacionalista — Euzko Alderdi", false},                              // two letters
		{"PFLP", "Popular Front for the Liberation of Palestine – General Command", false}, // an English subtitle: a branch
		{"PNX", "Partido Nacionalista Vasco — Euzko Alderdi Jeltzalea", false},
	})
}

// TestPartyLetterAcronym checks partyLetterAcronym (acronym_dashpart.go):
// an acronym with the P of Party its name is written without.
func TestPartyLetterAcronym(t *testing.T) {
	checkRule(t, "partyLetterAcronym", partyLetterAcronym, []ruleCase{
		{"FAP", "Fijian Association", true}, // Party Facts: the Fijian Association Party
		{"SLFP", "Sri Lanka Freedom", true},
		{"FAP", "Fijian Association Movement", false}, // a head noun of its own
		{"FAP", "Fijian Association Party", false},    // isAcronymFor's
		{"FAB", "Fijian Association", false},          // not P
		{"AP", "Association", false},                  // two letters
		{"FXP", "Fijian Association", false},          // another letter
		{"FaP", "Fijian Association", false},          // not capitals
	})
}
