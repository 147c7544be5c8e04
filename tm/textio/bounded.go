package textio

import (
	"fmt"
	"io"
)

// Bounded returns a reader of r that fails, once more than max bytes
// have been read, with an *Error "read NAME: larger than MAX (WHY)"
// naming the input (name as messages show it), with hint as its Hint.
// It is for the inputs a command holds whole in memory, many times their
// size (a document to align or pretranslate): a 52 MB one-line file took
// 1.4 GB before it was refused, where a memory limit ended the process
// without a word.
func Bounded(r io.Reader, name string, max int64, why, hint string) io.Reader {
	return &bounded{r: r, name: name, left: max, max: max, why: why, hint: hint}
}

type bounded struct {
	r               io.Reader
	name, why, hint string
	left, max       int64
}

func (b *bounded) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, b.err()
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.r.Read(p)
	if b.left -= int64(n); b.left < 0 {
		return 0, b.err()
	}
	return n, err
}

func (b *bounded) err() error { return TooLarge(b.name, b.max, b.why, b.hint) }

// TooLarge is Bounded's error: an *Error "read NAME: larger than MAX
// (WHY)" with hint as its Hint, for a caller that knows the size of its
// input before it reads it.
func TooLarge(name string, max int64, why, hint string) error {
	return &Error{Name: name, Msg: fmt.Sprintf("larger than %s (%s)", size(int(max)), why), Hint: hint}
}

// LineBounded returns a reader of r that fails, once a line runs past
// maxLine bytes (its "\n" not counted), with an *Error "read NAME: line N:
// a line longer than MAX (WHY)" naming the input and the line. It is for a
// line-based format whose reader holds a line whole, many times its size
// (encoding/csv's record and fields: a glossary of 62 MB on one line took
// 543 MB before it was refused): the bytes of the line's first maxLine
// pass, then the error, so the reader never holds more of it.
func LineBounded(r io.Reader, name string, maxLine int, why string) io.Reader {
	return &lineBounded{r: r, name: name, max: maxLine, why: why, line: 1}
}

type lineBounded struct {
	r         io.Reader
	name, why string
	max, run  int // the bound, and the bytes of the current line so far
	line      int
	err       error
}

func (b *lineBounded) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	n, err := b.r.Read(p)
	for i, c := range p[:n] {
		if c == '\n' {
			b.line++
			b.run = 0
			continue
		}
		if b.run++; b.run > b.max {
			b.err = &Error{Name: b.name, Line: b.line, Msg: fmt.Sprintf("a line longer than %s (%s)", size(b.max), b.why)}
			return i, b.err
		}
	}
	return n, err
}
