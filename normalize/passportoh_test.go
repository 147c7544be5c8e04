package normalize

import "testing"

// TestPassportOh: the long ō that Japan's passports may write OH (Ohno
// for Ōno, Satoh for Satō, Ohyama for Ōyama) is the o, ō, oo or ou of the
// other romanizations of one name: before y it is not o and a mora hya,
// hyu or hyo (Ohyama and Oyama, Tohyama and Toyama are one name), and a
// name in -ohrin is no Slavic -in name a letter from -orin (Ogata Kohrin,
// Ogata Korin; Kohrin, Kourin). Two names a mora apart stay two once the oh is
// read ō (Ohyama, Aoyama; Tohyama, Toriyama), and names that do not read
// as Japanese keep their oh (Johan, Joan).
func TestPassportOh(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Ohyama", "Oyama", true},
		{"Ohyama", "Ōyama", true},
		{"Ohyama", "Ooyama", true},
		{"Kohyama", "Kouyama", true},
		{"Tohyama", "Toyama", true},
		{"Ohyama Masutatsu", "Oyama Masutatsu", true},
		{"Tohyama Kagemoto", "Tōyama Kagemoto", true},
		{"Kohrin", "Kourin", true},
		{"Ogata Kohrin", "Ogata Korin", true},
		{"Sohbin", "Sobin", true},
		{"Dohjin", "Dōjin", true},
		{"Ohyama", "Aoyama", false},
		{"Tohyama", "Toriyama", false},
		{"Tohyama", "Tomiyama", false},
		{"Ohyama", "Okuyama", false},
		{"Kohrin", "Karin", false},
		{"Yohko", "Yoshiko", false},
		{"Johan", "Joan", false},
		{"John", "Johann", true},
		{"Kohōshi", "Kohoushi", true},
	})
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Ohyama", "Ōyama", true},
		{"OHYAMA", "OHYAMA", false}, // capitals are left
		{"Ohno", "Ōno", true},
		{"Satoh", "Satō", true},
		{"Ohno Kohji", "Ōno Kōji", true},
		{"Kohrin", "Kōrin", true},
		{"Ohashi", "Ohashi", false}, // a vowel after h: o and ha
		{"Shohei", "Shohei", false},
		{"Oyama", "Oyama", false},
		{"Ōhyama", "Ōhyama", false}, // the ō is long already: ō and hya
		{"Oohno", "Oohno", false},
		{"Kohōshi", "Kohōshi", false}, // a vowel with a mark after h
		{"John", "Jōn", true},
		{"", "", false},
	} {
		if got, ok := passportOh(c.in, true); got != c.want || ok != c.ok {
			t.Errorf("passportOh(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Ohyama", true}, {"Satoh", true}, {"KOHNO", false}, {"Ohno", true}, {"Ohashi", false}, {"Oyama", false}, {"Shohei", false}, {"h", false}, {"", false},
	} {
		if got := passportOhSign(c.s); got != c.want {
			t.Errorf("passportOhSign(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
