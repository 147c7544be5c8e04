package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
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
		Long: `Segment splits text into sentences. Paragraphs are separated by blank lines
and a sentence never crosses one; a line break inside a paragraph (wrapped
text) is not a sentence end. The built-in rules know abbreviations, numbers,
lists, quotes, URLs and the stops of many scripts, for en fr de es it pt nl
da pl sk bg ru kk hy el ar fa ur hi mr am my zh ja; other languages get
default rules (and a warning). --rules runs an SRX 2.0 rule file instead
(as LanguageTool, Okapi and OmegaT ship them).

The language is --lang, else the one each file's name states
(story.en.txt), so files in several languages can be segmented at once.

--quotes keep (the default) holds a quotation that closes in its
paragraph whole: 'He said, "Go. Now." Then he left.' is two sentences.
--quotes split ends a sentence at every stop inside it, as CAT tools do.

Formats: text writes one sentence a line, an empty line between
paragraphs and files, line breaks inside a sentence as spaces. jsonl
writes {"file":"...","text":"...","start":B,"end":B,"para":N} per
sentence: start and end are byte offsets into the file (input[start:end]
is the sentence as it stood), para counts paragraphs from 0, both per
file; standard input is named "<stdin>".

Input must be UTF-8: invalid UTF-8 or a NUL byte is exit 2, naming the
file and line. A sentence longer than 1 MiB is cut at a space.`,
		Example: `  bitext segment --lang en article.txt
  bitext segment --format jsonl story.de.txt story.fr.txt
  cat story.fa.txt | bitext segment -l fa
  bitext segment -l en --quotes split --rules languagetool_segment.srx article.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = inputNames(args)
			if opts.Format != "text" && opts.Format != "jsonl" {
				return usageErr(fmt.Errorf("--format %q: want text or jsonl", opts.Format))
			}
			var err error
			if opts.Quotes, err = parseQuotes(quotes); err != nil {
				return err
			}
			for _, f := range opts.Files {
				if _, ok := langFromName(f); !ok && opts.Lang == "" {
					return usageErr(fmt.Errorf("no language for %s: --lang is required", displayName(f)),
						"give it with --lang LANG (e.g. -l en), or name the file like story.en.txt")
				}
			}
			return runOr(cmd.Context(), opts, runF, runSegment)
		},
	}
	cmd.Flags().StringVarP(&opts.Lang, "lang", "l", "", "language of the text, a BCP 47 `LANG` such as en, de, fa (default: from the file name)")
	cmd.Flags().StringVar(&opts.Rules, "rules", "", "SRX 2.0 rule `FILE` to use instead of the built-in rules")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output `FORMAT`: text or jsonl")
	cmd.Flags().StringVar(&quotes, "quotes", "keep", "stops inside a closed quotation: keep it whole or split it (`MODE`)")
	cmd.RegisterFlagCompletionFunc("lang", completeLangs)
	cmd.RegisterFlagCompletionFunc("format", completeValues("text", "jsonl"))
	cmd.RegisterFlagCompletionFunc("quotes", completeValues("keep", "split"))
	return cmd
}

func runSegment(ctx context.Context, opts *segmentOptions) error {
	var srx *segment.SRX
	if opts.Rules != "" {
		var err error
		if srx, err = loadSRXFile(opts.Rules); err != nil {
			return err
		}
	}
	segmenters := map[string]*segment.Segmenter{} // by --lang or file-name language
	out := bufio.NewWriterSize(opts.IO.Out, 64<<10)
	defer out.Flush()
	jw := segment.NewJSONLWriter(out)
	first := true // nothing written yet
	for _, name := range opts.Files {
		lang := opts.Lang
		if lang == "" {
			t, _ := langFromName(name)
			lang = t.String()
		}
		seg, ok := segmenters[lang]
		if !ok {
			var err error
			if seg, err = newSegmenter(opts, lang, srx); err != nil {
				return err
			}
			segmenters[lang] = seg
		}
		jw.File = displayName(name)
		if err := segmentFile(ctx, opts, seg, name, out, jw, &first); err != nil {
			return err
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// segmentFile writes the sentences of one input: in text format an empty
// line goes between paragraphs and between files (first: nothing written
// yet).
func segmentFile(ctx context.Context, opts *segmentOptions, seg *segment.Segmenter, name string, out *bufio.Writer, jw *segment.JSONLWriter, first *bool) error {
	in, err := openInput(opts.IO, name)
	if err != nil {
		return err
	}
	defer in.Close()
	lastPara := -1
	for s, err := range seg.Sentences(in) {
		switch se := (*segment.SRXError)(nil); {
		case errors.As(err, &se):
			return badInputf("%s: %v", displayName(name), err)
		case err != nil:
			return err
		case ctx.Err() != nil:
			return ctx.Err()
		case opts.Format == "jsonl":
			err = jw.Write(s)
		default:
			if !*first && s.Para != lastPara {
				out.WriteByte('\n')
			}
			out.WriteString(s.Text)
			err = out.WriteByte('\n')
		}
		if err != nil {
			return fmt.Errorf("write: %w", err)
		}
		*first, lastPara = false, s.Para
	}
	return nil
}

// newSegmenter makes the segmenter of language tag lang, warning on
// standard error when it falls back to the default rules.
func newSegmenter(opts *segmentOptions, lang string, srx *segment.SRX) (*segment.Segmenter, error) {
	tag, err := parseLang("lang", lang)
	unknown := false
	if err != nil {
		// A well-formed tag x/text does not know ("xx") gets the default
		// rules, like any language without data.
		var ve interface{ Subtag() string }
		if _, perr := language.Parse(lang); !errors.As(perr, &ve) {
			return nil, err
		}
		tag, unknown = language.Und, true
	}
	so := []segment.Option{segment.WithQuotes(opts.Quotes)}
	if srx != nil {
		so = append(so, segment.WithRules(srx))
	}
	seg, err := segment.New(tag, so...)
	if err != nil {
		return nil, usageErr(err)
	}
	switch w := opts.IO.ErrOut; {
	case unknown:
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
