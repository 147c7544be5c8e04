package main

import (
	"strings"
	"testing"
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

func TestAppendJSONString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`plain`, `"plain"`},
		{"quote \" back \\ tab \t nl \n cr \r", `"quote \" back \\ tab \t nl \n cr \r"`},
		{"ctl \x01 ls \u2028 ps \u2029 é 中", `"ctl \u0001 ls \u2028 ps \u2029 é 中"`},
	} {
		if got := string(appendJSONString(nil, tc.in)); got != tc.want {
			t.Errorf("appendJSONString(%q) = %s; want %s", tc.in, got, tc.want)
		}
	}
}
