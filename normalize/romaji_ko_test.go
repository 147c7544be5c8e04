package normalize

import "testing"

// TestRomajiKoName: a Japanese woman's given name in -ko against another
// Japanese name the letters score over the threshold (the russian pivot's
// _80 look-alikes: Hiroko, Hirooka 0.867 same before the mark) is two
// names; European words in -ko and pairs with no -ko name keep their
// verdicts.
func TestRomajiKoName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Hiroko", "Hirooka", true},
		{"Tomoko", "Tomooka", true},
		{"Mizuko", "Mizuoka", true},
		{"Teruko", "Teruoka", true},
		{"Rihoko", "Riyoko", true},
		{"Nagako", "Nakago", true},
		{"Haruko", "Haruka", true},
		{"Hiroko", "Hiroko", false},
		{"Kyoko", "Kyouko", false}, // one name, the long vowel written ou
		{"Heiko", "Heike", false},  // German: a bare vowel before ko
		{"Benko", "Benka", false},  // the moraic n before ko
		{"Yoko", "Yoka", false},    // two morae before nothing: too short to tell
		{"Maria", "Mariya", false},
	} {
		if got := romajiDistinct(c.a, c.b); got != c.want {
			t.Errorf("romajiDistinct(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Hiroko", "Hirooka", false},
		{"Satoko", "Satooka", false},
		{"Kiyoko", "Kiyooka", false},
		{"Tokuko", "Tokuoka", false},
		{"HIROKO", "HIROOKA", false},
		{"Kyoko", "Kyouko", true},
		{"Tomoko", "Tomōko", true},
	})
}
