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

// namesOptions are the flags and arguments of the names subcommands, each
// of which uses its own fields.
type namesOptions struct {
	IO      *IOStreams
	OpenTM  openTMFunc      // the user's glossary is in the TM
	Command string          // the subcommand: match, key, discover...
	Names   []string        // match A B, key NAME..., remove CANONICAL...; ["-"]: standard input
	Entry   normalize.Entry // add; discover --accept --kind
	Files   []string        // discover FILE..., import FILE
	Lang    language.Tag
	Format  string
	Output  string // export -o
	DBPath  string // export: the TM, which -o must not overwrite

	Skeleton, Accept, NoDefault, All bool
	MinConfidence                    float64
}

func newNamesCmd(ios *IOStreams, g *globalOptions) *cobra.Command { return namesCmd(ios, g, nil) }

// namesCmd makes the names command; runF, when not nil, runs each
// subcommand instead of its run function (a test's double).
func namesCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *namesOptions) error) *cobra.Command {
	group := groupCmd("names", "Match names, make keys, discover variants, keep the glossary",
		`Names compares transliterated names, makes their matching keys, discovers
variant spellings in a corpus, and keeps the user's glossary of house
spellings in the TM, over the embedded default glossary.`)
	// sub adds a subcommand: check validates its arguments and flags into
	// opts (a usage error stops there), then runF or run runs.
	sub := func(c *cobra.Command, opts *namesOptions, check func([]string) error, run func(context.Context, *namesOptions) error) *cobra.Command {
		opts.IO, opts.Command = ios, strings.Fields(c.Use)[0]
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if err := check(args); err != nil {
				return err
			}
			return runOr(cmd.Context(), opts, runF, run)
		}
		group.AddCommand(c)
		return c
	}
	glossary, create := g.tmOpener(ios), g.tmOpener(ios)
	kinds := completeValues("person", "org", "place")
	formats := []string{normalize.FormatTSV, normalize.FormatCSV, normalize.FormatJSONL, normalize.FormatTBX, normalize.FormatTBX2}

	match := &namesOptions{}
	sub(&cobra.Command{
		Use:   "match A B | match -",
		Short: "Score two names: SCORE<TAB>same|different<TAB>A<TAB>B",
		Long: `Match prints SCORE<TAB>same|different<TAB>A<TAB>B: SCORE in [0,1] is how alike
the names are, "same" means SCORE >= ` + strconv.FormatFloat(normalize.SameThreshold, 'f', 2, 64) + `. With "-" it reads A<TAB>B pairs
from standard input, one a line, and answers each in order; blank lines are
skipped, columns after the second (a label, an id) ignored.`,
		Example: `  bitext names match "Qasem Soleimani" "Qassim Suleimani"
  printf 'Khamenei\tKhomeini\n' | bitext names match -`,
	}, match, func(args []string) error {
		if match.Names = args; len(args) != 2 && !isStdinArg(args) {
			return usageErr(errors.New("names match wants two names, or - to read A<TAB>B pairs"))
		}
		return namesCheckArgs(args)
	}, runNamesMatch)

	key := &namesOptions{}
	sub(&cobra.Command{
		Use:   "key NAME... | key -",
		Short: "Print the matching key of each name",
		Long: `Key prints the matching key of each name, one a line: the name in Latin
letters, lower-cased, without diacritics, spaces, hyphens or apostrophes,
with transliteration variants folded. Names with one key are spellings of
one name. --skeleton prints the consonant skeleton, which compares names
across scripts. With "-" it reads names from standard input, one a line.`,
		Example: `  bitext names key "Saeed Reza" Saeedreza
  bitext names key --skeleton سلیمانی Soleimani`,
	}, key, func(args []string) error {
		if key.Names = args; len(args) == 0 {
			return usageErr(errors.New("names key wants at least one name"))
		}
		return namesCheckArgs(args)
	}, runNamesKey).Flags().BoolVar(&key.Skeleton, "skeleton", false, "print the consonant skeleton")

	disc := &namesOptions{OpenTM: create}
	var discLang, discKind string
	c := sub(&cobra.Command{
		Use:   "discover [FILE...]",
		Short: "Find clusters of variant spellings in a corpus (JSON Lines)",
		Long: `Discover collects candidate names in a corpus (runs of capitalized words,
titles dropped) and clusters the spellings that are probably one name, with
no glossary. Each cluster is one JSON line:

  {"canonical":"...","variants":[{"form":"...","count":N}],"confidence":0.93}

The canonical is the most frequent spelling; confidence is the weakest
similarity in the cluster. --accept stores the clusters in the glossary;
or edit the output and pipe it to 'names import -'. With --lang de (German
capitalizes every noun) only names of two or more words are candidates.`,
		Example: `  bitext names discover --lang en story.txt
  bitext names discover --accept --kind person corpus/*.txt
  bitext names discover story.txt | bitext names import -`,
	}, disc, func(args []string) (err error) {
		disc.Files = inputNames(args)
		if disc.MinConfidence < 0 || disc.MinConfidence > 1 {
			return usageErr(fmt.Errorf("--min-confidence %v: want a number from 0 to 1", disc.MinConfidence))
		}
		return cmp.Or(parseKind(discKind, &disc.Entry.Kind), parseOptLang(discLang, &disc.Lang))
	}, runNamesDiscover)
	langFlag(c, &discLang, "language of the corpus, a BCP 47 `LANG`")
	c.Flags().Float64Var(&disc.MinConfidence, "min-confidence", normalize.SameThreshold, "print (and accept) clusters at least this confident (`X` from 0 to 1)")
	c.Flags().BoolVar(&disc.Accept, "accept", false, "store the clusters in the glossary")
	c.Flags().StringVar(&discKind, "kind", "", "with --accept: the `KIND` of the names: person, org or place")
	c.RegisterFlagCompletionFunc("kind", kinds)

	add := &namesOptions{OpenTM: create}
	var addKind string
	c = sub(&cobra.Command{
		Use:   "add CANONICAL VARIANT...",
		Short: "Add an entry (or variants of it) to the user's glossary",
		Long: `Add stores CANONICAL with its VARIANTs in the user's glossary, in the TM (which
it creates if need be). An entry that exists gains the new variants. User
entries override the default glossary's. --lang limits the entry to texts
in those languages.`,
		Example: `  bitext names add "Saeed Reza" Saeedreza "Said Reza" --kind person
  bitext names add Téhéran Teheran Tehran -l fr`,
		Args: wantArgs(func(n int) bool { return n >= 1 }, "names add wants CANONICAL and any VARIANTs"),
	}, add, func(args []string) error {
		for _, a := range args {
			if strings.TrimSpace(a) == "" || normalize.Key(a) == "" {
				return usageErr(fmt.Errorf("%q is not a name: it has no letters or digits", a))
			}
		}
		for _, l := range add.Entry.Langs {
			if _, err := parseLang("lang", l); err != nil {
				return err
			}
		}
		add.Entry.Canonical, add.Entry.Variants = args[0], args[1:]
		return parseKind(addKind, &add.Entry.Kind)
	}, func(ctx context.Context, opts *namesOptions) error {
		err := storeEntries(ctx, opts.OpenTM, []normalize.Entry{opts.Entry})
		return done(err, opts.IO, "added %q with %d variants", opts.Entry.Canonical, len(opts.Entry.Variants))
	})
	c.Flags().StringVar(&addKind, "kind", "", "the `KIND` of the name: person, org or place")
	c.Flags().StringSliceVarP(&add.Entry.Langs, "lang", "l", nil, "languages the entry applies to, BCP 47 `LANG`s (default all)")
	c.RegisterFlagCompletionFunc("kind", kinds)
	c.RegisterFlagCompletionFunc("lang", completeLangs)

	remove := &namesOptions{OpenTM: create}
	sub(&cobra.Command{
		Use:   "remove CANONICAL...",
		Short: "Remove entries from the user's glossary",
		Long: `Remove deletes the user's glossary entries with these canonical forms. The
default glossary's entries cannot be removed; add a user entry to override
one, or use --no-default-glossary. A TM that does not exist is exit 2.`,
		Example: `  bitext names remove "Saeed Reza"`,
		Args:    wantArgs(func(n int) bool { return n >= 1 }, "names remove wants at least one canonical form"),
	}, remove, func(args []string) error { remove.Names = args; return nil }, func(ctx context.Context, opts *namesOptions) error {
		db, err := opts.OpenTM(ctx, tmMustExist)
		if err != nil {
			return err
		}
		defer db.Close()
		n, err := db.DeleteGlossary(ctx, opts.Names...)
		return done(tmDBErr(err), opts.IO, "removed %d entries", n)
	})

	list := &namesOptions{OpenTM: glossary}
	var listLang string
	c = sub(&cobra.Command{
		Use:   "list",
		Short: "List the glossary in use: default entries and the user's",
		Long: `List prints the glossary that normalize uses: the embedded default entries
overridden by the user's. The text format is one entry a line,

  CANONICAL (KIND, default|user): VARIANT, VARIANT, ...

the others are those of 'names export'. --lang lists only the entries that
apply to texts in that language.`,
		Example: `  bitext names list
  bitext names list --no-default-glossary --format tsv -l en`,
		Args: cobra.NoArgs,
	}, list, func([]string) error {
		return cmp.Or(checkFormat(list.Format, append([]string{"text"}, formats...)...), parseOptLang(listLang, &list.Lang))
	}, runNamesList)
	c.Flags().BoolVar(&list.NoDefault, "no-default-glossary", false, "list only the user's entries")
	c.Flags().StringVar(&list.Format, "format", "text", "`FORMAT`: text, tsv, csv, jsonl, tbx or tbx2")
	c.RegisterFlagCompletionFunc("format", completeValues(append([]string{"text"}, formats...)...))
	langFlag(c, &listLang, "only entries that apply to language `LANG`")

	imp := &namesOptions{OpenTM: create}
	c = sub(&cobra.Command{
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
	}, imp, func(args []string) error {
		imp.Files = args
		return checkFormat(imp.Format, append([]string{"auto"}, formats...)...)
	}, runNamesImport)
	c.Flags().StringVar(&imp.Format, "format", "auto", "`FORMAT`: auto, tsv, csv, jsonl or tbx")
	c.RegisterFlagCompletionFunc("format", completeValues(append([]string{"auto"}, formats...)...))

	exp := &namesOptions{OpenTM: glossary}
	c = sub(&cobra.Command{
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
	}, exp, func([]string) (err error) {
		exp.DBPath, err = g.dbPath()
		return cmp.Or(checkFormat(exp.Format, formats...), err)
	}, func(ctx context.Context, opts *namesOptions) error {
		if err := tmGuardOutput(opts.Output, opts.DBPath); err != nil {
			return err
		}
		user, err := userGlossary(ctx, opts.OpenTM)
		if err != nil {
			return err
		}
		entries := normalize.GlossaryEntries(user, normalize.GlossaryOptions{NoDefault: !opts.All})
		return tmWriteOutput(opts.IO, opts.Output, func(w io.Writer) error { return normalize.WriteEntries(w, entries, opts.Format) })
	})
	c.Flags().StringVar(&exp.Format, "format", "tsv", "`FORMAT`: tsv, csv, jsonl, tbx (TBX v3) or tbx2 (TBX 2, martif)")
	c.Flags().StringVarP(&exp.Output, "output", "o", "", "write to `FILE` instead of standard output")
	c.Flags().BoolVar(&exp.All, "all", false, "include the default glossary")
	c.RegisterFlagCompletionFunc("format", completeValues(formats...))
	return group
}

func runNamesMatch(_ context.Context, opts *namesOptions) error {
	out := bufio.NewWriterSize(opts.IO.Out, 64<<10)
	write := func(a, b string) {
		s := normalize.Similarity(a, b)
		verdict := map[bool]string{true: "same", false: "different"}[s >= normalize.SameThreshold]
		fmt.Fprintf(out, "%.3f\t%s\t%s\t%s\n", s, verdict, a, b)
	}
	var err error
	if !isStdinArg(opts.Names) {
		write(opts.Names[0], opts.Names[1])
	} else {
		err = eachStdinLine(opts.IO, func(n int, line string) error {
			a, rest, ok := strings.Cut(line, "\t")
			if strings.TrimSpace(line) == "" {
				return nil
			} else if !ok {
				return badInputf("read %s: line %d: want A<TAB>B, found no tab", stdinName, n)
			}
			b, _, _ := strings.Cut(rest, "\t") // more columns (a label, an id) are ignored
			write(a, b)
			return nil
		})
	}
	return cmp.Or(err, out.Flush())
}

func runNamesKey(_ context.Context, opts *namesOptions) error {
	out := bufio.NewWriter(opts.IO.Out)
	key := normalize.Key
	if opts.Skeleton {
		key = normalize.Skeleton
	}
	write := func(_ int, name string) error { _, err := fmt.Fprintln(out, key(name)); return err }
	var err error
	if isStdinArg(opts.Names) {
		err = eachStdinLine(opts.IO, write)
	} else {
		for _, n := range opts.Names {
			write(0, n)
		}
	}
	return cmp.Or(err, out.Flush())
}

func runNamesDiscover(ctx context.Context, opts *namesOptions) error {
	d := normalize.NewDiscovererFor(opts.Lang)
	for _, name := range opts.Files {
		r, err := openInput(opts.IO, name)
		if err != nil {
			return err
		}
		err = d.AddReader(ctx, r)
		if r.Close(); err != nil {
			return err
		}
	}
	clusters := d.Clusters(opts.MinConfidence)
	out := bufio.NewWriter(opts.IO.Out)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	entries := make([]normalize.Entry, len(clusters))
	for i, c := range clusters {
		enc.Encode(c.Record())
		entries[i] = c.Entry()
		entries[i].Kind = opts.Entry.Kind
		if opts.Lang != language.Und {
			entries[i].Langs = []string{opts.Lang.String()}
		}
	}
	if err := out.Flush(); err != nil || !opts.Accept || len(entries) == 0 {
		return err
	}
	err := storeEntries(ctx, opts.OpenTM, entries)
	return done(err, opts.IO, "accepted %d clusters into the glossary", len(entries))
}

func runNamesList(ctx context.Context, opts *namesOptions) error {
	user, err := userGlossary(ctx, opts.OpenTM)
	if err != nil {
		return err
	}
	entries := normalize.GlossaryEntries(user, normalize.GlossaryOptions{NoDefault: opts.NoDefault, Lang: opts.Lang})
	out := bufio.NewWriter(opts.IO.Out)
	if opts.Format != "text" {
		return cmp.Or(normalize.WriteEntries(out, entries, opts.Format), out.Flush())
	}
	isUser := map[string]bool{}
	for _, e := range user {
		isUser[e.Canonical] = true
	}
	for _, e := range entries {
		src := map[bool]string{true: "user", false: "default"}[isUser[e.Canonical]]
		fmt.Fprintf(out, "%s (%s, %s): %s\n", e.Canonical, cmp.Or(string(e.Kind), "-"), src, strings.Join(e.Variants, ", "))
	}
	return out.Flush()
}

func runNamesImport(ctx context.Context, opts *namesOptions) error {
	name := opts.Files[0]
	in, err := openInput(opts.IO, name)
	if err != nil {
		return err
	}
	defer in.Close()
	entries, err := normalize.ReadEntriesAs(in, name, opts.Format)
	var pe *normalize.ParseError
	if rerr := readErr(in); rerr != nil {
		return rerr // an invalid byte, not what the parser made of it
	} else if errors.As(err, &pe) {
		return badInputf("read %s: %v", displayName(name), err)
	} else if err != nil {
		return err
	}
	err = storeEntries(ctx, opts.OpenTM, entries)
	return done(err, opts.IO, "imported %d entries", len(entries))
}

// storeEntries adds entries to the user's glossary, creating the TM if
// need be.
func storeEntries(ctx context.Context, open openTMFunc, entries []normalize.Entry) error {
	db, err := open(ctx, tmCreate)
	if err != nil {
		return err
	}
	defer db.Close()
	return tmDBErr(cmp.Or(db.PutGlossary(ctx, entries), db.Close()))
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
	n := 1
	for ; sc.Scan(); n++ {
		if err := readErr(r); err != nil {
			return err // the invalid byte, not what the scanner made of half a line
		} else if err := fn(n, strings.TrimSuffix(sc.Text(), "\r")); err != nil {
			return err
		}
	}
	if errors.Is(sc.Err(), bufio.ErrTooLong) {
		return badInputf("read %s: line %d: longer than 1 MB (a name?)", stdinName, n)
	}
	return sc.Err()
}

// isStdinArg reports whether args is "-": read standard input.
func isStdinArg(args []string) bool { return len(args) == 1 && args[0] == "-" }

// namesCheckArgs rejects names given as arguments that are empty or not
// UTF-8 text: they have no key, and would all score as "same".
func namesCheckArgs(args []string) error {
	for _, a := range args {
		if err := tmCheckArg("NAME", a); err != nil || isStdinArg(args) {
			return err // "-" is no name: standard input
		} else if strings.TrimSpace(a) == "" {
			return usageErr(errors.New("an empty NAME argument"))
		}
	}
	return nil
}

// checkFormat is a usage error unless format is one of formats.
func checkFormat(format string, formats ...string) error {
	for _, f := range formats {
		if f == format {
			return nil
		}
	}
	return usageErr(fmt.Errorf("--format %q: want %s or %s", format, strings.Join(formats[:len(formats)-1], ", "), formats[len(formats)-1]))
}

// parseKind parses a --kind value into kind.
func parseKind(value string, kind *normalize.Kind) (err error) {
	if *kind, err = normalize.ParseKind(value); err != nil {
		return usageErr(fmt.Errorf("--kind: %w", err))
	}
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

// langFlag defines the --lang/-l flag of one language, with completion.
func langFlag(c *cobra.Command, value *string, usage string) {
	c.Flags().StringVarP(value, "lang", "l", "", usage)
	c.RegisterFlagCompletionFunc("lang", completeLangs)
}
