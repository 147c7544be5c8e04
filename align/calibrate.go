package align

import (
	"math"
	"slices"
)

// Scores (doc.go, "Scores"): a bead's score is the probability that it is
// exactly right, estimated by a logistic model over the evidence of the
// bead, of its neighbours and of the document pair. The weights were
// fitted on the development sets (TestCalibrationFit); BENCHMARKS.md has
// the reliability table, on the development sets and on a held-out one.

// evidence is what a bead's score is computed from.
type evidence struct {
	lp     float64 // length tail probability P(|δ|)
	sim    float64 // shared share of the bead's feature weight, in [0,1]
	mass   float64 // the bead's feature weight (mean of the two sides), in units of the largest IDF
	prior  float64 // the shape's prior cost
	margin float64 // what skipping the bead's sentences would cost more than the bead, per sentence
	alt    float64 // what the best local alternative (a split, a merge with a neighbour) costs more
	// join is what joining an unmatched sentence beside the bead, in the
	// same paragraph, to the bead costs more than leaving it unmatched
	// (joinNone when no such sentence stands beside it).
	join float64
	// shift is what moving the nearest sentence of a neighbouring bead
	// of several sentences on a side into the bead costs more than the
	// two beads as they are (joinNone when no neighbour can give one).
	shift float64
	// region is what the cheapest reading of the bead's region that
	// does not pair its sentences costs more than the region (joinNone
	// when not computed: see regionMargin).
	region float64
}

// joinNone is the join margin of a bead with no unmatched neighbour.
const joinNone = 8

// joinBelow and joinCap: a bead that an unmatched sentence of the same
// paragraph beside it could join for less than joinBelow more cost (the
// joined bead's length fit and shared evidence nearly as good as the two
// apart) scores at most joinCap, and is listed for review with that
// sentence. A sentence translated by two, the second sharing no word
// with the first's source, pairs 1-1 with the first and leaves the second
// unmatched; the score model, fitted on whole documents where such beads
// are rare, scored it 0.80-0.85 (aligntrial's wrong pair at 0.811, en-es;
// the development sets' cut versions: 7 of 32 beads >= 0.8 beside an
// unmatched sentence wrong, all this shape with a margin of 0.44-1.12,
// against 1.18 and more for 24 of the 25 right ones;
// TestNextToUnmatchedDev, BENCHMARKS.md "A bead beside an unmatched
// sentence").
const (
	joinBelow = 1.5
	joinCap   = 0.75
)

// joinMargin sets e.join for path[i] (with both sides): the least over its
// unmatched neighbours of the same paragraph of what the bead joined with
// that neighbour costs more than the two apart.
func (sc *scorer) joinMargin(e *evidence, path []span, i int) {
	e.join = joinNone
	s := path[i]
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(path) {
			continue
		}
		q := path[j]
		if q.s1 > q.s0 && q.t1 > q.t0 {
			continue
		}
		m := span{min(s.s0, q.s0), max(s.s1, q.s1), min(s.t0, q.t0), max(s.t1, q.t1)}
		if !sc.oneParaBead(m) {
			continue
		}
		d := sc.cost(m) - fitShapeCost(sc.p, m) - sc.cost(s) - sc.cost(q)
		if d < e.join {
			e.join = d
		}
	}
}

// oneParaBead reports whether m is a bead the search could make (at most
// maxBead sentences a side) with no paragraph break inside it on either
// side.
func (sc *scorer) oneParaBead(m span) bool {
	return m.s1-m.s0 <= maxBead && m.t1-m.t0 <= maxBead && sc.bs[m.s1]-sc.bs[m.s0+1] == 0 && sc.bt[m.t1]-sc.bt[m.t0+1] == 0
}

// shiftMargin sets e.shift for path[i] (with both sides): the least over
// its neighbours with both sides of what moving the neighbour's nearest
// sentence on a side where it has two or more into the bead costs more
// than the two beads as they are.
//
// A bead whose e.shift is under joinBelow scores at most joinCap
// (aligner.score), as one an unmatched neighbour could join. A sentence
// translated by two, the first half paired with it and the second glued
// into the next bead (a 1-2 bead scoring low), is the partial the join
// rule does not see: the second half is not unmatched (WMT24 en-hi's
// Seattle Times 799809, scored 0.82-0.87; BENCHMARKS.md "(branch
// conf55)").
func (sc *scorer) shiftMargin(e *evidence, path []span, i int) {
	e.shift = joinNone
	s := path[i]
	try := func(m, r, q span) {
		if !sc.oneParaBead(m) {
			return
		}
		d := sc.cost(m) - fitShapeCost(sc.p, m) + sc.cost(r) - fitShapeCost(sc.p, r) - sc.cost(s) - sc.cost(q)
		e.shift = min(e.shift, d)
	}
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(path) {
			continue
		}
		q := path[j]
		if q.s1 == q.s0 || q.t1 == q.t0 {
			continue
		}
		after := j > i
		if q.s1-q.s0 >= 2 {
			if after {
				try(span{s.s0, s.s1 + 1, s.t0, s.t1}, span{q.s0 + 1, q.s1, q.t0, q.t1}, q)
			} else {
				try(span{s.s0 - 1, s.s1, s.t0, s.t1}, span{q.s0, q.s1 - 1, q.t0, q.t1}, q)
			}
		}
		if q.t1-q.t0 >= 2 {
			if after {
				try(span{s.s0, s.s1, s.t0, s.t1 + 1}, span{q.s0, q.s1, q.t0 + 1, q.t1}, q)
			} else {
				try(span{s.s0, s.s1, s.t0 - 1, s.t1}, span{q.s0, q.s1, q.t0, q.t1 - 1}, q)
			}
		}
	}
}

// regionMargin sets e.region for path[i], a 1-1 bead, where the idle-member
// gate holds (params.idle set: news-sized bilingual pairs): what the
// cheapest reading of its region (regionReach beads either side) that
// does not pair its two sentences, in 1-1 beads, skips and the region's
// beads of other shapes, costs more than the region as it is.
//
// A bead whose e.region is under joinBelow scores at most joinCap
// (aligner.score, which computes it only for a bead that would otherwise
// score above joinCap): pairing its two sentences or leaving them out is a
// close call for the region, whatever the bead's own evidence says. In an
// edited version of a short news story, where two dropped sentences and
// two inserted ones a sentence or two apart balance the counts, the
// search reads a diagonal of 1-1 beads through the edit that costs a
// little less than the skips; a bead of it whose lengths agree scored
// 0.80-0.87 sharing little or nothing (8 of the 10 wrong beads >= 0.8 of
// the WMT21 news design sets; BENCHMARKS.md "(branch conf55)"). The
// bead's own margin (evidence.margin: its two sentences skipped, the rest
// as it is) does not tell them from right beads sharing nothing in whole
// documents; the region's takes 3 wrong beads under 0.8 on those sets
// (each pair aligned alone) and 2 right ones, where a reach of 1 took 1
// and 1, and of 2, 2 and 2 (BENCHMARKS.md "(branch diag56)"). A region
// whose reading costs more than one without the bead (e.region < 0) was
// not the cost's choice: regionOmissions placed it on a shifted pair's
// evidence, and it is left alone. So is a bead whose region reads
// cheapest without it by leaving its two sentences out and pairing no
// sentence anew: that reading is the bead's own margin, which the score
// model weighs already; the region tells something of its own only when
// the reading moves a neighbour (a right bead of WMT21 en-ja design, its
// region's margin 1.44, was capped before this, BENCHMARKS.md "(branch
// diag56)").
func (sc *scorer) regionMargin(e *evidence, path []span, i int) {
	e.region = joinNone
	s := path[i]
	if sc.p.idle == 0 || s.s1-s.s0 != 1 || s.t1-s.t0 != 1 {
		return
	}
	old := path[max(0, i-regionReach):min(len(path), i+regionReach+1)]
	reg := span{old[0].s0, old[len(old)-1].s1, old[0].t0, old[len(old)-1].t1}
	if reg.s1-reg.s0 > regionMaxUnits || reg.t1-reg.t0 > regionMaxUnits {
		return
	}
	g := sc.oneOneCosts(reg)
	beadCost := func(sp span) float64 {
		if sp.s1-sp.s0 == 1 && sp.t1-sp.t0 == 1 {
			return g.c[(sp.s0-g.s0)*g.m+sp.t0-g.t0]
		}
		return sc.cost(sp)
	}
	was, best, alt := sc.regionBest(reg, old, beadCost, s)
	if best < was || !slices.ContainsFunc(alt, func(sp span) bool { return sp.s0 != sp.s1 && sp.t0 != sp.t1 && shifted(old, sp) }) {
		return
	}
	e.region = min(joinNone, best-was)
}

// oneOneGrid is the cost of every 1-1 bead of a region: c[i*m+j] that
// of source unit s0+i with target unit t0+j. (A skip's cost is not kept:
// it is cheap, and its last bits depend on where the skip stands, as
// cost sums its prefix differences from left to right.)
type oneOneGrid struct {
	s0, t0, n, m int
	c            []float64
}

// oneOneCosts returns the cost of every 1-1 bead of reg, taking those of
// the last region's grid (sc.grid) where the two overlap, and keeps it
// as sc.grid.
func (sc *scorer) oneOneCosts(reg span) oneOneGrid {
	prev := sc.grid
	g := oneOneGrid{s0: reg.s0, t0: reg.t0, n: reg.s1 - reg.s0, m: reg.t1 - reg.t0}
	g.c = make([]float64, g.n*g.m)
	for i := range g.n {
		s := g.s0 + i
		pi := s - prev.s0
		for j := range g.m {
			t := g.t0 + j
			if pj := t - prev.t0; pi >= 0 && pi < prev.n && pj >= 0 && pj < prev.m {
				g.c[i*g.m+j] = prev.c[pi*prev.m+pj]
			} else {
				g.c[i*g.m+j] = sc.cost(span{s, s + 1, t, t + 1})
			}
		}
	}
	sc.grid = g
	return g
}

// regionReach is how many beads either side of a 1-1 bead make its
// region in regionMargin: the edit's four sentences and a bead beyond.
const regionReach = 3

// scoreLengthProb is lengthProb for the score model, its variance per
// character of the denser side: the length model's s² was set (and the
// score model fitted) per source character with the source the denser
// side or near it (Chinese into English, Hungarian into English, German
// into French). With a denser target (English into Japanese or Chinese,
// ratio well under 1) the same s² per source character is a tighter
// model than the reverse pair gets, and right beads scored low. Per
// character of the denser side, the variance in source characters is
// s²/ratio: on the right 1-1 beads of testdata/kyotowiki (English into
// Japanese, ratios 0.34-0.49) the mean squared δ of the score's length
// input is then 0.21, within the four calibration sets' 0.14-0.24 (0.30
// with the variance denseRatio/ratio times wider, as alignja had it);
// BENCHMARKS.md "English-Japanese beads scored as sure as they are".
func (p *params) scoreLengthProb(ls, lt float64) float64 {
	if p.ratio >= denseRatio {
		return p.lengthProb(ls, lt)
	}
	q := *p
	q.variance *= denseWiden(p.ratio)
	return q.lengthProb(ls, lt)
}

// denseWiden is how many times wider the score's length input is for a
// document pair of character ratio r: 1 from denseRatio up, 1/r (the
// variance per target character) from denseFull down, in between a
// linear blend of the two, so the score moves no step with the ratio.
func denseWiden(r float64) float64 {
	if r >= denseRatio {
		return 1
	}
	w := min(1, (denseRatio-r)/(denseRatio-denseFull))
	return 1 + w*(1/r-1)
}

// denseRatio and denseFull: a document pair whose character ratio is
// under denseFull has the denser script on the target side (English into
// Japanese, testdata/kyotowiki: ratios 0.34-0.49; into Chinese, 0.3), and
// its length input the variance per target character. Pairs of alphabets
// stay above denseRatio (the calibration sets: 0.96-1.02, Chinese into
// English 2.9-4.3), so their scores are as fitted; an abjad or a text
// half in Latin letters falls between (the seed's English-Arabic 0.70,
// OmegaT's English-Japanese manual 0.60-0.64) and is widened part way.
// The Bible's English into Chinese (0.30) is widened in full, its beads
// the same (the score model does not steer the search).
const (
	denseRatio = 0.7
	denseFull  = 0.5
)

// evidence returns the evidence of a bead with both sides.
func (sc *scorer) evidence(s span) evidence {
	a, b := s.s1-s.s0, s.t1-s.t0
	ls := sc.cs[s.s1] - sc.cs[s.s0]
	lt := sc.ct[s.t1] - sc.ct[s.t0]
	e := evidence{lp: sc.p.scoreLengthProb(ls, lt), prior: sc.p.prior[a][b]}
	e.mass = (sc.ms[s.s1] - sc.ms[s.s0] + sc.mtMass[s.t1] - sc.mtMass[s.t0]) / 2
	m := sc.match(s)
	if sc.weak != nil {
		// Evidence without weak learned links: their weight off the
		// mass and the match.
		var wm float64
		for _, us := range [][]unit{sc.src[s.s0:s.s1], sc.tgt[s.t0:s.t1]} {
			for _, u := range us {
				for _, f := range u.feats {
					if sc.weak[f] {
						wm += float64(sc.mt.slots[f].w)
					}
				}
			}
		}
		e.mass -= wm / 2
		all, part := sc.mt.matchWeak(sc.src[s.s0:s.s1], sc.tgt[s.t0:s.t1], sc.weak)
		m = all - part
	}
	if e.mass > 0 {
		e.sim = min(1, m/e.mass)
	}
	if sc.idf > 1 {
		e.mass /= sc.idf
	}
	skip := sc.p.skip * (skipNoGap(sc.src[s.s0:s.s1]) + skipNoGap(sc.tgt[s.t0:s.t1]))
	cost := sc.lengthAndPrior(s) - sc.p.matchW*sc.match(s)
	e.margin = (skip - cost) / float64(a+b)
	return e
}

// altMargin is how much more than beads path[i] (and its neighbours)
// the cheapest local alternative costs: splitting the bead in two, or
// merging it with the bead before or after it. A small margin is a close
// call.
func (sc *scorer) altMargin(path []span, i int) float64 {
	s := path[i]
	c := sc.cost(s)
	best := math.Inf(1)
	a, b := s.s1-s.s0, s.t1-s.t0
	for x := 0; x <= a; x++ {
		for y := 0; y <= b; y++ {
			if x+y == 0 || x+y == a+b {
				continue
			}
			f, g := span{s.s0, s.s0 + x, s.t0, s.t0 + y}, span{s.s0 + x, s.s1, s.t0 + y, s.t1}
			best = min(best, sc.cost(f)+sc.cost(g)-c)
		}
	}
	merge := func(p, q span) {
		m := span{p.s0, q.s1, p.t0, q.t1}
		if m.s1-m.s0 <= maxBead && m.t1-m.t0 <= maxBead && m.s1 > m.s0 && m.t1 > m.t0 {
			best = min(best, sc.cost(m)-fitShapeCost(sc.p, m)-sc.cost(p)-sc.cost(q))
		}
	}
	if i > 0 {
		merge(path[i-1], s)
	}
	if i+1 < len(path) {
		merge(s, path[i+1])
	}
	if math.IsInf(best, 1) {
		return 8
	}
	return max(0, min(8, best))
}

// numCalib is the number of inputs of the score model.
const numCalib = 10

// calibInputs are the inputs of the score model for a bead with evidence
// e, nAlone of whose two neighbours are unmatched, and which the last
// learning pass changed (a bead not found by the pass before). Features
// of the document pair as a whole (its mean share of evidence, its share
// of 1-1 beads) were tried: with four development sets they identify the
// set rather than generalize, and gave a small document nonsense
// (a lexicon lowered its scores). So did an input for beads sharing no
// evidence at all: on the development sets those are mostly short lines
// (page numbers, dashes) that pair right, and it made a pair of
// sentences with nothing in common score higher than with a dictionary
// linking their words.
func calibInputs(e evidence, nAlone int, changed bool) [numCalib]float64 {
	return [numCalib]float64{
		1,
		math.Sqrt(e.lp),
		math.Sqrt(e.sim),
		math.Log1p(e.mass),
		e.prior,
		float64(nAlone),
		max(-4, min(4, e.margin)),
		math.Log1p(e.alt),
		b2f(e.prior == 0),
		b2f(changed),
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// calibWeights are the weights of the score model, in the order of
// calibInputs (fitted by TestCalibrationFit on the development sets).
var calibWeights = [numCalib]float64{-0.5423414570993342, 3.7423813312450505, 0.2255025872602509, 1.0268127861481777, -0.5646512574346897, -1.431825019978772, -0.4766415109423498, 0.48488816157442205, 0.30429687670931005, -1.3391391835912871}

// calibrated is the score of a bead with inputs x: the logistic of the
// weighted sum.
func calibrated(x [numCalib]float64) float64 {
	var z float64
	for k, v := range x {
		z += calibWeights[k] * v
	}
	return math.Pow(1/(1+math.Exp(-z)), calibGamma)
}

// calibGamma makes the score conservative: the logistic model's
// probability p is raised to this power, so that a score of 0.8 is the
// least p at which at least 96% (calibTarget: the 95% TestCalibration
// asserts, and a margin) of the beads of every development set are right
// (MAC zh-en is the hardest; TestCalibrationFit computes it).
var calibGamma = 7.6
