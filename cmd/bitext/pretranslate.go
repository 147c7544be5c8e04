package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/bitext/bitext/tm"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

type tmPretranslateOptions struct {
	IO       *IOStreams
	OpenTM   openTMFunc
	Input    string // the article, or with Back the XLIFF file; "-": standard input
	Src, Tgt language.Tag
	Output   string // "" or "-": standard output
	Min      int
	Analyze  bool
	Format   tm.Format // of the analysis: tm.FormatText or tm.FormatJSON
	Back     bool
}

func newTMPretranslateCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmPretranslateOptions) error) *cobra.Command {
	opts := &tmPretranslateOptions{IO: ios, OpenTM: g.tmOpener(ios), Min: tm.DefaultMin, Format: tm.FormatText}
	cmd := &cobra.Command{
		Use:   "pretranslate ARTICLE --src LANG --tgt LANG [-o FILE.xlf] | --back FILE.xlf -o ARTICLE",
		Short: "Pretranslate an article into XLIFF from the TM, and bring the translation back",
		Long: `Segment ARTICLE (plain text, or an HTML page: the article's paragraphs and
headings, inline tags kept as XLIFF codes, menus and "Read more" lists left
out), look up each segment in the TM with its neighbours as context, and write
an XLIFF 1.2 file for a CAT tool: each target filled with the best match
scoring at least --min, every match offered as alt-trans with its score, kind
(exact, context, fuzzy, fragment) and origin. The analysis (segments and
words per band: 101, repetitions, 100, 95-99, 85-94, 75-84, 50-74, no match)
goes to standard error; --analyze writes only the analysis, on standard
output. --back reads the XLIFF after translation and writes the translated
article (HTML with its markup).`,
		Example: `  bitext tm pretranslate --src en --tgt fr story.en.html -o story.xlf
  bitext tm pretranslate --src en --tgt fr --analyze --format json story.en.txt
  bitext tm pretranslate --back story.xlf -o story.fr.html`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Input = "-"
			if len(args) == 1 {
				opts.Input = args[0]
			}
			if !opts.Back {
				if err := tmPair(opts.Src, opts.Tgt, true); err != nil {
					return err
				}
			} else if opts.Analyze {
				return usageErr(errors.New("--back and --analyze do not go together"))
			}
			return runOr(cmd.Context(), opts, runF, runTMPretranslate)
		},
	}
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "language of the article", "language of the translation")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of standard output")
	flagIntRange(cmd, &opts.Min, "min", "fill targets with matches scoring at least `PERCENT` (1..101)", 1, tm.ContextScore)
	cmd.Flags().BoolVar(&opts.Analyze, "analyze", false, "write only the analysis, on standard output")
	flagEnum(cmd, &opts.Format, "format", "analysis `FORMAT`: text or json", tm.FormatText, tm.FormatJSON)
	cmd.Flags().BoolVar(&opts.Back, "back", false, "read a pretranslated XLIFF file and write the translated article")
	return cmd
}

func runTMPretranslate(ctx context.Context, opts *tmPretranslateOptions) error {
	if opts.Back {
		f, err := openFile(opts.IO, opts.Input)
		if err != nil {
			return err
		}
		defer f.Close()
		return tmWriteOutput(opts.IO, opts.Output, func(w io.Writer) error {
			return prefixErr(displayName(opts.Input), tm.TranslateBack(f, w))
		})
	}
	doc, err := readInput(opts.IO, opts.Input)
	if err != nil {
		return err
	}
	po := tm.PretranslateOptions{Src: opts.Src, Tgt: opts.Tgt, Min: opts.Min, Name: filepath.Base(displayName(opts.Input)), ToolVersion: version}
	return withTM(ctx, opts.OpenTM, tmMustExist, func(db *tm.DB) error {
		if opts.Analyze {
			an, err := db.Pretranslate(ctx, doc, nil, po)
			if err != nil {
				return prefixErr(displayName(opts.Input), err)
			}
			return tmWriteOutput(opts.IO, "", func(w io.Writer) error { return tm.WriteAnalysis(w, an, opts.Format) })
		}
		var an tm.Analysis
		err := tmWriteOutput(opts.IO, opts.Output, func(w io.Writer) (err error) {
			an, err = db.Pretranslate(ctx, doc, w, po)
			return prefixErr(displayName(opts.Input), err)
		})
		if err != nil {
			return err
		}
		return tm.WriteAnalysis(opts.IO.ErrOut, an, opts.Format)
	})
}

// prefixErr names the input in err, if any.
func prefixErr(name string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("pretranslate %s: %w", name, err)
}
