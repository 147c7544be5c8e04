package normalize

import "testing"

// TestKunreiHepburn: Kunrei-shiki (the cabinet notice of 1954, ISO 3602)
// and Nihon-shiki write si, ti, tu, hu, zi, sya, tya, zya where Hepburn
// writes shi, chi, tsu, fu, ji, sha, cha, ja (and di, du for ji, zu): one
// name in two systems. Names that differ in a mora stay apart, and so do
// names the reading refuses: a word with a letter Kunrei-shiki does not
// write, a name of one Kunrei syllable in fewer than three morae (Tina,
// Hugo). Only pairs under the threshold as written are read: Nihon-shiki
// Kawadu against Kawazu scores over it and slavicApart's d against z caps
// it (left).
func TestKunreiHepburn(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Huzita", "Fujita", true},
		{"Tizuko", "Chizuko", true},
		{"Syun'iti", "Shun'ichi", true},
		{"Syun'iti", "Shunichi", true},
		{"Tuzi Masao", "Tsuji Masao", true},
		{"Matumoto Seiiti", "Matsumoto Seiichi", true},
		{"Kitazima", "Kitajima", true},
		{"Zyôzi", "Jōji", true},
		{"Syôtoku", "Shōtoku", true},
		{"Hattori Hattyû", "Hattori Hatchū", true},
		{"Itiyanagi", "Ichiyanagi", true},
		{"Tikako", "Chieko", false}, // chi-ka-ko, chi-e-ko
		{"Syûiti", "Shūhei", false},
		{"Tiyoko", "Chiyomi", false},
		{"Mutyû", "Muchū", true}, // two morae, a circumflex
		{"Gûzi", "Gūji", true},
		{"Tina", "China", false}, // one Kunrei syllable, two morae: left
		{"Hugo", "Fugo", false},
		{"Martin", "Marchin", false},           // no morae
		{"Huzita Shuzo", "Fujita Shuzo", true}, // the h of Hepburn shu is no Kunrei hu
	})
	for _, c := range []struct{ in, want string }{
		{"Huzita", "Fujita"},
		{"Syun'iti", "Shun'ichi"},
		{"Hattyû", "Hatchū"},
		{"Tuzi Masao", "Tsuji Masao"},
		{"ITIRO", "ICHIRO"},
		{"Kawadu", "Kawazu"},
		{"Zyôzi", "Jōji"},
		{"Tina", ""},   // two morae, one Kunrei syllable
		{"Shinji", ""}, // no Kunrei syllable
		{"Tulsa", ""},  // no morae
		{"Sitiro", "Shichiro"},
		{"Seiiti", "Seiichi"},
		{"Tuzi Shusaku", "Tsuji Shusaku"}, // Shusaku: Hepburn, no Kunrei hu
		{"Shunsuke", ""},
	} {
		got, ok := kunreiHepburn(c.in)
		if ok != (c.want != "") || ok && got != c.want {
			t.Errorf("kunreiHepburn(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	for _, c := range [][2]string{{"Huzita", "Fujita"}, {"Fujita", "Huzita"}, {"Syun'iti", "Shunichi"}, {"Tikako", "Chieko"}} {
		if !kunreiPair(c[0], c[1]) {
			t.Errorf("kunreiPair(%q, %q) = false, want true", c[0], c[1])
		}
	}
	for _, c := range [][2]string{{"Fujita", "Fukuda"}, {"Sato", "Saito"}, {"Huzita", "Hozita"}, {"", ""}} {
		if kunreiPair(c[0], c[1]) {
			t.Errorf("kunreiPair(%q, %q) = true, want false", c[0], c[1])
		}
	}
}

// TestKunreiOverThreshold: a Nihon-shiki or Kunrei-shiki name whose
// letters score over the threshold against its Hepburn (Numadu, Numazu:
// Nihon-shiki du for づ; Kawadu Saburo; Nisi Amane, Nishi Amane) is one
// name: the Pinyin caps read du against zu as another syllable (0.800 on
// main) unless the two are one key once the name is read in Hepburn
// (kunreiOnly). Names a mora apart once read stay apart (Numadu, Numasu;
// Takeiti, Takechi).
func TestKunreiOverThreshold(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Numadu", "Numazu", true},
		{"Kawadu Saburo", "Kawazu Saburo", true},
		{"Nisi Amane", "Nishi Amane", true},
		{"Numadu", "Numasu", false},
		{"Numadu", "Numata", false},
		{"Takeiti", "Takechi", false},
		{"Nisida", "Nishiba", false},
		{"Tina", "China", false},
	})
}
