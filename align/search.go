package align

import (
	"math"
	"slices"
)

// unit is what the search aligns: a sentence, or at the coarse levels and
// the paragraph stage a block of consecutive sentences.
type unit struct {
	skip  float64  // what leaving the unit unaligned weighs, in sentences (see skipWeight)
	chars float64  // length in characters, spaces excluded
	feats []uint32 // sorted feature IDs
	mass  float64  // sum of the weights of feats
	brk   bool     // the unit opens a paragraph (not the document's first)
	trail bool     // the sentence is in its document's trailing list of links (see trailer)
	gap   bool     // skip holds gapRegionShare for the pass before's gap nearby (gapRegionSkips)
	// openB: the sentence ends inside a bracket it opened; closeB: it
	// closes one it did not open (see bracketCut).
	openB, closeB bool
}

// beadType is a bead shape: a source and b target units.
type beadType struct{ a, b int }

// beadTypes are the shapes the search considers. Insertions and deletions
// come first so that ties prefer them least (later types win only when
// strictly cheaper).
var beadTypes = []beadType{
	{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2},
	{1, 3}, {3, 1}, {2, 3}, {3, 2}, {1, 4}, {4, 1},
}

// maxBead is the largest number of units on one side of a bead.
const maxBead = 4

// params are the weights of the bead cost (see doc.go, "The cost"). A
// pass starts from defaultParams (or fit's, with the fitted ratio), and
// passUnits sets the fields that depend on the kind of pair: ratio
// (passRatio), skipRun and skip (news-sized or partial), unrelated (one
// language), idle (newsSized) and the priors' scale (Chinese-Latin);
// align/README.md, "Which pass runs when", has the gates.
type params struct {
	ratio       float64                                       // target characters per source character in this document pair
	variance    float64                                       // s² of the length model, per character
	lenW        float64                                       // weight of the length cost
	matchW      float64                                       // reward per unit of shared feature weight
	skip        float64                                       // cost of leaving one unit unaligned
	cross       float64                                       // cost of each paragraph break inside a bead
	brkMismatch float64                                       // cost of a bead that opens a paragraph on one side only
	skipRun     float64                                       // share of skip a unit pays after a skipped unit on its side (1, or skipRunShare)
	unrelated   float64                                       // cost of a bead whose sides share almost nothing (monolingual pairs; see unrelatedCost)
	idle        float64                                       // cost of each idle member of a bead (news-sized bilingual pairs; see idleMembers)
	prior       [refineMaxBead + 1][refineMaxBead + 1]float64 // prior[a][b]: cost of an a-b bead's shape

	// mt, if not nil, is the matcher of the weights search is given,
	// reused by every search of a pass: its stamps make a used matcher
	// as good as a new one, and a new one per paragraph bead was a third
	// of a news pair's allocation.
	mt *matcher
}

// defaultParams are the cost's weights before a pass sets its own (see
// params): the ratio 1 until the documents' or a fitted one replaces it,
// no unrelated or idle cost, every skip at its full cost.
func defaultParams() params {
	return params{
		ratio:    1,
		variance: 10,
		lenW:     1,
		matchW:   0.5,
		skip:     4.0,
		skipRun:  1,
		cross:    paraCross,
		prior: [refineMaxBead + 1][refineMaxBead + 1]float64{
			1: {1: 0, 2: 2.0, 3: 4.0, 4: 6.0, 5: refine15Prior},
			2: {1: 2.0, 2: 4.5, 3: 6.0, 4: refine24Prior},
			3: {1: 4.0, 2: 6.0, 3: refine33Prior},
			4: {1: 6.0, 2: refine24Prior},
			5: {1: refine15Prior},
		},
	}
}

// scalePriors multiplies every shape's cost by f (1-1 costs nothing).
func (p *params) scalePriors(f float64) {
	for a := range p.prior {
		for b := range p.prior[a] {
			p.prior[a][b] *= f
		}
	}
}

// hanLatinPrior scales the shape priors of a Chinese-Latin pair. On MAC
// zh-en dev ×0.8 gained 0.011-0.043 strict F1 at four of five document
// sizes (×0.7 and ×0.6 less), where on Text+Berg de-fr it lost at four
// (aligntb9): not because the pairs join sentences more often (the two
// dev golds have 38% and 35% of their beads with both sides other than
// 1-1) but, it seems, because zh-en's evidence is weaker (no shared
// spellings, a weaker Model 1), so the prior decides more of its beads.
// A pair whose Chinese sentences are as long as a news article's keeps
// the default priors (hanLatinScale, zhlen.go).
const hanLatinPrior = 0.8

// chineseLatin reports whether one side is Chinese (Han script, not
// Japanese) and the other Latin script.
func chineseLatin(src, tgt []string) bool {
	zh := func(s []string) bool { return hanScript(s) && !japaneseScript(s) }
	return zh(src) && latinScript(tgt) || zh(tgt) && latinScript(src)
}

// coarse returns the parameters for blocks of sentences: block borders
// fall anywhere in the text, so no bead shape is rare (a shape costs
// coarsePrior per extra block), while skipping a block skips all its
// sentences.
func (p *params) coarse() *params {
	c := *p
	// A block is 4 units wherever they fall: a run of skipped blocks is
	// no editorial act (the Bible's path moved by a verse or two).
	c.skipRun = 1
	c.unrelated = 0
	c.idle = 0
	for a := range c.prior {
		for b := range c.prior[a] {
			if a > 0 && b > 0 {
				c.prior[a][b] = coarsePrior * float64(a+b-2)
			}
		}
	}
	return &c
}

// coarsePrior is the cost of each block beyond the first on either side
// of a coarse bead.
const coarsePrior = 0.5

// lengthCost is Gale and Church's (1993) -log P(δ) for a bead of ls source
// and lt target characters: δ = (lt/ratio - ls) / sqrt(s² · mean), the
// two-sided tail probability of a standard normal.
func (p *params) lengthCost(ls, lt float64) float64 {
	xt := lt / p.ratio
	mean := (ls + xt) / 2
	if mean < 1 {
		mean = 1
	}
	d := math.Abs(xt-ls) / math.Sqrt(p.variance*mean)
	return negLogErfc(d / math.Sqrt2)
}

// lengthProb is the tail probability behind lengthCost, in [0,1].
func (p *params) lengthProb(ls, lt float64) float64 {
	return math.Exp(-p.lengthCost(ls, lt))
}

// negLogErfc is -ln(erfc(x)) for x >= 0: linear interpolation in a table
// below erfcTableMax (the curve is smooth and convex; the error is under
// 1e-4, far below the model's precision), the asymptotic form above. The
// length cost is evaluated for every bead the search considers, and the
// exact function was half of the search's time.
func negLogErfc(x float64) float64 {
	if x < erfcTableMax {
		f := x * erfcTableStep
		k := int(f)
		return erfcTable[k] + (f-float64(k))*(erfcTable[k+1]-erfcTable[k])
	}
	return x*x + math.Log(x*math.SqrtPi)
}

const (
	erfcTableMax  = 6.0
	erfcTableStep = 256.0 // entries per unit of x
)

// erfcTable (init_tables.go) holds -ln(erfc(k/erfcTableStep)) for k = 0
// .. erfcTableMax*erfcTableStep + 1.

// band gives, for each source position i (0..n), the range of target
// positions lo[i]..hi[i] the search may visit. Both are non-decreasing.
type band struct{ lo, hi []int }

func fullBand(n, m int) band {
	b := band{lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := range b.hi {
		b.hi[i] = m
	}
	return b
}

func (b band) cells() int {
	c := 0
	for i := range b.lo {
		c += b.hi[i] - b.lo[i] + 1
	}
	return c
}

// span is a raw bead: half-open unit ranges on both sides.
type span struct{ s0, s1, t0, t1 int }

// matcher computes the shared feature weight of a group of source units
// and a group of target units exactly: each shared feature counts once, as
// in a bag of features of the concatenated sentences. It marks the source
// features with a generation stamp, then sums the target features found
// marked, in time linear in the features of the bead.
//
// The search evaluates every bead ending at source position i before it
// moves on, so markRow marks the features of the maxBead source units
// before i once, with each feature's distance from i; matchCell then only
// scans the target group.
type matcher struct {
	slots  []slot
	gen    uint32
	rowGen uint32
}

// slot is a feature's state, kept together so that a lookup touches one
// cache line (the features of a long document outgrow the cache).
type slot struct {
	w    float32
	seen uint32 // generation stamp: counted already in this match
	row  uint32 // == rowGen: the feature is in one of the marked units
	dist uint8  // the nearest such unit is i-dist
}

func newMatcher(w []float32) *matcher {
	mt := &matcher{slots: make([]slot, len(w))}
	for f, x := range w {
		mt.slots[f].w = x
	}
	return mt
}

// next returns a fresh generation stamp for seen.
func (mt *matcher) next() uint32 {
	if mt.gen == math.MaxUint32 {
		for f := range mt.slots {
			mt.slots[f].seen = 0
		}
		mt.gen = 0
	}
	mt.gen++
	return mt.gen
}

// markRow marks the features of src[i-maxBead:i] for matchCell.
func (mt *matcher) markRow(src []unit, i int) {
	mt.markUnits(src[max(0, i-maxBead):i])
}

// markUnits marks the features of us, each with its distance from the
// end (the last unit is at distance 1).
func (mt *matcher) markUnits(us []unit) {
	if mt.rowGen == math.MaxUint32 {
		for f := range mt.slots {
			mt.slots[f].row = 0
		}
		mt.rowGen = 0
	}
	mt.rowGen++
	g := mt.rowGen
	for a := 1; a <= len(us); a++ {
		for _, f := range us[len(us)-a].feats {
			if sl := &mt.slots[f]; sl.row != g {
				sl.row = g
				sl.dist = uint8(min(a, maxBead))
			}
		}
	}
}

// matchCell computes, for the i of the last markRow and target position
// j, the match of every bead ending at (i, j): out[a][b] is
// match(src[i-a:i], tgt[j-b:j]). One pass over the maxBead target units
// before j serves all shapes: each feature counts once, at its nearest
// source unit, and sums accumulate by source distance.
func (mt *matcher) matchCell(tgt []unit, j int, out *[maxBead + 1][maxBead + 1]float64) {
	g, rg := mt.next(), mt.rowGen
	var acc [maxBead + 1]float32
	for b := 1; b <= maxBead; b++ {
		if j-b >= 0 {
			for _, f := range tgt[j-b].feats {
				if sl := &mt.slots[f]; sl.row == rg && sl.seen != g {
					sl.seen = g
					acc[sl.dist] += sl.w
				}
			}
		}
		var sum float32
		for a := 1; a <= maxBead; a++ {
			sum += acc[a]
			out[a][b] = float64(sum)
		}
	}
}

// matchWeak is match, and the part of it that features marked in weak
// make up.
func (mt *matcher) matchWeak(src, tgt []unit, weak []bool) (all, part float64) {
	mt.markUnits(src)
	g, rg := mt.next(), mt.rowGen
	for _, u := range tgt {
		for _, f := range u.feats {
			if sl := &mt.slots[f]; sl.row == rg && sl.seen != g {
				sl.seen = g
				all += float64(sl.w)
				if weak[f] {
					part += float64(sl.w)
				}
			}
		}
	}
	return all, part
}

// match is the shared feature weight of any two groups. It reuses the
// row marks, so it must not run between markRow and matchCell.
func (mt *matcher) match(src, tgt []unit) float64 {
	mt.markUnits(src)
	g, rg := mt.next(), mt.rowGen
	var x float32
	for _, u := range tgt {
		for _, f := range u.feats {
			if sl := &mt.slots[f]; sl.row == rg && sl.seen != g {
				sl.seen = g
				x += sl.w
			}
		}
	}
	return float64(x)
}

// scorer computes bead costs over one pair of unit sequences.
type scorer struct {
	p          *params
	src, tgt   []unit
	cs, ct     []float64 // prefix sums of chars
	ms, mtMass []float64 // prefix sums of mass
	ns, nt     []float64 // prefix sums of skip weights
	bs, bt     []int     // prefix sums of paragraph breaks
	mt         *matcher
	// weak, when not nil, marks the features that are not evidence for
	// a bead's score (weak learned links, kindLexWeak).
	weak []bool
	// idf is the largest IDF of the document pair, ln(N) for N sentences
	// in all: a bead's evidence mass is counted in units of it for its
	// score, so that a short news article and a novel compare.
	idf float64
	// grid is the cost of each 1-1 bead of the last region regionMargin
	// searched: the regions of neighbouring beads overlap.
	grid oneOneGrid
}

func newScorer(p *params, src, tgt []unit, mt *matcher) *scorer {
	sc := &scorer{p: p, src: src, tgt: tgt, mt: mt}
	sc.cs, sc.ms, sc.ns = prefix(src)
	sc.ct, sc.mtMass, sc.nt = prefix(tgt)
	sc.bs, sc.bt = breaks(src), breaks(tgt)
	return sc
}

// breaks returns the prefix sums of the units' paragraph breaks.
func breaks(us []unit) []int {
	b := make([]int, len(us)+1)
	for i, u := range us {
		b[i+1] = b[i]
		if u.brk {
			b[i+1]++
		}
	}
	return b
}

// crossCost is what a bead pays for gluing sentences of different
// paragraphs: paraCross per paragraph break inside its groups, on either
// side (see doc.go, "Paragraphs").
func (sc *scorer) crossCost(s span) float64 {
	// The breaks inside a group are those of its units after the first.
	cs := sc.bs[s.s1] - sc.bs[min(s.s0+1, s.s1)]
	ct := sc.bt[s.t1] - sc.bt[min(s.t0+1, s.t1)]
	if cs+ct == 0 {
		return 0
	}
	return sc.p.cross * float64(cs+ct) // +Inf when beads must not cross
}

// paraCross is the cost of each paragraph break inside a bead. It
// equals skip, so that gluing a one-sentence paragraph to a neighbour's
// bead (2 more for the rarer shape, plus paraCross) costs more than
// leaving it unmatched (skip) unless its length and anchors agree; and it
// is well under the length cost of pairing half a sentence, so a sentence
// a translator split across a paragraph break still pairs with both
// halves. Seed article, this cost alone: 3 lifted en-ar from 0.78 to 0.90 strict F1 and
// 4-6 also en-de (0.795 to 0.803); Text+Berg and the other development
// sets do not change (their paragraphs agree, or they have none).
const paraCross = 4.0

func prefix(us []unit) (c, m, n []float64) {
	c = make([]float64, len(us)+1)
	m = make([]float64, len(us)+1)
	n = make([]float64, len(us)+1)
	for i, u := range us {
		c[i+1] = c[i] + u.chars
		m[i+1] = m[i] + u.mass
		n[i+1] = n[i] + u.skip
	}
	return c, m, n
}

// match is the shared feature weight of a bead.
func (sc *scorer) match(s span) float64 {
	return sc.mt.match(sc.src[s.s0:s.s1], sc.tgt[s.t0:s.t1])
}

// lengthAndPrior is the cost of a bead with both sides, before the match.
func (sc *scorer) lengthAndPrior(s span) float64 {
	ls := sc.cs[s.s1] - sc.cs[s.s0]
	lt := sc.ct[s.t1] - sc.ct[s.t0]
	c := sc.p.prior[s.s1-s.s0][s.t1-s.t0] + sc.p.lenW*sc.p.lengthCost(ls, lt) + sc.crossCost(s)
	if sc.p.brkMismatch > 0 && sc.src[s.s0].brk != sc.tgt[s.t0].brk {
		c += sc.p.brkMismatch
	}
	if sc.src[s.s1-1].trail != sc.tgt[s.t1-1].trail {
		c += trailerMismatch
	}
	return c
}

// maxMatch bounds match(s): the smaller side's feature mass.
func (sc *scorer) maxMatch(s span) float64 {
	return min(sc.ms[s.s1]-sc.ms[s.s0], sc.mtMass[s.t1]-sc.mtMass[s.t0])
}

// cost is the bead cost of doc.go's "The cost".
func (sc *scorer) cost(s span) float64 {
	a, b := s.s1-s.s0, s.t1-s.t0
	if a == 0 || b == 0 {
		return sc.p.skip*(sc.ns[s.s1]-sc.ns[s.s0]+sc.nt[s.t1]-sc.nt[s.t0]) + sc.bracketCut(s)
	}
	m := sc.match(s)
	return sc.lengthAndPrior(s) - sc.p.matchW*m + sc.unrelatedCost(s, m) + sc.unrelatedMembers(s) + sc.idleMembers(s) + sc.bracketCut(s)
}

// rawConfidence is a bead's first-order confidence in [0,1]: how well its
// lengths agree, and how much of the evidence its sentences carry is
// shared. A bead with nothing to share is judged on length alone, and
// never fully trusted. It is not the bead's Score (that is calibrated, in
// calibrate.go): it chooses the beads the next pass learns from
// (learnMinConfidence) and the regions the refinement looks at again
// (refineBelow).
func (sc *scorer) rawConfidence(s span) float64 {
	a, b := s.s1-s.s0, s.t1-s.t0
	if a == 0 || b == 0 {
		return 0
	}
	ls := sc.cs[s.s1] - sc.cs[s.s0]
	lt := sc.ct[s.t1] - sc.ct[s.t0]
	lp := sc.p.lengthProb(ls, lt)
	mass := (sc.ms[s.s1] - sc.ms[s.s0] + sc.mtMass[s.t1] - sc.mtMass[s.t0]) / 2
	var c float64
	if mass <= 0 {
		c = 0.55 * math.Sqrt(lp)
	} else {
		sim := min(1, sc.match(s)/mass)
		c = 0.35*math.Sqrt(lp) + 0.65*math.Sqrt(sim)
	}
	// Unusual shapes are less certain than 1-1.
	c *= math.Exp(-sc.p.prior[a][b] / 20)
	return max(0, min(1, c))
}

// dp finds the cheapest sequence of beads through band b: the cheapest
// path to cell (i, j), source units before i and target units before j,
// is the least over beadTypes (a, b) of the path to (i-a, j-b) and the
// bead's cost (scorer.cost); row i holds the band's cells lo[i]..hi[i],
// flat. A bead with both sides is costed in two steps, its length and
// shape first, then, only when even its largest match (maxMatch) could
// beat the cell's best so far, its match (matchCell, once a cell for
// every shape) and the costs of a one-language pair (unrelatedCost,
// unrelatedMembers) and of idle members (idleMembers), not bracketCut
// (brackets.go says why); a skip that goes on a run of skips of
// its side pays skipRun of its cost. backtrace reads the path.
func dp(sc *scorer, b band) []span {
	n, m := len(sc.src), len(sc.tgt)
	// Flat storage: row i holds positions lo[i]..hi[i].
	start := make([]int, n+2)
	for i := 0; i <= n; i++ {
		start[i+1] = start[i] + b.hi[i] - b.lo[i] + 1
	}
	cost := make([]float64, start[n+1])
	back := make([]uint8, start[n+1])
	inf := math.Inf(1)
	var cell [maxBead + 1][maxBead + 1]float64
	for i := 0; i <= n; i++ {
		sc.mt.markRow(sc.src, i)
		for j := b.lo[i]; j <= b.hi[i]; j++ {
			k := start[i] + j - b.lo[i]
			if i == 0 && j == 0 {
				cost[k] = 0
				back[k] = 255
				continue
			}
			best, bt := inf, uint8(255)
			cellDone := false
			for t, ty := range beadTypes {
				pi, pj := i-ty.a, j-ty.b
				if pi < 0 || pj < 0 || pj < b.lo[pi] || pj > b.hi[pi] {
					continue
				}
				prev := cost[start[pi]+pj-b.lo[pi]]
				if prev == inf {
					continue
				}
				sp := span{pi, i, pj, j}
				if ty.a > 0 && ty.b > 0 {
					// The match can lower the cost by at most matchW
					// times the smaller side's feature mass: skip
					// the match when even that cannot beat best.
					base := prev + sc.lengthAndPrior(sp)
					if base-sc.p.matchW*sc.maxMatch(sp) >= best {
						continue
					}
					if !cellDone {
						sc.mt.matchCell(sc.tgt, j, &cell)
						cellDone = true
					}
					c := base - sc.p.matchW*cell[ty.a][ty.b] + sc.unrelatedCost(sp, cell[ty.a][ty.b])
					if c < best && sc.p.unrelated != 0 {
						c += sc.unrelatedMembers(sp)
					}
					if c < best && sc.p.idle != 0 {
						c += sc.idleMembers(sp)
					}
					if c < best {
						best, bt = c, uint8(t)
					}
					continue
				}
				c := sc.cost(sp) // a skip: no match, so the row marks survive
				if back[start[pi]+pj-b.lo[pi]] == uint8(t) {
					c *= sc.p.skipRun // the run goes on (see skipRunShare)
				}
				c += prev
				if c < best {
					best, bt = c, uint8(t)
				}
			}
			cost[k] = best
			back[k] = bt
		}
	}
	return backtrace(back, start, b, n, m)
}

// backtrace reads dp's path back from (n, m) to (0, 0): back holds the
// index in beadTypes of each cell's best last bead (255: none), cell
// (i, j) at start[i]+j-b.lo[i].
func backtrace(back []uint8, start []int, b band, n, m int) []span {
	var path []span
	i, j := n, m
	for i > 0 || j > 0 {
		bt := back[start[i]+j-b.lo[i]]
		if bt == 255 {
			// Unreachable end: cannot happen with a connected band; fall
			// back to skipping what is left.
			for ; i > 0; i-- {
				path = append(path, span{i - 1, i, j, j})
			}
			for ; j > 0; j-- {
				path = append(path, span{0, 0, j - 1, j})
			}
			break
		}
		ty := beadTypes[bt]
		path = append(path, span{i - ty.a, i, j - ty.b, j})
		i, j = i-ty.a, j-ty.b
	}
	slices.Reverse(path)
	return path
}

const (
	// fullLimit is the largest search space (cells) searched in full;
	// beyond it the search goes coarse-to-fine. 400k cells cost about
	// 5M bead evaluations, a few tens of milliseconds.
	fullLimit = 400_000
	// coarsen is how many units the coarse level merges into one block.
	coarsen = 4
	// widen is how many positions the band extends around the path
	// projected from the coarse level, in each direction: a block's
	// boundary can be off by up to coarsen-1 units, plus slack for
	// beads of up to maxBead.
	widen = coarsen + maxBead
)

// search aligns two unit sequences: in full when small, else by aligning
// blocks of coarsen units first and searching a band around that path.
// Its time and memory are linear in n+m for documents of similar length.
func search(p *params, src, tgt []unit, w []float32) ([]span, *scorer) {
	n, m := len(src), len(tgt)
	var b band
	if (n+1)*(m+1) <= fullLimit || n <= 1 || m <= 1 {
		b = fullBand(n, m)
	} else {
		cs, ct := blocks(src, coarsen, w), blocks(tgt, coarsen, w)
		cp, _ := search(p.coarse(), cs, ct, w)
		b = project(cp, coarsen, n, m)
	}
	mt := p.mt
	if mt == nil || len(mt.slots) != len(w) {
		mt = newMatcher(w)
	}
	sc := newScorer(p, src, tgt, mt)
	path := dp(sc, b)
	for round, grow := 0, widen; round < maxRegrow; round, grow = round+1, grow*2 {
		nb, touched := b.regrow(path, grow)
		if !touched || nb.cells() > maxCells(n, m) {
			break
		}
		b = nb
		path = dp(sc, b)
	}
	return path, sc
}

// maxCells bounds the band's growth: a band never holds more than
// bandCap cells per unit of the longer side, so time and memory stay
// linear however the search wanders.
func maxCells(n, m int) int {
	return min((n+1)*(m+1), bandCap*(max(n, m)+1))
}

// bandCap is the widest band on average, in cells per row: ten times
// what a well-projected band needs.
const bandCap = 400

// regrow widens the band by grow positions on each side around every row
// where the path comes within edgeMargin of the band's edge (when that
// edge is not the document's). Such a path was pushed there by the costs:
// the best alignment may lie beyond, as when the coarse level drifted.
func (b band) regrow(path []span, grow int) (band, bool) {
	n := len(b.lo) - 1
	m := b.hi[n]
	lo := slices.Clone(b.lo)
	hi := slices.Clone(b.hi)
	touched := false
	for _, s := range path {
		i, j := s.s1, s.t1
		if b.lo[i] > 0 && j-b.lo[i] < edgeMargin {
			touched = true
			for k := max(0, i-grow); k <= min(n, i+grow); k++ {
				lo[k] = max(0, min(lo[k], b.lo[i]-grow))
			}
		}
		if b.hi[i] < m && b.hi[i]-j < edgeMargin {
			touched = true
			for k := max(0, i-grow); k <= min(n, i+grow); k++ {
				hi[k] = min(m, max(hi[k], b.hi[i]+grow))
			}
		}
	}
	for i := 1; i <= n; i++ {
		lo[i] = max(lo[i], lo[i-1])
	}
	for i := n - 1; i >= 0; i-- {
		hi[i] = min(hi[i], hi[i+1])
	}
	return band{lo: lo, hi: hi}, touched
}

// maxRegrow is the most times the band grows: enough to recover a
// coarse path off by 8+16+32+64 units, and a bound on the time when the
// costs pull the path far off (repeated text, where every copy looks the
// same).
const maxRegrow = 4

// edgeMargin is how close to the band's edge a path may come before the
// band grows there.
const edgeMargin = 2

// blocks merges runs of k units: lengths add, features unite, and a
// block keeps the maxBlockFeatures heaviest of its features (weights w).
func blocks(us []unit, k int, w []float32) []unit {
	out := make([]unit, 0, (len(us)+k-1)/k)
	var keys []uint64
	for i := 0; i < len(us); i += k {
		u := merge(us[i:min(i+k, len(us))])
		if len(u.feats) > maxBlockFeatures {
			// Heaviest first, the lower ID first among equals: a
			// weight (>= 0) orders as its bits, so the complement of
			// its bits above the ID sorts as one number: blocks takes
			// half the time it took with a comparison function
			// (BenchmarkBlocks).
			keys = keys[:0]
			for _, f := range u.feats {
				keys = append(keys, uint64(^math.Float32bits(w[f]))<<32|uint64(f))
			}
			slices.Sort(keys)
			for j := range maxBlockFeatures {
				u.feats[j] = uint32(keys[j])
			}
			u.feats = u.feats[:maxBlockFeatures]
			slices.Sort(u.feats)
		}
		out = append(out, u)
	}
	return out
}

// maxBlockFeatures is the most features a block of the coarse levels
// keeps, the heaviest, as a sentence keeps maxFeatures. The coarse path
// only places the band the next level searches (widened, and regrown
// where the path meets its edge), the rarest anchors place it, and the
// coarse levels' time is proportional to their blocks' features: the
// union of 64 sentences (the coarsest level of a long document) holds
// hundreds. Bible x5 en-zh (25,000 x 31,505 sentences) with the built-in
// Chinese dictionary held 360-510 features a block at its coarsest
// level (150 without the dictionary), half of the alignment's time; with
// 32 the time fell by a third (25.1 -> 16.5 s cpu), and the output, with
// and without the dictionary, is byte for byte the same as uncapped (as
// at 64).
const maxBlockFeatures = maxFeatures

func merge(us []unit) unit {
	var u unit
	for _, x := range us {
		u.skip += x.skip
		u.chars += x.chars
		u.mass += x.mass
		u.feats = append(u.feats, x.feats...)
	}
	slices.Sort(u.feats)
	u.feats = slices.Compact(u.feats)
	return u
}

// project turns a path over blocks of k units into a band over units: each
// coarse bead's rectangle, widened by widen positions on every side.
func project(path []span, k, n, m int) band {
	b := band{lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := range b.lo {
		b.lo[i] = m
		b.hi[i] = 0
	}
	for _, s := range path {
		i0, i1 := min(s.s0*k, n), min(s.s1*k, n)
		j0, j1 := min(s.t0*k, m), min(s.t1*k, m)
		for i := i0; i <= i1; i++ {
			b.lo[i] = min(b.lo[i], j0)
			b.hi[i] = max(b.hi[i], j1)
		}
	}
	lo := make([]int, n+1)
	hi := make([]int, n+1)
	for i := range lo {
		lo[i] = max(0, b.lo[max(0, i-widen)]-widen)
		hi[i] = min(m, b.hi[min(n, i+widen)]+widen)
	}
	lo[0] = 0
	hi[n] = m
	// Keep both edges non-decreasing.
	for i := 1; i <= n; i++ {
		lo[i] = max(lo[i], lo[i-1])
		hi[i] = max(hi[i], hi[i-1])
	}
	return band{lo: lo, hi: hi}
}
