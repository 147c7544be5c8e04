package normalize

import "testing"

// TestKhaAsK: inside a name of two words or more, a word that begins with
// kh against one that begins with k, equal but for short vowels once the
// kh is read k, is one name, in both orders; alone, inside a word, or
// further apart than short vowels, two names.
func TestKhaAsK(t *testing.T) {
	kept := [][2]string{
		{"Fuad Mohammed Kalaf", "Fuad Mohammed Khalif"}, // the UN list's aliases of one person
		{"Ali Kosrow", "Ali Khusraw"},                   // Khosrow
		{"Ali Mohammed Kamal", "Ali Mohammed Khamil"},   // as Kamal, Kamil do inside a name
	}
	apart := [][2]string{
		{"Kalaf", "Khalif"},                  // a name of one word
		{"Anton Golikov", "Anton Golukhov"},  // kh inside a word: rukin's look-alike
		{"Said Kadir", "Said Khudair"},       // a vowel more, not only changed
		{"Omar Karim", "Omar Khatib"},        // other consonants
		{"Hassan Kalaf Ali", "Hassan Khalf"}, // not the same number of words
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}

// TestFinalChAsH: inside a name of two words or more, a word ending in a
// vowel and ch against the same word ending in h is one name, in both
// orders; alone, after i or y (the Slavic -ich), or in a short word, two.
func TestFinalChAsH(t *testing.T) {
	kept := [][2]string{
		{"Mullah Naim Bareh", "Mullah Naim Barech"}, // the UN list's aliases of one person
		{"Haji Abdul Barech", "Haji Abdul Bareh"},
	}
	apart := [][2]string{
		{"Barech", "Bareh"},             // a name of one word
		{"Johann Bach", "Johann Bah"},   // a word of four letters
		{"Peter Kotsch", "Peter Kotsh"}, // no vowel before ch
		{"Ivan Bogich", "Ivan Bogih"},   // -ich
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}

// TestKafKhaShaped: the pairs the two rules are asked about.
func TestKafKhaShaped(t *testing.T) {
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"kelef", "khelif", true},
		{"barech", "bare", true},
		{"bare", "barech", true},
		{"gulikuv", "gulukhuv", false},
		{"", "kh", false},
		{"k", "", false},
	} {
		if got := kafKhaShaped(c.x, c.y); got != c.want {
			t.Errorf("kafKhaShaped(%q, %q) = %v; want %v", c.x, c.y, got, c.want)
		}
	}
}

// TestKafKhaWords: the word scores, and the word pairs each rule leaves.
func TestKafKhaWords(t *testing.T) {
	for _, c := range []struct {
		x, y    string
		kh, chH float64
	}{
		{"kelef", "khelif", shortVowelScore - conventionPenalty, 0},
		{"khelif", "kelef", shortVowelScore - conventionPenalty, 0},
		{"kherin", "kerin", 0, 0},     // equal once read: left to the key
		{"gulikuv", "gulukhuv", 0, 0}, // kh inside the word
		{"barech", "bare", 0, shortVowelScore - conventionPenalty},
		{"bareh", "barech", 0, shortVowelScore - conventionPenalty},
		{"bugich", "bugi", 0, 0}, // -ich
		{"barech", "baru", 0, 0}, // another vowel
		{"k", "kh", 0, 0},        // too short
	} {
		if got := khaAsKShortVowels(c.x, c.y); got != c.kh {
			t.Errorf("khaAsKShortVowels(%q, %q) = %v; want %v", c.x, c.y, got, c.kh)
		}
		if got := finalChAsH(c.x, c.y); got != c.chH {
			t.Errorf("finalChAsH(%q, %q) = %v; want %v", c.x, c.y, got, c.chH)
		}
	}
}
