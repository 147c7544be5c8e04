package align

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
)

// reviewText is sentence s as a review line shows it: on one line (runs
// of white space become a space), at most max characters (shortened
// with "…", never between a character and the marks, joiners or
// selectors that belong to it, so that no letter loses its accent or
// vowel sign and no emoji is broken), control characters shown as
// escapes (\x1b: a text cannot recolour or clear the terminal), and
// explicit bidi controls dropped. A text with right-to-left letters
// (Arabic, Persian, Hebrew) is wrapped in a first-strong isolate
// (U+2068 ... U+2069), so that a bidi-aware terminal or editor shows it
// right to left without reordering the rest of the line: the quotes,
// the "…", the "+4" after it and the other side.
func reviewText(s string, max int) string {
	t := []rune(strings.Join(strings.Fields(s), " "))
	t = slices.DeleteFunc(t, isBidiControl)
	short := len(t) > max
	if short {
		cut := max - 1
		for cut > 0 && !graphemeBreak(t, cut) {
			cut--
		}
		t = t[:cut]
		for len(t) > 0 && t[len(t)-1] == ' ' {
			t = t[:len(t)-1]
		}
	}
	var b strings.Builder
	for _, r := range t {
		if unicode.IsControl(r) {
			fmt.Fprintf(&b, `\x%02x`, r) // C0, DEL and C1: all under U+0100
			continue
		}
		b.WriteRune(r)
	}
	if short {
		b.WriteString("…")
	}
	return isolateRTL(b.String())
}

// isolateRTL wraps s in a first-strong isolate (U+2068 ... U+2069) when it
// holds right-to-left letters: a sentence, or a file name such as
// خبر.ar.txt, then keeps its own order without reordering the rest of a
// review line. Any other s is returned as it is.
func isolateRTL(s string) string {
	for _, r := range s {
		if c := bidiClass(r); c == bidi.R || c == bidi.AL {
			return "\u2068" + s + "\u2069"
		}
	}
	return s
}

// isBidiControl is true of the explicit embeddings, overrides and
// isolates (U+202A-U+202E, U+2066-U+2069), which would reorder the rest
// of a review line; the marks U+200E and U+200F, which do not, stay.
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

func bidiClass(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	return p.Class()
}

// graphemeBreak says whether t may be cut before t[i]: not before a
// combining mark, a joiner, a variation selector or an emoji modifier,
// not after a zero-width joiner, not between a virama and the letter it
// joins to the consonant before it (Devanagari क्ष, Bengali, Tamil,
// Khmer's coeng: one aksara, which cut there shows a dead consonant; as
// Unicode 15.1's rule GB9c), and not inside a pair of regional
// indicators (a flag).
func graphemeBreak(t []rune, i int) bool {
	if i <= 0 || i >= len(t) {
		return true
	}
	r, prev := t[i], t[i-1]
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc),
		r == 0x200C || r == 0x200D,                               // ZWNJ, ZWJ
		r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF, // variation selectors
		r >= 0x1F3FB && r <= 0x1F3FF, // emoji skin-tone modifiers
		r >= 0xE0020 && r <= 0xE007F, // emoji tag sequences
		prev == 0x200D,
		isVirama(prev) && unicode.IsLetter(r):
		return false
	case isRegionalIndicator(r):
		n := 0 // regional indicators just before t[i]
		for j := i - 1; j >= 0 && isRegionalIndicator(t[j]); j-- {
			n++
		}
		return n%2 == 0
	}
	return true
}

// isVirama is true of the marks of canonical combining class 9 (virama):
// the Indic viramas, Tamil's pulli, Khmer's coeng, Myanmar's asat.
func isVirama(r rune) bool {
	return r >= 0x900 && norm.NFC.PropertiesString(string(r)).CCC() == 9
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
