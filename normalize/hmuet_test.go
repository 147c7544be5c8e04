package normalize

import "testing"

// TestHMuet: pairs of the development part (person-listed and its words)
// that differ only in a French initial h and that the Pinyin or Hepburn
// minimal-pair veto held apart; and the pairs the vetoes must still hold.
func TestHMuet(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Amadou Koufa", "Hamadou Koufa", true}, // read as Pinyin a-ma-dou
		{"Amadou", "Hamadou", true},
		{"Haroun", "Aroun", true},    // read as Hepburn a-ro-u-n
		{"Hissene", "Issene", true},  // Hepburn hi-s-se-ne
		{"Henan", "Hunan", false},    // Pinyin: a final
		{"Katsue", "Katsuji", false}, // Hepburn: a mora
		{"Aimin", "Haimin", false},   // two Pinyin syllables
		{"Han Ying", "An Ying", false},
		{"Amadou Koufa", "Hamadou Kufai", false}, // another word differs as well
	} {
		if got := m.Similarity(c.a, c.b); (got >= SameThreshold) != c.same {
			t.Errorf("Similarity(%q, %q) = %.3f, want same=%v", c.a, c.b, got, c.same)
		}
	}
	if hMuetOnly("Aroun Koufa", "Haroun Kufa") || !hMuetOnly("Aroun Koufa", "Haroun Koufa") {
		t.Error("hMuetOnly: an h on one word, every other word equal")
	}
}
