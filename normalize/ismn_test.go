package normalize

import (
	"testing"
	"unicode"
)

// TestIsMn: isMn is unicode.Is(unicode.Mn, r) for every rune under
// lowMnRunes (read from lowMn) and a stretch beyond it.
func TestIsMn(t *testing.T) {
	n := 0
	for r := rune(-1); r < 4*lowMnRunes; r++ {
		want := unicode.Is(unicode.Mn, r)
		if got := isMn(r); got != want {
			t.Errorf("isMn(%U) = %v; want %v", r, got, want)
		}
		if want && r < lowMnRunes {
			n++
		}
	}
	if n < 100 {
		t.Errorf("%d marks under %U; want the combining diacritics, Hebrew's and Arabic's", n, rune(lowMnRunes))
	}
}
