package normalize

import "testing"

// TestVowelSound: a name begins with a vowel sound when its first letter
// is a vowel but for "Eu", "Uni", "One" and the like, and an acronym when
// the name of its first letter does.
func TestVowelSound(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Iran", true}, {"ukraine", false}, {"Uganda", true}, {"Europe", false}, {"United Nations", false},
		{"Oman", true}, {"Baghdad", false}, {"FBI", true}, {"CIA", false}, {"Yemen", false}, {"", false},
	} {
		if got := vowelSound(c.name); got != c.want {
			t.Errorf("vowelSound(%q) = %v; want %v", c.name, got, c.want)
		}
	}
}
