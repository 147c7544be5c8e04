package langwords

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// eachWordRunes is EachWord as it was before its ASCII path: every rune
// asked of package unicode. The reference EachWord must agree with.
func eachWordRunes(text string) []string {
	var out []string
	var b []byte
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			b = utf8.AppendRune(b, unicode.ToLower(r))
			continue
		}
		if len(b) > 0 {
			out = append(out, string(b))
			b = b[:0]
		}
	}
	if len(b) > 0 {
		out = append(out, string(b))
	}
	return out
}

func eachWordOf(text string) []string {
	var out []string
	EachWord(text, func(w []byte) bool { out = append(out, string(w)); return true })
	return out
}

// TestEachWordASCII checks EachWord's words against the reference's on
// every rune below U+0900 (past letterLower's memo) between letters, and
// on mixed texts, twice: the second time the memo is filled.
func TestEachWordASCII(t *testing.T) {
	var texts []string
	for r := rune(0); r < memoRunes+0x100; r++ {
		texts = append(texts, "aZ"+string(r)+"Qz", string(r), string(r)+"x"+string(r))
	}
	texts = append(texts, "", "L'État, c'est moi: Straße 42 é\u0301", "ABC@[`{xyz", "İstanbul ǅemal", "Москва и Berlin, 2021 год", "日本語とEnglish", "\xff\xfeAB\xc3")
	for range 2 {
		for _, s := range texts {
			if got, want := eachWordOf(s), eachWordRunes(s); !slices.Equal(got, want) {
				t.Errorf("EachWord(%+q) = %q; want %q", s, got, want)
			}
		}
	}
	if got := eachWordOf("ABC@[`{xyz"); !slices.Equal(got, []string{"abc", "xyz"}) {
		t.Errorf("EachWord(%+q) = %q; want [abc xyz]", "ABC@[`{xyz", got)
	}
}

// FuzzEachWord: EachWord cuts any text as the rune-by-rune reference does.
func FuzzEachWord(f *testing.F) {
	for _, s := range []string{"L'État, c'est moi", "Straße 42", "日本語とEnglish", strings.Repeat("Ab ", 10)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := eachWordOf(s), eachWordRunes(s); !slices.Equal(got, want) {
			t.Errorf("EachWord(%+q) = %q; want %q", s, got, want)
		}
	})
}
