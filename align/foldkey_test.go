package align

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// foldKeyWhole is foldKey with every word not ASCII through foldMarks
// whole, as it was before foldRune.
func foldKeyWhole(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			if s, _, err := transform.String(foldMarks, w); err == nil {
				w = s
			}
			break
		}
	}
	return strings.ToLower(w)
}

// foldPairRunes are the runes TestFoldKeyRunes tries two by two: Latin
// with its accents and combining marks, Greek, Cyrillic, Hebrew and
// Arabic with their marks, and a few from beyond foldMemoRunes.
var foldPairRunes = func() []rune {
	var rs []rune
	for _, r := range [][2]rune{{'a', 'f'}, {'A', 'C'}, {0xC0, 0x17F}, {0x300, 0x36F}, {0x386, 0x3CE}, {0x400, 0x45F}, {0x483, 0x489}, {0x591, 0x5F4}, {0x610, 0x6FF}, {0x900, 0x903}, {0x93C, 0x94D}, {0x1100, 0x1102}, {0x1161, 0x1163}, {0x1E00, 0x1E0F}, {0xAC00, 0xAC02}} {
		for x := r[0]; x <= r[1]; x++ {
			rs = append(rs, x)
		}
	}
	return rs
}()

// TestFoldKeyRunes: foldKey is foldKeyWhole for every word of one rune
// below foldMemoRunes and beyond it, and for every word of two runes of
// foldPairRunes (the runes that decompose, compose or are marks).
func TestFoldKeyRunes(t *testing.T) {
	bad := 0
	check := func(w string) {
		if got, want := foldKey(w), foldKeyWhole(w); got != want && bad < 20 {
			bad++
			t.Errorf("foldKey(%+q) = %+q; want %+q", w, got, want)
		}
	}
	for r := rune(0); r < 2*foldMemoRunes; r++ {
		check(string(r))
		check("x" + string(r) + "y")
	}
	for _, a := range foldPairRunes {
		for _, b := range foldPairRunes {
			check(string(a) + string(b))
		}
	}
}

// TestFoldKeySeed: foldKey is foldKeyWhole for every word of the seed
// article's six versions.
func TestFoldKeySeed(t *testing.T) {
	n := 0
	for _, l := range []string{"en", "fr", "de", "fa", "ar", "en2"} {
		data, err := os.ReadFile("../testdata/irgc-iraq." + l + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(data)) {
			if got, want := foldKey(w), foldKeyWhole(w); got != want {
				t.Errorf("%s: foldKey(%+q) = %+q; want %+q", l, w, got, want)
			}
			n++
		}
	}
	if n < 1000 {
		t.Errorf("read %d words; want the whole seed article", n)
	}
}

// FuzzFoldKey: foldKey is foldKeyWhole, whatever the word.
func FuzzFoldKey(f *testing.F) {
	for _, s := range []string{"Expédition", "Ångström", "آیت\u200cالله", "e\u0301", "\u1100\u1161", "ﬁ", "İstanbul", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := foldKey(w), foldKeyWhole(w); got != want {
			t.Errorf("foldKey(%+q) = %+q; want %+q", w, got, want)
		}
	})
}

// BenchmarkFoldKey: foldKey of every word of the seed article's Persian
// and Arabic versions ("runes"), and foldKeyWhole's ("whole", as before
// foldRune).
func BenchmarkFoldKey(b *testing.B) {
	var words []string
	for _, l := range []string{"fa", "ar"} {
		data, err := os.ReadFile("../testdata/irgc-iraq." + l + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		words = append(words, strings.Fields(string(data))...)
	}
	for _, c := range []struct {
		name string
		fold func(string) string
	}{{"runes", foldKey}, {"whole", foldKeyWhole}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, w := range words {
					c.fold(w)
				}
			}
		})
	}
}
