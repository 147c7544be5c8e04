package align

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nfcRunes are runes around which normalization does something: letters
// that take accents and their composed forms, combining marks in and out
// of canonical order, singletons and excluded compositions (U+0340,
// U+0374, U+0958, U+212B), Hangul jamo and syllables, Arabic letters with
// vowel marks and madda, ZWNJ, and runes above nfcInertMax.
var nfcRunes = []rune("aeAEoc \u00e9\u00c5\u0301\u0300\u0308\u0323\u0327\u0345\u0340\u0341\u0344\u0374\u037e\u0387" +
	"\u03b1\u03ac\u0313\u0342\u0415\u0418\u0306\u0419" +
	"\u0627\u0622\u0653\u0654\u0648\u064b\u064e\u0651\u0670\u200c\u200d" +
	"\u0915\u093c\u0958\u09c7\u09be\u09cb" +
	"\u1100\u1161\u11a8\uac00\uac01\u212b\u2126\uf900\u3099\u304b\u304c\ufffd")

// notUTF8 are bytes that begin no rune (a continuation byte, an
// overlong lead, a byte UTF-8 never has) or begin one of two, three or
// four bytes, to be cut short.
var notUTF8 = []byte{0x80, 0x9f, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xf1, 0xf4, 0xff}

func TestIsNFC(t *testing.T) {
	for _, s := range []string{"", "abc", "e\u0301", "\u0301", "\u00e9", "a\u0323\u0301", "a\u0301\u0323",
		"\u1100\u1161", "\uac00\u11a8", "\u0627\u0653", "\u0622", "x\u212b", "\xff\u0301", "e\xff\u0301",
		"\u0905\u093c" + strings.Repeat("\u0301", 40), "a" + strings.Repeat("\u0301", 31) + "b",
		"0\xf1\u037e00", "\xf1\u037e", "a\xe0\u0301b\u0301"} {
		if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
			t.Errorf("isNFC(%+q) = %v; want %v", s, got, want)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 200_000 {
		b.Reset()
		for range 1 + rng.IntN(12) {
			if rng.IntN(40) == 0 {
				b.WriteByte(notUTF8[rng.IntN(len(notUTF8))])
				continue
			}
			b.WriteRune(nfcRunes[rng.IntN(len(nfcRunes))])
		}
		s := b.String()
		if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
			t.Fatalf("isNFC(%+q) = %v; want %v", s, got, want)
		}
	}
	// Every rune below nfcInertMax after a letter, before an accent and
	// between two.
	for r := range rune(nfcInertMax + 0x100) {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{"a" + string(r), string(r) + "\u0301", "e" + string(r) + "\u0301", "\u0627" + string(r) + "\u0653"} {
			if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
				t.Errorf("isNFC(%+q) = %v; want %v", s, got, want)
			}
		}
	}
}

func FuzzIsNFC(f *testing.F) {
	f.Add("e\u0301 \u0627\u064b\u200c")
	f.Add("\u1100\u1161\u11a8")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
			t.Errorf("isNFC(%+q) = %v; want %v", s, got, want)
		}
	})
}

// BenchmarkIsNFC checks the seed article's Persian version, which is in
// NFC throughout.
func BenchmarkIsNFC(b *testing.B) {
	data, err := os.ReadFile("../testdata/irgc-iraq.fa.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	for b.Loop() {
		if !isNFC(text) {
			b.Fatal("not NFC")
		}
	}
}
