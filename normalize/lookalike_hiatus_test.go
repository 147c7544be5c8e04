package normalize

import "testing"

// TestVowelHiatus: a vowel added beside another vowel with which no
// spelling convention writes one sound is another syllable, so another
// name (Masanao, Masano; Mario, Maro; Cherniak, Chernik), in either order; the
// added vowels that conventions write for one sound or a long vowel stay
// one name (Reuben, Ruben; Mueller, Muller; Kyouko, Kyoko; Hyeon, Hyon;
// Hoare, Hore; Voigt, Vogt),
// as do the Greek -os after a (Nikolaos, Nikolas), the Latin and Greek
// -ius, -ion (Cornelius, Cornelis; Simion, Simon) and the variants every
// look-alike rule keeps.
func TestVowelHiatus(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Masanao", "Masano"}, {"Tomonao", "Tomono"}, {"Mario", "Maro"},
			{"Cherniak", "Chernik"}, {"Dario", "Daro"}, {"Isao", "Iso"}}),
		bothOrders([][2]string{{"Catherine", "Katherine"}, {"Philip", "Phillip"}, {"Aleksandr", "Alexander"},
			{"Daoud", "Daud"}, {"Reuben", "Ruben"}, {"Bauer", "Baur"}, {"Mueller", "Muller"}, {"Teodor", "Todor"},
			{"Hyeon", "Hyon"}, {"Nikolaos", "Nikolas"}, {"Menelaos", "Menelas"}, {"Kyouko", "Kyoko"},
			{"Hussein", "Husein"}, {"Fouad", "Fuad"}, {"Hoare", "Hore"}, {"Voigt", "Vogt"}, {"Pignion", "Pignon"},
			{"Cornelius", "Cornelis"}, {"Antonius", "Antonis"}, {"Simion", "Simon"}}))
	checkRule(t, "vowelHiatus", apartRule((*wordApart).vowelHiatus), []ruleCase{
		{"Masanao", "Masano", true},         // a-o
		{"Masano", "Masanao", true},         // either order
		{"Mario", "Maro", true},             // i-o
		{"Cornelius", "Cornelis", false},    // the Latin -ius
		{"Simion", "Simon", false},          // -ion
		{"Cherniak", "Chernik", true},       // i-a
		{"Ito Masanao", "Ito Masano", true}, // one word of several
		{"Hoare", "Hore", false},            // English oa: a long o
		{"Voigt", "Vogt", false},            // German oi: a long o
		{"Pignion", "Pignon", false},        // i after gn
		{"Reuben", "Ruben", false},          // eu
		{"Mueller", "Muller", false},        // ue: a German umlaut
		{"Kyouko", "Kyoko", false},          // ou: a long o
		{"Hyeon", "Hyon", false},            // eo: Korean's ㅕ
		{"Buonarroti", "Bonarroti", false},  // uo: the Italian diphthong
		{"Husain", "Husin", false},          // ai
		{"Daoud", "Daud", false},            // o between a and u: ou
		{"Maour", "Mour", false},            // a beside French ou: three vowels
		{"Nikolaos", "Nikolas", false},      // the Greek -os after a
		{"Giulia", "Gulia", false},          // Italian i after g before a vowel
		{"Guiomar", "Gomar", false},         // two letters added
		{"Marioo", "Mario", false},          // a doubled vowel
		{"Brian", "Brain", false},           // not an added letter
		{"Mion", "Mon", false},              // -ion
		{"Isao", "Iso", true},               // a shorter word of three letters (イサオ, イソ)
		{"Io", "Ioa", false},                // of two: not read
		{"Arik", "Aik", false},              // a consonant added
	})
}
