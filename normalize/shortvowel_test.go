package normalize

import "testing"

// Pairs of the development part's person-listed class (the UN list's
// aliases of one person) that differ in short vowels only, and names that
// the rule must leave apart.
func TestShortVowels(t *testing.T) {
	m := devMatcher()
	for _, p := range [][2]string{
		{"Qasim Al-Rimi", "Qasim al-Rami"},
		{"Abu Hamza Al-Masri", "Abu Hamza Al-Misri"},
		{"Fuad Mohamed Khalaf", "Fuad Mohamed Khalif"},
		{"Abu Ubaydah Yusuf al-Anabi", "Abu-Ubaydah Yusuf Al-Inabi"},
		{"Fazal Rahim", "Fazil Rahim"},
		{"Siraj Haqani", "Saraj Haqani"},
	} {
		if s := m.Similarity(p[0], p[1]); s < SameThreshold {
			t.Errorf("%q, %q: %.3f, want at least %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, p := range [][2]string{
		{"Rimi", "Rami"},                      // one word: no other word agrees
		{"Ali Hasan", "Ali Hussein"},          // ei: Husayn, another name
		{"Mohammad Hasan", "Mohammad Husayn"}, // y: another name
		{"Ahmad Salami", "Ahmad Salim"},       // another letter count
	} {
		if s := m.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("%q, %q: %.3f, want under %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"rimi", "rami", true}, {"anabi", "inabi", true}, {"khalaf", "khalif", true},
		{"hasan", "husein", false}, {"mario", "maria", false}, {"amr", "umr", false},
		{"saed", "said", false}, {"rimi", "rimi", false}, {"rimi", "rimmi", false},
	} {
		if got := shortVowelsOnly(c.x, c.y); got != c.want {
			t.Errorf("shortVowelsOnly(%q, %q) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

// Pairs of the development part's person-listed class that write a short
// vowel in one word and leave it out in the other, and names the rule
// must leave apart.
func TestShortVowelInserted(t *testing.T) {
	m := devMatcher()
	for _, p := range [][2]string{
		{"Bassam Ahmad al-Hasri", "Bassam Ahmad Husari"},
		{"Hafiz Abdul Salam Bhuttavi", "Hafiz Abdul Salam Bhattvi"},
		{"Bashir Mahmud Mohammed", "Bashir Mohamed Mohamoud"},
		{"Sa'd bin Sa'd Muhammad Shariyan al-Ka'bi", "Sa'd bin Sa'd Muhammad Shiryan al-Ka'bi"},
	} {
		if s := m.Similarity(p[0], p[1]); s < SameThreshold {
			t.Errorf("%q, %q: %.3f, want at least %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, p := range [][2]string{
		{"Omar Uthman Mohammed", "Omar Mahmoud Uthman"}, // Mahmud, Muhammad: two vowels besides
		{"Husari", "Hasri"},                             // one word: no other word agrees
	} {
		if s := m.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("%q, %q: %.3f, want under %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"hasri", "husari", true}, {"muhamud", "mahmud", true}, {"bhutavi", "bhatvi", true},
		{"muhamed", "mahmud", false}, {"nasir", "nasr", false}, {"husari", "husaris", false},
		{"ahmadi", "ahmad", false},
	} {
		if got := shortVowelInserted(c.x, c.y); got != c.want {
			t.Errorf("shortVowelInserted(%q, %q) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}
