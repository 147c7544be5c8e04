package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext/bitext/align/segment"
	"golang.org/x/text/language"
)

// TestSegmentBadInput checks the bad-input contract of bitext segment: a
// long line without a newline is cut into bounded pieces and nothing is
// lost; NUL bytes and invalid UTF-8 are exit 2 naming the line.
func TestSegmentBadInput(t *testing.T) {
	long := strings.Repeat("abcdefgh ", 400_000) // 3.6 MB, one line, no stop
	stdout, stderr, code := runBitext(t, long, "segment", "--lang", "en")
	if code != 0 {
		t.Fatalf("long line: exit %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	words := 0
	for _, l := range lines {
		if len(l) > 1<<20 {
			t.Errorf("long line: output line of %d bytes; want at most 1 MiB", len(l))
		}
		words += len(strings.Fields(l))
	}
	if words != 400_000 {
		t.Errorf("long line: %d words out; want 400000", words)
	}

	for _, tc := range []struct{ name, in, msg string }{
		{"nul", "One.\nTwo \x00 three.\n", "read <stdin>: line 2: NUL byte"},
		{"utf8", "One.\nTwo.\nThree \xc3\x28.\n", "read <stdin>: line 3: invalid UTF-8"},
	} {
		_, stderr, code := runBitext(t, tc.in, "segment", "--lang", "en")
		if code != 2 || !strings.Contains(stderr, tc.msg) {
			t.Errorf("%s: exit %d, stderr %q; want exit 2 with %q", tc.name, code, stderr, tc.msg)
		}
	}
}

// TestSegmentFlags parses command lines into segmentOptions without
// running anything.
func TestSegmentFlags(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notes, []byte("Notes.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want segmentOptions // IO is not compared
		err  string         // a usage error
	}{
		{args: []string{"--lang", "en", "a.txt"}, want: segmentOptions{Files: []string{"a.txt"}, Lang: language.English, Format: segment.FormatText}},
		{args: []string{"-l", "de", "--format", "jsonl", "--quotes", "split"}, want: segmentOptions{Files: []string{"-"}, Lang: language.German, Format: segment.FormatJSONL, Quotes: segment.QuotesSplit}},
		{args: []string{"--rules", "r.srx", "story.en.txt", "story.fr.txt"}, want: segmentOptions{Files: []string{"story.en.txt", "story.fr.txt"}, Rules: "r.srx", Format: segment.FormatText}},
		{args: []string{"story.en.txt", notes}, err: "no language for " + notes + ": --lang is required"},
		// What is wrong first: a folder or a missing file, not the
		// language (before: "no language for DIR", then "is a directory").
		{args: []string{dir}, err: "read " + dir + ": is a directory"},
		{args: []string{filepath.Join(dir, "missing.txt")}, err: "open " + filepath.Join(dir, "missing.txt") + ": no such file"},
		{args: []string{}, err: "no language for <stdin>"},
		{args: []string{"-l", "en", "--format", "xml"}, err: `invalid argument "xml" for "--format" flag: want text or jsonl`},
		{args: []string{"-l", "en", "--quotes", "both"}, err: `invalid argument "both" for "--quotes" flag: want keep or split`},
	} {
		var got *segmentOptions
		cmd := segmentCmd(&IOStreams{}, &globalOptions{}, func(_ context.Context, o *segmentOptions) error { got = o; return nil })
		if !parsedOK(t, "segment", tc.args, execParse(cmd, tc.args), tc.err) {
			continue
		}
		got.IO = nil
		if !reflect.DeepEqual(*got, tc.want) {
			t.Errorf("segment %q: options %+v; want %+v", tc.args, *got, tc.want)
		}
	}
}

// segmentRun runs runSegment on opts with standard input in.
func segmentRun(t *testing.T, in string, opts segmentOptions) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	opts.IO = &IOStreams{In: strings.NewReader(in), Out: &out, ErrOut: &errOut}
	err := runSegment(context.Background(), &opts)
	return out.String(), errOut.String(), err
}

// TestSegmentJSONLReplacementChar: U+FFFD in the input was written as
// \u202d, another character.
func TestSegmentJSONLReplacementChar(t *testing.T) {
	out, _, err := segmentRun(t, "Bad \uFFFD here. Tab\tand \x01 too.", segmentOptions{Files: []string{"-"}, Lang: language.English, Format: segment.FormatJSONL})
	if err != nil {
		t.Fatal(err)
	}
	want := "{\"file\":\"<stdin>\",\"text\":\"Bad \uFFFD here.\",\"start\":0,\"end\":13,\"para\":0}\n" +
		`{"file":"<stdin>","text":"Tab\tand \u0001 too.","start":14,"end":28,"para":0}` + "\n"
	if out != want {
		t.Errorf("segment --format jsonl wrote\n%s; want\n%s", out, want)
	}
}

// TestSegmentFilesAndLanguages: with several files each JSON record names
// its file, and each file's language comes from its name when --lang is not
// given (German keeps "3. Oktober" whole; English would not).
func TestSegmentFilesAndLanguages(t *testing.T) {
	dir := t.TempDir()
	en, de := filepath.Join(dir, "story.en.txt"), filepath.Join(dir, "story.de.txt")
	os.WriteFile(en, []byte("One. Two.\n"), 0o644)
	os.WriteFile(de, []byte("Am 3. Oktober kam er. Dann ging er.\n"), 0o644)
	out, stderr, err := segmentRun(t, "", segmentOptions{Files: []string{en, de}, Format: segment.FormatJSONL})
	if err != nil || stderr != "" {
		t.Fatalf("segment: %v, stderr %q", err, stderr)
	}
	want := `{"file":"` + en + `","text":"One.","start":0,"end":4,"para":0}` + "\n" +
		`{"file":"` + en + `","text":"Two.","start":5,"end":9,"para":0}` + "\n" +
		`{"file":"` + de + `","text":"Am 3. Oktober kam er.","start":0,"end":21,"para":0}` + "\n" +
		`{"file":"` + de + `","text":"Dann ging er.","start":22,"end":35,"para":0}` + "\n"
	if out != want {
		t.Errorf("segment --format jsonl of two files wrote\n%s; want\n%s", out, want)
	}
	// Through the whole command: no --lang, languages from the names.
	stdout, stderr, code := runBitext(t, "", "segment", en, de)
	if code != 0 || stdout != "One.\nTwo.\n\nAm 3. Oktober kam er.\nDann ging er.\n" {
		t.Errorf("segment without --lang: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	_, stderr, code = runBitext(t, "One.", "segment")
	if code != 2 || !strings.Contains(stderr, "--lang LANG") || !strings.Contains(stderr, "story.en.txt") {
		t.Errorf("segment without a language: exit %d, stderr %q; want exit 2 saying how to give it", code, stderr)
	}
}
