package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bitext/bitext/normalize"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

func newNamesCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	cmd := groupCmd("names", "Match names, make keys, discover variants, keep the glossary",
		`Names compares transliterated names, makes their matching keys, discovers
variant spellings in a corpus, and keeps the user's glossary of house
spellings in the TM, over the embedded default glossary.`)
	cmd.AddCommand(newNamesMatchCmd(ios, nil), newNamesKeyCmd(ios, nil), newNamesDiscoverCmd(ios, g, nil),
		newNamesAddCmd(ios, g, nil), newNamesRemoveCmd(ios, g, nil), newNamesListCmd(ios, g, nil),
		newNamesImportCmd(ios, g, nil), newNamesExportCmd(ios, g, nil))
	return cmd
}

// namesOptions are the flags and arguments of the names subcommands; each
// uses its own fields.
type namesOptions struct {
	IO     *IOStreams
	OpenTM openTMFunc
	Names  []string // match A B, key NAME..., remove CANONICAL...; ["-"]: standard input
	Entry  normalize.Entry
	Files  []string // discover FILE..., import FILE
	Lang   language.Tag
	Format string
	Output string // export -o
	DBPath string // export: the TM, which -o must not overwrite

	Skeleton, Accept, NoDefault, All bool
	MinConfidence                    float64
}

// namesCmd makes a names subcommand: check validates the arguments and
// flags into opts (a usage error stops there), then runF or run runs.
func namesCmd(c *cobra.Command, opts *namesOptions, check func([]string) error, runF, run func(context.Context, *namesOptions) error) *cobra.Command {
	c.RunE = func(cmd *cobra.Command, args []string) error {
		if err := check(args); err != nil {
			return err
		}
		return runOr(cmd.Context(), opts, runF, run)
	}
	return c
}

func newNamesMatchCmd(ios *IOStreams, runF func(context.Context, *namesOptions) error) *cobra.Command {
	opts := &namesOptions{IO: ios}
	return namesCmd(&cobra.Command{
		Use:   "match A B | match -",
		Short: "Score two names: SCORE<TAB>same|different<TAB>A<TAB>B",
		Long: `Match prints SCORE<TAB>same|different<TAB>A<TAB>B: SCORE in [0,1] is how alike
the names are, "same" means SCORE >= ` + strconv.FormatFloat(normalize.SameThreshold, 'f', 2, 64) + `. With "-" it reads A<TAB>B pairs
from standard input, one a line, and answers each in order; blank lines are
skipped, columns after the second (a label, an id) ignored.`,
		Example: `  bitext names match "Qasem Soleimani" "Qassim Suleimani"
  printf 'Khamenei\tKhomeini\n' | bitext names match -`,
	}, opts, func(args []string) error {
		opts.Names = args
		if len(args) == 1 && args[0] == "-" {
			return nil
		} else if len(args) != 2 {
			return usageErr(errors.New("names match wants two names, or - to read A<TAB>B pairs"))
		}
		return namesCheckArgs(args)
	}, runF, runNamesMatch)
}

func runNamesMatch(_ context.Context, opts *namesOptions) error {
	out := bufio.NewWriterSize(opts.IO.Out, 64<<10)
	write := func(a, b string) {
		s := normalize.Similarity(a, b)
		verdict := map[bool]string{true: "same", false: "different"}[s >= normalize.SameThreshold]
		fmt.Fprintf(out, "%.3f\t%s\t%s\t%s\n", s, verdict, a, b)
	}
	if len(opts.Names) == 2 {
		write(opts.Names[0], opts.Names[1])
		return out.Flush()
	}
	err := eachStdinLine(opts.IO, func(n int, line string) error {
		if strings.TrimSpace(line) == "" {
			return nil
		}
		a, rest, ok := strings.Cut(line, "\t")
		if !ok {
			return badInputf("read %s: line %d: want A<TAB>B, found no tab", stdinName, n)
		}
		b, _, _ := strings.Cut(rest, "\t")
		write(a, b)
		return nil
	})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// eachStdinLine calls fn with each line of standard input (UTF-8 checked,
// without its line ending) and its number.
func eachStdinLine(ios *IOStreams, fn func(n int, line string) error) error {
	r, err := openInput(ios, "-")
	if err != nil {
		return err
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		if n++; readErr(r) != nil {
			return readErr(r) // not what the scanner made of half a line
		}
		if err := fn(n, strings.TrimSuffix(sc.Text(), "\r")); err != nil {
			return err
		}
	}
	if errors.Is(sc.Err(), bufio.ErrTooLong) {
		return badInputf("read %s: line %d: longer than 1 MB (a name?)", stdinName, n+1)
	}
	return sc.Err()
}

// namesCheckArgs rejects names given as arguments that are empty or not
// UTF-8 text: they have no key, and would all score as "same".
func namesCheckArgs(args []string) error {
	for _, a := range args {
		if err := tmCheckArg("NAME", a); err != nil {
			return err
		}
		if strings.TrimSpace(a) == "" {
			return usageErr(errors.New("an empty NAME argument"))
		}
	}
	return nil
}

func newNamesKeyCmd(ios *IOStreams, runF func(context.Context, *namesOptions) error) *cobra.Command {
	opts := &namesOptions{IO: ios}
	cmd := namesCmd(&cobra.Command{
		Use:   "key NAME... | key -",
		Short: "Print the matching key of each name",
		Long: `Key prints the matching key of each name, one a line: the name in Latin
letters, lower-cased, without diacritics, spaces, hyphens or apostrophes,
with transliteration variants folded. Names with one key are spellings of
one name. --skeleton prints the consonant skeleton, which compares names
across scripts. With "-" it reads names from standard input, one a line.`,
		Example: `  bitext names key "Saeed Reza" Saeedreza
  bitext names key --skeleton سلیمانی Soleimani`,
	}, opts, func(args []string) error {
		opts.Names = args
		if len(args) == 0 {
			return usageErr(errors.New("names key wants at least one name"))
		} else if len(args) == 1 && args[0] == "-" {
			return nil
		}
		return namesCheckArgs(args)
	}, runF, runNamesKey)
	cmd.Flags().BoolVar(&opts.Skeleton, "skeleton", false, "print the consonant skeleton")
	return cmd
}

func runNamesKey(_ context.Context, opts *namesOptions) error {
	out := bufio.NewWriter(opts.IO.Out)
	key := normalize.Key
	if opts.Skeleton {
		key = normalize.Skeleton
	}
	write := func(_ int, name string) error { _, err := fmt.Fprintln(out, key(name)); return err }
	var err error
	if len(opts.Names) == 1 && opts.Names[0] == "-" {
		err = eachStdinLine(opts.IO, write)
	} else {
		for _, n := range opts.Names {
			write(0, n)
		}
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

func newNamesDiscoverCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *namesOptions) error) *cobra.Command {
	opts := &namesOptions{IO: ios, OpenTM: glossaryOpener(ios, g)}
	var lang, kind string
	cmd := namesCmd(&cobra.Command{
		Use:   "discover [FILE...]",
		Short: "Find clusters of variant spellings in a corpus (JSON Lines)",
		Long: `Discover collects candidate names in a corpus (runs of capitalized words,
titles such as "Maj. Gen." dropped) and clusters the spellings that are
probably one name, with no glossary. Each cluster is one JSON line:

  {"canonical":"...","variants":[{"form":"...","count":N}],"confidence":0.93}

The canonical is the most frequent spelling; confidence is the weakest
similarity linking the cluster. --accept stores the clusters (at least
--min-confidence X) in the glossary; or edit the output and pipe it to
'names import -'. Discovery needs a script with capital letters. With
--lang de (German capitalizes every noun) only names of two or more words
are candidates.`,
		Example: `  bitext names discover --lang en story.txt
  bitext names discover --accept --kind person corpus/*.txt
  bitext names discover story.txt | bitext names import -`,
	}, opts, func(args []string) (err error) {
		opts.Files = inputNames(args)
		if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
			return usageErr(fmt.Errorf("--min-confidence %v: want a number from 0 to 1", opts.MinConfidence))
		}
		if opts.Entry.Kind, err = normalize.ParseKind(kind); err != nil {
			return usageErr(fmt.Errorf("--kind: %w", err))
		}
		return parseOptLang(lang, &opts.Lang)
	}, runF, runNamesDiscover)
	cmd.Flags().StringVarP(&lang, "lang", "l", "", "language of the corpus, a BCP 47 `LANG`")
	cmd.Flags().Float64Var(&opts.MinConfidence, "min-confidence", normalize.SameThreshold, "print (and accept) clusters at least this confident (`X` from 0 to 1)")
	cmd.Flags().BoolVar(&opts.Accept, "accept", false, "store the clusters in the glossary")
	cmd.Flags().StringVar(&kind, "kind", "", "with --accept: what the names name, `KIND` person, org or place")
	cmd.RegisterFlagCompletionFunc("lang", completeLangs)
	cmd.RegisterFlagCompletionFunc("kind", completeValues("person", "org", "place"))
	return cmd
}

func runNamesDiscover(ctx context.Context, opts *namesOptions) error {
	d := normalize.NewDiscovererFor(opts.Lang)
	for _, name := range opts.Files {
		r, err := openInput(opts.IO, name)
		if err != nil {
			return err
		}
		err = d.AddReader(ctx, r)
		r.Close()
		if err != nil {
			return err
		}
	}
	clusters := d.Clusters(opts.MinConfidence)
	out := bufio.NewWriter(opts.IO.Out)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	entries := make([]normalize.Entry, len(clusters))
	for i, c := range clusters {
		if err := enc.Encode(c.Record()); err != nil {
			return err
		}
		entries[i] = c.Entry()
		entries[i].Kind = opts.Entry.Kind
		if opts.Lang != language.Und {
			entries[i].Langs = []string{opts.Lang.String()}
		}
	}
	if err := out.Flush(); err != nil || !opts.Accept || len(entries) == 0 {
		return err
	}
	if err := storeEntries(ctx, opts.OpenTM, entries); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "bitext: accepted %d clusters into the glossary\n", len(entries))
	return nil
}

// parseOptLang parses an optional --lang value into tag (language.Und when
// empty).
func parseOptLang(value string, tag *language.Tag) (err error) {
	if value != "" {
		*tag, err = parseLang("lang", value)
	}
	return err
}

func newNamesAddCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *namesOptions) error) *cobra.Command {
	opts := &namesOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	var kind string
	cmd := namesCmd(&cobra.Command{
		Use:   "add CANONICAL VARIANT...",
		Short: "Add an entry (or variants of it) to the user's glossary",
		Long: `Add stores CANONICAL with its VARIANTs in the user's glossary, in the TM (which
it creates if need be). An entry that exists gains the new variants. User
entries override the default glossary's. --lang limits the entry to texts
in those languages.`,
		Example: `  bitext names add "Saeed Reza" Saeedreza "Said Reza" --kind person
  bitext names add Téhéran Teheran Tehran -l fr`,
		Args: wantArgs(func(n int) bool { return n >= 1 }, "names add wants CANONICAL and any VARIANTs"),
	}, opts, func(args []string) (err error) {
		for _, a := range args {
			if strings.TrimSpace(a) == "" || normalize.Key(a) == "" {
				return usageErr(fmt.Errorf("%q is not a name: it has no letters or digits", a))
			}
		}
		for _, l := range opts.Entry.Langs {
			if _, err := parseLang("lang", l); err != nil {
				return err
			}
		}
		opts.Entry.Canonical, opts.Entry.Variants = args[0], args[1:]
		if opts.Entry.Kind, err = normalize.ParseKind(kind); err != nil {
			return usageErr(fmt.Errorf("--kind: %w", err))
		}
		return nil
	}, runF, func(ctx context.Context, opts *namesOptions) error {
		if err := storeEntries(ctx, opts.OpenTM, []normalize.Entry{opts.Entry}); err != nil {
			return err
		}
		fmt.Fprintf(opts.IO.ErrOut, "bitext: added %q with %d variants\n", opts.Entry.Canonical, len(opts.Entry.Variants))
		return nil
	})
	cmd.Flags().StringVar(&kind, "kind", "", "what the name names: `KIND` person, org or place")
	cmd.Flags().StringSliceVarP(&opts.Entry.Langs, "lang", "l", nil, "languages the entry applies to, BCP 47 `LANG`s (default all)")
	cmd.RegisterFlagCompletionFunc("lang", completeLangs)
	cmd.RegisterFlagCompletionFunc("kind", completeValues("person", "org", "place"))
	return cmd
}

func newNamesRemoveCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *namesOptions) error) *cobra.Command {
	opts := &namesOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	return namesCmd(&cobra.Command{
		Use:   "remove CANONICAL...",
		Short: "Remove entries from the user's glossary",
		Long: `Remove deletes the user's glossary entries with these canonical forms. The
default glossary's entries cannot be removed; add a user entry to override
one, or use --no-default-glossary. A TM that does not exist is exit 2.`,
		Example: `  bitext names remove "Saeed Reza"`,
		Args:    wantArgs(func(n int) bool { return n >= 1 }, "names remove wants at least one canonical form"),
	}, opts, func(args []string) error { opts.Names = args; return nil }, runF, func(ctx context.Context, opts *namesOptions) error {
		db, err := opts.OpenTM(ctx, tmMustExist)
		if err != nil {
			return err
		}
		defer db.Close()
		n, err := db.DeleteGlossary(ctx, opts.Names...)
		if err != nil {
			return tmDBErr(err)
		}
		fmt.Fprintf(opts.IO.ErrOut, "bitext: removed %d entries\n", n)
		return nil
	})
}

// wantArgs is an argument check: a usage error saying what is wanted
// unless ok(number of arguments).
func wantArgs(ok func(int) bool, want string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if ok(len(args)) {
			return nil
		}
		return usageErr(errors.New(want))
	}
}

// storeEntries adds entries to the user's glossary, creating the TM if
// need be.
func storeEntries(ctx context.Context, open openTMFunc, entries []normalize.Entry) error {
	db, err := open(ctx, tmCreate)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.PutGlossary(ctx, entries); err != nil {
		return tmDBErr(err)
	}
	return tmDBErr(db.Close())
}

// glossaryFormats are the formats names import, export and list read or
// write.
var glossaryFormats = []string{normalize.FormatTSV, normalize.FormatCSV, normalize.FormatJSONL, normalize.FormatTBX, normalize.FormatTBX2}

// checkFormat is a usage error unless format is one of formats.
func checkFormat(format string, formats ...string) error {
	for _, f := range formats {
		if f == format {
			return nil
		}
	}
	return usageErr(fmt.Errorf("--format %q: want %s or %s", format, strings.Join(formats[:len(formats)-1], ", "), formats[len(formats)-1]))
}

func newNamesListCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *namesOptions) error) *cobra.Command {
	opts := &namesOptions{IO: ios, OpenTM: glossaryOpener(ios, g)}
	var lang string
	formats := append([]string{"text"}, glossaryFormats...)
	cmd := namesCmd(&cobra.Command{
		Use:   "list",
		Short: "List the glossary in use: default entries and the user's",
		Long: `List prints the glossary that normalize uses: the embedded default entries
overridden by the user's. The text format is one entry a line,

  CANONICAL (KIND, default|user): VARIANT, VARIANT, ...

and the other formats are those of 'names export'. --lang lists only the
entries that apply to texts in that language.`,
		Example: `  bitext names list
  bitext names list --no-default-glossary --format tsv -l en`,
		Args: cobra.NoArgs,
	}, opts, func([]string) error {
		if err := checkFormat(opts.Format, formats...); err != nil {
			return err
		}
		return parseOptLang(lang, &opts.Lang)
	}, runF, runNamesList)
	cmd.Flags().BoolVar(&opts.NoDefault, "no-default-glossary", false, "list only the user's entries")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "`FORMAT`: text, tsv, csv, jsonl, tbx or tbx2")
	cmd.Flags().StringVarP(&lang, "lang", "l", "", "only entries that apply to language `LANG`")
	cmd.RegisterFlagCompletionFunc("format", completeValues(formats...))
	cmd.RegisterFlagCompletionFunc("lang", completeLangs)
	return cmd
}

func runNamesList(ctx context.Context, opts *namesOptions) error {
	user, err := userGlossary(ctx, opts.OpenTM)
	if err != nil {
		return err
	}
	entries := normalize.GlossaryEntries(user, normalize.GlossaryOptions{NoDefault: opts.NoDefault, Lang: opts.Lang})
	out := bufio.NewWriter(opts.IO.Out)
	isUser := map[string]bool{}
	for _, e := range user {
		isUser[e.Canonical] = true
	}
	if opts.Format != "text" {
		err = normalize.WriteEntries(out, entries, opts.Format)
	} else {
		for _, e := range entries {
			src := map[bool]string{true: "user", false: "default"}[isUser[e.Canonical]]
			fmt.Fprintf(out, "%s (%s, %s): %s\n", e.Canonical, cmp.Or(string(e.Kind), "-"), src, strings.Join(e.Variants, ", "))
		}
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

func newNamesImportCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *namesOptions) error) *cobra.Command {
	opts := &namesOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	formats := append([]string{"auto"}, glossaryFormats...)
	cmd := namesCmd(&cobra.Command{
		Use:   "import FILE",
		Short: "Add glossary entries from a TSV, CSV, JSON Lines or TBX file",
		Long: `Import adds the entries of FILE ("-": standard input) to the user's glossary,
all or none. Formats (--format; auto: by extension, then content):

  tsv, csv   columns canonical, kind, variants (separated by |), langs;
             a header row naming them is optional
  jsonl      {"canonical":..., "kind":..., "variants":[...], "langs":[...]};
             the output of 'names discover' imports as it is
  tbx        TBX v3 (TBX-Basic) or TBX 2 (martif): each concept entry's
             preferred term is the canonical, its other terms variants`,
		Example: `  bitext names import house-style.tsv
  bitext names import --format csv - < terms.csv`,
		Args: wantArgs(func(n int) bool { return n == 1 }, "names import wants one FILE (or - for standard input)"),
	}, opts, func(args []string) error {
		opts.Files = args
		return checkFormat(opts.Format, formats...)
	}, runF, runNamesImport)
	cmd.Flags().StringVar(&opts.Format, "format", "auto", "`FORMAT`: auto, tsv, csv, jsonl or tbx")
	cmd.RegisterFlagCompletionFunc("format", completeValues(formats...))
	return cmd
}

func runNamesImport(ctx context.Context, opts *namesOptions) error {
	name := opts.Files[0]
	in, err := openInput(opts.IO, name)
	if err != nil {
		return err
	}
	defer in.Close()
	br := bufio.NewReader(in)
	format := opts.Format
	if format == "auto" {
		head, _ := br.Peek(512)
		format = normalize.DetectFormat(name, head)
	}
	entries, err := normalize.ReadEntries(br, format)
	if rerr := readErr(in); rerr != nil {
		return rerr // an invalid byte, not what the parser made of it
	}
	var pe *normalize.ParseError
	if errors.As(err, &pe) {
		return badInputf("read %s: %v", displayName(name), err)
	} else if err != nil {
		return err
	}
	if err := storeEntries(ctx, opts.OpenTM, entries); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "bitext: imported %d entries\n", len(entries))
	return nil
}

func newNamesExportCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *namesOptions) error) *cobra.Command {
	opts := &namesOptions{IO: ios, OpenTM: glossaryOpener(ios, g)}
	cmd := namesCmd(&cobra.Command{
		Use:   "export",
		Short: "Write the user's glossary as TSV, CSV, JSON Lines or TBX",
		Long: `Export writes the user's glossary entries (--all: with the default entries,
as normalize sees them) in a format import reads. tbx is TBX v3 (TBX-Basic,
DCA style): the canonical is the preferred term, variants deprecated terms,
acronyms admitted terms. tbx2 is TBX 2 (martif), for older tools such as
Translate Toolkit and OmegaT.`,
		Example: `  bitext names export --format tbx -o names.tbx
  bitext names export --all --format jsonl`,
		Args: cobra.NoArgs,
	}, opts, func([]string) (err error) {
		if err := checkFormat(opts.Format, glossaryFormats...); err != nil {
			return err
		}
		opts.DBPath, err = g.dbPath()
		return err
	}, runF, func(ctx context.Context, opts *namesOptions) error {
		if err := tmGuardOutput(opts.Output, opts.DBPath); err != nil {
			return err
		}
		entries, err := userGlossary(ctx, opts.OpenTM)
		if err != nil {
			return err
		}
		entries = normalize.GlossaryEntries(entries, normalize.GlossaryOptions{NoDefault: !opts.All})
		return tmWriteOutput(opts.IO, opts.Output, func(w io.Writer) error { return normalize.WriteEntries(w, entries, opts.Format) })
	})
	cmd.Flags().StringVar(&opts.Format, "format", "tsv", "`FORMAT`: tsv, csv, jsonl, tbx (TBX v3) or tbx2 (TBX 2, martif)")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of standard output")
	cmd.Flags().BoolVar(&opts.All, "all", false, "include the default glossary")
	cmd.RegisterFlagCompletionFunc("format", completeValues(glossaryFormats...))
	return cmd
}
