package normalize

import "testing"

// TestNegationPrefix: a word and the same word after an English negating
// prefix are opposites (un-, non-, dis-, anti-; in- and its assimilated
// im-, il-, ir- before a Latinate adjective); a name whose doubled first
// consonant a short form drops stays one name.
func TestNegationPrefix(t *testing.T) {
	checkApart(t,
		[][2]string{{"Untranslated Segment", "Translated Segment"}, {"Unconfirmed Reports", "Confirmed Reports"},
			{"Unlimited Edition", "Limited Edition"}, {"Independent Party", "Dependent Party"},
			{"Irregular Forces", "Regular Forces"}, {"Illegitimate", "Legitimate"}, {"Inconsistent", "Consistent"}},
		[][2]string{{"Illarion", "Larion"}, {"Immanuel", "Manuel"}, {"Innocenzo", "Nocenzo"}, {"Illyria", "Lyria"},
			{"Untranslated Segment", "Untranslated Segmant"}})
	checkRule(t, "negationPrefix", apartRule((*wordApart).negationPrefix), []ruleCase{
		{"Untranslated Segment", "Translated Segment", true},
		{"Translated Segment", "Untranslated Segment", true}, // either order
		{"Nonresident", "Resident", true},
		{"Dishonest", "Honest", true},
		{"Antimissile", "Missile", true},
		{"Impossible", "Possible", true},                   // im- before p
		{"Illegal Aliens", "Legal Aliens", true},           // il- before l
		{"Irregular", "Regular", true},                     // ir- before r
		{"Inactive", "Active", true},                       // in- before a vowel
		{"Inpossible", "Possible", false},                  // in- is im- before p
		{"Imlegal", "Legal", false},                        // im- only before b, m, p
		{"Illarion", "Larion", false},                      // il-, but no Latinate adjective's ending
		{"Immanuel", "Manuel", false},                      // im-, likewise
		{"Ungar", "Gar", false},                            // the rest too short
		{"Rethink", "Think", false},                        // re- negates nothing
		{"Untranslated", "Translatd", false},               // not the other word letter for letter
		{"Untranslated Text", "Translated Segment", false}, // two words differ
	})
}
