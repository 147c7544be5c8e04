package normalize

import "testing"

// TestFrenchShaReading: a Russian -sha in the French -cha
// (pivot_frcha.go), which the Pinyin and Japanese caps parted, is one
// name; ch and sh that open a name or a Pinyin syllable stay apart.
func TestFrenchShaReading(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Natacha", "Natasha", true},
		{"Sacha", "Sasha", true},
		{"Macha", "Masha", true},
		{"Pacha", "Pasha", true},
		{"NATACHA", "NATASHA", true},
		{"Chen", "Shen", false},
		{"Wenchao", "Wenshao", false},
		{"Chiba", "Shiba", false},
		{"Chahine", "Shahine", false},
	})
}

func TestFrenchShaOnly(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Natacha", "Natasha", true},
		{"Sasha", "Sacha", true},
		{"SACHA", "sasha", true},
		{"Acha", "Asha", false},       // under frenchShaMinLen
		{"Kancha", "Kansha", false},   // after a consonant
		{"Chacha", "Shacha", false},   // not the last three letters
		{"Natacha", "Natachа", false}, // a Cyrillic а: not ASCII
		{"Natacha", "Natascha", false},
		{"Sacha", "Sacha", false},
	} {
		if got := frenchShaOnly(c.a, c.b); got != c.want {
			t.Errorf("frenchShaOnly(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
