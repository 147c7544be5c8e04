package normalize

import "testing"

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
