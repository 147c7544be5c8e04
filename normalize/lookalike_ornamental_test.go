package normalize

import "testing"

// TestOrnamentalHead: a compound family name with another second element
// of ornamentalHeads is another name (Rosenfeld, Rosenwald; Rosenbaum,
// Rosenblum), in either order; two spellings of one element, or an
// element of another language, stay one name.
func TestOrnamentalHead(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Rosenfeld", "Rosenwald"}, {"Greenfeld", "Greenwald"}, {"Rosenbaum", "Rosenblum"},
			{"Grunfeld", "Grunwald"}, {"David Rosenfeld", "David Rosenwald"}}),
		bothOrders([][2]string{{"Blumenthal", "Blumental"}, {"Rosenfeld", "Rosenfield"}}))
	checkRule(t, "ornamentalHead", apartRule((*wordApart).ornamentalHead), []ruleCase{
		{"Rosenfeld", "Rosenwald", true},   // feld, wald
		{"Rosenwald", "Rosenfeld", true},   // either order
		{"Goldstein", "Goldstern", true},   // stein, stern
		{"Rosenthal", "Rosenblatt", true},  // thal, blatt
		{"Blumenthal", "Blumental", false}, // thal and tal: one element
		{"Rosenblum", "Rosenblume", false}, // blum and blume: one element
		{"Rosenfeld", "Rosenfield", false}, // field in no row
		{"Rosenfeld", "Rasenwald", false},  // another first part
		{"Abfeld", "Abwald", false},        // a first part under four letters
	})
}
