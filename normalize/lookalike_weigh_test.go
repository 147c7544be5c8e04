package normalize

import "testing"

// TestVowelsSwapped: two vowels of two syllables that change places make
// another name (Olivares, Oliveras), in either order; swapped neighbours
// (Frieda, Freida), i against y (Soltysiuk, Soltisyuk) and vowels beside
// another vowel stay one name.
func TestVowelsSwapped(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Olivares", "Oliveras"}, {"Salinas", "Salanis"}, {"Maria Olivares", "Maria Oliveras"}}),
		bothOrders([][2]string{{"Frieda", "Freida"}, {"Weiner", "Wiener"}, {"Soltysiuk", "Soltisyuk"},
			{"Reisman", "Riesman"}}))
	checkRule(t, "vowelsSwapped", apartRule((*wordApart).vowelsSwapped), []ruleCase{
		{"Olivares", "Oliveras", true},      // a and e change places
		{"Oliveras", "Olivares", true},      // either order
		{"Donati", "Donita", true},          // a and i
		{"Frieda", "Freida", false},         // neighbours: one digraph
		{"Soltysiuk", "Soltisyuk", false},   // y is no vowel here
		{"Ngaokesset", "Ngeokasset", false}, // a beside o: a diphthong
		{"Olivares", "Olivaras", false},     // one vowel changed, not swapped
		{"Olivares", "Alevaris", false},     // three letters differ
		{"Roland", "Lorand", false},         // consonants, not vowels
		{"Takatomo", "Takamoto", false},     // consonants
	})
}
