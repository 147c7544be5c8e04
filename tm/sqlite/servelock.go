package sqlite

import "github.com/bitext/bitext/tm/textio"

// ErrServed is HoldServe's error when another process serves the TM file
// (bitext serve): one server a SQLite TM, as two would each keep caches
// (the glossary, the documents' list) the other's writes make stale, and
// take turns at SQLite's one writer. It is bad input: the command names a
// TM that is taken.
var ErrServed = textio.NewBadInput("another bitext serve serves this translation memory")

// servedError is ErrServed for the file at path, with what to do (Hint).
type servedError struct{ path string }

func (e *servedError) Error() string { return ErrServed.Error() + ": " + e.path }
func (e *servedError) Unwrap() error { return ErrServed }

// Hint says what to do instead of a second server.
func (e *servedError) Hint() string {
	return "a SQLite TM takes one bitext serve at a time (two would each cache what the other changes): send the requests to the one running, or stop it first; the CLI's commands work beside it; several servers need a PostgreSQL TM"
}
