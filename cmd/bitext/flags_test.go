package main

import (
	"context"
	"io"
	"math"
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
