package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPretranslateBackRefusesLanguages: tm pretranslate --back takes the
// languages from the XLIFF file; --src de --tgt ja with an English-French
// XLIFF were taken and not used (exit 0), and --src alone said "--tgt is
// required", as if --back needed both. Both are now a usage error saying
// that the file gives the languages, and nothing is written.
func TestPretranslateBackRefusesLanguages(t *testing.T) {
	dir, xlf, _ := pretranslatedXLIFF(t, "The talks ended on Friday.\n")
	out := filepath.Join(dir, "a.fr.txt")
	for _, langs := range [][]string{{"--src", "de", "--tgt", "ja"}, {"--src", "en"}, {"--tgt", "fr"}, {"--src", "en", "--tgt", "fr"}} {
		_, stderr, code := runBitext(t, "", append([]string{"tm", "pretranslate", "--back", xlf, "-o", out}, langs...)...)
		if want := "bitext: error: --back takes the languages from the XLIFF file (its source-language and target-language): leave out --src and --tgt\n"; code != 2 || !strings.HasPrefix(stderr, want) {
			t.Errorf("--back %q: exit %d, said\n%s\nwant exit 2 and %q", langs, code, stderr, want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Fatalf("--back %q wrote %s", langs, out)
		}
	}
	if _, stderr, code := runBitext(t, "", "tm", "pretranslate", "--back", xlf, "-o", out); code != 0 {
		t.Errorf("--back without languages: exit %d: %s", code, stderr)
	}
}

// TestPretranslateBackSaysWhatIsLeft: tm pretranslate --back wrote the
// article with English paragraphs among the French, and French fuzzy
// matches no one had reviewed, without a word (exit 0); and the units a
// tool had given new ids (Translate Toolkit's po2xliff with the XLIFF as
// template appends the translations as new units, ids after the last)
// were left out, the translator's work lost silently (it puts them in a
// second <file>, which --back did not read). It now says, on
// standard error, which units kept their source text, which targets are
// still marked for review, and which translations have no place in the
// article (their id is not in its skeleton), each with its line.
func TestPretranslateBackSaysWhatIsLeft(t *testing.T) {
	dir, xlf, x := pretranslatedXLIFF(t, "The talks ended on Friday.\n\nThe talks ended on Monday.\n\nThe minister left for Baghdad at noon.\n")
	if strings.Count(x, "<trans-unit ") != 3 || strings.Count(x, `state="needs-review-translation"`) != 1 {
		t.Fatalf("pretranslate wrote units and states other than this test assumes (3 units, 1 fuzzy):\n%s", x)
	}
	out := filepath.Join(dir, "a.fr.txt")
	_, stderr, code := runBitext(t, "", "tm", "pretranslate", "--back", xlf, "-o", out)
	if code != 0 {
		t.Fatalf("--back: exit %d: %s", code, stderr)
	}
	line := func(s string) string { return strconv.Itoa(1 + strings.Count(x[:strings.Index(x, s)], "\n")) }
	for _, want := range []string{
		"bitext: warning: " + xlf + ": 1 of 3 units has no translation, and the article has its source text: unit 3 (line " + line(`<trans-unit id="3"`) + ")\n",
		"bitext: warning: " + xlf + ": 1 translation is still marked needs-review-translation, and the article has it as it is: unit 2 (line " + line(`<trans-unit id="2"`) + ")\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("--back of a file with an empty target and a fuzzy one said\n%s\nwant it to say\n%s", stderr, want)
		}
	}

	// The translations of units 2 and 3 appended as new units (ids 4
	// and 5), and unit 2's again in a second <file>, as po2xliff with a
	// template does; unit 2's fuzzy target confirmed.
	moved := strings.Replace(x, `state="needs-review-translation"`, `state="translated"`, 1)
	moved = strings.Replace(moved, "</body>", `<trans-unit id="4"><source>The talks ended on Monday.</source><target>Les pourparlers ont pris fin lundi.</target></trans-unit>
<trans-unit id="5"><source>The minister left for Baghdad at noon.</source><target>Le ministre est parti pour Bagdad à midi.</target></trans-unit>
</body>`, 1)
	moved = strings.Replace(moved, "</file>", `</file>
<file original="a.po" source-language="en" target-language="fr" datatype="po"><body>
<trans-unit id="2" approved="yes"><source>The talks ended on Monday.</source><target>Les pourparlers ont pris fin lundi.</target></trans-unit>
<trans-unit id="9"><source>Untranslated in the other file.</source></trans-unit>
</body></file>`, 1)
	if err := os.WriteFile(xlf, []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = runBitext(t, "", "tm", "pretranslate", "--back", xlf, "-o", out)
	if code != 0 {
		t.Fatalf("--back: exit %d: %s", code, stderr)
	}
	x = moved
	want := "bitext: warning: " + xlf + ": 3 units with a translation have no place in the article (another <file> than the article's, or an id its skeleton does not have: did a tool rewrite the file?), and their translations are not in it: unit 4 (line " + line(`<trans-unit id="4"`) + "), unit 5 (line " + line(`<trans-unit id="5"`) + "), unit 2 (line " + line(`<trans-unit id="2" approved`) + ")\n"
	if !strings.Contains(stderr, want) || strings.Contains(stderr, "needs-review") {
		t.Errorf("--back of a file with translations under new ids said\n%s\nwant it to say\n%s", stderr, want)
	}

	// Every unit translated and confirmed: not a word.
	orig := x[:strings.Index(x, `<trans-unit id="4">`)] + x[strings.Index(x, "</body>"):strings.Index(x, "</file>")] + "</file>\n</xliff>\n"
	done := strings.Replace(orig, "<source>The minister left for Baghdad at noon.</source>", "<source>The minister left for Baghdad at noon.</source><target state=\"final\">Le ministre est parti pour Bagdad à midi.</target>", 1)
	if err := os.WriteFile(xlf, []byte(done), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code = runBitext(t, "", "tm", "pretranslate", "--back", xlf, "-o", out); code != 0 || stderr != "" {
		t.Errorf("--back of a file all translated: exit %d, said %q; want 0 and nothing", code, stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(string(got), "\n\nLe ministre est parti pour Bagdad à midi.\n") {
		t.Errorf("article %q; want it to end with unit 3's final translation", got)
	}
}

// TestPretranslateBackMissingOrTwice: a file whose unit for a place of
// the article is gone (a tool renamed or dropped it) was refused with
// `no segment "6" for the skeleton`, no line, no hint of what happened;
// and a second unit of one id replaced the first's translation without a
// word (the first's text then lost, or the error naming another unit).
// Both are now bad input naming the id, the lines and what to do, and
// nothing is written.
func TestPretranslateBackMissingOrTwice(t *testing.T) {
	dir, xlf, x := pretranslatedXLIFF(t, "The talks ended on Friday.\n\nThe minister left for Baghdad at noon.\n")
	line := func(s, in string) string { return strconv.Itoa(1 + strings.Count(in[:strings.Index(in, s)], "\n")) }
	twice := strings.Replace(x, `<trans-unit id="2">`, `<trans-unit id="1">`, 1)
	gone := strings.Replace(x, `<trans-unit id="2">`, `<trans-unit id="7">`, 1)
	for _, c := range []struct{ doc, want string }{
		{twice, "bitext: error: pretranslate " + xlf + ": line " + line(`<trans-unit id="1">`+"\n<source>The minister", twice) + `: a second <trans-unit> of id "1" (the first is on line ` + line(`<trans-unit id="1">`, twice) + "): --back puts each unit in the place of its id, and cannot tell which of the two goes there\n"},
		{gone, "bitext: error: pretranslate " + xlf + `: no <trans-unit> of id "2", which the article has a place for (after unit 1): a tool that rewrote the file dropped it or gave it another id; give it back its id` + "\n"},
	} {
		if err := os.WriteFile(xlf, []byte(c.doc), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "a.fr.txt")
		_, stderr, code := runBitext(t, "", "tm", "pretranslate", "--back", xlf, "-o", out)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("--back: exit %d, said\n%s\nwant 2 and\n%s", code, stderr, c.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("--back of a bad file wrote %s", out)
		}
	}
}

// pretranslatedXLIFF pretranslates article (English) into French with a
// TM of one unit ("The talks ended on Friday.") in a new folder, and
// returns the folder, the XLIFF's path and its text.
func pretranslatedXLIFF(t *testing.T, article string) (dir, xlf, text string) {
	t.Helper()
	dir, db := oneUnitTM(t)
	art := filepath.Join(dir, "a.en.txt")
	if err := os.WriteFile(art, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	xlf = filepath.Join(dir, "a.xlf")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "pretranslate", "--src", "en", "--tgt", "fr", art, "-o", xlf); code != 0 {
		t.Fatalf("pretranslate: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(xlf)
	if err != nil {
		t.Fatal(err)
	}
	return dir, xlf, string(data)
}

// TestPretranslateWrongLanguage: tm pretranslate took a Persian article
// as English (--src en), or an English one as Persian, and wrote an
// XLIFF whose source-language says what the text is not, every segment
// "no match", exit 0; align refuses such a document (exit 2, the script
// or the language it reads as). pretranslate now checks the article as
// align checks each document, and writes nothing.
func TestPretranslateWrongLanguage(t *testing.T) {
	dir, db := oneUnitTM(t)
	out := filepath.Join(dir, "a.xlf")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--src", "en", "--tgt", "fr", "../../testdata/irgc-iraq.fa.txt"},
			"bitext: error: pretranslate ../../testdata/irgc-iraq.fa.txt: its letters are in Arabic script, hardly any (0 of "},
		{[]string{"--src", "fa", "--tgt", "fr", "../../testdata/irgc-iraq.en.html"},
			"bitext: error: pretranslate ../../testdata/irgc-iraq.en.html: its letters are in Latin script, hardly any (0 of "},
		{[]string{"--src", "en", "--tgt", "fr", "--tmx", "../../testdata/irgc-iraq.fr.txt"},
			"bitext: error: pretranslate ../../testdata/irgc-iraq.fr.txt: it reads as French, not English (en): "},
		{[]string{"--src", "en", "--tgt", "fr", "--analyze", "../../testdata/irgc-iraq.de.txt"},
			"bitext: error: pretranslate ../../testdata/irgc-iraq.de.txt: it reads as German, not English (en): "},
	} {
		args := append([]string{"--db", db, "tm", "pretranslate", "-o", out}, c.args...)
		if c.args[4] == "--analyze" {
			args = append([]string{"--db", db, "tm", "pretranslate"}, c.args...)
		}
		_, stderr, code := runBitext(t, "", args...)
		if code != 2 || !strings.HasPrefix(stderr, c.want) {
			t.Errorf("pretranslate %s: exit %d, said\n%s\nwant 2 and\n%s...", strings.Join(c.args, " "), code, stderr, c.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("pretranslate %s wrote %s", strings.Join(c.args, " "), out)
			os.Remove(out)
		}
	}
	// The article in its language: as before.
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "pretranslate", "--src", "en", "--tgt", "fr", "-o", out, "../../testdata/irgc-iraq.en.html"); code != 0 {
		t.Errorf("pretranslate of the English article as en: exit %d: %s", code, stderr)
	}
}
