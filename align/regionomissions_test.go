package align

import (
	"slices"
	"testing"
)

// regionToy is a version's edit in a short document: source sentences 1
// and 2 dropped, 3 kept, target sentences 2 and 3 inserted after it. The
// dropped and inserted sentences carry features the other document lacks
// (a lighter skip, light, as anchorOrphans gives them); the kept pair
// shares kept of its features; w weighs the features.
func regionToy(kept []uint32, w []float32, light float64) (src, tgt []unit) {
	u := func(skip, chars float64, ids ...uint32) unit {
		var mass float64
		for _, f := range ids {
			mass += float64(w[f])
		}
		return unit{skip: skip, chars: chars, feats: ids, mass: mass}
	}
	src = []unit{u(1, 100, 1, 2, 3), u(light, 80, 20, 21), u(light, 90, 22, 23), u(1, 100, 5, 6), u(1, 100, 10, 11, 12)}
	tgt = []unit{u(1, 100, 1, 2, 3), u(1, 80, append([]uint32{7}, kept...)...), u(light, 90, 24, 25), u(light, 100, 26, 27), u(1, 100, 10, 11, 12)}
	return src, tgt
}

func TestRegionOmissions(t *testing.T) {
	diagonal := []span{{0, 1, 0, 1}, {1, 2, 1, 2}, {2, 3, 2, 3}, {3, 4, 3, 4}, {4, 5, 4, 5}}
	gold := []span{{0, 1, 0, 1}, {1, 2, 1, 1}, {2, 3, 1, 1}, {3, 4, 1, 2}, {4, 4, 2, 3}, {4, 4, 3, 4}, {4, 5, 4, 5}}
	for _, c := range []struct {
		name   string
		kept   []uint32
		weight float32 // of the kept pair's features
		idle   float64
		want   []span
	}{
		{"the kept pair shifts into place", []uint32{5, 6}, 1, idleCost, gold},
		{"the gate off", []uint32{5, 6}, 1, 0, diagonal},
		{"nothing to shift: the diagonal stays", nil, 1, idleCost, diagonal},
		{"a shifted pair sharing too little weight", []uint32{5, 6}, 0.4, idleCost, diagonal},
	} {
		w := unitWeights(32)
		w[5], w[6] = c.weight, c.weight
		src, tgt := regionToy(c.kept, w, 0.5)
		p := defaultParams()
		p.skipRun = skipRunShare
		p.idle = c.idle
		p.mt = newMatcher(w)
		sc := newScorer(&p, src, tgt, p.mt)
		path := dp(sc, fullBand(len(src), len(tgt)))
		if !slices.Equal(path, diagonal) {
			t.Fatalf("%s: dp path %v; want the diagonal %v", c.name, path, diagonal)
		}
		if got := sc.regionOmissions(nil, path, 0, 0); !slices.Equal(got, c.want) {
			t.Errorf("%s: regionOmissions = %v; want %v", c.name, got, c.want)
		}
	}
}

func TestBlankBead(t *testing.T) {
	w := unitWeights(16)
	u := func(ids ...uint32) unit { return toyUnit(50, ids...) }
	src := []unit{u(1, 2, 3, 4, 5, 6, 7), u(), u(1, 2)}
	tgt := []unit{u(8, 9, 10, 11, 12, 13, 14), u(1, 8, 9, 10, 11, 12, 13), u(1, 2)}
	p := defaultParams()
	p.mt = newMatcher(w)
	sc := newScorer(&p, src, tgt, p.mt)
	for _, c := range []struct {
		s    span
		want bool
	}{
		{span{0, 1, 0, 1}, true},  // shares nothing
		{span{0, 1, 1, 2}, true},  // one feature of seven: under the share
		{span{1, 2, 0, 1}, true},  // a side without features
		{span{2, 3, 2, 3}, false}, // shares all
		{span{0, 1, 0, 0}, false}, // a skip is not a bead with both sides
	} {
		if got := sc.blankBead(c.s); got != c.want {
			t.Errorf("blankBead(%v) = %v; want %v", c.s, got, c.want)
		}
	}
}
