package normalize

import "testing"

// TestAbdArticle: Abd's assimilated article written once is read as the
// article against a name that writes it (the UN list's design pair, 0.859
// on main; Abdul Salam, Abdusalam 0.845); Abdu and Abduh, names of their
// own, Abdou Diouf, and another name after Abd stay apart.
func TestAbdArticle(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Hafiz Abdul Salam Bhuttavi", "Hafiz Abdusalam Budvi", true},
		{"Abdul Salam", "Abdusalam", true},
		{"Abdul Rahman", "Abdurahman", true},
		{"Abd al-Samad", "Abdusamad", true},
		{"Abdul Shakur", "Abdush Shakur", true},
		{"Abdul Shakur Ali", "Abdushakur Ali", true},
		{"Abdirahman Ali", "Abdurahman Ali", true},
		{"Muhammad Abduh", "Muhammad Abdul", false},
		{"Abdou Diouf", "Abdul Diouf", false},
		{"Abdisalam Ali", "Abdul Karim Ali", false},
	})
	for _, c := range []struct{ name, other, want string }{
		{"Abdusalam", "Abdul Salam", "abdalsalam"},
		{"Abdirahman Ali", "Abdurrahman Ali", "abdalrahman ali"},
		{"Abdush Shakur", "Abdul Shakur", "abdal shakur"},
		{"Abdushakur", "Abd al-Shakur", "abdalshakur"},
		{"Abdusalam", "Abdusalam Ali", ""},  // the other writes the same word
		{"Abdulah", "Abdullah", ""},         // l: the key's Abdul-
		{"Abdussalam", "Abdul Salam", ""},   // doubled: the key's
		{"Abdu Shakur", "Abdul Shakur", ""}, // Abdu alone: a name of its own
		{"Abdikarim", "Abdul Karim", ""},    // k is no sun letter
	} {
		if got := abdArticleReading(c.name, c.other); got != c.want {
			t.Errorf("abdArticleReading(%q, %q) = %q; want %q", c.name, c.other, got, c.want)
		}
	}
}
