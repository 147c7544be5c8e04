package normalize

import (
	"strings"
	"testing"
)

// TestNisbaDistinct: a final -i made of a place name is another entity
// (Rafsanjan, Rafsanjani); a name's own final i, short names and the
// Italian plural of -ian are left to the rest of Similarity.
func TestNisbaDistinct(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Rafsanjani", "Rafsanjan", false},
		{"Akbar Hashemi Rafsanjani", "Akbar Hashemi Rafsanjan", false},
		{"Rafsanjani", "Rafsanjany", true},
		{"Giustinian", "Giustiniani", true},
		{"Hashemi Rafsanjani", "Hashemi-Rafsanjani", true},
	} {
		if got := m.Same(c.a, c.b); got != c.same {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.same, m.Similarity(c.a, c.b))
		}
	}
	for _, c := range [][2]string{{"Ali", "Al"}, {"Giustiniani", "Giustinian"}, {"Malika", "Malik"}} {
		if nisbaDistinct(c[0], c[1]) {
			t.Errorf("nisbaDistinct(%q, %q) = true, want false", c[0], c[1])
		}
	}
}

// TestPinyinDoubleA: Shaanxi (陕西) against Shanxi (山西) is two provinces;
// a doubled a outside Pinyin (Jaafar, Saad) and other spellings of
// Shaanxi stay one name.
func TestPinyinDoubleA(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Shaanxi", "Shanxi", false},
		{"Shaanxi Province", "Shanxi Province", false},
		{"Shaanxi", "SHAANXI", true},
		{"Shaanxi", "Shaan-xi", true},
		{"Jaafar", "Jafar", true},
		{"Saad", "Sad", true},
	} {
		if got := m.Same(c.a, c.b); got != c.same {
			t.Errorf("Same(%q, %q) = %v, want %v (%.3f)", c.a, c.b, got, c.same, m.Similarity(c.a, c.b))
		}
	}
}

// TestNumbersDistinct: names that write other numbers are told apart, in
// any script's digits, and names without digits are never (the shortcut
// that skips their keys agrees with reading the keys' digits).
func TestNumbersDistinct(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Apollo 11", "Apollo 1", true},
		{"Boeing 777", "Boeing 7", true},
		{"Apollo 11", "Apollo 11", false},
		{"Resolution ٣", "Resolution 3", false},
		{"Resolution ٣", "Resolution 4", true},
		{"Henry VIII", "Henry VII", false}, // Roman numerals are letters of the key
		{"Qasem Soleimani", "Qassim Sulaimani", false},
		{"Ramses II", "Ramses 2", true},
	} {
		if got := numbersDistinct(c.a, c.b); got != c.want {
			t.Errorf("numbersDistinct(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
	for _, s := range []string{"Henry VIII", "Apollo XI", "O'Neill", "Jean-Luc Picard", "Dr. Who", "x"} {
		if !asciiNoDigit(s) || strings.ContainsAny(Key(s), "0123456789") {
			t.Errorf("%q: asciiNoDigit %v, key %q; want true and no digit in the key", s, asciiNoDigit(s), Key(s))
		}
	}
}
