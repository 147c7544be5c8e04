package main

import (
	"context"
	"fmt"

	"github.com/bitext/bitext/cmd/internal/cmdutil"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/spf13/cobra"
)

type tmCopyOptions struct {
	IO       *IOStreams
	From, To string
}

func newTMCopyCmd(ios *IOStreams, runF func(context.Context, *tmCopyOptions) error) *cobra.Command {
	opts := &tmCopyOptions{IO: ios}
	cmd := command("tm copy", &cobra.Command{Use: "copy --from TM --to TM", Short: "Copy a whole TM to another store (SQLite file or PostgreSQL)", Args: cobra.NoArgs},
		opts, func([]string) error {
			if opts.From == "" || opts.To == "" {
				return usageErr(fmt.Errorf("--from and --to are required"))
			}
			return nil
		}, runF, runTMCopy)
	cmd.Flags().StringVar(&opts.From, "from", "", "the TM to copy: a `FILE` or a postgres:// URL")
	cmd.Flags().StringVar(&opts.To, "to", "", "the TM to copy into: a `FILE` or a postgres:// URL (created if missing, its folder too, as --db's)")
	return cmd
}

func runTMCopy(ctx context.Context, opts *tmCopyOptions) error {
	from := (&globalOptions{DB: opts.From, named: "--from"}).tmOpener(opts.IO)
	to := (&globalOptions{DB: opts.To, named: "--to"}).tmOpener(opts.IO)
	if _, same := textio.SameFile(opts.To, opts.From); same { // before opening: a hard link opened by SQLite left its own -wal file
		return fmt.Errorf("copy %s into %s: %w", opts.From, opts.To, tm.ErrSameTM)
	}
	return withTM(ctx, from, tmMustExist, func(src *tm.DB) error {
		return withTM(ctx, to, tmCreate, func(dst *tm.DB) error {
			var co tm.CopyOptions
			errOut := opts.IO.ErrOut
			if textio.IsTerminal(errOut) {
				co.Progress = func(n int) { fmt.Fprintf(errOut, "\rbitext: %d units copied", n) }
				defer fmt.Fprint(errOut, "\r\x1b[K")
			}
			st, err := dst.Copy(ctx, src, co)
			if err != nil {
				if ctx.Err() != nil {
					return &exitError{Code: exitInterrupted, Err: fmt.Errorf("copy: interrupted; nothing was stored in %s", dst.Path())}
				}
				return cmdutil.TMErr(err, "--to") // a write's, as dst's read-only file, is --to's
			}
			fmt.Fprintf(errOut, "bitext: copied %s from %s to %s\n", st, src.Path(), dst.Path())
			return nil
		})
	})
}
