package align

import (
	"context"
	"slices"
)

// The paragraph stage (doc.go, "Paragraphs"): when both documents mark
// paragraphs, aligner.pass hands them to paragraphPass, which aligns the
// paragraphs as units and then the sentences inside each paragraph bead.
// This file holds that stage, what it charges for joining and skipping
// paragraphs, the checks that flag paragraph beads for review
// (checkParagraphs) and the grouping of an unmatched paragraph with a
// neighbouring join (paraGroups). The sentence-stage cost of a bead across
// a break, paraCross, is in search.go with the other costs.

// paragraphPass aligns documents that both mark paragraphs (ps, pt): the
// paragraphs first, as units, then the sentences inside each paragraph
// bead, so that no sentence bead crosses a paragraph bead's border. It
// returns false when ctx is done.
func (a *aligner) paragraphPass(ctx context.Context, p params, us, ut []unit, w []float32, ps, pt []Span, rf *refiner, out *passBeads) bool {
	ups := make([]unit, len(ps))
	for k, sp := range ps {
		ups[k] = merge(us[sp.Start:sp.End])
		ups[k].brk = k > 0
		ups[k].skip = paraSkip(ups[k].skip)
	}
	upt := make([]unit, len(pt))
	for k, sp := range pt {
		upt[k] = merge(ut[sp.Start:sp.End])
		upt[k].brk = k > 0
		upt[k].skip = paraSkip(upt[k].skip)
	}
	// Each paragraph but the first opens after a break, so that a
	// paragraph bead pays paraMerge for every paragraph it joins.
	pp := p
	pp.cross = paraMerge
	pp.unrelated = 0
	ppath, psc := search(&pp, ups, upt, w)
	suspect := checkParagraphs(psc, ppath)
	// Inside a paragraph bead that joins paragraphs, a sentence bead
	// crossing a break costs one and a half skipped sentences
	// (paraCrossBoth):
	// both documents mark paragraphs, so a break is the text's structure.
	// Such a bead is always reported for review.
	p.cross = paraCrossBoth
	p.brkMismatch = paraBreakMismatch
	for _, g := range paraGroups(ppath) {
		if ctx.Err() != nil {
			return false
		}
		if g[1]-g[0] > 1 {
			if path, sc, s0, t0, ok := groupedSearch(&p, ppath[g[0]:g[1]], ps, pt, us, ut, ups, upt, w); ok {
				path = rf.refine(sc, path, s0, t0)
				path = sc.regionOmissions(rf, path, s0, t0)
				out.emit(sc, path, s0, t0, groupFlag(ppath, suspect, g))
				continue
			}
		}
		for k := g[0]; k < g[1]; k++ {
			b := ppath[k]
			s0, s1 := paraRange(ps, b.s0, b.s1, len(us))
			t0, t1 := paraRange(pt, b.t0, b.t1, len(ut))
			path, sc := search(&p, us[s0:s1], ut[t0:t1], w)
			path = rf.refine(sc, path, s0, t0)
			path = sc.regionOmissions(rf, path, s0, t0)
			out.emit(sc, path, s0, t0, beadFlag(b, suspect[k]))
		}
	}
	markSwaps(psc, ps, pt, out)
	return true
}

// beadFlag is the review reason of paragraph bead b of verdict v.
func beadFlag(b span, v paraVerdict) string {
	switch {
	case v == paraThin:
		return reasonThin
	case v == paraSwapped:
		return reasonSwapped
	case v == paraSuspect && (b.s1-b.s0 > 1 || b.t1-b.t0 > 1):
		return reasonJoined
	case v == paraSuspect:
		return reasonOrder
	}
	return ""
}

// paraMerge is what the paragraph stage charges for each paragraph break
// inside a paragraph bead, on top of the shape's prior: joining
// paragraphs is less common than joining sentences (translators keep the
// paragraphs of news copy), and a short paragraph with no counterpart
// ("Read more:", a headline, an editor's added note) is otherwise joined
// to a neighbour because a 2-1 or 3-2 costs less than skipping it, which
// shifts the paragraphs after it. Half of paraCross, since a real merge
// still has to win against skipping a whole paragraph of sentences.
// Seed article: en-de 0.80 to 1.00 and en-fa 0.91 to 1.00 strict F1.
// hunalign's Steinbeck novel with its "<p>" lines as paragraphs (the one
// development set with paragraphs) loses 0.002 (0.971 to 0.969; 0.968 at
// 3, 0.969 at 1, where the seed gains nothing).
const paraMerge = 2.0

// paragraphSpans returns the sentence span of each paragraph, or nil when
// the document has no paragraph numbers.
func paragraphSpans(d Document) []Span {
	if d.Paragraphs == nil || len(d.Sentences) == 0 {
		return nil
	}
	var out []Span
	start := 0
	for i := 1; i <= len(d.Paragraphs); i++ {
		if i == len(d.Paragraphs) || d.Paragraphs[i] != d.Paragraphs[i-1] {
			out = append(out, Span{start, i})
			start = i
		}
	}
	return out
}

// paraRange is the sentence range of paragraphs a..b-1 (n sentences in all).
func paraRange(ps []Span, a, b, n int) (int, int) {
	if a == b {
		if a < len(ps) {
			return ps[a].Start, ps[a].Start
		}
		return n, n
	}
	return ps[a].Start, ps[b-1].End
}

// crosses says whether span s of d holds a paragraph break.
func crosses(d Document, s Span) bool {
	return d.Paragraphs != nil && s.Len() > 1 && d.Paragraphs[s.Start] != d.Paragraphs[s.End-1]
}

// paraSkip is what leaving a paragraph unmatched weighs, in sentences,
// for a paragraph whose sentences weigh n: the first sentence fully,
// each further one paraSkipExtra. Dropping or adding a paragraph is one
// editorial act, not one per sentence: at a full sentence each, a
// three-sentence paragraph added to the French version of the seed cost
// 12 to leave unmatched, and the paragraph stage rather paired it with a
// neighbour and shifted the paragraphs around it.
func paraSkip(n float64) float64 {
	if n <= 1 {
		return n
	}
	return 1 + paraSkipExtra*(n-1)
}

const paraSkipExtra = 0.25

// paraCrossBoth is paraCross when both documents mark paragraphs: a
// sentence bead inside a paragraph bead that joins paragraphs pays it
// for each break it holds, and is always reported for review. 8 (twice
// a skipped sentence) made every such bead lose, so that the seed's
// versions that join two paragraphs into one (en-fr, en-fa, en-ar gold)
// lost a pair each (strict F1 1.00 to 0.90, 1.00 to 0.91, 0.90 to
// 0.81); 4 let an added English paragraph join the next one's bead.
const paraCrossBoth = 6.0

// paraBreakMismatch is what a sentence bead inside a paragraph bead pays
// when it opens a paragraph on one side and not on the other: where both
// documents mark paragraphs, a translation's paragraph breaks fall
// between the same sentences as the original's. hunalign's Steinbeck
// novel with its paragraphs: strict F1 0.968 -> 0.972 (the same at 1, 2
// and 4); the seed's versions do not change.
const paraBreakMismatch = 2.0

// Structure checks (doc.go, "Paragraphs"): the paragraph stage aligns
// paragraphs in order, so a paragraph a version dropped, or two it
// swapped, can leave paragraph beads that pair the wrong paragraphs with
// sentence beads that look plausible one by one. checkParagraphs compares
// each paired paragraph with its neighbours on the other side and flags
// the paragraph beads whose paragraphs match a neighbour outside the bead
// better than their own partner, or whose paragraphs match in another
// order inside it. Every sentence bead of a flagged paragraph bead is
// reported for review, whatever its score.

// Review reasons, as WriteReview shows them.
const (
	reasonLow       = "low score"
	reasonUnmatched = "unmatched"
	reasonOrder     = "paragraphs out of order or missing"
	reasonCrosses   = "joins sentences across a paragraph break"
	// reasonJoined is reasonOrder for a paragraph bead that joins
	// paragraphs: a merge whose partner or order is unsure.
	reasonJoined = "paragraphs joined"
	// reasonJoin is a bead scored at most joinCap because the unmatched
	// sentence beside it may belong to it (joinBelow); it is listed with
	// that sentence.
	reasonJoin = "may include the unmatched sentence beside it"
	// reasonSwapped is the reason of a paragraph left unmatched on each
	// side when each is the other's best match (markSwaps): two
	// paragraphs swapped, or one moved, which an alignment in order
	// can pair only one way.
	reasonSwapped = "paragraphs swapped"
	// reasonThin marks the beads of a paragraph bead that checkParagraphs
	// found on thin evidence (paraThin): they are not learned from, as
	// any flagged bead, but alignDocs drops the flag before the regions
	// are made, so they are not reported.
	reasonThin = "thin paragraph evidence"
)

// paraWindow is how many paragraphs beyond a paragraph bead's partner
// range the check compares with: 2 missed a swap in the Arabic version
// of the seed, whose few shared features (names, numbers) make the
// paragraphs' shares noisy.
const paraWindow = 3

// paraMargin is how much better (as a share of the evidence shared) a
// neighbour must match for a paragraph bead to be flagged. On the seed
// article's unedited versions the check flags 0 of 13 pairs (de), 0 of
// 12 (fr, the 2 reviewed join paragraphs), 4 of 14 (fa), 10 of 13 (ar),
// 3 of 15 (en2): a person reviews more where the evidence is thin.
const paraMargin = 0.04

// A paraVerdict is checkParagraphs's answer for a paragraph bead.
type paraVerdict uint8

const (
	paraSound paraVerdict = iota
	// paraThin: a paragraph of the bead shares more with a neighbour
	// paragraph y outside it than with its partner, but y shares still
	// more with its own partner: the neighbour is not a better home, the
	// paragraph's own evidence is only thin (a one-sentence paragraph
	// such as "Das dann doch nicht." <-> "Tout de même pas.", no name or
	// number in common). Its beads are not learned from but not
	// reported either.
	paraThin
	// paraSuspect: a neighbour is a better home for one of the
	// paragraphs of the bead, both ways.
	paraSuspect
	// paraSwapped: the paragraphs of a bead that joins paragraphs match
	// in another order (two swapped paragraphs joined into one bead), the
	// later one sharing at least swapMinShare with its earlier partner;
	// on less it is paraSuspect (the Arabic seed's right paragraphs).
	paraSwapped
)

// paraShare is the share of the evidence of paragraphs i and j (units
// of sc) that they have in common.
func paraShare(sc *scorer, i, j int) float64 {
	mass := (sc.ms[i+1] - sc.ms[i] + sc.mtMass[j+1] - sc.mtMass[j]) / 2
	if mass <= 0 {
		return 0
	}
	return sc.match(span{i, i + 1, j, j + 1}) / mass
}

// checkParagraphs returns the verdict on each paragraph bead of path
// (over paragraph units, scored by sc): each paragraph of a bead with
// both sides, source then target, is checked against the paragraphs
// within paraWindow of the bead on the other side (paraCheck.check), and
// the bead's paragraphs against their order (paraCheck.inOrder), until
// one makes it paraSuspect.
func checkParagraphs(sc *scorer, path []span) []paraVerdict {
	c := paraCheck{sc: sc, path: path, home: [2][]int{make([]int, len(sc.src)), make([]int, len(sc.tgt))}}
	for k, b := range path {
		for i := b.s0; i < b.s1; i++ {
			c.home[0][i] = k
		}
		for j := b.t0; j < b.t1; j++ {
			c.home[1][j] = k
		}
	}
	out := make([]paraVerdict, len(path))
	for k, b := range path {
		if b.s1 == b.s0 || b.t1 == b.t0 {
			continue
		}
		out[k] = c.inOrder(b, true, out[k])
		out[k] = c.inOrder(b, false, out[k])
	}
	return out
}

// paraCheck is what checkParagraphs reads: the scorer of the paragraph
// units, the path, and home[side][x], the path bead holding paragraph x
// of that side (0 source, 1 target).
type paraCheck struct {
	sc   *scorer
	path []span
	home [2][]int
}

// best returns the best partner in [lo,hi) of paragraph x (a source
// paragraph when src), and its share (paraShare); -1 when none shares
// anything.
func (c *paraCheck) best(x int, src bool, lo, hi int) (int, float64) {
	bj, bs := -1, 0.0
	for y := lo; y < hi; y++ {
		var s float64
		if src {
			s = paraShare(c.sc, x, y)
		} else {
			s = paraShare(c.sc, y, x)
		}
		if s > bs {
			bj, bs = y, s
		}
	}
	return bj, bs
}

// partners is the partner range of the bead holding y (a paragraph of
// the other side than x's when src).
func (c *paraCheck) partners(y int, src bool) (int, int) {
	if src {
		h := c.path[c.home[1][y]]
		return h.s0, h.s1
	}
	h := c.path[c.home[0][y]]
	return h.t0, h.t1
}

// check is the verdict on paragraph x of bead b (a source paragraph when
// src): paraSound when no paragraph within paraWindow outside b's other
// side shares more than paraMargin over x's best partner in it; else
// paraThin when that paragraph shares still more with its own partner,
// else paraSuspect.
func (c *paraCheck) check(b span, x int, src bool) paraVerdict {
	lo, hi, n2 := b.t0, b.t1, len(c.sc.tgt)
	if !src {
		lo, hi, n2 = b.s0, b.s1, len(c.sc.src)
	}
	_, own := c.best(x, src, lo, hi)
	yb, before := c.best(x, src, max(0, lo-paraWindow), lo)
	ya, after := c.best(x, src, hi, min(n2, hi+paraWindow))
	y, share := yb, before
	if after > before {
		y, share = ya, after
	}
	if share <= own+paraMargin {
		return paraSound
	}
	// Both ways: y must share less with its own partner.
	plo, phi := c.partners(y, src)
	if _, yown := c.best(y, !src, plo, phi); yown >= share {
		return paraThin
	}
	return paraSuspect
}

// inOrder checks the paragraphs of bead b on one side (the source when
// src) one by one, from verdict v, and returns the worst: each one's
// check, and out of order (paraSwapped when the pair shares at least
// swapMinShare, else paraSuspect) where a paragraph's best partner on
// b's other side comes before an earlier paragraph's. It stops at
// paraSuspect.
func (c *paraCheck) inOrder(b span, src bool, v paraVerdict) paraVerdict {
	lo, hi, olo, ohi := b.s0, b.s1, b.t0, b.t1
	if !src {
		lo, hi, olo, ohi = b.t0, b.t1, b.s0, b.s1
	}
	prev := -1
	for x := lo; x < hi && v < paraSuspect; x++ {
		y, share := c.best(x, src, olo, ohi)
		v = max(v, c.check(b, x, src))
		if y < prev {
			v = paraSuspect
			if share >= swapMinShare {
				v = paraSwapped
			}
		}
		prev = max(prev, y)
	}
	return v
}

// markSwaps gives reasonSwapped to the beads of out (a pass over
// paragraphs ps, pt, whose units psc scores) that leave a source
// paragraph and a target paragraph wholly unmatched when each is the
// other's best match among all paragraphs of its other side and they
// share at least swapMinShare, and to the flagged beads between them:
// an alignment in order pairs one of two swapped paragraphs and leaves
// the other unmatched on each side (TestReviewSwappedParagraphs).
// Only reasons change: unmatched and flagged beads are not learned from.
func markSwaps(psc *scorer, ps, pt []Span, out *passBeads) {
	// alone returns the paragraphs of spans whose sentences all lie in
	// beads with no partner, and the bead of each sentence.
	alone := func(spans []Span, src bool) ([]int, []int) {
		var n int
		if len(spans) > 0 {
			n = spans[len(spans)-1].End
		}
		bead := make([]int, n)
		for k, b := range out.beads {
			sp, other := b.Src, b.Tgt
			if !src {
				sp, other = b.Tgt, b.Src
			}
			for x := sp.Start; x < sp.End && x < n; x++ {
				bead[x] = k
				if other.Len() > 0 {
					bead[x] = -1 - k
				}
			}
		}
		var xs []int
	next:
		for p, sp := range spans {
			for x := sp.Start; x < sp.End; x++ {
				if bead[x] < 0 {
					continue next
				}
			}
			xs = append(xs, p)
		}
		return xs, bead
	}
	us, beadS := alone(ps, true)
	ut, beadT := alone(pt, false)
	if len(us) == 0 || len(ut) == 0 {
		return
	}
	bestOf := func(x int, src bool) (int, float64) {
		by, bs, n := -1, 0.0, len(psc.tgt)
		if !src {
			n = len(psc.src)
		}
		for y := range n {
			i, j := x, y
			if !src {
				i, j = y, x
			}
			s := paraShare(psc, i, j)
			if s > bs {
				by, bs = y, s
			}
		}
		return by, bs
	}
	for _, i := range us {
		j, s := bestOf(i, true)
		if s < swapMinShare || !slices.Contains(ut, j) {
			continue
		}
		if back, _ := bestOf(j, false); back != i {
			continue
		}
		lo := min(beadS[ps[i].Start], beadT[pt[j].Start])
		hi := max(beadS[ps[i].End-1], beadT[pt[j].End-1])
		for k := lo; k <= hi; k++ {
			f := out.flags[k]
			b := out.beads[k]
			inI := b.Src.Start >= ps[i].Start && b.Src.End <= ps[i].End && b.Src.Len() > 0
			inJ := b.Tgt.Start >= pt[j].Start && b.Tgt.End <= pt[j].End && b.Tgt.Len() > 0
			if inI || inJ || f == reasonJoined || f == reasonOrder {
				out.flags[k] = reasonSwapped
			}
		}
	}
}

// swapMinShare is the least share of their evidence two paragraphs left
// unmatched must have in common for markSwaps to call them swapped.
const swapMinShare = 0.2

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

// pathCost is the cost of path under sc, as dp counts it (but with
// bracketCut on every bead, as scorer.cost has it): a skip after a skip of
// the same side pays skipRun of its cost.
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
func groupFlag(path []span, suspect []paraVerdict, g [2]int) string {
	flag := ""
	for k := g[0]; k < g[1]; k++ {
		switch f := beadFlag(path[k], suspect[k]); f {
		case reasonSwapped, reasonJoined:
			return f
		case reasonOrder:
			flag = f
		case reasonThin:
			if flag == "" {
				flag = f
			}
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
