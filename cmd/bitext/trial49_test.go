package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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

// TestUnknownFlagHints: an unknown flag said "unknown flag: --frob" and no
// more; "bitext tm --version" too, the version being the root's flag. The
// first now hints at the command's --help, the second at bitext --version.
func TestUnknownFlagHints(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"tm", "lookup", "--frob", "x"}, "bitext: error: unknown flag: --frob\nbitext: hint: 'bitext tm lookup --help' lists its flags\n"},
		{[]string{"names", "-z"}, "bitext: error: unknown shorthand flag: 'z' in -z\nbitext: hint: 'bitext names --help' lists its flags\n"},
		{[]string{"tm", "--version"}, "bitext: error: unknown flag: --version\nbitext: hint: 'bitext --version' says the version\n"},
		{[]string{"segment", "-v"}, "bitext: error: unknown shorthand flag: 'v' in -v\nbitext: hint: 'bitext --version' says the version\n"},
		{[]string{"--frob"}, "bitext: error: unknown flag: --frob\nbitext: hint: 'bitext --help' lists its flags\n"},
		{[]string{"tm", "export", "--format", "csv"}, "bitext: error: invalid argument \"csv\" for \"--format\" flag: want tmx, tsv or xliff\n"},
	} {
		_, stderr, code := runBitext(t, "", c.args...)
		if code != 2 || stderr != c.want {
			t.Errorf("bitext %q: exit %d, stderr %q; want exit 2, %q", c.args, code, stderr, c.want)
		}
	}
}

// TestAlignBatchFoldersLanguageNames: align --batch en fr, the folders
// holding story.en.txt and story.fr.txt (the names align reads languages
// from), said "nothing of that name in fr; skipped" and "no pairs to
// align", exit 2; they pair now, their languages read from the names.
func TestAlignBatchFoldersLanguageNames(t *testing.T) {
	dir := t.TempDir()
	en, fr := filepath.Join(dir, "en"), filepath.Join(dir, "fr")
	for from, to := range map[string]string{"irgc-iraq.en.txt": filepath.Join(en, "story.en.txt"), "irgc-iraq.fr.txt": filepath.Join(fr, "story.fr.txt")} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", from))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, code := runBitext(t, "", "align", "--batch", "--format", "jsonl", "--review-below", "0", en, fr)
	if code != 0 || strings.Count(out, "\n") < 10 || !strings.Contains(out, `"tgt_doc":"`+filepath.Join(fr, "story.fr.txt")+`"`) || strings.Contains(stderr, "skipped") {
		t.Errorf("align --batch en fr (story.en.txt, story.fr.txt): exit %d, %d lines, stderr %q; want the pair aligned", code, strings.Count(out, "\n"), stderr)
	}
}

// TestUndeterminedLanguageFlag: tm add --tgt und said "--tgt is required"
// (und parses to the zero language, which the flag took for none given);
// it says what und is now, and so do the other language flags.
func TestUndeterminedLanguageFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	for _, args := range [][]string{
		{"--db", db, "tm", "add", "--src", "en", "--tgt", "und", "Hello.", "Bonjour."},
		{"segment", "--lang", "und", "-"},
		{"--db", db, "tm", "lookup", "--src", "und", "--tgt", "fr", "Hello."},
	} {
		_, stderr, code := runBitext(t, "Hello.\n", args...)
		if code != 2 || !strings.Contains(stderr, `"und" is the undetermined language, which no text is in`) || strings.Contains(stderr, "is required") {
			t.Errorf("bitext %q: exit %d, stderr %q; want exit 2 saying what und is", args, code, stderr)
		}
	}
}

// TestBlankTMPath: --db " " and BITEXT_DB=" " (a variable with a space
// where a path was meant) made a TM file named " " in the working folder,
// said as "created a new translation memory at  ". Both are refused now,
// and nothing is made.
func TestBlankTMPath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	_, stderr, code := runBitext(t, "", "--db", " ", "tm", "add", "--src", "en", "--tgt", "fr", "Hello.", "Bonjour.")
	if code != 2 || !strings.Contains(stderr, `--db: path " " of spaces only`) {
		t.Errorf(`--db " " tm add: exit %d, %q; want exit 2 naming the blank path`, code, stderr)
	}
	t.Setenv("BITEXT_DB", " ")
	_, stderr, code = runBitext(t, "", "tm", "add", "--src", "en", "--tgt", "fr", "Hello.", "Bonjour.")
	if code != 2 || !strings.Contains(stderr, `$BITEXT_DB is " ", spaces only`) {
		t.Errorf(`BITEXT_DB=" " tm add: exit %d, %q; want exit 2 naming $BITEXT_DB`, code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("the working folder after both: %v; want nothing made", entries)
	}
}
