package align

// A paragraph that one version added a sentence to is as long as two of
// the other version's paragraphs: the paragraph stage, which sees only
// lengths and the few features paragraphs share, may then join the two
// into one bead and leave the paragraph after them unmatched (the seed's
// Arabic: English paragraphs 10-11 joined to Arabic 8, Arabic 9 — the
// translation of English 11 — left over, and the sentence stage paired
// English 11 with the added Arabic sentence). A paragraph left unmatched
// next to a bead that joins paragraphs is that signature, so the sentence
// stage aligns the two together: there every sentence is weighed on its
// own, a sentence bead that opens a paragraph on one side only pays
// paraBreakMismatch and one that crosses a break paraCrossBoth, so the
// paragraphs stay whole where they do pair, and an added or dropped
// paragraph is still left unmatched sentence by sentence.

// paraGroups returns the paragraph beads of path in groups searched
// together at the sentence level, as [first, end) ranges of path: an
// unmatched paragraph (a bead with one empty side) is grouped with a
// neighbouring bead that joins paragraphs of the other side (several
// there, one on the unmatched paragraph's side), the one before it when
// both are.
func paraGroups(path []span) [][2]int {
	skip := func(k int) bool {
		return k >= 0 && k < len(path) && (path[k].s1 == path[k].s0 || path[k].t1 == path[k].t0)
	}
	joins := func(k int) bool {
		return k >= 0 && k < len(path) && !skip(k) && (path[k].s1-path[k].s0 > 1 || path[k].t1-path[k].t0 > 1)
	}
	// pairs says whether join j and skip k fit: the skipped paragraph
	// is on the side where j holds a single paragraph, so that it may be
	// what that paragraph's partner was shifted away from.
	pairs := func(j, k int) bool {
		if !joins(j) || !skip(k) {
			return false
		}
		b, sk := path[j], path[k]
		if sk.s1 > sk.s0 {
			return b.s1-b.s0 == 1
		}
		return b.t1-b.t0 == 1
	}
	var out [][2]int
	for k := 0; k < len(path); {
		end := k + 1
		switch {
		case pairs(k, k+1):
			end = k + 2
		case pairs(k+1, k) && !pairs(k-1, k):
			end = k + 2
		}
		out = append(out, [2]int{k, end})
		k = end
	}
	return out
}

// groupedSearch aligns the sentences of the paragraph beads group (a
// join and an unmatched paragraph, from paraGroups) in one search, and
// says whether that pays: whether the grouped path costs groupMargin
// less than the paragraph stage's answer at the sentence level — the
// join's own path plus the unmatched paragraph at its paragraph skip
// weight (paraSkip) — so that a paragraph really dropped or added stays
// unmatched as a whole. It returns
// the path over the group's sentences, its scorer and the group's first
// sentence on each side.
func groupedSearch(p *params, group []span, ps, pt []Span, us, ut, ups, upt []unit, w []float32) ([]span, *scorer, int, int, bool) {
	first, last := group[0], group[len(group)-1]
	s0, s1 := paraRange(ps, first.s0, last.s1, len(us))
	t0, t1 := paraRange(pt, first.t0, last.t1, len(ut))
	path, sc := search(p, us[s0:s1], ut[t0:t1], w)
	var apart float64
	for _, b := range group {
		switch {
		case b.t1 == b.t0:
			for k := b.s0; k < b.s1; k++ {
				apart += p.skip * ups[k].skip
			}
		case b.s1 == b.s0:
			for k := b.t0; k < b.t1; k++ {
				apart += p.skip * upt[k].skip
			}
		default:
			a0, a1 := paraRange(ps, b.s0, b.s1, len(us))
			b0, b1 := paraRange(pt, b.t0, b.t1, len(ut))
			jp, jsc := search(p, us[a0:a1], ut[b0:b1], w)
			apart += pathCost(jsc, jp)
		}
	}
	return path, sc, s0, t0, pathCost(sc, path) < apart-groupMargin
}

// pathCost is the cost of path under sc, as dp counts it: a skip after
// a skip of the same side pays skipRun of its cost.
func pathCost(sc *scorer, path []span) float64 {
	var c float64
	for k, sp := range path {
		x := sc.cost(sp)
		if k > 0 && (sp.s1 == sp.s0) != (sp.t1 == sp.t0) {
			q := path[k-1]
			if q.s1 == q.s0 && sp.s1 == sp.s0 && q.t1 > q.t0 || q.t1 == q.t0 && sp.t1 == sp.t0 && q.s1 > q.s0 {
				x *= sc.p.skipRun
			}
		}
		c += x
	}
	return c
}

// groupFlag is the review reason of a group of paragraph beads: joined
// when a suspect bead of it joins paragraphs, else order when one is
// suspect, else none.
func groupFlag(path []span, suspect []bool, g [2]int) string {
	flag := ""
	for k := g[0]; k < g[1]; k++ {
		b := path[k]
		switch {
		case suspect[k] && (b.s1-b.s0 > 1 || b.t1-b.t0 > 1):
			return reasonJoined
		case suspect[k]:
			flag = reasonOrder
		}
	}
	return flag
}

// groupMargin is how much cheaper the grouped search must be: a join's
// price at the paragraph stage (paraMerge), which that stage paid
// knowing the alternative. On the seed's Arabic the grouped path wins by
// 5.1; on the news set's edited German-French (faz.79571, a dropped
// three-sentence paragraph next to a join) it won by 1.4 and shifted
// the dropped paragraph's first sentence onto its neighbour's partner.
const groupMargin = paraMerge
