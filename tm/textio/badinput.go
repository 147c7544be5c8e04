package textio

import "errors"

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
