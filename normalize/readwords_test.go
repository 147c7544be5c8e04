package normalize

import "testing"

// TestReadWords: readWords lowers the name, replaces each word that read
// changes and keeps what lies between the words; a name read changes
// nowhere is "".
func TestReadWords(t *testing.T) {
	mary := func(w string) string {
		if w == "maria" {
			return "mary"
		}
		return w
	}
	for _, c := range []struct{ name, want string }{
		{"Ana-Maria  López", "ana-mary  lópez"},
		{"MARIA", "mary"},
		{" Maria, Maria.", " mary, mary."},
		{"Ana López", ""},
		{"", ""},
	} {
		if got := readWords(c.name, mary); got != c.want {
			t.Errorf("readWords(%q) = %q; want %q", c.name, got, c.want)
		}
	}
}
