package normalize

import "testing"

// TestAdjectiveNeuter: a place named by a Russian adjective's neuter
// ending and one named by its masculine or feminine ending are two places
// (Donskoy, Donskoye), in either order; two spellings of one ending stay
// one name.
func TestAdjectiveNeuter(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Donskoy", "Donskoye"}, {"Lugovoy", "Lugovoye"}, {"Horodnye", "Horodnya"}}),
		bothOrders([][2]string{{"Donskoye", "Donskoe"}, {"Donskoy", "Donskoi"}, {"Eugenie", "Eugenia"}}))
	checkRule(t, "adjectiveNeuter", apartRule((*wordApart).adjectiveNeuter), []ruleCase{
		{"Donskoy", "Donskoye", true},      // -oy, -oye
		{"Donskoye", "Donskoy", true},      // either order
		{"Krasny", "Krasnoye", true},       // -y, -oye
		{"Krasnaya", "Krasnoe", true},      // -aya, -oe
		{"Sinyy", "Sineye", false},         // a stem of three letters
		{"Zelenyi", "Zelenoye", true},      // -yi, -oye
		{"Donskoye", "Donskoe", false},     // one neuter ending
		{"Donskoy", "Donskoi", false},      // one masculine ending
		{"Peasley", "Peaslee", false},      // -ee is no neuter ending read here
		{"Troy", "Troye", false},           // a stem of two letters
		{"Lugovoy", "Lugovaya", false},     // masculine and feminine: not read here
		{"Nikolskoye", "Nikolskiy", true},  // -oye, -iy
		{"Nikolskoye", "Nikolskaya", true}, // -oye, -aya
		{"Horodnye", "Horodnya", true},     // Ukrainian -є, -я
		{"Eugenie", "Eugenia", false},      // -ie, -ia: French and Latin
		{"Lugovoye", "Lugovoya", false},    // -oye read first: no stem alike
	})
}
