package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bitext/bitext/normalize"
	"github.com/spf13/cobra"
)

func newNamesCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	cmd := groupCmd("names", "Match names, make keys, discover variants, keep the glossary", `Names works with transliterated names and the glossary of house spellings.

  match A B | match -        similarity of two names (or of A<TAB>B lines)
  key NAME... | key -        the matching key of each name
  discover [FILE...]         clusters of variant spellings found in a corpus
  add CANONICAL VARIANT...   add an entry to the user's glossary (in the TM)
  remove CANONICAL...        remove entries from the user's glossary
  list                       the glossary in use (default + user)
  import FILE                add entries from TSV, CSV, JSON Lines or TBX
  export                     write the user's glossary as TSV, CSV, JSON Lines or TBX`)
	cmd.AddCommand(
		newNamesMatchCmd(ios),
		newNamesKeyCmd(ios),
		newNamesDiscoverCmd(ios, g),
		newNamesAddCmd(ios, g),
		newNamesRemoveCmd(ios, g),
		newNamesListCmd(ios, g),
		newNamesImportCmd(ios, g),
		newNamesExportCmd(ios, g),
	)
	return cmd
}

// ---- match

func newNamesMatchCmd(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "match A B | match -",
		Short: "Score two names: SCORE<TAB>same|different<TAB>A<TAB>B",
		Long: `Match prints SCORE<TAB>same|different<TAB>A<TAB>B, where SCORE in [0,1] is the
names' similarity and "same" means SCORE >= ` + strconv.FormatFloat(normalize.SameThreshold, 'f', 2, 64) + `.
With "-", it reads A<TAB>B pairs from standard input, one a line, and prints
one line per pair, in order; blank lines are skipped, and columns after the
second (a label, an id) are ignored.`,
		Example: `  bitext names match "Qasem Soleimani" "Qassim Suleimani"
  printf 'Khamenei\tKhomeini\n' | bitext names match -`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 && args[0] == "-" {
				return nil
			}
			if len(args) == 2 {
				return namesCheckArgs(args)
			}
			return usageErr(errors.New("names match wants two names, or - to read A<TAB>B pairs"))
		},
		RunE: func(_ *cobra.Command, args []string) error {
			out := bufio.NewWriterSize(ios.Out, 64<<10)
			defer out.Flush()
			if len(args) == 2 {
				writeMatch(out, args[0], args[1])
				return out.Flush()
			}
			return matchPairs(ios, out)
		},
	}
}

func writeMatch(w *bufio.Writer, a, b string) {
	s := normalize.Similarity(a, b)
	verdict := "different"
	if s >= normalize.SameThreshold {
		verdict = "same"
	}
	var num [16]byte
	w.Write(strconv.AppendFloat(num[:0], s, 'f', 3, 64))
	w.WriteByte('\t')
	w.WriteString(verdict)
	w.WriteByte('\t')
	w.WriteString(a)
	w.WriteByte('\t')
	w.WriteString(b)
	w.WriteByte('\n')
}

func matchPairs(ios *IOStreams, out *bufio.Writer) error {
	r, err := openInput(ios, "-")
	if err != nil {
		return err
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if err := readErr(r); err != nil {
			return err
		}
		text := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		a, rest, ok := strings.Cut(text, "\t")
		if !ok {
			return badInputf("read %s: line %d: want A<TAB>B, found no tab", stdinName, line)
		}
		b, _, _ := strings.Cut(rest, "\t") // further columns (a label, an id) are ignored
		writeMatch(out, a, b)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return badInputf("read %s: a line is longer than 1 MB", stdinName)
		}
		return err
	}
	return out.Flush()
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

// ---- key

func newNamesKeyCmd(ios *IOStreams) *cobra.Command {
	var skeleton bool
	cmd := &cobra.Command{
		Use:   "key NAME... | key -",
		Short: "Print the matching key of each name",
		Long: `Key prints the matching key of each name, one a line: the name transliterated
to Latin letters, lower-cased, without diacritics, spaces, hyphens or
apostrophes, with transliteration variants folded. Names with the same key
are spellings of one name. --skeleton prints the consonant skeleton instead,
which compares names across scripts. With "-", it reads names from
standard input, one a line, and prints one key a line.`,
		Example: `  bitext names key "Saeed Reza" Saeedreza
  bitext names key --skeleton سلیمانی Soleimani`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr(errors.New("names key wants at least one name"))
			}
			if len(args) == 1 && args[0] == "-" {
				return nil
			}
			return namesCheckArgs(args)
		},
		RunE: func(_ *cobra.Command, args []string) error {
			out := bufio.NewWriter(ios.Out)
			key := normalize.Key
			if skeleton {
				key = normalize.Skeleton
			}
			if len(args) == 1 && args[0] == "-" {
				r, err := openInput(ios, "-")
				if err != nil {
					return err
				}
				defer r.Close()
				sc := bufio.NewScanner(r)
				sc.Buffer(make([]byte, 64<<10), 1<<20)
				line := 0
				for sc.Scan() {
					line++
					if err := readErr(r); err != nil {
						return err
					}
					fmt.Fprintln(out, key(strings.TrimSuffix(sc.Text(), "\r")))
				}
				if err := sc.Err(); err != nil {
					if errors.Is(err, bufio.ErrTooLong) {
						return badInputf("read %s: line %d: longer than 1 MB (a name?)", stdinName, line+1)
					}
					return err
				}
				return out.Flush()
			}
			for _, a := range args {
				fmt.Fprintln(out, key(a))
			}
			return out.Flush()
		},
	}
	cmd.Flags().BoolVar(&skeleton, "skeleton", false, "print the consonant skeleton")
	return cmd
}

// ---- discover

type namesDiscoverOptions struct {
	Files         []string
	Lang          string
	MinConfidence float64
	Accept        bool
	Kind          string
}

func newNamesDiscoverCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	opts := &namesDiscoverOptions{}
	cmd := &cobra.Command{
		Use:   "discover [FILE...]",
		Short: "Find clusters of variant spellings in a corpus (JSON Lines)",
		Long: `Discover reads a corpus, collects candidate names (runs of capitalized words,
titles such as "Maj. Gen." dropped) and clusters spellings that are probably
one name, with no glossary. Each cluster is printed as one JSON line:

  {"canonical":"...","variants":[{"form":"...","count":N}],"confidence":0.93}

The canonical is the most frequent spelling; confidence is the weakest
similarity linking the cluster (1 for spellings with one key). To accept
clusters into the glossary, use --accept (stores those with confidence at
least --min-confidence) or edit the output and pipe it to 'names import -'.
Discovery needs a script with capital letters (Latin, Cyrillic, Greek).
With --lang de (German capitalizes every noun) only names of two or more
words are candidates.`,
		Example: `  bitext names discover story.txt
  bitext names discover --accept corpus/*.txt
  bitext names discover story.txt | bitext names import -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			return namesDiscoverRun(cmd.Context(), ios, g, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Lang, "lang", "", "language `L` of the corpus (BCP 47)")
	cmd.Flags().Float64Var(&opts.MinConfidence, "min-confidence", normalize.SameThreshold, "print (and accept) clusters at least this `confident`")
	cmd.Flags().BoolVar(&opts.Accept, "accept", false, "store the clusters in the glossary")
	cmd.Flags().StringVar(&opts.Kind, "kind", "", "with --accept: the `kind` of the accepted entries (person, org, place)")
	return cmd
}

func namesDiscoverRun(ctx context.Context, ios *IOStreams, g *globalOptions, opts *namesDiscoverOptions) error {
	if opts.Lang != "" {
		if _, err := parseLang("lang", opts.Lang); err != nil {
			return err
		}
	}
	if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
		return usageErr(fmt.Errorf("--min-confidence %v: want a number from 0 to 1", opts.MinConfidence))
	}
	kind, err := normalize.ParseKind(opts.Kind)
	if err != nil {
		return usageErr(err)
	}
	d := normalize.NewDiscoverer()
	if capitalizesNouns(opts.Lang) {
		d.MinWords = 2
	}
	for _, name := range inputNames(opts.Files) {
		if err := discoverFile(ios, d, name); err != nil {
			return err
		}
	}
	clusters := d.Clusters(opts.MinConfidence)
	out := bufio.NewWriter(ios.Out)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, c := range clusters {
		rec := struct {
			Canonical  string                `json:"canonical"`
			Variants   []normalize.FormCount `json:"variants"`
			Confidence float64               `json:"confidence"`
		}{c.Canonical, c.Variants, float64(int(c.Confidence*1000+0.5)) / 1000}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if opts.Accept && len(clusters) > 0 {
		entries := make([]normalize.Entry, len(clusters))
		for i, c := range clusters {
			entries[i] = c.Entry()
			entries[i].Kind = kind
			if opts.Lang != "" {
				entries[i].Langs = []string{opts.Lang}
			}
		}
		if err := storeEntries(ctx, g, entries); err != nil {
			return err
		}
		fmt.Fprintf(ios.ErrOut, "bitext: accepted %d clusters into the glossary\n", len(entries))
	}
	return nil
}

// capitalizesNouns reports whether language tag lang writes every noun with a
// capital (German, Luxembourgish), so one capitalized word is no name.
func capitalizesNouns(lang string) bool {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	return base == "de" || base == "lb" || base == "gsw"
}

// discoverPiece is the most text discoverFile hands to the discoverer at
// once: a paragraph, or a piece of a longer line cut at a space.
const discoverPiece = 1 << 20

// discoverFile feeds one input to d in pieces cut at blank lines (or, in a
// line longer than discoverPiece, at a space), so that a big corpus is read
// in constant memory.
func discoverFile(ios *IOStreams, d *normalize.Discoverer, name string) error {
	r, err := openInput(ios, name)
	if err != nil {
		return err
	}
	defer r.Close()
	br := bufio.NewReaderSize(r, 64<<10)
	var para bytes.Buffer
	for {
		line, err := br.ReadSlice('\n')
		para.Write(line)
		if err == bufio.ErrBufferFull {
			if para.Len() > discoverPiece {
				// A line longer than a piece (a file without line
				// breaks): hand over what ends at its last space.
				b := para.Bytes()
				cut := bytes.LastIndexAny(b, " \t\r") + 1
				if cut == 0 {
					cut = len(b)
				}
				d.Add(string(b[:cut]))
				rest := append([]byte(nil), b[cut:]...)
				para.Reset()
				para.Write(rest)
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 || para.Len() > discoverPiece || err != nil {
			d.Add(para.String())
			para.Reset()
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// ---- add, remove

func newNamesAddCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	var kind string
	var langs []string
	cmd := &cobra.Command{
		Use:   "add CANONICAL VARIANT...",
		Short: "Add an entry (or variants of it) to the user's glossary",
		Long: `Add stores CANONICAL with its VARIANTs in the user's glossary (in the TM). An
entry that exists gains the new variants. User entries override the default
glossary's.`,
		Example: `  bitext names add "Saeed Reza" Saeedreza "Said Reza" --kind person`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) < 1 {
				return usageErr(errors.New("names add wants CANONICAL and any VARIANTs"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			k, err := normalize.ParseKind(kind)
			if err != nil {
				return usageErr(err)
			}
			for _, l := range langs {
				if _, err := parseLang("lang", l); err != nil {
					return err
				}
			}
			for _, a := range args {
				if strings.TrimSpace(a) == "" || normalize.Key(a) == "" {
					return usageErr(fmt.Errorf("%q is not a name: it has no letters or digits", a))
				}
			}
			e := normalize.Entry{Canonical: args[0], Variants: args[1:], Kind: k, Langs: langs}
			if err := storeEntries(cmd.Context(), g, []normalize.Entry{e}); err != nil {
				return err
			}
			fmt.Fprintf(ios.ErrOut, "bitext: added %q with %d variants\n", args[0], len(args)-1)
			return nil
		},
	}
	cmd.Flags().StringVar(&kind, "kind", "", "what the name names: person, org or place")
	cmd.Flags().StringSliceVar(&langs, "lang", nil, "languages `L` the entry applies to (default all)")
	return cmd
}

func newNamesRemoveCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "remove CANONICAL...",
		Short: "Remove entries from the user's glossary",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr(errors.New("names remove wants at least one canonical form"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := tmOpen(cmd.Context(), g)
			if err != nil {
				return err
			}
			defer db.Close()
			n, err := db.DeleteGlossary(cmd.Context(), args...)
			if err != nil {
				return tmDBErr(err)
			}
			fmt.Fprintf(ios.ErrOut, "bitext: removed %d entries\n", n)
			return nil
		},
	}
}

func storeEntries(ctx context.Context, g *globalOptions, entries []normalize.Entry) error {
	db, err := tmOpen(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.PutGlossary(ctx, entries); err != nil {
		return tmDBErr(err)
	}
	return db.Close()
}

// ---- list

func newNamesListCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	var noDefault bool
	var format, lang string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the glossary in use: default entries and the user's",
		Long: `List prints the glossary that normalize uses: the embedded default entries
overridden by the user's. Text format: one entry a line,

  CANONICAL (KIND, SOURCE): VARIANT, VARIANT, ...

--format tsv or jsonl prints what 'names export' writes.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			user, err := readUserGlossary(cmd.Context(), g)
			if err != nil {
				return err
			}
			var entries []normalize.Entry
			if !noDefault {
				entries = normalize.DefaultEntries()
			}
			entries = normalize.FilterLang(normalize.MergeEntries(entries, user), lang)
			isUser := map[string]bool{}
			for _, e := range user {
				isUser[e.Canonical] = true
			}
			out := bufio.NewWriter(ios.Out)
			switch format {
			case "text":
				for _, e := range entries {
					src := "default"
					if isUser[e.Canonical] {
						src = "user"
					}
					kind := string(e.Kind)
					if kind == "" {
						kind = "-"
					}
					fmt.Fprintf(out, "%s (%s, %s): %s\n", e.Canonical, kind, src, strings.Join(e.Variants, ", "))
				}
			case normalize.FormatTSV, normalize.FormatCSV, normalize.FormatJSONL, normalize.FormatTBX, normalize.FormatTBX2:
				if err := normalize.WriteEntries(out, entries, format); err != nil {
					return err
				}
			default:
				return usageErr(fmt.Errorf("--format %q: want text, tsv, csv, jsonl, tbx or tbx2", format))
			}
			return out.Flush()
		},
	}
	cmd.Flags().BoolVar(&noDefault, "no-default-glossary", false, "list only the user's entries")
	cmd.Flags().StringVar(&format, "format", "text", "`format`: text, tsv, csv, jsonl, tbx or tbx2")
	cmd.Flags().StringVar(&lang, "lang", "", "only entries that apply to language `L`")
	return cmd
}

// ---- import, export

func newNamesImportCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Add glossary entries from a TSV, CSV, JSON Lines or TBX file",
		Long: `Import adds the entries of FILE ("-": standard input) to the user's glossary,
all or none. Formats (--format, default: by extension, then content):

  tsv, csv   columns canonical, kind, variants (separated by |), langs;
             a header row naming them is optional
  jsonl      {"canonical":..., "kind":..., "variants":[...], "langs":[...]};
             the output of 'names discover' imports as it is
  tbx        TBX v3 (TBX-Basic, ISO 30042:2019) or TBX 2 (martif): each
             concept entry's preferred term is the canonical, its other
             terms are variants`,
		Example: `  bitext names import house-style.tsv
  bitext names import terms.tbx`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErr(errors.New("names import wants one FILE (or - for standard input)"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			in, err := openInput(ios, args[0])
			if err != nil {
				return err
			}
			defer in.Close()
			br := bufio.NewReader(in)
			f := format
			if f == "auto" {
				head, _ := br.Peek(512)
				f = normalize.DetectFormat(args[0], head)
			}
			entries, err := normalize.ReadEntries(br, f)
			if rerr := readErr(in); rerr != nil {
				return rerr // an invalid byte, not what the parser made of it
			}
			if err != nil {
				var pe *normalize.ParseError
				if errors.As(err, &pe) {
					return badInputf("read %s: %v", displayName(args[0]), err)
				}
				return usageErr(err)
			}
			if err := storeEntries(cmd.Context(), g, entries); err != nil {
				return err
			}
			fmt.Fprintf(ios.ErrOut, "bitext: imported %d entries\n", len(entries))
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "auto", "`format`: auto, tsv, csv, jsonl or tbx")
	return cmd
}

func newNamesExportCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	var format, output string
	var all bool
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the user's glossary as TSV, CSV, JSON Lines or TBX",
		Long: `Export writes the user's glossary entries (with --all, the default entries
too, as normalize sees them) in the format import reads. TBX output is TBX v3
(TBX-Basic dialect, DCA style): the canonical is the preferred term,
variants are deprecated terms, acronyms admitted terms. --format tbx2
writes TBX 2 (martif), which older tools such as Translate Toolkit and
OmegaT read.`,
		Example: `  bitext names export --format tbx -o names.tbx`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch format {
			case normalize.FormatTSV, normalize.FormatCSV, normalize.FormatJSONL, normalize.FormatTBX, normalize.FormatTBX2:
			default:
				return usageErr(fmt.Errorf("--format %q: want tsv, csv, jsonl, tbx or tbx2", format))
			}
			entries, err := readUserGlossary(cmd.Context(), g)
			if err != nil {
				return err
			}
			if all {
				entries = normalize.MergeEntries(normalize.DefaultEntries(), entries)
			}
			path, err := g.dbPath()
			if err != nil {
				return err
			}
			if err := tmGuardOutput(output, path); err != nil {
				return err
			}
			return tmWriteOutput(ios, output, func(w io.Writer) error {
				return normalize.WriteEntries(w, entries, format)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "tsv", "`format`: tsv, csv, jsonl, tbx (TBX v3) or tbx2 (TBX 2, martif)")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` instead of standard output")
	cmd.Flags().BoolVar(&all, "all", false, "include the default glossary")
	return cmd
}
