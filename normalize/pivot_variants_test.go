package normalize

import "testing"

// TestEnglishEwSim: the English ew inside a word read as the u of the
// other name (Prewitt, Pruitt; Drew, Dru), in both orders and any case.
// The reading asks the letters before the ew to be the same, a u where the
// ew is, and no ew in the other name; then the rest decides: a letter more
// or another consonant keeps two names apart (Hewson, Hudson; Newman,
// Nunan), and an initial ew is no vowel of English (Ewing).
func TestEnglishEwSim(t *testing.T) {
	kept := [][2]string{
		{"Prewitt", "Pruitt"},     // ew and u, /uː/
		{"Hewett", "Huett"},       // the same
		{"Blewett", "Bluett"},     // the same
		{"Jewell", "Juell"},       // the same
		{"Dewey", "Duey"},         // the same, before a y
		{"Drew", "Dru"},           // a final ew; three letters
		{"McKewen", "McKuen"},     // after Mc
		{"NEWELL", "nuell"},       // any case
		{"Hewitt", "Huett"},       // and an unstressed i against e
		{"Tewksbury", "Tuksbury"}, // before a consonant
	}
	apart := [][2]string{
		{"Hewson", "Hudson"},            // a d more than the ew
		{"Newman", "Nunan"},             // another consonant
		{"Drew", "Drue"},                // the e of Drue is a letter more (main holds it apart)
		{"Ewing", "Uing"},               // an initial ew is left
		{"Hewitt", "Hunt"},              // read Huitt: a letter less and another
		{"Andrew Lewis", "Andrew Luis"}, // names of one word only
		{"Hewitt", "Hewett Huitt"},      // the same
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}

// TestEwReading: what ewReading rewrites, and the names it leaves ("").
func TestEwReading(t *testing.T) {
	for _, c := range []struct{ name, other, want string }{
		{"Prewett", "Pruett", "Pruett"},
		{"Drew", "Dru", "Dru"},
		{"Shewfelt", "Shufeldt", "Shufelt"}, // the reading only: the rest is the scorer's
		{"Hewson", "Hudson", "Huson"},       // the same
		{"DEWEY", "duey", "DuEY"},           // a lower-case u: the scorer folds case
		{"Dewhewson", "Duhuson", "Duhuson"}, // each ew the other reads
		{"Dewhewson", "Dehuson", ""},        // the letters before the second ew differ
		{"Dewhewson", "Duhewson", ""},       // the other writes an ew
		{"Ewing", "Uing", ""},               // an initial ew
		{"Lewis", "Lowis", ""},              // no u where the ew is
		{"Drew", "Du", ""},                  // too short
		{"Andrew Lewis", "Andrew Luis", ""}, // one word each only
		{"Lewis", "Luís", ""},               // ASCII letters only
	} {
		if got := ewReading(c.name, c.other); got != c.want {
			t.Errorf("ewReading(%q, %q) = %q; want %q", c.name, c.other, got, c.want)
		}
	}
}

// TestEnglishEwNotInText: names found in running text (a checkSim) are
// not read: dew and due, stew and Stu are two English words.
func TestEnglishEwNotInText(t *testing.T) {
	sim := newCheckSim()
	for _, p := range bothOrders([][2]string{{"Prewitt", "Pruitt"}, {"Newell", "Nuell"}}) {
		if s := sim.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("checkSim.Similarity(%q, %q) = %.3f; want under %.2f (not read in running text)", p[0], p[1], s, SameThreshold)
		}
	}
}
