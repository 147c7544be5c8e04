package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"github.com/bitext/bitext/tm/tmx"
)

// testRoot is a root command with the global --db flag and the usage-error
// wiring of newRootCmd, for the flag-parsing tests of one command.
func testRoot(g *globalOptions, sub *cobra.Command) *cobra.Command {
	root := &cobra.Command{Use: "bitext", SilenceUsage: true, SilenceErrors: true}
	root.PersistentFlags().StringVar(&g.DB, "db", "", "")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageErr(err) })
	root.SetOut(new(bytes.Buffer))
	root.SetErr(new(bytes.Buffer))
	root.AddCommand(sub)
	typeArgErrors(root)
	return root
}

// defaultAlignOptions are the options of `bitext align a.en.txt b.fr.txt`.
func defaultAlignOptions() alignOptions {
	return alignOptions{
		Src: "a.en.txt", Tgt: "b.fr.txt", SrcLang: language.English, TgtLang: language.French,
		Pair: align.PairOptions{
			Doc:   align.DocumentOptions{Quotes: segment.QuotesSplit},
			Align: align.Options{ReviewBelow: align.DefaultReviewBelow, MaxExamples: 50000},
		},
		Format: "tsv", DictFormat: align.FormatAuto,
	}
}

func TestNewAlignCmd(t *testing.T) {
	// A file without a language in its name must exist to be asked for
	// one: a missing file is said to be missing first.
	t.Chdir(t.TempDir())
	if err := os.WriteFile("noname.txt", []byte("Text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	with := func(f func(o *alignOptions)) *alignOptions {
		o := defaultAlignOptions()
		f(&o)
		return &o
	}
	for _, tc := range []struct {
		args []string
		want *alignOptions // nil: a usage error containing msg
		msg  string
	}{
		{[]string{"a.en.txt", "b.fr.txt"}, with(func(o *alignOptions) {}), ""},
		{[]string{"--src", "de", "--tgt", "pt-BR", "a.en.txt", "b.fr.txt"}, with(func(o *alignOptions) {
			o.SrcLang, o.TgtLang = language.German, language.BrazilianPortuguese
		}), ""},
		{[]string{"--src-lang", "de", "--tgt-lang", "it", "x.txt", "-"}, with(func(o *alignOptions) {
			o.Src, o.Tgt, o.SrcLang, o.TgtLang = "x.txt", "-", language.German, language.Italian
		}), ""},
		{[]string{"--format", "jsonl", "--quotes", "keep", "--presegmented", "--no-paragraphs",
			"--dict", "d1.dic", "--dict", "d2.tsv", "--dict-format", "tsv", "--min-score", "0.5",
			"--review-below", "0.2", "--no-learn", "--no-default-dict", "--into", "--learn-from-tm", "--max-tm-pairs", "10",
			"a.en.txt", "b.fr.txt"}, with(func(o *alignOptions) {
			o.Format, o.Dicts, o.DictFormat = "jsonl", []string{"d1.dic", "d2.tsv"}, align.FormatTSV
			o.Pair = align.PairOptions{
				Doc:      align.DocumentOptions{Presegmented: true, NoParagraphs: true},
				Align:    align.Options{ReviewBelow: 0.2, NoLearn: true, NoDefaultDict: true, MaxExamples: 10},
				MinScore: 0.5,
			}
			o.Into, o.LearnFromTM = true, true
		}), ""},
		{[]string{"--db", "x.db", "a.en.txt", "b.fr.txt"}, with(func(o *alignOptions) { o.LearnFromTM = true }), ""},
		// 0 is "no bead for its score alone": in align.Options 0 means the default, 0.4.
		{[]string{"--review-below", "0", "a.en.txt", "b.fr.txt"}, with(func(o *alignOptions) { o.Pair.Align.ReviewBelow = align.ReviewNone }), ""},
		{[]string{"--format", "tmx", "--src", "en-GB", "a.txt", "b.fr.txt"}, with(func(o *alignOptions) {
			o.Src, o.SrcLang, o.Format = "a.txt", language.BritishEnglish, "tmx"
		}), ""},

		{[]string{"a.en.txt"}, nil, "two files"},
		{[]string{"noname.txt", "b.fr.txt"}, nil, "--src is required: no language in the name noname.txt"},
		{[]string{"a.en.txt", "noname.txt"}, nil, "--tgt is required"},
		{[]string{"--src", "", "a.en.txt", "b.fr.txt"}, nil, `invalid argument "" for "--src" flag: not a BCP 47`},
		{[]string{"--tgt-lang", "", "a.en.txt", "b.fr.txt"}, nil, `"" for "--tgt-lang" flag`},
		{[]string{"--src", "x!!", "a.en.txt", "b.fr.txt"}, nil, `"x!!" for "--src" flag: not a BCP 47`},
		{[]string{"--src-lang", "xx", "a.en.txt", "b.fr.txt"}, nil, `"xx" for "--src-lang" flag: well-formed but unknown`},
		{[]string{"--format", "xml", "a.en.txt", "b.fr.txt"}, nil, `"xml" for "--format" flag: want tsv, jsonl or tmx`},
		{[]string{"--quotes", "both", "a.en.txt", "b.fr.txt"}, nil, `"both" for "--quotes" flag: want split or keep`},
		{[]string{"--dict-format", "foo", "a.en.txt", "b.fr.txt"}, nil, `"foo" for "--dict-format" flag: want auto, hunalign, tsv, dictd or cedict`},
		{[]string{"--min-score", "2", "a.en.txt", "b.fr.txt"}, nil, `"2" for "--min-score" flag: want a number from 0 to 1`},
		{[]string{"--min-score", "abc", "a.en.txt", "b.fr.txt"}, nil, `"abc" for "--min-score" flag`},
		{[]string{"--review-below", "-1", "a.en.txt", "b.fr.txt"}, nil, `"-1" for "--review-below" flag`},
		{[]string{"--max-tm-pairs", "-5", "a.en.txt", "b.fr.txt"}, nil, `"-5" for "--max-tm-pairs" flag: want a whole number of at least 0`},
		{[]string{"--src", "en", "--tgt", "fr", "-", "-"}, nil, "both be standard input"},
	} {
		var got *alignOptions
		g := &globalOptions{}
		ios := &IOStreams{In: strings.NewReader(""), Out: new(bytes.Buffer), ErrOut: new(bytes.Buffer)}
		root := testRoot(g, newAlignCmd(ios, g, func(_ context.Context, o *alignOptions) error {
			got = o
			return nil
		}))
		root.SetArgs(append([]string{"align"}, tc.args...))
		err := root.Execute()
		if tc.want == nil {
			if err == nil || exitCodeOf(err) != exitBadInput || !strings.Contains(err.Error(), tc.msg) || got != nil {
				t.Errorf("align %q: error %v (exit %d), ran %v; want a usage error containing %q", tc.args, err, exitCodeOf(err), got != nil, tc.msg)
			}
			continue
		}
		if err != nil || got == nil {
			t.Errorf("align %q: error %v, ran %v", tc.args, err, got != nil)
			continue
		}
		if got.IO != ios || got.OpenTM == nil {
			t.Errorf("align %q: IO %p, OpenTM set %v; want the command's streams and a TM opener", tc.args, got.IO, got.OpenTM != nil)
		}
		got.IO, got.OpenTM = nil, nil
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("align %q: options\n%+v\nwant\n%+v", tc.args, *got, *tc.want)
		}
	}
}

// TestAlignHelp checks the help: a Long text and an Example, placeholders
// as words, the old language flags hidden, completion for the enumerated
// and language flags.
func TestAlignHelp(t *testing.T) {
	g := &globalOptions{}
	ios := &IOStreams{}
	for _, c := range []*cobra.Command{newAlignCmd(ios, g, nil), newAlignScoreCmd(ios, nil)} {
		if c.Long == "" || c.Example == "" {
			t.Errorf("%s: Long %d bytes, Example %d bytes; want both", c.Name(), len(c.Long), len(c.Example))
		}
		usage := c.Flags().FlagUsages()
		for _, word := range []string{" X ", " N ", " string", " float", " int"} {
			if strings.Contains(usage, word) {
				t.Errorf("%s: flag usage has the placeholder %q:\n%s", c.Name(), word, usage)
			}
		}
	}
	cmd := newAlignCmd(ios, g, nil)
	usage := cmd.Flags().FlagUsages()
	for _, s := range []string{"--src LANG", "--tgt LANG", "--format FORMAT", "--min-score SCORE", "--quotes MODE", "--dict FILE"} {
		if !strings.Contains(usage, s) {
			t.Errorf("align usage lacks %q:\n%s", s, usage)
		}
	}
	for _, name := range []string{"src-lang", "tgt-lang"} {
		if f := cmd.Flags().Lookup(name); f == nil || !f.Hidden {
			t.Errorf("--%s: %+v; want a hidden flag", name, f)
		}
	}
	for flag, want := range map[string]string{"format": "tmx", "quotes": "keep", "dict-format": "dictd", "src": "fr", "tgt": "de"} {
		complete, ok := cmd.GetFlagCompletionFunc(flag)
		if !ok {
			t.Errorf("--%s has no completion", flag)
			continue
		}
		if vals, _ := complete(cmd, nil, ""); !strings.Contains(strings.Join(vals, " "), want) {
			t.Errorf("--%s completes %q; want %q among them", flag, vals, want)
		}
	}
	score := newAlignScoreCmd(ios, nil)
	if _, ok := score.GetFlagCompletionFunc("format"); !ok {
		t.Errorf("align score --format has no completion")
	}
}

// alignFiles writes a small document pair into a temporary directory.
func alignFiles(t *testing.T) (dir, src, tgt string) {
	t.Helper()
	dir = t.TempDir()
	src, tgt = filepath.Join(dir, "story.en.txt"), filepath.Join(dir, "story.fr.txt")
	for name, text := range map[string]string{
		src: "The minister arrived in Baghdad on Monday.\nHe met Qassem Soleimani in 2019.\nTalks lasted three hours.\n",
		tgt: "Le ministre est arrivé lundi à Bagdad.\nIl a rencontré Qassem Soleimani en 2019.\nLes discussions ont duré trois heures.\n",
	} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, src, tgt
}

// fakeTMOpener returns an openTMFunc that records the access asked for and
// opens the TM at path as tmOpener does (nil, nil for tmIfExists when
// there is none; an error for tmMustExist).
func fakeTMOpener(t *testing.T, path string, asked *[]tmAccess) openTMFunc {
	return func(ctx context.Context, access tmAccess) (*tm.DB, error) {
		*asked = append(*asked, access)
		if _, err := os.Stat(path); err != nil && access != tmCreate {
			if access == tmIfExists || access == tmIfThere {
				return nil, nil
			}
			return nil, badInputf("open %s: no translation memory there", path)
		}
		return sqlite.OpenDB(ctx, path)
	}
}

func TestRunAlign(t *testing.T) {
	dir, src, tgt := alignFiles(t)
	dbPath := filepath.Join(dir, "tm.db")
	run := func(t *testing.T, f func(o *alignOptions)) (out, errOut string, asked []tmAccess, err error) {
		t.Helper()
		var o, e bytes.Buffer
		opts := defaultAlignOptions()
		opts.Src, opts.Tgt, opts.Pair.Doc.Presegmented = src, tgt, true
		opts.IO = &IOStreams{Out: &o, ErrOut: &e}
		opts.OpenTM = fakeTMOpener(t, dbPath, &asked)
		f(&opts)
		err = runAlign(context.Background(), &opts)
		return o.String(), e.String(), asked, err
	}

	// No TM flag: the TM is not opened; tsv output.
	out, _, asked, err := run(t, func(o *alignOptions) {})
	if err != nil || len(asked) != 0 || !strings.HasPrefix(out, "The minister arrived in Baghdad on Monday.\tLe ministre est arrivé lundi à Bagdad.\t") {
		t.Fatalf("align: %q, asked %v, %v; want tsv and no TM", out, asked, err)
	}
	// --learn-from-tm (or --db) without a TM aligns without one (a --db
	// that does not exist is refused: TestAlignCreatesNoTM).
	if _, _, asked, err = run(t, func(o *alignOptions) { o.LearnFromTM = true }); err != nil || !reflect.DeepEqual(asked, []tmAccess{tmIfExists}) {
		t.Errorf("align --learn-from-tm: %v, asked %v; want success after asking tmIfExists", err, asked)
	}
	if _, err := os.Stat(dbPath); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("after aligning without --into, stat %s: %v; want no file", dbPath, err)
	}
	// --into creates the TM, after aligning (it learns from a TM only if
	// there is one), and stores the pairs with their scores.
	out, errOut, asked, err := run(t, func(o *alignOptions) { o.Into, o.Format = true, "jsonl" })
	if err != nil || !reflect.DeepEqual(asked, []tmAccess{tmIfThere, tmCreate}) || !strings.Contains(errOut, "stored 3 pairs in "+dbPath+" (3 new)") {
		t.Fatalf("align --into: %v, asked %v, stderr %q", err, asked, errOut)
	}
	var recs []align.BeadRecord
	for r, err := range align.ReadJSONL(strings.NewReader(out), 0) {
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if len(recs) != 3 || recs[1].SrcText != "He met Qassem Soleimani in 2019." || recs[1].Score <= 0 {
		t.Errorf("align --format jsonl: %+v; want 3 beads", recs)
	}
	db, err := sqlite.OpenDB(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	var stored []tm.Unit
	for u, err := range db.Units(context.Background(), tm.ExportOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		stored = append(stored, u)
	}
	db.Close()
	if len(stored) != 3 || stored[1].Origin.Score != recs[1].Score || stored[1].Origin.SrcDoc != src || stored[1].Origin.TgtDoc != tgt {
		t.Errorf("stored units %+v; want 3 with the beads' scores and the documents' names", stored)
	}
	// With the TM, --learn-from-tm (or --db) learns from it: it exists now.
	if _, _, asked, err = run(t, func(o *alignOptions) { o.LearnFromTM = true }); err != nil || !reflect.DeepEqual(asked, []tmAccess{tmIfExists}) {
		t.Errorf("align --db existing: %v, asked %v", err, asked)
	}

	// tmx: each unit has its score as x-bitext-score, which import reads.
	out, _, _, err = run(t, func(o *alignOptions) { o.Format = "tmx" })
	if err != nil {
		t.Fatal(err)
	}
	r, err := tmx.NewReader(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for u, err := range tm.ReadTMX(r) {
		if err != nil {
			t.Fatal(err)
		}
		if u.Origin.Score != recs[n].Score || u.Variants[1].Text != recs[n].TgtText || u.Origin.SrcDoc != src {
			t.Errorf("tmx unit %d: %+v; want the bead %+v with its score", n, u, recs[n])
		}
		n++
	}
	if n != 3 || strings.Contains(out, "x-align-score") {
		t.Errorf("tmx: %d units; want 3, scores as x-bitext-score:\n%s", n, out)
	}
}

// TestAlignCreatesNoTM runs the CLI: `bitext --db DIR/new.db align ...`
// (an explicit TM to learn from that does not exist) fails naming it and
// leaves no file; --learn-from-tm without a TM aligns and creates none.
func TestAlignCreatesNoTM(t *testing.T) {
	dir, src, tgt := alignFiles(t)
	t.Setenv("BITEXT_DB", "")
	t.Setenv("XDG_DATA_HOME", dir) // the default TM: DIR/bitext/tm.db
	newDB := filepath.Join(dir, "new.db")
	_, stderr, code := runBitext(t, "", "--db", newDB, "align", src, tgt)
	if code != exitBadInput || !strings.Contains(stderr, newDB) {
		t.Errorf("align --db %s: exit %d, stderr %q; want exit 2 naming it", newDB, code, stderr)
	}
	out, stderr, code := runBitext(t, "", "align", "--learn-from-tm", src, tgt)
	if code != 0 || out == "" {
		t.Errorf("align --learn-from-tm (no TM): exit %d, stderr %q", code, stderr)
	}
	for _, p := range []string{newDB, filepath.Join(dir, "bitext", "tm.db")} {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("stat %s: %v; want no file", p, err)
		}
	}
}

func TestNewAlignScoreCmd(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want *alignScoreOptions // nil: a usage error containing msg
		msg  string
	}{
		{[]string{"g.txt", "h.jsonl"}, &alignScoreOptions{Files: []string{"g.txt", "h.jsonl"}, Format: "text"}, ""},
		{[]string{"--format", "jsonl", "g1", "h1", "g2", "h2"}, &alignScoreOptions{Files: []string{"g1", "h1", "g2", "h2"}, Format: "jsonl"}, ""},
		{[]string{"--src-groups", "s.txt", "--tgt-groups", "t.txt", "g", "h"}, &alignScoreOptions{Files: []string{"g", "h"}, Format: "text", SrcGroups: "s.txt", TgtGroups: "t.txt"}, ""},
		{[]string{"g.txt"}, nil, "GOLD HYP pairs"},
		{[]string{"g", "h", "g2"}, nil, "GOLD HYP pairs"},
		{[]string{"--format", "xml", "g", "h"}, nil, `"xml" for "--format" flag: want text or jsonl`},
		{[]string{"--src-groups", "s.txt", "g", "h"}, nil, "go together"},
		{[]string{"--src-groups", "s.txt", "--tgt-groups", "t.txt", "g", "h", "g2", "h2"}, nil, "one GOLD HYP pair"},
	} {
		var got *alignScoreOptions
		g := &globalOptions{}
		ios := &IOStreams{}
		parent := &cobra.Command{Use: "align"}
		parent.AddCommand(newAlignScoreCmd(ios, func(_ context.Context, o *alignScoreOptions) error {
			got = o
			return nil
		}))
		root := testRoot(g, parent)
		root.SetArgs(append([]string{"align", "score"}, tc.args...))
		err := root.Execute()
		if tc.want == nil {
			if err == nil || exitCodeOf(err) != exitBadInput || !strings.Contains(err.Error(), tc.msg) || got != nil {
				t.Errorf("align score %q: error %v, ran %v; want a usage error containing %q", tc.args, err, got != nil, tc.msg)
			}
			continue
		}
		if err != nil || got == nil {
			t.Errorf("align score %q: error %v, ran %v", tc.args, err, got != nil)
			continue
		}
		got.IO = nil
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("align score %q: options %+v; want %+v", tc.args, *got, *tc.want)
		}
	}
}

func TestRunAlignScore(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	for name, text := range map[string]string{
		"gold.txt": "[0]:[0]\n[1,2]:[1]\n", "hyp.txt": "[0]:[0]\n[1]:[1]\n[2]:[]\n",
		"sv.txt": "v1\nv2\nv2\n", "tv.txt": "v1\nv2\n", "short.txt": "v1\n",
	} {
		if err := os.WriteFile(p(name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		opts alignScoreOptions
		want string // stdout, or the error's text
		code int
	}{
		{alignScoreOptions{Files: []string{p("gold.txt"), p("gold.txt")}}, "strict\tP 1.000\tR 1.000\tF1 1.000\nlax\tP 1.000\tR 1.000\tF1 1.000\n", 0},
		{alignScoreOptions{Files: []string{p("gold.txt"), p("hyp.txt")}, Format: "jsonl"},
			`{"f1":0.4,"measure":"strict","precision":0.333,"recall":0.5}` + "\n" + `{"f1":0.8,"measure":"lax","precision":0.667,"recall":1}` + "\n", 0},
		{alignScoreOptions{Files: []string{p("gold.txt"), p("hyp.txt")}, SrcGroups: p("sv.txt"), TgtGroups: p("tv.txt")}, "strict\tP 1.000\tR 1.000\tF1 1.000\n", 0},
		{alignScoreOptions{Files: []string{p("gold.txt"), p("hyp.txt")}, SrcGroups: p("short.txt"), TgtGroups: p("tv.txt")}, "--src-groups " + p("short.txt") + ": 1 labels, but " + p("hyp.txt") + " aligns source sentence 1", 2},
		{alignScoreOptions{Files: []string{p("gold.txt"), p("missing.txt")}}, "missing.txt: no such file", 2},
	} {
		var out bytes.Buffer
		opts := tc.opts
		opts.IO = &IOStreams{Out: &out, ErrOut: new(bytes.Buffer)}
		err := runAlignScore(context.Background(), &opts)
		switch {
		case tc.code == 0 && (err != nil || !strings.HasPrefix(out.String(), tc.want)):
			t.Errorf("align score %+v: %q, %v; want %q", tc.opts, out.String(), err, tc.want)
		case tc.code != 0 && (exitCodeOf(err) != tc.code || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("align score %+v: error %v (exit %d); want one containing %q (exit %d)", tc.opts, err, exitCodeOf(err), tc.want, tc.code)
		}
	}
}

// TestAlignEmptyDict: --dict "" and a dictionary file with no usable entry
// (empty, only comments) are bad input naming the flag or the file and
// what is wrong, exit 2 (an empty file was reported as sharing no letters
// with the texts; "" as "open : no such file").
func TestAlignEmptyDict(t *testing.T) {
	dir := t.TempDir()
	f := func(name, text string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(text), 0o644)
		return p
	}
	src, tgt := f("s.en.txt", "Good morning.\n"), f("s.fr.txt", "Bonjour.\n")
	os.Mkdir(filepath.Join(dir, "en"), 0o755)
	os.Mkdir(filepath.Join(dir, "fr"), 0o755)
	f("en/a.txt", "Good morning.\n")
	f("fr/a.txt", "Bonjour.\n")
	for _, tc := range []struct{ dict, want string }{
		{"", "--dict: empty path"},
		{f("empty.txt", ""), "empty.txt: no usable entries"},
		{f("comments.txt", "# a comment\n\n"), "comments.txt: no usable entries"},
	} {
		for _, batch := range []bool{false, true} {
			args := []string{"align", "--dict", tc.dict, src, tgt}
			if batch {
				args = []string{"align", "--batch", "--src", "en", "--tgt", "fr", "--dict", tc.dict, filepath.Join(dir, "en"), filepath.Join(dir, "fr")}
			}
			stdout, stderr, code := runBitext(t, "", args...)
			if code != exitBadInput || stdout != "" || !strings.Contains(stderr, tc.want) {
				t.Errorf("bitext %q: exit %d, %q, %q; want exit 2 saying %q", args, code, stdout, stderr, tc.want)
			}
		}
	}
}

// TestDictFlagsNeedDict: --dict-format without --dict is a usage error, as
// --dict-reverse is (it was taken and did nothing).
func TestDictFlagsNeedDict(t *testing.T) {
	dir := t.TempDir()
	src, tgt := filepath.Join(dir, "a.en.txt"), filepath.Join(dir, "a.fr.txt")
	os.WriteFile(src, []byte("Good morning.\n"), 0o644)
	os.WriteFile(tgt, []byte("Bonjour.\n"), 0o644)
	for flag, args := range map[string][]string{
		"--dict-format":  {"align", "--dict-format", "tsv", src, tgt},
		"--dict-reverse": {"align", "--dict-reverse", src, tgt},
	} {
		stdout, stderr, code := runBitext(t, "", args...)
		if code != exitBadInput || stdout != "" || !strings.Contains(stderr, flag+" needs --dict") {
			t.Errorf("bitext %q: exit %d, %q, %q; want exit 2, %s needs --dict", args, code, stdout, stderr, flag)
		}
	}
}
