package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/bitext/bitext/tm/textio"
	"io"
	"io/fs"
	"os"
	"slices"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/tm"
)

// alignFormat is an output format of bitext align.
type alignFormat string

const (
	alignTSV   alignFormat = "tsv"
	alignJSONL alignFormat = "jsonl"
	alignTMX   alignFormat = "tmx"
)

// alignOptions are the options of `bitext align`.
type alignOptions struct {
	IO               *IOStreams
	OpenTM           openTMFunc
	Src, Tgt         string                // the input files; "-" is standard input
	SrcLang, TgtLang language.Tag          // --src/--tgt, else from the file names
	Doc              align.DocumentOptions // how to read both sides (Lang unset)
	Align            align.Options         // Lexicon and Examples unset
	Format           alignFormat           // --format
	Dicts            []string              // --dict files
	DictFormat       align.DictFormat      // --dict-format
	MinScore         float64               // --min-score
	Into             bool                  // store the pairs in the TM, created if need be
	DB               bool                  // an explicit --db: a TM to learn from, which must exist
	LearnFromTM      bool                  // learn from the default TM if there is one
}

// newAlignCmd is `bitext align`; runF runs the parsed options (runAlign
// when nil).
func newAlignCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *alignOptions) error) *cobra.Command {
	opts := &alignOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	var srcLang, tgtLang, quotes string
	cmd := &cobra.Command{
		Use:   "align [flags] SRC TGT",
		Short: "Align the sentences of a text and its translation",
		Long: `Align the sentences of SRC with those of its translation TGT ("-" is standard
input) in beads of up to four sentences a side, or a sentence left unmatched,
each scored in [0,1], on lengths, anchors (numbers, names across scripts,
cognates...) and word translations: from --dict, learned from the pair, and
from the TM's pairs (with --into, --db or --learn-from-tm).

Languages come from --src/--tgt, else from names like story.en.txt. Inputs are
UTF-8 running text, segmented as CAT tools do (--quotes keep holds closed
quotations whole), or with --presegmented one sentence a line; empty lines
separate paragraphs, which are aligned first. Regions to review are listed on
standard error. Output (--format):
  tsv    SRC_TEXT<TAB>TGT_TEXT<TAB>SCORE
  jsonl  {"src":[0,1],"tgt":[0],"score":0.93,"src_text":"...","tgt_text":"..."}
  tmx    TMX 1.4b, each unit's score in the prop x-bitext-score
--into stores the pairs scoring above 0 in the TM, with the documents' names.
Only --into creates a TM; a --db to learn from must exist.`,
		Example: `  bitext align story.en.txt story.fr.txt
  bitext align --presegmented --format jsonl --src de --tgt fr --dict de-fr.dic a.txt b.txt
  bitext align --into --min-score 0.5 story.en.txt story.fr.txt`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageErr(fmt.Errorf("align needs two files, SRC and TGT; got %d", len(args)),
					"bitext align [flags] SRC TGT, or bitext align score GOLD HYP")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Src, opts.Tgt, opts.DB = args[0], args[1], g.DB != ""
			if err := opts.parse(cmd, srcLang, tgtLang, quotes); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runAlign(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&srcLang, "src", "", "source `LANG` (BCP 47); default from a name like story.en.txt")
	f.StringVar(&tgtLang, "tgt", "", "target `LANG` (BCP 47); default from a name like story.fr.txt")
	f.StringVar(&srcLang, "src-lang", "", "old spelling of --src")
	f.StringVar(&tgtLang, "tgt-lang", "", "old spelling of --tgt")
	f.MarkHidden("src-lang")
	f.MarkHidden("tgt-lang")
	f.BoolVar(&opts.Doc.Presegmented, "presegmented", false, "inputs are one sentence a line (empty line = paragraph break)")
	f.StringVar(&quotes, "quotes", "split", "`MODE` for stops inside a closed quotation: split (as CAT tools) or keep it whole")
	f.BoolVar(&opts.Doc.NoParagraphs, "no-paragraphs", false, "ignore paragraph breaks")
	f.StringVar((*string)(&opts.Format), "format", "tsv", "output `FORMAT`: tsv, jsonl or tmx")
	f.StringArrayVar(&opts.Dicts, "dict", nil, "bilingual dictionary `FILE` (hunalign \"tgt @ src\", TSV src<TAB>tgt, or a dictd .index/.dict.dz); repeatable")
	f.StringVar((*string)(&opts.DictFormat), "dict-format", "auto", "dictionary `FORMAT`: auto, hunalign, tsv or dictd")
	f.Float64Var(&opts.MinScore, "min-score", 0, "write only beads scoring at least `SCORE` (0..1); unmatched sentences score 0")
	f.Float64Var(&opts.Align.ReviewBelow, "review-below", align.DefaultReviewBelow, "report regions of beads scoring under `SCORE` on standard error")
	f.BoolVar(&opts.Align.NoLearn, "no-learn", false, "skip the passes that learn word translations from the pair")
	f.BoolVar(&opts.Into, "into", false, "store the pairs in the TM (--db), with the documents' names")
	f.BoolVar(&opts.LearnFromTM, "learn-from-tm", false, "learn word translations from the TM's pairs, if there is a TM (implied by --into and --db)")
	f.IntVar(&opts.Align.MaxExamples, "max-tm-pairs", 50000, "learn from at most `COUNT` TM pairs (0: none)")
	cmd.RegisterFlagCompletionFunc("src", completeLangs)
	cmd.RegisterFlagCompletionFunc("tgt", completeLangs)
	cmd.RegisterFlagCompletionFunc("quotes", completeValues("split", "keep"))
	cmd.RegisterFlagCompletionFunc("format", completeValues(string(alignTSV), string(alignJSONL), string(alignTMX)))
	cmd.RegisterFlagCompletionFunc("dict-format", completeValues("auto", "hunalign", "tsv", "dictd"))
	cmd.AddCommand(newAlignScoreCmd(ios, nil))
	return cmd
}

// parse checks the flag values and fills in the typed options.
func (o *alignOptions) parse(cmd *cobra.Command, srcLang, tgtLang, quotes string) error {
	var err error
	if o.Doc.Quotes, err = parseQuotes(quotes); err != nil {
		return err
	}
	switch _, derr := align.ParseDictFormat(string(o.DictFormat)); {
	case derr != nil:
		return usageErr(fmt.Errorf("--dict-format %q: want auto, hunalign, tsv or dictd", o.DictFormat))
	case o.Format != alignTSV && o.Format != alignJSONL && o.Format != alignTMX:
		return usageErr(fmt.Errorf("--format %q: want tsv, jsonl or tmx", o.Format))
	case o.MinScore < 0 || o.MinScore > 1:
		return usageErr(fmt.Errorf("--min-score %v: want a number from 0 to 1", o.MinScore))
	case o.Align.ReviewBelow < 0 || o.Align.ReviewBelow > 1:
		return usageErr(fmt.Errorf("--review-below %v: want a number from 0 to 1", o.Align.ReviewBelow))
	case o.Align.MaxExamples < 0:
		return usageErr(fmt.Errorf("--max-tm-pairs %d: want 0 or more", o.Align.MaxExamples))
	case o.Src == "-" && o.Tgt == "-":
		return usageErr(fmt.Errorf("SRC and TGT cannot both be standard input"))
	}
	if o.SrcLang, err = alignLang(cmd, "src", srcLang, o.Src); err == nil {
		o.TgtLang, err = alignLang(cmd, "tgt", tgtLang, o.Tgt)
	}
	return err
}

// alignLang is the language of an input: the flag (named as given: --src
// or its old spelling --src-lang) if set, else a tag in the file name
// (story.en.txt, story.pt-BR.txt), else a usage error.
func alignLang(cmd *cobra.Command, flag, value, name string) (language.Tag, error) {
	if cmd.Flags().Changed(flag + "-lang") {
		flag += "-lang"
	}
	switch _, perr := language.Parse(value); {
	case cmd.Flags().Changed(flag) && value == "":
		return language.Und, usageErr(fmt.Errorf("--%s is empty: want a BCP 47 tag, or leave it out to take the language from the file name", flag))
	case value != "" && errors.As(perr, new(interface{ Subtag() string })):
		// Well-formed ("xx", "qaa") but not a language x/text knows.
		return language.Und, usageErr(fmt.Errorf("--%s %q: well-formed but unknown language", flag, value),
			"use a registered tag such as en, fr, de, fa, ar, zh-Hans, pt-BR")
	case value != "":
		return parseLang(flag, value)
	}
	if t, ok := textio.LangFromName(name); ok {
		return t, nil
	}
	return language.Und, usageErr(fmt.Errorf("--%s is required: no language in the name %s", flag, displayName(name)),
		"name files like story.en.txt, or give --src and --tgt")
}

// runAlign aligns the two documents, stores the pairs with --into, and
// writes the beads.
func runAlign(ctx context.Context, opts *alignOptions) error {
	var err error
	aopt := opts.Align
	if aopt.Lexicon, err = align.LoadDicts(opts.Dicts, opts.DictFormat); err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return openError(pe.Path, pe.Err)
		}
		return badInputf("read dictionary %v", err) // a *DictFileError names the file
	}
	src, err := readAlignDoc(ctx, opts, opts.Src, opts.SrcLang)
	if err != nil {
		return err
	}
	tgt, err := readAlignDoc(ctx, opts, opts.Tgt, opts.TgtLang)
	if err != nil {
		return err
	}
	// --into writes the TM (creating it); an explicit --db is a TM to
	// learn from, which must exist (a mistyped path makes no new file);
	// --learn-from-tm learns from the default TM when there is one.
	var db *tm.DB
	switch {
	case opts.Into:
		db, err = opts.OpenTM(ctx, tmCreate)
	case opts.DB:
		db, err = opts.OpenTM(ctx, tmMustExist)
	case opts.LearnFromTM:
		db, err = opts.OpenTM(ctx, tmIfExists)
	}
	if err != nil {
		return err
	}
	var tmErr error
	if db != nil {
		defer db.Close()
		if aopt.MaxExamples > 0 {
			aopt.Examples = tm.PairTexts(db.Pairs(ctx, opts.SrcLang, opts.TgtLang), &tmErr)
		}
	}
	res, err := align.Align(ctx, src, tgt, aopt)
	if err != nil {
		return err
	}
	if tmErr != nil {
		return fmt.Errorf("read pairs from %s: %w", db.Path(), tmErr)
	}
	for _, r := range res.Review {
		fmt.Fprintf(opts.IO.ErrOut, "bitext: review: %s %s <-> %s %s: score %.2f\n",
			displayName(opts.Src), r.Src, displayName(opts.Tgt), r.Tgt, r.Score)
	}
	keep := slices.DeleteFunc(res.Beads, func(b align.Bead) bool { return b.Score < opts.MinScore })
	uopt := tm.AlignedOptions{SrcLang: opts.SrcLang, TgtLang: opts.TgtLang, SrcDoc: displayName(opts.Src), TgtDoc: displayName(opts.Tgt)}
	if opts.Into {
		st, err := db.Import(ctx, tm.AlignedUnits(src, tgt, keep, uopt), tm.ImportOptions{File: uopt.SrcDoc, Sequential: true})
		if err != nil {
			return fmt.Errorf("store pairs in %s: %w", db.Path(), err)
		}
		fmt.Fprintf(opts.IO.ErrOut, "bitext: stored %d pairs in %s (%d new)\n", st.Read, db.Path(), st.Added)
	}
	switch opts.Format {
	case alignJSONL:
		return align.WriteJSONL(opts.IO.Out, src, tgt, keep)
	case alignTMX:
		h := tm.NewHeader(opts.SrcLang, version, time.Now())
		return tm.WriteTMX(opts.IO.Out, h, tm.AlignedUnits(src, tgt, keep, uopt))
	}
	return align.WriteTSV(opts.IO.Out, src, tgt, keep)
}

// readAlignDoc reads and segments one side; errors name the file.
func readAlignDoc(ctx context.Context, opts *alignOptions, name string, lang language.Tag) (align.Document, error) {
	r, err := openInput(opts.IO, name) // it names the file and line of invalid UTF-8
	if err != nil {
		return align.Document{}, err
	}
	defer r.Close()
	dopt := opts.Doc
	dopt.Lang = lang
	if fi, err := os.Stat(name); name != "-" && err == nil && fi.Mode().IsRegular() {
		dopt.SizeHint = fi.Size()
	}
	d, err := align.ReadDocument(ctx, r, dopt)
	if err != nil && !errors.As(err, new(*exitError)) && !errors.Is(err, context.Canceled) {
		return d, badInputf("segment %s: %v", displayName(name), err)
	}
	return d, err
}

// alignScoreOptions are the options of `bitext align score`.
type alignScoreOptions struct {
	IO                   *IOStreams
	Files                []string // GOLD HYP pairs
	JSONL                bool     // --format jsonl
	SrcGroups, TgtGroups string   // label files, both or neither
}

// newAlignScoreCmd is `bitext align score`; runF runs the parsed options
// (runAlignScore when nil).
func newAlignScoreCmd(ios *IOStreams, runF func(context.Context, *alignScoreOptions) error) *cobra.Command {
	opts := &alignScoreOptions{IO: ios}
	var format string
	cmd := &cobra.Command{
		Use:   "score [flags] GOLD HYP [GOLD HYP...]",
		Short: "Score an alignment against a gold alignment (strict and lax P/R/F1)",
		Long: `Score the alignment HYP against GOLD, both one bead a line as "[0,1]:[0]"
("[]:[5]" an added target sentence), or HYP as bitext align --format jsonl
writes it; several GOLD HYP pairs are scored together. Strict counts exact
beads, lax also beads whose targets overlap the gold targets of their sources
(as Vecalign and Bertalign). --src-groups/--tgt-groups name files with a group
label a sentence (Bible verses): beads inside one group are merged first.`,
		Example: `  bitext align score gold.txt hyp.jsonl
  bitext align score --format jsonl doc1/gold.txt doc1.jsonl doc2/gold.txt doc2.jsonl`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 2 || len(args)%2 != 0 {
				return usageErr(fmt.Errorf("align score needs GOLD HYP pairs; got %d files", len(args)))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if format != "text" && format != "jsonl" {
				return usageErr(fmt.Errorf("--format %q: want text or jsonl", format))
			}
			opts.JSONL = format == "jsonl"
			if (opts.SrcGroups != "" || opts.TgtGroups != "") && (len(args) != 2 || opts.SrcGroups == "" || opts.TgtGroups == "") {
				return usageErr(fmt.Errorf("--src-groups and --tgt-groups go together, with one GOLD HYP pair"))
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runAlignScore(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output `FORMAT`: text or jsonl")
	cmd.Flags().StringVar(&opts.SrcGroups, "src-groups", "", "`FILE` with a group label per source sentence (e.g. Bible verses)")
	cmd.Flags().StringVar(&opts.TgtGroups, "tgt-groups", "", "`FILE` with a group label per target sentence")
	cmd.RegisterFlagCompletionFunc("format", completeValues("text", "jsonl"))
	return cmd
}

// runAlignScore scores each HYP against its GOLD and writes the summed
// scores.
func runAlignScore(_ context.Context, opts *alignScoreOptions) error {
	var sopt align.ScoreOptions
	var s align.Scores
	var err error
	if opts.SrcGroups != "" {
		if sopt.SrcGroups, err = readAlignFile(opts.IO, opts.SrcGroups, align.ReadGroups); err != nil {
			return err
		}
		if sopt.TgtGroups, err = readAlignFile(opts.IO, opts.TgtGroups, align.ReadGroups); err != nil {
			return err
		}
	}
	for k := 0; k+1 < len(opts.Files); k += 2 {
		goldName, hypName := displayName(opts.Files[k]), displayName(opts.Files[k+1])
		gold, err := readLinksFile(opts.IO, opts.Files[k])
		if err != nil {
			return err
		}
		hyp, err := readLinksFile(opts.IO, opts.Files[k+1])
		if err != nil {
			return err
		}
		sc, err := align.Score(gold, hyp, sopt)
		var ge *align.GroupsError
		switch {
		case errors.As(err, &ge) && ge.Target:
			return badInputf("--tgt-groups %s: %d labels, but %s aligns target sentence %d", displayName(opts.TgtGroups), ge.Labels, hypName, ge.Sentence)
		case errors.As(err, &ge):
			return badInputf("--src-groups %s: %d labels, but %s aligns source sentence %d", displayName(opts.SrcGroups), ge.Labels, hypName, ge.Sentence)
		case err != nil:
			return badInputf("align score %s %s: %v", goldName, hypName, err)
		}
		s = s.Add(sc)
	}
	if opts.JSONL {
		enc := json.NewEncoder(opts.IO.Out)
		for _, m := range s.Measures() {
			if err := enc.Encode(m); err != nil {
				return err
			}
		}
		return nil
	}
	fmt.Fprintf(opts.IO.Out, "strict\tP %.3f\tR %.3f\tF1 %.3f\n", s.Strict.Precision, s.Strict.Recall, s.Strict.F1)
	_, err = fmt.Fprintf(opts.IO.Out, "lax\tP %.3f\tR %.3f\tF1 %.3f\n", s.Lax.Precision, s.Lax.Recall, s.Lax.F1)
	return err
}

func readLinksFile(ios *IOStreams, name string) ([]align.Link, error) {
	return readAlignFile(ios, name, align.ReadLinks)
}

// readAlignFile reads the named input with read; its errors are bad input
// naming the file.
func readAlignFile[T any](ios *IOStreams, name string, read func(io.Reader) ([]T, error)) ([]T, error) {
	r, err := openInput(ios, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	out, err := read(r)
	var ee *exitError
	if err != nil && !errors.As(err, &ee) {
		return nil, badInputf("read %s: %v", displayName(name), err)
	}
	return out, err
}
