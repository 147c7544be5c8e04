package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"github.com/bitext/bitext/tm/textio"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/bitext/bitext/normalize"
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
	NoDefault bool // --no-default-glossary
}

func newNormalizeCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	return normalizeCmd(ios, g, nil)
}

func normalizeCmd(ios *IOStreams, g *globalOptions, runF func(context.Context, *normalizeOptions) error) *cobra.Command {
	opts := &normalizeOptions{IO: ios, OpenTM: g.tmOpener(ios)}
	var lang, format string
	cmd := &cobra.Command{
		Use:   "normalize [FILE...]",
		Short: "Rewrite name variants to their house spelling, with a report",
		Long: `Normalize rewrites every known variant spelling of a name to its canonical
(house) spelling and reports each replacement on standard error as

  FILE:LINE:COL: "Qasim Soleimani" -> "Qassem Soleimani" (variant)

(--format jsonl: one JSON object a line). COL counts characters; the rule
is variant (listed), alias (such as Daesh) or spelling (unlisted, with the
key of a listed one). Acronyms (IRGC), forms in another script, URLs and
e-mail addresses are left alone; text in capitals stays in capitals.

The glossary is the embedded default overridden by the user's entries in
the TM (see 'bitext names'); --no-default-glossary leaves only the user's.
Entries limited to other languages than the text's are skipped: the
language is --lang, else the one a file name states (story.fr.txt).

--check rewrites nothing and exits 1 if anything would be rewritten. -w
rewrites the files in place, atomically, and only when every file has been
read and rewritten: one bad file leaves them all as they were.`,
		Example: `  bitext normalize story.txt > story.norm.txt
  bitext normalize --check --lang en story.txt
  bitext normalize -w *.txt`,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			opts.Files = inputNames(args)
			if opts.Format, err = normalize.ParseReportFormat(format); err != nil {
				return usageErr(fmt.Errorf("--format %q: want text or jsonl", format))
			} else if opts.Check && opts.Write {
				return usageErr(errors.New("--check and -w cannot be used together"))
			} else if err := parseOptLang(lang, &opts.Lang); err != nil {
				return err
			}
			for _, f := range opts.Files {
				if opts.Write && (f == "-" || isStdStream(f)) {
					return usageErr(fmt.Errorf("-w needs files: %s is a stream; standard input cannot be rewritten in place", displayName(f)))
				}
			}
			return runOr(cmd.Context(), opts, runF, runNormalize)
		},
	}
	langFlag(cmd, &lang, "language of the text, a BCP 47 `LANG` (default: from the file name)")
	cmd.Flags().BoolVar(&opts.Check, "check", false, "rewrite nothing; exit 1 if a variant is found")
	cmd.Flags().BoolVarP(&opts.Write, "write", "w", false, "rewrite the files in place")
	cmd.Flags().StringVar(&format, "format", "text", "report `FORMAT`: text or jsonl")
	cmd.Flags().BoolVar(&opts.NoDefault, "no-default-glossary", false, "use only the user's glossary entries")
	cmd.RegisterFlagCompletionFunc("format", completeValues("text", "jsonl"))
	return cmd
}

func runNormalize(ctx context.Context, opts *normalizeOptions) error {
	user, err := userGlossary(ctx, opts.OpenTM)
	if err != nil {
		return err
	}
	glossaries := normalize.NewGlossarySet(user, opts.NoDefault)
	var report bytes.Buffer // -w reports once every file is rewritten
	rep := bufio.NewWriter(opts.IO.ErrOut)
	if opts.Write {
		rep.Reset(&report)
	}
	defer rep.Flush()
	out := bufio.NewWriterSize(opts.IO.Out, 64<<10)
	defer out.Flush()
	rw, total := normalize.NewReportWriter(rep, opts.Format), 0
	var pending []*textio.AtomicFile // -w: rewritten files, renamed over theirs at the end
	defer func() {
		for _, a := range pending {
			a.Abort()
		}
	}()
	for _, name := range opts.Files {
		lang := opts.Lang
		if lang == language.Und {
			lang, _ = textio.LangFromName(name)
		}
		report := func(r normalize.Replacement) error {
			total++
			return rw.Write(displayName(name), r)
		}
		switch gl := glossaries.For(lang); {
		case opts.Write:
			var a *textio.AtomicFile
			if a, err = prepareRewrite(opts.IO, gl, name, report); a != nil {
				pending = append(pending, a)
			}
		case opts.Check:
			err = rewriteStream(opts.IO, gl, name, nil, report)
		default:
			err = rewriteStream(opts.IO, gl, name, out, report)
		}
		if err = cmp.Or(err, ctx.Err()); err != nil {
			return err
		}
	}
	for _, a := range pending {
		if err := a.Commit(); err != nil {
			return err
		}
	}
	if err := cmp.Or(rep.Flush(), flushErr(out)); err != nil {
		return err
	}
	if _, err := report.WriteTo(opts.IO.ErrOut); err != nil {
		return err
	}
	if opts.Check && total > 0 {
		return errCheckFailed
	}
	return nil
}

// rewriteStream rewrites one input to dst (nil: check only).
func rewriteStream(ios *IOStreams, gl *normalize.Glossary, name string, dst io.Writer, report func(normalize.Replacement) error) error {
	r, err := openInput(ios, name)
	if err != nil {
		return err
	}
	defer r.Close()
	return gl.Rewrite(dst, r, report)
}

// isStdStream reports whether name is a standard stream or another open
// descriptor (/dev/stdin, /dev/fd/0, /proc/self/fd/1): -w on it would
// rewrite whatever file the shell redirected, or fail on a pipe.
func isStdStream(name string) bool {
	clean := filepath.Clean(name)
	for _, p := range []string{"/dev/stdin", "/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/"} {
		if clean == p || strings.HasSuffix(p, "/") && strings.HasPrefix(clean, p) {
			return true
		}
	}
	return false
}

// prepareRewrite writes the rewrite of a file (of the file a symbolic link
// points to) into a temporary file in its folder, which the caller commits
// (renames over the original) or aborts. A file with nothing to rewrite
// gets none (nil): it is not touched at all. On any failure nothing is
// left behind.
func prepareRewrite(ios *IOStreams, gl *normalize.Glossary, name string, report func(normalize.Replacement) error) (*textio.AtomicFile, error) {
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return nil, openError(name, err)
	}
	st, err := os.Stat(target)
	if err != nil {
		return nil, openError(name, err)
	}
	if !st.Mode().IsRegular() {
		return nil, badInputf("rewrite %s: not a regular file", name)
	}
	tmp, err := textio.CreateAtomic(target, st.Mode().Perm())
	if errors.Is(err, textio.ErrPlace) {
		return nil, badInput(err)
	}
	if err != nil {
		return nil, err
	}
	n := 0
	bw := bufio.NewWriterSize(tmp, 64<<10)
	err = rewriteStream(ios, gl, name, bw, func(r normalize.Replacement) error {
		n++
		return report(r)
	})
	if ferr := bw.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("rewrite %s: %w", name, ferr)
	}
	if err != nil || n == 0 {
		tmp.Abort()
		return nil, err
	}
	return tmp, nil
}

// userGlossary reads the user's glossary entries from the TM that open
// finds, if any.
func userGlossary(ctx context.Context, open openTMFunc) ([]normalize.Entry, error) {
	db, err := open(ctx, tmIfExists)
	if err != nil || db == nil {
		return nil, err
	}
	defer db.Close()
	entries, err := db.Glossary(ctx)
	return entries, tmDBErr(err)
}
