package normalize

import "testing"

// TestSpellingOrdinaryWords: in a text in capitals ordinary words fold
// onto listed names; joined with a function word, or written without a
// vowel, they are no spelling of the name, while an unlisted spelling of
// the name's own words still is.
func TestSpellingOrdinaryWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"THE DAEMON RUNS BY ROOT.\n", "THE DAEMON RUNS BY ROOT.\n"},
		{"He lives By Root in town.\n", "He lives By Root in town.\n"},
		{"SET FOR DOH.\n", "SET FOR DOH.\n"},
		{"FORMAT HHMMSS.\n", "FORMAT HHMMSS.\n"},
		{"BAYROOT IS BIG.\n", "BEIRUT IS BIG.\n"},
		{"Qassim Sulaymani spoke.\n", "Qassem Soleimani spoke.\n"},
		{"QASSIM SULAYMANI SPOKE.\n", "QASSEM SOLEIMANI SPOKE.\n"},
		{"Ships left the Strait of Hurmuz.\n", "Ships left the Strait of Hormuz.\n"},
	} {
		out, _ := collectRewrite(t, DefaultGlossary(), c.in, false)
		if out != c.want {
			t.Errorf("rewrite of %q = %q; want %q", c.in, out, c.want)
		}
	}
	for _, c := range []struct {
		form string
		want bool
	}{{"HHMMSS", true}, {"NMSS", true}, {"Brno", false}, {"Mkhitar", false}, {"Ćwk", false}, {"123", false}, {"Lyn", false}} {
		if got := vowelless(c.form); got != c.want {
			t.Errorf("vowelless(%q) = %v; want %v", c.form, got, c.want)
		}
	}
}
