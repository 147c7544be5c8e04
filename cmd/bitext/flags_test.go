package main

import (
	"context"
	"io"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

// TestTypedFlags: each typed flag takes good values into its typed field and
// refuses bad ones as usage errors naming the flag and what it wants.
func TestTypedFlags(t *testing.T) {
	var (
		lang   language.Tag
		langs  []language.Tag
		format string
		score  float64
		max    int
	)
	newCmd := func() *cobra.Command {
		lang, langs, score, max = language.Und, nil, 0.5, 5
		c := &cobra.Command{Use: "x", RunE: func(*cobra.Command, []string) error { return nil }}
		flagLang(c, &lang, "src", "", "source `LANG`")
		flagLangs(c, &langs, "lang", "l", "languages")
		flagEnum(c, &format, "format", "output `FORMAT`", "text", "jsonl")
		flagRange(c, &score, "min-score", "`X`", 0, 1)
		flagIntRange(c, &max, "max", "`N`", 1, math.MaxInt)
		c.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageErr(err) })
		// cobra prints each refused flag and the usage: not in go test's output.
		c.SetOut(io.Discard)
		c.SetErr(io.Discard)
		return c
	}
	for _, tc := range []struct {
		args []string
		want string // "" for success, else a part of the error
	}{
		{[]string{"--src", "pt-BR", "-l", "en,fr", "-l", "de", "--format", "jsonl", "--min-score", "0.8", "--max", "3"}, ""},
		{[]string{}, ""},
		{[]string{"--src", "e"}, `invalid argument "e" for "--src" flag: not a BCP 47 language tag`},
		{[]string{"--src", "xx"}, "well-formed but unknown language"},
		{[]string{"--src", ""}, "not a BCP 47"},
		{[]string{"-l", "en,,fr"}, "not a BCP 47"},
		{[]string{"--format", "xml"}, "want text or jsonl"},
		{[]string{"--min-score", "1.5"}, "want a number from 0 to 1"},
		{[]string{"--min-score", "NaN"}, "want a number from 0 to 1"},
		{[]string{"--max", "0"}, "want a whole number of at least 1"},
		{[]string{"--max", "2.5"}, "want a whole number of at least 1"},
		{[]string{"--max", "many"}, "want a whole number of at least 1"},
	} {
		c := newCmd()
		c.SetArgs(tc.args)
		err := c.ExecuteContext(context.Background())
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q: %v", tc.args, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || exitCodeOf(err) != exitBadInput):
			t.Errorf("%q: error %v (exit %d); want exit 2 with %q", tc.args, err, exitCodeOf(err), tc.want)
		}
	}
	c := newCmd()
	c.SetArgs([]string{"--src", "pt-BR", "-l", "en,fr", "-l", "de", "--format", "jsonl", "--min-score", "0.8", "--max", "3"})
	if err := c.Execute(); err != nil {
		t.Fatal(err)
	}
	if lang != language.MustParse("pt-BR") || len(langs) != 3 || langs[2] != language.German || format != "jsonl" || score != 0.8 || max != 3 {
		t.Errorf("parsed %v %v %q %v %d", lang, langs, format, score, max)
	}
	if got := c.Flags().Lookup("format").Value.String(); got != "jsonl" {
		t.Errorf("format flag prints %q", got)
	}
}

// TestUnknownFlagHints: an unknown flag said "unknown flag: --frob" and no
// more; "bitext tm --version" too, the version being the root's flag. The
// first now hints at the command's --help, the second at bitext --version.
func TestUnknownFlagHints(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"tm", "lookup", "--frob", "x"}, "bitext: error: unknown flag: --frob\nbitext: hint: 'bitext tm lookup --help' lists its flags\n"},
		{[]string{"names", "-z"}, "bitext: error: unknown shorthand flag: 'z' in -z\nbitext: hint: 'bitext names --help' lists its flags\n"},
		{[]string{"tm", "--version"}, "bitext: error: unknown flag: --version\nbitext: hint: 'bitext --version' says the version\n"},
		{[]string{"segment", "-v"}, "bitext: error: unknown shorthand flag: 'v' in -v\nbitext: hint: 'bitext --version' says the version\n"},
		{[]string{"--frob"}, "bitext: error: unknown flag: --frob\nbitext: hint: 'bitext --help' lists its flags\n"},
		{[]string{"tm", "export", "--format", "csv"}, "bitext: error: invalid argument \"csv\" for \"--format\" flag: want tmx, tsv or xliff\n"},
	} {
		_, stderr, code := runBitext(t, "", c.args...)
		if code != 2 || stderr != c.want {
			t.Errorf("bitext %q: exit %d, stderr %q; want exit 2, %q", c.args, code, stderr, c.want)
		}
	}
}

// TestUndeterminedLanguageFlag: tm add --tgt und said "--tgt is required"
// (und parses to the zero language, which the flag took for none given);
// it says what und is now, and so do the other language flags.
func TestUndeterminedLanguageFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	for _, args := range [][]string{
		{"--db", db, "tm", "add", "--src", "en", "--tgt", "und", "Hello.", "Bonjour."},
		{"segment", "--lang", "und", "-"},
		{"--db", db, "tm", "lookup", "--src", "und", "--tgt", "fr", "Hello."},
	} {
		_, stderr, code := runBitext(t, "Hello.\n", args...)
		if code != 2 || !strings.Contains(stderr, `"und" is the undetermined language, which no text is in`) || strings.Contains(stderr, "is required") {
			t.Errorf("bitext %q: exit %d, stderr %q; want exit 2 saying what und is", args, code, stderr)
		}
	}
}
