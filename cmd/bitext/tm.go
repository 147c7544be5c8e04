package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

func newTMCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	cmd := groupCmd("tm", "Translation memory: import, add, lookup, concordance, export, stats", `The translation memory keeps translation units (a segment in any number of
languages) in one SQLite file. Import TMX (1.4b, 1.1, UTF-8 or UTF-16), TSV
or aligner output; look up exact and fuzzy matches; search a term in context;
export TMX 1.4b for other CAT tools.`)
	cmd.AddCommand(newTMImportCmd(ios, g), newTMAddCmd(ios, g), newTMLookupCmd(ios, g),
		newTMConcordanceCmd(ios, g), newTMExportCmd(ios, g), newTMStatsCmd(ios, g))
	return cmd
}

// tmOpen opens the TM the global options name, creating it if needed.
func tmOpen(ctx context.Context, g *globalOptions) (*tm.DB, error) {
	return g.tmOpener(g.ios)(ctx, tmCreate)
}

// tmOpenExisting opens the TM for a command that only reads it.
func tmOpenExisting(ctx context.Context, g *globalOptions) (*tm.DB, error) {
	return g.tmOpener(g.ios)(ctx, tmMustExist)
}

// tmLangs parses optional --src and --tgt flags: both or neither.
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

// ---- import

type tmImportOptions struct {
	Files    []string
	Format   string
	Src, Tgt string
	Repair   bool
}

func newTMImportCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	opts := &tmImportOptions{}
	cmd := &cobra.Command{
		Use:   "import [FILE...]",
		Short: "Import TMX, TSV or `bitext align --format jsonl` files",
		Long: `Import units from each FILE (or standard input) into the TM. Each file is
imported in one transaction: a file with an error is reported with its line
and nothing of it is stored. Units already in the TM are merged, not repeated.

Formats: tmx (1.4b or 1.1, UTF-8 or UTF-16), tsv (SOURCE<TAB>TARGET[<TAB>SCORE])
and jsonl (the output of bitext align --format jsonl); auto picks by file
name, then by content. tsv and jsonl need --src and --tgt; with tmx they keep
only units holding both languages. A gzip-compressed file (memory.tmx.gz) is
read as it is.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = inputNames(args)
			return tmImportRun(cmd.Context(), ios, g, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "auto", "input format: auto, tmx, tsv or jsonl")
	cmd.Flags().StringVar(&opts.Src, "src", "", "source language (BCP 47)")
	cmd.Flags().StringVar(&opts.Tgt, "tgt", "", "target language (BCP 47)")
	cmd.Flags().BoolVar(&opts.Repair, "repair", false, "turn stray bpt/ept inline tags into it tags (with a warning) instead of failing")
	return cmd
}

func tmImportRun(ctx context.Context, ios *IOStreams, g *globalOptions, opts *tmImportOptions) error {
	switch opts.Format {
	case "auto", "tmx", "tsv", "jsonl":
	default:
		return usageErr(fmt.Errorf("--format %q: want auto, tmx, tsv or jsonl", opts.Format))
	}
	src, tgt, err := tmLangs(opts.Src, opts.Tgt, false)
	if err != nil {
		return err
	}
	db, err := tmOpen(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	// Bulk import allocates many short-lived strings: collect garbage less
	// often (about 10% less CPU on a large TMX, for some more memory).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	var done []string
	for _, name := range opts.Files {
		st, err := tmImportFile(ctx, ios, db, name, opts, src, tgt)
		if err != nil {
			var hints []string
			if len(done) > 0 {
				hints = append(hints, "already imported: "+strings.Join(done, ", "))
			}
			var ee *exitError
			if errors.As(err, &ee) {
				ee.hints = append(ee.hints, hints...)
				return ee
			}
			return &exitError{code: exitCheckFailed, err: err, hints: hints}
		}
		done = append(done, displayName(name))
		fmt.Fprintf(ios.ErrOut, "bitext: %s: %d units read, %d added, %d merged\n", displayName(name), st.Read, st.Added, st.Merged)
	}
	return nil
}

func tmImportFile(ctx context.Context, ios *IOStreams, db *tm.DB, name string, opts *tmImportOptions, src, tgt language.Tag) (tm.ImportStats, error) {
	disp := displayName(name)
	var raw io.Reader
	if name == "-" {
		raw = ios.In
	} else {
		f, err := os.Open(name)
		if err != nil {
			return tm.ImportStats{}, openError(name, err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return tm.ImportStats{}, badInputf("read %s: is a directory", name)
		}
		raw = f
	}
	// A gzip-compressed file (as TM exchanges often are) is read through;
	// other archives are named for what they are.
	br, sniffName, closeGz, err := tm.Decompress(bufio.NewReaderSize(raw, 64<<10), name)
	if err != nil {
		return tm.ImportStats{}, badInputf("read %s: %v", disp, err)
	}
	defer closeGz()
	format := opts.Format
	if format == "auto" {
		head, _ := br.Peek(512)
		format = tm.DetectFormat(sniffName, head)
	}
	ropt := tm.ReadOptions{Format: format, Src: src, Tgt: tgt, Repair: opts.Repair}
	var in io.Reader = br
	if format == tm.FormatTMX {
		ropt.Warn = func(e *tmx.Error) { fmt.Fprintf(ios.ErrOut, "bitext: warning: %s: %v\n", disp, e) }
	} else {
		if src == language.Und {
			return tm.ImportStats{}, usageErr(fmt.Errorf("import %s: %s input needs --src and --tgt", disp, format))
		}
		in = &utf8Reader{name: disp, r: br, c: io.NopCloser(nil), line: 1, start: true}
	}
	units, iopt, err := tm.OpenImport(in, ropt)
	if err != nil {
		return tm.ImportStats{}, tmInputErr(disp, err)
	}
	iopt.File = filepath.Base(disp)
	if tmIsTerminal(ios.ErrOut) {
		iopt.Progress = func(n int) { fmt.Fprintf(ios.ErrOut, "\rbitext: %s: %d units read", disp, n) }
		defer fmt.Fprint(ios.ErrOut, "\r\x1b[K")
	}
	st, err := db.Import(ctx, units, iopt)
	if err != nil {
		return st, tmInputErr(disp, err)
	}
	return st, nil
}

// tmInputErr makes errors about the input bad-input errors naming the file.
func tmInputErr(name string, err error) error {
	var te *tmx.Error
	var le *tm.LineError
	var ee *exitError
	switch {
	case errors.As(err, &ee):
		return err // already names the file (utf8Reader)
	case errors.As(err, &te), errors.As(err, &le), errors.Is(err, tm.ErrBadUnit):
		return badInput(fmt.Errorf("import %s: %w", name, err), "nothing from "+name+" was stored")
	case errors.Is(err, tm.ErrReadOnly):
		return tmDBErr(err)
	}
	return fmt.Errorf("import %s: %w", name, err)
}

// ---- add

func newTMAddCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	var src, tgt string
	cmd := &cobra.Command{
		Use:   "add --src L --tgt L SOURCE TARGET",
		Short: "Add one translation unit",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, t, err := tmLangs(src, tgt, true)
			if err != nil {
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
			db, err := tmOpen(cmd.Context(), g)
			if err != nil {
				return err
			}
			defer db.Close()
			st, err := db.Add(cmd.Context(), tm.Unit{SrcLang: s.String(), Variants: []tm.Variant{
				{Lang: s.String(), Text: args[0]}, {Lang: t.String(), Text: args[1]}}})
			if err != nil {
				return tmDBErr(err)
			}
			if st.Merged > 0 {
				fmt.Fprintln(ios.ErrOut, "bitext: the unit was already in the TM")
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&src, "src", "", "source language (BCP 47)")
	cmd.Flags().StringVar(&tgt, "tgt", "", "target language (BCP 47)")
	return cmd
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
	Query    string
	Src, Tgt string
	Min, Max int
	Format   string
}

func newTMLookupCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	opts := &tmLookupOptions{}
	cmd := &cobra.Command{
		Use:   "lookup TEXT|- --src L --tgt L",
		Short: "Find exact and fuzzy matches of a sentence",
		Long: `Find the stored segments most like TEXT, best first, with a score: 101 an
exact match in the same context, 100 exact, below that a fuzzy match (word
edit distance, with small penalties for case, numbers, tags, punctuation).
With -, read one query a line from standard input; consecutive lines are a
document, so a match whose neighbours also match scores 101.

text output: "SCORE<TAB>TARGET" then an indented line with the stored source
(a word diff for fuzzy matches: [-in the TM-]{+in the query+}); with -, each
query's matches follow a line "# QUERY".
jsonl output: {"query","score","source","target","diff",...} one match a line.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Query = "-"
			if len(args) == 1 {
				opts.Query = args[0]
			}
			return tmLookupRun(cmd.Context(), ios, g, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Src, "src", "", "language of the query (BCP 47)")
	cmd.Flags().StringVar(&opts.Tgt, "tgt", "", "language of the translations (BCP 47)")
	cmd.Flags().IntVar(&opts.Min, "min", tm.DefaultMin, "lowest score shown (percent)")
	cmd.Flags().IntVar(&opts.Max, "max", tm.DefaultMax, "most matches shown per query")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or jsonl")
	return cmd
}

// tmMatchJSON is a lookup result line.
type tmMatchJSON struct {
	Query       string  `json:"query"`
	Score       int     `json:"score"`
	Source      string  `json:"source"`
	Target      string  `json:"target"`
	Diff        string  `json:"diff"`
	SourceLang  string  `json:"source_lang"`
	TargetLang  string  `json:"target_lang"`
	Substituted bool    `json:"substituted,omitempty"`
	File        string  `json:"file,omitempty"`
	SrcDoc      string  `json:"src_doc,omitempty"`
	TgtDoc      string  `json:"tgt_doc,omitempty"`
	AlignScore  float64 `json:"align_score,omitempty"`
}

func tmLookupRun(ctx context.Context, ios *IOStreams, g *globalOptions, opts *tmLookupOptions) error {
	if opts.Format != "text" && opts.Format != "jsonl" {
		return usageErr(fmt.Errorf("--format %q: want text or jsonl", opts.Format))
	}
	if opts.Min < 0 || opts.Min > tm.ContextScore || opts.Max < 1 {
		return usageErr(fmt.Errorf("--min must be 0..101 and --max at least 1"))
	}
	src, tgt, err := tmLangs(opts.Src, opts.Tgt, true)
	if err != nil {
		return err
	}
	db, err := tmOpenExisting(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	out := bufio.NewWriter(ios.Out)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	lo := tm.LookupOptions{Src: src, Tgt: tgt, Min: opts.Min, Max: opts.Max}
	if opts.Min == 0 {
		lo.Min = -1 // keep everything
	}
	one := func(q, prev, next string, heading bool) error {
		lo.Prev, lo.Next = prev, next
		ms, err := db.Lookup(ctx, q, lo)
		if err != nil {
			return err
		}
		if opts.Format == "jsonl" {
			for _, m := range ms {
				if err := enc.Encode(tmMatchJSON{Query: q, Score: m.Score, Source: m.Source, Target: m.Target,
					Diff: m.Diff, SourceLang: m.SourceLang, TargetLang: m.TargetLang, Substituted: m.Substituted,
					File: m.Origin.File, SrcDoc: m.Origin.SrcDoc, TgtDoc: m.Origin.TgtDoc, AlignScore: m.Origin.Score}); err != nil {
					return err
				}
			}
			return nil
		}
		if heading {
			fmt.Fprintf(out, "# %s\n", q)
		}
		for _, m := range ms {
			fmt.Fprintf(out, "%d\t%s\n", m.Score, m.Target)
			if m.Diff != "" {
				fmt.Fprintf(out, "\t%s\n", m.Diff)
			} else {
				fmt.Fprintf(out, "\t%s\n", m.Source)
			}
		}
		if heading {
			fmt.Fprintln(out)
		}
		return nil
	}
	if opts.Query != "-" {
		if err := tmCheckArg("TEXT", opts.Query); err != nil {
			return err
		}
		return one(opts.Query, "", "", false)
	}
	in, err := openInput(ios, "-")
	if err != nil {
		return err
	}
	defer in.Close()
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), tm.MaxSegment)
	// Consecutive lines are a document: each query's neighbours are its
	// context. An empty line ends a paragraph (no neighbour across it).
	var prev, cur string
	have := false
	for sc.Scan() {
		if err := readErr(in); err != nil {
			return err
		}
		line := strings.TrimSpace(strings.TrimSuffix(sc.Text(), "\r"))
		if have {
			if err := one(cur, prev, line, true); err != nil {
				return err
			}
			prev = cur
		}
		cur, have = line, line != ""
		if !have {
			prev = ""
		}
	}
	if err := sc.Err(); err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			return err
		}
		if errors.Is(err, bufio.ErrTooLong) {
			return badInputf("read %s: a line longer than %d MiB (not one sentence)", stdinName, tm.MaxSegment>>20)
		}
		return badInputf("read %s: %v", stdinName, err)
	}
	if have {
		return one(cur, prev, "", true)
	}
	return nil
}

// ---- concordance

func newTMConcordanceCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	var lang, tgt, format string
	var maxHits int
	cmd := &cobra.Command{
		Use:   "concordance TERM... --lang L",
		Short: "Find a word or phrase in stored segments, with its translations",
		Long: `Print each stored segment in --lang that contains TERM (its words in order,
case- and accent-insensitive), with the hits marked **like this** (bold on a
terminal), a tab, and its translations (only --tgt's, if given).
jsonl: {"lang","text","hits":[[start,end],...],"translations":[{"lang","text"}]}
with byte offsets into text.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "jsonl" {
				return usageErr(fmt.Errorf("--format %q: want text or jsonl", format))
			}
			l, err := parseLang("lang", lang)
			if err != nil {
				return err
			}
			for _, a := range args {
				if err := tmCheckArg("TERM", a); err != nil {
					return err
				}
			}
			co := tm.ConcordanceOptions{Lang: l}
			if tgt != "" {
				if co.Tgt, err = parseLang("tgt", tgt); err != nil {
					return err
				}
			}
			db, err := tmOpenExisting(cmd.Context(), g)
			if err != nil {
				return err
			}
			defer db.Close()
			out := bufio.NewWriter(ios.Out)
			defer out.Flush()
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			bold, unbold := "**", "**"
			if tmIsTerminal(ios.Out) {
				bold, unbold = "\x1b[1;31m", "\x1b[0m"
			}
			n := 0
			for h, err := range db.Concordance(cmd.Context(), strings.Join(args, " "), co) {
				if errors.Is(err, tm.ErrNoWords) {
					return usageErr(err)
				}
				if err != nil {
					return err
				}
				if maxHits > 0 && n >= maxHits {
					break
				}
				n++
				if format == "jsonl" {
					type tr struct {
						Lang string `json:"lang"`
						Text string `json:"text"`
					}
					row := struct {
						Lang         string   `json:"lang"`
						Text         string   `json:"text"`
						Hits         [][2]int `json:"hits"`
						Translations []tr     `json:"translations"`
					}{Lang: h.Lang, Text: h.Text, Hits: h.Spans, Translations: []tr{}}
					for _, t := range h.Translations {
						row.Translations = append(row.Translations, tr{t.Lang, t.Text})
					}
					if err := enc.Encode(row); err != nil {
						return err
					}
					continue
				}
				var b strings.Builder
				last := 0
				for _, s := range h.Spans {
					b.WriteString(h.Text[last:s[0]])
					b.WriteString(bold + h.Text[s[0]:s[1]] + unbold)
					last = s[1]
				}
				b.WriteString(h.Text[last:])
				for _, t := range h.Translations {
					b.WriteString("\t" + t.Text)
				}
				fmt.Fprintln(out, tmOneLine(b.String()))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "", "language searched (BCP 47)")
	cmd.Flags().StringVar(&tgt, "tgt", "", "show only translations in this language")
	cmd.Flags().IntVar(&maxHits, "max", 0, "most segments shown (0: all)")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or jsonl")
	return cmd
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

func newTMExportCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	var src, tgt, format, output string
	cmd := &cobra.Command{
		Use:   "export [--src L --tgt L] [--format tmx|tsv] [-o FILE]",
		Short: "Export the TM as TMX 1.4b or TSV",
		Long: `Write the TM as TMX 1.4b (valid against the TMX 1.4 DTD, with inline tags,
props and notes) or as TSV (SOURCE<TAB>TARGET; needs --src and --tgt; tabs and
line breaks inside segments become spaces). With --src and --tgt only units
in both languages, and only those variants, are written. -o writes FILE
atomically: on any failure no partial file is left.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "tmx" && format != "tsv" {
				return usageErr(fmt.Errorf("--format %q: want tmx or tsv", format))
			}
			s, t, err := tmLangs(src, tgt, format == "tsv")
			if err != nil {
				return err
			}
			db, err := tmOpenExisting(cmd.Context(), g)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := tmGuardOutput(output, db.Path()); err != nil {
				return err
			}
			return tmWriteOutput(ios, output, func(w io.Writer) error {
				return db.Export(cmd.Context(), w, format, s, t, version)
			})
		},
	}
	cmd.Flags().StringVar(&src, "src", "", "source language (BCP 47)")
	cmd.Flags().StringVar(&tgt, "tgt", "", "target language (BCP 47)")
	cmd.Flags().StringVar(&format, "format", "tmx", "output format: tmx or tsv")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
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
	if name == "" || name == "-" {
		bw := bufio.NewWriter(ios.Out)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	if st, err := os.Stat(name); err == nil && st.IsDir() {
		return badInputf("write %s: is a directory", name)
	}
	f, err := createAtomic(name, 0o644)
	if err != nil {
		return err
	}
	defer f.Abort()
	bw := bufio.NewWriterSize(f, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return f.Commit()
}

// ---- stats

func newTMStatsCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count units and segments per language",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "jsonl" {
				return usageErr(fmt.Errorf("--format %q: want text or jsonl", format))
			}
			db, err := tmOpenExisting(cmd.Context(), g)
			if err != nil {
				return err
			}
			defer db.Close()
			s, err := db.Stats(cmd.Context())
			if err != nil {
				return err
			}
			if format == "jsonl" {
				langs := map[string]int{}
				for _, l := range s.Langs {
					langs[l.Lang] = l.Count
				}
				enc := json.NewEncoder(ios.Out)
				return enc.Encode(map[string]any{"path": s.Path, "schema": s.SchemaVersion, "units": s.Units,
					"segments": s.Variants, "langs": langs, "imports": s.Imports, "index_words": s.Words, "bytes": s.Bytes})
			}
			fmt.Fprintf(ios.Out, "path\t%s\nunits\t%d\nsegments\t%d\n", s.Path, s.Units, s.Variants)
			for _, l := range s.Langs {
				fmt.Fprintf(ios.Out, "lang %s\t%d\n", l.Lang, l.Count)
			}
			fmt.Fprintf(ios.Out, "imports\t%d\nindex words\t%d\nbytes\t%d\nschema\t%d\n", s.Imports, s.Words, s.Bytes, s.SchemaVersion)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or jsonl")
	return cmd
}
