package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// run is runContext with no interrupt: the CLI in-process, as the tests
// (and the test binary's "bitext" of testdata/script) run it.
func run(args []string, ios *IOStreams) int {
	return runContext(context.Background(), args, ios)
}

// runBitext runs the CLI in-process with the given standard input and
// returns what it wrote and its exit code.
func runBitext(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut})
	return out.String(), errOut.String(), code
}

func TestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--version"}, 0, ""},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"--frobnicate"}, 2, "unknown flag"},
		// A mistyped subcommand is a usage error, not help and exit 0.
		{[]string{"tm", "imprt", "x.tmx"}, 2, `unknown command "imprt" for "bitext tm"`},
		{[]string{"names", "ad", "A", "B"}, 2, "did you mean add?"},
		{[]string{"tm"}, 0, ""},
		// cobra's completion command is a group like the others: a shell
		// it has no script for is a usage error, not its help and exit 0.
		{[]string{"completion", "tcsh"}, 2, `unknown command "tcsh" for "bitext completion"`},
		{[]string{"completion", "bash"}, 0, ""},
		{[]string{}, 0, ""},
		// Argument-count errors are typed, whatever cobra's wording.
		{[]string{"tm", "add", "--src", "en", "--tgt", "fr", "one"}, 2, "wrong number of arguments for tm add"},
	} {
		_, stderr, code := runBitext(t, "", tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.msg) {
			t.Errorf("bitext %q: exit %d, stderr %q; want exit %d with %q", tc.args, code, stderr, tc.code, tc.msg)
		}
	}
}

func TestUTF8Reader(t *testing.T) {
	ios := &IOStreams{In: strings.NewReader("line one\nline two \xff here\n")}
	_, err := readInput(ios, "-")
	if err == nil || !strings.Contains(err.Error(), "<stdin>") || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("readInput(invalid UTF-8) = %v; want an error naming <stdin> and line 2", err)
	}
	if exitCodeOf(err) != exitBadInput {
		t.Fatalf("exit code %d; want %d", exitCodeOf(err), exitBadInput)
	}
	// A valid multi-byte text read through tiny chunks survives intact.
	text := strings.Repeat("Téhéran قاسم سلیمانی 東京。\n", 50)
	ios = &IOStreams{In: &chunkReader{s: text, n: 7}}
	got, err := readInput(ios, "-")
	if err != nil || string(got) != text {
		t.Fatalf("readInput(chunked valid text) = %d bytes, %v; want %d bytes", len(got), err, len(text))
	}
	// One-byte reads by the caller work too.
	r, err := openInput(&IOStreams{In: strings.NewReader(text)}, "-")
	if err != nil {
		t.Fatal(err)
	}
	got, err = io.ReadAll(iotest.OneByteReader(r))
	if err != nil || string(got) != text {
		t.Fatalf("one-byte reads = %d bytes, %v; want %d bytes", len(got), err, len(text))
	}
}

// chunkReader returns at most n bytes a read, to cut runes at read borders.
type chunkReader struct {
	s string
	n int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, io.EOF
	}
	k := min(c.n, len(c.s), len(p))
	copy(p, c.s[:k])
	c.s = c.s[k:]
	return k, nil
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

func readTestFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
