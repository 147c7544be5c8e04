package segment

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"unicode/utf8"
)

// Record is the JSON Lines form of a [Sentence], one object a line:
//
//	{"file":"story.en.txt","text":"...","start":0,"end":54,"para":0}
//
// [AppendJSONL] and [JSONLWriter] write it; decode a line into a Record with
// encoding/json. Start and End are byte offsets into the input the sentence
// came from, so input[Start:End] is the sentence as it stood.
type Record struct {
	// File names the input the sentence came from; it is left out of the
	// line when empty.
	File  string `json:"file,omitempty"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Para  int    `json:"para"`
}

// AppendJSONL appends s as one JSON Lines record ([Record]) and a line feed
// to dst and returns the extended buffer. A non-empty file becomes the
// record's "file" field. Strings are escaped as JSON requires (quotes,
// backslashes, control characters) and U+2028 and U+2029 too, for
// JavaScript readers; other characters, U+FFFD included, are written as
// they are. Bytes that are not UTF-8 become U+FFFD (written \ufffd), so the
// record is valid JSON whatever s.Text holds. AppendJSONL allocates nothing
// when dst has room.
func AppendJSONL(dst []byte, file string, s Sentence) []byte {
	dst = append(dst, '{')
	if file != "" {
		dst = append(dst, `"file":`...)
		dst = appendJSONString(dst, file)
		dst = append(dst, ',')
	}
	dst = append(dst, `"text":`...)
	dst = appendJSONString(dst, s.Text)
	dst = append(dst, `,"start":`...)
	dst = strconv.AppendInt(dst, int64(s.Start), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(s.End), 10)
	dst = append(dst, `,"para":`...)
	dst = strconv.AppendInt(dst, int64(s.Para), 10)
	return append(dst, "}\n"...)
}

// A JSONLWriter writes sentences to an io.Writer as JSON Lines records
// ([Record]), one Write each. It does not buffer: wrap a file or a network
// connection in a bufio.Writer. A JSONLWriter is not safe for concurrent
// use.
type JSONLWriter struct {
	// File is the "file" field of the records written next; empty leaves
	// the field out.
	File string

	w   io.Writer
	buf []byte
}

// NewJSONLWriter returns a JSONLWriter writing to w, with no file name.
func NewJSONLWriter(w io.Writer) *JSONLWriter { return &JSONLWriter{w: w} }

// Write writes s as one record.
func (w *JSONLWriter) Write(s Sentence) error {
	w.buf = AppendJSONL(w.buf[:0], w.File, s)
	_, err := w.w.Write(w.buf)
	return err
}

// jsonEscape marks the bytes that cannot be copied into a JSON string as
// they are: control characters, the quote, the backslash, and 0xE2, the
// first byte of U+2028 and U+2029 (and of many characters that need
// nothing).
var jsonEscape = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'], t[0xE2] = true, true, true
	return t
}()

// appendJSONString appends s as a JSON string. Text that is valid UTF-8
// (the common case, checked once up front) is scanned byte by byte against
// jsonEscape; only other text is decoded rune by rune.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	valid := utf8.ValidString(s)
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if valid {
			for i < len(s) && !jsonEscape[s[i]] {
				i++
			}
			if i == len(s) {
				break
			}
		}
		c := s[i]
		if !jsonEscape[c] && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				b = append(b, s[start:i]...)
				b = append(b, `\ufffd`...)
			case r == '\u2028' || r == '\u2029':
				b = append(b, s[start:i]...)
				b = append(b, `\u202`...)
				b = append(b, hex[r&0xF])
			default:
				i += size // any other character, U+FFFD included, as it is
				continue
			}
			i += size
			start = i
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// A TextWriter writes sentences as plain text: one sentence a line, an
// empty line between paragraphs, and between inputs (see
// [TextWriter.NextInput]). Sentence text has no line breaks (see
// [Sentence]). It does not buffer. A TextWriter is not safe for
// concurrent use.
type TextWriter struct {
	w        io.Writer
	started  bool // a sentence has been written
	lastPara int  // paragraph of the last sentence, -1 at an input's start
	buf      []byte
}

// NewTextWriter returns a TextWriter writing to w.
func NewTextWriter(w io.Writer) *TextWriter { return &TextWriter{w: w, lastPara: -1} }

// NextInput says that the sentences written next come from another input:
// an empty line separates them from those before.
func (w *TextWriter) NextInput() { w.lastPara = -1 }

// Write writes s on a line of its own, after an empty line if s starts a
// paragraph (other than the first).
func (w *TextWriter) Write(s Sentence) error {
	b := w.buf[:0]
	if w.started && s.Para != w.lastPara {
		b = append(b, '\n')
	}
	b = append(append(b, s.Text...), '\n')
	w.buf, w.started, w.lastPara = b, true, s.Para
	_, err := w.w.Write(b)
	return err
}

// Format is a way to write sentences: one of the formats below.
type Format uint8

// The formats of [NewWriter].
const (
	// FormatText is plain text, as a [TextWriter] writes it.
	FormatText Format = iota
	// FormatJSONL is JSON Lines records, as a [JSONLWriter] writes them.
	FormatJSONL
)

// A Writer writes the sentences of one input after another, as
// [TextWriter] and [JSONLWriter] do.
type Writer interface {
	// StartInput says that the sentences written next come from the input
	// named name.
	StartInput(name string)
	// Write writes one sentence.
	Write(s Sentence) error
}

// NewWriter returns a Writer of format f writing to w: a [*JSONLWriter]
// for FormatJSONL, else a [*TextWriter].
func NewWriter(w io.Writer, f Format) Writer {
	if f == FormatJSONL {
		return NewJSONLWriter(w)
	}
	return NewTextWriter(w)
}

// StartInput says that the sentences written next come from the input
// named name: it becomes their records' "file" field.
func (w *JSONLWriter) StartInput(name string) { w.File = name }

// StartInput is [TextWriter.NextInput]; a TextWriter writes no names.
func (w *TextWriter) StartInput(string) { w.NextInput() }

// WriteSentences writes the sentences of r (see [Segmenter.Sentences]) to
// w. It stops with ctx's error when ctx is done; an error of w is
// returned wrapped ("write: ...") unless it says so already (a file's
// "write /dev/stdout: ...").
func (s *Segmenter) WriteSentences(ctx context.Context, w Writer, r io.Reader) error {
	for sent, err := range s.Sentences(r) {
		if err != nil {
			return err
		} else if err := ctx.Err(); err != nil {
			return err
		} else if err := w.Write(sent); err != nil {
			if pe := (*fs.PathError)(nil); errors.As(err, &pe) && pe.Op == "write" {
				return err // names the file already: "write /dev/stdout: ..."
			}
			return fmt.Errorf("write: %w", err)
		}
	}
	return nil
}
