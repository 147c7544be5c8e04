package align

import (
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

var alignErrs = flag.String("alignerrs", "", "with -devsets: print the errors on this development set (e.g. textberg_dev_de-fr) by bead shape, and each error region with its sentences")

func linkShape(l Link) string { return fmt.Sprintf("%d-%d", len(l.Src), len(l.Tgt)) }

// TestAlignErrors is a diagnostic, not a check: it prints, for the set
// named by -alignerrs, how many gold beads of each shape the aligner
// misses and how many of its beads of each shape are wrong, then every
// error region (the gold and hypothesis beads that overlap) with the
// sentences shortened. Run: go test ./align -run AlignErrors -devsets
// -alignerrs textberg_dev_de-fr -v
func TestAlignErrors(t *testing.T) {
	if !*devsets || *alignErrs == "" {
		t.Skip("run with -devsets -alignerrs SET")
	}
	set := *alignErrs
	docs, gold := devSet(t, set)
	dir := filepath.Join(sharedAlign, set)
	src := readLines(t, filepath.Join(dir, "src.txt"))
	tgt := readLines(t, filepath.Join(dir, "tgt.txt"))
	if *alignSplit > 0 {
		docs = splitDocs(docs, gold, *alignSplit)
	}
	hyp := alignSet(t, docs, Options{})
	s := Evaluate(gold, hyp)
	t.Logf("%s, %d documents: strict F1 %.3f, lax F1 %.3f", set, len(docs), s.Strict.F1, s.Lax.F1)
	inGold, inHyp := map[string]bool{}, map[string]bool{}
	for _, l := range gold {
		inGold[linkKey(l)] = true
	}
	for _, l := range hyp {
		inHyp[linkKey(l)] = true
	}
	miss, gtot, wrong, htot := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	for _, l := range gold {
		gtot[linkShape(l)]++
		if !inHyp[linkKey(l)] {
			miss[linkShape(l)]++
		}
	}
	for _, l := range hyp {
		htot[linkShape(l)]++
		if !inGold[linkKey(l)] {
			wrong[linkShape(l)]++
		}
	}
	var shapes []string
	for k := range gtot {
		shapes = append(shapes, k)
	}
	for k := range htot {
		if gtot[k] == 0 {
			shapes = append(shapes, k)
		}
	}
	slices.Sort(shapes)
	for _, k := range shapes {
		t.Logf("%s %s: gold %d, missed %d | aligner %d, wrong %d", set, k, gtot[k], miss[k], htot[k], wrong[k])
	}
	// Error regions: group wrong hypothesis beads and missed gold beads
	// that share a sentence.
	cut := func(s string) string {
		if r := []rune(s); len(r) > 100 {
			return string(r[:100]) + "…"
		}
		return s
	}
	shown := map[string]bool{}
	for _, g := range gold {
		if inHyp[linkKey(g)] || shown[linkKey(g)] {
			continue
		}
		// Grow the region to a fixed point.
		var gs, hs []Link
		gs = append(gs, g)
		for changed := true; changed; {
			changed = false
			for _, h := range hyp {
				if !slices.ContainsFunc(hs, func(x Link) bool { return linkKey(x) == linkKey(h) }) && slices.ContainsFunc(gs, func(x Link) bool { return linksOverlap(x, h) }) {
					hs, changed = append(hs, h), true
				}
			}
			for _, g2 := range gold {
				if !slices.ContainsFunc(gs, func(x Link) bool { return linkKey(x) == linkKey(g2) }) && slices.ContainsFunc(hs, func(x Link) bool { return linksOverlap(x, g2) }) {
					gs, changed = append(gs, g2), true
				}
			}
		}
		out := "GOLD:"
		var ss, ts []int
		for _, x := range gs {
			shown[linkKey(x)] = true
			out += fmt.Sprint(" ", x.Src, ":", x.Tgt)
			ss, ts = append(ss, x.Src...), append(ts, x.Tgt...)
		}
		out += "\n HYP:"
		for _, x := range hs {
			out += fmt.Sprint(" ", x.Src, ":", x.Tgt)
		}
		slices.Sort(ss)
		slices.Sort(ts)
		for _, i := range slices.Compact(ss) {
			out += fmt.Sprintf("\n  S%d %s", i, cut(src[i]))
		}
		for _, j := range slices.Compact(ts) {
			out += fmt.Sprintf("\n  T%d %s", j, cut(tgt[j]))
		}
		t.Log(out)
	}
}

var alignSplit = flag.Int("alignsplit", 0, "with -devsets -alignerrs: align the set cut into documents of about this many source sentences (at gold bead borders), as the held-out sets' documents are small")

// splitDocs cuts docs into documents of about n source sentences at the
// borders of gold beads (the gold is in order).
func splitDocs(docs []devDoc, gold []Link, n int) []devDoc {
	var out []devDoc
	for _, d := range docs {
		s0, t0 := 0, 0 // the current piece's start, relative to d
		s, t := 0, 0   // the gold's position, relative to d
		for _, l := range gold {
			if len(l.Src) > 0 && (l.Src[0] < d.srcOff || l.Src[0] >= d.srcOff+len(d.src)) || len(l.Src) == 0 && (l.Tgt[0] < d.tgtOff || l.Tgt[0] >= d.tgtOff+len(d.tgt)) {
				continue
			}
			if len(l.Src) > 0 {
				s = max(s, l.Src[len(l.Src)-1]-d.srcOff+1)
			}
			if len(l.Tgt) > 0 {
				t = max(t, l.Tgt[len(l.Tgt)-1]-d.tgtOff+1)
			}
			if s-s0 >= n && len(d.src)-s >= n/2 {
				out = append(out, devDoc{src: d.src[s0:s], tgt: d.tgt[t0:t], srcOff: d.srcOff + s0, tgtOff: d.tgtOff + t0})
				s0, t0 = s, t
			}
		}
		out = append(out, devDoc{src: d.src[s0:], tgt: d.tgt[t0:], srcOff: d.srcOff + s0, tgtOff: d.tgtOff + t0})
	}
	return out
}

// linksOverlap says whether links a and b share a source or a target
// sentence: the error regions of TestAlignErrors and errorRegions grow by
// it.
func linksOverlap(a, b Link) bool {
	for _, x := range a.Src {
		if slices.Contains(b.Src, x) {
			return true
		}
	}
	for _, x := range a.Tgt {
		if slices.Contains(b.Tgt, x) {
			return true
		}
	}
	return false
}
