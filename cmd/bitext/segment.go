package main

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/tm/textio"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

// segmentOptions are the flags and arguments of bitext segment.
type segmentOptions struct {
	IO     *IOStreams
	Files  []string          // "-" is standard input
	Lang   language.Tag      // --lang; Und: each file's name says it (story.en.txt)
	Rules  string            // --rules: an SRX file
	Format segment.Format    // --format text or jsonl
	Quotes segment.QuoteMode // --quotes
}

func newSegmentCmd(ios *IOStreams, g *globalOptions) *cobra.Command { return segmentCmd(ios, g, nil) }

func segmentCmd(ios *IOStreams, _ *globalOptions, runF func(context.Context, *segmentOptions) error) *cobra.Command {
	opts := &segmentOptions{IO: ios}
	cmd := command("segment", &cobra.Command{
		Use:   "segment [FILE...]",
		Short: "Split text into sentences",
	}, opts, func(args []string) error {
		opts.Files = inputNames(args)
		if err := textio.TextGivenAsFile("segment", opts.Files); err != nil {
			return err
		}
		f, err := textio.WithoutLang(opts.Files, opts.Lang) // a missing file or a folder first
		if err != nil || f == "" {
			return err
		}
		return usageErr(fmt.Errorf("no language for %s: --lang is required", displayName(f)),
			"give it with --lang LANG (e.g. -l en), or name the file like story.en.txt")
	}, runF, runSegment)
	flagLang(cmd, &opts.Lang, "lang", "l", "language of the text, a BCP 47 `LANG` (default: from the file name)")
	cmd.Flags().StringVar(&opts.Rules, "rules", "", "SRX 2.0 rule `FILE` to use instead of the built-in rules")
	flagChoice(cmd, &opts.Format, "format", "output `FORMAT`: text or jsonl",
		[]string{"text", "jsonl"}, []segment.Format{segment.FormatText, segment.FormatJSONL})
	flagChoice(cmd, &opts.Quotes, "quotes", "`MODE` for stops inside a closed quotation: keep (it whole) or split",
		[]string{"keep", "split"}, []segment.QuoteMode{segment.QuotesKeep, segment.QuotesSplit})
	return cmd
}

func runSegment(ctx context.Context, opts *segmentOptions) error {
	so := []segment.Option{segment.WithQuotes(opts.Quotes)}
	if opts.Rules != "" {
		srx, err := segment.LoadSRXFile(opts.Rules)
		if err != nil {
			return openErr(err)
		}
		so = append(so, segment.WithRules(srx))
	}
	out := bufio.NewWriterSize(opts.IO.Out, 64<<10)
	defer out.Flush()
	w := segment.NewWriter(out, opts.Format)
	segmenters := segment.NewByLanguage(func(warning string) { fmt.Fprintf(opts.IO.ErrOut, "bitext: warning: %s\n", warning) }, so...)
	for _, name := range opts.Files {
		seg, err := segmenters.For(fileLang(opts.Lang, name))
		if err != nil {
			return err
		}
		w.StartInput(displayName(name))
		if err := withInput(opts.IO, name, func(r io.Reader) error {
			return seg.WriteSentences(ctx, w, textio.RefuseMarkup(displayName(name), r, "segment reads running text; tm pretranslate reads HTML"))
		}); err != nil {
			return err
		}
	}
	return flushErr(out)
}
