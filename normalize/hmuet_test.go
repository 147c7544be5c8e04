package normalize

import "testing"

// TestFrenchMute: pairs of the development part (person-listed and its
// words) that differ only in a French initial h or final e and that the Pinyin or Hepburn
// minimal-pair veto held apart; and the pairs the vetoes must still hold.
func TestFrenchMute(t *testing.T) {
	m := devMatcher()
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Amadou Koufa", "Hamadou Koufa", true}, // read as Pinyin a-ma-dou
		{"Amadou", "Hamadou", true},
		{"Haroun", "Aroun", true},   // read as Hepburn a-ro-u-n
		{"Hissene", "Issene", true}, // Hepburn hi-s-se-ne
		{"Hassan", "Hassane", true}, // Hepburn ha-s-sa-n, ha-s-sa-ne
		{"Ramadan", "Ramadane", true},
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
	if frenchMuteOnly("Aroun Koufa", "Haroun Kufa") || !frenchMuteOnly("Aroun Koufa", "Haroun Koufa") || !frenchMuteOnly("Hassan Koufa", "Hassane Koufa") {
		t.Error("frenchMuteOnly: an h or an e on one word, every other word equal")
	}
	if frenchMuteOnly("Akane", "Akan") || frenchMuteOnly("Katsue", "Katsu") {
		t.Error("frenchMuteOnly: a shorter word of four letters, an e after a vowel")
	}
}
