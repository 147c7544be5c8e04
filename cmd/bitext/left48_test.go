package main

import (
	"strings"
	"testing"
)

// TestTextGivenAsFile: bitext segment "The minister arrived. He left."
// said "open ...: no such file" and nothing else (trial48). A name that
// is no file and has white space in it is taken for text given where a
// file goes: the error is the same, exit 2, with a hint that text goes on
// standard input. A missing name without a space gets no such hint.
func TestTextGivenAsFile(t *testing.T) {
	const text = "The minister arrived. He left."
	for _, args := range [][]string{
		{"segment", text},
		{"segment", "--lang", "en", text},
		{"normalize", text},
	} {
		_, stderr, code := runBitext(t, "", args...)
		want := "bitext: error: open " + text + ": no such file\nbitext: hint: bitext " + args[0] + " reads files, or text on standard input: echo 'The text.' | bitext " + args[0] + "\n"
		if code != 2 || stderr != want {
			t.Errorf("bitext %q: exit %d, stderr %q; want exit 2, %q", args, code, stderr, want)
		}
	}
	if _, stderr, code := runBitext(t, "", "segment", "--lang", "en", "story.txt"); code != 2 || strings.Contains(stderr, "hint") {
		t.Errorf("bitext segment story.txt (missing): exit %d, %q; want exit 2 without a hint", code, stderr)
	}
	if out, _, code := runBitext(t, text+"\n", "segment", "--lang", "en"); code != 0 || out != "The minister arrived.\nHe left.\n" {
		t.Errorf("bitext segment of standard input: exit %d, %q", code, out)
	}
}
