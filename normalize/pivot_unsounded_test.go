package normalize

import (
	"strings"
	"testing"
)

// TestUnsoundedSim: the e of a final -ery, the d of nds before a vowel and
// the s of a final -isle read as left out when the other name leaves them
// out and nothing else is apart, in both orders and any case; another
// difference beside the letter and the letter where English sounds it
// keep two names apart.
func TestUnsoundedSim(t *testing.T) {
	kept := [][2]string{
		{"Jeffery", "Jeffrey"},   // the e of -ery: ジェフリー, 杰弗里
		{"Lowery", "Lowrey"},     // the same
		{"Vickery", "Vickrey"},   // the same
		{"Aubery", "Aubrey"},     // the same
		{"Avery", "Avrey"},       // five letters
		{"LOWERY", "lowrey"},     // any case
		{"Lindsay", "Linsay"},    // the d of nds: リンジー, 린지
		{"Lindsey", "Linsey"},    // the same
		{"Lisle", "Lyle"},        // the s of -isle: ライル, 라일, 莱尔
		{"Lisle", "Lile"},        // the same
		{"Delisle", "Delyle"},    // the same after more letters
		{"Humphery", "Humphrey"}, // one name on main already, by its length
		{"Windsor", "Winsor"},    // the same
	}
	apart := [][2]string{
		{"Emery", "Embrey"},     // the e read, a b more: two names
		{"Sandsen", "Sanson"},   // the d read, e against o: two names
		{"Lindsay", "Linsky"},   // the d read, k against a
		{"Lorey", "Lorery"},     // an r before the e: not -ery read
		{"Currey", "Currery"},   // the same
		{"Lisle", "Lille"},      // -lle is not -ile or -yle
		{"Lisle", "Lise"},       // the same
		{"Lisle", "Lyles"},      // -isle at the end only
		{"Jeffery", "Jeffries"}, // -ries is not -rey
		{"Lindsay", "Lansay"},   // the letters before the d apart
		{"Kindsay", "Linsay"},   // the same
		{"Lindsey", "Linzey"},   // z is not the s of nds
		{"Lindsey", "Linsley"},  // the d read, an l more
		{"Ery", "Rey"},          // too short
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}

// TestUnsoundedReading: what unsoundedReading rewrites, and the names it
// leaves ("").
func TestUnsoundedReading(t *testing.T) {
	checkNameReadings(t, unsoundedReading, []struct{ name, other, want string }{
		{"Jeffery", "Jeffrey", "Jeffrey"},
		{"Jeffery", "Geoffrey", "Jeffrey"}, // the letters before decide after it
		{"Jeffrey", "Jeffery", ""},         // the -rey side reads nothing: Jeffery reads it
		{"Avery", "Avrey", "Avrey"},
		{"Lorery", "Lorey", ""},   // an r before the e
		{"Jeffery", "Jeffry", ""}, // -ry without the e of -rey
		{"Jeffery", "Aeorey", ""}, // the other's -rey after a vowel
		{"Lisle", "Lyle", "Lile"}, // the s left out
		{"Lisle", "Lile", "Lile"}, // the same
		{"Lisle", "Lille", ""},    // -lle
		{"Lisle", "Lysle", ""},    // the other writes -isle's s too
		{"Lindsay", "Linsay", "Linsay"},
		{"Lindsey", "linsey", "Linsey"},
		{"Lindsay", "Lindsay", ""},        // the other has nds too
		{"Landsberg", "Lansberg", ""},     // nds before a consonant
		{"Ndsele", "Nsele", ""},           // nds at the start
		{"Lindsay", "Lintsay", ""},        // the other has no s there
		{"Lïndsay", "Linsay", ""},         // letters other than ASCII
		{"Lind-say", "Linsay", ""},        // not a word of letters
		{"Avery", "Avre", ""},             // nothing to read against
		{"Lisle", "Lyl", ""},              // the other name under four letters
		{"Lisle Smith", "Lyle Smith", ""}, // names of one word only
	})
}

// TestUnsoundedLetters: the quick test finds -ery, -isle and nds after
// the second letter, and nothing in a word without one or under five
// letters.
func TestUnsoundedLetters(t *testing.T) {
	for w, want := range map[string]bool{
		"Jeffery": true, "LOWERY": true, "Lisle": true, "Lindsay": true, "Frandsen": true,
		"Jeffrey": false, "Lyle": false, "Linsay": false, "Ndsele": false, "Ery": false, "Smith": false, "Isle": false,
	} {
		if got := unsoundedLetters(w); got != want {
			t.Errorf("unsoundedLetters(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestUnsoundedNotInText: names found in running text (a checkSim) are
// not read, as englishsound.go's are not.
func TestUnsoundedNotInText(t *testing.T) {
	sim := newCheckSim()
	for _, p := range bothOrders([][2]string{{"Jeffery", "Jeffrey"}, {"Lindsay", "Linsay"}, {"Lisle", "Lyle"}}) {
		if s := sim.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("checkSim.Similarity(%q, %q) = %.3f; want under %.2f (not read in running text)", p[0], p[1], s, SameThreshold)
		}
	}
}

// FuzzUnsoundedReading: a reading is "" or name with one of its three
// spellings changed, case aside: the e of -ery moved after the r (-rey),
// or one letter (the d of nds, the s of -isle) left out; it is ASCII
// letters, and the quick test finds the name it reads.
func FuzzUnsoundedReading(f *testing.F) {
	for _, p := range [][2]string{{"Jeffery", "Jeffrey"}, {"Lisle", "Lyle"}, {"Lindsay", "Linsay"}, {"Avery", "Ivrey"}, {"Ndsa", "Nsa"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, name, other string) {
		r := unsoundedReading(name, other)
		if r == "" {
			return
		}
		if !asciiLetters(r) || !unsoundedLetters(name) {
			t.Fatalf("unsoundedReading(%q, %q) = %q: not letters, or a name the quick test passes", name, other, r)
		}
		n := len(name)
		if len(r) == n && strings.EqualFold(name[n-3:], "ery") && strings.EqualFold(r, name[:n-3]+"rey") {
			return
		}
		for i := range n {
			if len(r) == n-1 && strings.EqualFold(r, name[:i]+name[i+1:]) {
				return
			}
		}
		t.Fatalf("unsoundedReading(%q, %q) = %q: neither -ery read -rey nor one letter left out", name, other, r)
	})
}
