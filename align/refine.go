package align

import (
	"math"
	"slices"
)

// The second look (doc.go, "Refinement"): the search's evidence is a bag of
// features, each a yes-or-no link between two sentences, and a learned
// translation only counts when both directions of Model 1 give it
// model1MinProb. Where the search is unsure, that throws away most of what
// Model 1 knows: which of two neighbouring sentences a word's translation
// is in. So, as in Moore (2002), the regions around uncertain beads are
// aligned again with Model 1's probabilities themselves.
//
// A bead's translation evidence there is the log-likelihood ratio of its
// words under Model 1 against their frequency in the document, in both
// directions, each target word t of the bead scoring
//
//	ln(1 + p(t|S) / (m1Background · u(t)))
//
// where p(t|S) = (p(t|NULL) + Σ p(t|s)) / (|S| + 1) over the source words
// s of the bead (IBM Model 1) and u(t) is t's share of the target
// document's words; the same for the source words given the target. A
// word never lowers a bead's evidence (the 1 +: Model 1 trained on one
// document misses most translations), but a bead that joins a sentence
// to the wrong neighbour dilutes p(t|S) for every word: the split that
// puts each translation with its source wins.

// m1Model is Model 1 in both directions over the learned vocabularies,
// as lists: fwd[s] holds the target words t with p(t|s) and those
// probabilities, nullT[t] is p(t|NULL); bwd and nullS the other way.
type m1Model struct {
	sv, tv     *vocab
	fwd, bwd   [][]wordProb
	nullT      []float32
	nullS      []float32
	maxS, maxT int // vocabulary sizes
	trained    int // how many sentence pairs it was trained on
	// seg is how each side's sentences were cut into words (nil: by
	// wordStems), set by the aligner that trained the model.
	seg [2]*hanCutter
}

// wordProb is one entry of a Model 1 table.
type wordProb struct {
	w int32
	p float32
}

// newM1Tables turns model1's tables into lists, as it returns them: fp[id]
// is p(y|x) of the pair fkeys[id] = pairKey(x, y), bp the other way. A
// probability of at most m1MinTable (or NaN) is left out.
func newM1Tables(sv, tv *vocab, fkeys []uint64, fp []float64, bkeys []uint64, bp []float64) *m1Model {
	m := &m1Model{sv: sv, tv: tv, maxS: len(sv.words), maxT: len(tv.words)}
	m.fwd, m.nullT = idLists(fkeys, fp, m.maxS, m.maxT)
	m.bwd, m.nullS = idLists(bkeys, bp, m.maxT, m.maxS)
	return m
}

// m1MinTable is the least probability (excluded) that Model 1's lists keep.
const m1MinTable = 0.01

// idLists returns, for each x under nx, the pairs (y, p(y|x)) of keys[id]
// with probability prob[id] over m1MinTable, and the empty word's p(y)
// for each y under ny.
func idLists(keys []uint64, prob []float64, nx, ny int) ([][]wordProb, []float32) {
	n := make([]int32, nx)
	kept := 0
	for id, p := range prob {
		if x := pairX(keys[id]); x >= 0 && p > m1MinTable {
			n[x]++
			kept++
		}
	}
	// One backing array for every list.
	all := make([]wordProb, 0, kept)
	lists := make([][]wordProb, nx)
	for x, c := range n {
		if c > 0 {
			lists[x] = all[len(all) : len(all) : len(all)+int(c)]
			all = all[:len(all)+int(c)]
		}
	}
	null := make([]float32, ny)
	for id, p := range prob {
		if !(p > m1MinTable) { // NaN too
			continue
		}
		x, y := pairX(keys[id]), int32(uint32(keys[id]))
		if x < 0 {
			null[y] = float32(p)
			continue
		}
		lists[x] = append(lists[x], wordProb{y, float32(p)})
	}
	return lists, null
}

const (
	// m1Background scales the document frequency a word's translation
	// probability is compared with (see above).
	m1Background = 4.0
	// refineWeight converts the evidence (nats, both directions averaged)
	// into the units of the bead cost. Development sets, strict F1 at 0 /
	// 0.25 / 0.5 / 1 when it was chosen: Text+Berg 0.914 / 0.919 / 0.919 /
	// 0.919, MAC zh-en 0.786 / 0.790 / 0.767 / 0.748, Bible en-zh 0.976 /
	// 0.986 / 0.989 / 0.990. Since the refinement got its own shapes and
	// per-sentence support (aligntb, aligntb2), Model 1 over words is
	// worth twice that: at 0.25 / 0.5 / 0.6, Text+Berg dev 0.929 / 0.933
	// / 0.933 whole and in documents of about 40 sentences 0.911 / 0.926
	// / 0.923, each half of its gold at least as good at every size
	// (aligntb4; dtm 0.989 / 0.989 / 0.987). Weakening Model 1 in small
	// documents instead (the weight times N/(N+N0) for N training pairs,
	// or p(t|s) shrunk by c(s)/(c(s)+α)) only lost.
	refineWeight = 0.5
	// refineWeightWeak is refineWeight for a Model 1 that knows less:
	// one learned from fewer than refineMinPairs sentence pairs (a news
	// article: news dev de-fr edited without marks 0.947 at 0.25, 0.943
	// at 0.5, more weight gluing inserted sentences to a neighbour, as
	// a word never lowers a bead's evidence), or over single Han
	// characters, which is noisy (MAC zh-en 0.807 at 0.25, 0.796 at 0.5:
	// more weight moves the second English sentence of a 1-2 to the next
	// bead; with a dictionary cutting Chinese into words, cedict.go, not
	// measured).
	refineWeightWeak = 0.25
	// refineMinPairs: see refineWeightWeak. Text+Berg dev in documents
	// of about 40 sentences, most of which learn from 20 to 30 pairs:
	// 0.926 at 20, 0.911 at 30.
	refineMinPairs = 20
	// refineBelow: a bead whose first-order confidence is under it, or
	// whose sides differ in size (an unmatched sentence, a 1-2), or a
	// many-many bead of a pair in one language, opens a region to align
	// again with its neighbours.
	refineBelow = 0.6
	// refineMaxUnits caps a region's units on each side: the region's
	// search is quadratic.
	refineMaxUnits = 40
)

// sentWords holds each sentence's word ids in a vocabulary (words Model 1
// has not learned left out) and each id's share of the document's words.
type sentWords struct {
	ids [][]int32
	u   []float64 // by word id: its share of the side's words (0: none)
}

// newSentWords reads the n sentences' stems from each (i, f): f called
// with each stem of sentence i and its wordInfo, in order.
func newSentWords(n int, v *vocab, each func(int, func(string, *wordInfo))) sentWords {
	sw := sentWords{ids: make([][]int32, n)}
	counts := make([]int, len(v.words))
	total := 0
	for i := range n {
		each(i, func(w string, wi *wordInfo) {
			id := wi.vocabID(v, w)
			if id < 0 {
				return
			}
			sw.ids[i] = append(sw.ids[i], id)
			counts[id]++
			total++
		})
	}
	sw.u = make([]float64, len(counts))
	for id, c := range counts {
		if c > 0 {
			sw.u[id] = float64(c) / float64(total)
		}
	}
	return sw
}

// refiner aligns the uncertain regions of a path again.
type refiner struct {
	m          *m1Model
	sw, tw     sentWords
	accS, accT []float64 // scratch sums by word id (see sums)
	touched    []int32
	// weight is refineWeight or refineWeightWeak.
	weight float64
}

// The words' keys come from wc (may be nil).
func newRefiner(m *m1Model, src, tgt []string, wc *wordCache) *refiner {
	if m == nil {
		return nil
	}
	return newRefinerStems(m, src, tgt, [2]*stemMemo{newStemMemo(m.seg[0], src, wc, false), newStemMemo(m.seg[1], tgt, wc, false)})
}

// newRefinerStems is newRefiner with the sentences' stems read from
// memo, whose cutters are m.seg.
func newRefinerStems(m *m1Model, src, tgt []string, memo [2]*stemMemo) *refiner {
	w := refineWeight
	if m.trained < refineMinPairs || hanScript(src) || hanScript(tgt) {
		w = refineWeightWeak
	}
	return &refiner{m: m, weight: w, sw: newSentWords(len(src), m.sv, memo[0].each), tw: newSentWords(len(tgt), m.tv, memo[1].each)}
}

// refine returns path with its uncertain regions aligned again. The units
// of sc are sentences s0+i of the source and t0+j of the target.
func (r *refiner) refine(sc *scorer, path []span, s0, t0 int) []span {
	if r == nil || len(path) < 2 {
		return path
	}
	unsure := make([]bool, len(path))
	for k, sp := range path {
		a, b := sp.s1-sp.s0, sp.t1-sp.t0
		// In a monolingual pair (unrelated set) every many-many bead is
		// searched again: there words tell a 2-2 from two 1-1 pairs that
		// share a name across the cut (crossGain), and two versions'
		// sentences rarely regroup (seed en-en2 without marks: 0.893 ->
		// 1; every bilingual set as before; for all pairs, Text+Berg
		// dev fell 0.933 -> 0.929).
		unsure[k] = a == 0 || b == 0 || a != b || a > 1 && sc.p.unrelated != 0 || sc.rawConfidence(sp) < refineBelow
	}
	var out []span
	for k := 0; k < len(path); {
		if !unsure[k] {
			out = append(out, path[k])
			k++
			continue
		}
		// A region: the unsure run with one bead either side.
		lo, hi := k, k+1
		for hi < len(path) && unsure[hi] {
			hi++
		}
		// The bead before is the last one out: the previous region's
		// search may have moved its start, so the region opens there.
		var before []span
		if lo > 0 && len(out) > 0 {
			before = out[len(out)-1:]
			out = out[:len(out)-1]
		}
		if hi < len(path) {
			hi++
		}
		reg := span{path[lo].s0, path[hi-1].s1, path[lo].t0, path[hi-1].t1}
		if len(before) > 0 {
			reg.s0, reg.t0 = before[0].s0, before[0].t0
		}
		if reg.s1-reg.s0 > refineMaxUnits || reg.t1-reg.t0 > refineMaxUnits {
			out = append(append(out, before...), path[lo:hi]...)
		} else {
			out = append(out, r.region(sc, reg, s0, t0)...)
		}
		k = hi
	}
	return out
}

// region searches the sentences of reg in full with the bead cost less the
// Model 1 evidence.
func (r *refiner) region(sc *scorer, reg span, s0, t0 int) []span {
	w := r.regionWords(reg, s0, t0)
	ub := w.bounds()
	n, m := reg.s1-reg.s0, reg.t1-reg.t0
	inf := math.Inf(1)
	cost := make([]float64, (n+1)*(m+1))
	back := make([]int8, (n+1)*(m+1))
	for x := range cost {
		cost[x], back[x] = inf, -1
	}
	cost[0] = 0
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if i == 0 && j == 0 {
				continue
			}
			for t, ty := range refineTypes {
				pi, pj := i-ty.a, j-ty.b
				if pi < 0 || pj < 0 || cost[pi*(m+1)+pj] == inf {
					continue
				}
				sp := span{reg.s0 + pi, reg.s0 + i, reg.t0 + pj, reg.t0 + j}
				bc := sc.cost(sp)
				if (ty.a == 0 || ty.b == 0) && back[pi*(m+1)+pj] == int8(t) {
					bc *= sc.p.skipRun // a run of skips, as in dp
				}
				c := cost[pi*(m+1)+pj] + bc
				if ty.a > 0 && ty.b > 0 {
					// The evidence is at most the bound's: skip it
					// when even that cannot beat the best.
					if c-r.weight*(ub[0][i]-ub[0][pi]+ub[1][j]-ub[1][pj])/2 >= cost[i*(m+1)+j] {
						continue
					}
					c -= r.weight * w.evidence(pi, i, pj, j)
					if c < cost[i*(m+1)+j] {
						c += sc.supportPenalty(sp, w.evidence, reg.s0, reg.t0)
					}
				}
				if c < cost[i*(m+1)+j] {
					cost[i*(m+1)+j], back[i*(m+1)+j] = c, int8(t)
				}
			}
		}
	}
	var out []span
	for i, j := n, m; i > 0 || j > 0; {
		ty := refineTypes[back[i*(m+1)+j]]
		out = append(out, span{reg.s0 + i - ty.a, reg.s0 + i, reg.t0 + j - ty.b, reg.t0 + j})
		i, j = i-ty.a, j-ty.b
	}
	slices.Reverse(out)
	return out
}

// regionWords is what the evidence of a bead in a region is computed
// from; i counts the region's source units, j its target units.
type regionWords struct {
	// fw[i][j][k]: Σ p(t|s) over the words s of source unit i, for the
	// k-th word t of target unit j; bw[j][i][k] the same the other way.
	fw, bw [][][]float64
	// sn[i][k], sinv[i][k]: p(w|NULL) and 1/(m1Background·u(w)) for the
	// k-th word w of source unit i; tn, tinv the same for the target.
	sn, sinv, tn, tinv [][]float64
}

func (r *refiner) regionWords(reg span, s0, t0 int) *regionWords {
	src := r.sw.ids[s0+reg.s0 : s0+reg.s1]
	tgt := r.tw.ids[t0+reg.t0 : t0+reg.t1]
	w := &regionWords{
		fw: r.sums(src, tgt, r.m.fwd, r.scratch(&r.accT, r.m.maxT)),
		bw: r.sums(tgt, src, r.m.bwd, r.scratch(&r.accS, r.m.maxS)),
	}
	w.tn, w.tinv = make([][]float64, len(tgt)), make([][]float64, len(tgt))
	for j := range tgt {
		w.tn[j], w.tinv[j] = r.wordTerms(r.tw, r.m.nullT, t0+reg.t0+j)
	}
	w.sn, w.sinv = make([][]float64, len(src)), make([][]float64, len(src))
	for i := range src {
		w.sn[i], w.sinv[i] = r.wordTerms(r.sw, r.m.nullS, s0+reg.s0+i)
	}
	return w
}

// sums returns out[a][b][k]: the sum of table[x]'s probabilities over the
// words x of unit a of from, for the k-th word of unit b of to. acc, sums
// by word id, is all zeros and is left so.
func (r *refiner) sums(from, to [][]int32, table [][]wordProb, acc []float64) [][][]float64 {
	out := make([][][]float64, len(from))
	for a, xs := range from {
		out[a] = make([][]float64, len(to))
		touched := r.touched[:0]
		for _, x := range xs {
			for _, e := range table[x] {
				if acc[e.w] == 0 {
					touched = append(touched, e.w)
				}
				acc[e.w] += float64(e.p)
			}
		}
		for b, ys := range to {
			f := make([]float64, len(ys))
			for k, y := range ys {
				f[k] = acc[y]
			}
			out[a][b] = f
		}
		for _, y := range touched {
			acc[y] = 0
		}
		r.touched = touched
	}
	return out
}

// evidence is the translation evidence of the bead of source units i0..i1
// and target units j0..j1: both directions' log-likelihood ratios (see
// the top of the file), averaged.
func (w *regionWords) evidence(i0, i1, j0, j1 int) float64 {
	ns, nt := 0, 0
	for i := i0; i < i1; i++ {
		ns += len(w.sn[i])
	}
	for j := j0; j < j1; j++ {
		nt += len(w.tn[j])
	}
	zs, zt := 1/float64(ns+1), 1/float64(nt+1)
	e := sideEvidence(0, w.tn, w.tinv, w.fw, j0, j1, i0, i1, zs)
	e = sideEvidence(e, w.sn, w.sinv, w.bw, i0, i1, j0, j1, zt)
	return e / 2
}

// sideEvidence adds to e, for each word k of the units o0..o1 of one side,
// ln(1 + (null[o][k] + Σ cross[x][o][k]) · z · inv[o][k]), the sum over the
// other side's units x0..x1; z is 1/(the other side's words + 1).
func sideEvidence(e float64, null, inv [][]float64, cross [][][]float64, o0, o1, x0, x1 int, z float64) float64 {
	for o := o0; o < o1; o++ {
		for k := range null[o] {
			p := null[o][k]
			for x := x0; x < x1; x++ {
				p += cross[x][o][k]
			}
			e += math.Log1p(p * z * inv[o][k])
		}
	}
	return e
}

// bounds returns ub[0][i] (ub[1][j]): prefix sums of a bound on each
// source (target) unit's words' evidence in any bead: their translation
// probabilities summed over the whole region, divided by the shortest
// possible other side — a bead has at least the words of the region's
// shortest unit on each side.
func (w *regionWords) bounds() [2][]float64 {
	n, m := len(w.sn), len(w.tn)
	minS, minT := math.MaxInt, math.MaxInt
	for i := range n {
		minS = min(minS, len(w.sn[i]))
	}
	for j := range m {
		minT = min(minT, len(w.tn[j]))
	}
	zs, zt := 1/float64(minS+1), 1/float64(minT+1)
	ub := [2][]float64{make([]float64, n+1), make([]float64, m+1)}
	for i := range n {
		ub[0][i+1] = ub[0][i] + sideEvidence(0, w.sn, w.sinv, w.bw, i, i+1, 0, m, zt)
	}
	for j := range m {
		ub[1][j+1] = ub[1][j] + sideEvidence(0, w.tn, w.tinv, w.fw, j, j+1, 0, n, zs)
	}
	return ub
}

// wordTerms returns, for each word of sentence k of one side, p(w|NULL)
// (null, indexed by word id) and 1/(m1Background·u(w)).
func (r *refiner) wordTerms(sw sentWords, null []float32, k int) (pn, inv []float64) {
	ids := sw.ids[k]
	pn, inv = make([]float64, len(ids)), make([]float64, len(ids))
	for x, w := range ids {
		pn[x] = float64(null[w])
		inv[x] = 1 / (m1Background * sw.u[w])
	}
	return pn, inv
}

// scratch returns *buf, allocated to n zeros the first time.
func (r *refiner) scratch(buf *[]float64, n int) []float64 {
	if len(*buf) < n {
		*buf = make([]float64, n)
	}
	return *buf
}

// refineTypes are the bead shapes the refinement's region search
// considers: the search's, and 3-3, 2-4, 4-2, 1-5 and 5-1, which the
// first search leaves out (they are rare, and cost a whole document's
// search a fifth more time) but which the gold of Text+Berg dev holds
// (2 beads 3-3 and 2 beads 1-5 of 383: a long period re-cut into three
// sentences, a list set as one sentence a line). Only a region around an
// uncertain bead can take them, at a shape cost extrapolating the
// search's (two per sentence beyond 1-1, and 2-2's extra half).
var refineTypes = append(append([]beadType(nil), beadTypes...),
	beadType{3, 3}, beadType{2, 4}, beadType{4, 2}, beadType{1, 5}, beadType{5, 1})

// refineMaxBead is the largest number of units on one side of a bead of
// the refinement (params.prior's size).
const refineMaxBead = 5

// The shape costs of the refinement's own shapes (see params.prior).
// Text+Berg dev, strict F1 with 3-3 and 2-4 at 6 / 7.5 / 9.5: 0.924 /
// 0.926 / 0.927; MAC 0.800 / 0.805 / 0.799.
const (
	refine33Prior = 7.5
	refine24Prior = 7.5
	refine15Prior = 8.0
)

// fitShapeCost is the part of bead s's shape cost that altMargin leaves
// out of a merged alternative: the shape cost of a shape the search does
// not consider. Before the refinement had shapes of its own, their costs
// were 0, and the score model was fitted on margins computed so (a merge
// into 3-3 or 2-4 priced at its length and match alone); the margins stay
// as fitted.
func fitShapeCost(p *params, s span) float64 {
	a, b := s.s1-s.s0, s.t1-s.t0
	for _, ty := range beadTypes {
		if ty.a == a && ty.b == b {
			return 0
		}
	}
	return p.prior[a][b]
}
