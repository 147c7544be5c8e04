package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/bitext/bitext/cmd/internal/cmdutil"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

type tmPretranslateOptions struct {
	IO                 *IOStreams
	OpenTM             openTMFunc
	Input              string // the article, or with Back the XLIFF file; "-": standard input
	Src, Tgt           language.Tag
	Output             string // "" or "-": standard output
	Min                int
	Format             tm.Format // of the analysis: tm.FormatText or tm.FormatJSON
	Analyze, Back, TMX bool
}

func newTMPretranslateCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmPretranslateOptions) error) *cobra.Command {
	opts := &tmPretranslateOptions{IO: ios, OpenTM: g.tmOpener(ios), Min: tm.DefaultMin, Format: tm.FormatText}
	cmd := command("tm pretranslate", &cobra.Command{Use: "pretranslate ARTICLE --src LANG --tgt LANG [-o FILE.xlf | --tmx -o FILE.tmx] | CLIENT.xlf [-o OUT.xlf] | --back FILE.xlf -o ARTICLE",
		Short: "Pretranslate an article into XLIFF from the TM, and bring the translation back", Args: cmdutil.SwitchedFileArgs(&opts.Back, "--back", "the translated XLIFF, which holds the article", "bitext tm pretranslate --back story.xlf -o story.fr.html")},
		opts, func(args []string) error {
			opts.Input = inputNames(args)[0]
			if opts.Back && (opts.Analyze || opts.TMX) || opts.Analyze && opts.TMX {
				return usageErr(errors.New("--back, --analyze and --tmx do not go together: give one"))
			} else if opts.Back && (opts.Src != language.Und || opts.Tgt != language.Und) { // taken and not used; --src alone said "--tgt is required"
				return usageErr(errors.New("--back takes the languages from the XLIFF file (its source-language and target-language): leave out --src and --tgt"))
			} else if !opts.Back && (opts.Src == language.Und || opts.Tgt == language.Und) && tm.IsClientXLIFF(opts.Input, cmdutil.PeekInput(opts.Input, &opts.IO.In, tm.HeadSize)) {
				return nil // a client's XLIFF, by its name or (stdin too) its root, names its languages: --src or --tgt alone is checked against the file's
			}
			return tmPair(opts.Src, opts.Tgt, !opts.Back)
		}, runF, runTMPretranslate)
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "language of the article", "language of the translation")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of standard output")
	flagIntRange(cmd, &opts.Min, "min", "fill targets with matches scoring at least `PERCENT` (1..101)", 1, tm.ContextScore)
	cmd.Flags().BoolVar(&opts.Analyze, "analyze", false, "write only the analysis, on standard output")
	flagEnum(cmd, &opts.Format, "format", "analysis `FORMAT`: text or json", tm.FormatText, tm.FormatJSON)
	cmd.Flags().BoolVar(&opts.TMX, "tmx", false, "write a TMX of the matches for an OmegaT project's tm/auto folder instead of XLIFF")
	cmd.Flags().BoolVar(&opts.Back, "back", false, "read a pretranslated XLIFF file and write the translated article")
	return cmd
}

func runTMPretranslate(ctx context.Context, opts *tmPretranslateOptions) error {
	name := displayName(opts.Input)
	named := func(err error) error {
		if err != nil {
			err = fmt.Errorf("pretranslate %s: %w", name, err)
		}
		return err
	}
	if p, same := textio.SameFile(opts.Output, opts.Input); same && opts.Input != "-" && opts.Output != "-" {
		return badInputf("write %s: that is the input (%s); write to another file", opts.Output, p)
	}
	if opts.Back {
		f, err := openFile(opts.IO, opts.Input)
		if err != nil {
			return err
		}
		defer f.Close()
		var rep tm.BackReport
		if err := tmWriteOutput(ctx, opts.IO, opts.Output, func(w io.Writer) (err error) { rep, err = tm.TranslateBack(f, w); return named(err) }); err != nil {
			return err
		}
		for _, w := range rep.Warnings() { // units left in the source language, unreviewed, or with no place
			fmt.Fprintf(opts.IO.ErrOut, "bitext: warning: %s: %s\n", name, w)
		}
		return nil
	}
	doc, err := tm.ReadArticle(opts.Input, opts.IO.In)
	if err != nil {
		return err
	}
	po := tm.PretranslateOptions{Src: opts.Src, Tgt: opts.Tgt, Min: opts.Min, Name: filepath.Base(name), ToolVersion: version, TMX: opts.TMX}
	return withTM(ctx, opts.OpenTM, tmMustExist, func(db *tm.DB) error {
		if err := tmGuardOutput(opts.Output, db.Path()); err != nil {
			return err
		}
		if opts.Analyze {
			an, err := db.Pretranslate(ctx, doc, nil, po)
			if err != nil {
				return named(err)
			}
			note, err := db.AnalysisNote(ctx, an, po.Src, po.Tgt) // that the TM holds no units in the pair
			return sayNote(cmp.Or(err, tmWriteOutput(ctx, opts.IO, "", func(w io.Writer) error { return tm.WriteAnalysis(w, an, opts.Format) })), opts.IO, func() string { return note })
		}
		var an tm.Analysis
		err := tmWriteOutput(ctx, opts.IO, opts.Output, func(w io.Writer) (err error) {
			an, err = db.Pretranslate(ctx, doc, w, po)
			return named(err)
		})
		if err != nil {
			return err
		}
		note, err := db.AnalysisNote(ctx, an, po.Src, po.Tgt)
		return sayNote(cmp.Or(err, tm.WriteAnalysis(opts.IO.ErrOut, an, opts.Format)), opts.IO, func() string { return note })
	})
}
