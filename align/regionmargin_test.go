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
// line734 scored 0.83-0.85 so; BENCHMARKS.md "(branch diag56)").
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
		p := defaultParams()
		p.skipRun = skipRunShare
		p.idle = c.idle
		p.mt = newMatcher(w)
		sc := newScorer(&p, src, tgt, p.mt)
		path := sc.regionOmissions(nil, dp(sc, fullBand(len(src), len(tgt))), 0, 0)
		if !slices.Equal(path, diagonal) {
			t.Fatalf("%s: path %v; want the diagonal %v", c.name, path, diagonal)
		}
		for i := 1; i <= 3; i++ {
			var e evidence
			sc.regionMargin(&e, path, i)
			if got := e.region < joinBelow; got != c.close {
				t.Errorf("%s: bead %v: region margin %.2f; want under joinBelow (%.1f): %v", c.name, path[i], e.region, joinBelow, c.close)
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
	a.score(beads, []evidence{e})
	if beads[0].Score < 0.8 {
		t.Fatalf("the bead scores %.3f without a region margin; want >= 0.8 (another case is needed)", beads[0].Score)
	}
	e.region = 1
	a.score(beads, []evidence{e})
	if beads[0].Score > joinCap {
		t.Errorf("the bead scores %.3f with region margin %.1f; want at most %.2f", beads[0].Score, e.region, joinCap)
	}
}
