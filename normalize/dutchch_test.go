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
