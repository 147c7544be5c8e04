package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

// namesOptions are the flags and arguments of the names subcommands; each
// uses its own fields.
type namesOptions struct {
	IO     *IOStreams
	OpenTM openTMFunc      // the user's glossary is in the TM
	Names  []string        // match A B, key NAME..., remove CANONICAL...; ["-"]: standard input
	Entry  normalize.Entry // add; discover --accept --kind
	Files  []string        // discover FILE..., import FILE
	Lang   language.Tag
	Format normalize.Format
	Output string // export -o
	DBPath string // export: the TM, which -o must not overwrite

	Skeleton, Accept, DryRun, NoDefault, All, Variant, Explain bool
	MinConfidence                                              float64
}

func newNamesCmd(ios *IOStreams, g *globalOptions) *cobra.Command { return namesCmd(ios, g, nil) }

// namesCmd makes the names command; runF, when not nil, runs each
// subcommand instead of its run function (a test's double).
func namesCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *namesOptions) error) *cobra.Command {
	group := groupCmd("names", "Match names, make keys, discover variants, keep the glossary", "")
	open := g.tmOpener(ios)
	sub := func(c *cobra.Command, opts *namesOptions, set func([]string) error, run func(context.Context, *namesOptions) error) *cobra.Command {
		opts.IO, opts.OpenTM = ios, open
		group.AddCommand(command("names "+c.Name(), c, opts, set, runF, run))
		return c
	}
	for _, mk := range []func(namesSub, *namesOptions){namesMatchCmd, namesKeyCmd, namesDiscoverCmd, namesAddCmd, namesRemoveCmd, namesListCmd, namesImportCmd} {
		mk(sub, &namesOptions{})
	}
	namesExportCmd(sub, &namesOptions{}, g)
	return group
}

// namesSub adds subcommand c to names: set checks its arguments into opts (a
// usage error stops there), then runF or run runs. Each names*Cmd wires one.
type namesSub func(c *cobra.Command, opts *namesOptions, set func([]string) error, run func(context.Context, *namesOptions) error) *cobra.Command

var nameKinds, nameKindNames = []normalize.Kind{normalize.KindPerson, normalize.KindOrg, normalize.KindPlace}, []string{"person", "org", "place"}
var glossaryFormats = []normalize.Format{normalize.FormatTSV, normalize.FormatCSV, normalize.FormatJSONL, normalize.FormatTBX, normalize.FormatTBX2}

func namesMatchCmd(sub namesSub, match *namesOptions) {
	c := sub(&cobra.Command{
		Use:   "match A B | match -",
		Short: "Score two names: SCORE<TAB>same|different<TAB>A<TAB>B",
		Long: `Match prints SCORE<TAB>same|different<TAB>A<TAB>B: SCORE in [0,1] is how alike
the names are, "same" means SCORE >= ` + strconv.FormatFloat(normalize.SameThreshold, 'f', 2, 64) + `. With "-" it reads A<TAB>B pairs
from standard input, one a line, and answers each in order; blank lines are
skipped, columns after the second (a label, an id) ignored. --explain adds,
under each line, a line a stage of the matcher that gave the score, indented
by a tab: SCORE<TAB>STAGE: what it read or why it capped the score.`,
	}, match, nameArgs(&match.Names, func(n int) bool { return n == 2 }, "names match wants two names, or - to read A<TAB>B pairs"), runNamesMatch)
	c.Flags().BoolVar(&match.Explain, "explain", false, "say under each line which stages of the matcher gave the score, and why")
	flagLang(c, &match.Lang, "lang", "l", "score over the glossary normalize uses for a text in `LANG` (default: every language's entries)")
}

func namesKeyCmd(sub namesSub, key *namesOptions) {
	sub(&cobra.Command{
		Use:   "key NAME... | key -",
		Short: "Print the matching key of each name",
	}, key, nameArgs(&key.Names, func(n int) bool { return n > 0 }, "names key wants at least one name"), runNamesKey).Flags().BoolVar(&key.Skeleton, "skeleton", false, "print the consonant skeleton, which compares names across scripts")
}

func namesDiscoverCmd(sub namesSub, disc *namesOptions) {
	disc.MinConfidence = normalize.SameThreshold
	c := sub(&cobra.Command{
		Use:   "discover [FILE...]",
		Short: "Find clusters of variant spellings in a corpus (JSON Lines)",
	}, disc, func(args []string) error { disc.Files = inputNames(args); return nil }, runNamesDiscover)
	flagLang(c, &disc.Lang, "lang", "l", "language of the corpus, a BCP 47 `LANG` (default: read from each file)")
	flagRange(c, &disc.MinConfidence, "min-confidence", "print (and accept) clusters at least this confident (`X` from 0 to 1)", 0, 1)
	c.Flags().BoolVar(&disc.Accept, "accept", false, "store the clusters in the glossary")
	c.Flags().BoolVar(&disc.DryRun, "dry-run", false, "with --accept: show the entries that would be stored, store nothing")
	flagChoice(c, &disc.Entry.Kind, "kind", "with --accept: the `KIND` of the names: person, org or place", nameKindNames, nameKinds)
}

func namesAddCmd(sub namesSub, add *namesOptions) {
	c := sub(&cobra.Command{
		Use:   "add CANONICAL VARIANT...",
		Short: "Add an entry (or variants of it) to the user's glossary",
		Args:  wantArgs(func(n int) bool { return n >= 1 }, "names add wants CANONICAL and any VARIANTs"),
	}, add, func(args []string) error {
		for _, a := range args {
			if strings.TrimSpace(a) == "" || normalize.Key(a) == "" {
				return usageErr(fmt.Errorf("%s is not a name: it has no letters or digits", textio.QuoteText(a)))
			}
		}
		add.Entry.Canonical, add.Entry.Variants = args[0], normalize.DistinctVariants(args[0], args[1:])
		return nil
	}, runNamesAdd)
	flagChoice(c, &add.Entry.Kind, "kind", "the `KIND` of the name: person, org or place", nameKindNames, nameKinds)
	flagLangs(c, &add.Entry.Langs, "lang", "l", "languages the entry applies to, BCP 47 `LANG`s (default all)")
}

func namesRemoveCmd(sub namesSub, remove *namesOptions) {
	sub(&cobra.Command{
		Use:   "remove CANONICAL... | remove --variant SPELLING...",
		Short: "Remove entries from the user's glossary",
		Args:  wantArgs(func(n int) bool { return n >= 1 }, "names remove wants at least one canonical form"),
	}, remove, func(args []string) error { remove.Names = args; return nil }, runNamesRemove).Flags().BoolVar(&remove.Variant, "variant", false, "remove these variant spellings from their entries, which stay")
}

func namesListCmd(sub namesSub, list *namesOptions) {
	c := sub(&cobra.Command{
		Use:   "list",
		Short: "List the glossary in use: default entries and the user's",
		Args:  cobra.NoArgs,
	}, list, nil, runNamesList)
	c.Flags().BoolVar(&list.NoDefault, "no-default-glossary", false, "list only the user's entries")
	flagEnum(c, &list.Format, "format", "`FORMAT`: text, tsv, csv, jsonl, tbx or tbx2", append([]normalize.Format{normalize.FormatText}, glossaryFormats...)...)
	flagLang(c, &list.Lang, "lang", "l", "only entries that apply to language `LANG`")
}

func namesImportCmd(sub namesSub, imp *namesOptions) {
	flagEnum(sub(&cobra.Command{
		Use:   "import FILE",
		Short: "Add glossary entries from a TSV, CSV, JSON Lines or TBX file",
		Args:  wantArgs(func(n int) bool { return n == 1 }, "names import wants one FILE (or - for standard input)"),
	}, imp, func(args []string) error { imp.Files = args; return nil }, runNamesImport), &imp.Format, "format", "`FORMAT`: auto, tsv, csv, jsonl or tbx", append([]normalize.Format{normalize.FormatAuto}, glossaryFormats...)...)
}

func namesExportCmd(sub namesSub, exp *namesOptions, g *globalOptions) {
	c := sub(&cobra.Command{
		Use:   "export",
		Short: "Write the user's glossary as TSV, CSV, JSON Lines or TBX",
		Args:  cobra.NoArgs,
	}, exp, func([]string) (err error) {
		exp.NoDefault = !exp.All
		exp.DBPath, err = g.dbPath()
		return err
	}, runNamesList)
	flagEnum(c, &exp.Format, "format", "`FORMAT`: tsv, csv, jsonl, tbx (TBX v3) or tbx2 (TBX 2, martif)", glossaryFormats...)
	c.Flags().StringVarP(&exp.Output, "output", "o", "", "write to `FILE` instead of standard output")
	c.Flags().BoolVar(&exp.All, "all", false, "include the default glossary")
}

// nameArgs sets *names to the NAME arguments of match or key, which must
// be ok(how many) names or "-" (standard input). A name must be UTF-8 text
// with a letter or digit: it would have no key, and match any other.
func nameArgs(names *[]string, ok func(int) bool, want string) func([]string) error {
	return func(args []string) error {
		if *names = args; isStdinArg(args) {
			return nil
		} else if !ok(len(args)) {
			return usageErr(errors.New(want))
		}
		for _, a := range args {
			if err := textio.CheckArg("NAME", a); err != nil {
				return err
			} else if err := normalize.CheckName("NAME argument", a); err != nil {
				return usageErr(err)
			}
		}
		return nil
	}
}

// isStdinArg reports whether args is "-": read standard input.
func isStdinArg(args []string) bool { return len(args) == 1 && args[0] == "-" }

func runNamesMatch(ctx context.Context, opts *namesOptions) error {
	user, err := userGlossary(ctx, opts.OpenTM) // aliases as normalize knows them: ISIS, Daesh
	if err != nil {
		return err
	}
	m := normalize.NewMatcher(normalize.BuildGlossary(user, normalize.GlossaryOptions{Lang: opts.Lang}))
	write := m.WriteMatches
	if opts.Explain {
		write = m.WriteExplained
	}
	return namesWrite(opts.IO, func(w io.Writer) error { return write(w, opts.Names, opts.IO.In, displayName("-")) })
}

func runNamesKey(_ context.Context, opts *namesOptions) error {
	key := normalize.Key
	if opts.Skeleton {
		key = normalize.Skeleton
	}
	return namesWrite(opts.IO, func(w io.Writer) error {
		if isStdinArg(opts.Names) {
			return normalize.WriteKeyLines(w, key, opts.IO.In, displayName("-"))
		}
		return normalize.WriteKeys(w, key, opts.Names...)
	})
}

func runNamesDiscover(ctx context.Context, opts *namesOptions) error {
	d := normalize.NewDiscovererReading(opts.Lang, func(notice string) { fmt.Fprintln(opts.IO.ErrOut, "bitext: "+notice) }) // without --lang each file's language is read
	d.Skipped = func(name, why string) { fmt.Fprintf(opts.IO.ErrOut, "bitext: warning: %s: skipped: %s\n", name, why) }
	d.Caseless = func(note string) { fmt.Fprintln(opts.IO.ErrOut, "bitext: note: "+note) }
	var user []normalize.Entry // the user's entries, from a TM there is (--accept creates one named by --db), read first: a damaged TM was refused after the whole corpus
	if err := withTM(ctx, map[bool]openTMFunc{true: opts.OpenTM, false: func(context.Context, tmAccess) (*tm.DB, error) { return nil, nil }}[opts.Accept], tmIfThere, func(db *tm.DB) (err error) { user, err = db.Glossary(ctx); return err }); err != nil {
		return err
	}
	files, notes := textio.ReadOnce(opts.Files)
	for _, n := range notes {
		fmt.Fprintln(opts.IO.ErrOut, "bitext: note: "+n)
	}
	for _, name := range files {
		var err error
		if fi, serr := os.Stat(name); serr == nil && fi.IsDir() && name != "-" { // a folder: every file in it
			err = openErr(d.AddFS(ctx, os.DirFS(name), name))
		} else {
			err = withInput(opts.IO, name, func(r io.Reader) error { return d.AddSource(ctx, r, displayName(name)) })
		}
		if err != nil {
			return err
		}
	}
	clusters := d.Clusters(opts.MinConfidence)
	err := namesWrite(opts.IO, func(w io.Writer) error { return normalize.WriteClusters(w, clusters) })
	if err != nil || !opts.Accept || len(clusters) == 0 {
		return err
	}
	entries, known := normalize.OverGlossary(normalize.ClusterEntries(clusters, opts.Entry.Kind, opts.Lang), user, opts.Lang) // extend the user's and the default entries, never replace them
	if len(known) > 0 {
		fmt.Fprintf(opts.IO.ErrOut, "bitext: left out %s whose every spelling the glossary has: %s\n", count(len(known), "cluster", "clusters"), strings.Join(known, ", "))
	}
	if lone := normalize.LoneClusters(clusters); len(lone) > 0 {
		fmt.Fprintf(opts.IO.ErrOut, "bitext: left out %s of one spelling (nothing to store; its related forms are no spellings of it): %s\n", count(len(lone), "cluster", "clusters"), strings.Join(lone, ", "))
	}
	if opts.DryRun { // what --accept would store, and its conflicts with the TM's entries
		fmt.Fprintf(opts.IO.ErrOut, "bitext: dry run: would store %s:\n", count(len(entries), "entry", "entries"))
		werr := normalize.WriteGlossary(opts.IO.ErrOut, entries, normalize.GlossaryOptions{NoDefault: true}, normalize.FormatText)
		return cmp.Or(werr, normalize.CheckConflicts(user, entries))
	}
	var puts []tm.GlossaryPut
	if len(entries) > 0 {
		puts, err = storeEntries(ctx, opts.OpenTM, entries, opts.IO.ErrOut)
	}
	return done(err, opts.IO, "accepted %s into the glossary%s", count(len(entries), "cluster", "clusters"), tm.GlossaryPutsNote(puts))
}

func runNamesAdd(ctx context.Context, opts *namesOptions) error {
	puts, err := storeEntries(ctx, opts.OpenTM, []normalize.Entry{opts.Entry}, opts.IO.ErrOut)
	if w := ""; err == nil && !puts[0].Existed && w != normalize.ReplacedDefault(puts[0].Entry) {
		fmt.Fprintf(opts.IO.ErrOut, "bitext: warning: %s\n", normalize.ReplacedDefault(puts[0].Entry))
	}
	return done(err, opts.IO, "%s", tm.GlossaryPutText(puts))
}

func runNamesRemove(ctx context.Context, opts *namesOptions) error {
	n := 0
	err := withTM(ctx, opts.OpenTM, tmMustExist, func(db *tm.DB) (err error) {
		if opts.Variant {
			n, err = db.DeleteGlossaryVariants(ctx, opts.Names...)
			return err
		}
		user, err := db.Glossary(ctx)
		if err == nil {
			n, err = db.DeleteGlossary(ctx, opts.Names...)
		}
		if err != nil { // a name refused (not text) is the error alone
			return err
		}
		for _, w := range normalize.MissingEntries(user, opts.Names) { // warned, not refused: the others go
			fmt.Fprintf(opts.IO.ErrOut, "bitext: warning: %s in the user's glossary in %s\n", w, db.Path())
		}
		return nil
	})
	if opts.Variant {
		return done(err, opts.IO, "removed %s", count(n, "variant", "variants"))
	}
	return done(err, opts.IO, "removed %s%s", count(n, "entry", "entries"), map[bool]string{true: ": nothing was changed"}[n == 0]) // every name missing: warned, the TM not written
}

// runNamesList writes the glossary in use (list), or the user's entries
// (export: NoDefault unless --all), in opts.Format.
func runNamesList(ctx context.Context, opts *namesOptions) error {
	gopts := normalize.GlossaryOptions{NoDefault: opts.NoDefault, Lang: opts.Lang}
	if err := tmGuardOutput(opts.Output, opts.DBPath); err != nil {
		return err
	}
	user, err := userGlossary(ctx, opts.OpenTM)
	if err != nil {
		return err
	}
	return tmWriteOutput(ctx, opts.IO, opts.Output, func(w io.Writer) error { return normalize.WriteGlossary(w, user, gopts, opts.Format) })
}

func runNamesImport(ctx context.Context, opts *namesOptions) error {
	r, err := openFile(opts.IO, opts.Files[0])
	if err != nil {
		return err
	}
	defer r.Close()
	entries, origins, err := normalize.ReadEntriesWithOrigins(r, displayName(opts.Files[0]), opts.Format)
	if err != nil && ctx.Err() == nil && textio.IsBadInput(err) && !errors.As(err, new(*exitError)) { // a malformed row (not an interrupt): all or none, as tm import says
		err = badInput(err, "nothing from "+displayName(opts.Files[0])+" was imported")
	}
	var puts []tm.GlossaryPut
	if err == nil { // a conflict names the file's line, as a malformed row does
		puts, err = storeEntries(ctx, opts.OpenTM, entries, opts.IO.ErrOut)
		err = origins.Place(err)
	}
	if ce := (*normalize.ConflictError)(nil); errors.As(err, &ce) { // discover | import - conflicted with a user's entry
		err = badInput(err, "nothing was imported; 'bitext names discover --accept' adds a discovered cluster's new spellings to the entry of yours that has one of them; else remove the spelling from the file, or the entry ('bitext names remove')")
	}
	return done(err, opts.IO, "imported %s%s", count(len(entries), "entry", "entries"), tm.GlossaryPutsNote(puts))
}

// namesWrite runs write on buffered standard output.
func namesWrite(ios *IOStreams, write func(io.Writer) error) error {
	out := bufio.NewWriterSize(ios.Out, 64<<10)
	return cmp.Or(write(out), flushErr(out))
}
