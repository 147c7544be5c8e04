package normalize

import "testing"

// TestOneWordParty checks org_oneword.go's reading of a party of one word
// against that word with the head noun of a party or movement (pairs of
// the Party Facts design part and written here) alone, and that names
// match's matcher calls the pairs it reads one name (Socialist and the
// Socialist Party are one name to another stage already).
func TestOneWordParty(t *testing.T) {
	checkOrgRule(t, "oneWordParty", oneWordParty, []ruleCase{
		{"Likud", "Likud Movement", true},
		{"Likud", "Likud Party", false}, // org_party.go: the Watanabe Party, Watanabe
		{"Watanabe", "Watanabe Party", false},
		{"THIRD", "Third Party", false}, // an ordinal
		{"BESA", "Besa Movement", true},
		{"FUNCINPEC", "Funcinpec Party", true},
		{"Partido Podemos", "Podemos", true},
		{"Hamas", "Hamas Movement", true},
		// another body's head noun, a head noun or a people's word alone,
		// a word of the tables, a country, a word more
		{"Hezbollah", "Hezbollah Brigades", false},
		{"Toyota", "Toyota Bank", false},
		{"Congress", "Congress Party", false},
		{"Arab", "Arab League", false},
		{"African", "African Party", false},
		{"Socialist", "Socialist Party", false},
		{"Georgia", "Georgia Party", false},
		{"LIKUD", "Likud Youth Party", false},
		{"Likud", "Kadima Party", false},
	})
}

// TestOwnWordSubtitle checks the reading of a party's own word with a
// subtitle after a dash (pairs of the Party Facts design part and written
// here), alone and through names match's matcher.
func TestOwnWordSubtitle(t *testing.T) {
	checkOrgRule(t, "ownWordSubtitle", ownWordSubtitle, []ruleCase{
		{"Smer", "SMER – Social Democracy", true},
		{"Fidesz", "Fidesz - Hungarian Civic Alliance", true},
		{"Respect - The Unity Coalition", "Respect Party", true},
		{"Zares - nova politika", "Zares – Socialno-Liberalni", true},
		{"Fidesz", "Fidesz- Magyar Polgari Part", true},                                  // a hyphen with a space after it
		{"Fidesz", "Fidesz–Magyar Polgári Párt", true},                                   // an en dash without spaces
		{"Fidesz", "Fidesz – KDNP", false},                                               // an acronym after the dash: a coalition
		{"Fidesz", "Fidesz–KDNP pártszövetség", false},                                   // the same, the acronym first
		{"Smer", "Smer-Sociálna Demokracia", false},                                      // a hyphen before a capital: ownWordDash reads no subtitle
		{"Fidesz - MDF", "Fidesz – Hungarian Democratic Forum", false},                   // the same
		{"Indonesian Democratic Party – Struggle", "Indonesian Democratic Party", false}, // no word of its own
		{"Our Ukraine – People's Self-Defense Bloc", "Our Ukraine", false},
		{"Georgian Dream — Democratic Georgia", "Democratic Georgia", false},
		{"Smer", "Smer – Struggle", false}, // a subtitle of one word
		{"Smer", "Smer", false},            // no dash
	})
}
