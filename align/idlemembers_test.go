package align

import (
	"slices"
	"testing"
)

func TestIdleMembers(t *testing.T) {
	w := unitWeights(16)
	u := toyUnit
	for _, c := range []struct {
		name     string
		src, tgt []unit
		want     float64
	}{
		{"a sentence glued that shares nothing and adds length", []unit{u(100, 1, 2, 3), u(40, 7, 8)}, []unit{u(100, 1, 2, 3)}, idleCost},
		{"the same on the target side", []unit{u(100, 1, 2, 3)}, []unit{u(100, 1, 2, 3), u(40, 7, 8)}, idleCost},
		{"a member whose words its neighbour carries already", []unit{u(100, 1, 2, 3), u(40, 1, 2)}, []unit{u(100, 1, 2, 3)}, idleCost},
		{"a true 2-1: the member shares nothing but brings the length", []unit{u(60, 1, 2), u(60, 7, 8)}, []unit{u(120, 1, 2, 9)}, 0},
		{"a member that shares its words", []unit{u(100, 1, 2, 3), u(40, 7, 8)}, []unit{u(100, 1, 2, 3, 7, 8)}, 0},
		{"a member too light to judge", []unit{u(100, 1, 2, 3), u(40, 7)}, []unit{u(100, 1, 2, 3)}, 0},
		{"a 2-2 whose members share with the other side", []unit{u(60, 1, 2), u(60, 3, 4)}, []unit{u(60, 1, 3), u(60, 2, 4)}, 0},
	} {
		p := defaultParams()
		p.idle = idleCost
		sc := newScorer(&p, c.src, c.tgt, newMatcher(w))
		s := span{0, len(c.src), 0, len(c.tgt)}
		if got := sc.idleMembers(s); got != c.want {
			t.Errorf("%s: idleMembers = %v; want %v", c.name, got, c.want)
		}
		p.idle = 0
		if got := sc.idleMembers(s); got != 0 {
			t.Errorf("%s, idle not set: idleMembers = %v; want 0", c.name, got)
		}
	}
}

// TestIdleMembersSearch: a short sentence that shares nothing is glued to
// its neighbour's bead at the default costs (the 2-1's shape and length
// cost less than a skip) and left unmatched once it pays as idle.
func TestIdleMembersSearch(t *testing.T) {
	w := unitWeights(16)
	u := toyUnit
	src := []unit{u(100, 1, 2, 3), u(40, 7, 8)}
	tgt := []unit{u(100, 1, 2, 3)}
	for _, c := range []struct {
		idle float64
		want []span
	}{
		{0, []span{{0, 2, 0, 1}}},
		{idleCost, []span{{0, 1, 0, 1}, {1, 2, 1, 1}}},
	} {
		p := defaultParams()
		p.idle = c.idle
		p.mt = newMatcher(w)
		sc := newScorer(&p, src, tgt, p.mt)
		if got := dp(sc, fullBand(len(src), len(tgt))); !slices.Equal(got, c.want) {
			t.Errorf("idle %v: path %v; want %v", c.idle, got, c.want)
		}
	}
}

func TestExplainedRate(t *testing.T) {
	w := unitWeights(16)
	u := func(ids ...uint32) unit { return toyUnit(50, ids...) }
	us := []unit{u(1, 2), u(3, 4), u(5), u()}
	ut := []unit{u(1, 2), u(3, 9), u(10, 11, 12, 13, 14)}
	// Source: 0 and 1 explained, 2 not, 3 has no features; target: 0 and
	// 1 explained, 2 not: 4 of 6.
	if got := explainedRate(us, ut, newMatcher(w)); got != 4.0/6 {
		t.Errorf("explainedRate = %v; want %v", got, 4.0/6)
	}
	if got := explainedRate([]unit{u()}, []unit{u()}, newMatcher(w)); got != 0 {
		t.Errorf("explainedRate without features = %v; want 0", got)
	}
}

// unitWeights is n feature weights of 1.
func unitWeights(n int) []float32 {
	w := make([]float32, n)
	for i := range w {
		w[i] = 1
	}
	return w
}

// toyUnit is a sentence of chars characters holding the features ids,
// each of weight 1, at a skip's full cost.
func toyUnit(chars float64, ids ...uint32) unit {
	return unit{skip: 1, chars: chars, feats: ids, mass: float64(len(ids))}
}
