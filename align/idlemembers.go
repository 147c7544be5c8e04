package align

import "slices"

// An idle member is a sentence of a bead's side of several that brings
// the bead neither evidence nor length: what it adds to the bead's match
// (against one sentence: the features it shares with that sentence that
// no other member has; against several: all it shares with them) is
// under idleShare of its feature mass (gluedExplained's quarter, what
// the glued-member rule calls sharing nothing), and the bead's length
// fits worse with it than without it by more than idleMargin. A sentence one version
// added or dropped, glued to its neighbour's bead, is one: in WMT21's
// edited news versions (testdata/bench/wmt21_news.sh) the first pass
// glued 234 such sentences of the 12 pairs' dev part, paired many others,
// and the gap rules (gapRegionSkips) see them only when the first pass
// left a gap or a member sharing nothing nearby. The second half of a
// true 1-2 brings the translation's length with it, and a member that
// makes the length fit better is left to the length model and the shape
// prior. In a news-sized bilingual pair whose evidence is strong
// (explainedRate at least idleExplained), each idle member costs idleCost
// on top of the bead's cost, in every pass and in the refinement.
//
// Dev (branch omit52 in BENCHMARKS.md): WMT21 news, the 12 edited pairs,
// mean strict F1 0.9458 -> 0.9478 (en-de 0.947 -> 0.946, no other pair
// lower); omissions missed 247 -> 237 error regions (742 -> 710 gold
// beads in them), invented 26 -> 26. Without the gate Text+Berg dev cut
// at about 40 sentences lost 0.943 -> 0.938 (true 2-1s and 3-2s whose
// French compresses a member that shares nothing); with it 0.941. At
// three quarters news gained more (0.9487), but a true 1-2's first
// member, sharing two thirds of its mass on a side too long for the
// ratio, read as idle (TestSkipRun).
const (
	idleShare     = gluedExplained
	idleMargin    = 0.5
	idleMinMass   = 2.0
	idleCost      = 2.0
	idleExplained = 0.8
)

// idleMembers is what bead s pays for its idle members (see above): zero
// unless the parameters set idle. Like unrelatedMembers it reads the
// features directly and leaves the matcher's marks alone, so dp can call
// it between markRow and matchCell.
func (sc *scorer) idleMembers(s span) float64 {
	if sc.p.idle == 0 || s.s1-s.s0 < 2 && s.t1-s.t0 < 2 {
		return 0
	}
	ls, lt := sc.cs[s.s1]-sc.cs[s.s0], sc.ct[s.t1]-sc.ct[s.t0]
	with := sc.p.lengthCost(ls, lt)
	var c float64
	side := func(us, other []unit, src bool) {
		if len(us) < 2 {
			return
		}
		for k, u := range us {
			if u.mass < idleMinMass {
				continue
			}
			var without float64
			if src {
				without = sc.p.lengthCost(ls-u.chars, lt)
			} else {
				without = sc.p.lengthCost(ls, lt-u.chars)
			}
			if with <= without+idleMargin {
				continue
			}
			var m float64
			if len(other) == 1 {
				m = addedWeight(sc.mt, k, us, other[0])
			} else {
				m = sharedWeight(sc.mt, u, other)
			}
			if m < idleShare*u.mass {
				c += sc.p.idle
			}
		}
	}
	src, tgt := sc.src[s.s0:s.s1], sc.tgt[s.t0:s.t1]
	side(src, tgt, true)
	side(tgt, src, false)
	return c
}

// addedWeight is the weight of the features of us[k] that other has and
// no other unit of us has: what us[k] adds to the bead's match.
func addedWeight(mt *matcher, k int, us []unit, other unit) float64 {
	var m float64
	for _, f := range us[k].feats {
		if !slices.Contains(other.feats, f) {
			continue
		}
		mine := true
		for x, v := range us {
			if x != k && slices.Contains(v.feats, f) {
				mine = false
				break
			}
		}
		if mine {
			m += float64(mt.slots[f].w)
		}
	}
	return m
}

// sharedWeight is the weight of u's features that a unit of other has.
func sharedWeight(mt *matcher, u unit, other []unit) float64 {
	var m float64
	for _, f := range u.feats {
		for _, o := range other {
			if slices.Contains(o.feats, f) {
				m += float64(mt.slots[f].w)
				break
			}
		}
	}
	return m
}

// explainedRate is the share of the sentences with features, on both
// sides, that share at least gluedExplained of their feature mass with a
// sentence of the other side within gapExplainedWindow of their place on
// the diagonal (by sentence count); 0 when none has features. News
// versions with names, numbers and a dictionary or cognates score high;
// a short literary document, whose first pass knows few of its words,
// low.
func explainedRate(us, ut []unit, mt *matcher) float64 {
	n, ok := 0, 0
	side := func(a, b []unit) {
		for i, u := range a {
			if u.mass <= 0 {
				continue
			}
			n++
			c := i * len(b) / max(1, len(a))
			for j := max(0, c-gapExplainedWindow); j < min(len(b), c+gapExplainedWindow+1); j++ {
				if mt.match(a[i:i+1], b[j:j+1]) >= gluedExplained*u.mass {
					ok++
					break
				}
			}
		}
	}
	side(us, ut)
	side(ut, us)
	if n == 0 {
		return 0
	}
	return float64(ok) / float64(n)
}
