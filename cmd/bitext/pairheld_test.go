package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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

// TestExportSaysPairNotHeld: tm export --src en --tgt de of an
// English-French TM wrote an empty TMX (or TSV, XLIFF) and exited 0
// without a word, as lookups did before branch left46: a team exporting
// the pair for a vendor got an empty file. It now says, on standard
// error, that it exported no units and which pairs the TM holds (exit 0,
// the file as before); an export in a pair the TM holds says nothing.
func TestExportSaysPairNotHeld(t *testing.T) {
	dir, db := oneUnitTM(t)
	const note = "bitext: note: exported no units: the TM holds no units in en-de (its language pairs: en-fr)\n"
	for _, format := range []string{"tmx", "tsv", "xliff"} {
		out, stderr, code := runBitext(t, "", "--db", db, "tm", "export", "--src", "en", "--tgt", "de", "--format", format)
		if code != 0 || stderr != note || strings.Contains(out, "pourparlers") {
			t.Errorf("tm export --src en --tgt de --format %s: exit %d, said\n%s\nwant exit 0 and\n%s", format, code, stderr, note)
		}
	}
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "export", "--src", "en", "--tgt", "de", "-o", dir+"/x.tmx"); code != 0 || stderr != note {
		t.Errorf("tm export --src en --tgt de -o x.tmx: exit %d, said\n%s", code, stderr)
	}
	for _, args := range [][]string{{"--src", "en", "--tgt", "fr"}, {"--src", "fr", "--tgt", "en", "--format", "tsv"}, {}} {
		out, stderr, code := runBitext(t, "", append([]string{"--db", db, "tm", "export"}, args...)...)
		if code != 0 || stderr != "" || !strings.Contains(out, "pourparlers") {
			t.Errorf("tm export %q: exit %d, said %q; want the unit and nothing said", args, code, stderr)
		}
	}
}
