package textio

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// BinaryError says that a file is not text: binary data, found at byte
// Byte (1-based) on line Line by a NUL byte or invalid UTF-8 (Why). A
// file of random bytes named .tmx, .xlf, .tbx or .srx was refused with
// those bytes quoted by the XML reader ("invalid character entity
// &N\x90-\xec..."), which said nothing of a binary file.
type BinaryError struct {
	Line, Byte int
	Why        string // "a NUL byte", "invalid UTF-8 (0x97)"
}

func (e *BinaryError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.What()) }

// What is the error without its line, for an error type that gives the
// line its own way: "not text: binary data (a NUL byte at byte 393)".
func (e *BinaryError) What() string {
	return fmt.Sprintf("not text: binary data (%s at byte %d)", e.Why, e.Byte)
}

// HeadSize is how many first bytes of a file Binary is given by the
// readers that check them: as many as tm reads to tell a file's format.
const HeadSize = 64 << 10

// BadInput is true: the file cannot be read as the format it names.
func (e *BinaryError) BadInput() bool { return true }

// Binary reports, of the first bytes of a file (head, which may end in
// the middle of a character), whether they are binary data and where: a
// NUL byte, or invalid UTF-8 in bytes that do not read as text in a
// one-byte encoding (Latin-1, Windows-1252: no control byte but tab,
// newline, carriage return and form feed, mostly ASCII), which an XML
// declaration or a PO header may name and which is not binary. UTF-16
// text (a byte order mark, or "<" and a NUL byte as an XML document in
// UTF-16 starts) is text. It returns nil for text.
func Binary(head []byte) *BinaryError {
	if len(head) >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF ||
		head[0] == '<' && head[1] == 0 || head[0] == 0 && head[1] == '<') {
		return nil
	}
	at := func(i int, why string) *BinaryError {
		return &BinaryError{Line: 1 + bytes.Count(head[:i], []byte("\n")), Byte: i + 1, Why: why}
	}
	for i := 0; i < len(head); {
		r, size := utf8.DecodeRune(head[i:])
		if r == 0 {
			return at(i, "a NUL byte")
		}
		if r == utf8.RuneError && size == 1 {
			if !utf8.FullRune(head[i:]) {
				return nil // the head cut a character
			}
			if oneByteText(head) { // which holds no NUL byte
				return nil
			}
			return at(i, fmt.Sprintf("invalid UTF-8 (%#x)", head[i]))
		}
		i += size
	}
	return nil
}

// oneByteText reports whether head reads as text in a one-byte encoding:
// no control byte but tab, newline, carriage return and form feed, and
// mostly (three in four) ASCII.
func oneByteText(head []byte) bool {
	ascii := 0
	for _, b := range head {
		switch {
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f', b == 0x7f:
			return false
		case b < 0x80:
			ascii++
		}
	}
	return ascii*4 >= len(head)*3
}
