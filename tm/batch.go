package tm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/tm/textio"
)

// BatchOptions say what AlignBatch does with each aligned pair.
type BatchOptions struct {
	// Pair says how pairs are read and aligned (align.Batch).
	Pair align.PairOptions
	// Out receives each pair's beads as Format says: FormatTSV, or
	// FormatJSONL with src_doc and tgt_doc (align.Pair.WriteJSONLNamed);
	// nil writes nothing.
	Out    io.Writer
	Format Format
	// Review receives each pair's review lines, prefixed with
	// ReviewPrefix; nil writes none.
	Review       io.Writer
	ReviewPrefix string
	// Progress, if not nil, is a terminal: "aligned k/n pairs" is
	// rewritten on one line as pairs are aligned (n is Total).
	Progress io.Writer
	Total    int
	// Into, if not nil, stores each pair (StorePair: one transaction a
	// pair), By naming who stores them (their creation id).
	Into *DB
	By   string
	// Installed, if not nil, is called once for each dictionary found
	// installed that a pair aligned with by default (its path, and the
	// English name of the language it is used for beside English:
	// align.BatchResult.InstalledDict), when the first such pair is
	// aligned.
	Installed func(path, lang string)
}

// AlignBatch aligns the pairs of items in one process (align.Batch: the
// pairs learn from each other), writes and stores each as opt says, and
// returns what it stored (Read: the bead pairs of every document, Added:
// those that were not in the TM, so a batch run again adds none; Docs: the
// documents that stored any). It stops at the first error (a
// file that cannot be read, a failed store, ctx done); when pairs of
// earlier documents were stored by then, the error is a *BatchStoppedError
// that says so (they stay: each pair is stored in a transaction of its
// own).
func AlignBatch(ctx context.Context, items iter.Seq[align.BatchItem], opt BatchOptions) (stored ImportStats, err error) {
	if opt.Format == FormatTMX {
		return stored, errors.New("a batch is written as tsv or jsonl (store it and export TMX)")
	}
	defer func() {
		if opt.Progress != nil {
			fmt.Fprintln(opt.Progress)
		}
	}()
	docs := 0
	defer func() {
		stored.Docs = docs
		if err != nil && docs > 0 {
			err = &BatchStoppedError{Err: err, Docs: docs, Pairs: stored.Read, Path: opt.Into.Path()}
		}
	}()
	said := map[string]bool{} // the installed dictionaries named to opt.Installed
	for r := range align.Batch(ctx, items, opt.Pair) {
		if opt.Progress != nil {
			fmt.Fprint(opt.Progress, "\r\x1b[K") // clear the progress line
		}
		if r.Err != nil {
			return stored, r.Err
		}
		if r.InstalledDict != "" && opt.Installed != nil && !said[r.InstalledDict] {
			said[r.InstalledDict] = true
			opt.Installed(r.InstalledDict, r.InstalledLang)
		}
		if opt.Review != nil {
			r.Pair.WriteReview(opt.Review, opt.ReviewPrefix)
		}
		if opt.Into != nil {
			st, err := opt.Into.StorePair(ctx, r.Pair, opt.By)
			if err != nil {
				return stored, err
			}
			stored.Read, stored.Added, stored.Merged = stored.Read+st.Read, stored.Added+st.Added, stored.Merged+st.Merged
			stored.Skipped.Untranslated += st.Skipped.Untranslated
			if st.Read > 0 {
				docs++ // not an empty document: it stored nothing
			}
		}
		if opt.Out != nil {
			if opt.Format == FormatJSONL {
				err = r.Pair.WriteJSONLNamed(opt.Out)
			} else {
				err = r.Pair.WriteTSV(opt.Out)
			}
			if err != nil {
				return stored, err
			}
		}
		if opt.Progress != nil {
			fmt.Fprintf(opt.Progress, "%saligned %d/%d pairs", opt.ReviewPrefix, r.Index+1, opt.Total)
		}
	}
	return stored, nil
}

// BatchStoppedError is the error of a batch that stopped (an error, an
// interrupt) after it stored the pairs of some documents, which stay.
type BatchStoppedError struct {
	Err   error
	Docs  int    // documents whose pairs were stored
	Pairs int    // bead pairs stored
	Path  string // the TM
}

func (e *BatchStoppedError) Error() string {
	stored := fmt.Sprintf("the %s of the %s aligned before are stored in %s", textio.Count(e.Pairs, "pair", "pairs"), textio.Count(e.Docs, "document", "documents"), e.Path)
	if errors.Is(e.Err, context.Canceled) {
		return "the batch was interrupted; " + stored
	}
	return fmt.Sprintf("%v (the batch stopped there; %s)", e.Err, stored)
}

func (e *BatchStoppedError) Unwrap() error { return e.Err }

// BatchItems turns the files of a batch into align.BatchItems, opening
// each file with open. A file that does not open, does not read or reads
// as another language is an error that says where the batch named it (a
// manifest's "m.tsv:3: open a.txt: ..."): the file's own name does not
// tell which line to fix.
func BatchItems(files []align.BatchFiles, open func(name string) align.File) iter.Seq[align.BatchItem] {
	return func(yield func(align.BatchItem) bool) {
		for _, f := range files {
			src, tgt := open(f.Src), open(f.Tgt)
			var where string
			if f.Where != "" && f.Where != f.Src {
				src, tgt = namedAt(src, f.Where), namedAt(tgt, f.Where)
				where = f.Where
			}
			if !yield(align.BatchItem{Src: align.Input{File: src, Lang: f.SrcLang},
				Tgt: align.Input{File: tgt, Lang: f.TgtLang}, Where: where}) {
				return
			}
		}
	}
}

// namedAt returns f with its open and read errors prefixed by where (a
// file found to be binary or UTF-16 as it is read: "m.tsv:3: read a.txt:
// line 1: NUL byte ..."), which says which pair of the batch to fix.
func namedAt(f align.File, where string) align.File {
	open := f.Open
	if open == nil {
		return f
	}
	f.Open = func() (io.ReadCloser, error) {
		r, err := open()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		return whereReader{r, where}, nil
	}
	return f
}

// whereReader prefixes the read errors of its ReadCloser with where.
type whereReader struct {
	io.ReadCloser
	where string
}

func (r whereReader) Read(p []byte) (int, error) {
	n, err := r.ReadCloser.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("%s: %w", r.where, err)
	}
	return n, err
}
