package main

import (
	"os"
	"path/filepath"
	"strconv"
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

// TestImportWrongLanguages: tm import of a TSV or JSON Lines file, whose
// languages the command line gives, stored English and French pairs as
// English and Japanese (--tgt ja), or with the columns swapped French as
// English, without a word: lookups then offered French as Japanese.
// align refuses such documents; the import now reads the first units'
// languages as align reads a document's, and refuses the file (exit 2,
// nothing stored) naming the column and what it reads as.
func TestImportWrongLanguages(t *testing.T) {
	dir := t.TempDir()
	en := strings.Split(strings.TrimSpace(readTestFile(t, "../../testdata/irgc-iraq.en.seg.txt")), "\n")
	fr := strings.Split(strings.TrimSpace(readTestFile(t, "../../testdata/irgc-iraq.fr.seg.txt")), "\n")
	var pairs, swapped, jsonl strings.Builder
	for i := 0; i < min(len(en), len(fr)); i++ {
		if strings.TrimSpace(en[i]) == "" || strings.TrimSpace(fr[i]) == "" {
			continue
		}
		pairs.WriteString(en[i] + "\t" + fr[i] + "\n")
		swapped.WriteString(fr[i] + "\t" + en[i] + "\n")
		jsonl.WriteString(`{"src":[` + strconv.Itoa(i) + `],"tgt":[` + strconv.Itoa(i) + `],"score":0.9,"src_text":` + strconv.Quote(en[i]) + `,"tgt_text":` + strconv.Quote(fr[i]) + "}\n")
	}
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	db := filepath.Join(dir, "tm.db")
	for _, c := range []struct {
		file string
		args []string
		want string
	}{
		{write("swapped.tsv", swapped.String()), []string{"--src", "en", "--tgt", "fr"}, "the source column: it reads as French, not English (en): "},
		{write("pairs.tsv", pairs.String()), []string{"--src", "en", "--tgt", "ja"}, "the target column: its letters are in Latin script, hardly any (0 of "},
		{write("pairs.jsonl", jsonl.String()), []string{"--src", "en", "--tgt", "de"}, "the target column: it reads as French, not German (de): "},
	} {
		_, stderr, code := runBitext(t, "", append([]string{"--db", db, "tm", "import", c.file}, c.args...)...)
		if want := "bitext: error: import " + c.file + ": " + c.want; code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("tm import %s %s: exit %d, said\n%s\nwant 2 and\n%s...", c.file, strings.Join(c.args, " "), code, stderr, want)
		}
		if _, err := os.Stat(db); err == nil {
			t.Errorf("tm import %s %s made a TM", c.file, strings.Join(c.args, " "))
			os.Remove(db)
		}
	}
	// The file in its languages: stored.
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "import", "--src", "en", "--tgt", "fr", filepath.Join(dir, "pairs.tsv")); code != 0 || !strings.Contains(stderr, "added") {
		t.Errorf("tm import of English and French as en, fr: exit %d: %s", code, stderr)
	}
}

// TestImportTSVCutShort: a TSV of align's three columns cut in its last
// line ("Good day.<TAB>Bonne jour", no score, no line end) stored "Bonne
// jour" as the translation of "Good day." (faults62). The cut line is now an
// error naming the file and the line, exit 2, and nothing of the file is
// stored; the same file with its last line whole but no line end imports.
func TestImportTSVCutShort(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	file := filepath.Join(dir, "cut.tsv")
	whole := "Hello.\tBonjour.\t0.912\nThanks.\tMerci.\t0.850\nGood day.\tBonne journée.\t0.801"
	seed := filepath.Join(dir, "seed.tsv")
	if err := os.WriteFile(seed, []byte("Yes.\tOui.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "import", "--src", "en", "--tgt", "fr", seed); code != 0 {
		t.Fatalf("tm import of one pair: exit %d, said\n%s", code, stderr)
	}
	if err := os.WriteFile(file, []byte(whole[:len(whole)-len("née.\t0.801")]), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runBitext(t, "", "--db", db, "tm", "import", "--src", "en", "--tgt", "fr", file)
	want := "bitext: error: import " + file + ": line 3: no line end and no score, but line 2 has one: the file cut short?"
	if code != 2 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "nothing from "+file+" was stored") {
		t.Errorf("tm import of a TSV cut in its last line: exit %d, said\n%s\nwant 2 and\n%s", code, stderr, want)
	}
	if out, _, _ := runBitext(t, "", "--db", db, "tm", "export", "--format", "tsv", "--src", "en", "--tgt", "fr"); out != "Yes.\tOui.\n" {
		t.Errorf("after the failed import the TM holds\n%s\nwant its one pair", out)
	}
	if err := os.WriteFile(file, []byte(whole), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "import", "--src", "en", "--tgt", "fr", file); code != 0 || !strings.Contains(stderr, file+": 3 units read, 3 added") {
		t.Errorf("tm import of whole lines, the last without a line end: exit %d, said\n%s", code, stderr)
	}
}

// TestImportTSVHeader: tm import of a TSV whose first line names its
// columns ("source<TAB>target") stored that line as a unit ("2 units
// read, 2 added"). It is left out, and a note says so; a first line of
// other words is a pair, as before.
func TestImportTSVHeader(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "h.tsv")
	db := filepath.Join(dir, "tm.db")
	for _, c := range []struct{ in, read, note string }{
		{"source\ttarget\nGood morning\tGuten Morgen\n", ": 1 unit read, 1 added", `bitext: note: ` + file + `: line 1 "source\ttarget" read as the columns' header, not stored` + "\n"},
		{"en\tde\nGood evening\tGuten Abend\n", ": 1 unit read, 1 added", `bitext: note: ` + file + `: line 1 "en\tde" read as the columns' header, not stored` + "\n"},
		{"Source\tQuelle\nGood night\tGute Nacht\n", ": 2 units read, 2 added", ""},
	} {
		if err := os.WriteFile(file, []byte(c.in), 0o644); err != nil {
			t.Fatal(err)
		}
		_, stderr, code := runBitext(t, "", "--db", db, "tm", "import", "--src", "en", "--tgt", "de", file)
		if code != 0 || !strings.Contains(stderr, file+c.read) || !strings.Contains(stderr, c.note) || c.note == "" && strings.Contains(stderr, "note") {
			t.Errorf("tm import of %q: exit %d, said\n%s\nwant 0, %q and %q", c.in, code, stderr, c.read, c.note)
		}
	}
}

// TestBinaryFilesSaid: random bytes named .tmx, .xlf or .po (tm import),
// .tbx (names import) or .srx (segment --rules) were refused with the
// bytes quoted by the XML reader ("not well-formed XML: invalid character
// entity &N\x90..."). Each is said to be binary, with its line and byte,
// exit 2.
func TestBinaryFilesSaid(t *testing.T) {
	dir := t.TempDir()
	data := []byte("\x97B\x9b \xe9\xdbG\x00\x01<&N\x90-\xec\n\xff")
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"rnd.tmx", []string{"tm", "import"}, ": line 1: not text: binary data (invalid UTF-8 (0x97) at byte 1), not a TMX file"},
		{"rnd.xlf", []string{"tm", "import"}, ": line 1: not text: binary data (invalid UTF-8 (0x97) at byte 1), not an XLIFF file"},
		{"rnd.po", []string{"tm", "import"}, ": line 1: not text: binary data (invalid UTF-8 (0x97) at byte 1), not a PO file"},
		{"rnd.tbx", []string{"names", "import"}, ": line 1: not text: binary data (invalid UTF-8 (0x97) at byte 1), not a TBX file"},
		{"rnd.srx", []string{"segment", "--lang", "en", "--rules"}, ": line 1: not text: binary data (invalid UTF-8 (0x97) at byte 1), not an SRX file"},
	} {
		file := filepath.Join(dir, c.name)
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args := append([]string{"--db", filepath.Join(dir, "tm.db")}, c.args...)
		_, stderr, code := runBitext(t, "Hello there.", append(args, file)...)
		if code != 2 || !strings.Contains(stderr, c.name+c.want) {
			t.Errorf("bitext %s %s: exit %d, said\n%s\nwant 2 and %q", strings.Join(c.args, " "), c.name, code, stderr, c.want)
		}
	}
}
