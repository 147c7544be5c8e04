package normalize

import (
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestIsWordRune: isWordRune is its definition (letters, digits, marks,
// joiners and apostrophes; ASCII's letters, digits and apostrophe) for
// every rune under lowMnRunes (lowWord's) and a stretch beyond it.
func TestIsWordRune(t *testing.T) {
	for r := rune(-1); r < 4*lowMnRunes; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || isJoiner(r) || isApostrophe(r)
		if r < utf8.RuneSelf {
			want = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '\''
		}
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%U) = %v; want %v", r, got, want)
		}
	}
}
