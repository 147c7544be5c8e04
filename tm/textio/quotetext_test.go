package textio

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestQuoteText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Les négociations se sont achevées.", "“Les négociations se sont achevées.”"},
		// A Persian text's zero-width non-joiner is part of its spelling.
		{"فرمانده\u200cها", "“فرمانده\u200cها”"},
		{"وزیر به تهران رسید.", "“وزیر به تهران رسید.”"},
		{"部长抵达德黑兰。", "“部长抵达德黑兰。”"},
		{"👩\u200d💻 ok", "“👩\u200d💻 ok”"},
		{"Quoi\u00a0? 10\u202f000", "“Quoi\u00a0? 10\u202f000”"},
		{`a "b" \n`, "“a \"b\" \\n”"},
		// What a reader cannot see, or what breaks the line, is shown.
		{"two\nlines\tand\r", `“two\nlines\tand\r”`},
		{"zero\u200bwidth \ufeffbom soft\u00adhyphen", `“zero\u200bwidth \ufeffbom soft\u00adhyphen”`},
		{"\u202bembedded\u202c \u200emark \u2068iso\u2069", `“\u202bembedded\u202c \u200emark \u2068iso\u2069”`},
		{"nul\x00 del\x7f c1\u0085 sep\u2028", `“nul\x00 del\x7f c1\u0085 sep\u2028”`},
		{"bad \xff byte", `“bad \xff byte”`},
		{"em\u2003space", `“em\u2003space”`},
		{"private \U000f0001", `“private \U000f0001”`},
		{"", "“”"},
	} {
		if got := QuoteText(c.in); got != c.want {
			t.Errorf("QuoteText(%+q) = %s; want %s", c.in, got, c.want)
		}
	}
}

// TestShown: Shown writes what QuoteText writes, without the quotation
// marks, so that a message repeating a reader's words about bytes it could
// not read (encoding/xml's entity name) writes no invalid UTF-8 or control
// character to the terminal.
func TestShown(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"invalid character entity &O\xe4\xcb\xff (no semicolon)", `invalid character entity &O\xe4\xcb\xff (no semicolon)`},
		{"entity &\x1b[31m;", `entity &\x1b[31m;`},
		{"élément “ok”", "élément “ok”"},
		{"", ""},
	} {
		got := Shown(c.in)
		if got != c.want || !utf8.ValidString(got) {
			t.Errorf("Shown(%+q) = %+q; want %+q", c.in, got, c.want)
		}
		if q := QuoteText(c.in); q != "“"+got+"”" {
			t.Errorf("QuoteText(%+q) = %s; want Shown's %s in quotation marks", c.in, q, got)
		}
	}
}

// FuzzQuoteText: the quoted text is one line, and valid UTF-8, and holds
// the text itself when the text is all letters, marks, numbers,
// punctuation, symbols, spaces and ZWNJ.
func FuzzQuoteText(f *testing.F) {
	for _, s := range []string{"فرمانده\u200cها", "a\nb", "\xff", "\u2028", "部长"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := QuoteText(s)
		if !utf8.ValidString(got) {
			t.Fatalf("QuoteText(%+q) = %+q: not UTF-8", s, got)
		}
		for _, r := range got {
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085' {
				t.Fatalf("QuoteText(%+q) = %+q: more than one line", s, got)
			}
		}
		plain := true
		for _, r := range s {
			if !(r == ' ' || r == '\u200c' || unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)) {
				plain = false
			}
		}
		if plain && utf8.ValidString(s) && got != "“"+s+"”" {
			t.Fatalf("QuoteText(%+q) = %+q; want the text as it is", s, got)
		}
	})
}
