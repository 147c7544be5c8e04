package align

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestTextbergGrids scores Text+Berg dev with its languages known (German
// source, French target, as `bitext align --src de --tgt fr` aligns;
// TestDevSets and TestTextbergDev call Align without languages), without
// a dictionary and with FreeDict deu-fra when installed: whole, cut into
// documents of about 40, 70, 100 and 150 source sentences, and the mean
// strict F1 over two grids of cuts, A of about 35, 50, ..., 290
// sentences (the held-out documents' range) and B of about 30, 35, ...,
// 100. One region of the one dev document moves a cut's figure by up to
// 0.01 (BENCHMARKS.md, branch tb46): a change should move the grids, not
// one size. Run with -devsets; a report, it checks only that every
// alignment is sane.
func TestTextbergGrids(t *testing.T) {
	if !*devsets {
		t.Skip("run with -devsets")
	}
	docs, gold := devSet(t, "textberg_dev_de-fr")
	opts := []struct {
		name string
		opt  Options
	}{{"no dictionary", Options{}}}
	if fd := freedict(t, "deu-fra"); fd != nil {
		opts = append(opts, struct {
			name string
			opt  Options
		}{"FreeDict", Options{Lexicon: fd}})
	}
	for _, o := range opts {
		opt := o.opt
		opt.langs = [2]language.Tag{language.German, language.French}
		score := func(n int) float64 {
			ds := docs
			if n > 0 {
				ds = splitDocs(docs, gold, n)
			}
			s := Evaluate(gold, alignSet(t, ds, opt))
			if s.Lax.F1 < 0.5 {
				t.Errorf("%s, documents of about %d: lax F1 %.3f; want >= 0.5", o.name, n, s.Lax.F1)
			}
			return s.Strict.F1
		}
		line := fmt.Sprintf("textberg de-fr, languages known, %s: strict F1 whole %.3f", o.name, score(0))
		for _, n := range []int{40, 70, 100, 150} {
			line += fmt.Sprintf(" / ~%d %.3f", n, score(n))
		}
		for _, g := range []struct {
			name           string
			from, to, step int
		}{{"A", 35, 290, 15}, {"B", 30, 100, 5}} {
			var sum float64
			var cuts []string
			for n := g.from; n <= g.to; n += g.step {
				f := score(n)
				sum += f
				cuts = append(cuts, fmt.Sprintf("%.3f", f))
			}
			line += fmt.Sprintf(" | grid %s %.4f (%s)", g.name, sum/float64(len(cuts)), strings.Join(cuts, " "))
		}
		t.Log(line)
	}
}
