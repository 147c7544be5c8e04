package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/normalize"
)

// TestDiscoverOneLongLine feeds names discover a 3 MB input without a line
// break: it is handed over in pieces cut at spaces (constant memory), and
// the variants spread over the whole line are still counted together.
func TestDiscoverOneLongLine(t *testing.T) {
	var sb strings.Builder
	for i := 0; sb.Len() < 3<<20; i++ {
		if i%2 == 0 {
			sb.WriteString("Officials said Qassem Soleimani met them on Monday, and ")
		} else {
			sb.WriteString("reports said Qasem Suleimani had travelled to Baghdad before, while ")
		}
	}
	stdout, stderr, code := runBitext(t, sb.String(), "names", "discover", "--lang", "en", "-")
	if code != 0 {
		t.Fatalf("names discover: exit %d, stderr %q", code, stderr)
	}
	for _, line := range strings.Split(stdout, "\n") {
		if strings.Contains(line, `"form":"Qassem Soleimani"`) && strings.Contains(line, `"form":"Qasem Suleimani"`) {
			return
		}
	}
	t.Errorf("names discover on one long line: no cluster with both spellings in\n%.2000s", stdout)
}

// TestDiscoverAcceptKeepsDefaults: names discover --accept over an archive
// stored the clusters of default entries as user entries, which replaced
// the defaults: "Hizb Allah" and "Javad Zarif" were no longer rewritten, and
// "Qasim Soleimani", the archive's most frequent spelling, became a second
// house form beside "Qassem Soleimani". Such clusters are left out now, or
// extend the default entry.
func TestDiscoverAcceptKeepsDefaults(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	archive := "Officials said Hezbollah fired. A statement by Hezbollah denied it. Leaders of Hizbollah met.\n" +
		"Reports said Mohammad Javad Zarif met Mohammed Javad Zarif's aides; Mohammad Javad Zarif left.\n" +
		"Officials said Qasim Soleimani was there. Reports said Qasim Soleimani and Qassem Suleimani met.\n" +
		"Officials said Hezballah denied it.\n"
	_, stderr, code := runBitext(t, archive, "--db", db, "names", "discover", "--lang", "en", "--accept", "-")
	if code != 0 || !strings.Contains(stderr, "left out 2 clusters whose every spelling the glossary has: Mohammad Javad Zarif, Qasim Soleimani\n") ||
		!strings.Contains(stderr, "accepted 1 cluster into") {
		t.Fatalf("names discover --accept: exit %d, stderr %q", code, stderr)
	}
	text := "Hizb Allah, Hezballah and Javad Zarif met Ghasem Soleymani and Qassim Sulaymani.\n"
	out, stderr, code := runBitext(t, text, "--db", db, "normalize", "--lang", "en", "-")
	want := "Hezbollah, Hezbollah and Mohammad Javad Zarif met Qassem Soleimani and Qassem Soleimani.\n"
	if code != 0 || out != want {
		t.Errorf("normalize after discover --accept: exit %d, %q (stderr %q); want %q", code, out, stderr, want)
	}
	out, _, _ = runBitext(t, "", "--db", db, "names", "list", "--no-default-glossary")
	if !strings.HasPrefix(out, "Hezbollah (org, user, only en): ") || !strings.Contains(out, "Hezballah") || strings.Count(out, "\n") != 1 {
		t.Errorf("names list --no-default-glossary after discover --accept:\n%s\nwant one entry, the default Hezbollah with Hezballah added", out)
	}
}

// TestDiscoverFolderSkipsBinary: names discover of a newsroom folder with a
// photo and a database in it skips them, with a warning each on standard
// error, and reads the texts (it stopped at the photo: "invalid UTF-8");
// a text file with invalid UTF-8 is still an error naming file and line,
// and a binary file named on the command line too.
func TestDiscoverFolderSkipsBinary(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "news")
	for name, data := range map[string]string{
		"a.jpg":  "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
		"b.txt":  "Officials said Thabit Mohammad Saeedreza left.\n",
		"tm.db":  "SQLite format 3\x00\x10\x00",
		"c.txt":  "Reports said Thabit Mohammad Saeed Reza arrived.\n",
		"zz.txt": "",
	} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, code := runBitext(t, "", "names", "discover", "--lang", "en", dir)
	want := "bitext: warning: " + dir + "/a.jpg: skipped: binary data (a NUL byte on line 1), not text\n" +
		"bitext: warning: " + dir + "/tm.db: skipped: binary data (a NUL byte on line 1), not text\n"
	if code != 0 || stderr != want || !strings.Contains(out, `"form":"Thabit Mohammad Saeedreza"`) || !strings.Contains(out, `"form":"Thabit Mohammad Saeed Reza"`) {
		t.Errorf("names discover FOLDER with binary files: exit %d, stdout %q, stderr %q; want exit 0, both spellings, stderr %q", code, out, stderr, want)
	}
	if _, stderr, code := runBitext(t, "", "names", "discover", "--lang", "en", filepath.Join(dir, "a.jpg")); code != 2 || !strings.Contains(stderr, "a.jpg: line 1") {
		t.Errorf("names discover PHOTO: exit %d, %q; want exit 2 naming it", code, stderr)
	}
	os.WriteFile(filepath.Join(dir, "d.txt"), []byte("ok\nCaf\xe9 Thabit\n"), 0o644)
	if _, stderr, code := runBitext(t, "", "names", "discover", "--lang", "en", dir); code != 2 || !strings.Contains(stderr, "d.txt: line 2: invalid UTF-8") {
		t.Errorf("names discover FOLDER with a Latin-1 text: exit %d, %q; want exit 2 naming file and line", code, stderr)
	}
}

// TestNamesAddWarnsOfReplacedDefault: names add of a default entry's
// house spelling with one new variant stored a user entry that replaced
// the default one, and its other spellings ("Qasim Soleimani", "Qassim
// Suleimani", ...) were no longer rewritten; add said only 'added
// "Qassem Soleimani" with 1 variant'. It says now what the entry replaces.
func TestNamesAddWarnsOfReplacedDefault(t *testing.T) {
	d, ok := normalize.DefaultGlossary().Lookup("Qassem Soleimani")
	if !ok || d.Canonical != "Qassem Soleimani" || len(d.Variants) < 5 {
		t.Fatalf("the default glossary's Qassem Soleimani: %+v", d)
	}
	db := filepath.Join(t.TempDir(), "tm.db")
	_, stderr, code := runBitext(t, "", "--db", db, "names", "add", "Qassem Soleimani", "Kassem Soleimany")
	// Counted by key: "Qasem Soleimani" is a spelling of the user's entry
	// still, "Qasim Soleimani" is not.
	for _, want := range []string{`bitext: warning: “Qassem Soleimani” replaces the default glossary's entry of that name: normalize no longer rewrites its other `,
		" spellings (Qasim Soleimani, Qassim Suleimani, ...); give them as variants too to keep them\n"} {
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("names add over a default entry: exit %d, stderr %q; want %q", code, stderr, want)
		}
	}
	out, _, _ := runBitext(t, "Qasim Soleimani and Qasem Soleimani met.\n", "--db", db, "normalize", "--lang", "en", "-")
	if out != "Qasim Soleimani and Qassem Soleimani met.\n" {
		t.Errorf("normalize after names add over a default entry: %q; want what the warning says", out)
	}
	// An entry that keeps every spelling of the default, or that no
	// default entry has, is stored without a warning.
	db = filepath.Join(t.TempDir(), "tm.db")
	_, stderr, code = runBitext(t, "", append([]string{"--db", db, "names", "add", "Qassem Soleimani", "Qasem Soleimany"}, d.Variants...)...)
	if code != 0 || strings.Contains(stderr, "warning") {
		t.Errorf("names add of the default's spellings and a new one: exit %d, stderr %q; want no warning", code, stderr)
	}
	_, stderr, code = runBitext(t, "", "--db", db, "names", "add", "Thabet Mohammed Saeedreza", "Thabit Mohammad Saeed Reza")
	if code != 0 || strings.Contains(stderr, "warning") {
		t.Errorf("names add of a name no default entry has: exit %d, stderr %q; want no warning", code, stderr)
	}
}

// TestDiscoverReadsEachFileOnce: names discover a.txt DIR, with a.txt in
// DIR, counted a.txt twice (trial48: IRGC 12 for 8); a file given twice,
// or a folder inside a folder given, likewise. Each is read once now, said
// on standard error, and the output is that of DIR alone.
func TestDiscoverReadsEachFileOnce(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "news")
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "sub", "b.txt")
	os.WriteFile(a, []byte("Officials said Thabit Mohammad Saeedreza left.\n"), 0o644)
	os.WriteFile(b, []byte("Reports said Thabit Mohammad Saeed Reza arrived.\n"), 0o644)
	want, stderr, code := runBitext(t, "", "names", "discover", "--lang", "en", dir)
	if code != 0 || stderr != "" {
		t.Fatalf("names discover DIR: exit %d, %q", code, stderr)
	}
	for _, args := range [][]string{{a, dir}, {dir, a}, {dir, filepath.Join(dir, "sub")}, {dir, dir + "/"}} {
		out, stderr, code := runBitext(t, "", append([]string{"names", "discover", "--lang", "en"}, args...)...)
		if code != 0 || out != want || !strings.Contains(stderr, "is read once: it is ") {
			t.Errorf("names discover %q: exit %d, stderr %q, stdout\n%s\nwant exit 0, a note, the output of DIR alone:\n%s", args, code, stderr, out, want)
		}
	}
	once, _, _ := runBitext(t, "", "names", "discover", "--lang", "en", a)
	out, stderr, code := runBitext(t, "", "names", "discover", "--lang", "en", a, a)
	if code != 0 || out != once || !strings.Contains(stderr, "is read once: it is given as "+a+" too") {
		t.Errorf("names discover a.txt a.txt: exit %d, stderr %q, stdout\n%s\nwant a note and the output of a.txt alone:\n%s", code, stderr, out, once)
	}
}

// TestDiscoverAcceptKeepsUserEntries: names discover --accept fitted the
// clusters to the default glossary only, so a cluster holding a spelling
// of the user's own entry (the README's names add of "Thabet Mohammed
// Saeedreza", variant "Thabit Mohammad Saeed Reza") was stored as a new
// entry: a glossary conflict, exit 2, and no cluster of the corpus
// stored, where the server's discover (the page's Accept) leaves it out
// or extends the user's entry. It is fitted to the user's entries and the
// default ones now: the cluster, whose every spelling the user's entry
// has by key, is left out, and the corpus's other cluster is stored.
func TestDiscoverAcceptKeepsUserEntries(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "names", "add", "Thabet Mohammed Saeedreza", "Thabit Mohammad Saeed Reza", "--kind", "person"); code != 0 {
		t.Fatalf("names add: exit %d, %q", code, stderr)
	}
	corpus := "Officials said Thabit Mohammad Saeedreza left.\nReports said Thabit Mohammad Saeed Reza arrived.\nThabit Mohammad Saeedreza spoke.\n" +
		"Officials said Juma Alaqeeli met Jumaa Alaqeeli.\nJuma Alaqeeli spoke.\nReports said Thabet Mohamed Saeedreza came.\n"
	_, stderr, code := runBitext(t, corpus, "--db", db, "names", "discover", "--lang", "en", "--accept", "--dry-run", "--kind", "person", "-")
	known := "bitext: left out 1 cluster whose every spelling the glossary has: Thabit Mohammad Saeedreza\n"
	if code != 0 || strings.Contains(stderr, "conflict") || !strings.Contains(stderr, known) || !strings.Contains(stderr, "would store 1 entry:\nJuma Alaqeeli ") {
		t.Errorf("names discover --accept --dry-run over a user entry: exit %d, stderr %q; want Juma Alaqeeli's entry, the other cluster left out, no conflict", code, stderr)
	}
	_, stderr, code = runBitext(t, corpus, "--db", db, "names", "discover", "--lang", "en", "--accept", "--kind", "person", "-")
	if code != 0 || !strings.Contains(stderr, known) || !strings.Contains(stderr, "accepted 1 cluster into") {
		t.Fatalf("names discover --accept over a user entry: exit %d, stderr %q; want 1 cluster accepted, the other left out", code, stderr)
	}
	out, _, _ := runBitext(t, "", "--db", db, "names", "list", "--no-default-glossary")
	if want := "Juma Alaqeeli (person, user, only en): Jumaa Alaqeeli\nThabet Mohammed Saeedreza (person, user): Thabit Mohammad Saeed Reza\n"; out != want {
		t.Errorf("names list after discover --accept:\n%s\nwant\n%s", out, want)
	}
	text := "Thabit Mohammad Saeedreza met Jumaa Alaqeeli and Thabet Mohamed Saeedreza.\n"
	out, stderr, _ = runBitext(t, text, "--db", db, "normalize", "--lang", "en", "-")
	if want := "Thabet Mohammed Saeedreza met Juma Alaqeeli and Thabet Mohammed Saeedreza.\n"; out != want {
		t.Errorf("normalize after discover --accept: %q (stderr %q); want %q", out, stderr, want)
	}
}

// TestDiscoverSaysCaselessScript: names discover of a text in a script
// without capital letters (Hindi, Persian, Chinese) found nothing and said
// nothing, exit 0, as if the text named no one; it now says why, once for
// each such file, with or without --lang, and nothing of a Latin-script
// one.
func TestDiscoverSaysCaselessScript(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	os.WriteFile(p("hi.txt"), []byte("प्रधानमंत्री नरेंद्र मोदी ने सोमवार को दिल्ली में कहा कि सरकार किसानों की मदद करेगी।\n"), 0o644)
	os.WriteFile(p("zh.txt"), []byte("国务院总理李克强星期一在北京会见了德国总理默克尔。\n"), 0o644)
	os.WriteFile(p("en.txt"), []byte("Prime Minister Narendra Modi said on Monday in Delhi that the government would help farmers.\n"), 0o644)
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{p("hi.txt"), p("en.txt")}, []string{"hi.txt: most of its text is in Devanagari script, which has no capital letters"}},
		{[]string{"--lang", "hi", p("hi.txt")}, []string{"hi.txt: most of its text is in Devanagari script"}},
		{[]string{p("zh.txt")}, []string{"zh.txt: most of its text is in Han script"}},
		{[]string{"--lang", "en", p("en.txt")}, nil},
	} {
		_, stderr, code := runBitext(t, "", append([]string{"names", "discover"}, tc.args...)...)
		if code != 0 || strings.Count(stderr, "no capital letters") != len(tc.want) {
			t.Errorf("names discover %q: exit %d, stderr %q; want exit 0 and %d notes of a script without capitals", tc.args, code, stderr, len(tc.want))
		}
		for _, w := range tc.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("names discover %q: stderr %q; want %q", tc.args, stderr, w)
			}
		}
	}
}
