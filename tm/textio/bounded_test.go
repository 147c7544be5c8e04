package textio

import (
	"errors"
	"io"
	"strings"
	"testing"
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
