package normalize

import "testing"

// TestFamilyS: a family name with the genitive -s after -er, -en, -in or
// -ng, or with a doubled consonant, is another name than its stem
// (Rodgers, Rodger; Collins, Collin), in either order; a Latvian given
// name's -s (Igors, Vladimirs) and a stem of other shape stay one.
func TestFamilyS(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Rodgers", "Rodger"}, {"Collins", "Collin"}, {"Cummings", "Cumming"},
			{"Grubbs", "Grubb"}, {"Stevens", "Steven"}, {"Masters", "Master"}}),
		bothOrders([][2]string{{"Igors", "Igor"}, {"Vladimirs", "Vladimir"}, {"Arnolds", "Arnold"},
			{"Sergejs", "Sergej"}}))
	checkRule(t, "familyS", apartRule((*wordApart).familyS), []ruleCase{
		{"Rodgers", "Rodger", true},            // -er
		{"Rodger", "Rodgers", true},            // either order
		{"Steffens", "Steffen", true},          // -en, and a doubled consonant
		{"Atkins", "Atkin", true},              // -in
		{"Cummings", "Cumming", true},          // -ng
		{"Grubbs", "Grubb", true},              // a doubled consonant
		{"Anna Rodgers", "Anna Rodger", true},  // the last word
		{"Rodgers Anna", "Rodger Anna", false}, // not the last word
		{"Igors", "Igor", false},               // -or
		{"Damiens", "Damien", false},           // -en after a vowel
		{"Rodgers", "Rodgerz", false},          // no -s added
		{"Hess", "Hes", false},                 // under four letters
		{"Masters Club", "Master Club", false}, // not the last word
	})
}
