package textio

import "testing"

func TestWhere(t *testing.T) {
	for _, tc := range []struct {
		line, col int
		want      string
	}{
		{3, 0, "line 3"},
		{1, 5901234, "line 1, column 5901234"},
	} {
		if got := Where(tc.line, tc.col); got != tc.want {
			t.Errorf("Where(%d, %d) = %q; want %q", tc.line, tc.col, got, tc.want)
		}
	}
	// InputPos's column is one past the token's last byte.
	for col, want := range map[int]int{1: 0, LongLine + 1: 0, LongLine + 2: LongLine + 1, 5901235: 5901234} {
		if got := LongLineColumn(col); got != want {
			t.Errorf("LongLineColumn(%d) = %d; want %d", col, got, want)
		}
	}
}
