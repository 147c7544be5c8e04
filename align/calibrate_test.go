package align

import (
	"context"
	"flag"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
)

var calibFit = flag.Bool("calibfit", false, "fit the score model on the development sets and print its weights (TestCalibrationFit)")

// calibSets are the development sets the score model is fitted on and
// checked against.
var calibSets = []string{"textberg_dev_de-fr", "mac_dev_zh-en", "hunalign_dtm_hu-en", "hunalign_steinbeck_hu-en"}

// labelled is a bead with both sides: its score model inputs, its score
// and whether it is exactly a gold bead.
type labelled struct {
	x     [numCalib]float64
	score float64
	right bool
}

// labelSet aligns each document of a development set and labels its beads.
func labelSet(t testing.TB, set string) []labelled { return labelSetOpt(t, set, Options{}) }

// labelSetOpt is labelSet with the given options (a dictionary).
func labelSetOpt(t testing.TB, set string, opt Options) []labelled {
	docs, gold := devSet(t, set)
	return labelDocs(t, docs, gold, opt)
}

// labelDocs aligns each of docs and labels its beads against gold.
func labelDocs(t testing.TB, docs []devDoc, gold []Link, opt Options) []labelled {
	ok := map[string]bool{}
	for _, l := range gold {
		ok[linkKey(l)] = true
	}
	var out []labelled
	for _, d := range docs {
		res, xs, err := alignDocs(context.Background(), Document{Sentences: d.src}, Document{Sentences: d.tgt}, opt, true)
		if err != nil {
			t.Fatal(err)
		}
		for k, b := range res.Beads {
			if b.Src.Len() == 0 || b.Tgt.Len() == 0 {
				continue
			}
			out = append(out, labelled{xs[k], b.Score, ok[linkKey(d.link(b))]})
		}
	}
	return out
}

// reliability is a table of score bands and the share of right beads in
// each, and the share right of the beads scoring at least 0.8.
func reliability(ls []labelled) (string, float64, int) {
	bands := []float64{0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001}
	var sb strings.Builder
	for k := 0; k+1 < len(bands); k++ {
		n, r := 0, 0
		for _, l := range ls {
			if l.score >= bands[k] && l.score < bands[k+1] {
				n++
				if l.right {
					r++
				}
			}
		}
		if n > 0 {
			fmt.Fprintf(&sb, " [%.2f,%.2f) %d %.3f |", bands[k], min(1, bands[k+1]), n, float64(r)/float64(n))
		} else {
			fmt.Fprintf(&sb, " [%.2f,%.2f) 0 - |", bands[k], min(1, bands[k+1]))
		}
	}
	n, r := 0, 0
	for _, l := range ls {
		if l.score >= 0.8 {
			n++
			if l.right {
				r++
			}
		}
	}
	if n == 0 {
		return sb.String(), 1, 0
	}
	return sb.String(), float64(r) / float64(n), n
}

// TestCalibration checks the promise of the scores on every development
// set: of the pairs scoring 0.8 or more, at least 95% are exactly right.
// Run with -devsets (about a minute).
func TestCalibration(t *testing.T) {
	if !*devsets {
		t.Skip("run with -devsets")
	}
	for _, set := range calibSets {
		ls := labelSet(t, set)
		table, prec, n := reliability(ls)
		t.Logf("%s:%s >=0.8: %d beads, %.3f right", set, table, n, prec)
		if prec < 0.95 {
			t.Errorf("%s: %.3f of the %d beads scoring >= 0.8 are right; want >= 0.95", set, prec, n)
		}
	}
}

// labelSeed aligns the seed article with its five versions (paragraphs
// marked) and labels the beads: the news case, not used by the fit.
func labelSeed(t testing.TB) []labelled {
	src := readParas(t, "irgc-iraq.en.seg.txt").doc()
	var out []labelled
	for _, lang := range []string{"fr", "de", "fa", "ar", "en2"} {
		tgt := readParas(t, "irgc-iraq."+lang+".seg.txt").doc()
		ok := map[string]bool{}
		for _, l := range readGold(t, filepath.Join("..", "testdata", "irgc-iraq.en-"+lang+".gold.txt")) {
			ok[linkKey(l)] = true
		}
		res, xs, err := alignDocs(context.Background(), src, tgt, Options{}, true)
		if err != nil {
			t.Fatal(err)
		}
		for k, b := range res.Beads {
			if b.Src.Len() > 0 && b.Tgt.Len() > 0 {
				out = append(out, labelled{xs[k], b.Score, ok[linkKey(LinkOf(b))]})
			}
		}
	}
	return out
}

func TestCalibrationSeed(t *testing.T) {
	table, prec, n := reliability(labelSeed(t))
	t.Logf("seed versions:%s >=0.8: %d beads, %.3f right", table, n, prec)
	if prec < 0.95 {
		t.Errorf("seed versions: %.3f of the %d beads scoring >= 0.8 are right; want >= 0.95", prec, n)
	}
}

// TestCalibrationFit fits the score model's weights (calibWeights) by
// logistic regression on the development sets, each set weighing the
// same, and prints them. Run with -devsets -calibfit.
func TestCalibrationFit(t *testing.T) {
	if !*calibFit {
		t.Skip("run with -calibfit")
	}
	var xs [][numCalib]float64
	var ys, ws []float64
	var sets [][]labelled
	for _, set := range calibSets {
		ls := labelSet(t, set)
		sets = append(sets, ls)
		for _, l := range ls {
			xs = append(xs, l.x)
			ys = append(ys, b2f(l.right))
			ws = append(ws, 1/float64(len(ls)))
		}
	}
	w := fitLogistic(xs, ys, ws, 1e-4)
	t.Logf("calibWeights = %#v", w)
	// The least probability p* at which every set has at least
	// calibTarget of its beads with p >= p* right; calibGamma maps p* to
	// 0.8.
	pstar := 0.5
	for ; pstar < 0.999; pstar += 0.001 {
		ok := true
		for _, ls := range sets {
			n, r := 0, 0
			for _, l := range ls {
				var z float64
				for k := range numCalib {
					z += w[k] * l.x[k]
				}
				if 1/(1+math.Exp(-z)) >= pstar {
					n++
					r += int(b2f(l.right))
				}
			}
			ok = ok && (n == 0 || float64(r)/float64(n) >= calibTarget)
		}
		if ok {
			break
		}
	}
	t.Logf("p* = %.3f; calibGamma = %v", pstar, math.Log(0.8)/math.Log(pstar))
}

// calibTarget is the share right the fit aims at for beads scoring 0.8
// or more: 0.95 and a margin.
const calibTarget = 0.96

// fitLogistic fits weights by Newton's method with an L2 penalty lambda.
func fitLogistic(xs [][numCalib]float64, ys, ws []float64, lambda float64) [numCalib]float64 {
	const n = numCalib
	var w [n]float64
	for range 50 {
		var g [n]float64
		var h [n][n]float64
		for i, x := range xs {
			var z float64
			for k := range n {
				z += w[k] * x[k]
			}
			p := 1 / (1 + math.Exp(-z))
			for k := range n {
				g[k] += ws[i] * (p - ys[i]) * x[k]
				for l := range n {
					h[k][l] += ws[i] * p * (1 - p) * x[k] * x[l]
				}
			}
		}
		for k := range n {
			g[k] += lambda * w[k]
			h[k][k] += lambda
		}
		d := solve(h, g)
		for k := range n {
			w[k] -= d[k]
		}
	}
	return w
}

// solve solves a·x = b by Gaussian elimination with partial pivoting.
func solve(a [numCalib][numCalib]float64, b [numCalib]float64) [numCalib]float64 {
	const n = numCalib
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		if a[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	var x [n]float64
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		if a[r][r] != 0 {
			x[r] = s / a[r][r]
		}
	}
	return x
}

// TestScoreLengthProbDense checks the score model's length input: as the
// search's for a pair of alphabets, wider when the target is the denser
// script (English into Japanese, ratio 0.4), so that a Japanese sentence
// 30% longer than the ratio predicts is not scored as a poor fit.
func TestScoreLengthProbDense(t *testing.T) {
	alpha := params{ratio: 1.0, variance: 10}
	if got, want := alpha.scoreLengthProb(100, 130), alpha.lengthProb(100, 130); got != want {
		t.Errorf("ratio 1: scoreLengthProb %.4f; want lengthProb's %.4f", got, want)
	}
	dense := params{ratio: 0.4, variance: 10}
	got, search := dense.scoreLengthProb(100, 52), dense.lengthProb(100, 52)
	if got <= search {
		t.Errorf("ratio 0.4: scoreLengthProb %.4f; want more than lengthProb's %.4f", got, search)
	}
	wide := params{ratio: 0.4, variance: 10 / 0.4}
	if want := wide.lengthProb(100, 52); math.Abs(got-want) > 1e-12 {
		t.Errorf("ratio 0.4: scoreLengthProb %.4f; want %.4f (variance per target character, s²/ratio)", got, want)
	}
	// At denseRatio the pair counts as alphabets: the search's
	// model.
	near := params{ratio: denseRatio, variance: 10}
	if got, want := near.scoreLengthProb(100, 52), near.lengthProb(100, 52); got != want {
		t.Errorf("ratio %v: scoreLengthProb %.4f; want lengthProb's %.4f", denseRatio, got, want)
	}
	// Between denseFull and denseRatio the widening grows with no step:
	// just under denseRatio (an abjad such as Arabic, 0.70) hardly wider.
	if w := denseWiden(denseRatio - 0.004); w < 1 || w > 1.01 {
		t.Errorf("denseWiden(%.3f) = %.4f; want in [1, 1.01]", denseRatio-0.004, w)
	}
	if w, want := denseWiden(denseFull), 1/denseFull; math.Abs(w-want) > 1e-12 {
		t.Errorf("denseWiden(%v) = %.4f; want %.4f", denseFull, w, want)
	}
	for r := denseFull; r < denseRatio; r += 0.01 {
		if denseWiden(r+0.01) > denseWiden(r) {
			t.Errorf("denseWiden grows from %.2f to %.2f", r, r+0.01)
		}
	}
}
