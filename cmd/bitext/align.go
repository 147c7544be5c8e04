package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/tmx"
)

// alignOptions are the flags of `bitext align`.
type alignOptions struct {
	src, tgt       string
	srcLang        string
	tgtLang        string
	presegmented   bool
	quotes         string
	quoteMode      segment.QuoteMode
	format         string
	into           bool
	dicts          []string
	dictFormat     string
	minScore       float64
	noLearn        bool
	noParagraphs   bool
	reviewBelow    float64
	learnFromTM    bool
	maxTMExamples  int
	global         *globalOptions
	srcTag, tgtTag language.Tag
}

func newAlignCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	opts := &alignOptions{global: g}
	cmd := &cobra.Command{
		Use:   "align SRC TGT",
		Short: "Align the sentences of a text and its translation",
		Long: `Align the sentences of SRC with those of its translation TGT.

Beads pair up to four sentences on one side with up to four on the other
(1-1 ... 1-4/4-1, 2-2, 2-3/3-2), or leave a sentence unmatched. Each bead has a
score in [0,1]. The cost combines sentence length (in characters, with the
pair's own length ratio), anchors (numbers, dates, URLs, punctuation,
identical words, cognates, names compared across scripts) and word
translations: a dictionary (--dict), a table learned from the document pair
itself (IBM Model 1, in two realigning passes), and the pairs already in the TM (with --into, --db or
--learn-from-tm): the more you align, the better it aligns.

Languages are taken from names like story.en.txt, else --src-lang/--tgt-lang.
Inputs are running text, split into sentences by the segmenter of their
language (ending sentences inside quotations as CAT tools do, so that the
pairs stored with --into match the segments a translator sees in OmegaT or
Trados; --quotes keep holds closed quotations whole, as bitext segment does
by default); with --presegmented they hold one sentence a line. Either way an
empty line separates paragraphs, which are aligned first and never crossed;
a paragraph with no counterpart (a trailing "Read more:", a headline) is left
unmatched rather than glued to a neighbouring pair.

--into stores the pairs (those scoring at least --min-score, and above 0) in
the TM with the documents' names, in document order; unmatched sentences are
not stored.

Inputs must be UTF-8 text: invalid UTF-8 or a NUL byte (binary input)
stops with exit 2, naming the file and line.

Output (--format): tsv (SRC_TEXT<TAB>TGT_TEXT<TAB>SCORE), jsonl
({"src":[0,1],"tgt":[0],"score":0.93,"src_text":"...","tgt_text":"..."}),
or tmx (TMX 1.4b). Low-confidence regions are listed on standard error.`,
		Example: `  bitext align --presegmented story.en.txt story.fr.txt
  bitext align --format jsonl --dict de-fr.dic --src-lang de --tgt-lang fr a.txt b.txt
  bitext align score gold.txt hyp.jsonl`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usageErr(fmt.Errorf("align needs two files, SRC and TGT; got %d", len(args)),
					"bitext align [flags] SRC TGT, or bitext align score GOLD HYP")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.src, opts.tgt = args[0], args[1]
			return alignRun(cmd, ios, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.srcLang, "src-lang", "", "source `LANG` (BCP 47); default from a name like story.en.txt")
	f.StringVar(&opts.tgtLang, "tgt-lang", "", "target `LANG` (BCP 47); default from a name like story.fr.txt")
	f.BoolVar(&opts.presegmented, "presegmented", false, "inputs are one sentence a line (empty line = paragraph break)")
	f.StringVar(&opts.quotes, "quotes", "split", "`MODE` for stops inside a closed quotation: split (CAT tools) or keep it whole")
	f.StringVar(&opts.format, "format", "tsv", "output `FORMAT`: tsv, jsonl or tmx")
	f.BoolVar(&opts.into, "into", false, "store the pairs in the TM (--db), with the documents' names")
	f.StringArrayVar(&opts.dicts, "dict", nil, "bilingual dictionary `FILE` (hunalign \"tgt @ src\", TSV src<TAB>tgt, or a dictd .index/.dict.dz); repeatable")
	f.StringVar(&opts.dictFormat, "dict-format", "auto", "dictionary `FORMAT`: auto, hunalign, tsv or dictd")
	f.Float64Var(&opts.minScore, "min-score", 0, "write only beads scoring at least `X` (0..1); unmatched sentences score 0")
	f.BoolVar(&opts.noLearn, "no-learn", false, "skip the second pass that learns word translations from the pair")
	f.BoolVar(&opts.noParagraphs, "no-paragraphs", false, "ignore paragraph breaks")
	f.Float64Var(&opts.reviewBelow, "review-below", align.DefaultReviewBelow, "report regions of beads scoring under `X` on standard error")
	f.BoolVar(&opts.learnFromTM, "learn-from-tm", false, "learn word translations from the TM's pairs for this language pair (implied by --into and --db)")
	f.IntVar(&opts.maxTMExamples, "max-tm-pairs", 50000, "learn from at most `N` TM pairs (0: none)")
	cmd.AddCommand(newAlignScoreCmd(ios))
	return cmd
}

func alignRun(cmd *cobra.Command, ios *IOStreams, opts *alignOptions) error {
	switch opts.format {
	case "tsv", "jsonl", "tmx":
	default:
		return usageErr(fmt.Errorf("--format %q: want tsv, jsonl or tmx", opts.format))
	}
	quoteMode, err := parseQuotes(opts.quotes)
	if err != nil {
		return err
	}
	opts.quoteMode = quoteMode
	if opts.minScore < 0 || opts.minScore > 1 {
		return usageErr(fmt.Errorf("--min-score %v: want a number from 0 to 1", opts.minScore))
	}
	if opts.reviewBelow < 0 || opts.reviewBelow > 1 {
		return usageErr(fmt.Errorf("--review-below %v: want a number from 0 to 1", opts.reviewBelow))
	}
	if opts.maxTMExamples < 0 {
		return usageErr(fmt.Errorf("--max-tm-pairs %d: want 0 or more", opts.maxTMExamples))
	}
	for _, f := range []string{"src-lang", "tgt-lang"} {
		if fl := cmd.Flags().Lookup(f); fl != nil && fl.Changed && fl.Value.String() == "" {
			return usageErr(fmt.Errorf("--%s is empty: want a BCP 47 tag, or leave it out to take the language from the file name", f))
		}
	}
	if opts.src == "-" && opts.tgt == "-" {
		return usageErr(fmt.Errorf("SRC and TGT cannot both be standard input"))
	}
	if opts.srcTag, err = alignLang("src-lang", opts.srcLang, opts.src); err != nil {
		return err
	}
	if opts.tgtTag, err = alignLang("tgt-lang", opts.tgtLang, opts.tgt); err != nil {
		return err
	}
	lex, err := loadDicts(opts.dicts, opts.dictFormat)
	if err != nil {
		return err
	}
	src, err := readAlignDoc(ios, opts.src, opts.srcTag, opts)
	if err != nil {
		return err
	}
	tgt, err := readAlignDoc(ios, opts.tgt, opts.tgtTag, opts)
	if err != nil {
		return err
	}
	aopt := align.Options{Lexicon: lex, NoLearn: opts.noLearn, ReviewBelow: opts.reviewBelow, MaxExamples: opts.maxTMExamples}
	db, err := alignTM(cmd, opts)
	if err != nil {
		return err
	}
	if db != nil {
		defer db.Close()
	}
	var tmErr error
	if db != nil && opts.maxTMExamples > 0 {
		aopt.Examples = tmExamples(cmd, db, opts, &tmErr)
	}
	res, err := align.Align(cmd.Context(), src, tgt, aopt)
	if err != nil {
		return err
	}
	if tmErr != nil {
		return fmt.Errorf("read pairs from %s: %w", db.Path(), tmErr)
	}
	for _, r := range res.Review {
		fmt.Fprintf(ios.ErrOut, "bitext: review: %s %s <-> %s %s: score %.2f\n",
			displayName(opts.src), spanString(r.Src), displayName(opts.tgt), spanString(r.Tgt), r.Score)
	}
	var keep []align.Bead
	for _, b := range res.Beads {
		if b.Score >= opts.minScore {
			keep = append(keep, b)
		}
	}
	if opts.into {
		if err := alignStore(cmd, ios, db, opts, src, tgt, keep); err != nil {
			return err
		}
	}
	switch opts.format {
	case "jsonl":
		return writeAlignJSONL(ios.Out, src, tgt, keep)
	case "tmx":
		return writeAlignTMX(ios.Out, src, tgt, keep, opts.srcTag, opts.tgtTag)
	}
	return writeAlignTSV(ios.Out, src, tgt, keep)
}

// spanString shows a span of 0-based sentence indexes: "[3]", "[3-7]", "[]".
func spanString(s align.Span) string {
	switch s.Len() {
	case 0:
		return "[]"
	case 1:
		return fmt.Sprintf("[%d]", s.Start)
	}
	return fmt.Sprintf("[%d-%d]", s.Start, s.End-1)
}

// alignLang is the language of an input: the flag if given, else a tag in
// the file name (story.en.txt, story.pt-BR.txt), else a usage error.
func alignLang(flag, value, name string) (language.Tag, error) {
	if value != "" {
		t, err := parseLang(flag, value)
		var ve interface{ Subtag() string }
		if _, perr := language.Parse(value); err != nil && errors.As(perr, &ve) {
			// Well-formed ("xx", "qaa") but not a language x/text knows:
			// say so rather than call the tag ill-formed.
			return language.Und, usageErr(fmt.Errorf("--%s %q: well-formed but unknown language", flag, value),
				"use a registered tag such as en, fr, de, fa, ar, zh-Hans, pt-BR")
		}
		return t, err
	}
	if t, ok := langFromName(name); ok {
		return t, nil
	}
	return language.Und, usageErr(fmt.Errorf("--%s is required: no language in the name %s", flag, displayName(name)),
		"name files like story.en.txt, or give --src-lang and --tgt-lang")
}

// readAlignDoc reads one side: with --presegmented one sentence a line and
// empty lines between paragraphs; otherwise the text is split into
// sentences by the segmenter of lang.
func readAlignDoc(ios *IOStreams, name string, lang language.Tag, opts *alignOptions) (align.Document, error) {
	r, err := openInput(ios, name)
	if err != nil {
		return align.Document{}, err
	}
	defer r.Close()
	// Read into a strings.Builder, not a []byte, to skip the copy that
	// string(data) makes: the document is held once.
	var sb strings.Builder
	if fi, err := os.Stat(name); err == nil && fi.Mode().IsRegular() {
		sb.Grow(int(fi.Size())) // one allocation, no doubling garbage
	}
	// r refuses invalid UTF-8 and NUL bytes (binary input) naming the line.
	if _, err := io.Copy(&sb, r); err != nil {
		return align.Document{}, err
	}
	text := strings.TrimPrefix(sb.String(), "\ufeff") // a byte-order mark is not text
	var d align.Document
	if opts.presegmented {
		d = align.PresegmentedDocument(text)
	} else {
		d, err = segmentDoc(text, lang, opts.quoteMode)
		if err != nil {
			return align.Document{}, badInputf("segment %s: %v", displayName(name), err)
		}
	}
	if opts.noParagraphs {
		d.Paragraphs = nil
	}
	return d, nil
}

// segmentDoc splits running text into sentences with the segmenter of
// lang; blank lines separate paragraphs.
func segmentDoc(text string, lang language.Tag, quotes segment.QuoteMode) (align.Document, error) {
	sg, err := segment.New(lang, segment.WithQuotes(quotes))
	if err != nil {
		return align.Document{}, err
	}
	var d align.Document
	for _, s := range sg.SplitString(text) {
		d.Sentences = append(d.Sentences, s.Text)
		d.Paragraphs = append(d.Paragraphs, s.Para)
	}
	return d, nil
}

// loadDicts reads the --dict files into one lexicon.
func loadDicts(names []string, format string) (*align.Lexicon, error) {
	if len(names) == 0 {
		return nil, nil
	}
	switch format {
	case "auto", "hunalign", "tsv", "dictd":
	default:
		return nil, usageErr(fmt.Errorf("--dict-format %q: want auto, hunalign, tsv or dictd", format))
	}
	lex := align.NewLexicon()
	for _, name := range names {
		err := lex.ReadDictFile(name, align.DictFormat(format))
		var pe *fs.PathError
		var de *align.DictFileError
		switch {
		case err == nil:
		case errors.As(err, &pe):
			return nil, openError(pe.Path, pe.Err)
		case errors.As(err, &de):
			return nil, badInputf("read dictionary %s: %v", de.Path, de.Err)
		default:
			return nil, badInputf("read dictionary %s: %v", name, err)
		}
	}
	return lex, nil
}

// beadTexts joins a bead's sentences with single spaces.
func beadText(sents []string, s align.Span) string {
	return strings.Join(sents[s.Start:s.End], " ")
}

func writeAlignJSONL(w io.Writer, src, tgt align.Document, beads []align.Bead) error {
	type row struct {
		Src     []int   `json:"src"`
		Tgt     []int   `json:"tgt"`
		Score   float64 `json:"score"`
		SrcText string  `json:"src_text"`
		TgtText string  `json:"tgt_text"`
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, b := range beads {
		if err := enc.Encode(row{
			Src: b.Src.Indexes(), Tgt: b.Tgt.Indexes(), Score: b.Score,
			SrcText: beadText(src.Sentences, b.Src), TgtText: beadText(tgt.Sentences, b.Tgt),
		}); err != nil {
			return err
		}
	}
	return nil
}

var tsvClean = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

func writeAlignTSV(w io.Writer, src, tgt align.Document, beads []align.Bead) error {
	// Each sentence is written through the replacer, not joined and
	// formatted first: a runaway 100 MB "sentence" is then not copied
	// three times over.
	bw := bufio.NewWriter(w)
	side := func(sents []string, s align.Span) {
		for i, t := range sents[s.Start:s.End] {
			if i > 0 {
				bw.WriteByte(' ')
			}
			tsvClean.WriteString(bw, t)
		}
		bw.WriteByte('\t')
	}
	for _, b := range beads {
		side(src.Sentences, b.Src)
		side(tgt.Sentences, b.Tgt)
		bw.WriteString(strconv.FormatFloat(b.Score, 'f', 3, 64))
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// writeAlignTMX writes the beads that have both sides as a TMX 1.4b
// document (tm/tmx's writer), each unit with its score as a prop.
func writeAlignTMX(w io.Writer, src, tgt align.Document, beads []align.Bead, sl, tl language.Tag) error {
	tw, err := tmx.NewWriter(w, tmx.Header{Attrs: []tmx.Attr{
		{Name: "creationtool", Value: "bitext"},
		{Name: "creationtoolversion", Value: version},
		{Name: "srclang", Value: sl.String()},
		{Name: "creationdate", Value: time.Now().UTC().Format("20060102T150405Z")},
	}})
	if err != nil {
		return err
	}
	for _, b := range beads {
		if b.Src.Len() == 0 || b.Tgt.Len() == 0 {
			continue
		}
		tu := &tmx.TU{
			Props: []tmx.Prop{{Type: "x-align-score", Text: strconv.FormatFloat(b.Score, 'f', 3, 64)}},
			Variants: []tmx.TUV{
				{Lang: sl.String(), Text: beadText(src.Sentences, b.Src)},
				{Lang: tl.String(), Text: beadText(tgt.Sentences, b.Tgt)},
			},
		}
		if err := tw.Write(tu); err != nil {
			return err
		}
	}
	return tw.Close()
}

// alignTM opens the TM when the alignment reads or writes it: with --into,
// --learn-from-tm, or an explicit --db (a TM named on the command line is
// one to learn from). It returns nil when the TM is not involved.
func alignTM(cmd *cobra.Command, opts *alignOptions) (*tm.DB, error) {
	if !opts.into && !opts.learnFromTM && opts.global.DB == "" {
		return nil, nil
	}
	return tmOpen(cmd.Context(), opts.global)
}

// tmExamples hands the TM's pairs for the language pair to the aligner,
// keeping the first error for the caller.
func tmExamples(cmd *cobra.Command, db *tm.DB, opts *alignOptions, errp *error) func(yield func(string, string) bool) {
	return func(yield func(string, string) bool) {
		for p, err := range db.Pairs(cmd.Context(), opts.srcTag, opts.tgtTag) {
			if err != nil {
				*errp = err
				return
			}
			if !yield(p.Source, p.Target) {
				return
			}
		}
	}
}

// alignStore imports the beads with both sides into the TM, in document
// order, remembering the documents' names and each pair's score.
func alignStore(cmd *cobra.Command, ios *IOStreams, db *tm.DB, opts *alignOptions, src, tgt align.Document, beads []align.Bead) error {
	sd, td := alignDocName(opts.src), alignDocName(opts.tgt)
	units := func(yield func(tm.Unit, error) bool) {
		for _, b := range beads {
			// An unmatched sentence is no pair, and a bead scoring 0
			// (after rounding) has no evidence of being one.
			if b.Src.Len() == 0 || b.Tgt.Len() == 0 || b.Score <= 0 {
				continue
			}
			u := tm.Unit{
				SrcLang: opts.srcTag.String(),
				Variants: []tm.Variant{
					{Lang: opts.srcTag.String(), Text: beadText(src.Sentences, b.Src)},
					{Lang: opts.tgtTag.String(), Text: beadText(tgt.Sentences, b.Tgt)},
				},
				Origin: tm.Origin{File: sd, SrcDoc: sd, TgtDoc: td, Score: b.Score},
			}
			if !yield(u, nil) {
				return
			}
		}
	}
	st, err := db.Import(cmd.Context(), units, tm.ImportOptions{File: sd, Sequential: true})
	if err != nil {
		return fmt.Errorf("store pairs in %s: %w", db.Path(), err)
	}
	fmt.Fprintf(ios.ErrOut, "bitext: stored %d pairs in %s (%d new)\n", st.Read, db.Path(), st.Added)
	return nil
}

// alignDocName is how a document is remembered in the TM: its path as
// given, or <stdin>.
func alignDocName(name string) string { return displayName(name) }

// newAlignScoreCmd is `bitext align score GOLD HYP [GOLD HYP...]`.
func newAlignScoreCmd(ios *IOStreams) *cobra.Command {
	var format, srcGroups, tgtGroups string
	cmd := &cobra.Command{
		Use:   "score GOLD HYP [GOLD HYP...]",
		Short: "Score an alignment against a gold alignment (strict and lax P/R/F1)",
		Long: `Score the alignment HYP against GOLD.

Both files hold one bead a line in the gold format "[0,1]:[0]" ("[]:[5]" an
added target sentence, "[4]:[]" a dropped source sentence); HYP may also be
the JSON Lines output of bitext align --format jsonl. Several GOLD HYP pairs
(one per document) are scored together: their counts are summed.

Strict precision counts hypothesis beads that are exactly a gold bead
(insertions and deletions included); strict recall counts gold beads found
exactly in the hypothesis, beads with an empty side left out on both sides.
Lax counts a bead also when its target sentences overlap the gold targets
of any of its source sentences. F1 = 2PR/(P+R). As in Vecalign and Bertalign.
A sentence aligned on two lines, or a HYP naming sentences past the end of
its GOLD (another document pair), stops with exit 2.

--src-groups/--tgt-groups name a file with one group label a sentence (such
as Bible verse numbers): consecutive hypothesis beads inside one group are
merged before scoring, for gold alignments made at group level.`,
		Example: `  bitext align score gold.txt hyp.jsonl
  bitext align score doc1/gold.txt doc1.jsonl doc2/gold.txt doc2.jsonl`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 2 || len(args)%2 != 0 {
				return usageErr(fmt.Errorf("align score needs GOLD HYP pairs; got %d files", len(args)))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "jsonl" {
				return usageErr(fmt.Errorf("--format %q: want text or jsonl", format))
			}
			var sg, tg []string
			if srcGroups != "" || tgtGroups != "" {
				if len(args) != 2 || srcGroups == "" || tgtGroups == "" {
					return usageErr(fmt.Errorf("--src-groups and --tgt-groups go together, with one GOLD HYP pair"))
				}
				var err error
				if sg, err = readLabelLines(ios, srcGroups); err != nil {
					return err
				}
				if tg, err = readLabelLines(ios, tgtGroups); err != nil {
					return err
				}
			}
			var s align.Scores
			for k := 0; k < len(args); k += 2 {
				gold, err := readLinksFile(ios, args[k])
				if err != nil {
					return err
				}
				hyp, err := readLinksFile(ios, args[k+1])
				if err != nil {
					return err
				}
				if err := align.CheckSameDocument(gold, hyp); err != nil {
					return badInputf("align score %s %s: %v", displayName(args[k]), displayName(args[k+1]), err)
				}
				if sg != nil {
					if err := checkGroups(hyp, sg, tg, srcGroups, tgtGroups, args[k+1]); err != nil {
						return err
					}
					hyp = align.MergeGroups(hyp, sg, tg)
				}
				s = s.Add(align.Evaluate(gold, hyp))
			}
			if format == "jsonl" {
				enc := json.NewEncoder(ios.Out)
				for _, x := range []struct {
					name string
					p    align.PRF
				}{{"strict", s.Strict}, {"lax", s.Lax}} {
					if err := enc.Encode(map[string]any{"measure": x.name, "precision": round3(x.p.Precision), "recall": round3(x.p.Recall), "f1": round3(x.p.F1)}); err != nil {
						return err
					}
				}
				return nil
			}
			fmt.Fprintf(ios.Out, "strict\tP %.3f\tR %.3f\tF1 %.3f\n", s.Strict.Precision, s.Strict.Recall, s.Strict.F1)
			fmt.Fprintf(ios.Out, "lax\tP %.3f\tR %.3f\tF1 %.3f\n", s.Lax.Precision, s.Lax.Recall, s.Lax.F1)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output `FORMAT`: text or jsonl")
	cmd.Flags().StringVar(&srcGroups, "src-groups", "", "`FILE` with a group label per source sentence (e.g. Bible verses)")
	cmd.Flags().StringVar(&tgtGroups, "tgt-groups", "", "`FILE` with a group label per target sentence")
	return cmd
}

// checkGroups reports a --src-groups or --tgt-groups file with fewer
// labels than the sentences the hypothesis aligns: a label file of another
// document would merge beads at random.
func checkGroups(hyp []align.Link, sg, tg []string, srcName, tgtName, hypName string) error {
	for _, l := range hyp {
		for side, idx := range [2][]int{l.Src, l.Tgt} {
			labels, name, flag, what := sg, srcName, "--src-groups", "source"
			if side == 1 {
				labels, name, flag, what = tg, tgtName, "--tgt-groups", "target"
			}
			for _, i := range idx {
				if i >= len(labels) {
					return badInputf("%s %s: %d labels, but %s aligns %s sentence %d",
						flag, displayName(name), len(labels), displayName(hypName), what, i)
				}
			}
		}
	}
	return nil
}

func readLabelLines(ios *IOStreams, name string) ([]string, error) {
	data, err := readInput(ios, name)
	if err != nil {
		return nil, err
	}
	var out []string
	for line := range strings.Lines(string(data)) {
		out = append(out, strings.TrimRight(line, "\r\n"))
	}
	return out, nil
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

func readLinksFile(ios *IOStreams, name string) ([]align.Link, error) {
	r, err := openInput(ios, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	links, err := align.ReadLinks(r)
	if err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			return nil, err
		}
		return nil, badInputf("read alignment %s: %v", displayName(name), err)
	}
	return links, nil
}
