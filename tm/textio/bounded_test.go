package textio

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestBounded(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int64
		fail bool
	}{
		{"", 4, false},
		{"abcd", 4, false},
		{"abcde", 4, true},
		{strings.Repeat("x", 100000), 65536, true},
		{strings.Repeat("x", 65536), 65536, false},
	} {
		b, err := io.ReadAll(Bounded(strings.NewReader(tc.in), "in.txt", tc.max, "why", "split it"))
		var te *Error
		switch {
		case tc.fail && (!errors.As(err, &te) || te.Hint != "split it" || !strings.HasPrefix(err.Error(), "read in.txt: larger than ")):
			t.Errorf("Bounded(%d bytes, max %d): err %v; want an *Error naming in.txt with the hint", len(tc.in), tc.max, err)
		case !tc.fail && (err != nil || string(b) != tc.in):
			t.Errorf("Bounded(%d bytes, max %d) = %d bytes, %v; want the input whole", len(tc.in), tc.max, len(b), err)
		case tc.fail && int64(len(b)) > tc.max:
			t.Errorf("Bounded(%d bytes, max %d) passed on %d bytes; want at most %d", len(tc.in), tc.max, len(b), tc.max)
		}
	}
	if got := TooLarge("a.txt", 16<<20, "why", "").Error(); got != "read a.txt: larger than 16 MiB (why)" {
		t.Errorf("TooLarge = %q", got)
	}
}

func TestLineBounded(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		line int // of the error; 0: none
	}{
		{"", 4, 0},
		{"abcd\nefgh\n", 4, 0},
		{"abcd\nefgh", 4, 0},
		{"abcde\n", 4, 1},
		{"ab\ncd\nefghi", 4, 3},
		{strings.Repeat("abc\n", 30000), 3, 0},
		{strings.Repeat("abc\n", 30000) + strings.Repeat("x", 100000), 65536, 30001},
	} {
		// A reader of one byte a read, and one of everything at once.
		for _, r := range []io.Reader{iotest.OneByteReader(strings.NewReader(tc.in)), strings.NewReader(tc.in)} {
			b, err := io.ReadAll(LineBounded(r, "in.tsv", tc.max, "why"))
			var te *Error
			switch {
			case tc.line > 0 && (!errors.As(err, &te) || te.Line != tc.line || !strings.HasPrefix(err.Error(), fmt.Sprintf("read in.tsv: line %d: a line longer than ", tc.line))):
				t.Errorf("LineBounded(%d bytes, max %d): err %v; want an *Error naming in.tsv and line %d", len(tc.in), tc.max, err, tc.line)
			case tc.line == 0 && (err != nil || string(b) != tc.in):
				t.Errorf("LineBounded(%d bytes, max %d) = %d bytes, %v; want the input whole", len(tc.in), tc.max, len(b), err)
			case tc.line > 0 && !strings.HasPrefix(tc.in, string(b)):
				t.Errorf("LineBounded(%d bytes, max %d) passed on bytes that are not the input's", len(tc.in), tc.max)
			case tc.line > 0 && len(b)-strings.LastIndexByte(string(b), '\n')-1 > tc.max:
				t.Errorf("LineBounded(%d bytes, max %d) passed on %d bytes of the long line", len(tc.in), tc.max, len(b)-strings.LastIndexByte(string(b), '\n')-1)
			}
		}
	}
}
