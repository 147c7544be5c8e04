package align

import (
	"slices"
	"sort"
)

// anchorRatio estimates the character ratio of a document pair from its
// anchors instead of the documents' totals: the features (fs, ft: each
// sentence's, weights w) found in exactly one sentence of each side pair
// those two sentences; the longest chain of such pairs in order on both
// sides keeps the true ones; and the ratio is that of the stretches
// between consecutive anchors of the chain that are short on both sides
// (text that was translated, not a passage one side lacks). It returns 0
// when fewer than anchorMinSteps stretches qualify.
//
// The documents' totals give the ratio of a complete translation; a
// target that translates half the source looks like a language whose
// sentences are half as long, and every bead's length cost is off (a
// third of the seed article's French against the whole English: strict
// F1 0.20).
func anchorRatio(fs, ft [][]uint32, w []float32, cs, ct []float64) float64 {
	// Too few features found once on each side (the seed's Persian and
	// Arabic): those found at most twice, every pairing of their
	// sentences, for the chain to choose from; then those found once on
	// one side and up to anchorRepeat times on the other (a text pasted
	// several times, a translation of one copy).
	for _, max := range [][2]int{{1, 1}, {2, 2}, {anchorRepeat, 1}, {1, anchorRepeat}} {
		if r := anchorRatioDF(fs, ft, w, cs, ct, max[0], max[1]); r > 0 {
			return r
		}
	}
	return 0
}

// anchorRepeat is the most sentences of one side a feature found in one
// sentence of the other may be found in for anchorRatio's last resort.
const anchorRepeat = 12

// anchorRatioDF is anchorRatio with the features found in at most maxS
// source and maxT target sentences.
func anchorRatioDF(fs, ft [][]uint32, w []float32, cs, ct []float64, maxS, maxT int) float64 {
	chain := anchorChain(fs, ft, w, maxS, maxT)
	if len(chain) == 0 {
		return 0
	}
	var sx, sy float64
	steps := 0
	for k := 1; k < len(chain); k++ {
		a, b := chain[k-1], chain[k]
		di, dj := b[0]-a[0], b[1]-a[1]
		if di > anchorMaxGap || dj > anchorMaxGap || max(di, dj) > 2*min(di, dj)+1 {
			continue
		}
		// The stretch from anchor a up to (not including) anchor b.
		sx += cs[b[0]] - cs[a[0]]
		sy += ct[b[1]] - ct[a[1]]
		steps++
	}
	if steps < anchorMinSteps || sx == 0 || sy == 0 {
		return 0
	}
	return sy / sx
}

const (
	// anchorMaxGap is the most sentences on either side between two
	// consecutive anchors whose stretch anchorRatio counts. At 3, and
	// with at most one sentence more on one side, MAC's second document
	// (253 Chinese, 420 English sentences: many 1-2 beads) had too few
	// stretches, and MAC's partial cases lost 0.1-0.4 strict F1.
	anchorMaxGap = 4
	// anchorMinSteps is the fewest such stretches anchorRatio trusts.
	anchorMinSteps = 3
)

// partialRatio is how far the anchors' ratio must be from the documents'
// (a factor, either way) for the pair to count as a partial translation.
const partialRatio = 1.3

const (
	// partialSkipRun and partialSkip are the skip-run share (see
	// skipRunShare) and the share of the skip cost of a partial pair.
	// A version that keeps every other paragraph, or a third of them,
	// leaves a passage unmatched every few sentences: at the full skip
	// cost and a run share of 0.25 the search glued the first sentences
	// of a dropped passage to the bead before it, and paired the rest
	// with the next kept one (MAC every other block of 6 beads 0.585,
	// dtm 0.831 strict F1). At 0.1 and 0.75: 0.716 and 0.887; at 0.5
	// of the skip cost more, but a fifth of MAC's pairs scored 0.8 or
	// more were wrong.
	partialSkipRun = 0.1
	partialSkip    = 0.75
	// partialMinSim and partialCap: in a partial pair, a bead whose
	// sentences share less than partialMinSim of their features'
	// weight scores at most partialCap. The score model trusts lengths
	// that agree (whole development documents, where the path's place
	// is sure); where passages are missing, two unrelated sentences of
	// similar length pair as well (MAC's cut versions: 6 wrong and no
	// right pair at 0.8 or more below 0.1 of shared weight).
	partialMinSim = 0.1
	partialCap    = 0.75
)

// anchorChain returns the longest chain, strictly increasing on both
// sides, of the sentence pairs that share a feature (weights w) found in
// at most maxS source sentences (fs) and maxT target sentences (ft), or
// nil when there are fewer than anchorMinSteps such pairs.
func anchorChain(fs, ft [][]uint32, w []float32, maxS, maxT int) [][2]int32 {
	src := occLists(fs, w, maxS, nil)
	tgt := occLists(ft, w, maxT, func(x uint32) bool { n := src.n(x); return n > 0 && n <= maxS })
	var pairs [][2]int32
	for x := range w {
		t := tgt.of(uint32(x))
		if len(t) == 0 || len(t) > maxT {
			continue
		}
		for _, i := range src.of(uint32(x)) {
			for _, j := range t {
				pairs = append(pairs, [2]int32{i, j})
			}
		}
	}
	return chainOf(pairs)
}

// chainOf is anchorChain's chain of pairs (in any order), nil when there
// are fewer than anchorMinSteps pairs.
func chainOf(pairs [][2]int32) [][2]int32 {
	if len(pairs) < anchorMinSteps {
		return nil
	}
	// Longest chain strictly increasing on both sides: by source, then
	// target descending, so that one source sentence contributes once.
	slices.SortFunc(pairs, func(a, b [2]int32) int {
		if a[0] != b[0] {
			return int(a[0] - b[0])
		}
		return int(b[1] - a[1])
	})
	pairs = slices.Compact(pairs)
	tails := []int{} // tails[k]: index in pairs of the chain of length k+1 ending lowest
	prev := make([]int, len(pairs))
	for k, p := range pairs {
		l := sort.Search(len(tails), func(m int) bool { return pairs[tails[m]][1] >= p[1] })
		prev[k] = -1
		if l > 0 {
			prev[k] = tails[l-1]
		}
		if l == len(tails) {
			tails = append(tails, k)
		} else {
			tails[l] = k
		}
	}
	if len(tails) == 0 {
		return nil
	}
	var chain [][2]int32
	for k := tails[len(tails)-1]; k >= 0; k = prev[k] {
		chain = append(chain, pairs[k])
	}
	slices.Reverse(chain)
	return chain
}

// paraAnchorRatio is anchorRatio by the paragraphs ps, pt of each side
// (each paragraph's sentences; or each sentence alone, for documents
// that do not mark paragraphs; cs, ct: the prefix sums of the
// sentences' characters): the ratio of the paragraphs that hold the
// anchors (features found once on each side, the longest in-order
// chain; a paragraph pair once), 0 when fewer than paraAnchorMin pairs
// do. A version that keeps every other paragraph of short ones (the
// seed's one or two sentences) has no stretch between anchors that
// spans no dropped paragraph, and anchorRatio reads the documents'
// ratio; translators keep paragraphs, so those that hold the same anchor
// are each other's translation, and a sentence holding an anchor is one
// as often as not.
func paraAnchorRatio(fs, ft [][]uint32, w []float32, ps, pt []Span, cs, ct []float64) float64 {
	paraOf := func(sp []Span, n int) []int32 {
		out := make([]int32, n)
		for k, p := range sp {
			for i := p.Start; i < p.End; i++ {
				out[i] = int32(k)
			}
		}
		return out
	}
	ofS, ofT := paraOf(ps, len(fs)), paraOf(pt, len(ft))
	var sx, sy float64
	n := 0
	lastS, lastT := int32(-1), int32(-1)
	for _, c := range anchorChain(fs, ft, w, 1, 1) {
		a, b := ofS[c[0]], ofT[c[1]]
		if a <= lastS || b <= lastT {
			continue
		}
		lastS, lastT = a, b
		n++
		sx += cs[ps[a].End] - cs[ps[a].Start]
		sy += ct[pt[b].End] - ct[pt[b].Start]
	}
	if n < paraAnchorMin || sx == 0 || sy == 0 {
		return 0
	}
	return sy / sx
}

const (
	// paraAnchorMin is the fewest paragraph pairs paraAnchorRatio
	// trusts, and paraPartialRatio how far its ratio must be from the
	// documents' for the pair to count as partial (partialRatio for
	// anchorRatio). Paragraphs need not pair one to one, and the seed's
	// Persian and Arabic have three or four anchors, one of them
	// wrong: on the whole seed versions the paragraphs' ratio is within
	// 1.42x of the documents' (en-en2, en-ar 1.30), on the versions that
	// keep every other or every third paragraph 2.1x to 4.7x away.
	paraAnchorMin    = 4
	paraPartialRatio = 1.8
	// paraCountRatio: the side the paragraphs' ratio says is cut must
	// have this many times fewer paragraphs (or sentences) than the
	// other; paraAnchorRatio runs only then. An edited
	// news version with as many paragraphs (one joined, one added) and
	// a learned word or two as anchors in the wrong paragraph read 2x
	// off in a batch (news dev de-fr edited marks, sz.151542: 0.864 ->
	// 0.469 strict F1 without this check).
	paraCountRatio = 1.5
)

// paraRatio is paraAnchorRatio's ratio of the document pair when it
// marks the pair partial, else 0 (ratio: the documents'). It reads the
// paragraphs when both documents mark them, else the sentences, and
// only when one side has paraCountRatio times fewer.
func (a *aligner) paraRatio(fs, ft [][]uint32, w []float32, cs, ct []float64, ratio float64) float64 {
	marks := a.src.Paragraphs != nil && a.tgt.Paragraphs != nil
	count := func(d Document) int {
		if !marks {
			return len(d.Sentences)
		}
		n := 0
		for i, p := range d.Paragraphs {
			if i == 0 || p != d.Paragraphs[i-1] {
				n++
			}
		}
		return n
	}
	ns, nt := count(a.src), count(a.tgt)
	if ns == 0 || nt == 0 {
		return 0
	}
	// The paragraphs' ratio says a side lacks paragraphs only when that
	// side has fewer of them by as much.
	np := float64(nt) / float64(ns)
	if np >= 1/paraCountRatio && np <= paraCountRatio {
		return 0
	}
	spans := func(d Document) []Span {
		if marks {
			return paragraphSpans(d)
		}
		out := make([]Span, len(d.Sentences))
		for i := range out {
			out[i] = Span{i, i + 1}
		}
		return out
	}
	r := paraAnchorRatio(fs, ft, w, spans(a.src), spans(a.tgt), cs, ct)
	if r > 0 && (r/ratio > paraPartialRatio && np < 1 || ratio/r > paraPartialRatio && np > 1) {
		return r
	}
	return 0
}

// featOcc lists, for each feature id under len(w), the sentences that
// hold it (occLists), in one array: the sentences of x are
// occ[start[x]:start[x+1]].
type featOcc struct {
	start []int32
	occ   []int32
}

// n is the number of sentences listed for x.
func (o featOcc) n(x uint32) int { return int(o.start[x+1] - o.start[x]) }

// of lists the sentences of x, in order.
func (o featOcc) of(x uint32) []int32 { return o.occ[o.start[x]:o.start[x+1]] }

// occLists returns the sentences of lists that hold each feature of
// positive weight (w) that keep (nil: every one) keeps, in order, at most
// the first maxDF+1 of them: anchorChain's features found in at most
// maxDF sentences, read off arrays by id rather than a map (a news
// pair's passes: the map was two thirds of anchorChain).
func occLists(lists [][]uint32, w []float32, maxDF int, keep func(uint32) bool) featOcc {
	o := featOcc{start: make([]int32, len(w)+1)}
	n := o.start[1:] // n[x]: the sentences of x listed
	total := 0
	for _, f := range lists {
		for _, x := range f {
			if w[x] > 0 && int(n[x]) <= maxDF && (keep == nil || keep(x)) {
				n[x]++
				total++
			}
		}
	}
	for x := 1; x < len(o.start); x++ {
		o.start[x] += o.start[x-1]
	}
	o.occ = make([]int32, total)
	next := make([]int32, len(w)) // where x's next sentence goes
	copy(next, o.start)
	for i, f := range lists {
		for _, x := range f {
			if next[x] < o.start[x+1] && w[x] > 0 && (keep == nil || keep(x)) {
				o.occ[next[x]] = int32(i)
				next[x]++
			}
		}
	}
	return o
}
