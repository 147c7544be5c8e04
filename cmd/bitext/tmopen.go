package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres"
	"github.com/bitext/bitext/tm/sqlite"
)

// tmAccess says what a command needs of the TM it opens.
type tmAccess int

const (
	// tmMustExist is for commands that only read the TM (lookup,
	// concordance, export, stats): a TM that does not exist is bad input
	// naming the path, not a new empty file made under a mistyped --db.
	tmMustExist tmAccess = iota
	// tmIfExists is for commands that consult the TM when there is one
	// (normalize and names read the user's glossary, align learns from
	// its pairs): a missing TM at the default path or at $BITEXT_DB (a
	// setting of the environment, like the default) is no TM, and openTM
	// returns nil, nil: a fresh user gets the default glossary. A TM named
	// by --db must exist: a mistyped path is bad input.
	tmIfExists
	// tmCreate is for commands that write (import, add, align --into,
	// names add): the TM is created on first use, and that is said on
	// standard error.
	tmCreate
	// tmIfThere is for a command that writes later and reads first (align
	// --into learns from the TM's pairs before it stores its own): the TM
	// if there is one, else nil, nil, however it was named. The command
	// creates it (tmCreate) only when it has something to store.
	tmIfThere
)

// openTMFunc opens the TM that the command line names; commands get one in
// their options, so that a test can hand them any TM.
type openTMFunc func(ctx context.Context, access tmAccess) (*tm.DB, error)

// tmOpener returns the openTMFunc of the --db flag (else $BITEXT_DB, else
// the XDG default); it reports a TM it creates on ios.ErrOut.
func (g *globalOptions) tmOpener(ios *IOStreams) openTMFunc {
	return func(ctx context.Context, access tmAccess) (*tm.DB, error) {
		path, err := g.dbPath()
		if err != nil {
			return nil, err
		}
		if postgres.IsURL(path) {
			return g.openPostgres(ctx, ios, path, access)
		}
		missing := sqlite.Missing(path) // an empty file too: a command that only reads makes no TM
		switch {
		case missing && access == tmMustExist:
			return nil, badInput(fmt.Errorf("open %s: no translation memory there", path),
				"bitext tm import or bitext tm add creates it; --db or $BITEXT_DB names another")
		case missing && (access == tmIfThere || access == tmIfExists && g.DB == ""):
			return nil, nil
		case missing && access == tmIfExists:
			return nil, badInput(fmt.Errorf("open %s: no translation memory there", path),
				"--db must name an existing translation memory here")
		}
		db, err := sqlite.OpenDB(ctx, path)
		if err != nil {
			return nil, tmDBErr(err)
		}
		if missing {
			fmt.Fprintf(ios.ErrOut, "bitext: created a new translation memory at %s\n", path)
		}
		return db, nil
	}
}

// tmDBErr marks the errors of a --db that is not a usable TM as bad input
// (exit 2): not a TM, written by a newer bitext, read-only, or a path we
// may not open.
func tmDBErr(err error) error {
	var ee *exitError
	switch {
	case err == nil, errors.As(err, &ee):
		return err
	case errors.Is(err, tm.ErrNotTM), errors.Is(err, tm.ErrNewerSchema):
		return badInput(err, "point --db or $BITEXT_DB at a bitext translation memory")
	case errors.Is(err, tm.ErrUnavailable):
		return badInput(err, "check the server, the user and password of --db or $BITEXT_DB; nothing was written")
	case errors.Is(err, tm.ErrReadOnly), errors.Is(err, fs.ErrPermission):
		return badInput(err, "nothing was written; use a TM file you may write, or --db another one")
	}
	return err
}

// withTM runs use on the TM that open opens for access and closes it; a
// failed close is an error too. With tmIfExists and no TM, use is not run.
func withTM(ctx context.Context, open openTMFunc, access tmAccess, use func(*tm.DB) error) error {
	db, err := open(ctx, access)
	if err != nil || db == nil {
		return err
	}
	err = use(db)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return tmDBErr(err)
}
