package tm

import (
	"context"
	"errors"
	"io"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/bitext/bitext/tm/xliff"
)

// ImportFilesOptions say how ImportFiles reads and imports its files.
type ImportFilesOptions struct {
	// ReadOptions read each file (its Warn is replaced by Warn below).
	ReadOptions
	// Stdin is the file named "-" (nil: none).
	Stdin io.Reader
	// Warn, if set, is told of each repaired TMX or XLIFF inline tag, with the file's
	// name as messages show it (textio.DisplayName), and, once the file is
	// stored, of each reviewed unit stored beside the unit it came from
	// (ImportConflict): its line, and "conflict: " and the reason as Msg.
	Warn func(name string, e *tmx.Error)
	// Progress, if set, is called now and then with the number of units of
	// the file read so far.
	Progress func(name string, read int)
	// Imported, if set, is called after each file is stored.
	Imported func(name string, st ImportStats)
	// By names who imports (ImportOptions.By).
	By string
	// DryRun imports the files as ImportFiles does, each file's units
	// counted against the TM with the files before it stored, and stores
	// nothing (see DryRun in ImportFiles).
	DryRun bool
}

// ImportFilesError is the error of ImportFiles: the file that failed and
// the files imported before it, which stay stored.
type ImportFilesError struct {
	Name     string   // as messages show it ("<stdin>" for "-")
	Imported []string // the files stored before Name
	Err      error    // ImportFile's error (bad input, ctx.Err(), the store's)
}

func (e *ImportFilesError) Error() string { return "import " + e.Name + ": " + e.Err.Error() }
func (e *ImportFilesError) Unwrap() error { return e.Err }

// ImportFiles imports the files names ("-" is opt.Stdin) one after the
// other, as `bitext tm import` does: each in its own transaction
// (ImportFile), so that a failing file stores nothing of itself and the
// files before it stay stored. The error is an *ImportFilesError. A caller
// that must not create a TM for a mistyped name checks the names first
// (textio.CheckFiles).
//
// With opt.DryRun, the files are imported one after the other in one write
// transaction, which is rolled back at the end (ErrRollback): what
// Imported and Warn are told is what a real import of the files would
// store, each file seeing the units of the files before it, and nothing
// is stored. An error leaves the TM as it was, and Imported names the
// files read without error before it. A conflict with another writer
// (PostgreSQL: ErrConflict) fails a dry run instead of running it again.
func (d *DB) ImportFiles(ctx context.Context, names []string, opt ImportFilesOptions) error {
	if opt.DryRun {
		return d.importFilesDry(ctx, names, opt)
	}
	var imported []string
	for _, name := range names {
		disp := textio.DisplayName(name)
		st, err := d.importNamed(ctx, name, disp, opt)
		if err != nil {
			return &ImportFilesError{Name: disp, Imported: imported, Err: err}
		}
		imported = append(imported, disp)
		if opt.Imported != nil {
			opt.Imported(disp, st)
		}
	}
	return nil
}

func (d *DB) importNamed(ctx context.Context, name, disp string, opt ImportFilesOptions) (ImportStats, error) {
	r := opt.Stdin
	if name != "-" {
		f, err := textio.Open(name)
		if err != nil {
			return ImportStats{}, err
		}
		defer f.Close()
		r = f
	}
	fo := ImportFileOptions{ReadOptions: opt.ReadOptions, By: opt.By}
	if fo.Tgt == language.Und {
		fo.NameTgt, _ = textio.LangFromName(name)
		if fo.NameTgt == language.Und {
			fo.NameTgt = poNameLang(name) // de.po
		}
	}
	fo.Warn = nil
	if opt.Warn != nil {
		fo.Warn = func(e *tmx.Error) { opt.Warn(disp, e) }
		fo.Conflict = func(c ImportConflict) { opt.Warn(disp, &tmx.Error{Line: c.Line, Msg: "conflict: " + c.Reason}) }
	}
	if opt.Progress != nil {
		fo.Progress = func(n int) { opt.Progress(disp, n) }
	}
	return d.ImportFile(ctx, r, disp, fo)
}

// RepairHint is what to add to the message of a failed import (after
// "nothing from FILE was stored") that can be mended: one whose error
// ReadOptions.Repair would have avoided (a stray TMX or XLIFF inline tag),
// "; with --repair it is read, ..."; one that other writers held up
// through every run of its transaction (ErrBusy: imports of the same new
// units at once), ": run the import again ..."; else "".
func RepairHint(err error) string {
	var te *tmx.Error
	var xe *xliff.Error
	switch {
	case errors.As(err, &te) && te.Repairable || errors.As(err, &xe) && xe.Repairable:
		return "; with --repair it is read, each stray tag made an isolated <it>"
	case errors.Is(err, ErrBusy):
		return ": run the import again (another writer held what it needed)"
	}
	return ""
}

// importFilesDry is ImportFiles with opt.DryRun: every file's import in
// one write transaction of d's store (a DB over joined), rolled back at
// the end.
func (d *DB) importFilesDry(ctx context.Context, names []string, opt ImportFilesOptions) error {
	var imported []string
	failed := ""
	err := d.write(ctx, func(w Writer) error {
		in := New(joinedStore(d.s, w))
		for _, name := range names {
			disp := textio.DisplayName(name)
			st, err := in.importNamed(ctx, name, disp, opt)
			if err != nil {
				failed = disp
				return err
			}
			imported = append(imported, disp)
			if opt.Imported != nil {
				opt.Imported(disp, st)
			}
		}
		return ErrRollback
	})
	switch {
	case errors.Is(err, ErrRollback):
		return nil
	case failed != "":
		return &ImportFilesError{Name: failed, Imported: imported, Err: err}
	}
	return err // the store's, at the end of the transaction
}

// joined is the Store of a DB whose writes are part of a write
// transaction already open (w, in a Write of the Store it embeds): Write
// runs its function on w, and what it returns goes to the open
// transaction (an error rolls it all back). Reads go to the Store; a
// write reads its own units through w (TxReader).
type joined struct {
	Store
	w Writer
}

func (j joined) Write(ctx context.Context, f func(Writer) error) error { return f(j.w) }

// joinedMaint is joined over a Maintainer store, so that an import's
// reviewed units can update the units they came from (review.go).
type joinedMaint struct {
	joined
	Maintainer
}

// joinedStore is s with its writes joining w's transaction: a joined, or
// a joinedMaint when s is a Maintainer.
func joinedStore(s Store, w Writer) Store {
	j := joined{Store: s, w: w}
	if m, ok := s.(Maintainer); ok {
		return joinedMaint{j, m}
	}
	return j
}
