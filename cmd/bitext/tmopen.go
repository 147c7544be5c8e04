package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/bitext/bitext/cmd/internal/cmdutil"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/dial"
	"github.com/bitext/bitext/tm/textio"
)

// tmAccess says what a command needs of the TM it opens (the rules are
// package dial's; tmIfExists adds the CLI's own about --db).
type tmAccess int

const (
	// tmMustExist is for commands that only read the TM (lookup,
	// concordance, export, stats): dial.MustExist.
	tmMustExist tmAccess = iota
	// tmIfExists is for commands that consult the TM when there is one
	// (normalize and names read the user's glossary, align learns from its
	// pairs): dial.IfExists for the default TM or $BITEXT_DB (a setting of
	// the environment, like the default), where a fresh user gets the
	// default glossary; but a TM named by --db must exist, since a mistyped
	// path is bad input.
	tmIfExists
	// tmCreate is for commands that write (import, add, align --into,
	// names add): dial.Create, and a new TM is announced on standard error.
	tmCreate
	// tmIfThere is for a command that writes later and reads first (align
	// --into learns from the TM's pairs before it stores its own):
	// dial.IfExistsElseCreatable however the TM was named. It creates it
	// (tmCreate) only when it has something to store.
	tmIfThere
	// tmDryRun is tmCreate for a dry run (tm import --dry-run): withTM removes a TM made for it.
	tmDryRun
	// tmServe (serve): a SQLite TM must exist, a PostgreSQL one is created.
	tmServe
)

// openTMFunc opens the TM the command line names (in commands' options: a test can give any).
type openTMFunc func(ctx context.Context, access tmAccess) (*tm.DB, error)

// tmOpener returns the openTMFunc of the --db flag (else $BITEXT_DB, else
// the XDG default: dial.DefaultLocation), a SQLite file or a postgres://
// URL; it reports a TM it creates on ios.ErrOut.
func (g *globalOptions) tmOpener(ios *IOStreams) openTMFunc {
	return func(ctx context.Context, access tmAccess) (*tm.DB, error) {
		loc, err := g.dbPath()
		if err != nil {
			return nil, err
		}
		explicit := access == tmIfExists && g.DB != ""
		named := map[bool]string{true: "--db FILE or $BITEXT_DB", false: g.named + " FILE"}[g.named == ""]
		if access == tmServe && dial.IsURL(loc) {
			access = tmCreate
		}
		da := map[tmAccess]dial.Access{tmMustExist: dial.MustExist, tmIfExists: dial.IfExists, tmCreate: dial.Create, tmIfThere: dial.IfExistsElseCreatable, tmDryRun: dial.Create, tmServe: dial.MustExist}[access]
		if explicit {
			da = dial.MustExist
		}
		if access != tmServe { // a server's requests wait without a word on its console
			ctx = tm.WithLockWait(ctx, func(w tm.LockWait) { fmt.Fprintf(ios.ErrOut, "bitext: %s\n", w) })
		}
		ctx = tm.WithUpgrade(ctx, func(u tm.Upgrade) { fmt.Fprintf(ios.ErrOut, "bitext: %s\n", u) })
		db, created, err := dial.Open(ctx, loc, da)
		switch {
		case errors.Is(err, dial.ErrNoTM) && access == tmServe:
			return nil, badInput(err, "serve serves an existing TM: bitext tm import FILE creates one there, or serve --create starts with an empty one")
		case errors.Is(err, dial.ErrNoTM) && explicit:
			return nil, badInput(err, "--db must name an existing translation memory here")
		case errors.Is(err, dial.ErrNoTM):
			return nil, badInput(err, "bitext tm import or bitext tm add creates it; "+named+" names another")
		case errors.Is(err, textio.ErrPlace): // the TM's place; an -o's is not the TM's (tmDBErr)
			return nil, badInput(err, named+" puts the translation memory in a folder you may write")
		case err != nil:
			return nil, cmdutil.TMErr(err, g.named)
		case created && access == tmDryRun:
			fmt.Fprintf(ios.ErrOut, "bitext: dry run: there is no translation memory at %s yet; the import would create it\n", db.Path())
		case created && dial.IsURL(loc):
			fmt.Fprintf(ios.ErrOut, "bitext: created a new translation memory in %s\n", db.Path())
		case created:
			fmt.Fprintf(ios.ErrOut, "bitext: created a new translation memory at %s\n", db.Path())
		}
		return db, nil
	}
}

// tmDBErr: a --db that is not a usable TM (not one, newer, read-only, down, statement_timeout) is bad input (cmdutil.TMErr).
func tmDBErr(err error) error { return cmdutil.TMErr(err, "") }

// withTM runs use on the TM that open opens for access and closes it; a
// failed close is an error too, and after a failure a TM made here with
// nothing stored is removed (tm.DB.Finish). With tmIfExists and no TM, use
// is not run.
func withTM(ctx context.Context, open openTMFunc, access tmAccess, use func(*tm.DB) error) error {
	db, err := open(ctx, access)
	if err != nil || db == nil {
		return err
	}
	if access == tmDryRun { // stores nothing: a TM made for it goes
		_, err := db.FinishStore(use(db), 0)
		return tmDBErr(err)
	}
	return tmDBErr(db.Finish(use(db)))
}
