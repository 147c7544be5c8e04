package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

func newTMCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	cmd := groupCmd("tm", "Translation memory: import, add, lookup, concordance, export, stats", `The translation memory keeps translation units (a segment in any number of
languages) in one SQLite file. Import TMX (1.4b, 1.1, UTF-8 or UTF-16), TSV
or aligner output; look up exact and fuzzy matches; search a term in context;
export TMX 1.4b for other CAT tools.`)
	cmd.AddCommand(newTMImportCmd(ios, g, nil), newTMAddCmd(ios, g, nil), newTMLookupCmd(ios, g, nil),
		newTMConcordanceCmd(ios, g, nil), newTMExportCmd(ios, g, nil), newTMStatsCmd(ios, g, nil))
	cmd.AddCommand(newTMMaintCmds(ios, g)...)
	return cmd
}

// tmLangFlags binds --src and --tgt.
func tmLangFlags(cmd *cobra.Command, src, tgt *language.Tag, srcUsage, tgtUsage string) {
	flagLang(cmd, src, "src", "", srcUsage+" (`LANG`: a BCP 47 tag such as en, fr, pt-BR)")
	flagLang(cmd, tgt, "tgt", "", tgtUsage+" (`LANG`: a BCP 47 tag)")
}

// tmPair checks --src and --tgt: both set (or, unless required, neither),
// and different.
func tmPair(src, tgt language.Tag, required bool) error {
	switch und := language.Und; {
	case src == und && tgt == und && !required:
		return nil
	case src == und:
		return usageErr(errors.New("--src is required"))
	case tgt == und:
		return usageErr(errors.New("--tgt is required"))
	case src == tgt:
		return usageErr(fmt.Errorf("--src and --tgt are both %s", src))
	}
	return nil
}

// tmResults runs show on the TM, which must exist, and a writer of results
// in format on standard output.
func tmResults(ctx context.Context, open openTMFunc, ios *IOStreams, format tm.Format, show func(*tm.DB, *tm.ResultWriter) error) error {
	return withTM(ctx, open, tmMustExist, func(db *tm.DB) error {
		out := bufio.NewWriter(ios.Out)
		rw, err := tm.NewResultWriter(out, format)
		if err == nil {
			err = show(db, rw)
		}
		if ferr := flushErr(out); err == nil { // what came before an error is shown too
			err = ferr
		}
		return err
	})
}

type tmImportOptions struct {
	IO       *IOStreams
	OpenTM   openTMFunc
	Files    []string
	Format   tm.Format    // tm.FormatAuto, FormatTMX, FormatTSV or FormatJSONL
	Src, Tgt language.Tag // both or neither (language.Und)
	Repair   bool
}

func newTMImportCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmImportOptions) error) *cobra.Command {
	opts := &tmImportOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := &cobra.Command{
		Use:   "import [FILE...] [--src LANG --tgt LANG]",
		Short: "Import TMX, TSV or `bitext align --format jsonl` files",
		Long: `Import units from each FILE (or standard input) into the TM, each file in one
transaction: a file with an error, or an interrupted import, stores nothing of
it. Units already in the TM are merged, not repeated.

Formats: tmx (1.4b or 1.1, UTF-8 or UTF-16), tsv (SOURCE<TAB>TARGET[<TAB>SCORE])
and jsonl (bitext align --format jsonl); auto picks by file name, then by
content. tsv and jsonl need --src and --tgt; with tmx they keep only units
holding both languages. A gzip-compressed file is read as it is.`,
		Example: `  bitext tm import memory.tmx
  bitext tm import --src en --tgt fr pairs.tsv aligned.jsonl.gz`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = inputNames(args)
			if err := stdinOnce(opts.Files); err != nil {
				return err
			}
			if err := tmPair(opts.Src, opts.Tgt, false); err != nil {
				return err
			}
			return runOr(cmd.Context(), opts, runF, runTMImport)
		},
	}
	flagEnum(cmd, &opts.Format, "format", "input `FORMAT`: auto, tmx, tsv or jsonl", tm.FormatAuto, tm.FormatTMX, tm.FormatTSV, tm.FormatJSONL)
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "source language", "target language")
	cmd.Flags().BoolVar(&opts.Repair, "repair", false, "turn stray bpt/ept inline tags into it tags (with a warning) instead of failing")
	return cmd
}

func runTMImport(ctx context.Context, opts *tmImportOptions) error {
	for _, name := range opts.Files { // a mistyped name creates no TM
		if fi, err := os.Stat(name); name == "-" {
			continue
		} else if err != nil {
			return openError(name, err)
		} else if fi.IsDir() {
			return badInputf("read %s: is a directory", name)
		}
	}
	// Bulk import allocates many short-lived strings: collect garbage less
	// often (about 10% less CPU on a large TMX, for some more memory).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	return withTM(ctx, opts.OpenTM, tmCreate, func(db *tm.DB) error {
		var done []string
		for _, name := range opts.Files {
			disp := displayName(name)
			st, err := tmImportFile(ctx, opts, db, name)
			if err != nil {
				return tmImportErr(ctx, disp, err, done)
			}
			done = append(done, disp)
			fmt.Fprintf(opts.IO.ErrOut, "bitext: %s: %d units read, %d added, %d merged\n", disp, st.Read, st.Added, st.Merged)
		}
		return nil
	})
}

// tmImportFile imports the file name, warning about repaired TMX tags and
// showing progress on a terminal.
func tmImportFile(ctx context.Context, opts *tmImportOptions, db *tm.DB, name string) (tm.ImportStats, error) {
	f, err := openFile(opts.IO, name)
	if err != nil {
		return tm.ImportStats{}, err
	}
	defer f.Close()
	disp, errOut := displayName(name), opts.IO.ErrOut
	fo := tm.ImportFileOptions{ReadOptions: tm.ReadOptions{Format: opts.Format, Src: opts.Src, Tgt: opts.Tgt, Repair: opts.Repair,
		Warn: func(e *tmx.Error) { fmt.Fprintf(errOut, "bitext: warning: %s: %v\n", disp, e) }}, By: tmUser("")}
	if textio.IsTerminal(errOut) {
		fo.Progress = func(n int) { fmt.Fprintf(errOut, "\rbitext: %s: %d units read", disp, n) }
		defer fmt.Fprint(errOut, "\r\x1b[K")
	}
	return db.ImportFile(ctx, f, disp, fo)
}

// tmImportErr says what the error importing the file name means
// (interrupted, bad usage, bad input or a failure), and which files were
// imported before it.
func tmImportErr(ctx context.Context, name string, err error, done []string) error {
	ee := &exitError{code: exitCodeOf(err), err: fmt.Errorf("import %s: %w", name, err)}
	switch {
	case ctx.Err() != nil:
		ee.code, ee.err = exitInterrupted, fmt.Errorf("import %s: interrupted; nothing from %s was stored", name, name)
	case errors.Is(err, tm.ErrNeedLangs):
		ee.hints = []string{"give --src and --tgt"}
	case errors.As(err, new(*textio.Error)):
		ee.err = err // names the file and line
	case errors.As(err, new(*exitError)): // the file could not be read
	case errors.Is(err, tm.ErrReadOnly):
		return tmDBErr(err)
	case ee.code == exitBadInput:
		ee.hints = []string{"nothing from " + name + " was stored"}
	}
	if len(done) > 0 {
		ee.hints = append(ee.hints, "already imported: "+strings.Join(done, ", "))
	}
	return ee
}

type tmAddOptions struct {
	IO             *IOStreams
	OpenTM         openTMFunc
	Src, Tgt       language.Tag
	Source, Target string
}

func newTMAddCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmAddOptions) error) *cobra.Command {
	opts := &tmAddOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := &cobra.Command{
		Use:   "add --src LANG --tgt LANG SOURCE TARGET",
		Short: "Add one translation unit",
		Long: `Add SOURCE (in --src) and its translation TARGET (in --tgt) to the TM as one
unit; a unit already there is merged, and that is said on standard error.`,
		Example: `  bitext tm add --src en --tgt fr "The weather was fine." "Il faisait beau."`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := tmPair(opts.Src, opts.Tgt, true); err != nil {
				return err
			}
			for i, what := range []string{"SOURCE", "TARGET"} {
				if err := tmCheckArg(what, args[i]); err != nil {
					return err
				}
				if strings.TrimSpace(args[i]) == "" {
					return usageErr(fmt.Errorf("%s is empty", what))
				}
			}
			opts.Source, opts.Target = args[0], args[1]
			return runOr(cmd.Context(), opts, runF, runTMAdd)
		},
	}
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "language of SOURCE", "language of TARGET")
	return cmd
}

func runTMAdd(ctx context.Context, opts *tmAddOptions) error {
	return withTM(ctx, opts.OpenTM, tmCreate, func(db *tm.DB) error {
		st, err := db.Add(ctx, tm.Unit{SrcLang: opts.Src, Variants: []tm.Variant{{Lang: opts.Src, Text: opts.Source}, {Lang: opts.Tgt, Text: opts.Target}}})
		if err == nil && st.Merged > 0 {
			fmt.Fprintln(opts.IO.ErrOut, "bitext: the unit was already in the TM")
		}
		return tmDBErr(err)
	})
}

// tmCheckArg rejects a command-line argument that is not UTF-8 text.
func tmCheckArg(what, s string) error {
	if !utf8.ValidString(s) {
		return badInputf("%s argument %+q: invalid UTF-8", what, s)
	}
	if strings.IndexByte(s, 0) >= 0 {
		return badInputf("%s argument %+q: a NUL byte", what, s)
	}
	return nil
}

type tmLookupOptions struct {
	IO       *IOStreams
	OpenTM   openTMFunc
	Query    string // "-": one query a line from standard input
	Src, Tgt language.Tag
	Min, Max int       // Min 0: every match
	Format   tm.Format // tm.FormatText or tm.FormatJSONL
	Filter   tmFilter
	Penalty  tm.Penalties
}

func newTMLookupCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmLookupOptions) error) *cobra.Command {
	opts := &tmLookupOptions{IO: ios, OpenTM: g.tmOpener(ios), Min: tm.DefaultMin, Max: tm.DefaultMax}
	cmd := &cobra.Command{
		Use:   "lookup TEXT|- --src LANG --tgt LANG",
		Short: "Find exact and fuzzy matches of a sentence",
		Long: `Find the stored segments most like TEXT, best first, scored 101 for an exact
match in the same context, 100 exact, less for a fuzzy match (word edit
distance, with small penalties for case, numbers, tags, punctuation). With -,
read one query a line from standard input: consecutive lines are a document
(a match whose neighbours also match scores 101), an empty line ends a
paragraph.

text: "SCORE<TAB>TARGET", then the stored source indented (for a fuzzy match a
word diff: [-in the TM-]{+in the query+}); with -, each query's matches follow
a line "# QUERY". jsonl: {"query","score","source","target","diff",...}.`,
		Example: `  bitext tm lookup --src en --tgt fr "The weather was fine."
  bitext tm lookup --src en --tgt fr --min 80 --format jsonl - < article.en.seg.txt`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Query = "-"
			if len(args) == 1 {
				opts.Query = args[0]
			}
			if err := tmPair(opts.Src, opts.Tgt, true); err != nil {
				return err
			}
			if opts.Query != "-" {
				if err := tmCheckArg("TEXT", opts.Query); err != nil {
					return err
				}
			}
			return runOr(cmd.Context(), opts, runF, runTMLookup)
		},
	}
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "language of the query", "language of the translations")
	flagIntRange(cmd, &opts.Min, "min", "show matches scoring at least `PERCENT` (0..101)", 0, tm.ContextScore)
	flagIntRange(cmd, &opts.Max, "max", "show at most `N` matches per query", 1, math.MaxInt)
	flagEnum(cmd, &opts.Format, "format", "output `FORMAT`: text or jsonl", tm.FormatText, tm.FormatJSONL)
	opts.Filter.bind(cmd, "look up")
	tmPenalty(cmd, &opts.Penalty)
	return cmd
}

func runTMLookup(ctx context.Context, opts *tmLookupOptions) error {
	lo := tm.LookupOptions{Src: opts.Src, Tgt: opts.Tgt, Min: opts.Min, Max: opts.Max, Filter: opts.Filter.f, Penalties: opts.Penalty}
	if opts.Min == 0 {
		lo.Min = tm.NoMinimum // the zero Min is tm.DefaultMin
	}
	return tmResults(ctx, opts.OpenTM, opts.IO, opts.Format, func(db *tm.DB, rw *tm.ResultWriter) error {
		if opts.Query != "-" {
			ms, err := db.Lookup(ctx, opts.Query, lo)
			if err != nil {
				return err
			}
			return rw.Matches(opts.Query, ms)
		}
		queries := textio.Lines(opts.IO.In, stdinName, tm.MaxSegment)
		for dm, err := range db.LookupDocument(ctx, queries, lo) {
			if err == nil {
				err = rw.DocumentMatches(dm)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}

type tmConcordanceOptions struct {
	IO       *IOStreams
	OpenTM   openTMFunc
	Term     string
	Src, Tgt language.Tag // Tgt: language.Und for all translations
	Max      int          // 0: all
	Format   tm.Format    // tm.FormatText or tm.FormatJSONL
}

func newTMConcordanceCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmConcordanceOptions) error) *cobra.Command {
	opts := &tmConcordanceOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := &cobra.Command{
		Use:   "concordance TERM... --src LANG [--tgt LANG]",
		Short: "Find a word or phrase in stored segments, with its translations",
		Long: `Print each stored segment in --src that contains TERM (its words in order,
case- and accent-insensitive), with the hits marked **like this** (bold on a
terminal), a tab, and its translations (only --tgt's, if given).
jsonl: {"lang","text","hits":[[start,end],...],"translations":[{"lang","text"}]}
with byte offsets into text.`,
		Example: `  bitext tm concordance --src en Saeedreza
  bitext tm concordance --src en --tgt fr --max 10 "the minister"`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Src == language.Und {
				return usageErr(errors.New("--src is required"))
			}
			for _, a := range args {
				if err := tmCheckArg("TERM", a); err != nil {
					return err
				}
			}
			opts.Term = strings.Join(args, " ")
			return runOr(cmd.Context(), opts, runF, runTMConcordance)
		},
	}
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "language searched", "show only translations in this language")
	flagLang(cmd, &opts.Src, "lang", "", "old name of --src")
	cmd.Flags().MarkHidden("lang")
	flagIntRange(cmd, &opts.Max, "max", "show at most `N` segments (0: all)", 0, math.MaxInt)
	flagEnum(cmd, &opts.Format, "format", "output `FORMAT`: text or jsonl", tm.FormatText, tm.FormatJSONL)
	return cmd
}

func runTMConcordance(ctx context.Context, opts *tmConcordanceOptions) error {
	return tmResults(ctx, opts.OpenTM, opts.IO, opts.Format, func(db *tm.DB, rw *tm.ResultWriter) error {
		if textio.IsTerminal(opts.IO.Out) {
			rw.Highlight = tm.HighlightANSI
		}
		n := 0
		for h, err := range db.Concordance(ctx, opts.Term, tm.ConcordanceOptions{Lang: opts.Src, Tgt: opts.Tgt}) {
			if errors.Is(err, tm.ErrNoWords) {
				return usageErr(err)
			} else if err == nil {
				err = rw.Hit(h)
			}
			if n++; err != nil || n == opts.Max { // Max 0: no limit
				return err
			}
		}
		return nil
	})
}

type tmExportOptions struct {
	IO       *IOStreams
	OpenTM   openTMFunc
	Src, Tgt language.Tag // language.Und: every language
	Format   tm.Format    // tm.FormatTMX or tm.FormatTSV
	Output   string       // "" or "-": standard output
	Filter   tmFilter
}

func newTMExportCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmExportOptions) error) *cobra.Command {
	opts := &tmExportOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := &cobra.Command{
		Use:   "export [--src LANG --tgt LANG] [--format FORMAT] [-o FILE]",
		Short: "Export the TM as TMX 1.4b or TSV",
		Long: `Write the TM as TMX 1.4b (valid against the TMX 1.4 DTD, with inline tags,
props and notes) or as TSV (SOURCE<TAB>TARGET; needs --src and --tgt; tabs and
line breaks inside segments become spaces). With --src and --tgt only units
in both languages, and only those variants, are written. -o writes FILE
atomically: on any failure no partial file is left.`,
		Example: `  bitext tm export -o memory.tmx
  bitext tm export --src en --tgt fr --format tsv > pairs.tsv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := tmPair(opts.Src, opts.Tgt, opts.Format == tm.FormatTSV); err != nil {
				return err
			}
			return runOr(cmd.Context(), opts, runF, runTMExport)
		},
	}
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "source language", "target language")
	flagEnum(cmd, &opts.Format, "format", "output `FORMAT`: tmx or tsv", tm.FormatTMX, tm.FormatTSV)
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of standard output")
	opts.Filter.bind(cmd, "export")
	return cmd
}

func runTMExport(ctx context.Context, opts *tmExportOptions) error {
	return withTM(ctx, opts.OpenTM, tmMustExist, func(db *tm.DB) error {
		if err := tmGuardOutput(opts.Output, db.Path()); err != nil {
			return err
		}
		return tmWriteOutput(opts.IO, opts.Output, func(w io.Writer) error {
			return db.Export(ctx, w, tm.ExportOptions{Format: opts.Format, Src: opts.Src, Tgt: opts.Tgt, ToolVersion: version, Filter: opts.Filter.f})
		})
	})
}

// tmGuardOutput refuses an output file that is the TM itself (or its WAL
// files), which writing would replace with the export.
func tmGuardOutput(output, dbPath string) error {
	if p, ok := textio.SameFile(output, dbPath, dbPath+"-wal", dbPath+"-shm"); ok && output != "-" {
		return badInputf("write %s: that is the translation memory itself (%s); write to another file", output, p)
	}
	return nil
}

// tmWriteOutput runs write on standard output, or on a temporary file
// renamed to name when write succeeds.
func tmWriteOutput(ios *IOStreams, name string, write func(io.Writer) error) error {
	if name != "" && name != "-" {
		return textio.WriteFile(name, 0o644, write)
	}
	bw := bufio.NewWriterSize(ios.Out, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	return flushErr(bw)
}

type tmStatsOptions struct {
	IO     *IOStreams
	OpenTM openTMFunc
	Format tm.Format // tm.FormatText or tm.FormatJSONL
}

func newTMStatsCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmStatsOptions) error) *cobra.Command {
	opts := &tmStatsOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := &cobra.Command{
		Use:   "stats [--format FORMAT]",
		Short: "Count units and segments per language",
		Long: `Print the TM's path, its units, its segments in all and per language, the
files imported, the distinct words indexed, its size in bytes and its schema
version; jsonl writes them as one JSON object.`,
		Example: `  bitext tm stats
  bitext --db team.db tm stats --format jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOr(cmd.Context(), opts, runF, runTMStats)
		},
	}
	flagEnum(cmd, &opts.Format, "format", "output `FORMAT`: text or jsonl", tm.FormatText, tm.FormatJSONL)
	return cmd
}

func runTMStats(ctx context.Context, opts *tmStatsOptions) error {
	return tmResults(ctx, opts.OpenTM, opts.IO, opts.Format, func(db *tm.DB, rw *tm.ResultWriter) error {
		s, err := db.Stats(ctx)
		if err != nil {
			return err
		}
		return rw.Stats(s)
	})
}
