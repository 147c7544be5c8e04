package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

var en, fr = language.English, language.French

// parseTM builds a tm subcommand with a runF that captures its options,
// runs it on args as the root would (usage errors typed), and returns the
// options with the streams and opener cleared, or the error.
func parseTM[T any](t *testing.T, newCmd func(*IOStreams, *globalOptions, func(context.Context, *T) error) *cobra.Command, args ...string) (*T, error) {
	t.Helper()
	ios := &IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}
	var got *T
	cmd := newCmd(ios, &globalOptions{ios: ios}, func(_ context.Context, o *T) error {
		got = o
		return nil
	})
	cmd.SetArgs(args)
	cmd.SetOut(ios.Out)
	cmd.SetErr(ios.ErrOut)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageErr(err) })
	typeArgErrors(cmd)
	if err := cmd.Execute(); err != nil {
		if code := exitCodeOf(err); code != exitBadInput {
			t.Errorf("%q: exit code %d for %v; want %d", args, code, err, exitBadInput)
		}
		return nil, err
	}
	if got == nil {
		t.Fatalf("%q: runF was not called", args)
	}
	v := reflect.ValueOf(got).Elem()
	v.FieldByName("IO").SetZero()
	v.FieldByName("OpenTM").SetZero()
	return got, nil
}

// checkParse compares a parse with what is wanted: want, or an error
// containing wantErr.
func checkParse[T any](t *testing.T, args []string, got *T, err error, want *T, wantErr string) {
	t.Helper()
	switch {
	case wantErr != "" && (err == nil || !strings.Contains(err.Error(), wantErr)):
		t.Errorf("%q: error %v; want one with %q", args, err, wantErr)
	case wantErr == "" && err != nil:
		t.Errorf("%q: %v", args, err)
	case wantErr == "" && !reflect.DeepEqual(got, want):
		t.Errorf("%q: options %+v; want %+v", args, got, want)
	}
}

func TestTMImportFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		want    *tmImportOptions
		wantErr string
	}{
		{[]string{"a.tmx"}, &tmImportOptions{Files: []string{"a.tmx"}, Format: "auto"}, ""},
		{nil, &tmImportOptions{Files: []string{"-"}, Format: "auto"}, ""},
		{[]string{"--src", "en", "--tgt", "fr", "--format", "tsv", "--repair", "a", "b"},
			&tmImportOptions{Files: []string{"a", "b"}, Format: "tsv", Src: en, Tgt: fr, Repair: true}, ""},
		{[]string{"--format", "xls", "a"}, nil, `"xls" for "--format" flag: want auto, tmx, tsv, jsonl, xliff or po`},
		{[]string{"--src", "en", "a"}, nil, "--tgt is required"},
		{[]string{"--src", "en", "--tgt", "en", "a"}, nil, "both en"},
		{[]string{"--src", "xx-!!", "--tgt", "fr", "a"}, nil, `"xx-!!" for "--src" flag: not a BCP 47`},
		{[]string{"--lang", "en", "a"}, nil, "unknown flag: --lang"},
		{[]string{"--src", "xx", "--tgt", "fr", "a"}, nil, `"xx" for "--src" flag: well-formed but unknown language`},
	} {
		got, err := parseTM(t, newTMImportCmd, tc.args...)
		checkParse(t, tc.args, got, err, tc.want, tc.wantErr)
	}
}

func TestTMAddFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		want    *tmAddOptions
		wantErr string
	}{
		{[]string{"--src", "en", "--tgt", "fr", "Hello.", "Bonjour."}, &tmAddOptions{Src: en, Tgt: fr, Source: "Hello.", Target: "Bonjour."}, ""},
		{[]string{"Hello.", "Bonjour."}, nil, "--src is required"},
		{[]string{"--src", "en", "--tgt", "fr", "Hello."}, nil, "wrong number of arguments for add: 1 given (\"Hello.\")"},
		{[]string{"--src", "en", "--tgt", "fr", "Hello.", " "}, nil, "TARGET is empty"},
		{[]string{"--src", "en", "--tgt", "fr", "a\xff", "b"}, nil, "SOURCE argument"},
	} {
		got, err := parseTM(t, newTMAddCmd, tc.args...)
		checkParse(t, tc.args, got, err, tc.want, tc.wantErr)
	}
}

func TestTMLookupFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		want    *tmLookupOptions
		wantErr string
	}{
		{[]string{"--src", "en", "--tgt", "fr", "Hello."}, &tmLookupOptions{Query: "Hello.", Src: en, Tgt: fr, Min: tm.DefaultMin, Max: tm.DefaultMax, Format: "text", Penalty: tm.DefaultPenalties}, ""},
		{[]string{"--src", "en", "--tgt", "fr", "--min", "0", "--max", "9", "--format", "jsonl"}, &tmLookupOptions{Query: "-", Src: en, Tgt: fr, Min: 0, Max: 9, Format: "jsonl", Penalty: tm.DefaultPenalties}, ""},
		{[]string{"--src", "en", "--tgt", "fr", "--min", "102", "x"}, nil, `"102" for "--min" flag: want a whole number from 0 to 101`},
		{[]string{"--src", "en", "--tgt", "fr", "--max", "0", "x"}, nil, `"0" for "--max" flag: want a whole number of at least 1`},
		{[]string{"--src", "en", "--tgt", "fr", "--min", "high", "x"}, nil, `invalid argument "high"`},
		{[]string{"--src", "en", "--tgt", "fr", "--format", "tsv", "x"}, nil, `"tsv" for "--format" flag: want text or jsonl`},
		{[]string{"--src", "en", "x"}, nil, "--tgt is required"},
		{[]string{"--src", "en", "--tgt", "fr", "a", "b"}, nil, "wrong number of arguments for lookup: 2 given"},
	} {
		got, err := parseTM(t, newTMLookupCmd, tc.args...)
		checkParse(t, tc.args, got, err, tc.want, tc.wantErr)
	}
}

func TestTMConcordanceFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		want    *tmConcordanceOptions
		wantErr string
	}{
		{[]string{"--src", "en", "the", "minister"}, &tmConcordanceOptions{Term: "the minister", Src: en, Format: "text", Match: "all", Highlight: "auto"}, ""},
		{[]string{"--src", "en", "--tgt", "fr", "--max", "3", "--format", "jsonl", "x"}, &tmConcordanceOptions{Term: "x", Src: en, Tgt: fr, Max: 3, Format: "jsonl", Match: "all", Highlight: "auto"}, ""},
		// The old spelling is a hidden alias, named in its own messages.
		{[]string{"--lang", "en", "x"}, &tmConcordanceOptions{Term: "x", Src: en, Format: "text", Match: "all", Highlight: "auto"}, ""},
		{[]string{"--src", "en", "--match", "words", "--highlight", "none", "x"}, &tmConcordanceOptions{Term: "x", Src: en, Format: "text", Match: "words", Highlight: "none"}, ""},
		{[]string{"--src", "en", "--highlight", "bold", "x"}, nil, `"bold" for "--highlight" flag`},
		{[]string{"--lang", "xx-!!", "x"}, nil, `"xx-!!" for "--lang" flag`},
		{[]string{"x"}, nil, "--src is required"},
		{[]string{"--src", "en"}, nil, "wrong number of arguments for concordance: none given"},
		{[]string{"--src", "en", "--max", "-1", "x"}, nil, `"-1" for "--max" flag: want a whole number of at least 0`},
		{[]string{"--src", "en", "\xff"}, nil, "TERM argument"},
	} {
		got, err := parseTM(t, newTMConcordanceCmd, tc.args...)
		checkParse(t, tc.args, got, err, tc.want, tc.wantErr)
	}
}

func TestTMExportFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		want    *tmExportOptions
		wantErr string
	}{
		{nil, &tmExportOptions{Format: "tmx"}, ""},
		{[]string{"--src", "en", "--tgt", "fr", "--format", "tsv", "-o", "x.tsv"}, &tmExportOptions{Src: en, Tgt: fr, Format: "tsv", Output: "x.tsv"}, ""},
		{[]string{"--format", "tsv"}, nil, "--src is required"},
		{[]string{"--src", "en", "--tgt", "fr", "--format", "xliff"}, &tmExportOptions{Src: en, Tgt: fr, Format: "xliff"}, ""},
		{[]string{"--format", "xliff", "--src", "en"}, nil, "--tgt is required"},
		{[]string{"--format", "csv"}, nil, `"csv" for "--format" flag: want tmx, tsv or xliff`},
		{[]string{"extra"}, nil, "wrong number of arguments for export: 1 given (\"extra\")"},
	} {
		got, err := parseTM(t, newTMExportCmd, tc.args...)
		checkParse(t, tc.args, got, err, tc.want, tc.wantErr)
	}
}

func TestTMStatsFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		want    *tmStatsOptions
		wantErr string
	}{
		{nil, &tmStatsOptions{Format: "text"}, ""},
		{[]string{"--format", "jsonl"}, &tmStatsOptions{Format: "jsonl"}, ""},
		{[]string{"--format", "tmx"}, nil, `"tmx" for "--format" flag: want text or jsonl`},
	} {
		got, err := parseTM(t, newTMStatsCmd, tc.args...)
		checkParse(t, tc.args, got, err, tc.want, tc.wantErr)
	}
}

// tempTM is an opener of a TM in a temporary folder, for the run tests.
func tempTM(t *testing.T) openTMFunc {
	path := filepath.Join(t.TempDir(), "tm.db")
	return func(ctx context.Context, _ tmAccess) (*tm.DB, error) { return sqlite.OpenDB(ctx, path) }
}

func buffers(stdin string) (*IOStreams, *bytes.Buffer, *bytes.Buffer) {
	var out, errOut bytes.Buffer
	return &IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut}, &out, &errOut
}

// TestTMRun runs the tm subcommands apart from flag parsing, with buffers
// and a temporary TM.
func TestTMRun(t *testing.T) {
	ctx := context.Background()
	open := tempTM(t)
	pairs := filepath.Join(t.TempDir(), "pairs.tsv")
	os.WriteFile(pairs, []byte("The talks lasted 3 hours.\tLes entretiens ont duré 3 heures.\nThe weather was fine.\tIl faisait beau.\n"+
		"Prices rose by 12 percent in 2019.\tLes prix ont augmenté de 12 % en 2019.\n"), 0o644)

	ios, _, errOut := buffers("")
	if err := runTMImport(ctx, &tmImportOptions{IO: ios, OpenTM: open, Files: []string{pairs}, Format: tm.FormatAuto, Src: en, Tgt: fr}); err != nil {
		t.Fatal(err)
	}
	if want := pairs + ": 3 units read, 3 added, 0 merged\n"; !strings.HasSuffix(errOut.String(), want) {
		t.Errorf("import: stderr %q; want %q", errOut, want)
	}
	// XLIFF units left out are said, with why (in a TM of their own).
	xlf := filepath.Join(t.TempDir(), "back.xlf")
	os.WriteFile(xlf, []byte(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="fr" datatype="plaintext"><body>
<trans-unit id="1"><source>Three.</source><target state="translated">Trois.</target></trans-unit>
<trans-unit id="2"><source>Four.</source><target state="needs-translation">Four.</target></trans-unit>
<trans-unit id="3"><source>Five.</source></trans-unit></body></file></xliff>`), 0o644)
	ios, _, errOut = buffers("")
	if err := runTMImport(ctx, &tmImportOptions{IO: ios, OpenTM: tempTM(t), Files: []string{xlf}, Format: tm.FormatAuto}); err != nil {
		t.Fatal(err)
	}
	if want := xlf + ": 1 unit read, 1 added, 0 merged, 2 left out (1 unconfirmed, 1 untranslated)\n"; !strings.HasSuffix(errOut.String(), want) {
		t.Errorf("XLIFF import: stderr %q; want %q", errOut, want)
	}

	ios, _, errOut = buffers("")
	if err := runTMAdd(ctx, &tmAddOptions{IO: ios, OpenTM: open, Src: en, Tgt: fr, Source: "The weather was fine.", Target: "Il faisait beau."}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut.String(), "already in the TM") {
		t.Errorf("add of a stored unit: stderr %q; want it to say so", errOut)
	}

	// A document from standard input: the middle line matches in context.
	ios, out, _ := buffers("The talks lasted 3 hours.\nThe weather was fine.\nPrices rose by 12 percent in 2019.\n\nNothing like it.\n")
	if err := runTMLookup(ctx, &tmLookupOptions{IO: ios, OpenTM: open, Query: "-", Src: en, Tgt: fr, Min: 70, Max: 5, Format: "jsonl"}); err != nil {
		t.Fatal(err)
	}
	var recs []tm.MatchRecord
	for line := range strings.Lines(out.String()) {
		var r tm.MatchRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("lookup jsonl line %q: %v", line, err)
		}
		recs = append(recs, r)
	}
	if len(recs) != 3 || recs[1].Query != "The weather was fine." || recs[1].Score != tm.ContextScore || recs[1].Target != "Il faisait beau." {
		t.Errorf("lookup -: %+v; want three matches, the second at 101", recs)
	}

	ios, out, _ = buffers("")
	if err := runTMLookup(ctx, &tmLookupOptions{IO: ios, OpenTM: open, Query: "Prices rose by 15 percent in 2019.", Src: en, Tgt: fr, Min: 70, Max: 5, Format: "text"}); err != nil {
		t.Fatal(err)
	}
	if want := "99\tLes prix ont augmenté de 15 % en 2019.\t[numbers replaced]\n#3\tPrices rose by [-12-]{+15+} percent in 2019.\n"; out.String() != want {
		t.Errorf("lookup: %q; want %q", out, want)
	}

	// --min 0 keeps every match, however low (tm.NoMinimum, not the default).
	ios, out, _ = buffers("")
	if err := runTMLookup(ctx, &tmLookupOptions{IO: ios, OpenTM: open, Query: "The weather in the north was cold and wet all week.", Src: en, Tgt: fr, Min: 0, Max: 5, Format: "text"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\tIl faisait beau.\n") {
		t.Errorf("lookup --min 0: %q; want the low match", out)
	}

	ios, out, _ = buffers("")
	if err := runTMConcordance(ctx, &tmConcordanceOptions{IO: ios, OpenTM: open, Term: "weather", Src: en, Format: "text"}); err != nil {
		t.Fatal(err)
	}
	if want := "#2\tThe **weather** was fine.\tIl faisait beau.\n"; out.String() != want {
		t.Errorf("concordance: %q; want %q", out, want)
	}
	ios, out, _ = buffers("")
	if err := runTMConcordance(ctx, &tmConcordanceOptions{IO: ios, OpenTM: open, Term: "weather", Src: en, Format: "jsonl"}); err != nil {
		t.Fatal(err)
	}
	if want := `{"id":2,"lang":"en","text":"The weather was fine.","hits":[[4,11]],"kind":"exact","translations":[{"lang":"fr","text":"Il faisait beau."}]}` + "\n"; out.String() != want {
		t.Errorf("concordance jsonl: %q; want %q", out, want)
	}

	ios, out, _ = buffers("")
	if err := runTMExport(ctx, &tmExportOptions{IO: ios, OpenTM: open, Src: en, Tgt: fr, Format: "tsv"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "The weather was fine.\tIl faisait beau.\n") || strings.Count(out.String(), "\n") != 3 {
		t.Errorf("export tsv: %q; want the 3 pairs", out)
	}

	ios, out, _ = buffers("")
	if err := runTMStats(ctx, &tmStatsOptions{IO: ios, OpenTM: open, Format: "jsonl"}); err != nil {
		t.Fatal(err)
	}
	var st tm.StatsRecord
	if err := json.Unmarshal(out.Bytes(), &st); err != nil || st.Units != 3 || st.Langs["fr"] != 3 || st.Imports != 2 {
		t.Errorf("stats jsonl: %s (%v); want 3 units, 3 fr segments, 2 imports", out, err)
	}
}

// TestTMImportRunCancelled: an import whose context is cancelled stores
// nothing and says so, with exit 130.
func TestTMImportRunCancelled(t *testing.T) {
	open := tempTM(t)
	// The TM is there before the import (a new one would be removed, and
	// the error would say so: TestFailedFirstWriteLeavesNoTM).
	if db, err := open(context.Background(), tmCreate); err != nil {
		t.Fatal(err)
	} else {
		db.Close()
	}
	pairs := filepath.Join(t.TempDir(), "pairs.tsv")
	os.WriteFile(pairs, []byte(strings.Repeat("Good morning.\tBonjour.\n", 1000)), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ios, _, _ := buffers("")
	opener := func(_ context.Context, a tmAccess) (*tm.DB, error) { return open(context.Background(), a) }
	err := runTMImport(ctx, &tmImportOptions{IO: ios, OpenTM: opener, Files: []string{pairs}, Format: tm.FormatAuto, Src: en, Tgt: fr})
	want := "import " + pairs + ": interrupted; nothing from " + pairs + " was stored"
	if err == nil || err.Error() != want || exitCodeOf(err) != exitInterrupted {
		t.Fatalf("cancelled import: %v (exit %d); want %q, exit %d", err, exitCodeOf(err), want, exitInterrupted)
	}
	db, _ := open(context.Background(), tmMustExist)
	defer db.Close()
	if s, err := db.Stats(context.Background()); err != nil || s.Units != 0 || s.Imports != 0 {
		t.Errorf("after a cancelled import: %+v, %v; want an empty TM", s, err)
	}
}

// TestTMHelp: every tm subcommand has a Long description and an Example,
// and its value placeholders read as words.
func TestTMHelp(t *testing.T) {
	ios, _, _ := buffers("")
	tmCmd := newTMCmd(ios, &globalOptions{ios: ios})
	for _, c := range tmCmd.Commands() {
		if c.Long == "" || c.Example == "" {
			t.Errorf("tm %s: Long %d bytes, Example %d bytes; want both", c.Name(), len(c.Long), len(c.Example))
		}
		usage := c.Flags().FlagUsages()
		for flag, word := range map[string]string{"src": "LANG", "tgt": "LANG", "format": "FORMAT", "min": "PERCENT", "max": "N", "output": "FILE"} {
			if c.Name() == "edit" && flag == "tgt" {
				word = "TEXT" // the new translation, as the issue asks
			}
			if c.Flags().Lookup(flag) != nil && !strings.Contains(usage, "--"+flag+" "+word) {
				t.Errorf("tm %s: --%s has no placeholder %s:\n%s", c.Name(), flag, word, usage)
			}
		}
		if strings.Contains(usage, " string ") || strings.Contains(usage, " int ") {
			t.Errorf("tm %s: a placeholder is a type, not a word:\n%s", c.Name(), usage)
		}
	}
	if f := tmCmd.Commands()[0].Root().Flags().Lookup("lang"); f != nil {
		t.Errorf("unexpected --lang on tm")
	}
}

// TestTMCompletion: shell completion offers the values of --format, --src
// and --tgt.
func TestTMCompletion(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"tm", "lookup", "--format", ""}, "text\njsonl\n"},
		{[]string{"tm", "import", "--format", ""}, "auto\ntmx\ntsv\njsonl\n"},
		{[]string{"tm", "export", "--format", ""}, "tmx\ntsv\n"},
		{[]string{"tm", "concordance", "--format", ""}, "text\njsonl\n"},
		{[]string{"tm", "stats", "--format", ""}, "text\njsonl\n"},
		{[]string{"tm", "lookup", "--src", ""}, "en\nfr\n"},
		{[]string{"tm", "add", "--tgt", ""}, "en\nfr\n"},
		{[]string{"tm", "import", "--src", ""}, "en\nfr\n"},
		{[]string{"tm", "export", "--tgt", ""}, "en\nfr\n"},
		{[]string{"tm", "concordance", "--src", ""}, "en\nfr\n"},
	} {
		out, stderr, code := runBitext(t, "", append([]string{"__complete"}, tc.args...)...)
		if code != 0 || !strings.HasPrefix(out, tc.want) {
			t.Errorf("completion of %q: exit %d, %q (%s); want it to start with %q", tc.args, code, out, stderr, tc.want)
		}
	}
}

// TestTMConcordanceSrc: concordance takes --src like the other pair
// commands, and still takes --lang.
func TestTMConcordanceSrc(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "The weather was fine.", "Il faisait beau."); code != 0 {
		t.Fatal(stderr)
	}
	for _, flag := range []string{"--src", "--lang"} {
		out, stderr, code := runBitext(t, "", "--db", db, "tm", "concordance", flag, "en", "weather")
		if code != 0 || out != "#1\tThe **weather** was fine.\tIl faisait beau.\n" {
			t.Errorf("tm concordance %s en weather: exit %d, %q %s", flag, code, out, stderr)
		}
	}
}

// TestTMImportMissingFile: a mistyped file name is bad input naming it, and
// creates no TM.
func TestTMImportMissingFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "new.db")
	_, stderr, code := runBitext(t, "", "--db", db, "tm", "import", filepath.Join(t.TempDir(), "memroy.tmx"))
	if code != exitBadInput || !strings.Contains(stderr, "memroy.tmx: no such file") || strings.Contains(stderr, "created") {
		t.Errorf("import of a missing file: exit %d, %q; want exit 2 naming it, and no TM created", code, stderr)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("import of a missing file created %s", db)
	}
}

// A query file saved with a byte-order mark (Notepad) finds the exact
// match of its first line: the mark is not part of the query.
func TestLookupStdinBOM(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "The weather was fine.", "Il faisait beau."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	stdout, stderr, code := runBitext(t, "\ufeffThe weather was fine.\r\n", "--db", db, "tm", "lookup", "--src", "en", "--tgt", "fr", "--format", "jsonl", "-")
	if code != 0 || !strings.HasPrefix(stdout, `{"id":1,"query":"The weather was fine.","score":100,`) {
		t.Errorf("tm lookup - of a line after a BOM: exit %d, %s%s; want the exact match (100) of the query without the BOM", code, stdout, stderr)
	}
	stdout, _, _ = runBitext(t, "\ufeffKhamenei\tKhomeini\n", "names", "match", "-")
	if strings.Contains(stdout, "\ufeff") {
		t.Errorf("names match - of a BOM file: %q; want no BOM in the names", stdout)
	}
}

// A query file with the line ends of classic Mac OS (a lone CR) is one
// query a line, as with LF or CRLF: each line finds its exact match (it
// was read as one query of both sentences, which found them only as
// fragments; trial42).
func TestLookupStdinLoneCR(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	for _, p := range [][2]string{{"The weather was fine.", "Il faisait beau."}, {"The sea was calm.", "La mer était calme."}} {
		if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", p[0], p[1]); code != 0 {
			t.Fatalf("tm add: exit %d: %s", code, stderr)
		}
	}
	for _, in := range []string{"The weather was fine.\rThe sea was calm.\r", "The weather was fine.\rThe sea was calm."} {
		stdout, stderr, code := runBitext(t, in, "--db", db, "tm", "lookup", "--src", "en", "--tgt", "fr", "--format", "jsonl", "--max", "1", "-")
		if code != 0 || strings.Count(stdout, `"score":100,`) != 2 || !strings.Contains(stdout, `"query":"The sea was calm."`) {
			t.Errorf("tm lookup - of %q: exit %d, %s%s; want two queries, each its exact match", in, code, stdout, stderr)
		}
	}
}

// tm import of a directory (a folder of TMX files named by mistake) is bad
// input naming it, and creates no TM, as a missing file does.
func TestImportDirectoryCreatesNoTM(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	_, stderr, code := runBitext(t, "", "--db", db, "tm", "import", dir)
	if code != exitBadInput || !strings.Contains(stderr, dir+": is a directory") {
		t.Errorf("tm import DIR: exit %d, %q; want exit 2 saying %s is a directory", code, stderr, dir)
	}
	if _, err := os.Stat(db); err == nil || strings.Contains(stderr, "created") {
		t.Errorf("tm import DIR created the TM %s: %q", db, stderr)
	}
}

// Standard input named twice is a usage error where the second read of it
// (which finds nothing) would give a wrong result: align score - - scored
// the gold against an empty hypothesis (0, exit 0), tm import - - imported
// the first and then failed on an empty "second" input.
func TestStdinNamedTwice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	for _, args := range [][]string{
		{"align", "score", "-", "-"},
		{"tm", "import", "--src", "en", "--tgt", "fr", "--format", "tsv", "-", "-"},
	} {
		stdout, stderr, code := runBitext(t, "[0]:[0]\n", append([]string{"--db", db}, args...)...)
		if code != exitBadInput || !strings.Contains(stderr, "standard input") || stdout != "" {
			t.Errorf("bitext %s: exit %d, %q, %q; want exit 2, a usage error about standard input", strings.Join(args, " "), code, stdout, stderr)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("tm import - - created the TM")
	}
}

// An empty file named by --db (a placeholder, a mistyped name of another
// file) is no TM: commands that only read refuse it and leave it empty,
// as they do a file that does not exist; a command that writes makes it
// a TM and says so.
func TestEmptyFileIsNoTM(t *testing.T) {
	db := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(db, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"tm", "stats"},
		{"tm", "lookup", "--src", "en", "--tgt", "fr", "Hello."},
		{"tm", "export"},
		{"normalize", "-l", "en"},
		{"names", "list"},
	} {
		_, stderr, code := runBitext(t, "Hello.\n", append([]string{"--db", db}, args...)...)
		if code != exitBadInput || !strings.Contains(stderr, "no translation memory there") {
			t.Errorf("bitext --db EMPTY %s: exit %d, %q; want exit 2, no translation memory there", strings.Join(args, " "), code, stderr)
		}
		if fi, err := os.Stat(db); err != nil || fi.Size() != 0 {
			t.Fatalf("bitext --db EMPTY %s wrote to the empty file (%v)", strings.Join(args, " "), err)
		}
	}
	_, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "Hello.", "Bonjour.")
	if code != 0 || !strings.Contains(stderr, "created a new translation memory at "+db) {
		t.Errorf("tm add to an empty file: exit %d, %q; want it to create the TM and say so", code, stderr)
	}
}

// noTMFiles fails the test when the TM file db, one of its -wal, -shm or
// -journal files, or the folder top exists.
func noTMFiles(t *testing.T, what, db, top string) {
	t.Helper()
	for _, p := range []string{db, db + "-wal", db + "-shm", db + "-journal", top} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s: %s is there; a failed first write must leave no new TM", what, p)
		}
	}
}

// TestFailedFirstWriteLeavesNoTM: a command that creates the TM and then
// fails before storing anything (a broken import, an alignment batch
// naming a missing file) removes the file it made, and the folders it
// made for it; an existing TM stays byte for byte as it was; a TM that got
// units from an earlier file of the same import is kept.
func TestFailedFirstWriteLeavesNoTM(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.tmx")
	good := filepath.Join(dir, "good.tmx")
	os.WriteFile(bad, []byte(`<tmx version="1.4"><body><tu>`), 0o644)
	os.WriteFile(good, []byte(`<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Good morning.</seg></tuv><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv></tu></body></tmx>`), 0o644)

	db := filepath.Join(dir, "new.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "import", bad); code != exitBadInput {
		t.Fatalf("tm import bad.tmx: exit %d, %s; want 2", code, stderr)
	} else if !strings.Contains(stderr, "the new translation memory "+db+" was removed") {
		t.Errorf("tm import bad.tmx into a new TM: %q; want it to say the TM it announced was removed", stderr)
	}
	noTMFiles(t, "tm import --db new.db bad.tmx", db, db)
	nested := filepath.Join(dir, "a", "b", "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", nested, "tm", "import", bad); code != exitBadInput {
		t.Fatalf("tm import bad.tmx: exit %d, %s; want 2", code, stderr)
	}
	noTMFiles(t, "tm import --db a/b/tm.db bad.tmx", nested, filepath.Join(dir, "a"))

	// align --batch --into opens the TM first; a manifest line naming a
	// binary file fails the batch when it reads it. (A missing file is
	// refused with the manifest, before the TM is opened.)
	os.WriteFile(filepath.Join(dir, "s.en.txt"), []byte("Good morning.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bin.fr.txt"), []byte("\x7fELF\x00\x01"), 0o644)
	manifest := filepath.Join(dir, "m.tsv")
	os.WriteFile(manifest, []byte("s.en.txt\tbin.fr.txt\n"), 0o644)
	if _, stderr, code := runBitext(t, "", "--db", db, "align", "--batch", "--into", manifest, manifest); code == 0 {
		t.Fatalf("align --batch with a binary file: exit 0, %s", stderr)
	} else if !strings.Contains(stderr, "was removed") {
		t.Errorf("align --batch --into with a binary file: %q; want the new TM removed", stderr)
	}
	noTMFiles(t, "align --batch --into with a binary file", db, db)

	// An existing TM, even an empty one, stays exactly as it was.
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "import", good); code != 0 {
		t.Fatalf("tm import good.tmx: exit %d, %s", code, stderr)
	}
	before, _ := os.ReadFile(db)
	if _, _, code := runBitext(t, "", "--db", db, "tm", "import", bad); code != exitBadInput {
		t.Fatalf("tm import bad.tmx into a TM: exit %d; want 2", code)
	}
	if after, err := os.ReadFile(db); err != nil || !bytes.Equal(before, after) {
		t.Errorf("a failed import changed the existing TM (%v)", err)
	}

	// A new TM that the first file reached is kept.
	kept := filepath.Join(dir, "kept.db")
	if _, _, code := runBitext(t, "", "--db", kept, "tm", "import", good, bad); code != exitBadInput {
		t.Fatalf("tm import good.tmx bad.tmx: exit %d; want 2", code)
	}
	if stdout, stderr, code := runBitext(t, "", "--db", kept, "tm", "lookup", "--src", "en", "--tgt", "fr", "Good morning."); code != 0 || !strings.Contains(stdout, "Bonjour.") {
		t.Errorf("the TM that good.tmx reached: exit %d, %q, %q; want its unit", code, stdout, stderr)
	}
}

// TestUnitsSayWho: every command that stores units records who made them
// (creationid) and tm edit who changed them (changeid): $USER, else
// $LOGNAME, else the account's name. tm add recorded no one, and every
// command no one when $USER was unset (a cron job, a container).
func TestUnitsSayWho(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	tsv := filepath.Join(dir, "pairs.tsv")
	os.WriteFile(tsv, []byte("Good night.\tBonne nuit.\n"), 0o644)
	t.Setenv("USER", "ana")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d, %s", code, stderr)
	}
	t.Setenv("USER", "")
	t.Setenv("LOGNAME", "bo")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "import", "--src", "en", "--tgt", "fr", tsv); code != 0 {
		t.Fatalf("tm import: exit %d, %s", code, stderr)
	}
	out, stderr, code := runBitext(t, "", "--db", db, "tm", "export")
	if code != 0 {
		t.Fatalf("tm export: exit %d, %s", code, stderr)
	}
	if strings.Count(out, `creationid="ana"`) != 1 || strings.Count(out, `creationid="bo"`) != 1 {
		t.Errorf("tm export: %s\nwant the unit of tm add by ana (USER) and the imported one by bo (LOGNAME)", out)
	}
}

// TestNoTextLanguageFlag: tm add --tgt zxx (no linguistic content) and
// --tgt mul (several languages) stored units no lookup would find; each is
// exit 2 saying what the code means, nothing made. A private-use code
// (qaa to qtz: BCP 47 leaves them to a team) is taken as a language.
func TestNoTextLanguageFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	for _, c := range []struct{ flag, want string }{
		{"--tgt=zxx", `"zxx" means no linguistic content`},
		{"--tgt=mul", `"mul" means several languages`},
		{"--tgt=MUL-Latn", `"mul" means several languages`},
	} {
		_, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", c.flag, "Hello.", "Bonjour.")
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("tm add %s: exit %d, stderr %q; want exit 2 with %q", c.flag, code, stderr, c.want)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("%s made by a refused tm add", db)
	}
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "qtz", "Hello.", "Bonjour."); code != 0 {
		t.Errorf("tm add --tgt qtz (private use): exit %d, %q; want 0", code, stderr)
	}
}
