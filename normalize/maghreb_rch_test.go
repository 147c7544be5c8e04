package normalize

import "testing"

// TestMaghrebRCh: the French transcription's ch after r and before a vowel
// is read as sh against a name that writes sh (a UK Sanctions List design
// pair, 0.858 on main; Fayez Barcha 0.847); the English -rch at a word's
// end and an rch before e (German, Italian, English) are not read.
func TestMaghrebRCh(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Mohamad Fayez Al-Barasha", "Mohammad Fayez Barcha", true},
		{"Fayez Barasha", "Fayez Barcha", true},
		{"Ahmed Harchaoui", "Ahmed Harshawi", true},
		{"Birch", "Birsh", false},
	})
	for _, c := range []struct {
		w    string
		i    int
		want bool
	}{
		{"barcha", 3, true}, {"harchaoui", 3, true}, {"birch", 3, false}, {"kirchner", 3, false}, {"archer", 2, false}, {"marchetti", 3, false},
	} {
		if got := rChVowel(c.w, c.i); got != c.want {
			t.Errorf("rChVowel(%q, %d) = %v; want %v", c.w, c.i, got, c.want)
		}
	}
}
