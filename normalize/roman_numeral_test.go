package normalize

import "testing"

// TestRomanDistinct: a regnal or series number written as a Roman numeral
// names another member of the dynasty or series; the same numeral, or a
// numeral in one name only, is left to the other rules.
func TestRomanDistinct(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Louis XIV", "Louis XV", true},
		{"Pope John XXIII", "Pope John XXII", true},
		{"Henry VII", "Henry VIII", true},
		{"George III", "George II", true},
		{"Elizabeth I", "Elizabeth II", true},
		{"Apollo XI", "Apollo XII", true},
		{"Mohammed VI", "Muhammad V", true},
		{"Louis XIV, King of France", "Louis XV, King of France", true},
		{"Ramses II", "Ramesses II", false},
		{"Louis XIV", "Louis XIV", false},
		{"Henry VIII", "Henry", false},      // a short form: not this rule's
		{"Louis XIV", "Louis 14", false},    // digits are numbersDistinct's
		{"XI Jinping", "Xi Jinping", false}, // a list's capitals, not a numeral
		{"XI Jinping", "XU Jinping", false},
		{"Chang I", "Chang Yi", false}, // Wade-Giles I is Pinyin yi
		{"Kim Jong Il", "Kim Jong I", false},
		{"KIM JONG IL", "KIM JONG I", false}, // IL is no numeral
		{"John C Smith", "John D Smith", false},
		{"Louis XIV", "Louis Quatorze", false},
		{"Louis IIII", "Louis III", false}, // IIII is not written
	} {
		if got := romanDistinct(c.a, c.b); got != c.want {
			t.Errorf("romanDistinct(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
		if got := romanDistinct(c.b, c.a); got != c.want {
			t.Errorf("romanDistinct(%q, %q) = %v; want %v", c.b, c.a, got, c.want)
		}
	}
}

// TestSimilarityRomanNumerals: pairs that the key reads alike (VIII and VII
// are both vi) or nearly so are different names when their numerals differ,
// and spellings of one numbered name stay one.
func TestSimilarityRomanNumerals(t *testing.T) {
	for _, c := range [][2]string{
		{"Louis XIV", "Louis XV"},
		{"Pope John XXIII", "Pope John XXII"},
		{"Henry VII", "Henry VIII"},
		{"George III", "George II"},
		{"Mohammed VI", "Mohammed V"},
	} {
		if s := Similarity(c[0], c[1]); s >= SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want under %.2f", c[0], c[1], s, SameThreshold)
		}
	}
	for _, c := range [][2]string{
		{"Ramses II", "Ramesses II"},
		{"Mohammed VI", "Muhammad VI"},
		{"Louis XIV", "Louis XIV"},
		{"Pope John XXIII", "Pope John XXIII"},
	} {
		if s := Similarity(c[0], c[1]); s < SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want %.2f or more", c[0], c[1], s, SameThreshold)
		}
	}
}

// TestRomanDistinctAllocatesNothing: romanDistinct runs for every pair
// scored the same, and allocates nothing (romanNumerals).
func TestRomanDistinctAllocatesNothing(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { romanDistinct("Louis XIV, King of France", "Louis XV, King  of France ") }); n != 0 {
		t.Errorf("romanDistinct allocates %.0f times; want 0", n)
	}
}
