package normalize

import "testing"

// TestWomansEnding: a given name whose stem ends in a consonant and which
// ends in the stressed -ene in one name and in an unstressed -in, -yn, -an
// or -on in the other (Raylene, Raylon), or in the masculine -us or -os in
// one and the English -y, -ie, -ee or -ey in the other (Amos, Amy), is
// another name, in either order; -en against -ene (Marlen, Marlene: the e
// a Russian or German spelling drops), a stem that ends in a vowel (Kean,
// Keene; the Latin -ius against the Slavic -iy: Gennadius, Gennadiy) and
// a bare -i (Petros, Petri: the Greek and the Finnish Peter) stay one name.
func TestWomansEnding(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Raylene", "Raylon"}, {"Darlene", "Darlin"}, {"Charlene", "Charlyn"},
			{"Amos", "Amy"}, {"Rufus", "Rufie"}, {"Santos", "Santee"}}),
		bothOrders([][2]string{{"Marlen", "Marlene"}, {"Kean", "Keene"}, {"Gennadius", "Gennadiy"},
			{"Helen", "Helene"}, {"Catherine", "Katherine"}, {"Aleksandr", "Alexander"}}))
	checkRule(t, "womansEnding", apartRule((*wordApart).womansEnding), []ruleCase{
		{"Raylene", "Raylon", true},        // -ene, -on
		{"Raylon", "Raylene", true},        // either order
		{"Charlene", "Charlyn", true},      // -yn
		{"Amos", "Amy", true},              // -os, -y
		{"Rufie", "Rufus", true},           // either order
		{"Santos", "Santey", true},         // -ey
		{"Mary Rufus", "Mary Rufie", true}, // one word of a name
		{"Marlen", "Marlene", false},       // -en: a dropped e
		{"Kean", "Keene", false},           // a vowel before -ene
		{"Gennadius", "Gennadiy", false},   // -ius, -iy
		{"Petros", "Petri", false},         // a bare -i
		{"Rufus", "Rufo", false},           // no English ending
		{"Raylene", "Raylen", false},       // -en
		{"Raylene", "Rayline", false},      // no -n
		{"Us", "Y", false},                 // no stem
		{"Caroline", "Carolyn", false},     // -ine
	})
}
