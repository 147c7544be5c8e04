package normalize

import "testing"

// TestParticleJoined: an Abd al-X name written as one word (Abd-el-, Abdul-)
// against the form written apart is one name when the part after the
// article is a spelling of the other's, and stays another name when that
// part is another name; the shared Abd al- does not make them one.
func TestParticleJoined(t *testing.T) {
	for _, c := range [][2]string{
		{"Abdelmalek", "Abd al-Malik"}, // Maghrebi e for i
		{"Abd al-Malik", "Abdelmalek"},
		{"Abdulkader", "Abd al-Qadir"},
		{"Abdelkader", "Abd-al-Qadir"},
		{"Muhammad Abdelkader", "Muhammad Abd al-Qadir"},
		{"Abdelmalek Droukdel", "Abd al-Malik Drukdal"},
	} {
		if s := Similarity(c[0], c[1]); s < SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want %.2f or more", c[0], c[1], s, SameThreshold)
		}
	}
	for _, c := range [][2]string{
		{"Abdulmalik", "Abd al-Khaliq"},
		{"Abdelkader", "Abd al-Karim"},
		{"Abdulrahman", "Abd al-Rahim"},
		{"Abdelaziz", "Abd al-Hafiz"},
		{"Abdulkarim", "Abd al-Qadir"},
		{"Alhakim", "al-Hashim"},
	} {
		if s := Similarity(c[0], c[1]); s >= SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want under %.2f", c[0], c[1], s, SameThreshold)
		}
	}
}
