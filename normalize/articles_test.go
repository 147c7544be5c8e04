package normalize

import "testing"

// Pairs of the development part's person-listed class (the UN list's
// aliases of one person) that write the Arabic article joined to a word,
// and names that the rule must leave apart.
func TestJoinedArticle(t *testing.T) {
	m := devMatcher()
	for _, p := range [][2]string{
		{"Mati ur Rehman", "Matiur Rahman"},
		{"Matiur Rahman", "Matti al-Rehman"},
		{"Abd Ur-Rehman", "Abdur Rahman"},
		{"Abdal Al-Hadi Al-Iraqi", "Abd Al-Hadi Al-Iraqi"},
		{"Abd el Kader Mahmoud Mohamed el Sayed", "Abdel Khader Mahmoud Mohamed el Sayed"},
		{"Hani al-Sayyid al-Sebai Yusif", "Hani El Sayyed Elsebai Yusef"},
		{"Abdurochim Bashir", "Abdurrochim Ba'asyir"},
		{"Aman Abdurahman", "Aman Abdurrachman"},
		{"Hussein Mohammed Hussein Aljeithni", "Husayn Muhammad Husayn al-Juaythini"},
	} {
		if s := m.Similarity(p[0], p[1]); s < SameThreshold {
			t.Errorf("%q, %q: %.3f, want at least %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, p := range [][2]string{
		{"Abd al-Hadi", "Abd al-Hakim"},   // other words
		{"Matiur Rahman", "Mati Rahimi"},  // another name after the article
		{"Alhakim Ahmad", "Hakim Ahmad"},  // a first word keeps its al
		{"Mujibur Rahman", "Mujib Rehan"}, // not the article's sun letter
		{"Abdurahman Ali", "Abdulkarim Ali"},
	} {
		if s := m.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("%q, %q: %.3f, want under %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, c := range []struct{ w, next, want string }{
		{"matiur", "rahman", "mati"}, {"ziaul", "hak", "zia"}, {"abdal", "hadi", "abd"},
		{"abd", "hadi", "abd"}, {"elsebei", "", "sebei"}, {"matiur", "", ""},
		{"matiur", "salim", ""}, {"bashir", "rahman", ""},
		{"abduruchim", "", "abdruchim"}, {"abdalruchim", "", "abdruchim"}, {"abdusalam", "", "abdsalam"},
		{"abdalahi", "", ""}, {"abdulahi", "", ""},
	} {
		if got := articleStem(c.w, c.next, false); got != c.want {
			t.Errorf("articleStem(%q, %q) = %q, want %q", c.w, c.next, got, c.want)
		}
	}
	if got := articleStem("alhakim", "ahmad", true); got != "" {
		t.Errorf("articleStem(alhakim) first = %q, want none", got)
	}
}

// Compound given names in -uddin and their short forms: pairs of the
// development part's person-listed class, and names the rule must leave
// apart.
func TestDinShortForm(t *testing.T) {
	m := devMatcher()
	for _, p := range [][2]string{
		{"Siraj Haqqani", "Serajuddin Haqani"},
		{"Nasiruddin Haqqani", "Nassir Haqqani"},
		{"Nasiruddin Haqqani", "Naseer Haqqani"},
	} {
		if s := m.Similarity(p[0], p[1]); s < SameThreshold {
			t.Errorf("%q, %q: %.3f, want at least %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, p := range [][2]string{
		{"Nasiruddin Haqqani", "Badruddin Haqqani"}, // another first part
		{"Osama bin Ladin", "Osama bin Lad"},        // Ladin is no compound
	} {
		if s := m.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("%q, %q: %.3f, want under %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, c := range []struct{ w, want string }{
		{"nasirudin", "nasir"}, {"nasredine", "nasr"}, {"serayudin", "serei"},
		{"saladin", ""}, {"ladin", ""}, {"nasirudinx", ""},
	} {
		if got := dinStem(c.w); got != c.want {
			t.Errorf("dinStem(%q) = %q, want %q", c.w, got, c.want)
		}
	}
}
