package normalize

import (
	"strings"
	"testing"
)

// TestReadEntriesRefusesPO: a gettext PO file given as a glossary is
// refused, at the line of its first msgid, with where its translations
// go. It read as TSV, each line a canonical form: names import stored
// `msgid ""`, `msgstr "Bonjour"` and the header's lines as five entries
// (faults36).
func TestReadEntriesRefusesPO(t *testing.T) {
	po := "# French translation\n#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\nmsgid \"Hello\"\nmsgstr \"Bonjour\"\n"
	for _, c := range []struct {
		name   string
		format Format
	}{
		{"fr.po", FormatAuto},
		{"messages.pot", FormatAuto},
		{"-", FormatAuto},
		{"terms.txt", FormatAuto},
		{"terms.tsv", FormatTSV},
		{"terms.csv", FormatCSV},
	} {
		entries, err := ReadEntriesAs(strings.NewReader(po), c.name, c.format)
		if err == nil || !strings.Contains(err.Error(), "line 3: a PO file") || !strings.Contains(err.Error(), "bitext tm import") {
			t.Errorf("ReadEntriesAs(PO, %q, %q) = %d entries, %v; want an error at line 3 naming a PO file and tm import", c.name, c.format, len(entries), err)
		}
	}
	// A name that merely starts with the word is a name.
	entries, err := ReadEntriesAs(strings.NewReader("Msgid Ltd\torg\n"), "g.tsv", FormatAuto)
	if err != nil || len(entries) != 1 {
		t.Errorf("ReadEntriesAs(Msgid Ltd) = %v, %v; want one entry", entries, err)
	}
}
