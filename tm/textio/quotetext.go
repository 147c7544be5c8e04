package textio

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuoteText quotes a stored text (a unit's source or translation, a
// glossary entry's spelling) for a message a person reads: between “ and ”,
// written as it is, where %q escaped every rune outside ASCII's printable
// ones it did not deem graphic, so that a Persian text's zero-width
// non-joiner read \u200c to an API client or on a terminal.
//
// What a reader cannot see, or what would break the message's line, is
// still shown, as %q shows it: a control character (\n, \t, \x00, \u0085),
// a line or paragraph separator, a space other than U+0020 that is no
// ordinary one (the no-break space U+00A0 and the narrow U+202F are
// kept, French writes them before its ;:!?), and a format character
// (\u200b, \u00ad, \ufeff, the direction marks and embeddings \u200e,
// \u202b, \u2068) — except the zero-width non-joiner U+200C and joiner
// U+200D, which are part of how Persian, Hindi and emoji are spelled. A
// byte that is not UTF-8 reads \xff. A backslash and the quotation marks
// themselves are written as they are: the quoted text is for reading, not
// for parsing back.
func QuoteText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 6)
	b.WriteString("“")
	writeShown(&b, s)
	b.WriteString("”")
	return b.String()
}

// Shown is s as QuoteText writes it, without the quotation marks: for a
// message that repeats a reader's words about bytes it could not read
// (encoding/xml's "invalid character entity &\xff;" wrote the file's
// bytes as they were, invalid UTF-8 and control characters, to the
// terminal).
func Shown(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	writeShown(&b, s)
	return b.String()
}

// writeShown writes s to b as QuoteText shows it.
func writeShown(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(b, `\x%02x`, s[i])
			i++
			continue
		}
		i += n
		if shownAsIs(r) {
			b.WriteRune(r)
			continue
		}
		switch r {
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			switch {
			case r < 0x80:
				fmt.Fprintf(b, `\x%02x`, r)
			case r <= 0xffff:
				fmt.Fprintf(b, `\u%04x`, r)
			default:
				fmt.Fprintf(b, `\U%08x`, r)
			}
		}
	}
}

// shownAsIs reports whether QuoteText writes r as it is.
func shownAsIs(r rune) bool {
	switch r {
	case ' ', '\u00a0', '\u202f', '\u200c', '\u200d':
		return true
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp, unicode.Zs, unicode.Co, unicode.Cs) {
		return false
	}
	return unicode.IsPrint(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Mc, r)
}
