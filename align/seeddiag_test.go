package align

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var seedErrs = flag.String("seederrs", "", "print the seed article's alignment errors for this version (fr, de, fa, ar, en2), with and without paragraph marks")

// TestSeedErrors is a diagnostic, not a check: for the seed version named
// by -seederrs it prints the hypothesis beads that are not in the gold and
// the gold beads missed, with their sentences shortened. Run:
// go test ./align -run SeedErrors -seederrs ar -v
func TestSeedErrors(t *testing.T) {
	if *seedErrs == "" {
		t.Skip("run with -seederrs LANG")
	}
	read := func(name string) Document {
		data, err := os.ReadFile(filepath.Join("..", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return PresegmentedDocument(string(data))
	}
	src, tgt := read("irgc-iraq.en.seg.txt"), read("irgc-iraq."+*seedErrs+".seg.txt")
	gold := readGold(t, filepath.Join("..", "testdata", "irgc-iraq.en-"+*seedErrs+".gold.txt"))
	cut := func(s string) string {
		if r := []rune(s); len(r) > 90 {
			return string(r[:90]) + "…"
		}
		return s
	}
	for _, marks := range []bool{true, false} {
		s, tg := src, tgt
		if !marks {
			s.Paragraphs, tg.Paragraphs = nil, nil
		}
		res, err := Align(t.Context(), s, tg, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var hyp []Link
		for _, b := range res.Beads {
			hyp = append(hyp, LinkOf(b))
		}
		sc := Evaluate(gold, hyp)
		inGold, inHyp := map[string]bool{}, map[string]bool{}
		for _, l := range gold {
			inGold[linkKey(l)] = true
		}
		for _, l := range hyp {
			inHyp[linkKey(l)] = true
		}
		var b strings.Builder
		fmt.Fprintf(&b, "en-%s marks %v: strict F1 %.3f", *seedErrs, marks, sc.Strict.F1)
		show := func(tag string, l Link, score float64) {
			fmt.Fprintf(&b, "\n%s %v:%v %.2f", tag, l.Src, l.Tgt, score)
			for _, i := range l.Src {
				fmt.Fprintf(&b, "\n   S%d p%d %s", i, para(s, i), cut(src.Sentences[i]))
			}
			for _, j := range l.Tgt {
				fmt.Fprintf(&b, "\n   T%d p%d %s", j, para(tg, j), cut(tgt.Sentences[j]))
			}
		}
		for i, l := range hyp {
			if !inGold[linkKey(l)] {
				show("WRONG", l, res.Beads[i].Score)
			}
		}
		for _, l := range gold {
			if !inHyp[linkKey(l)] {
				show("MISSED", l, 0)
			}
		}
		t.Log(b.String())
	}
}

func para(d Document, i int) int {
	if d.Paragraphs == nil {
		return -1
	}
	return d.Paragraphs[i]
}
