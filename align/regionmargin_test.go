package align

import (
	"slices"
	"testing"
)

// TestRegionMargin: regionToy's edit (two source sentences dropped, two
// target sentences inserted after the kept pair, which shares too little
// to shift into place), read by the search as a diagonal of 1-1 beads.
// Where the dropped and inserted sentences cost little to leave
// unmatched (sentences with names the other version lacks), a reading
// without a diagonal bead costs less than joinBelow more than the region,
// and the bead must score at most joinCap however sure its own evidence
// looks; where they cost as much as any sentence, the beads stay as the
// score model has them (WMT21 news design: zh-en line1419 and de-en
// line734 scored 0.83-0.85 so; BENCHMARKS.md "(branch diag56)"). The
// middle bead (a dropped sentence with an inserted one) reads cheapest
// without it by leaving its two sentences out and pairing no sentence
// anew: its margin is its own (TestRegionMarginOwnSkip) and stays unset;
// the beads either side read cheapest with a neighbour paired anew.
func TestRegionMargin(t *testing.T) {
	diagonal := []span{{0, 1, 0, 1}, {1, 2, 1, 2}, {2, 3, 2, 3}, {3, 4, 3, 4}, {4, 5, 4, 5}}
	for _, c := range []struct {
		name  string
		light float64 // skip weight of the dropped and inserted sentences
		idle  float64
		close bool // the diagonal's inner beads are a close call
	}{
		{"dropped and inserted sentences cheap to skip", 0.1, idleCost, true},
		{"skips as dear as any sentence's", 1, idleCost, false},
		{"the gate off", 0.1, 0, false},
	} {
		w := unitWeights(32)
		w[5], w[6] = 0.4, 0.4
		src, tgt := regionToy([]uint32{5, 6}, w, c.light)
		sc, path := regionSearch(w, src, tgt, c.idle)
		if !slices.Equal(path, diagonal) {
			t.Fatalf("%s: path %v; want the diagonal %v", c.name, path, diagonal)
		}
		for i := 1; i <= 3; i++ {
			var e evidence
			sc.regionMargin(&e, path, i)
			if got := e.region < joinBelow; got != (c.close && i != 2) {
				t.Errorf("%s: bead %v: region margin %.2f; want under joinBelow (%.1f): %v", c.name, path[i], e.region, joinBelow, c.close && i != 2)
			}
		}
		var e evidence
		if sc.regionMargin(&e, path, 0); e.region < joinBelow {
			t.Errorf("%s: the first bead (shared features, nothing before it) has region margin %.2f; want >= %.1f", c.name, e.region, joinBelow)
		}
	}
}

// TestRegionMarginCap: a bead whose evidence scores it >= 0.8 scores at
// most joinCap when its region margin is under joinBelow, and as before
// when it is not computed.
func TestRegionMarginCap(t *testing.T) {
	e := evidence{lp: 0.97, sim: 0.8, mass: 3, margin: 3, alt: 4, join: joinNone, shift: joinNone, region: joinNone}
	beads := []Bead{{Src: Span{0, 1}, Tgt: Span{0, 1}}}
	var a aligner
	a.score(beads, []evidence{e}, nil)
	if beads[0].Score < 0.8 {
		t.Fatalf("the bead scores %.3f without a region margin; want >= 0.8 (another case is needed)", beads[0].Score)
	}
	e.region = 1
	a.score(beads, []evidence{e}, nil)
	if beads[0].Score > joinCap {
		t.Errorf("the bead scores %.3f with region margin %.1f; want at most %.2f", beads[0].Score, e.region, joinCap)
	}
}

// TestRegionMarginOwnSkip: a diagonal whose middle bead shares nothing
// and whose two sentences cost little to leave out, between pairs sharing
// all their features. The cheapest reading of the region without the bead
// leaves its two sentences out and pairs no sentence anew (0.8 dearer
// than the region, under joinBelow): that is the bead's own margin, which
// the score model weighs, and the region margin is not set.
func TestRegionMarginOwnSkip(t *testing.T) {
	w := unitWeights(32)
	u := func(skip, chars float64, ids ...uint32) unit {
		var mass float64
		for _, f := range ids {
			mass += float64(w[f])
		}
		return unit{skip: skip, chars: chars, feats: ids, mass: mass}
	}
	src := []unit{u(1, 100, 1, 2, 3), u(1, 100, 4, 5, 6), u(0.1, 90, 20, 21), u(1, 100, 10, 11, 12), u(1, 100, 13, 14, 15)}
	tgt := []unit{u(1, 100, 1, 2, 3), u(1, 100, 4, 5, 6), u(0.1, 90, 24, 25), u(1, 100, 10, 11, 12), u(1, 100, 13, 14, 15)}
	sc, path := regionSearch(w, src, tgt, idleCost)
	diagonal := []span{{0, 1, 0, 1}, {1, 2, 1, 2}, {2, 3, 2, 3}, {3, 4, 3, 4}, {4, 5, 4, 5}}
	if !slices.Equal(path, diagonal) {
		t.Fatalf("path %v; want the diagonal %v", path, diagonal)
	}
	was, best, alt := sc.regionBest(span{0, 5, 0, 5}, path, sc.cost, path[2])
	if best-was >= joinBelow {
		t.Fatalf("the region without the middle bead costs %.2f more (alt %v); want under joinBelow (%.1f) (another case is needed)", best-was, alt, joinBelow)
	}
	var e evidence
	if sc.regionMargin(&e, path, 2); e.region != joinNone {
		t.Errorf("the middle bead, whose region's cheapest reading without it only leaves it out (%v), has region margin %.2f; want joinNone (%d)", alt, e.region, joinNone)
	}
}

// TestRegionMarginInScore: score computes a bead's region margin from
// where it stands (beadAt) when its evidence scores it above joinCap, and
// caps it; a bead scoring at most joinCap without it is left uncomputed
// (its region joinNone), since the margin could not change its score.
func TestRegionMarginInScore(t *testing.T) {
	w := unitWeights(32)
	w[5], w[6] = 0.4, 0.4
	src, tgt := regionToy([]uint32{5, 6}, w, 0.1)
	sc, path := regionSearch(w, src, tgt, idleCost)
	at := []beadAt{{sc, path, 1}}
	beads := []Bead{{Src: Span{0, 1}, Tgt: Span{0, 1}}}
	var a aligner
	sure := evidence{lp: 0.97, sim: 0.8, mass: 3, margin: 3, alt: 4, join: joinNone, shift: joinNone, region: joinNone}
	evs := []evidence{sure}
	a.score(beads, evs, at)
	if beads[0].Score > joinCap || evs[0].region >= joinBelow {
		t.Errorf("a sure bead of a close-call region (%v in %v) scores %.3f, region margin %.2f; want at most %.2f, under %.1f", path[1], path, beads[0].Score, evs[0].region, joinCap, joinBelow)
	}
	weak := sure
	weak.lp, weak.sim, weak.mass, weak.margin, weak.alt = 0.01, 0, 0, -4, 0
	evs = []evidence{weak}
	a.score(beads, evs, at)
	if beads[0].Score > joinCap {
		t.Fatalf("the weak bead scores %.3f; want at most %.2f (another case is needed)", beads[0].Score, joinCap)
	}
	if evs[0].region != joinNone {
		t.Errorf("a bead scoring %.3f without its region margin had it computed (%.2f); want it left joinNone", beads[0].Score, evs[0].region)
	}
}

// regionRun is regionToy's close-call edit (TestRegionMargin) k times
// over, each copy with features of its own, aligned by the search: a
// path of 1-1 beads whose regions overlap, diagonals among them.
func regionRun(k int) (*scorer, []span) {
	w := unitWeights(32 * k)
	var src, tgt []unit
	for c := range k {
		off := uint32(32 * c)
		w[off+5], w[off+6] = 0.4, 0.4
		s, t := regionToy([]uint32{5, 6}, w[off:off+32], 0.1)
		for _, us := range [][]unit{s, t} {
			for x := range us {
				fs := make([]uint32, len(us[x].feats))
				for y, f := range us[x].feats {
					fs[y] = f + off
				}
				us[x].feats = fs
			}
		}
		src, tgt = append(src, s...), append(tgt, t...)
	}
	return regionSearch(w, src, tgt, idleCost)
}

// regionSearch aligns src and tgt, weighted by w, with the idle-member gate
// at idle (0: off) and skip runs shared, as a news pair is, and returns
// the scorer and its path after the region decision.
func regionSearch(w []float32, src, tgt []unit, idle float64) (*scorer, []span) {
	p := defaultParams()
	p.skipRun = skipRunShare
	p.idle = idle
	p.mt = newMatcher(w)
	sc := newScorer(&p, src, tgt, p.mt)
	return sc, sc.regionOmissions(nil, dp(sc, fullBand(len(src), len(tgt))), 0, 0)
}

// TestRegionMarginGrid: the region margins of a path's beads computed in
// order, each region's 1-1 costs taken from the last where they overlap
// (oneOneCosts), are the margins computed with sc.cost alone.
func TestRegionMarginGrid(t *testing.T) {
	sc, path := regionRun(8)
	var capped int
	for i, s := range path {
		var e evidence
		sc.regionMargin(&e, path, i)
		if e.region < joinBelow {
			capped++
		}
		if s.s1-s.s0 != 1 || s.t1-s.t0 != 1 {
			continue
		}
		old := path[max(0, i-regionReach):min(len(path), i+regionReach+1)]
		reg := span{old[0].s0, old[len(old)-1].s1, old[0].t0, old[len(old)-1].t1}
		was, best, alt := sc.regionBest(reg, old, sc.cost, s)
		want := float64(joinNone)
		if best >= was && slices.ContainsFunc(alt, func(sp span) bool { return sp.s0 != sp.s1 && sp.t0 != sp.t1 && shifted(old, sp) }) {
			want = min(joinNone, best-was)
		}
		if e.region != want {
			t.Errorf("bead %d %v: region margin %v with the grid; want %v", i, s, e.region, want)
		}
	}
	if capped == 0 {
		t.Errorf("no bead of %v has a region margin under joinBelow (another case is needed)", path)
	}
}

// BenchmarkRegionMargin: the region margin of each bead of a path of 40
// beads (regionRun), in order, as score computes them.
func BenchmarkRegionMargin(b *testing.B) {
	sc, path := regionRun(8)
	b.ReportAllocs()
	for b.Loop() {
		sc.grid = oneOneGrid{}
		for i := range path {
			var e evidence
			sc.regionMargin(&e, path, i)
		}
	}
}
