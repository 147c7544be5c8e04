package normalize

import "testing"

// The British honorifics a press form leaves out (titles2, issue 11): Sir
// and Dame before a knight's or a dame's given name; a title matched by
// its spelling, so that a given name with a title's key (Hai, keyed as
// Haj; Mei, as Maj) stays a word, in Latin letters or in Han; and
// "Ann", written with the consonant doubled, no assimilated article (An
// Najaf, As Sadr): both orders of each pair.
func TestTitlesBritish(t *testing.T) {
	m := devMatcher()
	kept := [][2]string{
		{"Sir Paul James McCartney", "Paul McCartney"}, // a knight
		{"Dame Judith Olivia Dench", "Judith Dench"},   // a dame
		{"海瑞", "Hai Rui"},                              // a Chinese name and its Pinyin
		{"梅兰芳", "Mei Lanfang"},                         // Mei, no Maj
		{"Haj Ali Hassan", "Ali Hassan"},               // a title still dropped by its spelling
		{"An Najaf", "Najaf"},                          // the article (a gazetteer's place)
		{"As Sadr", "Sadr"},                            // the article before a family name
	}
	apart := [][2]string{
		{"Jon Lord", "Jon Baron"},      // surnames
		{"Sir Paul McCartney", "Paul"}, // McCartney is the surname
		{"Hai Rui", "Rui"},             // Hai, a given name with Haj's key
		{"Hai Jui", "Jui"},             // the same
		{"Ann Nolan", "Nolan"},         // Ann, a given name, not the article an-
	}
	checkApartBy(t, m.Similarity, bothOrders(apart), bothOrders(kept))
}
