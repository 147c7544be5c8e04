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

// TestStemVowelInserted: an East Slavic family name with a vowel put in
// between two consonants of its stem is another name (Bolotnyuk,
// Boloteniuk), in either order; the soft sign written i, y or not at all,
// and the glide of я, stay one name.
func TestStemVowelInserted(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Bolotnyuk", "Boloteniuk"}, {"Petro Bolotnyuk", "Petro Boloteniuk"}, {"Yermolyev", "Yermolaiev"}}),
		bothOrders([][2]string{{"Bolotniuk", "Bolotnyuk"}, {"Kovalyov", "Kovalov"}, {"Sergeyev", "Sergeev"},
			{"Korniev", "Korneyev"}}))
	checkRule(t, "stemVowelInserted", apartRule((*wordApart).stemVowelInserted), []ruleCase{
		{"Bolotnyuk", "Boloteniuk", true},  // e between t and n; i against y
		{"Boloteniuk", "Bolotnyuk", true},  // either order
		{"Minkov", "Minakov", true},        // a between n and k
		{"Yermolyev", "Yermolaiev", true},  // a before the glide of е, є
		{"Yermolyev", "Yermolyaev", false}, // a after it: я against е
		{"Korniev", "Korneyev", false},     // e before it: Ukrainian і, Russian е
		{"Kovalov", "Kovalyov", false},     // y: the glide of ё
		{"Sergeev", "Sergeyev", false},     // y: the glide of е
		{"Ilinskiy", "Ilyinskiy", false},   // y: the soft sign
		{"Kathryn", "Katheryn", false},     // -yn: no ending read here
		{"Minkov", "Minkova", false},       // an ending, not between consonants
		{"Volkov", "Voilkov", false},       // i: read as the soft sign's
		{"Minkov", "Mainkov", false},       // beside a vowel
		{"Karlovich", "Karolowich", false}, // w: another system, another letter
		{"Minkov", "Pinakov", false},       // another first letter
	})
}

// TestStemVoicing: an East Slavic family name with a stop or f voiced in
// one name and voiceless in the other is another name (Khodkevych,
// Khotkevich), in either order; its vowels spelled the Ukrainian and the
// Russian way stay one name.
func TestStemVoicing(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Khodkevych", "Khotkevich"}, {"Ivan Khodkevych", "Ivan Khotkevich"}}),
		bothOrders([][2]string{{"Khodkevych", "Khodkevich"}, {"Merfyn", "Mervyn"}}))
	checkRule(t, "stemVoicing", apartRule((*wordApart).stemVoicing), []ruleCase{
		{"Khodkevych", "Khotkevich", true},  // d against t; y against i
		{"Khotkevich", "Khodkevych", true},  // either order
		{"Sobchenko", "Sopchenko", true},    // b against p
		{"Grabov", "Grafov", false},         // b against f: no voicing pair
		{"Khodkevych", "Khodkevich", false}, // the same consonants
		{"Merfyn", "Mervyn", false},         // -yn: no ending read here
		{"Petrovna", "Petrofna", false},     // a patronymic's -vna
		{"Dadenko", "Tatenko", false},       // another first letter
		{"Bodkovskiy", "Botkowski", false},  // w: another system
		{"Gudkov", "Gutkin", false},         // other consonants besides
	})
}
