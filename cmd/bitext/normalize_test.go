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

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestNormalizeFlags parses command lines into normalizeOptions without
// running anything.
func TestNormalizeFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want normalizeOptions // IO and OpenTM are not compared
		err  string
	}{
		{args: []string{"a.txt"}, want: normalizeOptions{Files: []string{"a.txt"}, Possess: "ap"}},
		{args: []string{"-l", "fr", "--check", "--format", "jsonl", "--no-default-glossary"},
			want: normalizeOptions{Files: []string{"-"}, Lang: language.French, Check: true, Format: normalize.ReportJSONL, NoDefault: true, Possess: "ap"}},
		{args: []string{"-w", "a.txt", "b.txt"}, want: normalizeOptions{Files: []string{"a.txt", "b.txt"}, Write: true, Possess: "ap"}},
		{args: []string{"--possessive", "s", "a.txt"}, want: normalizeOptions{Files: []string{"a.txt"}, Possess: "s"}},
		{args: []string{"--possessive", "reuters"}, err: `invalid argument "reuters" for "--possessive" flag`},
		{args: []string{"--format", "xml"}, err: `invalid argument "xml" for "--format" flag: want text or jsonl`},
		{args: []string{"--check", "-w", "a.txt"}, err: "cannot be used together"},
		{args: []string{"--lang", "x!!", "a.txt"}, err: `invalid argument "x!!" for "-l, --lang" flag`},
		{args: []string{"-w"}, err: "standard input cannot be rewritten"},
		{args: []string{"-w", "a.txt", "/dev/stdin"}, err: "/dev/stdin is a stream"},
	} {
		var got *normalizeOptions
		cmd := normalizeCmd(&IOStreams{}, &globalOptions{}, func(_ context.Context, o *normalizeOptions) error { got = o; return nil })
		if !parsedOK(t, "normalize", tc.args, execParse(cmd, tc.args), tc.err) {
			continue
		}
		got.IO, got.OpenTM = nil, nil
		if !reflect.DeepEqual(*got, tc.want) {
			t.Errorf("normalize %q: options %+v; want %+v", tc.args, *got, tc.want)
		}
	}
}

// testTM returns an opener of a TM in a temporary folder (which does not
// exist until a command creates it) and its path.
func testTM(t *testing.T, ios *IOStreams) (openTMFunc, string) {
	t.Helper()
	g := &globalOptions{DB: filepath.Join(t.TempDir(), "tm.db")}
	return g.tmOpener(ios), g.DB
}

func TestRunNormalize(t *testing.T) {
	var out, errOut bytes.Buffer
	ios := &IOStreams{In: strings.NewReader("Teheran and Saeedreza met.\n"), Out: &out, ErrOut: &errOut}
	open, _ := testTM(t, ios)
	// No TM: the default glossary only.
	noTM := func(context.Context, tmAccess) (*tm.DB, error) { return nil, nil }
	if err := runNormalize(context.Background(), &normalizeOptions{IO: ios, OpenTM: noTM, Files: []string{"-"}}); err != nil {
		t.Fatal(err)
	}
	if out.String() != "Tehran and Saeedreza met.\n" || errOut.String() != `<stdin>:1:1: "Teheran" -> "Tehran" (variant)`+"\n" {
		t.Errorf("normalize without a TM: stdout %q, stderr %q", out.String(), errOut.String())
	}
	// The user's entries come from the TM.
	if _, err := storeEntries(context.Background(), open, []normalize.Entry{{Canonical: "Saeed Reza", Variants: []string{"Saeedreza"}}}, io.Discard); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	errOut.Reset()
	ios.In = strings.NewReader("Teheran and Saeedreza met.\n")
	err := runNormalize(context.Background(), &normalizeOptions{IO: ios, OpenTM: open, Files: []string{"-"}, Check: true, Format: normalize.ReportJSONL, NoDefault: true})
	if err != errCheckFailed || out.Len() != 0 || !strings.Contains(errOut.String(), `"form":"Saeedreza","replacement":"Saeed Reza"`) || strings.Contains(errOut.String(), "Teheran") {
		t.Errorf("normalize --check --no-default-glossary: %v, stdout %q, stderr %q", err, out.String(), errOut.String())
	}
}

// TestNormalizeWriteAllOrNothing: normalize -w with several files rewrote
// the first ones before it found that a later one was bad. Now every file
// is read and rewritten before any is replaced.
func TestNormalizeWriteAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	f := func(name string) string { return filepath.Join(dir, name) }
	story := "Teheran said so.\n"
	os.WriteFile(f("a.txt"), []byte(story), 0o644)
	os.WriteFile(f("b.txt"), []byte(story), 0o644)
	os.WriteFile(f("c.txt"), []byte("Teheran\nbad \xff\n"), 0o644)
	t.Setenv("BITEXT_DB", "") // the default TM, which does not exist
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	for _, bad := range []string{f("c.txt"), f("missing.txt"), dir} {
		_, stderr, code := runBitext(t, "", "normalize", "-w", f("a.txt"), f("b.txt"), bad)
		if code != exitBadInput {
			t.Errorf("normalize -w a b %s: exit %d, stderr %q; want 2", bad, code, stderr)
		}
		for _, name := range []string{"a.txt", "b.txt"} {
			if b, _ := os.ReadFile(f(name)); string(b) != story {
				t.Errorf("normalize -w a b %s rewrote %s to %q", bad, name, b)
			}
		}
		if strings.Contains(stderr, "-> \"Tehran\"") {
			t.Errorf("normalize -w a b %s reported replacements that were not made: %q", bad, stderr)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 3 {
		t.Errorf("normalize -w left files behind: %v", entries)
	}
	// All good: all rewritten, and reported.
	os.WriteFile(f("c.txt"), []byte(story), 0o644)
	_, stderr, code := runBitext(t, "", "normalize", "-w", f("a.txt"), f("b.txt"), f("c.txt"))
	if code != 0 || strings.Count(stderr, `"Teheran" -> "Tehran"`) != 3 {
		t.Errorf("normalize -w a b c: exit %d, stderr %q", code, stderr)
	}
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		if b, _ := os.ReadFile(f(name)); string(b) != "Tehran said so.\n" {
			t.Errorf("normalize -w: %s is %q", name, b)
		}
	}
}

// TestNormalizeWriteReadOnly: normalize -w leaves a read-only file (0444)
// as it is, though its folder is writable (exit 2, naming the file), and
// a rewritten file keeps its mode (0640).
func TestNormalizeWriteReadOnly(t *testing.T) {
	dir := t.TempDir()
	ro, rw := filepath.Join(dir, "ro.txt"), filepath.Join(dir, "rw.txt")
	os.WriteFile(ro, []byte("Daesh said so.\n"), 0o444)
	os.WriteFile(rw, []byte("Daesh said so.\n"), 0o640)
	os.Chmod(rw, 0o640)
	_, stderr, code := runBitext(t, "", "normalize", "-w", ro)
	if code != exitBadInput || !strings.Contains(stderr, ro+": read-only file, not rewritten") {
		t.Errorf("normalize -w ro.txt: exit %d, %q; want 2, naming the read-only file", code, stderr)
	}
	if b, _ := os.ReadFile(ro); string(b) != "Daesh said so.\n" {
		t.Errorf("ro.txt is %q; want it unchanged", b)
	}
	if _, stderr, code := runBitext(t, "", "normalize", "-w", rw); code != 0 {
		t.Fatalf("normalize -w rw.txt: exit %d, %s", code, stderr)
	}
	if st, err := os.Stat(rw); err != nil || st.Mode().Perm() != 0o640 {
		t.Errorf("rw.txt after normalize -w: %v, %v; want mode 0640", st.Mode().Perm(), err)
	}
	if b, _ := os.ReadFile(rw); string(b) != "Islamic State said so.\n" {
		t.Errorf("rw.txt is %q; want it rewritten", b)
	}
}
