package normalize

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/bitext/bitext/tm/textio"
)

// ErrNotRegular is wrapped by the error of [RewriteFiles] about a file that
// is not a regular file (a directory, a device): it cannot be rewritten in
// place.
var ErrNotRegular = textio.NewBadInput("not a regular file")

// ErrReadOnly is wrapped by the error of [RewriteFiles] about a file that
// has something to rewrite but is read-only (no write permission in its
// mode, or none for this user): as an editor, RewriteFiles leaves it as it
// is, though its folder would let it replace the file.
var ErrReadOnly = textio.NewBadInput("read-only file, not rewritten")

// ErrChanged is wrapped by the error of [RewriteFiles] about a file that
// another program wrote (or replaced) after RewriteFiles began to read it
// and before the renames: renaming the rewrite over it would lose what the
// other program wrote, so no file is rewritten. Running again reads the
// new text.
var ErrChanged = errors.New("it changed while it was rewritten (another program wrote it); no file was rewritten, run again")

// RewriteFiles rewrites files in place, all or none. Each file (the file a
// symbolic link points to) is read, checked to be UTF-8 text (see
// textio.Reader), and rewritten with the glossary that glossary returns for
// it into a temporary file beside it; only when every file has been
// rewritten are the temporary files renamed over the originals. A file with
// nothing to rewrite is not touched; a file named again (or through a
// symbolic link) is rewritten and reported once. After a failure no file has changed
// and no temporary file is left (unless a rename itself fails); an
// interrupt (ctx done) is such a failure, while a file is read ("read
// FILE: interrupted", a *textio.Error wrapping ctx.Err()) or after, before
// the first rename (ctx.Err()). report is
// called with the replacements made, file by file, once the files are in
// place; it is not called after a failure.
//
// The errors name the file: a *fs.PathError with Op "open" when it cannot
// be opened, one wrapping ErrNotRegular or ErrReadOnly, a *textio.Error for
// bytes that are not text, one wrapping textio.ErrPlace for a folder that
// cannot be written, or one wrapping ErrChanged for a file another program
// wrote while RewriteFiles ran. A rewritten file keeps its permissions.
func RewriteFiles(ctx context.Context, files []string, glossary func(file string) *Glossary, report func(file string, r Replacement) error) error {
	return RewriteFilesByText(ctx, files, byName(glossary), report)
}

// HeadSize is the most of an input's first bytes that [RewriteFilesByText]
// and [RewriteStreamsByText] hand to their [GlossaryChooser]: some 2,000
// words of Latin-script text, 1,000 of Cyrillic, more than the
// langwords.ReadMaxWords words a text's language is read by.
const HeadSize = 16 << 10

// A GlossaryChooser returns the glossary to rewrite an input with, given
// its name and its head: its first HeadSize bytes (all of it when it is
// shorter; fewer when reading it failed, the error coming again when the
// rewrite reads on). It must not keep head.
type GlossaryChooser func(file string, head []byte) *Glossary

// byName is the GlossaryChooser of glossary, which needs no head.
func byName(glossary func(file string) *Glossary) GlossaryChooser {
	return func(file string, _ []byte) *Glossary { return glossary(file) }
}

// RewriteFilesByText is [RewriteFiles] with the glossary chosen by choose
// from each file's name and head (see [GlossaryChooser]; the language of a
// text its name does not state is read from its head: [GlossarySet.ForText]).
func RewriteFilesByText(ctx context.Context, files []string, choose GlossaryChooser, report func(file string, r Replacement) error) error {
	var rewritten []rewrittenFile
	defer func() {
		for _, f := range rewritten {
			f.tmp.Abort() // after Commit: nothing
		}
	}()
	seen := map[string]bool{}             // the files rewritten, as their links resolve
	w := bufio.NewWriterSize(nil, 64<<10) // one buffer for the run, not 64 KiB a file
	for _, file := range files {
		if err := ctx.Err(); err != nil {
			return textio.Interrupted(file, err)
		}
		f, err := rewriteFile(ctx, file, choose, seen, w)
		if err != nil {
			return err
		} else if f.tmp != nil {
			rewritten = append(rewritten, f)
		}
	}
	if err := ctx.Err(); err != nil {
		return err // interrupted after the last file was read: none changes
	}
	for _, f := range rewritten { // an editor's save during the run is not overwritten
		if err := f.unchanged(); err != nil {
			return err
		}
	}
	for _, f := range rewritten {
		if err := f.tmp.Commit(); err != nil {
			return err
		}
	}
	for _, f := range rewritten {
		for _, r := range f.replacements {
			if err := report(f.name, r); err != nil {
				return err
			}
		}
	}
	return nil
}

// rewrittenFile is a file rewritten into a temporary file by rewriteFile.
type rewrittenFile struct {
	name         string
	target       string             // name, its links resolved
	st           fs.FileInfo        // target's, before it was read
	tmp          *textio.AtomicFile // nil: nothing to rewrite
	replacements []Replacement
}

// unchanged returns an error wrapping ErrChanged when f's target is no
// longer the file as it was before it was read: another file in its place,
// or another size or modification time.
func (f rewrittenFile) unchanged() error {
	now, err := os.Stat(f.target)
	if err != nil {
		return &fs.PathError{Op: "rewrite", Path: f.name, Err: unwrapPath(err)}
	}
	if !os.SameFile(f.st, now) || now.Size() != f.st.Size() || !now.ModTime().Equal(f.st.ModTime()) {
		return &fs.PathError{Op: "rewrite", Path: f.name, Err: ErrChanged}
	}
	return nil
}

// rewriteFile rewrites one file of RewriteFiles into a temporary file,
// unless it is one of seen (named twice, or through a link too: it would
// be rewritten and reported twice); it adds the file to seen. It writes
// through w, reset to the temporary file.
func rewriteFile(ctx context.Context, name string, choose GlossaryChooser, seen map[string]bool, w *bufio.Writer) (rewrittenFile, error) {
	f := rewrittenFile{name: name}
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return f, &fs.PathError{Op: "open", Path: name, Err: unwrapPath(err)}
	}
	if abs, err := filepath.Abs(target); err == nil {
		if seen[abs] {
			return f, nil
		}
		seen[abs] = true
	}
	st, err := os.Stat(target) // before opening: opening a FIFO would wait for a writer
	if err != nil {
		return f, &fs.PathError{Op: "open", Path: name, Err: unwrapPath(err)}
	} else if !st.Mode().IsRegular() {
		return f, &fs.PathError{Op: "rewrite", Path: name, Err: ErrNotRegular}
	}
	in, err := os.Open(target)
	if err != nil {
		return f, &fs.PathError{Op: "open", Path: name, Err: unwrapPath(err)}
	}
	defer in.Close()
	tmp, err := textio.CreateAtomic(target, st.Mode().Perm())
	if err != nil {
		return f, err
	}
	tmp.Keep(st)
	w.Reset(tmp)
	g, src := chooseByHead(name, textio.NewReader(textio.CancelReader(ctx, in), name), choose)
	err = g.Rewrite(w, src, func(r Replacement) error {
		f.replacements = append(f.replacements, r)
		return nil
	})
	err = tooLongNamed(name, err)
	if err = cmp.Or(err, w.Flush()); err == nil && len(f.replacements) > 0 && readOnly(target, st) {
		err = &fs.PathError{Op: "rewrite", Path: name, Err: ErrReadOnly}
	}
	if err != nil || len(f.replacements) == 0 {
		tmp.Abort()
		return rewrittenFile{name: name}, err
	}
	// Synced now, renamed when every file is written. Finish keeps it open
	// without a name where it can (a kill -9 before the end leaves
	// nothing), up to half the descriptors a process may have; past that
	// it names and closes it: -w on thousands of files is not refused
	// more files.
	if err := tmp.Finish(); err != nil {
		return rewrittenFile{name: name}, err
	}
	f.tmp, f.target, f.st = tmp, target, st
	return f, nil
}

// tooLongNamed returns err, when it is ErrUnifyTooLong, as a *textio.Error
// naming the input: the input is refused (bad input, not a failure to run
// again), and of several files the message says which one.
func tooLongNamed(name string, err error) error {
	if !errors.Is(err, ErrUnifyTooLong) {
		return err
	}
	return &textio.Error{Name: textio.DisplayName(name), Msg: "over 64 MiB, too long to unify its spellings (it is read whole)", Err: err}
}

// readOnly reports whether the file target, of mode st, is read-only: its
// mode lets no one write it (0444), or this user may not open it for
// writing (which changes nothing in it).
func readOnly(target string, st fs.FileInfo) bool {
	if st.Mode().Perm()&0o222 == 0 {
		return true
	}
	w, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return errors.Is(err, fs.ErrPermission)
	}
	w.Close()
	return false
}

// unwrapPath returns the cause of a *fs.PathError (so that the error
// RewriteFiles returns names the file as the caller named it), or err.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// RewriteStreams rewrites each input in files in turn ("-" is stdin) to
// w, or, when w is nil, only reports (a check that nothing would change),
// with the glossary that glossary returns for it; report is called with
// each replacement as it is made. The inputs are read as checked text
// (textio.OpenInput: an input that is not UTF-8 is a *textio.Error naming
// it and the line; one that cannot be opened wraps textio.ErrOpen).
// Reading stops when ctx is done, with a *textio.Error "read FILE:
// interrupted" that wraps ctx.Err().
func RewriteStreams(ctx context.Context, w io.Writer, files []string, stdin io.Reader, glossary func(file string) *Glossary, report func(file string, r Replacement) error) error {
	return RewriteStreamsByText(ctx, w, files, stdin, byName(glossary), report)
}

// RewriteStreamsByText is [RewriteStreams] with the glossary chosen by
// choose from each input's name and head (see [GlossaryChooser]): an input
// is read on from where its head ends, never held whole for the choice.
func RewriteStreamsByText(ctx context.Context, w io.Writer, files []string, stdin io.Reader, choose GlossaryChooser, report func(file string, r Replacement) error) error {
	for _, file := range files {
		r, err := textio.OpenInput(file, stdin)
		if err != nil {
			return err
		}
		g, src := chooseByHead(file, textio.CancelReader(ctx, r), choose)
		err = g.Rewrite(w, src, func(rep Replacement) error { return report(file, rep) })
		r.Close()
		if err := cmp.Or(err, ctx.Err()); err != nil {
			return textio.Interrupted(file, tooLongNamed(file, err))
		}
	}
	return nil
}

// chooseByHead hands choose the head of src (its first HeadSize bytes,
// peeked) and returns the glossary it chose with the reader to rewrite
// from: src whole, the head included. A read error met in the head comes
// again from that reader once the head is read.
func chooseByHead(file string, src io.Reader, choose GlossaryChooser) (*Glossary, io.Reader) {
	br := bufio.NewReaderSize(src, HeadSize)
	head, _ := br.Peek(HeadSize) // fewer at the end or an error, which br returns in turn
	return choose(file, head), br
}
