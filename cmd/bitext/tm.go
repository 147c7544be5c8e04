package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime/debug"
	"strings"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

func newTMCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	cmd := groupCmd("tm", "Translation memory: import, lookup, concordance, pretranslate, export, edit, copy", "")
	cmd.AddCommand(newTMImportCmd(ios, g, nil), newTMAddCmd(ios, g, nil), newTMLookupCmd(ios, g, nil),
		newTMConcordanceCmd(ios, g, nil), newTMExportCmd(ios, g, nil), newTMStatsCmd(ios, g, nil), newTMCopyCmd(ios, nil), newTMPretranslateCmd(ios, g, nil))
	cmd.AddCommand(newTMMaintCmds(ios, g)...)
	return cmd
}

// tmLangFlags binds --src and --tgt.
func tmLangFlags(cmd *cobra.Command, src, tgt *language.Tag, srcUsage, tgtUsage string) {
	flagLang(cmd, src, "src", "", srcUsage+" (`LANG`: a BCP 47 tag such as en, fr, pt-BR)")
	flagLang(cmd, tgt, "tgt", "", tgtUsage+" (`LANG`: a BCP 47 tag)")
}

// tmPair checks --src and --tgt: both set (or, unless required, neither),
// and different; why (when not "") follows "--src is required".
func tmPair(src, tgt language.Tag, required bool, why ...string) error {
	switch und := language.Und; {
	case src == und && tgt == und && !required:
		return nil
	case src == und:
		return usageErr(errors.New("--src is required" + strings.Join(why, "")))
	case tgt == und:
		return usageErr(errors.New("--tgt is required" + strings.Join(why, "")))
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
	DryRun   bool
}

func newTMImportCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmImportOptions) error) *cobra.Command {
	opts := &tmImportOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := command("tm import", &cobra.Command{Use: "import [FILE...] [--src LANG --tgt LANG]", Short: "Import TMX, XLIFF, PO, TSV or `bitext align --format jsonl` files"},
		opts, func(args []string) error {
			opts.Files = inputNames(args)
			return cmp.Or(stdinOnce(opts.Files), tmPair(opts.Src, opts.Tgt, false))
		}, runF, runTMImport)
	flagEnum(cmd, &opts.Format, "format", "input `FORMAT`: auto, tmx, tsv, jsonl, xliff or po", tm.FormatAuto, tm.FormatTMX, tm.FormatTSV, tm.FormatJSONL, tm.FormatXLIFF, tm.FormatPO)
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "source language", "target language")
	cmd.Flags().BoolVar(&opts.Repair, "repair", false, "turn stray bpt/ept inline tags (TMX or XLIFF) into it tags (with a warning) instead of failing")
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, "import and roll back: say what would be stored, store nothing")
	return cmd
}

func runTMImport(ctx context.Context, opts *tmImportOptions) error {
	if err := textio.CheckFiles(opts.Files); err != nil { // a mistyped name creates no TM
		return err
	}
	// Bulk import allocates many short-lived strings: collect garbage less
	// often (about 10% less CPU on a large TMX, for some more memory).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	errOut, clear := opts.IO.ErrOut, ""
	fo := tm.ImportFilesOptions{ReadOptions: tm.ReadOptions{Format: opts.Format, Src: opts.Src, Tgt: opts.Tgt, Repair: opts.Repair}, Stdin: opts.IO.In, By: tmUser(""),
		Warn: func(name string, e *tmx.Error) { fmt.Fprintf(errOut, "bitext: warning: %s: %v\n", name, e) }, DryRun: opts.DryRun}
	access, dry := tmCreate, ""
	if opts.DryRun {
		access, dry = tmDryRun, " (dry run: nothing stored)"
	}
	if textio.IsTerminal(errOut) { // progress on a terminal, cleared after each file
		clear = "\r\x1b[K"
		fo.Progress = func(name string, n int) { fmt.Fprintf(errOut, "\rbitext: %s: %d units read", name, n) }
	}
	read := 0 // units read from every file; of none (or a dry run), a TM created for the import goes again
	fo.Imported = func(name string, st tm.ImportStats) {
		fmt.Fprintf(errOut, "%sbitext: %s: %s read, %d added, %d merged%s%s%s\n", clear, name, count(st.Read, "unit", "units"), st.Added, st.Merged, st.ReviewString(), st.Skipped, dry)
		if w := st.NoUnits(name); w != "" {
			fmt.Fprintf(errOut, "bitext: warning: %s\n", w)
		}
		for _, n := range st.Skipped.Notes(name) {
			fmt.Fprintf(errOut, "bitext: note: %s\n", n)
		}
		if !opts.DryRun {
			read += st.Read
		}
	}
	db, err := opts.OpenTM(ctx, access)
	if err != nil {
		return err
	}
	var ie *tm.ImportFilesError
	if err = db.ImportFiles(ctx, opts.Files, fo); errors.As(err, &ie) {
		fmt.Fprint(errOut, clear)
		err = tmImportErr(ctx, ie.Name, ie.Err, ie.Imported, opts.DryRun)
	}
	removed, err := db.FinishStore(err, read)
	if removed && err == nil && !opts.DryRun {
		fmt.Fprintf(errOut, "bitext: the new translation memory %s was removed: nothing was stored in it\n", db.Path())
	}
	return tmDBErr(err)
}

// tmImportErr says what the error importing the file name means
// (interrupted, bad usage, bad input or a failure), and which files were
// imported before it.
func tmImportErr(ctx context.Context, name string, err error, done []string, dry bool) error {
	ee := &exitError{Code: exitCodeOf(err), Err: fmt.Errorf("import %s: %w", name, err)}
	switch {
	case ctx.Err() != nil:
		ee.Code, ee.Err = exitInterrupted, fmt.Errorf("import %s: interrupted; nothing from %s was stored", name, name)
	case errors.Is(err, tm.ErrNeedLangs):
		ee.Hints = []string{"give --src and --tgt"}
	case errors.As(err, new(*textio.Error)), errors.Is(err, textio.ErrOpen):
		ee.Err = err // names the file (and line): not "import X: open X: permission denied"
		ee.Hints = []string{"nothing from " + name + " was stored"}
	case errors.As(err, new(*exitError)): // the file could not be read
	case errors.Is(err, tm.ErrReadOnly), errors.Is(err, tm.ErrUnavailable), errors.Is(err, tm.ErrStatementTimeout): // a database gone midway: exit 2, as at the start
		return tmDBErr(ee.Err)
	case ee.Code == exitBadInput, errors.Is(err, tm.ErrBusy):
		ee.Hints = []string{"nothing from " + name + " was stored" + tm.RepairHint(err)}
	}
	if len(done) > 0 && dry { // nothing of a dry run is stored
		ee.Hints = append(ee.Hints, "dry run: nothing was stored; read without error before it: "+strings.Join(done, ", "))
	} else if len(done) > 0 {
		ee.Hints = append(ee.Hints, "already imported: "+strings.Join(done, ", "))
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
	cmd := command("tm add", &cobra.Command{Use: "add --src LANG --tgt LANG SOURCE TARGET", Short: "Add one translation unit", Args: cobra.ExactArgs(2)},
		opts, func(args []string) error {
			opts.Source, opts.Target = args[0], args[1]
			return cmp.Or(tmPair(opts.Src, opts.Tgt, true), textio.CheckText("SOURCE", args[0]), textio.CheckText("TARGET", args[1]))
		}, runF, runTMAdd)
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "language of SOURCE", "language of TARGET")
	return cmd
}

func runTMAdd(ctx context.Context, opts *tmAddOptions) error {
	return withTM(ctx, opts.OpenTM, tmCreate, func(db *tm.DB) error {
		st, err := db.Add(ctx, tm.Unit{SrcLang: opts.Src, CreatedBy: tmUser(""), Variants: []tm.Variant{{Lang: opts.Src, Text: opts.Source}, {Lang: opts.Tgt, Text: opts.Target}}})
		if err == nil && st.Merged > 0 {
			fmt.Fprintln(opts.IO.ErrOut, "bitext: the unit was already in the TM")
		}
		return tmDBErr(err)
	})
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
	cmd := command("tm lookup", &cobra.Command{Use: "lookup TEXT|- --src LANG --tgt LANG", Short: "Find exact and fuzzy matches of a sentence", Args: cobra.MaximumNArgs(1)},
		opts, func(args []string) error {
			opts.Query = inputNames(args)[0]
			return cmp.Or(tmPair(opts.Src, opts.Tgt, true), textio.CheckText("TEXT", opts.Query))
		}, runF, runTMLookup)
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "language of the query", "language of the translations")
	flagIntRange(cmd, &opts.Min, "min", "show exact and fuzzy matches scoring at least `PERCENT` (0..101); fragments follow whatever it is", 0, tm.ContextScore)
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
	var note func() string
	err := tmResults(ctx, opts.OpenTM, opts.IO, opts.Format, func(db *tm.DB, rw *tm.ResultWriter) error {
		note = func() string { return rw.NoMatchNote(lo.Min) }
		if opts.Query != "-" {
			ms, err := db.Lookup(ctx, opts.Query, lo)
			if err != nil {
				return err
			}
			return cmp.Or(rw.Matches(opts.Query, ms), db.NotePair(ctx, rw, opts.Src, opts.Tgt))
		}
		return cmp.Or(rw.AllDocumentMatches(db.LookupDocument(ctx, textio.TextLines(opts.IO.In, stdinName, tm.MaxSegment), lo)), db.NotePair(ctx, rw, opts.Src, opts.Tgt))
	})
	return sayNote(err, opts.IO, note)
}

// sayNote returns err, or, when err is nil, says note's text on standard
// error if it has one (that a lookup or a search found nothing: its
// standard output is empty).
func sayNote(err error, ios *IOStreams, note func() string) error {
	if err == nil && note != nil && note() != "" {
		fmt.Fprintln(ios.ErrOut, "bitext: "+note())
	}
	return err
}

type tmConcordanceOptions struct {
	IO                     *IOStreams
	OpenTM                 openTMFunc
	Term, Match, Highlight string       // Match: all or words (Literal); Highlight: auto, ansi, markdown or none
	Src, Tgt               language.Tag // Tgt: language.Und for all translations
	Max                    int          // 0: all
	Format                 tm.Format    // tm.FormatText or tm.FormatJSONL
}

func newTMConcordanceCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmConcordanceOptions) error) *cobra.Command {
	opts := &tmConcordanceOptions{IO: ios, OpenTM: g.tmOpener(ios), Match: "all", Highlight: "auto"}
	cmd := command("tm concordance", &cobra.Command{Use: "concordance TERM... --src LANG [--tgt LANG]",
		Short: "Find a word or phrase in stored segments, with its translations", Args: cobra.MinimumNArgs(1)},
		opts, func(args []string) error {
			if opts.Src == language.Und {
				return usageErr(errors.New("--src is required"))
			}
			for _, a := range args {
				if err := textio.CheckArg("TERM", a); err != nil {
					return err
				}
			}
			opts.Term = strings.Join(args, " ")
			return nil
		}, runF, runTMConcordance)
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "language searched", "show only segments translated into this language, and only those translations")
	flagLang(cmd, &opts.Src, "lang", "", "old name of --src")
	cmd.Flags().MarkHidden("lang")
	flagIntRange(cmd, &opts.Max, "max", "show at most `N` segments (0: all)", 0, math.MaxInt)
	flagEnum(cmd, &opts.Format, "format", "output `FORMAT`: text or jsonl", tm.FormatText, tm.FormatJSONL)
	flagEnum(cmd, &opts.Match, "match", "find `WHAT`: all (word forms, name variants and aliases) or words (TERM's words only)", "all", "words")
	flagEnum(cmd, &opts.Highlight, "highlight", "mark hits in text output `HOW`: auto (ansi on a terminal, unless $NO_COLOR is set or $TERM is dumb; else markdown), ansi, markdown or none", "auto", "ansi", "markdown", "none")
	return cmd
}

func runTMConcordance(ctx context.Context, opts *tmConcordanceOptions) error {
	var note func() string
	err := tmResults(ctx, opts.OpenTM, opts.IO, opts.Format, func(db *tm.DB, rw *tm.ResultWriter) error {
		note = func() string { return rw.NoHitNote(opts.Term, opts.Src, opts.Tgt) }
		rw.SetHighlight(opts.Highlight, textio.ColorTerminal(opts.IO.Out))
		n := 0
		for h, err := range db.Concordance(ctx, opts.Term, tm.ConcordanceOptions{Lang: opts.Src, Tgt: opts.Tgt, Literal: opts.Match == "words"}) {
			if errors.Is(err, tm.ErrNoWords) {
				return usageErr(err)
			} else if err == nil {
				err = rw.Hit(h)
			}
			if n++; err != nil || n == opts.Max { // Max 0: no limit
				return err
			}
		}
		return db.NotePair(ctx, rw, opts.Src, opts.Tgt)
	})
	return sayNote(err, opts.IO, note)
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
	cmd := command("tm export", &cobra.Command{Use: "export [--src LANG --tgt LANG] [--format FORMAT] [-o FILE]", Short: "Export the TM as TMX 1.4b, TSV or XLIFF 1.2", Args: cobra.NoArgs},
		opts, func([]string) error {
			err := tmPair(opts.Src, opts.Tgt, opts.Format != tm.FormatTMX, ": "+tm.PairError(opts.Format).Error())
			if err != nil && opts.Format != tm.FormatTMX && (opts.Src == language.Und || opts.Tgt == language.Und) { // checked before the TM opens
				return usageErr(errors.Unwrap(err), "`bitext tm stats` lists the TM's languages; give two of them as --src and --tgt")
			}
			return err
		}, runF, runTMExport)
	tmLangFlags(cmd, &opts.Src, &opts.Tgt, "source language", "target language")
	flagEnum(cmd, &opts.Format, "format", "output `FORMAT`: tmx, tsv or xliff", tm.FormatTMX, tm.FormatTSV, tm.FormatXLIFF)
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of standard output")
	opts.Filter.bind(cmd, "export")
	return cmd
}

func runTMExport(ctx context.Context, opts *tmExportOptions) error {
	var note string
	err := withTM(ctx, opts.OpenTM, tmMustExist, func(db *tm.DB) error {
		if err := tmGuardOutput(opts.Output, db.Path()); err != nil {
			return err
		}
		err := tmWriteOutput(ctx, opts.IO, opts.Output, func(w io.Writer) error {
			return db.Export(ctx, w, tm.ExportOptions{Format: opts.Format, Src: opts.Src, Tgt: opts.Tgt, ToolVersion: version, Filter: opts.Filter.f})
		})
		if err == nil {
			note, err = db.ExportNote(ctx, opts.Src, opts.Tgt)
		}
		return err
	})
	return sayNote(err, opts.IO, func() string { return note })
}

// tmGuardOutput refuses an output file that is the TM itself (or its WAL
// files), which writing would replace with the export.
func tmGuardOutput(output, dbPath string) error {
	if p, ok := textio.SameFile(output, dbPath, dbPath+"-wal", dbPath+"-shm"); ok && output != "-" {
		return badInputf("write %s: that is the translation memory itself (%s); write to another file", output, p)
	}
	return nil
}

// tmWriteOutput runs write on standard output, or on name (a pipe no program
// reads yet waited for, saying so, until ctx ends: textio.WriteOutputContext).
func tmWriteOutput(ctx context.Context, ios *IOStreams, name string, write func(io.Writer) error) error {
	return textio.WriteOutputContext(ctx, name, ios.Out, func(n string) { fmt.Fprintln(ios.ErrOut, "bitext: note: "+n) }, write)
}

type tmStatsOptions struct {
	IO     *IOStreams
	OpenTM openTMFunc
	Format tm.Format // tm.FormatText or tm.FormatJSONL
}

func newTMStatsCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *tmStatsOptions) error) *cobra.Command {
	opts := &tmStatsOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := command("tm stats", &cobra.Command{Use: "stats [--format FORMAT]", Short: "Count units and segments per language", Args: cobra.NoArgs}, opts, nil, runF, runTMStats)
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
