package normalize

import (
	"sort"
	"strings"
)

// codeState is where a Markdown text's fenced code block stands at the end
// of a chunk, so that the next chunk's codeSpans goes on from there: a
// block may hold blank lines, where Rewrite cuts its chunks.
type codeState struct {
	fence byte // '`' or '~' in a fenced block, else 0
	n     int  // the length of its opening fence
}

// codeSpans returns the byte ranges [start, end) of text that are Markdown
// code, in order: fenced code blocks (a line of three backticks or tildes
// or more, up to three spaces in, to a line of as many or more of the same
// character, or to the end of the input, as CommonMark reads them) and
// code spans (a run of backticks to the next run of as many in the same
// paragraph: a span may run over a line break, not over a blank line or
// into a fenced block). Code is code: a name in it is an identifier, a
// file name or a command, which a rewrite breaks ("Use `Kiev`" stays). A
// backtick that no run of as many closes in its paragraph (TeX quotes:
// two backticks, the name, two apostrophes) opens none. A paragraph cut
// by a chunk's end (Rewrite cuts at blank lines) ends there.
// It is nil, at the cost of two byte searches, for text without a
// backtick or "~~~" read outside a block.
func codeSpans(text string, st *codeState) [][2]int {
	if st.fence == 0 && strings.IndexByte(text, '`') < 0 && !strings.Contains(text, "~~~") {
		return nil
	}
	var spans [][2]int
	para, tick := -1, false // where the paragraph read starts (-1: none), whether it has a backtick
	flush := func(end int) {
		if tick {
			spans = inlineCode(text[para:end], para, spans)
		}
		para, tick = -1, false
	}
	for i := 0; i < len(text); {
		end := len(text)
		if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
			end = i + k + 1
		}
		line := text[i:end]
		c, n := fenceOf(line)
		switch {
		case st.fence != 0:
			spans = append(spans, [2]int{i, end})
			if c == st.fence && n >= st.n && strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), string(c))) == "" {
				st.fence = 0
			}
		case n > 0 && (c == '~' || strings.IndexByte(strings.TrimLeft(strings.TrimSpace(line), "`"), '`') < 0):
			flush(i)
			st.fence, st.n = c, n
			spans = append(spans, [2]int{i, end})
		case strings.TrimSpace(line) == "":
			flush(i)
		default:
			if para < 0 {
				para = i
			}
			tick = tick || strings.IndexByte(line, '`') >= 0
		}
		i = end
	}
	if para >= 0 {
		flush(len(text))
	}
	return spans
}

// fenceOf returns the character and length of the fence a line opens or
// closes with (three backticks or tildes or more after up to three
// spaces), or 0, 0.
func fenceOf(line string) (byte, int) {
	j := 0
	for j < 3 && j < len(line) && line[j] == ' ' {
		j++
	}
	if j >= len(line) || line[j] != '`' && line[j] != '~' {
		return 0, 0
	}
	c, n := line[j], 0
	for j+n < len(line) && line[j+n] == c {
		n++
	}
	if n < 3 {
		return 0, 0
	}
	return c, n
}

// inlineCode appends to spans the code spans of line (a paragraph's lines),
// which starts at byte off of the chunk.
func inlineCode(line string, off int, spans [][2]int) [][2]int {
	run := func(i int) int { // the length of the backtick run at i
		n := 0
		for i+n < len(line) && line[i+n] == '`' {
			n++
		}
		return n
	}
	for i := 0; i < len(line); {
		k := strings.IndexByte(line[i:], '`')
		if k < 0 {
			break
		}
		i += k
		n := run(i)
		closed := false
		for j := i + n; j < len(line); {
			k := strings.IndexByte(line[j:], '`')
			if k < 0 {
				break
			}
			j += k
			m := run(j)
			if m == n {
				spans = append(spans, [2]int{off + i, off + j + m})
				i, closed = j+m, true
				break
			}
			j += m
		}
		if !closed {
			i += n
		}
	}
	return spans
}

// unionSpans is the sorted union of two sorted lists of spans, a or b
// itself when the other is empty.
func unionSpans(a, b [][2]int) [][2]int {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	all := append(append(make([][2]int, 0, len(a)+len(b)), a...), b...)
	sort.Slice(all, func(i, j int) bool { return all[i][0] < all[j][0] })
	out := all[:1]
	for _, sp := range all[1:] {
		if last := &out[len(out)-1]; sp[0] <= last[1] {
			last[1] = max(last[1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}
