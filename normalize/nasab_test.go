package normalize

import "testing"

// A name chain that leaves out a forebear's name: a pair of the
// development part's person-listed class, and names that keep the full
// cost of a word left unmatched.
func TestNasabMiddleWord(t *testing.T) {
	m := devMatcher()
	if s := m.Similarity("Abd-al-Latif Abdallah Salih al-Kuwari", "Abd-al-Latif Abdallah al-Kawari"); s < SameThreshold {
		t.Errorf("a forebear's name left out: %.3f, want at least %.2f", s, SameThreshold)
	}
	for _, p := range [][2]string{
		{"Salih Abd al-Latif Abdallah al-Kuwari", "Abd al-Latif Abdallah al-Kawari"}, // the first name left out
		{"Abdallah Salih al-Kuwari", "Abdallah al-Kawari"},                           // three words: no chain
	} {
		if a := m.Similarity(p[0], p[1]); a >= SameThreshold {
			t.Errorf("%q, %q: %.3f, want under %.2f", p[0], p[1], a, SameThreshold)
		}
	}
}

// Malaysian and Indonesian abbreviations of Muhammad (malay.go).
func TestMuhammadAbbreviations(t *testing.T) {
	m := devMatcher()
	for _, p := range [][2]string{
		{"Muhammad Sholeh Ibrohim", "Muh Sholeh Ibrahim"},
		{"Muhammad Soleh Ibrahim", "Muh Sholeh Ibrahim"},
		{"Mohd Najib Razak", "Mohammad Najib Razak"},
		{"Md Saiful Islam", "Mohammed Saiful Islam"},
	} {
		if s := m.Similarity(p[0], p[1]); s < SameThreshold {
			t.Errorf("%q, %q: %.3f, want at least %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, p := range [][2]string{
		{"Mohd Najib Razak", "Mahmud Najib Razak"}, // Mahmud is another name
	} {
		if s := m.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("%q, %q: %.3f, want under %.2f", p[0], p[1], s, SameThreshold)
		}
	}
}
