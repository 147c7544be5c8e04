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

// TestNoMatchSaysPairNotHeld: tm lookup, concordance --tgt and
// pretranslate in a language pair the TM holds no unit of (--tgt de on an
// English-French TM) said "no match" only, as if the TM had nothing like
// the query. They now say that it holds no units in the pair, and which
// pairs it holds; a lookup that found nothing in a pair the TM holds says
// "no match" as before.
func TestNoMatchSaysPairNotHeld(t *testing.T) {
	dir, db := oneUnitTM(t)
	art := filepath.Join(dir, "a.en.txt")
	if err := os.WriteFile(art, []byte("The talks ended on Friday.\n\nThe minister left for Baghdad at noon.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const held = "the TM holds no units in en-de (its language pairs: en-fr)"
	for _, c := range []struct {
		args []string
		want string // the end of standard error
	}{
		{[]string{"tm", "lookup", "--src", "en", "--tgt", "de", "The talks ended on Friday."}, "bitext: no match at or above 70%: " + held + "\n"},
		{[]string{"tm", "lookup", "--src", "de", "--tgt", "en", "Die Gespräche endeten am Freitag."}, "bitext: no match at or above 70%: the TM holds no units in de-en (its language pairs: en-fr)\n"},
		{[]string{"tm", "lookup", "--src", "en", "--tgt", "fr", "Nothing like it."}, "bitext: no match at or above 70%\n"},
		{[]string{"tm", "lookup", "--src", "en", "--tgt", "de", "-"}, "bitext: no match at or above 70%: " + held + "\n"},
		{[]string{"tm", "concordance", "--src", "en", "--tgt", "de", "talks"}, "bitext: no en segment translated into de has \"talks\": " + held + "\n"},
		{[]string{"tm", "concordance", "--src", "en", "--tgt", "fr", "minister"}, "bitext: no en segment translated into fr has \"minister\"\n"},
		{[]string{"tm", "pretranslate", "--src", "en", "--tgt", "de", art, "-o", filepath.Join(dir, "a.xlf")}, "bitext: note: no segment matched: " + held + "\n"},
		{[]string{"tm", "pretranslate", "--analyze", "--src", "en", "--tgt", "de", art}, "bitext: note: no segment matched: " + held + "\n"},
	} {
		_, stderr, code := runBitext(t, "The talks ended on Friday.\n", append([]string{"--db", db}, c.args...)...)
		if code != 0 || !strings.HasSuffix(stderr, c.want) {
			t.Errorf("%s: exit %d, said\n%s\nwant 0 and its end\n%s", strings.Join(c.args, " "), code, stderr, c.want)
		}
	}
	// A pretranslation with a match says nothing of the pairs.
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "pretranslate", "--analyze", "--src", "en", "--tgt", "fr", art); code != 0 || strings.Contains(stderr, "pairs") {
		t.Errorf("pretranslate --analyze en-fr: exit %d, said\n%s", code, stderr)
	}
}
