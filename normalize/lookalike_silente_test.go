package normalize

import "testing"

// TestSilentEY: an English name whose silent final e (after a vowel and a
// consonant) is a y, or has a y after it, in the other name is another
// name, a syllable more (Blake, Blakey; Crane, Craney), in either order;
// an e after two consonants (Jesse, Jessy) and the variants every
// look-alike rule keeps stay one name.
func TestSilentEY(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Blake", "Blakey"}, {"Crane", "Craney"}, {"Blake", "Blaky"}}),
		bothOrders([][2]string{{"Jesse", "Jessy"}, {"Catherine", "Katherine"}, {"Philip", "Phillip"},
			{"Aleksandr", "Alexander"}}))
	checkRule(t, "silentEY", apartRule((*wordApart).silentEY), []ruleCase{
		{"Blake", "Blakey", true},            // y after e
		{"Blakey", "Blake", true},            // either order
		{"Blake", "Blaky", true},             // y for e
		{"Blaky", "Blake", true},             // either order
		{"Jesse", "Jessy", false},            // e after two consonants
		{"Kate", "Katy", false},              // under five letters
		{"Marie", "Mary", false},             // e after a vowel
		{"Blake", "Blakes", false},           // no y
		{"Paul Crane", "Paul Craney", false}, // a name of two words
	})
}
