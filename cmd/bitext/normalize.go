package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bitext/bitext/normalize"
	"github.com/spf13/cobra"
)

// normalizeOptions are the flags and arguments of `bitext normalize`.
type normalizeOptions struct {
	Files     []string
	Lang      string
	Check     bool
	Write     bool
	Format    string // text or jsonl: the report's format
	NoDefault bool   // --no-default-glossary
}

func newNormalizeCmd(ios *IOStreams, g *globalOptions) *cobra.Command {
	opts := &normalizeOptions{}
	cmd := &cobra.Command{
		Use:   "normalize [FILE...]",
		Short: "Rewrite name variants to their house spelling, with a report",
		Long: `Normalize rewrites every known variant spelling of a name to its canonical
(house) spelling and reports each replacement on standard error:

  FILE:LINE:COL: "Qasim Soleimani" -> "Qassem Soleimani" (variant)

COL counts characters. The rule says why: variant (a listed spelling),
alias (a listed alias such as Daesh), spelling (an unlisted spelling with the
same matching key as a listed one). Acronyms of the canonical (IRGC) and
forms in another script are left as they are. Names inside URLs and e-mail
addresses are never touched; text written in capitals stays in capitals.

The glossary is the embedded default (Middle East news, English house
style) overridden by the user's entries in the TM (see 'bitext names');
--no-default-glossary leaves only the user's. Entries limited to other
languages than the text's are skipped: the language is --lang, else the one
a file name states (story.fr.txt), else unknown (every entry applies).

--check rewrites nothing and exits 1 if anything would be rewritten.
-w rewrites the files in place, atomically.`,
		Example: `  bitext normalize story.txt > story.norm.txt
  bitext normalize --check story.txt
  bitext normalize -w *.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			return normalizeRun(cmd.Context(), ios, g, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Lang, "lang", "", "language `L` of the text (BCP 47)")
	cmd.Flags().BoolVar(&opts.Check, "check", false, "rewrite nothing; exit 1 if a variant is found")
	cmd.Flags().BoolVarP(&opts.Write, "write", "w", false, "rewrite the files in place")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "report `format`: text or jsonl")
	cmd.Flags().BoolVar(&opts.NoDefault, "no-default-glossary", false, "use only the user's glossary entries")
	return cmd
}

func normalizeRun(ctx context.Context, ios *IOStreams, g *globalOptions, opts *normalizeOptions) error {
	if opts.Format != "text" && opts.Format != "jsonl" {
		return usageErr(fmt.Errorf("--format %q: want text or jsonl", opts.Format))
	}
	if opts.Check && opts.Write {
		return usageErr(errors.New("--check and -w cannot be used together"))
	}
	if opts.Lang != "" {
		if _, err := parseLang("lang", opts.Lang); err != nil {
			return err
		}
	}
	files := inputNames(opts.Files)
	if opts.Write {
		for _, f := range files {
			if f == "-" {
				return usageErr(errors.New("-w needs files: standard input cannot be rewritten in place"))
			}
			if isStdStream(f) {
				return usageErr(fmt.Errorf("-w needs files: %s is a stream; standard input cannot be rewritten in place", f))
			}
		}
	}
	user, err := readUserGlossary(ctx, g)
	if err != nil {
		return err
	}
	glossaries := map[string]*normalize.Glossary{} // by language
	rep := bufio.NewWriter(ios.ErrOut)
	defer rep.Flush()
	total := 0
	for _, name := range files {
		lang := opts.Lang
		if lang == "" {
			if t, ok := langFromName(name); ok {
				lang = t.String()
			}
		}
		gl, ok := glossaries[lang]
		if !ok {
			gl = buildNameGlossary(user, opts.NoDefault, lang)
			glossaries[lang] = gl
		}
		report := func(r normalize.Replacement) error {
			total++
			return writeReplacement(rep, displayName(name), r, opts.Format)
		}
		switch {
		case opts.Write:
			err = rewriteInPlace(ios, gl, name, report)
		case opts.Check:
			err = rewriteStream(ios, gl, name, nil, report)
		default:
			out := bufio.NewWriterSize(ios.Out, 64<<10)
			err = rewriteStream(ios, gl, name, out, report)
			if ferr := out.Flush(); err == nil && ferr != nil {
				err = fmt.Errorf("write: %w", ferr)
			}
		}
		if err != nil {
			return err
		}
	}
	if err := rep.Flush(); err != nil {
		return err
	}
	if opts.Check && total > 0 {
		return errCheckFailed
	}
	return nil
}

// writeReplacement writes one report line.
func writeReplacement(w io.Writer, file string, r normalize.Replacement, format string) error {
	if format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(struct {
			File        string `json:"file"`
			Line        int    `json:"line"`
			Col         int    `json:"col"`
			Offset      int64  `json:"offset"`
			Form        string `json:"form"`
			Replacement string `json:"replacement"`
			Canonical   string `json:"canonical"`
			Rule        string `json:"rule"`
		}{file, r.Line, r.Col, r.Offset, r.Form, r.Replacement, r.Canonical, r.Rule})
	}
	_, err := fmt.Fprintf(w, "%s:%d:%d: %q -> %q (%s)\n", file, r.Line, r.Col, r.Form, r.Replacement, r.Rule)
	return err
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

// rewriteInPlace rewrites a file through a temporary file in the same
// folder, renamed over the original only when everything has been written
// and synced; on any failure the original is untouched and the temporary
// file removed. A file with nothing to rewrite is not touched at all.
func rewriteInPlace(ios *IOStreams, gl *normalize.Glossary, name string, report func(normalize.Replacement) error) error {
	// Rewrite the file a symbolic link points to, not the link.
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return openError(name, err)
	}
	st, err := os.Stat(target)
	if err != nil {
		return openError(name, err)
	}
	if !st.Mode().IsRegular() {
		return badInputf("rewrite %s: not a regular file", name)
	}
	tmp, err := createAtomic(target, st.Mode().Perm())
	if err != nil {
		return err
	}
	defer tmp.Abort()
	n := 0
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err := rewriteStream(ios, gl, name, bw, func(r normalize.Replacement) error {
		n++
		return report(r)
	}); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("rewrite %s: %w", name, err)
	}
	if n == 0 {
		return nil // nothing to rewrite: the file is not touched
	}
	return tmp.Commit()
}

// buildNameGlossary builds the glossary for texts in lang ("" = any): the
// embedded default (unless noDefault) overridden by the user's entries.
func buildNameGlossary(user []normalize.Entry, noDefault bool, lang string) *normalize.Glossary {
	if noDefault {
		return normalize.NewGlossary(normalize.FilterLang(user, lang))
	}
	if len(user) == 0 && lang == "" {
		return normalize.DefaultGlossary()
	}
	entries := normalize.MergeEntries(normalize.DefaultEntries(), user)
	return normalize.NewGlossary(normalize.FilterLang(entries, lang))
}

// readUserGlossary returns the user's glossary entries, or none when the TM
// file does not exist.
func readUserGlossary(ctx context.Context, g *globalOptions) ([]normalize.Entry, error) {
	path, err := g.dbPath()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	db, err := tmOpen(ctx, g)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	return db.Glossary(ctx)
}
