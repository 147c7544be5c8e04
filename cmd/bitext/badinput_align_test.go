package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/align"
)

// badSRXRule is an SRX file whose only rule has a regular expression that
// cannot compile; the rule starts on line 7.
const badSRXRule = `<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
<header segmentsubflows="yes" cascade="yes"/>
<body>
<languagerules>
<languagerule languagerulename="en">
<rule break="yes">
<beforebreak>[\.(</beforebreak>
<afterbreak>\s</afterbreak>
</rule>
</languagerule>
</languagerules>
<maprules>
<languagemap languagepattern=".*" languagerulename="en"/>
</maprules>
</body>
</srx>
`

// alignBadInputFiles writes the hostile inputs of the sweep into a temporary
// directory and returns it.
func alignBadInputFiles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("BITEXT_DB", filepath.Join(dir, "tm.db"))
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "xdg"))
	words := strings.Repeat("word ", 400_000) // a 2 MB sentence, no full stop
	sents := strings.Repeat("The cat sat on the mat. ", 500)
	for name, text := range map[string]string{
		"a.en.txt":       "Hello world. Second one.\n",
		"a.fr.txt":       "Bonjour le monde. Deuxième.\n",
		"noname.txt":     "Hello world.\n",
		"bad.en.txt":     "fine\nbad \xff utf8\n",
		"nul.en.txt":     "ok\nnul\x00byte\n",
		"empty.en.txt":   "",
		"empty.fr.txt":   "",
		"long.en.txt":    sents,
		"huge.en.txt":    words + ".\n",
		"huge.fr.txt":    words + ".\n",
		"notxml.srx":     "not xml at all\n",
		"notsrx.srx":     "<?xml version=\"1.0\"?>\n<foo><bar/></foo>\n",
		"badrule.srx":    badSRXRule,
		"gold.txt":       "[0]:[0]\n[1]:[1]\n",
		"hyp.txt":        "[0]:[0]\n[1]:[1]\n",
		"badgold.txt":    "[0]:[0]\n[1:[1]\n",
		"badindex.txt":   "[0]:[0]\n\n[a]:[1]\n",
		"dupgold.txt":    "[0]:[0]\n[0]:[1]\n",
		"otherdoc.txt":   "[5,6]:[0]\n",
		"badhyp.jsonl":   "{\"src\":[0],\"tgt\":[0]\n",
		"binary.en.txt":  "\x7fELF\x02\x01\x01\x00\x00\x00\x03\x00>\x00",
		"binary.gold":    "\x7fELF\x02\x01\x01\x00\x00\x00\x03\x00>\x00",
		"onesent.fr.txt": "Le chat.\n",
		"groups1.txt":    "g1\n",
		"groups2.txt":    "g1\ng2\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "dir.en.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBadInputAlign runs segment, align and align score on hostile input:
// bad input exits 2 with "bitext: error:" naming the file (and line) and
// what is wrong; odd but valid input exits 0 and loses nothing.
func TestBadInputAlign(t *testing.T) {
	dir := alignBadInputFiles(t)
	p := func(name string) string { return filepath.Join(dir, name) }
	for _, tc := range []struct {
		name string
		args []string
		code int
		msgs []string // each must be in stderr
	}{
		// segment
		{"segment missing file", []string{"segment", "--lang", "en", p("missing.txt")}, 2, []string{"missing.txt", "no such file"}},
		{"segment directory", []string{"segment", "--lang", "en", p("dir.en.txt")}, 2, []string{"dir.en.txt", "is a directory"}},
		{"segment invalid UTF-8", []string{"segment", "--lang", "en", p("bad.en.txt")}, 2, []string{"bad.en.txt", "line 2", "invalid UTF-8"}},
		{"segment NUL byte", []string{"segment", "--lang", "en", p("nul.en.txt")}, 2, []string{"nul.en.txt", "line 2", "NUL byte"}},
		{"segment binary", []string{"segment", "--lang", "en", p("binary.en.txt")}, 2, []string{"binary.en.txt", "line 1"}},
		{"segment empty", []string{"segment", "--lang", "en", p("empty.en.txt")}, 0, nil},
		{"segment unknown lang", []string{"segment", "--lang", "xx", p("a.en.txt")}, 2, []string{`invalid argument "xx" for "-l, --lang" flag`, "unknown language"}},
		{"segment ill-formed lang", []string{"segment", "--lang", "x!!", p("a.en.txt")}, 2, []string{`invalid argument "x!!" for "-l, --lang" flag`, "not a BCP 47"}},
		{"segment empty lang", []string{"segment", "--lang", "", p("notes.txt")}, 2, []string{`invalid argument "" for "-l, --lang" flag`}},
		{"segment no lang", []string{"segment", p("noname.txt")}, 2, []string{"noname.txt", "--lang is required", "story.en.txt"}},
		{"segment missing file, no lang", []string{"segment", p("notes.txt")}, 2, []string{"open", "notes.txt", "no such file"}},
		{"segment folder, no lang", []string{"segment", dir}, 2, []string{"is a directory"}},
		{"segment lang from the name", []string{"segment", p("a.en.txt")}, 0, nil},
		{"segment bad format", []string{"segment", "--lang", "en", "--format", "xml", p("a.en.txt")}, 2, []string{`invalid argument "xml" for "--format" flag`}},
		{"srx missing", []string{"segment", "--lang", "en", "--rules", p("missing.srx"), p("a.en.txt")}, 2, []string{"missing.srx", "no such file"}},
		{"srx not XML", []string{"segment", "--lang", "en", "--rules", p("notxml.srx"), p("a.en.txt")}, 2, []string{"notxml.srx", "line 1", "not an SRX file"}},
		{"srx XML not SRX", []string{"segment", "--lang", "en", "--rules", p("notsrx.srx"), p("a.en.txt")}, 2, []string{"notsrx.srx", "<foo>"}},
		{"srx rule cannot compile", []string{"segment", "--lang", "en", "--rules", p("badrule.srx"), p("a.en.txt")}, 2, []string{"badrule.srx", "line 7", "cannot compile"}},
		{"srx binary", []string{"segment", "--lang", "en", "--rules", p("binary.en.txt"), p("a.en.txt")}, 2, []string{"binary.en.txt", "line 1: not text: binary data (a NUL byte at byte 8), not an SRX file"}},

		// align
		{"align missing src", []string{"align", p("missing.en.txt"), p("a.fr.txt")}, 2, []string{"missing.en.txt", "no such file"}},
		{"align missing tgt", []string{"align", p("a.en.txt"), p("missing.fr.txt")}, 2, []string{"missing.fr.txt", "no such file"}},
		{"align directory", []string{"align", p("dir.en.txt"), p("a.fr.txt")}, 2, []string{"dir.en.txt", "is a directory"}},
		{"align invalid UTF-8", []string{"align", p("bad.en.txt"), p("a.fr.txt")}, 2, []string{"bad.en.txt", "line 2", "invalid UTF-8"}},
		{"align NUL byte", []string{"align", p("nul.en.txt"), p("a.fr.txt")}, 2, []string{"nul.en.txt", "line 2", "NUL byte"}},
		{"align NUL byte presegmented", []string{"align", "--presegmented", p("nul.en.txt"), p("a.fr.txt")}, 2, []string{"nul.en.txt", "line 2", "NUL byte"}},
		{"align binary", []string{"align", p("binary.en.txt"), p("a.fr.txt")}, 2, []string{"binary.en.txt", "line 1"}},
		{"align no lang in name", []string{"align", p("noname.txt"), p("a.fr.txt")}, 2, []string{"--src is required", "noname.txt"}},
		{"align unknown lang", []string{"align", "--src-lang", "xx", p("a.en.txt"), p("a.fr.txt")}, 2, []string{`"xx" for "--src-lang" flag`, "unknown language"}},
		{"align ill-formed lang", []string{"align", "--tgt-lang", "x!!", p("a.en.txt"), p("a.fr.txt")}, 2, []string{`"x!!" for "--tgt-lang" flag`, "not a BCP 47"}},
		{"align empty lang", []string{"align", "--src-lang", "", p("a.en.txt"), p("a.fr.txt")}, 2, []string{`"" for "--src-lang" flag`}},
		{"align one file", []string{"align", p("a.en.txt")}, 2, []string{"two files"}},
		{"align three files", []string{"align", p("a.en.txt"), p("a.fr.txt"), p("a.fr.txt")}, 2, []string{"two files"}},
		{"align both stdin", []string{"align", "--src-lang", "en", "--tgt-lang", "fr", "-", "-"}, 2, []string{"standard input"}},
		{"align bad format", []string{"align", "--format", "xml", p("a.en.txt"), p("a.fr.txt")}, 2, []string{`"xml" for "--format" flag`}},
		{"align min-score out of range", []string{"align", "--min-score", "2", p("a.en.txt"), p("a.fr.txt")}, 2, []string{`"2" for "--min-score" flag`}},
		{"align min-score not a number", []string{"align", "--min-score", "abc", p("a.en.txt"), p("a.fr.txt")}, 2, []string{"--min-score"}},
		{"align review-below out of range", []string{"align", "--review-below", "-1", p("a.en.txt"), p("a.fr.txt")}, 2, []string{`"-1" for "--review-below" flag`}},
		{"align negative max-tm-pairs", []string{"align", "--max-tm-pairs", "-5", p("a.en.txt"), p("a.fr.txt")}, 2, []string{`"-5" for "--max-tm-pairs" flag`}},
		{"align dict missing", []string{"align", "--dict", p("missing.dic"), p("a.en.txt"), p("a.fr.txt")}, 2, []string{"missing.dic", "no such file"}},
		{"align dict not a dictionary", []string{"align", "--dict", p("a.en.txt"), p("a.en.txt"), p("a.fr.txt")}, 2, []string{"a.en.txt", "line 1"}},
		{"align dict binary", []string{"align", "--dict", p("binary.en.txt"), p("a.en.txt"), p("a.fr.txt")}, 2, []string{"binary.en.txt", "line 1", "NUL byte"}},
		{"align dict bad format", []string{"align", "--dict-format", "foo", "--dict", p("a.en.txt"), p("a.en.txt"), p("a.fr.txt")}, 2, []string{`"foo" for "--dict-format" flag`}},
		{"align dict directory", []string{"align", "--dict", p("dir.en.txt"), p("a.en.txt"), p("a.fr.txt")}, 2, []string{"dir.en.txt", "is a directory"}},
		{"align empty sides", []string{"align", p("empty.en.txt"), p("empty.fr.txt")}, 0, nil},
		{"align empty source", []string{"align", p("empty.en.txt"), p("a.fr.txt")}, 0, nil},
		{"align empty target", []string{"align", p("a.en.txt"), p("empty.fr.txt")}, 0, nil},
		{"align identical", []string{"align", p("a.en.txt"), p("a.en.txt")}, 0, nil},
		{"align one side 500 times longer", []string{"align", p("long.en.txt"), p("onesent.fr.txt")}, 0, nil},
		{"align languages not as claimed", []string{"align", "--src-lang", "fa", "--tgt-lang", "zh", p("a.en.txt"), p("a.fr.txt")}, 0, nil},
		{"align 2 MB sentence", []string{"align", p("huge.en.txt"), p("huge.fr.txt")}, 0, nil},

		// align score
		{"score malformed gold", []string{"align", "score", p("badgold.txt"), p("hyp.txt")}, 2, []string{"badgold.txt", "line 2", "bracketed"}},
		{"score bad index", []string{"align", "score", p("badindex.txt"), p("hyp.txt")}, 2, []string{"badindex.txt", "line 3", "not a sentence index"}},
		{"score sentence in two beads", []string{"align", "score", p("dupgold.txt"), p("hyp.txt")}, 2, []string{"dupgold.txt", "line 2", "already aligned on line 1"}},
		{"score bad JSON hyp", []string{"align", "score", p("gold.txt"), p("badhyp.jsonl")}, 2, []string{"badhyp.jsonl", "line 1"}},
		{"score binary gold", []string{"align", "score", p("binary.gold"), p("hyp.txt")}, 2, []string{"binary.gold", "line 1"}},
		{"score gold and hyp of other documents", []string{"align", "score", p("gold.txt"), p("otherdoc.txt")}, 2, []string{"gold.txt", "otherdoc.txt", "source sentence 6"}},
		{"score src-groups too short", []string{"align", "score", "--src-groups", p("groups1.txt"), "--tgt-groups", p("groups2.txt"), p("gold.txt"), p("hyp.txt")}, 2, []string{"--src-groups", "groups1.txt", "1 labels", "hyp.txt", "source sentence 1"}},
		{"score tgt-groups too short", []string{"align", "score", "--src-groups", p("groups2.txt"), "--tgt-groups", p("groups1.txt"), p("gold.txt"), p("hyp.txt")}, 2, []string{"--tgt-groups", "groups1.txt", "target sentence 1"}},
		{"score groups ok", []string{"align", "score", "--src-groups", p("groups2.txt"), "--tgt-groups", p("groups2.txt"), p("gold.txt"), p("hyp.txt")}, 0, nil},
		{"score missing gold", []string{"align", "score", p("missing.txt"), p("hyp.txt")}, 2, []string{"missing.txt", "no such file"}},
		{"score odd file count", []string{"align", "score", p("gold.txt")}, 2, []string{"GOLD HYP pairs"}},
		{"score empty both", []string{"align", "score", p("empty.en.txt"), p("empty.fr.txt")}, 2, []string{"empty.en.txt has no beads", "nothing to score"}},
		{"score ok", []string{"align", "score", p("gold.txt"), p("hyp.txt")}, 0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runBitext(t, "", tc.args...)
			if code != tc.code {
				t.Fatalf("bitext %q: exit %d; want %d; stderr:\n%s", tc.args, code, tc.code, stderr)
			}
			if tc.code == 2 && !strings.HasPrefix(stderr, "bitext: error: ") {
				t.Errorf("bitext %q: stderr %q; want it to start with \"bitext: error: \"", tc.args, stderr)
			}
			for _, m := range tc.msgs {
				if !strings.Contains(stderr, m) {
					t.Errorf("bitext %q: stderr %q; want it to contain %q", tc.args, stderr, m)
				}
			}
			if strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "panic") {
				t.Errorf("bitext %q: stderr has a stack trace:\n%s", tc.args, stderr)
			}
		})
	}
}

// TestBadInputAlignNothingLost checks that lopsided, empty and identical
// inputs keep every sentence in the output.
func TestBadInputAlignNothingLost(t *testing.T) {
	dir := alignBadInputFiles(t)
	p := func(name string) string { return filepath.Join(dir, name) }
	for _, tc := range []struct {
		src, tgt string
		srcN     int // sentences in src
		tgtN     int
	}{
		{"long.en.txt", "onesent.fr.txt", 500, 1},
		{"empty.en.txt", "a.fr.txt", 0, 2},
		{"a.en.txt", "empty.fr.txt", 2, 0},
		{"a.en.txt", "a.en.txt", 2, 2},
	} {
		out, stderr, code := runBitext(t, "", "align", "--format", "jsonl", "--tgt-lang", "fr", p(tc.src), p(tc.tgt))
		if code != 0 {
			t.Fatalf("align %s %s: exit %d; stderr %s", tc.src, tc.tgt, code, stderr)
		}
		// Count the sentences the beads cover, read back as a hypothesis.
		ls, err := align.ReadLinks(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		srcN, tgtN := 0, 0
		for _, l := range ls {
			srcN += len(l.Src)
			tgtN += len(l.Tgt)
		}
		if srcN != tc.srcN || tgtN != tc.tgtN {
			t.Errorf("align %s %s: %d beads cover %d source and %d target sentences; want %d and %d", tc.src, tc.tgt, len(ls), srcN, tgtN, tc.srcN, tc.tgtN)
		}
	}
}

// TestDocumentTooLarge checks that a document over align.MaxDocument (a
// sparse file: its size is read, not its bytes) is refused before it is
// read by align, align --batch and tm pretranslate, and one read from
// standard input as soon as more than that is read: a 52 MB one-line
// file took 1.4 to 3.5 GB before (faults59).
func TestDocumentTooLarge(t *testing.T) {
	dir := t.TempDir()
	f := func(name string) string { return filepath.Join(dir, name) }
	os.MkdirAll(f("en"), 0o755)
	os.MkdirAll(f("fr"), 0o755)
	os.WriteFile(f("fr/big.txt"), []byte("Bonjour.\n"), 0o644)
	os.WriteFile(f("small.fr.txt"), []byte("Bonjour.\n"), 0o644)
	for _, n := range []string{"big.en.txt", "en/big.txt"} {
		if err := os.WriteFile(f(n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(f(n), align.MaxDocument+1); err != nil {
			t.Fatal(err)
		}
	}
	big := strings.Repeat("Good morning. ", align.MaxDocument/14+1)
	for _, tc := range []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"align", "", []string{"align", f("big.en.txt"), f("small.fr.txt")}, "big.en.txt: larger than 16 MiB"},
		{"align --batch", "", []string{"align", "--batch", "--src", "en", "--tgt", "fr", f("en"), f("fr")}, "big.txt: larger than 16 MiB"},
		{"align stdin", big, []string{"align", "--src", "en", "--tgt", "fr", "-", f("small.fr.txt")}, "<stdin>: larger than 16 MiB"},
		{"pretranslate", "", []string{"--db", f("tm.db"), "tm", "pretranslate", "--src", "en", "--tgt", "fr", f("big.en.txt")}, "big.en.txt: larger than 16 MiB"},
		{"pretranslate stdin", big, []string{"--db", f("tm.db"), "tm", "pretranslate", "--src", "en", "--tgt", "fr", "-"}, "<stdin>: larger than 16 MiB"},
	} {
		out, stderr, code := runBitext(t, tc.stdin, tc.args...)
		if code != exitBadInput || out != "" || !strings.Contains(stderr, tc.want) || !strings.Contains(stderr, "bitext: hint: split it") {
			t.Errorf("%s: exit %d, stdout %d bytes, stderr %q; want exit 2, %q and the hint to split it", tc.name, code, len(out), stderr, tc.want)
		}
	}
}
