package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestNamesFlags parses names command lines into namesOptions without
// running anything.
func TestNamesFlags(t *testing.T) {
	g := &globalOptions{DB: "x.db"}
	for _, tc := range []struct {
		args []string // the subcommand, then its arguments
		want namesOptions
		err  string
	}{
		{args: []string{"match", "A b", "C"}, want: namesOptions{Names: []string{"A b", "C"}}},
		{args: []string{"match", "-"}, want: namesOptions{Names: []string{"-"}}},
		{args: []string{"match", "A"}, err: "wants two names"},
		{args: []string{"match", "", "B"}, err: "empty NAME"},
		{args: []string{"key", "--skeleton", "A", "B"}, want: namesOptions{Names: []string{"A", "B"}, Skeleton: true}},
		{args: []string{"key"}, err: "at least one name"},
		{args: []string{"discover", "-l", "de", "--accept", "--kind", "person", "--min-confidence", "0.9", "a.txt"},
			want: namesOptions{Files: []string{"a.txt"}, Lang: language.German, Accept: true, MinConfidence: 0.9, Entry: normalize.Entry{Kind: normalize.KindPerson}}},
		{args: []string{"discover"}, want: namesOptions{Files: []string{"-"}, MinConfidence: normalize.SameThreshold}},
		{args: []string{"discover", "--min-confidence", "2"}, err: `invalid argument "2" for "--min-confidence" flag: want a number from 0 to 1`},
		{args: []string{"discover", "--kind", "thing"}, err: `invalid argument "thing" for "--kind" flag: want person, org or place`},
		{args: []string{"add", "Saeed Reza", "Saeedreza", "--kind", "person", "-l", "en,fa"},
			want: namesOptions{Entry: normalize.Entry{Canonical: "Saeed Reza", Variants: []string{"Saeedreza"}, Kind: normalize.KindPerson, Langs: []language.Tag{language.English, language.Persian}}}},
		{args: []string{"add"}, err: "names add wants CANONICAL"},
		{args: []string{"add", "  "}, err: "not a name"},
		{args: []string{"add", "A", "--lang", "x!!"}, err: `invalid argument "x!!" for "-l, --lang" flag`},
		{args: []string{"remove", "A", "B"}, want: namesOptions{Names: []string{"A", "B"}}},
		{args: []string{"remove"}, err: "at least one canonical"},
		{args: []string{"list", "--format", "tsv", "-l", "fr", "--no-default-glossary"}, want: namesOptions{Format: "tsv", Lang: language.French, NoDefault: true}},
		{args: []string{"list", "--format", "xml"}, err: `invalid argument "xml" for "--format" flag: want text, tsv, csv, jsonl, tbx or tbx2`},
		{args: []string{"import", "g.tsv"}, want: namesOptions{Files: []string{"g.tsv"}, Format: "auto"}},
		{args: []string{"import"}, err: "names import wants one FILE"},
		{args: []string{"export", "--format", "tbx", "-o", "n.tbx", "--all"}, want: namesOptions{Format: "tbx", Output: "n.tbx", All: true, DBPath: "x.db"}},
		{args: []string{"export"}, want: namesOptions{Format: "tsv", NoDefault: true, DBPath: "x.db"}},
		{args: []string{"export", "--format", "text"}, err: `invalid argument "text" for "--format" flag: want tsv, csv, jsonl, tbx or tbx2`},
	} {
		var got *namesOptions
		runF := func(_ context.Context, o *namesOptions) error { got = o; return nil }
		cmd := namesCmd(&IOStreams{}, g, runF)
		if !parsedOK(t, "names", tc.args, execParse(cmd, tc.args), tc.err) {
			continue
		}
		got.IO, got.OpenTM = nil, nil
		if tc.want.Format == "" && tc.args[0] == "list" {
			tc.want.Format = "text"
		}
		if !reflect.DeepEqual(*got, tc.want) {
			t.Errorf("names %q: options\n%+v; want\n%+v", tc.args, *got, tc.want)
		}
	}
}

// runNames runs a names run function with buffers and standard input in.
func runNames(t *testing.T, run func(context.Context, *namesOptions) error, in string, opts namesOptions) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	opts.IO = &IOStreams{In: strings.NewReader(in), Out: &out, ErrOut: &errOut}
	err := run(context.Background(), &opts)
	return out.String(), errOut.String(), err
}

func TestRunNames(t *testing.T) {
	open, _ := testTM(t, &IOStreams{ErrOut: new(bytes.Buffer)})
	ctx := context.Background()
	out, _, err := runNames(t, runNamesMatch, "Saeed Reza\tSaeedreza\tid1\n\nKhamenei\tKhomeini\n", namesOptions{Names: []string{"-"}, OpenTM: func(context.Context, tmAccess) (*tm.DB, error) { return nil, nil }})
	if err != nil || out != "1.000\tsame\tSaeed Reza\tSaeedreza\n0.757\tdifferent\tKhamenei\tKhomeini\n" {
		t.Errorf("names match -: %q, %v", out, err)
	}
	out, _, err = runNames(t, runNamesKey, "", namesOptions{Names: []string{"Saeed Reza", "SAEED-REZA"}})
	if err != nil || out != "seidreza\nseidreza\n" {
		t.Errorf("names key: %q, %v", out, err)
	}
	// add, list, export, remove through one TM.
	if _, err := storeEntries(ctx, open, []normalize.Entry{{Canonical: "Saeed Reza", Variants: []string{"Saeedreza"}, Kind: normalize.KindPerson}}, io.Discard); err != nil {
		t.Fatal(err)
	}
	out, _, err = runNames(t, runNamesList, "", namesOptions{OpenTM: open, Format: "text", NoDefault: true})
	if err != nil || out != "Saeed Reza (person, user): Saeedreza\n" {
		t.Errorf("names list --no-default-glossary: %q, %v", out, err)
	}
	out, _, err = runNames(t, runNamesList, "", namesOptions{OpenTM: open, Format: "text", Lang: language.English})
	if err != nil || !strings.Contains(out, "Saeed Reza (person, user)") || !strings.Contains(out, "Qassem Soleimani (person, default, only en)") {
		t.Errorf("names list -l en: %q, %v", out, err)
	}
	// discover --accept stores what it prints.
	out, stderr, err := runNames(t, runNamesDiscover, "Thabit Mohammad Saeedreza met. Thabit Mohammad Saeed Reza left.\n",
		namesOptions{OpenTM: open, Files: []string{"-"}, MinConfidence: 0.86, Accept: true, Lang: language.English})
	if err != nil || !strings.HasPrefix(out, `{"canonical":"Thabit Mohammad Saeed`) || !strings.Contains(stderr, "accepted 1 cluster into") {
		t.Errorf("names discover --accept: %q, %q, %v", out, stderr, err)
	}
	out, _, err = runNames(t, runNamesList, "", namesOptions{OpenTM: open, Format: "tsv", NoDefault: true, Lang: language.French})
	if err != nil || strings.Contains(out, "Thabit") || !strings.Contains(out, "Saeed Reza") {
		t.Errorf("names list -l fr after discover -l en --accept: %q, %v", out, err)
	}
	// import
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "g.csv"), []byte("Tehran,place,Teheran\n"), 0o644)
	if _, stderr, err := runNames(t, runNamesImport, "", namesOptions{OpenTM: open, Files: []string{filepath.Join(dir, "g.csv")}, Format: "auto"}); err != nil || stderr != "bitext: imported 1 entry\n" {
		t.Errorf("names import: %q, %v", stderr, err)
	}
}

// TestNamesMistypedDB: the names commands that only consult the glossary
// took a --db that names no file for an empty glossary; they must refuse
// it. With the default path, a missing TM is an empty user glossary.
func TestNamesMistypedDB(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{{"names", "list"}, {"names", "export"}, {"names", "remove", "X"}, {"normalize", os.DevNull}} {
		_, stderr, code := runBitext(t, "", append([]string{"--db", typo}, args...)...)
		if code != exitBadInput || !strings.Contains(stderr, typo+": no translation memory there") {
			t.Errorf("bitext --db typo.db %q: exit %d, stderr %q; want exit 2 naming the path", args, code, stderr)
		}
	}
	if _, err := os.Stat(typo); err == nil {
		t.Errorf("a command that only reads the glossary created %s", typo)
	}
	t.Setenv("BITEXT_DB", "")
	t.Setenv("XDG_DATA_HOME", dir)
	for _, args := range [][]string{{"names", "list", "--no-default-glossary"}, {"names", "export"}, {"normalize", os.DevNull}} {
		if out, stderr, code := runBitext(t, "", args...); code != 0 || out != "" && args[1] != "export" {
			t.Errorf("bitext %q with no TM at the default path: exit %d, stdout %q, stderr %q", args, code, out, stderr)
		}
	}
}

// TestNamesRemoveNotText: names remove of a name that is not UTF-8 text
// is exit 2 with the error alone; it printed `warning: no entry "\xff"`
// first, a warning about a name the command then refused.
func TestNamesRemoveNotText(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "names", "add", "Qassem Soleimani", "Qasim Soleimani"); code != 0 {
		t.Fatalf("names add: exit %d, %q", code, stderr)
	}
	_, stderr, code := runBitext(t, "", "--db", db, "names", "remove", "Qassem Soleimani", "\xff")
	if code != exitBadInput || !strings.Contains(stderr, "not UTF-8 text") || strings.Contains(stderr, "warning") {
		t.Errorf("names remove \\xff: exit %d, stderr %q; want exit 2, the error alone", code, stderr)
	}
}

// TestNamesRemoveMissing: names remove of a name that is not in the user's
// glossary warns, naming the entry and the TM that holds the glossary,
// says nothing was changed, exits 0 (issue 11: warned, not refused), and
// does not write the TM: its modification time and size stay.
func TestNamesRemoveMissing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "names", "add", "Qassem Soleimani", "Qasim Soleimani"); code != 0 {
		t.Fatalf("names add: exit %d, %q", code, stderr)
	}
	old := time.Now().Add(-2 * time.Hour).Truncate(time.Second)
	if err := os.Chtimes(db, old, old); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runBitext(t, "", "--db", db, "names", "remove", "Nobody Here")
	want := "bitext: warning: no entry “Nobody Here” in the user's glossary in " + db + "\nbitext: removed 0 entries: nothing was changed\n"
	if code != 0 || stderr != want {
		t.Errorf("names remove of a missing name: exit %d, stderr %q; want exit 0, %q", code, stderr, want)
	}
	after, err := os.Stat(db)
	if err != nil || !after.ModTime().Equal(before.ModTime()) || after.Size() != before.Size() {
		t.Errorf("names remove of a missing name wrote %s: modified %v, %d bytes; before %v, %d bytes", db, after.ModTime(), after.Size(), before.ModTime(), before.Size())
	}
	if entries, _ := os.ReadDir(filepath.Dir(db)); len(entries) != 1 {
		t.Errorf("names remove of a missing name left %v beside the TM", entries)
	}
	// One there, one not: the one goes, and the count says so.
	_, stderr, code = runBitext(t, "", "--db", db, "names", "remove", "Nobody Here", "Qassem Soleimani")
	if code != 0 || !strings.Contains(stderr, "no entry “Nobody Here” in the user's glossary in "+db+"\n") || !strings.HasSuffix(stderr, "bitext: removed 1 entry\n") {
		t.Errorf("names remove of a missing name and an entry: exit %d, stderr %q", code, stderr)
	}
	if st, err := os.Stat(db); err != nil || st.ModTime().Equal(before.ModTime()) {
		t.Errorf("names remove of an entry: %s modified %v (%v); want it written (else the check above shows nothing)", db, st.ModTime(), err)
	}
}

// TestNamesMatchLang: names match --lang scores over the glossary a
// normalize --lang of a text in that language uses: with a user's French
// entry holding "Daech", normalize --lang en rewrites Daech to Islamic
// State while names match, over every language's entries (where the French
// entry takes the spelling), says two names; with --lang en, one.
func TestNamesMatchLang(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "names", "add", "Daech", "EIIL", "-l", "fr"); code != 0 {
		t.Fatalf("names add: exit %d, %q", code, stderr)
	}
	if out, _, _ := runBitext(t, "Daech struck again.", "--db", db, "normalize", "--lang", "en"); !strings.HasPrefix(out, "Islamic State struck") {
		t.Fatalf("normalize --lang en: %q; want Daech rewritten", out)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--lang", "en", "Daech", "Islamic State"}, "1.000\tsame\t"},
		{[]string{"-l", "fr", "EIIL", "Daech"}, "1.000\tsame\t"},
		{[]string{"Daech", "Islamic State"}, "0.304\tdifferent\t"}, // every language's entries, as before
	} {
		out, stderr, code := runBitext(t, "", append([]string{"--db", db, "names", "match"}, c.args...)...)
		if code != 0 || !strings.HasPrefix(out, c.want) {
			t.Errorf("names match %q: exit %d, %q, %q; want %q", c.args, code, out, stderr, c.want)
		}
	}
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

// TestNamesImportDiscoveredConflict: help.txt's example `names discover
// story.txt | bitext names import -` was a glossary conflict, with no way
// on, when the user's glossary had one of the spellings. The example
// imports a reviewed file now, and the conflict names --accept, which
// adds the cluster's new spellings to the user's entry.
func TestNamesImportDiscoveredConflict(t *testing.T) {
	if ex := helps["names discover"][1]; strings.Contains(ex, "| bitext names import -") {
		t.Errorf("names discover's example pipes to names import -:\n%s", ex)
	}
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "names", "add", "Thabet Mohammed Saeedreza", "Thabit Mohammad Saeed Reza"); code != 0 {
		t.Fatalf("names add: exit %d, %s", code, stderr)
	}
	story := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(story, []byte("Thabit Mohammad Saeedreza left. Thabit Mohammad Saeed Reza came. Thabit Mohammad Saeedreza spoke.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	clusters, stderr, code := runBitext(t, "", "--db", db, "names", "discover", "--lang", "en", story)
	if code != 0 || clusters == "" {
		t.Fatalf("names discover: exit %d, %q, %s", code, clusters, stderr)
	}
	_, stderr, code = runBitext(t, clusters, "--db", db, "names", "import", "-")
	if code != 2 || !strings.Contains(stderr, "glossary conflict") || !strings.Contains(stderr, "bitext: hint: nothing was imported; 'bitext names discover --accept' adds") {
		t.Errorf("names import - of discovered clusters: exit %d, %q; want exit 2 with the hint of --accept", code, stderr)
	}
	if _, stderr, code = runBitext(t, "", "--db", db, "names", "discover", "--lang", "en", "--accept", story); code != 0 {
		t.Errorf("names discover --accept, the hint's way: exit %d, %s", code, stderr)
	}
}
