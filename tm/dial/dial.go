// Package dial opens the translation memory that a front end names by one
// string, a location: a SQLite file path, or a postgres:// (postgresql://)
// URL for a TM kept in PostgreSQL. It holds the rules every front end
// shares (the CLI, the HTTP server): which store a location means, where
// the TM is by default, and what a missing TM is for a caller that only
// reads, reads if it can, or writes.
//
//	loc, err := dial.DefaultLocation() // $BITEXT_DB, else the XDG data folder
//	db, created, err := dial.Open(ctx, loc, dial.Create)
//	if err != nil { ... }
//	defer db.Close()
//	if created { log.Printf("created a new translation memory at %s", db.Path()) }
//
// A TM that is not there — no file, an empty file, a PostgreSQL database
// without bitext's tables — is an error wrapping ErrNoTM for MustExist
// (for an empty file, it says the file is empty), no TM (a nil *tm.DB, no
// error) for IfExists, and a new TM for Create, so that a mistyped
// location never turns into a new, empty TM for a caller that only reads. Errors
// name the location (a URL without its password) and no front end's flags.
package dial

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres"
	"github.com/bitext/bitext/tm/sqlite"
	"github.com/bitext/bitext/tm/textio"
)

// Access says what the caller needs of the TM it opens, and so what a
// missing TM is.
type Access int

const (
	// MustExist is for a caller that only reads (lookup, concordance,
	// export, stats): a missing TM is an error wrapping ErrNoTM.
	MustExist Access = iota
	// IfExists is for a caller that consults the TM when there is one (the
	// user's glossary, pairs to learn from): a missing TM is no TM, and
	// Open returns nil, false, nil.
	IfExists
	// IfExistsElseCreatable is for a caller that reads the TM when there
	// is one and writes to it after a long run (align --into, names
	// discover --accept): a missing TM is no TM, as for IfExists, unless
	// no TM could be made there (sqlite.CheckCreate: a folder this user
	// may not write), which is an error before the run, not after it.
	IfExistsElseCreatable
	// Create is for a caller that writes (import, add, store pairs): a
	// missing TM is created, and Open says so (created is true).
	Create
)

// ErrNoTM is wrapped by Open's error for MustExist when there is no TM at
// the location; it is bad input (textio.IsBadInput): the location is
// mistyped, or nothing was stored there yet.
var ErrNoTM = textio.NewBadInput("no translation memory there")

// ErrBadURL is wrapped by the error of a postgres:// location that is not
// a usable connection URL (postgres.ErrBadURL).
var ErrBadURL = postgres.ErrBadURL

// IsURL reports whether location names a PostgreSQL database (a
// postgres:// or postgresql:// URL) rather than a SQLite file.
func IsURL(location string) bool { return postgres.IsURL(location) }

// ErrOtherURL is wrapped by Open's error for a location that is a URL of
// another kind (mysql://..., sqlite:///tmp/tm.db, a misspelt postgres://):
// bad input, and nothing is made. Taken for a file path, such a location
// made a TM in a folder named "mysql:" in the working folder.
var ErrOtherURL = textio.NewBadInput("a URL, but not a postgres:// one: a SQLite file path or a postgres:// URL is wanted")

// IsOtherURL reports whether location starts as a URL does, SCHEME://,
// with a scheme (letters, then letters, digits, +, - or .) other than
// postgres and postgresql. A file path holds no such start: "tm/a://b.db"
// is a path.
func IsOtherURL(location string) bool {
	scheme, _, ok := strings.Cut(location, "://")
	if !ok || scheme == "" || IsURL(location) {
		return false
	}
	for i, r := range scheme {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return false
		}
	}
	return true
}

// redactOther is location, another kind's URL, as an error shows it: with
// no password.
func redactOther(location string) string {
	if u, err := url.Parse(location); err == nil {
		return u.Redacted()
	}
	scheme, _, _ := strings.Cut(location, "://")
	return scheme + "://..."
}

// Open opens the TM at location (a SQLite file path or a postgres:// URL)
// for access. created is true when Open made a new TM (Create only). With
// IfExists and no TM there, db is nil and err is nil. Errors opening the
// store are the store's: they wrap tm.ErrNotTM (something else is there),
// tm.ErrNewerSchema, tm.ErrReadOnly or tm.ErrUnavailable (a database
// server that cannot be reached or refuses the login). A URL of another
// kind (IsOtherURL) is an error wrapping ErrOtherURL, for every access.
func Open(ctx context.Context, location string, access Access) (db *tm.DB, created bool, err error) {
	if IsOtherURL(location) {
		return nil, false, fmt.Errorf("open %s: %w", redactOther(location), ErrOtherURL)
	}
	missing, shown := false, location
	if IsURL(location) {
		has, err := postgres.HasTM(ctx, location)
		if err != nil {
			return nil, false, err
		}
		missing, shown = !has, postgres.Redact(location)
	} else {
		missing = sqlite.Missing(location) // an empty file too: a reader makes no TM
	}
	switch {
	case missing && access == MustExist && !IsURL(location) && exists(location):
		return nil, false, fmt.Errorf("open %s: %w: %s", shown, ErrNoTM, emptyFile)
	case missing && access == MustExist:
		return nil, false, fmt.Errorf("open %s: %w", shown, ErrNoTM)
	case missing && access == IfExists:
		return nil, false, nil
	case missing && access == IfExistsElseCreatable && IsURL(location):
		return nil, false, nil
	case missing && access == IfExistsElseCreatable:
		return nil, false, sqlite.CheckCreate(location)
	}
	if IsURL(location) { // Created, not missing: as SQLite's below
		s, err := postgres.Open(ctx, location)
		if err != nil {
			return nil, false, err
		}
		return tm.New(s), s.Created(), nil
	}
	// Missing was read before the open: of several processes opening one
	// new file at once, each may have found it missing, or the one that
	// gives it the schema found it begun by another (its header written);
	// the one whose open applied the schema created it.
	s, err := sqlite.Open(ctx, location)
	if err != nil {
		return nil, false, err
	}
	return tm.New(s), s.Created(), nil
}

// emptyFile is why an empty file is no TM for MustExist. An empty file is
// one rule for every caller: a TM not made yet, as no file is. A writer
// makes it there (Create, created true), a reader makes none; so a reader
// says that the file is empty, which "no translation memory there" alone
// did not (trial58: names add made one of a file where tm stats said
// there was none). A writer cannot refuse an empty file: every new SQLite
// TM is one, between the open that makes the file and the one that gives
// it the schema, and another process may open it then (Create, at once).
const emptyFile = "the file is empty (a write to it makes a new one there)"

// exists reports whether there is a file at path.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// DefaultLocation is where the TM is when the user names none:
// $BITEXT_DB, else $XDG_DATA_HOME/bitext/tm.db, else
// ~/.local/share/bitext/tm.db. A relative $XDG_DATA_HOME is ignored, as
// the XDG Base Directory specification says (it is invalid: the TM would
// move with the working folder). The error says there is no home folder
// to put it in, or that $BITEXT_DB is spaces only (BITEXT_DB=" " made a
// TM file named " " in the working folder).
func DefaultLocation() (string, error) {
	if p := os.Getenv("BITEXT_DB"); p != "" {
		if strings.TrimSpace(p) == "" {
			return "", fmt.Errorf("$BITEXT_DB is %q, spaces only: no TM path", p)
		}
		return p, nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return d + "/bitext/tm.db", nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no TM path: %w", err)
	}
	return home + "/.local/share/bitext/tm.db", nil
}
