package normalize

import "testing"

// TestCompanyWordForms: a company's or a body's name with a word in
// another form of the same word (plural, a trade's adjective and noun, a
// participle and its noun, -ment, -er, a figure and its ordinal) is one
// name, both ways round and through the matcher; a word of another stem,
// another doctrine (-ist), another derivation (-ation, -ion after -or),
// another number, a person's name and a name without a company's or a
// body's word stay apart.
func TestCompanyWordForms(t *testing.T) {
	cases := []ruleCase{
		{"Gachsaran Oil and Gas Producing Company", "Gachsaran Oil and Gas Production Company", true},
		{"Etemad Amin Invest Company Mobin", "Etemad Amin Investment Company Mobin", true},
		{"Isfahan Optical Industry", "Isfahan Optics Industries", true},
		{"Etemad Amin Invest Co Mobin", "Etemad Amin Investment Company Mobin", true}, // a legal form inside
		{"Ural Diesel Engineer Plant LLC", "Ural Diesel Engine Plant LLC", true},
		{"101st Light Infantry Division", "101 Light Infantry Division", true},
		{"Tabriz Electronic Industries Company", "Tabriz Electronics Industries Company", true},
		// apart
		{"Southern Zagros Oil and Gas Exploration Company", "Southern Zagros Oil and Gas Production Company", false}, // another word
		{"7th Light Infantry Division", "9th Light Infantry Division", false},                                        // another number
		{"101st Light Infantry Division", "101nd Light Infantry Division", false},                                    // not 101's ordinal
		{"Social Democratic Party", "Socialist Democratic Party", false},                                             // -ist: a doctrine
		{"Bucharest General Company", "Bucharest Generation Company", false},                                         // -al against -ation
		{"National Renovator Party", "National Renovation Party", false},                                             // -or against -ion
		{"Bank Melli Iran", "Bank Mellat Iran", false},
		{"Optical Industry Isfahan", "Optics Industries Isfahan", false},   // no word the same but the forms'
		{"Sarmad Optical Industry", "Isfahan Optics Industries", false},    // the first word another
		{"Isfahan Optical Glass", "Isfahan Optics Glass", false},           // no company's or body's word
		{"Charley Granger Smith", "Charles Granger Smith", false},          // persons
		{"Isfahan Optical Industry", "Isfahan Optical Industry", false},    // one name: no rule needed
		{"Isfahan Optical Industry", "Isfahan Optical Industry Co", false}, // a word added: the legal-form rules'
	}
	var both []ruleCase
	for _, c := range cases {
		both = append(both, c, ruleCase{c.b, c.a, c.want})
	}
	checkOrgRule(t, "companyWordForms", companyWordForms, both)
	checkSameBoth(t, devMatcher().Similarity, []sameCase{
		{"Gachsaran Oil and Gas Producing Company", "Gachsaran Oil and Gas Production Co.", true}, // the legal forms read first
		{"Southern Zagros Oil and Gas Exploration Company", "Southern Zagros Oil and Gas Production Company", false},
		{"7th Brigade", "9th Brigade", false},
		{"Social Democratic Party", "Socialist Democratic Party", false},
	})
}

// TestWordFormsMeet: the pairs of endings and the ordinals, one way round.
func TestWordFormsMeet(t *testing.T) {
	checkRule(t, "wordFormsMeet", wordFormsMeet, []ruleCase{
		{"industry", "industries", true},
		{"optical", "optics", true},
		{"electronic", "electronics", true},
		{"producing", "production", true},
		{"invest", "investment", true},
		{"engine", "engineer", true},
		{"101", "101st", true},
		{"11", "11th", true},
		{"22", "22nd", true},
		{"113", "113th", true},
		{"11", "11st", false},
		{"processing", "procession", false},
		{"social", "socialist", false},
		{"general", "generation", false},
		{"mine", "mines", false}, // a stem under five letters
		{"12a", "12ath", false},
		{"co", "company", true},
		{"co", "ltd", false},
	})
}
