package normalize

import "testing"

// TestSlavicApart: two Slavic family names whose letters differ where no
// romanization of Russian, Ukrainian or Belarusian Cyrillic writes one for
// the other (д and з, р and т, к and г, о and у, a vowel of the stem left
// out) are two families, however near their letters; the spellings the
// conventions give one Cyrillic name (BGN/PCGN ye after a vowel, ALA-LC
// ii, ISO 9 and Polish c, j, the Ukrainian h for г, x for ks, ё as e or
// yo) stay one name. The examples are written from the conventions'
// tables, not taken from a data set.
func TestSlavicApart(t *testing.T) {
	apart := [][2]string{
		{"Lodkin", "Lozkin"},     // д / з
		{"Sorokina", "Sotokina"}, // р / т
		{"Kolubev", "Golubev"},   // к / г: Russian keeps them apart
		{"Gromov", "Grumov"},     // о / у: the key folds them
		{"Sokolov", "Soklov"},    // a vowel of the stem left out
		{"Morozova", "Morzova"},
		{"Bondarko", "Bondarkov"}, // -ko against -kov
		{"Ivan Gromov", "Ivan Grumov"},
		{"Sergey Lodkin", "Sergei Lozkin"},
	}
	kept := [][2]string{
		{"Sergeev", "Sergeyev"},     // BGN/PCGN ye after a vowel
		{"Vorobyev", "Vorobyov"},    // ё as e or yo
		{"Afanasyev", "Afanas'yev"}, // the soft sign written or not
		{"Afanasiev", "Afanasyev"},
		{"Hryhorenko", "Grigorenko"}, // Ukrainian г is h, и is y
		{"Tymoshenko", "Timoshenko"},
		{"Tchaikovsky", "Chaikovsky"}, // French tch
		{"Maksimov", "Maximov"},       // x for ks
		{"Kruglyy", "Kruglyi"},        // -ый as yy, yi
		{"Dostoevsky", "Dostoyevsky"},
		{"Khrushchev", "Khrushchov"},
		{"Mikhaylov", "Mikhailov"},
		{"Yeremenko", "Eremenko"},
		{"Ivan Sergeev", "Ivan Sergeyev"},
		{"Oleg Vorobyev", "Oleg Vorobyov"},
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}

// TestSlavicApartRomaji: Japanese words in -in after a consonant (a
// temple's 院, the Jinshin war) are no Russian -in: two words that both
// read as Hepburn are left to the romaji rules.
func TestSlavicApartRomaji(t *testing.T) {
	for _, p := range [][2]string{{"Jinshin", "Junshin"}, {"Jinshin War", "Junshin War"}, {"", "a"}, {"Ivan - Orlov", "Ivan x Orlov"}} {
		if slavicApart(p[0], p[1]) || slavicApart(p[1], p[0]) {
			t.Errorf("slavicApart(%q, %q) = true; want false (Hepburn)", p[0], p[1])
		}
	}
}

// TestSlavicApartNarrow: the test reads Slavic family names only (not the
// Arabic -uddin nor the Welsh -fyn), and the i of a stem between two
// consonants is a vowel, not a soft sign.
func TestSlavicApartNarrow(t *testing.T) {
	checkApart(t,
		[][2]string{{"Borovkov", "Borovikov"}, {"Borovikov", "Borovkov"}, {"Ivan Yushko", "Ivan Yushkov"}, {"Ivan Yushkov", "Ivan Yushko"}},
		[][2]string{{"Chubin", "Czubin"}, {"Czubin", "Chubin"}, {"Merfyn", "Mervyn"}, {"Mervyn", "Merfyn"}, {"Nasiruddin", "Nasihuddin"}})
}

// TestSlavicTwinWordsEdges: names whose differing byte is no letter of a
// word are left alone (and cost no panic).
func TestSlavicTwinWordsEdges(t *testing.T) {
	for _, p := range [][2]string{{"Ivan - Orlov", "Ivan x Orlov"}, {"Ivan Orlov.", "Ivan Orlov,"}, {"A Orlov", "B Orlov"}, {" Orlov", "x Orlov"}} {
		if slavicTwinWords(p[0], p[1]) || slavicTwinWords(p[1], p[0]) {
			t.Errorf("slavicTwinWords(%q, %q) = true; want false", p[0], p[1])
		}
	}
}
