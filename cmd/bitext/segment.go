package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"github.com/bitext/bitext/tm/textio"
	"os"

	"github.com/bitext/bitext/align/segment"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

// segmentOptions are the flags and arguments of bitext segment.
type segmentOptions struct {
	IO     *IOStreams
	Files  []string          // "-" is standard input
	Lang   string            // --lang; empty: each file's name says it (story.en.txt)
	Rules  string            // --rules: an SRX file
	Format string            // text or jsonl
	Quotes segment.QuoteMode // --quotes
}

func newSegmentCmd(ios *IOStreams, g *globalOptions) *cobra.Command { return segmentCmd(ios, g, nil) }

func segmentCmd(ios *IOStreams, _ *globalOptions, runF func(context.Context, *segmentOptions) error) *cobra.Command {
	opts := &segmentOptions{IO: ios}
	var quotes string
	cmd := &cobra.Command{
		Use:   "segment [FILE...]",
		Short: "Split text into sentences",
		Long: `Segment splits text into sentences. A blank line ends a paragraph, and a
sentence never crosses one; wrapped lines are joined. The built-in rules
know abbreviations, numbers, lists, quotes, URLs and the stops of en fr de
es it pt nl da pl sk bg ru kk hy el ar fa ur hi mr am my zh ja; other
languages get default rules. --rules runs an SRX 2.0 file instead. The
language is --lang, else the one each file's name states (story.en.txt).

--quotes keep (the default) holds a quotation that closes in its paragraph
whole; split ends a sentence at every stop inside it, as CAT tools do.

--format text writes a sentence a line, an empty line between paragraphs
and files; jsonl writes {"file":F,"text":T,"start":B,"end":B,"para":N}, with
byte offsets into the file (input[start:end] is the sentence as it stood)
and paragraphs counted from 0, per file. Input must be UTF-8 text.`,
		Example: `  bitext segment --lang en article.txt
  bitext segment --format jsonl story.de.txt story.fr.txt
  cat story.fa.txt | bitext segment -l fa --quotes split --rules segment.srx`,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			opts.Files = inputNames(args)
			if opts.Format != "text" && opts.Format != "jsonl" {
				return usageErr(fmt.Errorf("--format %q: want text or jsonl", opts.Format))
			} else if opts.Quotes, err = parseQuotes(quotes); err != nil {
				return err
			}
			for _, f := range opts.Files {
				if _, ok := textio.LangFromName(f); !ok && opts.Lang == "" {
					return usageErr(fmt.Errorf("no language for %s: --lang is required", displayName(f)),
						"give it with --lang LANG (e.g. -l en), or name the file like story.en.txt")
				}
			}
			return runOr(cmd.Context(), opts, runF, runSegment)
		},
	}
	langFlag(cmd, &opts.Lang, "language of the text, a BCP 47 `LANG` (default: from the file name)")
	cmd.Flags().StringVar(&opts.Rules, "rules", "", "SRX 2.0 rule `FILE` to use instead of the built-in rules")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output `FORMAT`: text or jsonl")
	cmd.Flags().StringVar(&quotes, "quotes", "keep", "`MODE` for stops inside a closed quotation: keep (it whole) or split")
	cmd.RegisterFlagCompletionFunc("format", completeValues("text", "jsonl"))
	cmd.RegisterFlagCompletionFunc("quotes", completeValues("keep", "split"))
	return cmd
}

func runSegment(ctx context.Context, opts *segmentOptions) (err error) {
	var srx *segment.SRX
	if opts.Rules != "" {
		if srx, err = loadSRXFile(opts.Rules); err != nil {
			return err
		}
	}
	out := bufio.NewWriterSize(opts.IO.Out, 64<<10)
	defer out.Flush()
	jw, tw := segment.NewJSONLWriter(out), segment.NewTextWriter(out)
	write := tw.Write
	if opts.Format == "jsonl" {
		write = jw.Write
	}
	segmenters := map[string]*segment.Segmenter{} // by language
	for _, name := range opts.Files {
		lang := opts.Lang
		if t, ok := textio.LangFromName(name); lang == "" && ok {
			lang = t.String()
		}
		if segmenters[lang] == nil {
			if segmenters[lang], err = newSegmenter(opts, lang, srx); err != nil {
				return err
			}
		}
		jw.File = displayName(name)
		tw.NextInput()
		if err := segmentFile(ctx, opts.IO, segmenters[lang], name, write); err != nil {
			return err
		}
	}
	return flushErr(out)
}

// segmentFile writes the sentences of one input.
func segmentFile(ctx context.Context, ios *IOStreams, seg *segment.Segmenter, name string, write func(segment.Sentence) error) error {
	in, err := openInput(ios, name)
	if err != nil {
		return err
	}
	defer in.Close()
	for s, err := range seg.Sentences(in) {
		if se := (*segment.SRXError)(nil); errors.As(err, &se) {
			return badInputf("%s: %v", displayName(name), err)
		} else if err != nil || ctx.Err() != nil {
			return cmp.Or(err, ctx.Err())
		} else if err := write(s); err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	return nil
}

// newSegmenter makes the segmenter of language tag lang, warning on
// standard error when it falls back to the default rules. A well-formed
// tag that x/text does not know ("xx") gets the default rules too.
func newSegmenter(opts *segmentOptions, lang string, srx *segment.SRX) (*segment.Segmenter, error) {
	tag, err := parseLang("lang", lang)
	var unknown interface{ Subtag() string }
	if _, perr := language.Parse(lang); err != nil && !errors.As(perr, &unknown) {
		return nil, err
	}
	so := []segment.Option{segment.WithQuotes(opts.Quotes)}
	if srx != nil {
		so = append(so, segment.WithRules(srx))
	}
	seg, err := segment.New(tag, so...)
	switch w := opts.IO.ErrOut; {
	case err != nil:
		return nil, usageErr(err)
	case unknown != nil:
		fmt.Fprintf(w, "bitext: warning: unknown language %q; using the default rules\n", lang)
	case seg.Fallback() && srx != nil:
		fmt.Fprintf(w, "bitext: warning: no rules in %s for language %q; using the built-in rules\n", opts.Rules, lang)
	case seg.Fallback():
		fmt.Fprintf(w, "bitext: warning: no built-in segmentation rules for language %q; using the default rules\n", lang)
	}
	return seg, nil
}

// parseQuotes reads a --quotes value.
func parseQuotes(v string) (segment.QuoteMode, error) {
	switch v {
	case "keep":
		return segment.QuotesKeep, nil
	case "split":
		return segment.QuotesSplit, nil
	}
	return 0, usageErr(fmt.Errorf("--quotes %q: want keep or split", v))
}

// loadSRXFile reads an SRX rule file; any problem with it is bad input.
func loadSRXFile(name string) (*segment.SRX, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, openError(name, err)
	}
	defer f.Close()
	srx, err := segment.LoadSRX(bufio.NewReader(f), name)
	if err != nil {
		return nil, badInput(err)
	}
	return srx, nil
}
