package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/cmd/internal/cmdutil"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
)

// runAlignBatch is `bitext align --batch MANIFEST` (Src = Tgt) or
// `--batch SRCDIR TGTDIR`: tm.AlignBatch with the flags' options.
func runAlignBatch(ctx context.Context, opts *alignOptions) (err error) {
	defer cmdutil.GCForBatch()()
	var files []align.BatchFiles
	var unmatched []string
	var stored tm.ImportStats
	if opts.Src == opts.Tgt {
		f, oerr := align.OpenManifest(opts.Src, opts.IO.In)
		if oerr != nil {
			return oerr
		}
		defer f.Close()
		files, err = align.ReadManifest(f, opts.Src, opts.SrcLang, opts.TgtLang)
	} else {
		files, unmatched, err = align.MatchFolders(opts.Src, opts.Tgt, opts.SrcLang, opts.TgtLang)
	}
	for _, u := range unmatched {
		fmt.Fprintf(opts.IO.ErrOut, "bitext: %s\n", u) // align.MatchFolders words it
	}
	bo := tm.BatchOptions{Pair: opts.Pair, Out: opts.IO.Out, Format: opts.Format, Review: opts.IO.ErrOut, ReviewPrefix: "bitext: ", Total: len(files), By: tmUser("")}
	bo.Pair.Dicts = align.NewBatchDicts(files)
	bo.Installed = func(path, lang string) { sayInstalledDict(opts.IO.ErrOut, path, lang) }
	if me := (*align.ManifestError)(nil); errors.As(err, &me) || err != nil && opts.Src != opts.Tgt {
		return badInput(err)
	} else if err != nil {
		return err
	} else if opts.Format == tm.FormatTMX {
		return usageErr(errors.New("--batch writes tsv or jsonl; store with --into and use tm export for TMX"))
	} else if dicts, derr := openDicts(opts); derr != nil {
		return derr
	} else if _, err = orientDicts(opts, dicts, bo.Pair.Dicts.Orient, align.DictSides{}); err != nil {
		return err
	} else if opts.Into {
		if bo.Into, err = cmdutil.Writable(opts.OpenTM(ctx, tmCreate)); err != nil {
			return err
		}
		defer func() { // a new TM is removed if nothing was stored, even after a success
			removed, ferr := bo.Into.FinishStore(err, stored.Read)
			if err = ferr; removed && ferr == nil {
				fmt.Fprintf(opts.IO.ErrOut, "bitext: the new translation memory %s was removed: nothing was stored in it\n", bo.Into.Path())
			}
		}()
	}
	if textio.IsTerminal(opts.IO.ErrOut) {
		bo.Progress = opts.IO.ErrOut
	}
	stored, err = tm.AlignBatch(ctx, tm.BatchItems(files, func(n string) align.File { return alignFile(opts.IO, n) }), bo)
	if err == nil && bo.Into != nil {
		fmt.Fprintf(opts.IO.ErrOut, "bitext: stored %s of %s in %s (%d new)%s\n", count(stored.Read, "pair", "pairs"), count(stored.Docs, "document", "documents"), bo.Into.Path(), stored.Added, stored.Skipped.AlignedString())
	}
	return err
}
