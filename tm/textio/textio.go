package textio

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error is a problem with the input: invalid UTF-8, a NUL byte, UTF-16
// text, or a failed read.
type Error struct {
	// Name is the input as messages name it ("story.txt", "<stdin>").
	Name string
	// Line is the 1-based line of the bad byte; 0 for a read error.
	Line int
	// Msg says what is wrong ("invalid UTF-8 (byte 0xff)").
	Msg string
	// Hint, if set, says how to fix the input (to convert UTF-16 text).
	Hint string
	// Err is the underlying read error, if that is what happened.
	Err error
}

// Error reads "read NAME: line N: MSG" ("read NAME: MSG" without a line).
// BadInput is true: it names the file and line of text that is not UTF-8 or holds NUL.
func (e *Error) BadInput() bool { return true }

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("read %s: %s", e.Name, e.Msg)
	}
	return fmt.Sprintf("read %s: line %d: %s", e.Name, e.Line, e.Msg)
}

// Unwrap returns the underlying read error, if any.
func (e *Error) Unwrap() error { return e.Err }

// Reader passes bytes through and fails at the first invalid UTF-8
// sequence or NUL byte with an *Error. A sequence cut by a read boundary is
// held back until the next read completes it. A Reader should not be
// shared between goroutines.
type Reader struct {
	name    string
	r       io.Reader
	line    int    // line number at the start of pending
	buf     []byte // read buffer
	ready   []byte // checked bytes not yet returned
	pending []byte // an incomplete sequence at the end of the last read
	err     error  // sticky: the error to return once ready is drained
	start   bool   // nothing has been checked yet (for a UTF-16 byte order mark)
}

// readSize is the size of the Reader's buffer.
const readSize = 32 << 10

// NewReader returns a Reader over r; name is how errors name the input.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{name: name, r: r, line: 1, start: true}
}

// Read reads checked bytes. After the last valid byte it returns the
// *Error, or io.EOF at the end of valid input.
func (u *Reader) Read(p []byte) (int, error) {
	for len(u.ready) == 0 {
		if u.err != nil {
			return 0, u.err
		}
		u.fill()
	}
	n := copy(p, u.ready)
	u.ready = u.ready[n:]
	return n, nil
}

// Err is the *Error the Reader has met, even while bytes before it remain
// to be read; nil before that, and at a clean end of input.
func (u *Reader) Err() error {
	if u.err == io.EOF {
		return nil
	}
	return u.err
}

// fill reads the next chunk, checks it and makes it ready, or sets u.err.
func (u *Reader) fill() {
	if u.buf == nil {
		u.buf = make([]byte, readSize+utf8.UTFMax)
	}
	k := copy(u.buf, u.pending)
	m, rerr := u.r.Read(u.buf[k : readSize+k])
	data := u.buf[:k+m]
	keep := 0
	if rerr != io.EOF { // at the end, a cut sequence is invalid
		keep = incompleteTail(data)
	}
	checked := data[:len(data)-keep]
	if i, bad := firstInvalid(checked); bad {
		e := &Error{Name: u.name, Line: u.line + bytes.Count(checked[:i], []byte{'\n'})}
		u.ready = checked[:i]
		switch {
		case u.start && i == 0 && len(checked) >= 2 && (checked[0] == 0xFF && checked[1] == 0xFE || checked[0] == 0xFE && checked[1] == 0xFF):
			e.Msg = fmt.Sprintf("UTF-16 text (byte order mark %02X %02X), not UTF-8", checked[0], checked[1])
			e.Hint = "convert it: iconv -f UTF-16 -t UTF-8 " + u.name
			if u.name != StdinName {
				e.Hint = "convert it: iconv -f UTF-16 -t UTF-8 " + ShellQuote(u.name)
			}
		case checked[i] == 0:
			e.Msg = "NUL byte (binary or UTF-16 input?)"
		default:
			e.Msg = fmt.Sprintf("invalid UTF-8 (byte 0x%02x)", checked[i])
			if looksSingleByte(checked, i) {
				e.Hint = "if it is Latin-1 or Windows-1252 text, convert it: iconv -f WINDOWS-1252 -t UTF-8"
				if u.name != "<stdin>" {
					e.Hint += " " + ShellQuote(u.name)
				}
			}
		}
		u.err = e
		return
	}
	u.start = u.start && len(checked) == 0
	u.line += bytes.Count(checked, []byte{'\n'})
	u.ready = checked
	u.pending = append(u.pending[:0], data[len(checked):]...)
	switch {
	case rerr == io.EOF:
		u.err = io.EOF
	case errors.Is(rerr, context.Canceled):
		// A ContextReader's read after an interrupt: "read <stdin>:
		// interrupted", not "context canceled".
		u.err = &Error{Name: u.name, Msg: "interrupted", Err: rerr}
	case rerr != nil:
		u.err = &Error{Name: u.name, Msg: rerr.Error(), Err: rerr}
	}
}

// looksSingleByte reports whether the invalid byte b[i] sits in text of
// a single-byte encoding (Latin-1, Windows-1252: "Caf\xe9"): no control
// byte other than white space within 64 bytes either side, which random
// binary data has by the dozen.
func looksSingleByte(b []byte, i int) bool {
	for _, c := range b[max(i-64, 0):min(i+64, len(b))] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			return false
		}
	}
	return true
}

// incompleteTail is the length of a UTF-8 sequence at the end of b that is
// cut short (0 when b ends on a rune boundary or with an invalid byte).
func incompleteTail(b []byte) int {
	for k := 1; k < utf8.UTFMax && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < 0x80 {
			return 0
		}
		if c >= 0xC0 { // a leading byte
			if !utf8.FullRune(b[len(b)-k:]) {
				return k
			}
			return 0
		}
	}
	return 0
}

// firstInvalid returns the offset of the first invalid UTF-8 byte or NUL
// byte in b.
func firstInvalid(b []byte) (int, bool) {
	nul := bytes.IndexByte(b, 0)
	if utf8.Valid(b) {
		return nul, nul >= 0
	}
	for i := 0; i < len(b); {
		if i == nul {
			return i, true
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i, true
		}
		i += size
	}
	return 0, false
}

// Lines iterates over the lines of r, checked as a Reader checks them
// (r may be one already), without their line ends ("\n" or "\r\n") and
// without a byte-order mark at the start of the first. The
// lines before a bad byte come whole, then its *Error ends the sequence
// (never the part of its line before it); a line longer than maxLine bytes
// is an *Error too.
func Lines(r io.Reader, name string, maxLine int) iter.Seq2[string, error] {
	return lines(r, name, maxLine, bufio.ScanLines)
}

// TextLines is Lines where a lone "\r" ends a line too: text saved with
// the line ends of classic Mac OS (or of a program that writes them), read
// by Lines as one line holding carriage returns. For lines that are text
// (queries, sentences), where a carriage return is no character of a line;
// a line-based format whose fields are checked for control characters
// reads Lines. An invalid byte after such line ends is reported on the
// line Reader counts (by "\n").
func TextLines(r io.Reader, name string, maxLine int) iter.Seq2[string, error] {
	return lines(r, name, maxLine, ScanTextLines)
}

// ScanTextLines is a bufio.SplitFunc: bufio.ScanLines splitting at "\n",
// "\r\n" and a lone "\r" (TextLines); a "\r" at the end of what was read
// waits for the next byte.
func ScanTextLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		if data[i] == '\n' {
			return i + 1, data[:i], nil
		}
		switch {
		case i+1 < len(data) && data[i+1] == '\n':
			return i + 2, data[:i], nil
		case i+1 < len(data) || atEOF:
			return i + 1, data[:i], nil
		}
		return 0, nil, nil // "\r" last: a "\n" may follow
	}
	if atEOF {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func lines(r io.Reader, name string, maxLine int, split bufio.SplitFunc) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		u, ok := r.(*Reader)
		if !ok {
			u = NewReader(r, name)
		}
		sc := bufio.NewScanner(u)
		sc.Split(split)
		sc.Buffer(make([]byte, min(64<<10, maxLine)), maxLine)
		n := 0
		for sc.Scan() {
			n++
			if err := u.Err(); err != nil { // the decoding error, seen once it is reached
				var e *Error
				if errors.As(err, &e) && (e.Line == 0 || e.Line <= n) {
					yield("", e)
					return
				}
			}
			line := strings.TrimSuffix(sc.Text(), "\r")
			if n == 1 {
				line = strings.TrimPrefix(line, "\ufeff") // a byte-order mark
			}
			if !yield(line, nil) {
				return
			}
		}
		switch err := sc.Err(); {
		case errors.Is(err, bufio.ErrTooLong):
			yield("", &Error{Name: u.name, Line: n + 1, Msg: fmt.Sprintf("a line longer than %s", size(maxLine))})
		case err != nil:
			yield("", err)
		}
	}
}

// size writes a byte count for messages: "1 MiB", "64 KiB", "100 bytes".
func size(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Sticky is a reader that remembers the first read error other than
// io.EOF. A bufio.Scanner hands out the bytes read before an error as a
// last, partial line: a line-by-line parser asks Err before it complains
// about a line, so that it reports the read error (an invalid byte, a
// failed disk) rather than what it made of half a line.
type Sticky struct {
	r   io.Reader
	err error
}

// NewSticky returns a Sticky reading r.
func NewSticky(r io.Reader) *Sticky { return &Sticky{r: r} }

func (s *Sticky) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if err != nil && err != io.EOF && s.err == nil {
		s.err = err
	}
	return n, err
}

// Err is the first read error other than io.EOF, or nil.
func (s *Sticky) Err() error { return s.err }

// LineCol returns the 1-based line and column (in characters, a leading
// byte-order mark not counted) of byte offset at of text: where a check's
// report or a parser's error points.
func LineCol(text string, at int) (line, col int) {
	head := text[:at]
	line = strings.Count(head, "\n") + 1
	if i := strings.LastIndexByte(head, '\n'); i >= 0 {
		head = head[i+1:]
	} else {
		head = strings.TrimPrefix(head, "\ufeff")
	}
	return line, utf8.RuneCountInString(head) + 1
}

// ShellQuote is name as a POSIX shell reads it back: as it is when it
// holds only letters, digits and -_./:@%+=, else in single quotes. A hint's
// command (iconv ... story.txt) named "my story.txt" unquoted, two files
// to the shell.
func ShellQuote(name string) string {
	safe := name != ""
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:@%+=,", r) || r > 0x7f && unicode.IsPrint(r) && !unicode.IsSpace(r)) {
			safe = false
			break
		}
	}
	if safe {
		return name
	}
	return "'" + strings.ReplaceAll(name, "'", `'\''`) + "'"
}
