package normalize

import "testing"

// TestVowelsSwapped: two vowels of two syllables that change places make
// another name (Olivares, Oliveras), in either order; swapped neighbours
// (Frieda, Freida), i against y (Soltysiuk, Soltisyuk) and vowels beside
// another vowel stay one name.
func TestVowelsSwapped(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Olivares", "Oliveras"}, {"Salinas", "Salanis"}, {"Maria Olivares", "Maria Oliveras"},
			{"Belitskiy", "Biletskyi"}}),
		bothOrders([][2]string{{"Frieda", "Freida"}, {"Weiner", "Wiener"}, {"Soltysiuk", "Soltisyuk"},
			{"Reisman", "Riesman"}}))
	checkRule(t, "vowelsSwapped", apartRule((*wordApart).vowelsSwapped), []ruleCase{
		{"Olivares", "Oliveras", true},      // a and e change places
		{"Oliveras", "Olivares", true},      // either order
		{"Donati", "Donita", true},          // a and i
		{"Frieda", "Freida", false},         // neighbours: one digraph
		{"Soltysiuk", "Soltisyuk", false},   // y is no vowel here
		{"Belitskiy", "Biletskyi", true},    // e and i, with i against y
		{"Belitskiy", "Bylitskiy", false},   // i against y alone
		{"Ngaokesset", "Ngeokasset", false}, // a beside o: a diphthong
		{"Olivares", "Olivaras", false},     // one vowel changed, not swapped
		{"Olivares", "Alevaris", false},     // three letters differ
		{"Roland", "Lorand", false},         // consonants, not vowels
		{"Takatomo", "Takamoto", false},     // consonants
	})
}

// TestSyllableInserted: two or three letters, a vowel and a consonant, put
// together inside a word make a syllable more and another name (Trillo,
// Trujillo), in either order; letters added at the word's end (Maxim,
// Maximus), a vowel beside a vowel (Doherty, Dougherty), a vowel beside a
// doubled consonant (Mohammed, Mohmed; Ramesses, Ramses) and one letter
// added stay one name.
func TestSyllableInserted(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Trillo", "Trujillo"}, {"Iwasa", "Iwahisa"}, {"Otuzi", "Otohuzi"},
			{"Maria Trillo", "Maria Trujillo"}, {"Aleksandr Smolyakov", "Aleksandr Smolkov"}}),
		bothOrders([][2]string{{"Maxim", "Maximus"}, {"Doherty", "Dougherty"}, {"Jonathan", "Johnathan"},
			{"Catherine", "Katherine"}, {"Gustav", "Gustavus"}, {"Mohammed", "Mohmed"}, {"Ramses", "Ramesses"}}))
	checkRule(t, "syllableInserted", apartRule((*wordApart).syllableInserted), []ruleCase{
		{"Trillo", "Trujillo", true},      // uj inside: Tr-uj-illo
		{"Trujillo", "Trillo", true},      // either order
		{"Iwasa", "Iwahisa", true},        // hi
		{"Abramson", "Abrahamson", true},  // ah
		{"Smolkov", "Smolyakov", true},    // ya: a glide and a vowel, Russian я
		{"Solovev", "Solovyev", false},    // one letter: the soft sign written y
		{"Brant", "Bryant", false},        // one letter
		{"Maxim", "Maximus", false},       // at the end: an ending
		{"Johann", "John", false},         // one letter after it: an ending
		{"Doherty", "Dougherty", false},   // ug beside o: no syllable more
		{"Jonathan", "Johnathan", false},  // one letter
		{"Mohammed", "Mohmed", false},     // a short vowel and a doubled m (shadda)
		{"Bhuttavi", "Bhutvi", false},     // the doubled t before it
		{"Ramesses", "Ramses", false},     // hieroglyphs: the vowel and the doubled s unwritten
		{"Herman", "Herriman", false},     // the doubled r: left with them
		{"Abe", "Abeke", false},           // shorter word under four letters
		{"Andersen", "Anderstrom", false}, // not an insertion
	})
}

// TestInitialW: w against another first consonant makes another name
// (Wareham, Fareham; Weisendorf, Teisendorf), in either order; w against
// v (German and Polish), b, g and the onset letters stays one name.
func TestInitialW(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Wareham", "Fareham"}, {"Weisendorf", "Teisendorf"}, {"Felling", "Welling"},
			{"North Wareham", "North Fareham"}}),
		bothOrders([][2]string{{"Wiktor", "Viktor"}, {"Werner", "Verner"}, {"Witold", "Vitold"},
			{"Ahmad Wahidi", "Ahmad Vahidi"}}))
	checkRule(t, "initialW", apartRule((*wordApart).initialW), []ruleCase{
		{"Wareham", "Fareham", true},       // w against f
		{"Fareham", "Wareham", true},       // either order
		{"Weisendorf", "Teisendorf", true}, // w against t
		{"Wolter", "Volter", false},        // German w for v
		{"Walla", "Balla", false},          // b: the Spanish and Greek b for v
		{"Wuerra", "Guerra", false},        // g: gu for w
		{"Walid", "Halid", false},          // h: an onset letter
		{"Waleed", "Oaleed", false},        // a vowel: the onset
		{"Wang", "Fang", true},             // four letters
		{"Wan", "Fan", false},              // under four letters
		{"Wareham", "Farnham", false},      // more than the first letter differs
		{"Tareham", "Fareham", false},      // no w
	})
}

// TestRussianGender: a Russian family name's man's and woman's forms,
// their stems spelled by two romanisations, are two people (Mikhailov,
// Mikhaylova), in either order; the Ukrainian -ska against -skaya or
// -skiy, and Western -in against -ina, are left to the matcher.
func TestRussianGender(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Mikhailov", "Mikhaylova"}, {"Roman Aleksandrov", "Roman Alexandrova"},
			{"Roman Sinyagovskiy", "Roman Sinyagovskaya"}, {"Vyacheslav Brozovskiy", "Vyacheslav Brozovskaya"}}),
		bothOrders([][2]string{{"Orlovska", "Orlovskaya"}, {"Zainchkovska", "Zainchkovskiy"}, {"Mikhailov", "Mikhaylov"}}))
	checkRule(t, "russianGender", apartRule((*wordApart).russianGender), []ruleCase{
		{"Mikhailov", "Mikhaylova", true},         // -ov, -ova; i and y
		{"Mikhaylova", "Mikhailov", true},         // either order
		{"Shaikhutdinov", "Shaykhutdinova", true}, // the stems a letter apart
		{"Gorbachov", "Gorbacheva", true},         // ё written o and e
		{"Sinyagovskiy", "Sinyagovskaya", true},   // -skiy, -skaya
		{"Baranovsky", "Baranovskaja", true},      // -sky, -skaja
		{"Mikhailov", "Mikhaylov", false},         // both the man's
		{"Orlovska", "Orlovskaya", false},         // both the woman's: Ukrainian and Russian
		{"Zainchkovska", "Zainchkovskiy", false},  // the Ukrainian -ska: left
		{"Kristin", "Kristina", false},            // -in, -ina: left
		{"Lvov", "Lvova", false},                  // under five letters
	})
}

// TestIkAkUk: the surname suffix -ik (-yk) against -ak or -uk (-iak,
// -yuk) makes another name (Stakhnyk, Stakhnyak), in either order;
// the romanisations of one suffix (-ik, -yk; -iuk, -yuk) stay one name.
func TestIkAkUk(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Stakhnyak", "Stakhnyk"}, {"Shvedyuk", "Shvedyk"}, {"Kalenik", "Kalyniak"},
			{"Ivan Shvedyuk", "Ivan Shvedyk"}}),
		bothOrders([][2]string{{"Kovalchyk", "Kovalchik"}, {"Romaniuk", "Romanyuk"}}))
	checkRule(t, "ikAkUk", apartRule((*wordApart).ikAkUk), []ruleCase{
		{"Stakhnyk", "Stakhnyak", true},   // -yk, -yak
		{"Stakhnyak", "Stakhnyk", true},   // either order
		{"Shvedyk", "Shvedyuk", true},     // -yk, -yuk
		{"Kalenik", "Kalyniak", true},     // the -ik word the longer
		{"Kovalchik", "Kovalchak", true},  // -chik, -chak
		{"Kovalchyk", "Kovalchik", false}, // и written y and i
		{"Romaniuk", "Romanyuk", false},   // ю written iu and yu
		{"Kovalchuk", "Kovalchak", false}, // -uk, -ak: akUk's
		{"Erik", "Eriak", false},          // under six letters
		{"Patrick", "Patrack", false},     // -ck: no -ik
		{"Stakhniik", "Stakhnyak", false}, // a vowel before -ik
	})
}
