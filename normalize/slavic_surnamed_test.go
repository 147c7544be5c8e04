package normalize

import "testing"

// TestSlavicSurnamed: a Slavic given name written with j where English
// writes y, before a Slavic family name, is one name, which the Japanese
// (Yuri, Juri) and Pinyin (Yulia, Julia) minimal-pair caps took for two;
// alone, or before a family name that is not Slavic, the caps stay.
func TestSlavicSurnamed(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Yuri Gagarin", "Juri Gagarin", true},
		{"Yulia Tymoshenko", "Julia Tymoshenko", true},
		{"Yana Ivanova", "Jana Ivanova", true},
		{"Yuri", "Juri", false},                 // two Japanese given names
		{"Zhang Wei", "Zheng Wei", false},       // two Chinese surnames
		{"Akane Shiina", "Akame Shiina", false}, // Shiina ends in -ina, and reads as Japanese
	})
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Yuri Gagarin", "Juri Gagarin", true},
		{"Julia Tymoshenko", "Yulia TYMOSHENKO", true},
		{"Yuri Gagarin", "Juri Gagarina", false}, // the family name differs
		{"Yuri", "Juri", false},                  // one word
		{"Akane Shiina", "Akame Shiina", false},
		{"Li Xin", "Lu Xin", false}, // no Slavic suffix of five letters
	} {
		if got := slavicSurnamed(c.a, c.b); got != c.want {
			t.Errorf("slavicSurnamed(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
