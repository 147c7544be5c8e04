package normalize

import (
	"strings"
	"testing"
)

// TestImportRefusesSentences: a text file read as a TSV glossary is
// refused at its first sentence-like line, with the line, instead of
// each line becoming a canonical form (normalize then rewrote "Hello
// world" to "Hello world."); names ending in an abbreviation, and long
// official names, still read.
func TestImportRefusesSentences(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Hello world.\n", "line 1: \"Hello world.\" is a sentence, not a name"},
		{"Qassem Soleimani\tperson\nThe talks ended.\n", "line 2: \"The talks ended.\" is a sentence"},
		{strings.Repeat("word ", 17) + "\n", "is a sentence, not a name (17 words)"},
	} {
		if _, err := ReadEntries(strings.NewReader(tc.in), FormatTSV); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadEntries(%q) = %v; want an error %q", tc.in, err, tc.want)
		}
	}
	ok := "Martin Luther King Jr.\tperson\n" + "Washington D.C.\tplace\n" + "Apple Inc.\torg\n" +
		"United Nations Educational, Scientific and Cultural Organization\torg\tUNESCO\n" + "Qassem Soleimani\n"
	if es, err := ReadEntries(strings.NewReader(ok), FormatTSV); err != nil || len(es) != 5 {
		t.Errorf("ReadEntries of names = %d entries, %v; want 5", len(es), err)
	}
}
