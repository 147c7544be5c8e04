package normalize

import "testing"

// TestIaYaReading: Russian names with я and ю written by ICAO Doc 9303
// (ia, iu) against BGN/PCGN (ya, yu), which the Japanese mora cap parted
// (Дарьяна, Зарьяна, Кирюша; romanized here by the two tables).
func TestIaYaReading(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Dariana", "Daryana", true},
		{"Zariana", "Zaryana", true},
		{"Kiriusha", "Kiryusha", true},
		{"Ryan", "Rian", false}, // English and Irish
		{"DARIANA", "DARYANA", true},
		{"Katsue", "Katsuji", false}, // the cap's own pair
		{"Hanae", "Hanai", false},
	})
}

func TestIaYaOnly(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Ariuna", "Aryuna", true},
		{"Nuraniia", "Nuraniya", true},
		{"MARIANA", "Maryana", true},
		{"Miropiia Kiriusha", "Miropiya Kiryusha", true},
		{"Mariana", "Mariana", false},
		{"Iura", "Yura", false},       // first in its word
		{"Kimie", "Kymie", false},     // not before a, u or o
		{"Mari", "Mary", false},       // last
		{"Mariana", "Maryona", false}, // another letter too
		{"Mariana", "Maryanna", false},
		{"Sofiya", "Sofiia", true},
	} {
		if got := iaYaOnly(c.a, c.b); got != c.want {
			t.Errorf("iaYaOnly(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
