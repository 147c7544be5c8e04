package normalize

import "testing"

// TestEnglishWReading: the w of an English diphthong is read u where it
// closes a syllable, and only against a name that writes a diphthong with u.
func TestEnglishWReading(t *testing.T) {
	for _, c := range []struct{ name, other, want string }{
		{"Brown", "Braun", "Broun"},
		{"Dowd", "Doud", "Doud"},
		{"Crawford", "Craufurd", "Crauford"},
		{"Howard", "Houard", ""},     // w before a vowel is a consonant
		{"Kowalski", "Koualski", ""}, // as in Polish
		{"Brown", "Brun", ""},        // the other writes no diphthong with u
		{"Dewhurst", "Deuhurst", ""}, // w before h
		{"Iwan", "Ivan", ""},
	} {
		if got := englishWReading(c.name, c.other); got != c.want {
			t.Errorf("englishWReading(%q, %q) = %q; want %q", c.name, c.other, got, c.want)
		}
	}
}

// TestEnglishWSimilarity: English and Scots or German spellings of one
// diphthong are one name; a w left out, or a vowel for it without the
// diphthong, is not.
func TestEnglishWSimilarity(t *testing.T) {
	for _, c := range [][2]string{
		{"Brown", "Broun"},
		{"Brown", "Braun"},
		{"Dowd", "Doud"},
		{"Downey", "Douney"},
	} {
		if s := Similarity(c[0], c[1]); s < SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want %.2f or more", c[0], c[1], s, SameThreshold)
		}
	}
	for _, c := range [][2]string{
		{"Low", "Lo"},
		{"Dow", "Do"},
		{"Dowd", "Dodd"},
		{"Brown", "Brun"},
	} {
		if s := Similarity(c[0], c[1]); s >= SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want under %.2f", c[0], c[1], s, SameThreshold)
		}
	}
}
