package normalize

import "testing"

// TestPolishCJReading: Polish cj before a vowel is the Latin ci it writes
// (key.go, pivot_cj.go); a man's -n after a woman's -a stays apart in
// Polish spelling as in Latin, and cj elsewhere is no ci.
func TestPolishCJReading(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Patrycja", "Patricia", true},
		{"Alicja", "Alicia", true},
		{"Lucjan", "Lucian", true},
		{"Felicjan", "Felician", true},
		{"Patrycja", "Patrizia", true},
		{"PATRYCJA", "PATRICIA", true},
		{"Felicia", "Felicjan", false},
		{"Felicja", "Felician", false},
		{"Lucja", "Lucy", false},
	})
	for _, c := range [][2]string{{"Patrycja", "Patricia"}, {"Lucjan", "Lucian"}} {
		if a, b := Key(c[0]), Key(c[1]); a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want one key", c[0], a, c[1], b)
		}
	}
}

func TestCJAsCI(t *testing.T) {
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"felicja", "felicia", true},
		{"felicia", "felicja", true},
		{"felicja", "felicja", false}, // not apart
		{"felicj", "felici", false},   // no vowel after
		{"felija", "felia", false},    // lengths
		{"feljja", "felija", false},   // not after c
		{"felicha", "felicka", false}, // h against k
		{"felicja", "felicje", false}, // another letter apart
	} {
		if got := cjAsCi([]byte(c.x), []byte(c.y)); got != c.want {
			t.Errorf("cjAsCi(%q, %q) = %v; want %v", c.x, c.y, got, c.want)
		}
	}
}
