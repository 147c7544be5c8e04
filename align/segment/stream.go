package segment

import (
	"bytes"
	"unicode/utf8"
)

// stream is the state of one pass over an input: the bufio.SplitFunc behind
// Sentences, SplitFunc and SplitString.
type stream struct {
	s     *Segmenter
	limit int // look-ahead bound in bytes
	ps    paraSplitter

	queue []span // sentences found but not yet handed out, relative to qbase
	qnext int    // next sentence in queue
	qoff  int    // bytes handed out since the queue was filled

	para     int  // paragraph of the last sentence
	emitted  bool // a sentence has been handed out
	newlines int  // line feeds in the white space skipped since then
	scanned  int  // where the search for the paragraph's end resumes
	scanBase int  // the paragraph start that scanned is relative to
	indent   int  // runes of white space since the last line feed of the white space skipped

	tokStart int // offset of the last token in the window passed to split
	absStart int // offset of the last token in the input (Sentences only)

	// failOnRuleError makes split return an SRX rule's failure (a search
	// that timed out) as its error; SplitString, which has no error to
	// return, goes on without the rule's decisions.
	failOnRuleError bool
}

// lookaheadMargin is how close to the end of a cut-short window a sentence
// may end and still be handed out: its end was decided by the words after
// it, which must not be cut off themselves.
const lookaheadMargin = 256

func (s *Segmenter) newStream(limit int) *stream {
	return &stream{s: s, limit: max(limit, 2*lookaheadMargin), ps: paraSplitter{d: s.lang, keepQuotes: s.opts.Quotes == QuotesKeep}}
}

// split is a bufio.SplitFunc handing out one sentence per call.
func (st *stream) split(data []byte, atEOF bool) (int, []byte, error) {
	if st.qnext < len(st.queue) {
		return st.pop(data)
	}
	// Skip white space between paragraphs, counting line feeds. A bare
	// advance (nil token) is returned only before the input's end: a
	// bufio.Scanner that has seen the end stops at a nil token.
	i, nl := 0, 0
	for i < len(data) {
		r, size := decode(data, i)
		if !isSpace(r) {
			break
		}
		if r == '\n' {
			nl++
		}
		i += size
	}
	if i == len(data) {
		if atEOF {
			return len(data), nil, nil
		}
		// The data moves on: a paragraph searched before started with
		// bytes that now turned out to be white space (a multi-byte
		// space read in pieces).
		st.scanned, st.scanBase = 0, 0
		st.newlines += nl
		st.indent = lineIndent(data[:i], st.indent)
		return i, nil, nil
	}
	body := data[i:]
	if i != st.scanBase {
		st.scanned, st.scanBase = 0, i
	}
	pe, found := st.paraEnd(body, atEOF)
	if !found {
		if len(body) < st.limit {
			return 0, nil, nil
		}
		// The paragraph is longer than the look-ahead: split what there
		// is, hand out the sentences that surely ended and keep the rest.
		pe = len(body)
	}
	// The paragraph's first line may be indented like the others (a
	// text edition, a manual page): its width counts the indentation.
	st.ps.indent, st.indent = lineIndent(data[:i], st.indent), 0
	st.queue, st.qnext, st.qoff = st.s.splitPara(&st.ps, body[:pe], st.queue[:0]), 0, 0
	if st.ps.err != nil && st.failOnRuleError {
		return 0, nil, st.ps.err
	}
	if found {
		st.queue = boundSpans(body, st.queue, st.limit)
	} else {
		keep := len(st.queue) - 1
		for keep > 0 && st.queue[keep-1].end > len(body)-lookaheadMargin {
			keep--
		}
		if keep > 0 {
			st.queue = boundSpans(body, st.queue[:keep], st.limit)
		} else {
			st.queue = append(st.queue[:0], span{0, forceCut(body, st.limit)})
		}
	}
	st.scanned, st.scanBase = 0, 0
	st.newlines += nl
	if len(st.queue) == 0 { // cannot happen: body starts with text
		return i + max(pe, 1), nil, nil
	}
	for k := range st.queue {
		st.queue[k].start += i
		st.queue[k].end += i
	}
	return st.pop(data)
}

func (st *stream) pop(data []byte) (int, []byte, error) {
	sp := st.queue[st.qnext]
	st.qnext++
	start, end := sp.start-st.qoff, sp.end-st.qoff
	st.qoff = sp.end
	if st.newlines >= 2 && st.emitted {
		st.para++
	}
	st.newlines = 0
	st.emitted = true
	st.tokStart = start
	return end, data[start:end], nil
}

// paraEnd finds the end of the paragraph that starts data: the line feed
// before the first blank line, or the end of the input.
func (st *stream) paraEnd(data []byte, atEOF bool) (int, bool) {
	if !atEOF {
		// A rune cut off at the end is not read yet: a multi-byte space
		// (NEL, U+3000) may be what makes a line blank.
		data = data[:len(data)-partialRuneTail(data)]
	}
	from := st.scanned
	for {
		q := bytes.IndexByte(data[from:], '\n')
		if q < 0 {
			if atEOF {
				return len(data), true
			}
			st.scanned = len(data)
			return 0, false
		}
		q += from
		r := q + 1
		for r < len(data) {
			c, size := decode(data, r)
			if c == '\n' {
				return q, true
			}
			if !isSpace(c) {
				break
			}
			r += size
		}
		if r >= len(data) {
			if atEOF {
				return len(data), true
			}
			st.scanned = q
			return 0, false
		}
		from = q + 1
	}
}

// partialRuneTail returns how many bytes at the end of b begin a rune that
// the next bytes of the input will complete (0 if none).
func partialRuneTail(b []byte) int {
	for k := 1; k < utf8.UTFMax && k <= len(b); k++ {
		if utf8.RuneStart(b[len(b)-k]) {
			if utf8.FullRune(b[len(b)-k:]) {
				return 0
			}
			return k
		}
	}
	return 0
}

// boundSpans cuts every sentence longer than limit bytes with forceCut, so
// that no token exceeds the look-ahead bound.
func boundSpans(body []byte, spans []span, limit int) []span {
	long := false
	for _, sp := range spans {
		long = long || sp.end-sp.start > limit
	}
	if !long {
		return spans
	}
	out := make([]span, 0, len(spans)+1)
	for _, sp := range spans {
		for sp.end-sp.start > limit {
			cut := sp.start + forceCut(body[sp.start:sp.end], limit)
			out = append(out, span{sp.start, cut})
			for cut < sp.end {
				r, size := decode(body, cut)
				if !isSpace(r) {
					break
				}
				cut += size
			}
			sp.start = cut
		}
		out = append(out, sp)
	}
	return out
}

// forceCut picks where to cut a sentence that reaches the look-ahead limit:
// before the last white space (of any width: "\u00a0", "\u3000") in its
// second half, the piece trimmed; else at a rune boundary.
func forceCut(data []byte, limit int) int {
	n := min(len(data)-utf8.UTFMax, limit)
	for i := n; i > n/2; {
		r, size := decodeLast(data, i)
		if isSpace(r) {
			return len(trimRight(data[:i]))
		}
		i -= size
	}
	for i := n; i > n-utf8.UTFMax && i > 0; i-- {
		if utf8.RuneStart(data[i]) {
			return i
		}
	}
	return n
}

// lineIndent returns the runes of white space after the last line feed of
// the white space ws, adding those skipped before (prev) when ws has none.
func lineIndent(ws []byte, prev int) int {
	if k := bytes.LastIndexByte(ws, '\n'); k >= 0 {
		return utf8.RuneCount(ws[k+1:])
	}
	return prev + utf8.RuneCount(ws)
}

// splitPara appends the sentences of paragraph p to dst.
func (s *Segmenter) splitPara(ps *paraSplitter, p []byte, dst []span) []span {
	if s.useSRX {
		return s.srxSplit(ps, p, dst)
	}
	return ps.split(p, dst)
}
