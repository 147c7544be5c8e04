package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

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

// oneUnitTM makes a TM of one English-French unit ("The talks ended on
// Friday.") in a new folder, and returns the folder and the TM's path.
func oneUnitTM(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr",
		"The talks ended on Friday.", "Les pourparlers ont pris fin vendredi."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	return dir, db
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

func readTestFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestGlossaryImportTwiceSaysSo: names import of a file imported before
// said "imported 2 entries", and names discover --accept run again
// "accepted 1 cluster into the glossary", when nothing had changed (names
// add says "added 0 variants"). They now say how many of the entries were
// new, how many stored ones gained variants, and how many gained none.
func TestGlossaryImportTwiceSaysSo(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	gl := filepath.Join(dir, "gl.tsv")
	if err := os.WriteFile(gl, []byte("Thabet Mohammed Said Reza\tperson\tThabit Mohammad Saeedreza|Thabet Saeedreza\nAbu Mahdi al-Muhandis\tperson\tAbu Mahdi al-Mohandes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gl2 := filepath.Join(dir, "gl2.tsv")
	if err := os.WriteFile(gl2, []byte("Abu Mahdi al-Muhandis\tperson\tAbu Mahdi Mohandes|Abu Mahdi al-Mohandis\nHaj Qasim\tperson\tHajj Qasim\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ file, want string }{
		{gl, "bitext: imported 2 entries\n"},
		{gl, "bitext: imported 2 entries: 2 stored before, with no new variant\n"},
		{gl2, "bitext: imported 2 entries: 1 new, 1 stored before gained 2 variants\n"},
	} {
		_, stderr, code := runBitext(t, "", "--db", db, "names", "import", c.file)
		if code != 0 || !strings.HasSuffix(stderr, c.want) {
			t.Errorf("names import %s: exit %d, said\n%s\nwant it to end\n%s", filepath.Base(c.file), code, stderr, c.want)
		}
	}
	corp := filepath.Join(dir, "corp")
	if err := os.Mkdir(corp, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"irgc-iraq.en.txt", "irgc-iraq.en2.txt"} {
		if err := os.WriteFile(filepath.Join(corp, f), []byte(readTestFile(t, "../../testdata/"+f)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db2 := filepath.Join(dir, "tm2.db")
	// Run again, the cluster is the user's entry's now: left out, as a
	// default entry's is (trial49), where it was "stored before, with no
	// new variant".
	for i, want := range []string{"bitext: accepted 1 cluster into the glossary\n", "bitext: accepted 0 clusters into the glossary\n"} {
		_, stderr, code := runBitext(t, "", "--db", db2, "names", "discover", "--accept", "--kind", "person", corp)
		if code != 0 || !strings.HasSuffix(stderr, want) {
			t.Errorf("names discover --accept, run %d: exit %d, said\n%s\nwant it to end\n%s", i+1, code, stderr, want)
		}
	}
}
