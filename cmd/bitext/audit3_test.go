package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/jackc/pgx/v5"
)

// pgTables lists the tables of schema in the test database.
func pgTables(t *testing.T, schema string) []string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, schema)
	if err != nil {
		t.Fatal(err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// TestFailedFirstWritePostgres: a command that creates a PostgreSQL TM
// (in an empty schema) and then fails before storing anything drops the
// tables it created and says so, as it removes a new SQLite file; the
// schema is as it was, and the next command creates the TM afresh. A TM
// that was there keeps its tables. (The tables stayed: the next command
// found an empty TM there, and lookups in it answered nothing.)
func TestFailedFirstWritePostgres(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.tmx")
	os.WriteFile(bad, []byte(`<tmx version="1.4"><body><tu>`), 0o644)
	badNames := filepath.Join(dir, "bad.gl.tsv")
	os.WriteFile(badNames, []byte("Qassem Soleimani\tthing\tQasim Soleimani\n"), 0o644)
	manifest := filepath.Join(dir, "m.tsv")
	os.WriteFile(filepath.Join(dir, "s.en.txt"), []byte("Good morning.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bin.fr.txt"), []byte("\x7fELF\x00\x01"), 0o644)
	os.WriteFile(manifest, []byte("s.en.txt\tbin.fr.txt\n"), 0o644) // fails when the batch reads it

	url, schema := pgtest.TempSchema(t)
	for i, args := range [][]string{
		{"tm", "import", bad},
		{"names", "import", badNames}, // read before the TM is opened: nothing is created
		{"align", "--batch", "--into", manifest},
	} {
		_, stderr, code := runBitext(t, "", append([]string{"--db", url}, args...)...)
		if code == 0 {
			t.Fatalf("bitext %s: exit 0, %s; want a failure", strings.Join(args, " "), stderr)
		}
		if strings.Contains(stderr, "created a new translation memory in") != strings.Contains(stderr, "was removed: nothing was stored in it") {
			t.Errorf("bitext %s into a new PostgreSQL TM: %q; want it to say the TM it created was removed", strings.Join(args, " "), stderr)
		}
		if i != 1 && !strings.Contains(stderr, "was removed") {
			t.Errorf("bitext %s into a new PostgreSQL TM: %q; want it to say the TM it created was removed", strings.Join(args, " "), stderr)
		}
		if got := pgTables(t, schema); len(got) != 0 {
			t.Errorf("bitext %s failed on a new PostgreSQL TM and left the tables %v; want the schema as it was (empty)", strings.Join(args, " "), got)
		}
	}

	// A TM that is there, even empty, stays.
	if _, stderr, code := runBitext(t, "", "--db", url, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d, %s", code, stderr)
	}
	before := pgTables(t, schema)
	if _, stderr, code := runBitext(t, "", "--db", url, "tm", "import", bad); code != exitBadInput || strings.Contains(stderr, "removed") {
		t.Errorf("tm import bad.tmx into a TM: exit %d, %q; want 2, nothing removed", code, stderr)
	}
	if got := pgTables(t, schema); !slices.Equal(got, before) {
		t.Errorf("a failed import into a TM changed its tables: %v; want %v", got, before)
	}
	if stdout, _, _ := runBitext(t, "", "--db", url, "tm", "lookup", "--src", "en", "--tgt", "fr", "Good morning."); !strings.Contains(stdout, "Bonjour.") {
		t.Errorf("the TM lost its unit: lookup says %q", stdout)
	}
}

// TestAlignBatchNothingToDo: a manifest with no pair (empty, comments
// only), two folders whose files pair by no name, and a manifest line too
// long for one are bad input naming the manifest (and the line), exit 2;
// with --into no TM is made. Before, the first two did nothing and exited
// 0 (with --into: "stored 0 pairs" in a new, empty TM), the last exited 1
// with "bufio.Scanner: token too long".
func TestAlignBatchNothingToDo(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	os.WriteFile(p("empty.tsv"), nil, 0o644)
	os.WriteFile(p("comments.tsv"), []byte("# to do\n\n"), 0o644)
	os.WriteFile(p("s.en.txt"), []byte("Good morning.\n"), 0o644)
	os.WriteFile(p("s.fr.txt"), []byte("Bonjour.\n"), 0o644)
	os.WriteFile(p("long.tsv"), []byte("s.en.txt\ts.fr.txt\n"+strings.Repeat("x", 10<<20)+"\n"), 0o644)
	os.MkdirAll(p("en"), 0o755)
	os.MkdirAll(p("fr"), 0o755)
	os.WriteFile(p("en/a.txt"), []byte("Good morning.\n"), 0o644)
	os.WriteFile(p("fr/b.txt"), []byte("Bonjour.\n"), 0o644)
	db := p("new.db")
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{p("empty.tsv")}, []string{"empty.tsv: no pairs to align"}},
		{[]string{p("comments.tsv")}, []string{"comments.tsv: no pairs to align"}},
		{[]string{"--src", "en", "--tgt", "fr", p("en"), p("fr")}, []string{"no pairs to align", p("en"), p("fr")}},
		{[]string{p("long.tsv")}, []string{"long.tsv:2: a line longer than 64 KiB"}},
	} {
		for _, into := range []bool{false, true} {
			args := append([]string{"align", "--batch"}, tc.args...)
			if into {
				args = append([]string{"--db", db, "align", "--batch", "--into"}, tc.args...)
			}
			stdout, stderr, code := runBitext(t, "", args...)
			if code != exitBadInput || stdout != "" || !strings.HasPrefix(stderr, "bitext: ") {
				t.Errorf("bitext %q: exit %d, stdout %q, stderr %q; want exit 2 and an error", args, code, stdout, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("bitext %q: %q; want it to say %q", args, stderr, w)
				}
			}
			if _, err := os.Stat(db); err == nil {
				t.Fatalf("bitext %q made the TM %s", args, db)
			}
		}
	}
}

// TestLongFieldErrors: an error about a field of a file that is no such
// file (a text on one line, a misplaced column) quotes the field's start,
// not all of it: each is exit 2, names the file and line, and stays under
// a few hundred bytes (they were the 1-10 MB of the field).
func TestLongFieldErrors(t *testing.T) {
	dir := t.TempDir()
	p := func(name, text string) string {
		f := filepath.Join(dir, name)
		os.WriteFile(f, []byte(text), 0o644)
		return f
	}
	long := strings.Repeat("word ", 2<<20)
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"align", "score", p("text.txt", long+"\n"), p("gold.txt", "[0]:[0]\n")}, []string{"text.txt", "line 1", `"word word`, "want [SRC,...]:[TGT,...]"}},
		{[]string{"tm", "import", "--src", "en", "--tgt", "fr", p("score.tsv", "a\tb\t"+strings.Repeat("9", 1<<20)+"\n")}, []string{"score.tsv", "line 1", "is not a number"}},
		{[]string{"names", "import", p("kind.tsv", "Qassem Soleimani\t"+strings.Repeat("k", 1<<20)+"\tQasim Soleimani\n")}, []string{"kind.tsv", "line 1", "unknown kind"}},
	} {
		args := append([]string{"--db", filepath.Join(dir, "tm.db")}, tc.args...)
		_, stderr, code := runBitext(t, "", args...)
		if code != exitBadInput || len(stderr) > 500 {
			t.Errorf("bitext %s: exit %d, %d bytes on stderr (%.200s...); want exit 2 and a short message", tc.args[0], code, len(stderr), stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("bitext %s: %.300q; want it to say %q", tc.args[0], stderr, w)
			}
		}
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

// TestDictFlagsNeedDict: --dict-format without --dict is a usage error, as
// --dict-reverse is (it was taken and did nothing).
func TestDictFlagsNeedDict(t *testing.T) {
	dir := t.TempDir()
	src, tgt := filepath.Join(dir, "a.en.txt"), filepath.Join(dir, "a.fr.txt")
	os.WriteFile(src, []byte("Good morning.\n"), 0o644)
	os.WriteFile(tgt, []byte("Bonjour.\n"), 0o644)
	for flag, args := range map[string][]string{
		"--dict-format":  {"align", "--dict-format", "tsv", src, tgt},
		"--dict-reverse": {"align", "--dict-reverse", src, tgt},
	} {
		stdout, stderr, code := runBitext(t, "", args...)
		if code != exitBadInput || stdout != "" || !strings.Contains(stderr, flag+" needs --dict") {
			t.Errorf("bitext %q: exit %d, %q, %q; want exit 2, %s needs --dict", args, code, stdout, stderr, flag)
		}
	}
}

// fullWriter is standard output on a full disk.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestHelpToFullDisk: help, usage and completion scripts that cannot be
// written are an error, exit 1, as every command's output is (cobra
// dropped the error: `bitext --help > /dev/full` exited 0).
func TestHelpToFullDisk(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"help", "tm"}, {"tm", "import", "--help"}, {"completion", "bash"}, {}} {
		var errOut strings.Builder
		code := run(args, &IOStreams{In: strings.NewReader(""), Out: fullWriter{}, ErrOut: &errOut})
		if code != 1 || !strings.HasPrefix(errOut.String(), "bitext: error: ") || !strings.Contains(errOut.String(), "no space left on device") {
			t.Errorf("bitext %q to a full disk: exit %d, %q; want exit 1 and the write error", args, code, errOut.String())
		}
	}
}
