package segment

import (
	"bytes"
	"slices"
)

// QuoteMode says whether a full stop inside a quotation ends a sentence.
type QuoteMode uint8

const (
	// QuotesKeep keeps a quotation that closes in its paragraph whole: the
	// stops inside it do not end the sentence, only a stop that ends the
	// quotation may ("She said, "Go. Now." Then she left." is two
	// sentences, not three). This is the convention of pySBD's golden rules
	// and of most hand-made segmentation gold.
	QuotesKeep QuoteMode = iota
	// QuotesSplit ends sentences at stops inside quotations too, as the
	// SRX rules of CAT tools (OmegaT, Okapi, Trados) do: translation
	// memories are full of segments that open a quotation and do not
	// close it.
	QuotesSplit
)

// String returns the mode's name as the CLI spells it.
func (m QuoteMode) String() string {
	if m == QuotesSplit {
		return "split"
	}
	return "keep"
}

// WithQuotes sets Options.Quotes.
func WithQuotes(m QuoteMode) Option { return func(o *Options) { o.Quotes = m } }

// quotation is a quotation of a paragraph: from its opening mark at open to
// the end of its closing mark at end.
type quotation struct{ open, end int }

// maxQuoteNesting bounds how far down the open quotations a closing mark
// looks for its opening one: real text nests two or three deep, and the
// bound keeps a paragraph of a million unmatched marks linear.
const maxQuoteNesting = 8

// openQuote is an opening mark waiting for its closing one.
type openQuote struct {
	pos, size int
	mark      rune
}

// findQuotations lists the quotations of the paragraph that close in it,
// ordered by opening mark; they nest. Marks are paired by kind and by
// context:
//
//   - " and ' open after a space, an opening bracket or the paragraph's
//     start and close before a space, punctuation or the end; ' between
//     letters is an apostrophe (they'll, O'Brien), and ' after a letter
//     closes only a quotation opened by ' (the students' books);
//   - “ ” ‘ ’ « » ‹ › pair as in English and French; „…“ „…” ‚…‘ as in
//     German and Polish; »…« ›…‹ as in German and Danish; ”…” as in
//     Swedish; 「…」 and 『…』 as in Japanese and Chinese;
//   - a closing mark closes the innermost quotation it can close; openings
//     left inside it are unclosed and dropped, as are openings that never
//     close (a missing closing quote lets the stops work as usual).
func (ps *paraSplitter) findQuotations() {
	p := ps.p
	ps.quotes = ps.quotes[:0]
	ps.quoteStack = ps.quoteStack[:0]
	marks := newMarkScanner(p)
	for i := marks.next(0); i < len(p); i = marks.next(i) {
		r, size := decode(p, i)
		prev, next, before, closing := markContext(p, i, size)
		end := i + size
		switch r {
		case '"':
			switch {
			case before:
				ps.openQuote(r, i, size)
			case closing:
				ps.closeQuote(func(o rune) bool { return o == '"' }, end)
			}
		case '\'':
			switch {
			case isLetter(prev) && isLetter(next):
				// an apostrophe
			case before:
				ps.openQuote(r, i, size)
			case closing:
				ps.closeQuote(func(o rune) bool { return o == '\'' }, end)
			}
		case '“':
			if !ps.closeQuote(func(o rune) bool { return o == '„' }, end) {
				ps.openQuote(r, i, size)
			}
		case '”':
			if !ps.closeQuote(func(o rune) bool { return o == '“' || o == '„' || o == '”' }, end) && before {
				ps.openQuote(r, i, size)
			}
		case '„', '‚':
			ps.openQuote(r, i, size)
		case '‘':
			if !ps.closeQuote(func(o rune) bool { return o == '‚' }, end) {
				ps.openQuote(r, i, size)
			}
		case '’':
			if !(isLetter(prev) && isLetter(next)) {
				ps.closeQuote(func(o rune) bool { return o == '‘' || o == '‚' }, end)
			}
		case '«':
			if !ps.closeQuote(func(o rune) bool { return o == '»' }, end) {
				ps.openQuote(r, i, size)
			}
		case '»':
			if !ps.closeQuote(func(o rune) bool { return o == '«' }, end) && before {
				ps.openQuote(r, i, size)
			}
		case '「', '『':
			ps.openQuote(r, i, size)
		case '」':
			ps.closeQuote(func(o rune) bool { return o == '「' }, end)
		case '』':
			ps.closeQuote(func(o rune) bool { return o == '『' }, end)
		case '‹':
			if !ps.closeQuote(func(o rune) bool { return o == '›' }, end) {
				ps.openQuote(r, i, size)
			}
		case '›':
			if !ps.closeQuote(func(o rune) bool { return o == '‹' }, end) && before {
				ps.openQuote(r, i, size)
			}
		}
		i += size
	}
	ps.quoteStack = ps.quoteStack[:0]
	slices.SortFunc(ps.quotes, func(a, b quotation) int { return a.open - b.open })
	ps.nextQuote = 0
	ps.openQuotes = ps.openQuotes[:0]
}

// openQuote opens a quotation at the mark r (of size bytes) at i.
func (ps *paraSplitter) openQuote(r rune, i, size int) {
	ps.quoteStack = append(ps.quoteStack, openQuote{i, size, r})
}

// closeQuote closes, at end, the innermost open quotation (of the
// maxQuoteNesting innermost) whose opening mark closes accepts, dropping
// those opened inside it; it reports whether there was one.
func (ps *paraSplitter) closeQuote(closes func(open rune) bool, end int) bool {
	stack := ps.quoteStack
	for k := len(stack) - 1; k >= 0 && k >= len(stack)-maxQuoteNesting; k-- {
		if closes(stack[k].mark) {
			ps.quotes = append(ps.quotes, quotation{stack[k].pos, end})
			ps.quoteStack = stack[:k]
			return true
		}
	}
	return false
}

// markContext reads the context of the mark (of size bytes) at i: the
// runes before and after it, and whether it stands where a quotation
// opens or where one closes. A mark after a space opens; before a space or
// punctuation (and not after a space) it closes; after an opening
// bracket, quote or dash it opens if a letter follows ("(“Yes”", "—'No'").
func markContext(p []byte, i, size int) (prev, next rune, before, closing bool) {
	prev, _ = decodeLast(p, i)
	next, _ = decode(p, i+size)
	spaceBefore := prev < 0 || isSpace(prev)
	after := next < 0 || isSpace(next) || !isLetter(next) && !isDigit(next) && !isOpener(next) || next == '-' || next == '—' || next == '–'
	before = spaceBefore && !after || !spaceBefore && isOpener(prev) && !after
	closing = !spaceBefore && after
	return prev, next, before, closing
}

// markStarts are the byte strings a quotation mark starts with: " and ',
// the lead byte of « » (C2), that of “ ” „ ‘ ’ ‚ ‹ › (E2), and the first two
// bytes of the CJK brackets 「 」 『 』 (E3 80: kana, also led by E3, do
// not start with E3 80).
var markStarts = [...]string{"\"", "'", "\xC2", "\xE2", "\xE3\x80"}

// markScanner finds the next position of p that may start a quotation
// mark. It keeps the next position of each of markStarts, found with
// bytes.Index, which is vectorized: text is scanned many times faster than
// by a loop over its bytes.
type markScanner struct {
	p   []byte
	pos [len(markStarts)]int // next position of markStarts[k] at or after the last search; len(p) if none
}

func newMarkScanner(p []byte) markScanner {
	m := markScanner{p: p}
	for k := range markStarts {
		m.pos[k] = -1
	}
	return m
}

// next returns the first position at or after i holding one of
// markStarts, or len(p).
func (m *markScanner) next(i int) int {
	best := len(m.p)
	for k, c := range markStarts {
		if m.pos[k] < i && m.pos[k] != len(m.p) {
			m.pos[k] = len(m.p)
			if j := bytes.Index(m.p[i:], []byte(c)); j >= 0 {
				m.pos[k] = i + j
			}
		}
		best = min(best, m.pos[k])
	}
	return best
}

// quoted reports whether the sentence end cut, after a stop at i, falls
// inside a quotation that opens before i and closes after cut: the stop is
// inside the quotation, not at its end. Calls must come with growing i.
func (ps *paraSplitter) quoted(i, cut int) bool {
	// Quotations that opened before i are active until their end: a sweep
	// keeps them in openQuotes, outermost first (they nest).
	for ps.nextQuote < len(ps.quotes) && ps.quotes[ps.nextQuote].open < i {
		q := ps.quotes[ps.nextQuote]
		for len(ps.openQuotes) > 0 && ps.openQuotes[len(ps.openQuotes)-1].end <= q.open {
			ps.openQuotes = ps.openQuotes[:len(ps.openQuotes)-1]
		}
		ps.openQuotes = append(ps.openQuotes, q)
		ps.nextQuote++
	}
	for len(ps.openQuotes) > 0 && ps.openQuotes[0].end <= i {
		ps.openQuotes = ps.openQuotes[1:]
	}
	return len(ps.openQuotes) > 0 && ps.openQuotes[0].end > cut
}
