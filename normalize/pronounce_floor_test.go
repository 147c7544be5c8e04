package normalize

import "testing"

// TestSaidAlikeLow: names the dictionary says alike that their letters
// score under conventionFloor are one name when they write the same
// consonants, and stay apart when the letters part them (other
// consonants, an a against an o), when a name has three letters (Korean
// Jae against Jay), under saidAlikeLowFloor, and in running text.
func TestSaidAlikeLow(t *testing.T) {
	same := [][2]string{
		{"Yates", "Yeats"},   // 0.560: y t s
		{"Hague", "Haig"},    // 0.560: h g
		{"Oates", "Oats"},    // 0.590
		{"Roots", "Routes"},  // 0.590
		{"Bates", "Baits"},   // 0.560
		{"Shutes", "Shoots"}, // 0.590
		{"YATES", "yeats"},
	}
	apart := [][2]string{
		{"Khan", "Kohn"},        // said alike by Kohn's second pronunciation; an a against an o
		{"Hahl", "Holle"},       // the same
		{"Rahman", "Romine"},    // r h m n against r m n
		{"Conn", "Khan"},        // c n against k h n
		{"Saad", "Sod"},         // three letters
		{"Mae", "May"},          // three letters: Jae and Jay, Bae and Bay are two names
		{"Jae", "Jay"},          //
		{"Maciag", "Mccague"},   // 0.442, under saidAlikeLowFloor
		{"Yates", "Yeats Jr"},   // two words
		{"Templeton", "Temple"}, // not said alike
	}
	for _, p := range same {
		for _, q := range [][2]string{p, {p[1], p[0]}} {
			if s := Similarity(q[0], q[1]); s < SameThreshold {
				t.Errorf("Similarity(%q, %q) = %.3f; want >= %.2f", q[0], q[1], s, SameThreshold)
			}
			if s := newCheckSim().Similarity(q[0], q[1]); s >= SameThreshold {
				t.Errorf("checkSim.Similarity(%q, %q) = %.3f; want < %.2f (running text)", q[0], q[1], s, SameThreshold)
			}
		}
	}
	for _, p := range apart {
		for _, q := range [][2]string{p, {p[1], p[0]}} {
			if s := Similarity(q[0], q[1]); s >= SameThreshold {
				t.Errorf("Similarity(%q, %q) = %.3f; want < %.2f", q[0], q[1], s, SameThreshold)
			}
		}
	}
}

// TestConsonantLetters: the consonants a name writes, in order, its
// vowels, a y after the first letter and a doubled letter once.
func TestConsonantLetters(t *testing.T) {
	for _, c := range []struct {
		name, want string
		ok         bool
	}{
		{"Yates", "yts", true},
		{"Yeats", "yts", true},
		{"Hague", "hg", true},
		{"Haig", "hg", true},
		{"Mattes", "mts", true},
		{"Rahman", "rhmn", true},
		{"O'Hara", "", false},
		{"Renée", "", false},
		{"Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "", false}, // longer than the buffer
	} {
		var buf [pronounceMaxWord]byte
		got, ok := consonantLetters(&buf, c.name)
		if ok != c.ok || string(got) != c.want {
			t.Errorf("consonantLetters(%q) = %q, %v; want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

// TestAAgainstO: a name that writes an a and no o against one that writes
// an o and no a, in either order and case.
func TestAAgainstO(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Khan", "Kohn", true},
		{"KOHN", "khan", true},
		{"Hahl", "Holle", true},
		{"Yates", "Yeats", false},
		{"Roots", "Routes", false},
		{"Oates", "Oats", false}, // both write both
		{"Lynn", "Lin", false},
	} {
		if got := aAgainstO(c.a, c.b); got != c.want {
			t.Errorf("aAgainstO(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
