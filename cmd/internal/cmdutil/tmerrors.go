package cmdutil

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/bitext/bitext/tm"
)

// TMErr maps an error of opening or using a translation memory to bad
// input (exit 2) when the TM named is not a usable one: not a bitext TM,
// written by a newer bitext, read-only, damaged, a server that does not
// answer, a statement_timeout. Its hints name flag, the flag that named the TM
// ("--to", "--from" for tm copy); "" is --db, for which $BITEXT_DB stands
// in. An ExitError, nil and any other error are returned as they are.
func TMErr(err error, flag string) error {
	named := flag
	if flag == "" {
		flag, named = "--db", "--db or $BITEXT_DB"
	}
	var ee *ExitError
	switch {
	case err == nil, errors.As(err, &ee):
		return err
	case errors.Is(err, tm.ErrNewerSchema):
		return BadInput(err, "nothing was read or written; install the newer bitext that wrote it (go install ./cmd/bitext from its clone), or "+flag+" another TM")
	case errors.Is(err, tm.ErrCorrupt): // no hint said what to do (faults59)
		return BadInput(err, "nothing was written; restore it from a backup: put a copy made by bitext tm copy or sqlite3's VACUUM INTO in its place, or import a bitext tm export into an empty TM (README, serve: Backups); sqlite3 FILE .recover | sqlite3 NEW.db may save what can still be read")
	case errors.Is(err, tm.ErrNotTM):
		return BadInput(err, "point "+named+" at a bitext translation memory")
	case errors.Is(err, tm.ErrUnavailable):
		return BadInput(err, "check the server, the user and password of "+named+"; nothing was written")
	case errors.Is(err, tm.ErrStatementTimeout):
		return BadInput(err, "nothing was written; bitext bounds its own statements (serve --request-timeout): lift the database's limit for its user (ALTER ROLE name SET statement_timeout = 0, or one longer than an import) or add options=-c%20statement_timeout%3D0 to the URL")
	case (errors.Is(err, tm.ErrReadOnly) || errors.Is(err, fs.ErrPermission)) && !hinted(err):
		// The folder too: SQLite writes a TM's -wal and -shm beside it, so
		// a file this user may write in a folder they may not is read-only
		// (faults62: tm add was told only of the file).
		return BadInput(err, "nothing was written; use a TM file you may write, in a folder you may write (SQLite writes its -wal and -shm files beside it), or "+flag+" another one")
	}
	return err
}

// hinted says whether err says what to do already (a Hint, as HintsOf
// reads it): serve's port under 1024 that this user may not take is a
// "permission denied" of no file, let alone the TM's; a PostgreSQL role
// refused a write is told the GRANT that lets it, not to use a file.
func hinted(err error) bool {
	var h interface{ Hint() string }
	return errors.As(err, &h) && h.Hint() != ""
}

// Writable passes on db and err from opening a TM a command will write to
// after a long run (align --into, align --batch --into): a TM opened read
// only (tm.DB.ReadOnly: this user may not write its file or folder) is
// closed and refused as TMErr refuses a write, before the run rather than
// at its end, when every pair is aligned and none can be stored.
func Writable(db *tm.DB, err error) (*tm.DB, error) {
	if err != nil || db == nil || !db.ReadOnly() {
		return db, err
	}
	db.Close()
	return nil, TMErr(fmt.Errorf("write %s: %w: this user may not write the file or its folder (seen before aligning anything)", db.Path(), tm.ErrReadOnly), "")
}
