package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/cmd/internal/cmdutil"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
)

// alignOptions are the options of `bitext align`.
type alignOptions struct {
	IO               *IOStreams
	OpenTM           openTMFunc
	Src, Tgt         string            // the input files; "-" is standard input
	SrcLang, TgtLang language.Tag      // --src/--tgt, else from the file names
	Pair             align.PairOptions // reading, aligning, --min-score (Lexicon unset)
	Format           tm.Format         // --format: tsv, jsonl or tmx
	Dicts            []string          // --dict files
	DictFormat       align.DictFormat  // --dict-format
	DictReverse      bool              // --dict-reverse: read every --dict target -> source (align_dict.go)
	Into             bool              // store the pairs in the TM, created if need be
	LearnFromTM      bool              // learn from the TM if there is one (a --db must exist)
	Batch            bool              // --batch: Src is a manifest, or Src and Tgt are folders (align_batch.go)
}

// newAlignCmd is `bitext align`; runF runs the parsed options (runAlign
// when nil).
func newAlignCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *alignOptions) error) *cobra.Command {
	opts := &alignOptions{IO: ios, OpenTM: g.tmOpener(ios), DictFormat: align.FormatAuto}
	opts.Pair.Doc.Quotes = segment.QuotesSplit
	opts.Pair.Align = align.Options{ReviewBelow: align.DefaultReviewBelow, MaxExamples: 50000}
	cmd := command("align", &cobra.Command{
		Use:   "align [flags] SRC TGT",
		Short: "Align the sentences of a text and its translation",
		Args:  wantArgs(func(n int) bool { return n == 2 || n == 1 && opts.Batch }, "align needs two files, SRC and TGT (bitext align score GOLD HYP scores an alignment)"),
	}, opts, func(args []string) error {
		if opts.Src, opts.Tgt = args[0], args[len(args)-1]; slices.Contains(opts.Dicts, "") {
			return usageErr(errors.New("--dict: empty path"))
		} else if opts.Batch {
			return nil // align_batch.go: a manifest (SRC = TGT), or two folders
		}
		opts.LearnFromTM = opts.LearnFromTM || g.DB != "" // an explicit TM is one to learn from
		if opts.Src == "-" && opts.Tgt == "-" {
			return usageErr(errors.New("SRC and TGT cannot both be standard input"))
		}
		return cmp.Or(langFromName(&opts.SrcLang, "src", opts.Src), langFromName(&opts.TgtLang, "tgt", opts.Tgt))
	}, runF, runAlign)
	f := cmd.Flags()
	flagLang(cmd, &opts.SrcLang, "src", "", "source `LANG` (BCP 47); default from a name like story.en.txt")
	flagLang(cmd, &opts.TgtLang, "tgt", "", "target `LANG` (BCP 47); default from a name like story.fr.txt")
	flagLang(cmd, &opts.SrcLang, "src-lang", "", "old spelling of --src")
	flagLang(cmd, &opts.TgtLang, "tgt-lang", "", "old spelling of --tgt")
	f.MarkHidden("src-lang")
	f.MarkHidden("tgt-lang")
	f.BoolVar(&opts.Pair.Doc.Presegmented, "presegmented", false, "inputs are one sentence a line (empty line = paragraph break)")
	flagChoice(cmd, &opts.Pair.Doc.Quotes, "quotes", "`MODE` for stops inside a closed quotation: split (as CAT tools) or keep it whole",
		[]string{"split", "keep"}, []segment.QuoteMode{segment.QuotesSplit, segment.QuotesKeep})
	f.BoolVar(&opts.Pair.Doc.NoParagraphs, "no-paragraphs", false, "ignore paragraph breaks")
	flagEnum(cmd, &opts.Format, "format", "output `FORMAT`: tsv, jsonl or tmx", tm.FormatTSV, tm.FormatJSONL, tm.FormatTMX)
	f.StringArrayVar(&opts.Dicts, "dict", nil, "bilingual dictionary `FILE` (hunalign \"tgt @ src\", TSV src<TAB>tgt, a dictd .index/.dict.dz, or CC-CEDICT's cedict_ts.u8); repeatable")
	flagChoice(cmd, &opts.DictFormat, "dict-format", "dictionary `FORMAT`: auto, hunalign, tsv, dictd or cedict",
		[]string{"auto", "hunalign", "tsv", "dictd", "cedict"}, align.DictFormats)
	f.BoolVar(&opts.DictReverse, "dict-reverse", false, "read each --dict the other way round (by default a dictionary is turned to the pair by its languages, e.g. freedict-eng-rus, or its letters)")
	f.BoolVar(&opts.Pair.Align.NoDefaultDict, "no-default-dict", false, "without --dict, align Chinese with English without the built-in CC-CEDICT dictionary, and Japanese, Czech, Hindi, Russian or Spanish with English without Debian's FreeDict file (freedict-jpn-eng, -eng-ces, -eng-hin, -eng-rus, -eng-spa) when it is installed")
	flagRange(cmd, &opts.Pair.MinScore, "min-score", "write (and with --into store) only beads scoring at least `SCORE` (0..1); unmatched sentences score 0", 0, 1)
	flagRange(cmd, &opts.Pair.Align.ReviewBelow, "review-below", "report regions of beads scoring under `SCORE` on standard error (0: none for the score alone)", 0, 1, align.ReviewNone)
	f.BoolVar(&opts.Pair.Align.NoLearn, "no-learn", false, "skip the passes that learn word translations from the pair")
	f.BoolVar(&opts.Into, "into", false, "store the pairs in the TM (--db), with the documents' names")
	f.BoolVar(&opts.Batch, "batch", false, "align many pairs: SRC is a TSV manifest (source path, target path, optional languages), or SRC and TGT are folders matched by file name")
	f.BoolVar(&opts.LearnFromTM, "learn-from-tm", false, "learn word translations from the TM's pairs, if there is a TM (implied by --into and --db)")
	flagIntRange(cmd, &opts.Pair.Align.MaxExamples, "max-tm-pairs", "learn from at most `COUNT` TM pairs (0: none)", 0, math.MaxInt)
	cmd.AddCommand(newAlignScoreCmd(ios, nil))
	return cmd
}

// langFromName sets *lang, when --flag left it unset, from a tag in the
// file name (story.en.txt, story.pt-BR.txt); without one it is a usage
// error.
func langFromName(lang *language.Tag, flag, name string) error {
	if *lang != language.Und {
		return nil
	}
	if t, ok := textio.LangFromName(name); ok {
		*lang = t
		return nil
	}
	if _, err := os.Stat(name); err != nil && name != "-" { // a missing file says so first
		return badInput(textio.OpenError(displayName(name), err))
	}
	return usageErr(fmt.Errorf("--%s is required: no language in the name %s", flag, displayName(name)),
		"name files like story.en.txt, or give --src and --tgt")
}

// runAlign reads and aligns the two documents, learning from the TM's
// pairs when there is a TM; stores the pairs with --into; and writes the
// review regions and the beads.
func runAlign(ctx context.Context, opts *alignOptions) (err error) {
	if opts.Batch {
		return runAlignBatch(ctx, opts)
	}
	popt := opts.Pair
	dicts, err := openDicts(opts) // errors as the user is shown them
	if err != nil {
		return err
	}
	src, tgt := alignFile(opts.IO, opts.Src), alignFile(opts.IO, opts.Tgt)
	defer cmdutil.GCForSmall(src.Size, tgt.Size)()
	pair, err := align.ReadPair(ctx, align.Input{File: src, Lang: opts.SrcLang}, align.Input{File: tgt, Lang: opts.TgtLang}, popt)
	if err != nil {
		return err
	}
	if popt.Align.Lexicon, err = orientDicts(opts, dicts, align.OrientDicts, align.PairDictSides(pair)); err != nil {
		return err
	}
	if f, lang := pair.InstalledDictLang(popt); f != "" {
		sayInstalledDict(opts.IO.ErrOut, f, lang)
	}
	// Only --into creates a TM, once the pairs are aligned (a failed or
	// interrupted alignment leaves none); a TM to learn from must exist
	// unless it is the default one (a mistyped --db makes no new file).
	var db *tm.DB
	switch {
	case opts.Into:
		db, err = cmdutil.Writable(opts.OpenTM(ctx, tmIfThere))
	case opts.LearnFromTM:
		db, err = opts.OpenTM(ctx, tmIfExists)
	}
	if err != nil {
		return err
	} else if db != nil {
		defer db.Close()
	}
	learnFrom := db
	if popt.Align.MaxExamples == 0 { // --max-tm-pairs 0: learn from no TM pair
		learnFrom = nil
	}
	if err := learnFrom.AlignPair(ctx, pair, popt); err != nil { // a nil TM: pair.Align
		return err
	}
	pair.WriteReview(opts.IO.ErrOut, "bitext: ")
	if opts.Into && db == nil && tm.PairStoresNothing(pair) { // no new, empty TM
		fmt.Fprintln(opts.IO.ErrOut, "bitext: stored 0 pairs: no sentence is aligned to another; no translation memory was created")
	} else if opts.Into {
		if db == nil {
			if db, err = opts.OpenTM(ctx, tmCreate); err != nil {
				return err
			}
			defer func(db *tm.DB) { err = db.Finish(err) }(db) // a new TM is removed if nothing was stored
		}
		st, err := db.StorePair(ctx, pair, tmUser(""))
		if err := done(err, opts.IO, "stored %s in %s (%d new)%s", count(st.Read, "pair", "pairs"), db.Path(), st.Added, st.Skipped.AlignedString()); err != nil {
			return err
		}
	}
	return tm.WritePair(opts.IO.Out, pair, opts.Format, version, time.Now())
}

// alignFile is the named input ("-" is standard input) as package align
// reads it (align.NamedFile): checked to be UTF-8, with its size.
func alignFile(ios *IOStreams, name string) align.File { return align.NamedFile(name, ios.In) }

// alignScoreOptions are the options of `bitext align score`.
type alignScoreOptions struct {
	IO                   *IOStreams
	Files                []string // GOLD HYP pairs
	Format               string   // --format: text or jsonl
	SrcGroups, TgtGroups string   // label files, both or neither
}

// newAlignScoreCmd is `bitext align score`; runF runs the parsed options
// (runAlignScore when nil).
func newAlignScoreCmd(ios *IOStreams, runF func(context.Context, *alignScoreOptions) error) *cobra.Command {
	opts := &alignScoreOptions{IO: ios}
	cmd := command("align score", &cobra.Command{
		Use:   "score [flags] GOLD HYP [GOLD HYP...]",
		Short: "Score an alignment against a gold alignment (strict and lax P/R/F1)",
		Args:  wantArgs(func(n int) bool { return n >= 2 && n%2 == 0 }, "align score needs GOLD HYP pairs"),
	}, opts, func(args []string) error {
		opts.Files = args
		if err := stdinOnce(append(args[:len(args):len(args)], opts.SrcGroups, opts.TgtGroups)); err != nil {
			return err
		}
		if (opts.SrcGroups != "" || opts.TgtGroups != "") && (len(args) != 2 || opts.SrcGroups == "" || opts.TgtGroups == "") {
			return usageErr(errors.New("--src-groups and --tgt-groups go together, with one GOLD HYP pair"))
		}
		return nil
	}, runF, runAlignScore)
	flagEnum(cmd, &opts.Format, "format", "output `FORMAT`: text or jsonl", "text", "jsonl")
	cmd.Flags().StringVar(&opts.SrcGroups, "src-groups", "", "`FILE` with a group label per source sentence (e.g. Bible verses)")
	cmd.Flags().StringVar(&opts.TgtGroups, "tgt-groups", "", "`FILE` with a group label per target sentence")
	return cmd
}

// runAlignScore scores each HYP against its GOLD and writes the summed
// scores.
func runAlignScore(_ context.Context, opts *alignScoreOptions) error {
	var sopt align.ScoreFilesOptions
	if opts.SrcGroups != "" {
		sopt.SrcGroups, sopt.TgtGroups = alignFile(opts.IO, opts.SrcGroups), alignFile(opts.IO, opts.TgtGroups)
	}
	files := make([]align.File, len(opts.Files))
	for i, name := range opts.Files {
		files[i] = alignFile(opts.IO, name)
	}
	s, err := align.ScoreFiles(files, sopt)
	if ge := (*align.GroupsError)(nil); errors.As(err, &ge) {
		return badInputf("--%s-groups %v", map[bool]string{false: "src", true: "tgt"}[ge.Target], err)
	} else if err != nil && !errors.Is(err, context.Canceled) {
		return badInput(err) // unreadable, malformed, or of another document
	} else if err != nil {
		return err // interrupted reading standard input
	}
	if opts.Format == "jsonl" {
		return s.WriteJSONL(opts.IO.Out)
	}
	return s.WriteText(opts.IO.Out)
}

// sayInstalledDict says on w that the dictionary found installed at path
// is used for lang and English (align.Pair.InstalledDictLang).
func sayInstalledDict(w io.Writer, path, lang string) {
	fmt.Fprintf(w, "bitext: dictionary %s: found installed, used for %s and English (--no-default-dict leaves it out)\n", path, lang)
}
