package segment

import (
	"unicode"
	"unicode/utf8"
)

// This file holds the helpers that look at the words around a position of
// the paragraph: the word before a stop, the first letter after it, their
// lower-cased keys for the language's lists.

// prevWordEnd returns the end of the word before position ws: ws less the
// white space in front of it. ok is false when no space precedes ws or the
// space runs to the start of the paragraph.
func (ps *paraSplitter) prevWordEnd(ws int) (e int, ok bool) {
	e = ws
	for e > 0 {
		r, size := decodeLast(ps.p, e)
		if !isSpace(r) {
			break
		}
		e -= size
	}
	return e, e != ws && e > 0
}

// firstLetter returns the first rune at or after m past openers and white
// space, and its position (-1 and len(p) if there is none). A ” or ’ glued
// to a letter or digit is an opener too: Finnish and Swedish open a
// quotation with the mark that closes it (”Se on mahtavaa”, hän sanoi).
//
// The run skipped is remembered: the next call from inside it has the same
// answer. Without that, every stop of "… … …" (an ellipsis is also an
// opener) and every line of a paragraph of lines holding only "(" would
// scan the rest of the run, quadratic in the paragraph's length.
func (ps *paraSplitter) firstLetter(m int) (rune, int) {
	if run := ps.skipped; run.ok && run.from <= m && m <= run.to {
		return run.r, run.to
	}
	p := ps.p
	from, r := m, rune(-1)
	for m < len(p) {
		c, size := decode(p, m)
		if c == ',' && ps.d.commaQuotes && m+1 < len(p) && p[m+1] == ',' {
			m += 2 // ",,Mijn": an opening quotation mark
			continue
		}
		if !isOpener(c) && !isSpace(c) && !closerOpens(ps.p, c, m+size) {
			r = c
			break
		}
		m += size
	}
	ps.skipped = skippedRun{from: from, to: m, r: r, ok: true}
	return r, m
}

// closerOpens reports whether the mark c, followed by p[next:], is a ” or
// ’ that opens a quotation: a letter or a digit follows it.
func closerOpens(p []byte, c rune, next int) bool {
	if c != '”' && c != '’' {
		return false
	}
	r, _ := decode(p, next)
	return isLetter(r) || isDigit(r)
}

// skippedRun is the last run firstLetter skipped, if ok: p[from:to] holds
// only openers and white space, and r is the rune at to (-1 at the end).
type skippedRun struct {
	from, to int
	r        rune
	ok       bool
}

// wordStart returns the start of the token that ends at i (exclusive),
// past its leading openers: the word before a period.
func (ps *paraSplitter) wordStart(i int) int {
	p := ps.p
	s := i
	for s > 0 && i-s < maxWord {
		r, size := decodeLast(p, s)
		if isSpace(r) {
			break
		}
		s -= size
	}
	for s < i {
		r, size := decode(p, s)
		if !isOpener(r) || r == '…' {
			break
		}
		s += size
	}
	return s
}

// maxWord bounds the bytes looked at around a period for the words before
// and after it, so that a long run of text without spaces costs linear time.
// Abbreviations and sentence starters are far shorter.
const maxWord = 64

// prevWordLower reports whether the word before position ws starts with a
// lower-case letter and does not end a sentence.
func (ps *paraSplitter) prevWordLower(ws int) bool {
	p := ps.p
	e, ok := ps.prevWordEnd(ws)
	if !ok {
		return false
	}
	if last, _ := decodeLast(p, e); ps.d.classify(last) != termNone || isCloser(last) {
		return false
	}
	s := ps.wordStart(e)
	r, _ := decode(p, s)
	return isLower(r)
}

// nextWord returns the letters starting at fpos.
func (ps *paraSplitter) nextWord(fpos int) []byte {
	p := ps.p
	e := fpos
	for e < len(p) && e-fpos < maxWord {
		r, size := decode(p, e)
		if !isLetter(r) {
			break
		}
		e += size
	}
	return p[fpos:e]
}

// lowerKey lower-cases b into the splitter's scratch buffer.
func (ps *paraSplitter) lowerKey(b []byte) []byte {
	ps.lower = ps.lower[:0]
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			ps.lower = append(ps.lower, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		ps.lower = utf8.AppendRune(ps.lower, unicode.ToLower(r))
		i += size
	}
	return ps.lower
}

func (ps *paraSplitter) isStarter(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	return ps.d.starters[string(ps.lowerKey(w))]
}

// shortLower reports whether w is a lower-case word of at most
// maxSpacedPart letters.
func shortLower(w []byte) bool {
	return lowerWord(w, 1) && utf8.RuneCount(w) <= maxSpacedPart
}

// shortWord reports whether w is a word of at most maxSpacedPart letters.
func shortWord(w []byte) bool {
	return lettersOnly(w) && utf8.RuneCount(w) <= maxSpacedPart
}

// lettersOnly reports whether b is one or more letters and nothing else.
func lettersOnly(b []byte) bool {
	for j := 0; j < len(b); {
		r, size := decode(b, j)
		if !isLetter(r) {
			return false
		}
		j += size
	}
	return len(b) > 0
}

// lowerLetter reports whether w is one lower-case letter: "m", "h", "ч".
func lowerLetter(w []byte) bool {
	r, size := decode(w, 0)
	return size == len(w) && isLower(r)
}

// prevWordDot reports whether the word before position ws ends with a
// period.
func (ps *paraSplitter) prevWordDot(ws int) bool {
	e, ok := ps.prevWordEnd(ws)
	return ok && ps.p[e-1] == '.'
}

// lastAnyOf returns the index just after the last of chars in b, or -1.
func lastAnyOf(b []byte, chars string) int {
	for i := len(b); i > 0; {
		r, size := decodeLast(b, i)
		for _, c := range chars {
			if r == c {
				return i
			}
		}
		i -= size
	}
	return -1
}

// lowerWord reports whether w is all lower-case letters, at least minLen of
// them.
func lowerWord(w []byte, minLen int) bool {
	n, all := countRunes(w, isLower)
	return all && n >= minLen
}

// countRunes returns the number of runes in w and whether ok holds for
// every one of them.
func countRunes(w []byte, ok func(rune) bool) (n int, all bool) {
	for j := 0; j < len(w); {
		r, size := decode(w, j)
		if !ok(r) {
			return n, false
		}
		n++
		j += size
	}
	return n, true
}

// acronym reports whether w is a word of two or more letters, all capitals
// ("США", "USD", "EU").
func acronym(w []byte) bool {
	n, all := countRunes(w, isUpper)
	return all && n >= 2
}
