package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

// normalizeOptions are the flags and arguments of bitext normalize.
type normalizeOptions struct {
	IO        *IOStreams
	OpenTM    openTMFunc // the user's glossary is in the TM
	Files     []string   // "-" is standard input
	Lang      language.Tag
	Check     bool // --check: rewrite nothing, exit 1 if anything would be
	Write     bool // -w: rewrite the files in place
	Format    normalize.ReportFormat
	NoDefault bool   // --no-default-glossary
	Unify     bool   // --unify: also rewrite a name spelt two ways to its more frequent spelling
	Possess   string // --possessive: ap or s
}

func newNormalizeCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	return normalizeCmd(ios, g, nil)
}

func normalizeCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *normalizeOptions) error) *cobra.Command {
	opts := &normalizeOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	cmd := command("normalize", &cobra.Command{
		Use:   "normalize [FILE...]",
		Short: "Rewrite name variants to their house spelling, with a report",
	}, opts, func(args []string) error {
		opts.Files = inputNames(args)
		if opts.Check && opts.Write {
			return usageErr(errors.New("--check and -w cannot be used together"))
		}
		for _, f := range opts.Files {
			if opts.Write && textio.IsStream(f) {
				return usageErr(fmt.Errorf("-w needs files: %s is a stream; standard input cannot be rewritten in place", displayName(f)))
			}
		}
		return nil
	}, runF, runNormalize)
	flagLang(cmd, &opts.Lang, "lang", "l", "language of the text, a BCP 47 `LANG` (default: from the file name, else read from the text)")
	cmd.Flags().BoolVar(&opts.Check, "check", false, "rewrite nothing; exit 1 if anything would be rewritten")
	cmd.Flags().BoolVarP(&opts.Write, "write", "w", false, "rewrite the files in place, all or none: one bad file leaves them all as they were")
	flagChoice(cmd, &opts.Format, "format", "report `FORMAT`: text or jsonl",
		[]string{"text", "jsonl"}, []normalize.ReportFormat{normalize.ReportText, normalize.ReportJSONL})
	cmd.Flags().BoolVar(&opts.NoDefault, "no-default-glossary", false, "use only the user's glossary entries")
	cmd.Flags().BoolVar(&opts.Unify, "unify", false, "also rewrite a name the input spells two ways (rule inconsistent) to its more frequent spelling")
	flagEnum(cmd, &opts.Possess, "possessive", "`STYLE` of a rewritten singular name's possessive: ap (Hamas') or s (Hamas's)", "ap", "s")
	return cmd
}

func runNormalize(ctx context.Context, opts *normalizeOptions) error {
	if err := textio.TextGivenAsFile("normalize", opts.Files); err != nil {
		return err
	}
	user, err := userGlossary(ctx, opts.OpenTM)
	if err != nil {
		return err
	}
	glossaries := normalize.NewGlossarySet(user, opts.NoDefault)
	glossaries.Unify, glossaries.PossessiveS = opts.Unify, opts.Possess == "s"
	rep := bufio.NewWriter(opts.IO.ErrOut) // keeps an error of a notice for its Flush
	defer rep.Flush()
	rw, total := normalize.NewReportWriter(rep, opts.Format), 0
	glossary := glossaries.ChooserByText(opts.Lang, rw, displayName)
	report := func(file string, r normalize.Replacement) error {
		total++
		return rw.Write(displayName(file), r)
	}
	if opts.Write {
		for _, w := range textio.StaleTempWarnings(opts.Files) { // kill -9 left them; removing is the user's call
			fmt.Fprintf(opts.IO.ErrOut, "bitext: warning: %s\n", w)
		}
		return cmp.Or(openErr(normalize.RewriteFilesByText(ctx, opts.Files, glossary, report)), rep.Flush())
	}
	out := bufio.NewWriterSize(opts.IO.Out, 64<<10)
	defer out.Flush()
	var dst io.Writer = out
	if opts.Check {
		dst = nil // write nothing
	}
	if err := normalize.RewriteStreamsByText(ctx, dst, opts.Files, opts.IO.In, glossary, report); err != nil {
		return err
	} else if err := cmp.Or(rep.Flush(), flushErr(out)); err != nil {
		return err
	} else if opts.Check && total > 0 {
		return errCheckFailed
	}
	return nil
}

// fileLang is lang, else the language the name of file states
// (textio.FileLang).
func fileLang(lang language.Tag, file string) language.Tag { return textio.FileLang(lang, file) }

// withInput hands the input name ("-": standard input) to use, opened and
// checked to be UTF-8 text as it is read (textio.WithInput).
func withInput(ios *IOStreams, name string, use func(io.Reader) error) error {
	return textio.WithInput(name, ios.In, use)
}

// openErr makes a library's *fs.PathError about a file that cannot be
// opened bad input, worded as openInput words it.
func openErr(err error) error {
	if pe := new(fs.PathError); errors.As(err, &pe) && pe.Op == "open" {
		return openError(pe.Path, pe.Err)
	}
	return err
}

// userGlossary reads the user's glossary entries from the TM, if there is
// one.
func userGlossary(ctx context.Context, open openTMFunc) (user []normalize.Entry, err error) {
	err = withTM(ctx, open, tmIfExists, func(db *tm.DB) (err error) {
		user, err = db.Glossary(ctx)
		return err
	})
	return user, err
}

// storeEntries adds entries to the user's glossary, creating the TM if need be, and
// returns what each became; a spelling two entries would claim stores nothing (bad
// input). An entry whose languages changed is warned about on errOut.
func storeEntries(ctx context.Context, open openTMFunc, entries []normalize.Entry, errOut io.Writer) (puts []tm.GlossaryPut, err error) {
	err = withTM(ctx, open, tmCreate, func(db *tm.DB) (err error) {
		var warnings []string
		puts, warnings, err = db.AddGlossary(ctx, entries)
		for _, w := range warnings {
			fmt.Fprintf(errOut, "bitext: warning: %s\n", w)
		}
		return err
	})
	return puts, err
}
