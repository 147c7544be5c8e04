package normalize

import "testing"

// TestTownTon: an English place name whose head is -ton in one name and
// -town in the other is another place (Charleston, South Carolina, and
// Charlestown, Massachusetts; Kingston, Jamaica, and Kingstown, Saint
// Vincent), in either order; spellings of one head stay one name.
func TestTownTon(t *testing.T) {
	checkApart(t,
		[][2]string{{"Charleston", "Charlestown"}, {"Kingstown", "Kingston"}, {"Middleton", "Middletown"},
			{"Newtown", "Newton"}, {"Milton", "Milltown"}, {"Laketown", "Laketon"}},
		[][2]string{{"Charlestown", "Charlestowne"}, {"Kingston", "Kingstone"}, {"Newton", "Neuton"}})
	checkRule(t, "townTon", apartRule((*wordApart).townTon), []ruleCase{
		{"Charleston", "Charlestown", true},
		{"Charlestown", "Charleston", true},
		{"Milltown", "Milton", true},                      // a doubled consonant before the head
		{"Charleston Harbor", "Charlestown Harbor", true}, // one word of several
		{"Charlestown", "Charlestowne", false},            // one head
		{"Jamestown", "Jamestoun", false},                 // no -ton
		{"Eaton", "Etown", false},                         // the first part differs
		{"Kingston", "Kingtown", false},                   // the first part differs
		{"Ston", "Stown", false},                          // the first part too short
	})
}
