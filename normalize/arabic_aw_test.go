package normalize

import "testing"

// TestLevantO: the Arabic diphthong aw before a consonant read as the
// Levantine and Egyptian o against a name that writes o there and no aw.
// The joined pairs are design pairs of the UK Sanctions List's
// uklist-person class (0.813 to 0.823 without the reading) and names of
// the kind (Shawki, Shoki); the names kept apart are other names, an
// English aw among them (Dawson, Dodson; Hawkins, Hopkins).
func TestLevantO(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Samir Fawz", "Samir Foz", true},
		{"Samer Foz", "Samir Fawz", true},
		{"Nofal Agub", "Nawfel Akoub", true},
		{"Shawki Ali", "Shoki Ali", true},
		{"Fawzi Ahmed", "Fouad Ahmed", false},
		{"Shawqi Ali", "Shukri Ali", false},
		{"Dawson Smith", "Dodson Smith", false},
		{"Lawson Smith", "Olson Smith", false},
		{"Hawkins John", "Hopkins John", false},
	})
	for _, c := range []struct{ name, other, want string }{
		{"Samir Fawz", "Samir Foz", "samir foz"},
		{"Nawfal Al-Hussein", "Nofal Al-Husayn", "nofal al-hussein"},
		{"Shawqi Ali", "Shoqi Ali", "shoqi ali"},
		{"Fawz", "Foz", ""},                                        // a name of one word
		{"Samir Fawz", "Samer Fawz", ""},                           // the other writes aw
		{"Dawood Ali", "Dood Ali", ""},                             // aw before a vowel: a consonant's w
		{"Nawaz Sharif", "Noaz Sharif", ""},                        // the same
		{"Samir Fawz", "Samir Fiz", ""},                            // no o before z in the other
		{"Lawrence Olivier", "Lorence Olivier", "lorence olivier"}, // one name either way
	} {
		if got := levantOReading(c.name, c.other); got != c.want {
			t.Errorf("levantOReading(%q, %q) = %q, want %q", c.name, c.other, got, c.want)
		}
	}
}
