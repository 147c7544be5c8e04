package normalize

import "testing"

// TestStemVowelA: an East Slavic family name's stem vowel a (а, я) against
// i, y or iu (и, ы, ю) makes another name (Kulykovskyi, Kulakovskiy), in
// either order; the romanisations of one vowel (ia, ya; i, y; iu, yu),
// Ukrainian і for Russian o, and Belarusian a for Russian e stay one name.
func TestStemVowelA(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Kulykovskyi", "Kulakovskiy"}, {"Maliushevskyi", "Malashevskiy"},
			{"Kobylinskiy", "Kobylianskyi"}, {"Ivan Kulykovskyi", "Ivan Kulakovskiy"}}),
		bothOrders([][2]string{{"Kobylianskyi", "Kobylyanskiy"}, {"Kulykovskyi", "Kulikovskiy"},
			{"Maliushevskyi", "Malyushevskiy"}, {"Matkivskyi", "Matkovskiy"}, {"Svetlanov", "Sviatlanov"},
			{"Pyatnitskiy", "Piatnytskyi"}, {"Dyachenko", "Diachenko"}}))
	checkRule(t, "stemVowelA", apartRule((*wordApart).stemVowelA), []ruleCase{
		{"Kulykovskyi", "Kulakovskiy", true},    // y against a
		{"Kulakovskiy", "Kulykovskyi", true},    // either order
		{"Maliushevskyi", "Malashevskiy", true}, // iu against a
		{"Kobylinskiy", "Kobylianskyi", true},   // i against ia
		{"Filippovenko", "Filipavenko", false},  // o against a: Belarusian akanye
		{"Kovalenko", "Kovalanko", false},       // e against a: Belarusian
		{"Romanovich", "Ramanavich", false},     // o against a
		{"Parvanov", "Purvanov", false},         // a bare u: the Bulgarian ъ
		{"Kobylianskyi", "Kobylyanskiy", false}, // ia, ya: one я
		{"Mikhailov", "Mikhaylova", false},      // the last vowel: russianGender's
		{"Kulykovskyi", "Kulakovskaya", true},   // a stem vowel, whatever the ending
		{"Kulykovskyi", "Kulakowskiy", false},   // other consonants: w
		{"Mariano", "Marino", false},            // no East Slavic ending
		{"Kulykovskyi", "Pulakovskiy", false},   // another first letter
		{"Filippovich", "Filipavich", false},    // a doubled letter as one; o against a
		{"Filippynskiy", "Filipanskiy", true},   // a doubled letter as one; y against a
	})
}
