package tm

import (
	"context"
	"errors"
	"io"

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
func (d *DB) ImportFiles(ctx context.Context, names []string, opt ImportFilesOptions) error {
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

// RepairHint is what to add to the message of a failed import whose error
// ReadOptions.Repair would have avoided (a stray TMX or XLIFF inline tag):
// "; with --repair it is read, ..."; else "".
func RepairHint(err error) string {
	var te *tmx.Error
	var xe *xliff.Error
	if errors.As(err, &te) && te.Repairable || errors.As(err, &xe) && xe.Repairable {
		return "; with --repair it is read, each stray tag made an isolated <it>"
	}
	return ""
}
