package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
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
	return cmd
}

// tmOpen opens the TM the global options name, creating it if needed.
func tmOpen(ctx context.Context, g *globalOptions) (*tm.DB, error) {
	return g.tmOpener(g.ios)(ctx, tmCreate)
}

// tmLangFlags binds --src and --tgt (with completion) to src and tgt.
func tmLangFlags(cmd *cobra.Command, src, tgt *string, srcUsage, tgtUsage string) {
	cmd.Flags().StringVar(src, "src", "", srcUsage+" (`LANG`: a BCP 47 tag such as en, fr, pt-BR)")
	cmd.Flags().StringVar(tgt, "tgt", "", tgtUsage+" (`LANG`: a BCP 47 tag)")
	cmd.RegisterFlagCompletionFunc("src", completeLangs)
	cmd.RegisterFlagCompletionFunc("tgt", completeLangs)
}

// tmLangs parses --src and --tgt: both or, unless required, neither.
func tmLangs(src, tgt string, required bool) (language.Tag, language.Tag, error) {
	if src == "" && tgt == "" && !required {
		return language.Und, language.Und, nil
	}
	s, err := parseLang("src", src)
	if err != nil {
		return s, s, err
	}
	t, err := parseLang("tgt", tgt)
	if err == nil && s == t {
		return s, t, usageErr(fmt.Errorf("--src and --tgt are both %s", s))
	}
	return s, t, err
}

// tmFormatFlag binds --format to p; values[0] is the default.
func tmFormatFlag(cmd *cobra.Command, p *string, what string, values ...string) {
	cmd.Flags().StringVar(p, "format", values[0], what+" `FORMAT`: "+strings.Join(values, ", "))
	cmd.RegisterFlagCompletionFunc("format", completeValues(values...))
}

// tmCheckFormat refuses a --format that is not one of values.
func tmCheckFormat(format string, values ...string) error {
	if !slices.Contains(values, format) {
		return usageErr(fmt.Errorf("--format %q: want %s", format, strings.Join(values, ", ")))
	}
	return nil
}

// ---- import

type tmImportOptions struct {
	IO       *IOStreams
	OpenTM   openTMFunc
	Files    []string
	Format   string // tm.FormatAuto, FormatTMX, FormatTSV or FormatJSONL
	Src, Tgt language.Tag
	Repair   bool
}

func newTMImportCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmImportOptions) error) *cobra.Command {
	opts := &tmImportOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	var src, tgt string
	cmd := &cobra.Command{
		Use:   "import [FILE...] [--src LANG --tgt LANG]",
		Short: "Import TMX, TSV or `bitext align --format jsonl` files",
		Long: `Import units from each FILE (or standard input) into the TM. Each file is
imported in one transaction: a file with an error, or an interrupted import,
stores nothing of it. Units already in the TM are merged, not repeated.

Formats: tmx (1.4b or 1.1, UTF-8 or UTF-16), tsv (SOURCE<TAB>TARGET[<TAB>SCORE])
and jsonl (the output of bitext align --format jsonl); auto picks by file
name, then by content. tsv and jsonl need --src and --tgt; with tmx they keep
only units holding both languages. A gzip-compressed file is read as it is.`,
		Example: `  bitext tm import memory.tmx
  bitext tm import --src en --tgt fr pairs.tsv aligned.jsonl.gz`,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			opts.Files = inputNames(args)
			if err := tmCheckFormat(opts.Format, tm.FormatAuto, tm.FormatTMX, tm.FormatTSV, tm.FormatJSONL); err != nil {
				return err
			}
			if opts.Src, opts.Tgt, err = tmLangs(src, tgt, false); err != nil {
				return err
			}
			return runOr(cmd.Context(), opts, runF, runTMImport)
		},
	}
	tmFormatFlag(cmd, &opts.Format, "input", tm.FormatAuto, tm.FormatTMX, tm.FormatTSV, tm.FormatJSONL)
	tmLangFlags(cmd, &src, &tgt, "source language", "target language")
	cmd.Flags().BoolVar(&opts.Repair, "repair", false, "turn stray bpt/ept inline tags into it tags (with a warning) instead of failing")
	return cmd
}

func runTMImport(ctx context.Context, opts *tmImportOptions) error {
	for _, name := range opts.Files { // a mistyped name creates no TM
		if _, err := os.Stat(name); err != nil && name != "-" {
			return openError(name, err)
		}
	}
	db, err := opts.OpenTM(ctx, tmCreate)
	if err != nil {
		return err
	}
	defer db.Close()
	// Bulk import allocates many short-lived strings: collect garbage less
	// often (about 10% less CPU on a large TMX, for some more memory).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	var done []string
	for _, name := range opts.Files {
		st, err := tmImportFile(ctx, opts, db, name)
		if err != nil {
			if len(done) > 0 {
				err = withHint(err, "already imported: "+strings.Join(done, ", "))
			}
			return err
		}
		done = append(done, displayName(name))
		fmt.Fprintf(opts.IO.ErrOut, "bitext: %s: %d units read, %d added, %d merged\n", displayName(name), st.Read, st.Added, st.Merged)
	}
	return nil
}

func tmImportFile(ctx context.Context, opts *tmImportOptions, db *tm.DB, name string) (tm.ImportStats, error) {
	disp, ios := displayName(name), opts.IO
	f, err := openFile(ios, name)
	if err != nil {
		return tm.ImportStats{}, err
	}
	defer f.Close()
	warn := func(e *tmx.Error) { fmt.Fprintf(ios.ErrOut, "bitext: warning: %s: %v\n", disp, e) }
	units, iopt, closeF, err := tm.OpenFile(ctx, f, disp, tm.ReadOptions{Format: opts.Format, Src: opts.Src, Tgt: opts.Tgt, Repair: opts.Repair, Warn: warn})
	if err != nil {
		return tm.ImportStats{}, tmInputErr(ctx, disp, err)
	}
	defer closeF()
	if tmIsTerminal(ios.ErrOut) {
		iopt.Progress = func(n int) { fmt.Fprintf(ios.ErrOut, "\rbitext: %s: %d units read", disp, n) }
		defer fmt.Fprint(ios.ErrOut, "\r\x1b[K")
	}
	st, err := db.Import(ctx, units, iopt)
	return st, tmInputErr(ctx, disp, err)
}

// tmInputErr says what an import error means: interrupted (exit 130), bad
// input or usage naming the file (exit 2), or a failure.
func tmInputErr(ctx context.Context, name string, err error) error {
	stored := "nothing from " + name + " was stored"
	switch {
	case err == nil:
		return nil
	case ctx.Err() != nil:
		return &exitError{code: exitInterrupted, err: fmt.Errorf("import %s: interrupted; %s", name, stored)}
	case errors.Is(err, tm.ErrNeedLangs):
		return usageErr(fmt.Errorf("import %s: %w", name, err), "give --src and --tgt")
	case errors.As(err, new(*textio.Error)):
		return inputErr(err) // names the file and line
	case errors.Is(err, tm.ErrBadInput), errors.Is(err, tm.ErrBadUnit):
		return badInput(fmt.Errorf("import %s: %w", name, err), stored)
	case errors.Is(err, tm.ErrReadOnly):
		return tmDBErr(err)
	}
	return fmt.Errorf("import %s: %w", name, err)
}

// withHint adds a hint to err.
func withHint(err error, hint string) error {
	var ee *exitError
	if errors.As(err, &ee) {
		ee.hints = append(ee.hints, hint)
		return ee
	}
	return &exitError{code: exitCheckFailed, err: err, hints: []string{hint}}
}

// ---- add

type tmAddOptions struct {
	IO             *IOStreams
	OpenTM         openTMFunc
	Src, Tgt       language.Tag
	Source, Target string
}

func newTMAddCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmAddOptions) error) *cobra.Command {
	opts := &tmAddOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	var src, tgt string
	cmd := &cobra.Command{
		Use:   "add --src LANG --tgt LANG SOURCE TARGET",
		Short: "Add one translation unit",
		Long: `Add SOURCE (in --src) and its translation TARGET (in --tgt) to the TM as one
unit; a unit already there is merged, and that is said on standard error.`,
		Example: `  bitext tm add --src en --tgt fr "The weather was fine." "Il faisait beau."`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if opts.Src, opts.Tgt, err = tmLangs(src, tgt, true); err != nil {
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
	tmLangFlags(cmd, &src, &tgt, "language of SOURCE", "language of TARGET")
	return cmd
}

func runTMAdd(ctx context.Context, opts *tmAddOptions) error {
	db, err := opts.OpenTM(ctx, tmCreate)
	if err != nil {
		return err
	}
	defer db.Close()
	s, t := opts.Src.String(), opts.Tgt.String()
	st, err := db.Add(ctx, tm.Unit{SrcLang: s, Variants: []tm.Variant{{Lang: s, Text: opts.Source}, {Lang: t, Text: opts.Target}}})
	if err != nil {
		return tmDBErr(err)
	}
	if st.Merged > 0 {
		fmt.Fprintln(opts.IO.ErrOut, "bitext: the unit was already in the TM")
	}
	return nil
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

// ---- lookup

type tmLookupOptions struct {
	IO       *IOStreams
	OpenTM   openTMFunc
	Query    string // "-": one query a line from standard input
	Src, Tgt language.Tag
	Min, Max int
	Format   string // text or jsonl
}

func newTMLookupCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmLookupOptions) error) *cobra.Command {
	opts := &tmLookupOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	var src, tgt string
	cmd := &cobra.Command{
		Use:   "lookup TEXT|- --src LANG --tgt LANG",
		Short: "Find exact and fuzzy matches of a sentence",
		Long: `Find the stored segments most like TEXT, best first, with a score: 101 an
exact match in the same context, 100 exact, below that a fuzzy match (word
edit distance, with small penalties for case, numbers, tags, punctuation).
With -, read one query a line from standard input; consecutive lines are a
document, so a match whose neighbours also match scores 101; an empty line
ends a paragraph.

text output: "SCORE<TAB>TARGET" then an indented line with the stored source
(a word diff for fuzzy matches: [-in the TM-]{+in the query+}); with -, each
query's matches follow a line "# QUERY".
jsonl output: {"query","score","source","target","diff",...} one match a line.`,
		Example: `  bitext tm lookup --src en --tgt fr "The weather was fine."
  bitext tm lookup --src en --tgt fr --min 80 --format jsonl - < article.en.seg.txt`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			opts.Query = "-"
			if len(args) == 1 {
				opts.Query = args[0]
			}
			if err := tmCheckFormat(opts.Format, "text", "jsonl"); err != nil {
				return err
			}
			if opts.Min < 0 || opts.Min > tm.ContextScore || opts.Max < 1 {
				return usageErr(fmt.Errorf("--min must be 0..101 and --max at least 1"))
			}
			if opts.Src, opts.Tgt, err = tmLangs(src, tgt, true); err != nil {
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
	tmLangFlags(cmd, &src, &tgt, "language of the query", "language of the translations")
	cmd.Flags().IntVar(&opts.Min, "min", tm.DefaultMin, "show matches scoring at least `PERCENT` (0..101)")
	cmd.Flags().IntVar(&opts.Max, "max", tm.DefaultMax, "show at most `N` matches per query")
	tmFormatFlag(cmd, &opts.Format, "output", "text", "jsonl")
	return cmd
}

func runTMLookup(ctx context.Context, opts *tmLookupOptions) error {
	db, err := opts.OpenTM(ctx, tmMustExist)
	if err != nil {
		return err
	}
	defer db.Close()
	out := bufio.NewWriter(opts.IO.Out)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	lo := tm.LookupOptions{Src: opts.Src, Tgt: opts.Tgt, Min: opts.Min, Max: opts.Max}
	if opts.Min == 0 {
		lo.Min = -1 // keep everything (zero means the default)
	}
	write := func(q string, ms []tm.Match, heading bool) error {
		if opts.Format == "jsonl" {
			for _, m := range ms {
				if err := enc.Encode(tm.NewMatchRecord(q, m)); err != nil {
					return err
				}
			}
			return nil
		}
		if heading {
			fmt.Fprintf(out, "# %s\n", q)
		}
		for _, m := range ms {
			fmt.Fprintf(out, "%d\t%s\n\t%s\n", m.Score, m.Target, cmp.Or(m.Diff, m.Source))
		}
		if heading {
			fmt.Fprintln(out)
		}
		return nil
	}
	if opts.Query != "-" {
		ms, err := db.Lookup(ctx, opts.Query, lo)
		if err != nil {
			return err
		}
		return write(opts.Query, ms, false)
	}
	queries := textio.Lines(opts.IO.In, stdinName, tm.MaxSegment)
	for dm, err := range db.LookupDocument(ctx, queries, lo) {
		if err != nil {
			return inputErr(err)
		}
		if err := write(dm.Query, dm.Matches, true); err != nil {
			return err
		}
	}
	return nil
}

// ---- concordance

type tmConcordanceOptions struct {
	IO       *IOStreams
	OpenTM   openTMFunc
	Term     string
	Src, Tgt language.Tag // Tgt: language.Und for all translations
	Max      int          // 0: all
	Format   string       // text or jsonl
}

func newTMConcordanceCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmConcordanceOptions) error) *cobra.Command {
	opts := &tmConcordanceOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	var src, tgt string
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
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if err := tmCheckFormat(opts.Format, "text", "jsonl"); err != nil {
				return err
			}
			flag := "src"
			if cmd.Flags().Changed("lang") {
				flag = "lang" // the old spelling, in messages about it
			}
			if opts.Src, err = parseLang(flag, src); err != nil {
				return err
			}
			if tgt != "" {
				if opts.Tgt, err = parseLang("tgt", tgt); err != nil {
					return err
				}
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
	tmLangFlags(cmd, &src, &tgt, "language searched", "show only translations in this language")
	cmd.Flags().StringVar(&src, "lang", "", "old name of --src")
	cmd.Flags().MarkHidden("lang")
	cmd.Flags().IntVar(&opts.Max, "max", 0, "show at most `N` segments (0: all)")
	tmFormatFlag(cmd, &opts.Format, "output", "text", "jsonl")
	return cmd
}

func runTMConcordance(ctx context.Context, opts *tmConcordanceOptions) error {
	db, err := opts.OpenTM(ctx, tmMustExist)
	if err != nil {
		return err
	}
	defer db.Close()
	out := bufio.NewWriter(opts.IO.Out)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	bold, unbold := "**", "**"
	if tmIsTerminal(opts.IO.Out) {
		bold, unbold = "\x1b[1;31m", "\x1b[0m"
	}
	n := 0
	for h, err := range db.Concordance(ctx, opts.Term, tm.ConcordanceOptions{Lang: opts.Src, Tgt: opts.Tgt}) {
		if errors.Is(err, tm.ErrNoWords) {
			return usageErr(err)
		} else if err != nil {
			return err
		}
		if n++; opts.Max > 0 && n > opts.Max {
			break
		}
		if opts.Format == "jsonl" {
			if err := enc.Encode(tm.NewHitRecord(h)); err != nil {
				return err
			}
			continue
		}
		last := 0
		for _, s := range h.Spans {
			fmt.Fprint(out, tmOneLine(h.Text[last:s[0]]), bold, tmOneLine(h.Text[s[0]:s[1]]), unbold)
			last = s[1]
		}
		fmt.Fprint(out, tmOneLine(h.Text[last:]))
		for _, t := range h.Translations {
			fmt.Fprint(out, "\t", tmOneLine(t.Text))
		}
		fmt.Fprintln(out)
	}
	return nil
}

// tmOneLine keeps a segment on one line of text output.
func tmOneLine(s string) string {
	return strings.NewReplacer("\n", " ", "\r", " ").Replace(s)
}

// tmIsTerminal reports whether w is a terminal.
func tmIsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// ---- export

type tmExportOptions struct {
	IO       *IOStreams
	OpenTM   openTMFunc
	Src, Tgt language.Tag // language.Und: every language
	Format   string       // tmx or tsv
	Output   string       // "" or "-": standard output
}

func newTMExportCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmExportOptions) error) *cobra.Command {
	opts := &tmExportOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	var src, tgt string
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
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if err := tmCheckFormat(opts.Format, "tmx", "tsv"); err != nil {
				return err
			}
			if opts.Src, opts.Tgt, err = tmLangs(src, tgt, opts.Format == "tsv"); err != nil {
				return err
			}
			return runOr(cmd.Context(), opts, runF, runTMExport)
		},
	}
	tmLangFlags(cmd, &src, &tgt, "source language", "target language")
	tmFormatFlag(cmd, &opts.Format, "output", "tmx", "tsv")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}

func runTMExport(ctx context.Context, opts *tmExportOptions) error {
	db, err := opts.OpenTM(ctx, tmMustExist)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := tmGuardOutput(opts.Output, db.Path()); err != nil {
		return err
	}
	return tmWriteOutput(opts.IO, opts.Output, func(w io.Writer) error {
		return db.Export(ctx, w, opts.Format, opts.Src, opts.Tgt, version)
	})
}

// tmGuardOutput refuses an output file that is the TM itself (or its WAL
// files), which writing would replace with the export.
func tmGuardOutput(output, dbPath string) error {
	if output == "" || output == "-" {
		return nil
	}
	out, outErr := os.Stat(output)
	absOut, _ := filepath.Abs(output)
	for _, p := range []string{dbPath, dbPath + "-wal", dbPath + "-shm"} {
		st, err := os.Stat(p)
		// The WAL files come and go: compare their names too.
		absP, _ := filepath.Abs(p)
		if outErr == nil && err == nil && os.SameFile(out, st) || absOut == absP {
			return badInputf("write %s: that is the translation memory itself (%s); write to another file", output, p)
		}
	}
	return nil
}

// tmWriteOutput runs write on standard output, or on a temporary file
// renamed to name when write succeeds.
func tmWriteOutput(ios *IOStreams, name string, write func(io.Writer) error) error {
	if name != "" && name != "-" {
		err := textio.WriteFile(name, 0o644, write)
		if errors.Is(err, textio.ErrPlace) {
			return badInput(err)
		}
		return err
	}
	bw := bufio.NewWriterSize(ios.Out, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	return flushErr(bw)
}

// ---- stats

type tmStatsOptions struct {
	IO     *IOStreams
	OpenTM openTMFunc
	Format string // text or jsonl
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
			if err := tmCheckFormat(opts.Format, "text", "jsonl"); err != nil {
				return err
			}
			return runOr(cmd.Context(), opts, runF, runTMStats)
		},
	}
	tmFormatFlag(cmd, &opts.Format, "output", "text", "jsonl")
	return cmd
}

func runTMStats(ctx context.Context, opts *tmStatsOptions) error {
	db, err := opts.OpenTM(ctx, tmMustExist)
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	w := opts.IO.Out
	if opts.Format == "jsonl" {
		return json.NewEncoder(w).Encode(tm.NewStatsRecord(s))
	}
	fmt.Fprintf(w, "path\t%s\nunits\t%d\nsegments\t%d\n", s.Path, s.Units, s.Variants)
	for _, l := range s.Langs {
		fmt.Fprintf(w, "lang %s\t%d\n", l.Lang, l.Count)
	}
	fmt.Fprintf(w, "imports\t%d\nindex words\t%d\nbytes\t%d\nschema\t%d\n", s.Imports, s.Words, s.Bytes, s.SchemaVersion)
	return nil
}
