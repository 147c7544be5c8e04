package textio

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Bad input. The library packages mark the errors that are about what the
// user gave — a file that is not UTF-8 text, a malformed TMX, TSV, JSON
// Lines, glossary, SRX or dictionary file, a place that cannot be written,
// a store that holds no bitext TM — apart from failures of the machine (a
// full disk, a lost connection) and a cancelled context, so that a front
// end tells them apart with one call, whatever package they come from: the
// CLI exits 2, a server answers 400. An error is marked when it, or an
// error it wraps, has a method BadInput() bool that returns true; a package
// that does not import textio marks its error types with that method
// alone, and sentinel errors are made with NewBadInput.

// IsBadInput reports whether err is about the user's input: whether err,
// or the first error it wraps that has a BadInput() bool method, says so.
func IsBadInput(err error) bool {
	var b interface{ BadInput() bool }
	return errors.As(err, &b) && b.BadInput()
}

// NewBadInput is errors.New for a sentinel error about the input: each
// call returns a distinct error, which errors.Is finds, and IsBadInput is
// true of it and of every error wrapping it.
func NewBadInput(text string) error { return &badInputError{text} }

type badInputError struct{ s string }

func (e *badInputError) Error() string { return e.s }

// BadInput marks the error as being about the input.
func (e *badInputError) BadInput() bool { return true }

// badInputf is fmt.Errorf for an error about the input, with no error to
// wrap.
func badInputf(format string, args ...any) error {
	return &badInputError{fmt.Sprintf(format, args...)}
}

// ErrNotUTF8 and ErrNUL are NotText's reasons: a text given (an
// argument, a name, a field of a request) that is no text is bad input.
var (
	ErrNotUTF8 = NewBadInput("not UTF-8 text")
	ErrNUL     = NewBadInput("a NUL byte: binary data, not text")
)

// NotText says why s, a text given, is no text: ErrNotUTF8, ErrNUL, or nil
// for UTF-8 without a NUL byte. It is the one check of CheckArg, of the
// names tm stores and of the server's fields; each names s its own way.
func NotText(s string) error {
	switch {
	case !utf8.ValidString(s):
		return ErrNotUTF8
	case strings.IndexByte(s, 0) >= 0:
		return ErrNUL
	}
	return nil
}

// CheckArg checks a text given as an argument (a query, a term, a name),
// which what names in the error ("TEXT"): it must be UTF-8 and hold no NUL
// byte (NotText). Its errors are bad input, worded as the readers' of a
// file's line are ("invalid UTF-8", "NUL byte"), which the command's
// messages sit beside.
func CheckArg(what, s string) error {
	switch NotText(s) {
	case ErrNotUTF8:
		return badInputf("%s argument %+q: invalid UTF-8", what, s)
	case ErrNUL:
		return badInputf("%s argument %+q: a NUL byte", what, s)
	}
	return nil
}

// CheckText is CheckArg for an argument that must not be blank either (a
// text to store).
func CheckText(what, s string) error {
	if strings.TrimSpace(s) == "" {
		return badInputf("%s is empty", what)
	}
	return CheckArg(what, s)
}

// Quote quotes s for a message, as %q does, but only its first 60 bytes
// (cut on a rune boundary) and "..." when it is longer: a field of a file
// that is not what it should be (a text on one line, a misplaced column)
// is not repeated whole on standard error.
func Quote(s string) string {
	const n = 60
	if len(s) <= n {
		return strconv.Quote(s)
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return strconv.Quote(s[:i]) + "..."
}
