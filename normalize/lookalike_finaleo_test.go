package normalize

import "testing"

// TestFinalEO: a word's last e against o after k or n is another mora, so
// another name (Japanese -suke, -suko; -ne, -no), unless the conventions
// finalVowel leaves it to apply: Wade-Giles ko for Pinyin ke or ge in a
// word whose other syllables both systems write alike (Haike, Haiko), and
// the Ukrainian -e for the Russian neuter -o of a place named by a
// possessive -in, -yn (Borodino, Borodine) or -ov (Petrovo, Petrove).
func TestFinalEO(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Daisuke", "Daisuko"}, {"Tomoke", "Tomoko"}, {"Yasune", "Yasuno"},
			{"Kimone", "Kimono"}}),
		bothOrders([][2]string{{"Borodino", "Borodine"}, {"Petrovo", "Petrove"}, {"Huangho", "Huanghe"},
			{"Beata", "Beate"}, {"Catherine", "Katherine"}, {"Aleksandr", "Alexander"}}))
	checkRule(t, "finalVowel", apartRule((*wordApart).finalVowel), []ruleCase{
		{"Daisuke", "Daisuko", true},    // d: no Wade-Giles
		{"Daisuko", "Daisuke", true},    // either order
		{"Tomoke", "Tomoko", true},      // tomo: no Pinyin syllables
		{"Yasune", "Yasuno", true},      // u before n: no possessive -in
		{"Haike", "Haiko", false},       // hai: Pinyin and Wade-Giles alike
		{"Haiko", "Haike", false},       // either order
		{"Borodino", "Borodine", false}, // Ukrainian -ine
		{"Ilyino", "Ilyine", false},     // after y
		{"Huangho", "Huanghe", false},   // after h: Wade-Giles ho
	})
}
