package normalize

import "testing"

// TestInformativeDifferences holds the look-alike rules of names8: each a
// pair of different names the rule keeps apart, beside variants it must
// leave as they were.
func TestInformativeDifferences(t *testing.T) {
	m := NewMatcher(nil)
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		// Pinyin finals that the key folds (o and u).
		{"Poyang", "Puyang", false},
		{"Luoyang", "Luyang", false},
		{"Emili", "Emilie", true}, // no mark of Pinyin
		{"Adamou", "Adamu", true}, // no mark of Pinyin
		{"Pupin", "Poupin", true}, // no mark of Pinyin
		{"Zhongshan", "Zhongshan", true},
		// Japanese names of four morae of a consonant and a vowel.
		{"Kazuaki", "Kazuyuki", false},
		{"Kimihito", "Kimito", false},
		{"Azarenko", "Azarienko", true},
		{"Rameau", "Ramo", true},
		{"Megin", "Meguin", true},
		// A long ee against a short e.
		{"Naseer", "Nasser", false},
		{"Rasheed", "Rashed", false},
		{"Rasheed", "Rashid", true}, // both long
		{"Kellee", "Kelle", true},   // a final ee: English -y
		{"Sweeney", "Sweeny", true},
	} {
		if got := m.Same(tc.a, tc.b); got != tc.same {
			t.Errorf("Same(%q, %q) = %v (%.3f); want %v", tc.a, tc.b, got, m.Similarity(tc.a, tc.b), tc.same)
		}
	}
}
