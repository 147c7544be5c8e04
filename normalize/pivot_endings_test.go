package normalize

import "testing"

// TestPivotEndingSim: the French silent final s or t of -ois, -oit, -uis,
// -uit read as the other's, and the -land Chinese writes as -lan, in both
// orders and any case; other endings, short words, names of more words and
// another letter before the ending keep two names apart.
func TestPivotEndingSim(t *testing.T) {
	kept := [][2]string{
		{"Benois", "Benoit"},  // -ois, -oit: "Benoi"
		{"Dubois", "Duboit"},  // the same
		{"Dupuis", "Dupuit"},  // -uis, -uit
		{"BENOIS", "benoit"},  // any case
		{"Boylan", "Boyland"}, // 博伊兰 both
		{"Harlan", "Harland"}, // the same ending
		{"Rowlan", "Rowland"}, // the same
		{"Garlan", "Garland"}, // the same
	}
	apart := [][2]string{
		{"Luis", "Luit"},               // four letters: the Spanish s is spoken
		{"Bridge", "Bridget"},          // a t after another vowel is spoken
		{"Wille", "Willet"},            // the same
		{"Barra", "Barras"},            // an s after a
		{"Vitoux", "Vitous"},           // -oux and -ous are left
		{"Nolan", "Noland"},            // two letters before lan: two names
		{"Bran", "Brand"},              // the same, and four letters
		{"Roman", "Romand"},            // -man is not -lan
		{"Benoit", "Benoist"},          // a letter more, not another ending
		{"Benois", "Beloit"},           // another letter before the ending
		{"Boylan", "Boylands"},         // land at the end only
		{"Jean Benois", "Jean Benoit"}, // names of one word only
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}

// TestPivotEndingReading: what pivotEndingReading rewrites, and the names
// it leaves ("").
func TestPivotEndingReading(t *testing.T) {
	for _, c := range []struct{ name, other, want string }{
		{"Benois", "Benoit", "Benoit"},
		{"Benoit", "Benois", "Benois"},
		{"Dupuit", "dupuis", "dupuis"},
		{"Boyland", "Boylan", "Boylan"},
		{"Boylan", "Boyland", ""}, // the -lan side reads nothing: Boyland reads it
		{"Benois", "Benois", ""},  // no other ending
		{"Benois", "Benoir", ""},  // r is no silent letter of the pair
		{"Benois", "Benoits", ""}, // a letter more
		{"Noland", "Nolan", ""},   // two letters before lan
		{"Benoïs", "Benoit", ""},  // letters other than ASCII
		{"Luis", "Luit", ""},      // four letters
		{"Boyland", "Bo-lan", ""}, // not a word of letters
	} {
		if got := pivotEndingReading(c.name, c.other); got != c.want {
			t.Errorf("pivotEndingReading(%q, %q) = %q; want %q", c.name, c.other, got, c.want)
		}
	}
}

// TestPivotEndingLetters: the quick test finds the endings and nothing in
// a word without one.
func TestPivotEndingLetters(t *testing.T) {
	for w, want := range map[string]bool{
		"Benois": true, "Benoit": true, "Dupuis": true, "DUPUIT": true, "Boyland": true, "Land": false,
		"Luis": false, "Boylan": false, "Louis": true, "Davis": false, "Smith": false, "Brand": false,
	} {
		if got := pivotEndingLetters(w); got != want {
			t.Errorf("pivotEndingLetters(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestPivotEndingNotInText: names found in running text (a checkSim) are
// not read, as englishsound.go's are not.
func TestPivotEndingNotInText(t *testing.T) {
	sim := newCheckSim()
	for _, p := range bothOrders([][2]string{{"Benois", "Benoit"}, {"Boylan", "Boyland"}}) {
		if s := sim.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("checkSim.Similarity(%q, %q) = %.3f; want under %.2f (not read in running text)", p[0], p[1], s, SameThreshold)
		}
	}
}
