package normalize

import (
	"strings"
	"testing"
)

// TestCodeSpans: Markdown code (code spans, fenced blocks, across chunks)
// is found; TeX quotes and a lone backtick are prose.
func TestCodeSpans(t *testing.T) {
	for _, tc := range []struct {
		chunks []string
		want   []string // the code, chunk by chunk, joined by "|"
	}{
		{[]string{"Use `Kiev` and ``a ` b`` here"}, []string{"`Kiev`|``a ` b``"}},
		{[]string{"``Kiev'' and `Kiev' too"}, []string{""}},
		{[]string{"a `b\nc` d"}, []string{"`b\nc`"}},                         // a span runs over a line break, as CommonMark's
		{[]string{"`fetch\nKiev` and `x"}, []string{"`fetch\nKiev`"}},        // (a paragraph's)
		{[]string{"a `b\n\nc` d"}, []string{""}},                             // not over a blank line: a paragraph ends there
		{[]string{"a `b\n```\nc` d\n```\n"}, []string{"```\n|c` d\n|```\n"}}, // nor into a fence
		{[]string{"x\n```go\nKiev\n\n", "Kiev\n```\nKiev\n"}, []string{"```go\n|Kiev\n|\n", "Kiev\n|```\n"}},
		{[]string{"~~~~\nKiev\n~~~\nKiev\n~~~~~\nprose"}, []string{"~~~~\n|Kiev\n|~~~\n|Kiev\n|~~~~~\n"}},
		{[]string{"``` a ` b\nKiev"}, []string{""}}, // no fence (a backtick in its info string), no span
		{[]string{"    ```\nKiev"}, []string{""}},   // four spaces in: no fence
	} {
		var st codeState
		for i, c := range tc.chunks {
			var got []string
			for _, sp := range codeSpans(c, &st) {
				got = append(got, c[sp[0]:sp[1]])
			}
			if g := strings.Join(got, "|"); g != tc.want[i] {
				t.Errorf("codeSpans(%q) (chunk %d of %q) = %q; want %q", c, i, tc.chunks, g, tc.want[i])
			}
		}
	}
}

// TestUnionSpans: the union of two span lists is sorted and merges
// overlaps, so that inSpans reads it.
func TestUnionSpans(t *testing.T) {
	got := unionSpans([][2]int{{0, 3}, {10, 12}}, [][2]int{{2, 5}, {7, 8}})
	want := [][2]int{{0, 5}, {7, 8}, {10, 12}}
	if len(got) != len(want) {
		t.Fatalf("unionSpans = %v; want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("unionSpans = %v; want %v", got, want)
		}
	}
}

// FuzzCodeSpans: the spans are in order, inside the text and apart, and
// a text cut in two chunks before a blank line has the code of the whole
// (a code span may run over a line break, not a blank line).
func FuzzCodeSpans(f *testing.F) {
	for _, s := range []string{"Use `Kiev`", "```\nKiev\n\n```\nx", "~~~\na\n~~~~\n`b` ``c``", "``Kiev''", "a `b\nc` d\n\n`e\nf`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var st codeState
		spans := codeSpans(s, &st)
		last := 0
		for _, sp := range spans {
			if sp[0] < last || sp[1] <= sp[0] || sp[1] > len(s) {
				t.Fatalf("codeSpans(%q) = %v: out of order or bounds", s, spans)
			}
			last = sp[1]
		}
		k := strings.Index(s, "\n\n") // a cut where Rewrite cuts: a blank line ends a paragraph, and a span
		if k < 0 {
			return
		}
		var st2 codeState
		a := codeSpans(s[:k+1], &st2)
		b := codeSpans(s[k+1:], &st2)
		var inWhole, inParts int
		for _, sp := range spans {
			inWhole += sp[1] - sp[0]
		}
		for _, sp := range append(a, b...) {
			inParts += sp[1] - sp[0]
		}
		if inWhole != inParts || st2 != st {
			t.Fatalf("codeSpans(%q): %d code bytes whole, %d in two chunks", s, inWhole, inParts)
		}
	})
}
