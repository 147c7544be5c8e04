package align

import "testing"

// supportScorer builds a scorer over units with the given feature lists,
// every feature of weight 1.
func supportScorer(src, tgt [][]uint32) *scorer {
	mk := func(fs [][]uint32) []unit {
		us := make([]unit, len(fs))
		for k, f := range fs {
			us[k] = unit{skip: 1, chars: 40, feats: f, mass: float64(len(f))}
		}
		return us
	}
	w := make([]float32, 10)
	for k := range w {
		w[k] = 1
	}
	p := defaultParams()
	return newScorer(&p, mk(src), mk(tgt), newMatcher(w))
}

// TestCrossGain: two 1-1 pairs that stand on their own, with one link
// across them (feature 3: in the first source and second target
// sentence). Merged into a 2-2, the union counts that link; the penalty
// takes it back unless Model 1 prefers the merge. A 2-2 whose cut into
// pairs leaves a pair barely supported (a period cut differently on each
// side) keeps its gain.
func TestCrossGain(t *testing.T) {
	sc := supportScorer([][]uint32{{0, 1, 3}, {2}}, [][]uint32{{0, 1}, {2, 3}})
	sp := span{0, 2, 0, 2}
	if got, want := sc.crossGain(sp, nil, 0, 0), sc.p.matchW*1; got != want {
		t.Errorf("crossGain of two supported pairs = %v; want %v (one link across)", got, want)
	}
	splitWins := func(i0, i1, j0, j1 int) float64 { return 1 } // two pairs: 2 > 1
	if got := sc.crossGain(sp, splitWins, 0, 0); got == 0 {
		t.Errorf("crossGain = 0 when Model 1 prefers the split")
	}
	mergeWins := func(i0, i1, j0, j1 int) float64 {
		if i1-i0 == 2 {
			return 3
		}
		return 1
	}
	if got := sc.crossGain(sp, mergeWins, 0, 0); got != 0 {
		t.Errorf("crossGain = %v when Model 1 prefers the merge; want 0", got)
	}
	// First pair shares 1 of (1+4)/2 = 2.5: under splitSupport.
	recut := supportScorer([][]uint32{{0}, {1, 2, 3, 4}}, [][]uint32{{0, 1, 2, 3}, {4}})
	if got := recut.crossGain(sp, nil, 0, 0); got != 0 {
		t.Errorf("crossGain of a re-cut 2-2 = %v; want 0", got)
	}
	if got := sc.crossGain(span{0, 1, 0, 2}, nil, 0, 0); got != 0 {
		t.Errorf("crossGain of a 1-2 = %v; want 0", got)
	}
}

// TestBareMembers: a 1-3 bead whose second target sentence has features
// and shares none with the source (a caption glued on) and whose third
// has no features at all (judged on length, not counted).
func TestBareMembers(t *testing.T) {
	sc := supportScorer([][]uint32{{0, 1}}, [][]uint32{{0, 1}, {5}, nil})
	if got := sc.bareMembers(span{0, 1, 0, 3}); got != 1 {
		t.Errorf("bareMembers(1-3) = %d; want 1", got)
	}
	if got := sc.bareMembers(span{0, 1, 0, 1}); got != 0 {
		t.Errorf("bareMembers(1-1) = %d; want 0", got)
	}
	if got, want := sc.supportPenalty(span{0, 1, 0, 2}, nil, 0, 0), bareCost; got != want {
		t.Errorf("supportPenalty(1-2 with a bare sentence) = %v; want %v", got, want)
	}
}

// TestCrossGainMonolingual: the cut of a 2-2 into two standing pairs
// counts only between two versions in one language (p.unrelated set);
// between languages a Model 1 learned from one document of held-out size
// cannot tell a coincidental cross link from a true 2-2's.
func TestCrossGainMonolingual(t *testing.T) {
	sc := supportScorer([][]uint32{{0, 1, 3}, {2}}, [][]uint32{{0, 1}, {2, 3}})
	sp := span{0, 2, 0, 2}
	if got := sc.supportPenalty(sp, nil, 0, 0); got != 0 {
		t.Errorf("supportPenalty of a 2-2 between languages = %v; want 0", got)
	}
	sc.p.unrelated = monoUnrelated
	if got, want := sc.supportPenalty(sp, nil, 0, 0), sc.p.matchW*1; got != want {
		t.Errorf("supportPenalty of a 2-2 of one language = %v; want %v (one link across)", got, want)
	}
}
