package normalize

import "testing"

// TestArabicWaw: a family name written with o, u or ou for the waw, in a
// name that shows an Arabic name in another word, is not capped as two
// Slavic family names (the UK Sanctions List design pairs, 0.800 on main);
// a Russian name, and an Arabic-looking one with no such word, stay capped.
func TestArabicWaw(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Musa Muhammad Salim Dodin", "Musa Muhammad Salim Doudin", true},
		{"Musa Muhammad Salim Dudin", "Musa Muhammad Salim Dodin", true},
		{"Ahmad bin Ali Kurdov", "Ahmad bin Ali Kordov", true},
		{"Ivan Krotov", "Ivan Krutov", false},
		{"Musa Salim Dodin", "Musa Salim Dudin", false}, // no word shows the name Arabic
		{"Muhammad Kudin", "Muhammad Kuzin", false},     // d and z: no waw
	})
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Muhammad Dodin", "Muhammad Doudin", true},
		{"Muhammad Dudin", "Muhammad Doudin", true},
		{"Muhammad Dudin", "Muhammad Dodin", true},
		{"Muhammad Dodin", "Muhammad Dadin", false},
		{"Muhammad Dodin", "Muhammad Dodin", false}, // nothing apart
		{"Ivan Dodin", "Ivan Dudin", false},
		{"al-Dodin Omar", "al-Dudin Omar", true},
	} {
		if got := arabicWawOnly(c.a, c.b); got != c.want {
			t.Errorf("arabicWawOnly(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
