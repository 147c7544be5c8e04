package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportTSVSaysLinesLeftOut: tm import of a TSV whose lines have an
// empty column (the seed's English and French sentence files pasted side
// by side, their paragraphs apart) said "6 units read, 6 added" of a file
// of 20 lines, the other 14 (a tab alone, or one side) left out without a
// word. It now counts them (left out, "with an empty side") and says, in
// a note, how many lines and the first of them, exit 0. (It pasted the second English
// version as the French column, which align's language check refuses
// since trial48: English given as French, no copy of the source.)
func TestImportTSVSaysLinesLeftOut(t *testing.T) {
	en := strings.Split(readTestFile(t, "../../testdata/irgc-iraq.en.seg.txt"), "\n")
	fr := strings.Split(readTestFile(t, "../../testdata/irgc-iraq.fr.seg.txt"), "\n")
	var b strings.Builder
	for i := range 20 { // paste a b | head -20
		var l, r string
		if i < len(en) {
			l = en[i]
		}
		if i < len(fr) {
			r = fr[i]
		}
		b.WriteString(l + "\t" + r + "\n")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "t.tsv")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runBitext(t, "", "--db", filepath.Join(dir, "tm.db"), "tm", "import", "--src", "en", "--tgt", "fr", file)
	for _, want := range []string{
		file + ": 6 units read, 6 added, 0 merged, 14 left out (0 unconfirmed, 0 untranslated, 14 with an empty side)\n",
		"bitext: note: " + file + ": 14 lines with an empty column left out (lines 2, 4, 6, 7, 8, ...): a sentence without its partner is nothing to remember\n",
	} {
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("tm import of 20 lines, 14 with an empty column: exit %d, said\n%s\nwant 0 and\n%s", code, stderr, want)
		}
	}
	// A file of complete pairs says nothing more.
	if err := os.WriteFile(file, []byte("One.\tUn.\nTwo.\tDeux.\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runBitext(t, "", "--db", filepath.Join(dir, "tm.db"), "tm", "import", "--src", "en", "--tgt", "fr", file); code != 0 || strings.Contains(stderr, "note") || strings.Contains(stderr, "left out") {
		t.Errorf("tm import of complete pairs and an empty line: exit %d, said\n%s", code, stderr)
	}
}
