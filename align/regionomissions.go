package align

import (
	"math"
	"slices"
)

// Omissions decided by their region. Where a version drops a sentence
// and inserts another next to it in a short document, the search reads
// a diagonal of 1-1 beads whose sentences share nothing (S3-T3, S4-T4,
// S5-T5 where the gold has S3 and S4 dropped, S5-T3, T4 and T5
// inserted): each blank 1-1 costs its length fit, about nothing, where
// the right reading pays four skips for the one kept pair that shares a
// name. No bead's own evidence pays for that, and a flat cost on every
// blank 1-1 (branch pairs53) glued or dropped true pairs held out. So
// the decision is taken for the whole region: a run of weak beads (blank
// beads with both sides, and skips) with the bead either side is aligned
// again with 1-1 beads and skips (and the region's own beads of other
// shapes, as they are), each blank bead costing regionBlankCost more,
// Model 1's evidence counting as in the refinement when the pass has
// one. The new reading replaces the region's only when it is cheaper
// under that cost and pairs a source and a target sentence that no bead
// of the region paired, sharing at least regionShiftMatch of feature
// weight: a neighbour shifted into place. A run whose sentences pair
// with nothing anywhere in it stays as it was. Only where the
// idle-member gate holds (news-sized bilingual pairs, not partial,
// explainedRate >= idleExplained: params.idle set).
//
// Dev (branch ha55 in BENCHMARKS.md): WMT21 news, the 12 edited pairs,
// mean strict F1 0.9478 -> 0.9523, no pair lower (en-ha 0.942 -> 0.949);
// omissions missed 237 -> 210 error regions. Without the shift test the
// new reading may only skip more (0.9475, en-ha 0.917); with every shape
// of the search in the new reading, glued 2-2s (cs-en 0.963 -> 0.959);
// without the shifted pair's weight, Text+Berg dev cut at about 40
// sentences lost 0.941 -> 0.938 (a diagonal of five blank 1-1s turned
// into seven skips around pairs sharing one weak feature).
const (
	regionBlankCost  = 2.0  // on top of each blank bead's cost in the comparison
	regionBlankShare = 0.15 // a bead is blank when its match is at most this share of its smaller side's mass
	regionShiftMatch = 1.0  // the feature weight a shifted pair shares at least
	regionMaxUnits   = 12   // a region with more units on a side is left alone
)

// blankBead reports whether bead s has both sides and shares at most
// regionBlankShare of its smaller side's feature mass (a side without
// features shares nothing).
func (sc *scorer) blankBead(s span) bool {
	if s.s1 == s.s0 || s.t1 == s.t0 {
		return false
	}
	small := min(sc.ms[s.s1]-sc.ms[s.s0], sc.mtMass[s.t1]-sc.mtMass[s.t0])
	return sc.match(s) <= regionBlankShare*small
}

// regionOmissions returns path with its runs of weak beads decided again
// by region (see above); rf, if not nil, is the pass's refiner, and sc's
// units are sentences s0+i and t0+j.
func (sc *scorer) regionOmissions(rf *refiner, path []span, s0, t0 int) []span {
	if sc.p.idle == 0 || len(path) < 2 {
		return path
	}
	weak := make([]bool, len(path))
	blank := make([]bool, len(path))
	for k, sp := range path {
		blank[k] = sc.blankBead(sp)
		weak[k] = blank[k] || sp.s0 == sp.s1 || sp.t0 == sp.t1
	}
	var out []span
	for k := 0; k < len(path); {
		if !weak[k] {
			out = append(out, path[k])
			k++
			continue
		}
		lo, hi := k, k+1
		for hi < len(path) && weak[hi] {
			hi++
		}
		blanks := slices.Contains(blank[lo:hi], true)
		// The beads before and after come in: the kept pair that
		// shifts into place may be one of them. The bead before is the
		// last one out (a region before may have ended with it).
		var before []span
		if len(out) > 0 {
			before = out[len(out)-1:]
			out = out[:len(out)-1]
		}
		if hi < len(path) {
			hi++
		}
		old := append(append([]span(nil), before...), path[lo:hi]...)
		reg := span{old[0].s0, old[len(old)-1].s1, old[0].t0, old[len(old)-1].t1}
		if blanks && reg.s1-reg.s0 <= regionMaxUnits && reg.t1-reg.t0 <= regionMaxUnits {
			old = sc.regionDecide(rf, reg, old, s0, t0)
		}
		out = append(out, old...)
		k = hi
	}
	return out
}

// regionDecide aligns the units of reg again (see above) and returns the
// new reading when it is cheaper than old, reg's beads, and shifts a
// pair into place; else old.
func (sc *scorer) regionDecide(rf *refiner, reg span, old []span, s0, t0 int) []span {
	var words *regionWords
	if rf != nil {
		words = rf.regionWords(reg, s0, t0)
	}
	beadCost := func(sp span) float64 {
		c := sc.cost(sp)
		if sp.s0 == sp.s1 || sp.t0 == sp.t1 {
			return c
		}
		if sc.blankBead(sp) {
			c += regionBlankCost
		}
		if words != nil {
			c -= rf.weight * words.evidence(sp.s0-reg.s0, sp.s1-reg.s0, sp.t0-reg.t0, sp.t1-reg.t0)
		}
		return c
	}
	was, best, alt := sc.regionBest(reg, old, beadCost, span{})
	if best >= was {
		return old
	}
	for _, sp := range alt {
		if sp.s0 != sp.s1 && sp.t0 != sp.t1 && sc.match(sp) >= regionShiftMatch && !sc.blankBead(sp) && shifted(old, sp) {
			return alt
		}
	}
	return old
}

// regionBest aligns the units of reg again with 1-1 beads, skips and the
// beads of old of other shapes, each bead costing beadCost, and no bead
// equal to not: it returns what old costs, what the cheapest such
// reading costs and that reading (nil when there is none).
func (sc *scorer) regionBest(reg span, old []span, beadCost func(span) float64, not span) (was, best float64, alt []span) {
	for k, sp := range old {
		c := beadCost(sp)
		if k > 0 && skipRun(old[k-1], sp) {
			c *= sc.p.skipRun
		}
		was += c
	}
	// The beads of old of other shapes, each tried where it ends.
	var other []span
	for _, sp := range old {
		if sp.s1-sp.s0+sp.t1-sp.t0 > 2 {
			other = append(other, sp)
		}
	}
	n, m := reg.s1-reg.s0, reg.t1-reg.t0
	inf := math.Inf(1)
	cost := make([]float64, (n+1)*(m+1))
	back := make([]span, (n+1)*(m+1))
	for x := range cost {
		cost[x] = inf
	}
	cost[0] = 0
	try := func(i, j int, sp span) {
		pi, pj := sp.s0-reg.s0, sp.t0-reg.t0
		if pi < 0 || pj < 0 || cost[pi*(m+1)+pj] == inf || sp == not {
			return
		}
		c := beadCost(sp)
		if pi+pj > 0 && skipRun(back[pi*(m+1)+pj], sp) {
			c *= sc.p.skipRun // a run of skips, as in dp
		}
		if c += cost[pi*(m+1)+pj]; c < cost[i*(m+1)+j] {
			cost[i*(m+1)+j], back[i*(m+1)+j] = c, sp
		}
	}
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if i == 0 && j == 0 {
				continue
			}
			s, t := reg.s0+i, reg.t0+j
			try(i, j, span{s - 1, s, t - 1, t})
			try(i, j, span{s - 1, s, t, t})
			try(i, j, span{s, s, t - 1, t})
			for _, sp := range other {
				if sp.s1 == s && sp.t1 == t {
					try(i, j, sp)
				}
			}
		}
	}
	best = cost[n*(m+1)+m]
	if best == inf {
		return was, best, nil
	}
	for i, j := n, m; i > 0 || j > 0; {
		sp := back[i*(m+1)+j]
		alt = append(alt, sp)
		i, j = sp.s0-reg.s0, sp.t0-reg.t0
	}
	slices.Reverse(alt)
	return was, best, alt
}

// skipRun reports whether bead b, after a, skips a unit of the same side
// as a does (dp's run of skips, which pays skipRun).
func skipRun(a, b span) bool {
	return a.t0 == a.t1 && b.t0 == b.t1 && a.s1 > a.s0 && b.s1 > b.s0 ||
		a.s0 == a.s1 && b.s0 == b.s1 && a.t1 > a.t0 && b.t1 > b.t0
}

// shifted reports whether bead sp pairs a source and a target sentence
// that no bead of old pairs.
func shifted(old []span, sp span) bool {
	for _, o := range old {
		if o.s0 <= sp.s0 && sp.s0 < o.s1 && o.t0 <= sp.t0 && sp.t0 < o.t1 {
			return false
		}
	}
	return true
}
