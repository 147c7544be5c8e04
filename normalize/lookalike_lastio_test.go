package normalize

import "testing"

// TestLastSyllableIO: a word's last vowel i in one name and o in the other,
// before the consonants that end it, makes two names (Quintin, Quinton;
// Devin, Devon), in either order, even where slavicSpellingApart reads
// the i as Ukrainian; the Ukrainian and Russian forms of a name
// (eastslavic_names.tsv's rows, -iv against -ov) stay one.
func TestLastSyllableIO(t *testing.T) {
	checkApart(t,
		bothOrders([][2]string{{"Quintin", "Quinton"}, {"Devin", "Devon"}, {"Landin", "Landon"},
			{"Angelis", "Angelos"}, {"Hartig", "Hartog"}, {"Paddick", "Paddock"}}),
		bothOrders([][2]string{{"Antin", "Anton"}, {"Fedir", "Fedor"}, {"Tykhin", "Tikhon"},
			{"Petriv", "Petrov"}, {"Kharkiv", "Kharkov"}, {"Ternopil", "Ternopol"}, {"Hryhir", "Grigor"}}))
	checkRule(t, "lastSyllableIO", apartRule((*wordApart).lastSyllableIO), []ruleCase{
		{"Quintin", "Quinton", true},  // -in against -on
		{"Quinton", "Quintin", true},  // either order
		{"Paddick", "Paddock", true},  // two consonants after the vowel
		{"Devin", "Devon", true},      // five letters
		{"Odin", "Odon", false},       // under five letters
		{"Brion", "Brian", false},     // a against o
		{"Dionne", "Donne", false},    // not one letter apart
		{"Borisiv", "Borisov", true},  // lastIOUnlisted's, not this rule's, -iv
		{"Oimon", "Oiman", false},     // a against o
		{"Almira", "Almora", false},   // a vowel after
		{"Kaeoin", "Kaeiin", false},   // a vowel before
		{"Olinto", "Ilinto", false},   // the first letter
		{"Mistral", "Mostral", false}, // not the last vowel
	})
}
