package normalize

import "testing"

// TestDutchCh: dev pairs with the ch of Dutch-based Indonesian spelling
// (and German transliteration) for kh or h, and pairs that must stay apart.
func TestDutchCh(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Abdul Rahim Bashir", "Abdul Rochim Ba'asyir", true}, // Javanese o for a as well
		{"Khokhlov", "Chochlov", true},                        // German transliteration of Russian
		{"Mochtar", "Mukhtar", true},
		{"Wuchang", "Wuhan", false}, // Pinyin ch
		{"Pratchett", "Pratt", false},
		{"Rochim", "Rahim", false},                            // one word: a short vowel is no reading alone
		{"Abdul Rochim Bashir", "Abdul Rahman Bashir", false}, // another name
		{"Mihailovich", "Mihailov", false},                    // Slavic -ich
		{"Bachar", "Bähr", false},
		{"Митчелл", "Mikhail", false}, // English tch, which the key writes ch
		{"Michel", "Mikhail", false},  // French ch
	} {
		if got := m.Similarity(c.a, c.b); (got >= SameThreshold) != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", c.a, c.b, got, c.same)
		}
	}
}

// TestSpellingReform1972: Indonesian names in the spelling before 1972
// (van Ophuijsen's tj, j, oe) against the same names in the EYD (c, y, u),
// from the reform's own table and well-known names, both orders; and the
// look-alikes the reading must leave apart.
func TestSpellingReform1972(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Tjut Nyak Dhien", "Cut Nyak Dien", true},
		{"Tjipto Mangoenkoesoemo", "Cipto Mangunkusumo", true},
		{"Atjeh", "Aceh", true},
		{"Tjahjo Kumolo", "Cahyo Kumolo", true},
		{"Tjilatjap", "Cilacap", true},
		{"Tjirebon", "Cirebon", true},
		{"Pontjo Sutowo", "Ponco Sutowo", true},
		{"Joesoef", "Yusuf", true}, // oe and j together
		{"Joesoef Ronodipoero", "Yusuf Ronodipuro", true},
		{"Njai Ratoe Kidoel", "Nyai Ratu Kidul", true}, // oe and j in two words
		{"Wahjoe", "Wahyu", true},
		{"Tjut", "Kut", false},         // Indonesian c is English ch, not k
		{"Cut", "Tut", false},          // no old spelling in either
		{"Marietje", "Mariece", false}, // Dutch diminutive -tje
		{"Jantje Smit", "Jance Smit", false},
		{"Joetsu City", "Otsu City", false}, // Japanese j and o-e
		{"Šentjur", "Sencur", false},        // Slovene tj (Šenčur is another town)
	} {
		for _, p := range [2][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := m.Similarity(p[0], p[1]); (got >= SameThreshold) != c.same {
				t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", p[0], p[1], got, c.same)
			}
		}
	}
}
