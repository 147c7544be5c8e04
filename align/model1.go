package align

import (
	"iter"
	"maps"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

const (
	// model1Iterations of EM: IBM Model 1's likelihood is convex, and after
	// five iterations the translation table no longer changes which
	// words pass the thresholds below.
	model1Iterations = 5
	// model1Budget caps the word-pair occurrences (source words x target
	// words summed over training pairs) one direction trains on, which
	// bounds its time and memory (about 12 bytes an occurrence).
	model1Budget = 3_000_000
	// model1MinCount: words seen fewer times in the training pairs are left
	// out; a hapax's translation is a guess, and cognates cover names.
	model1MinCount = 2
	// model1MinProb is the least probability p(t|s) and p(s|t) a pair must
	// have in both directions to enter the learned lexicon.
	model1MinProb = 0.2
	// model1MinPairs is the fewest training pairs a learned link must
	// co-occur in (see learnLexicon).
	model1MinPairs = 2
	// model1MaxTokens is the most words a sentence contributes.
	model1MaxTokens = 60
)

// wordStems returns the stems Model 1 trains on: words (not numbers) as
// stems, Chinese and Japanese characters one by one. The words' keys
// come from wc (may be nil).
func wordStems(s string, wc *wordCache) []string {
	var out []string
	eachStem(s, wc, func(w string, _ *wordInfo) { out = append(out, w) })
	return out
}

// eachStem calls f with each stem of s that wordStems returns, in order,
// and the wordInfo of its word (nil for a Han character).
func eachStem(s string, wc *wordCache, f func(string, *wordInfo)) {
	eachStemOf(nil, 0, s, wc, f)
}

// eachStemOf is eachStem of sentence i, its tokens read from tm (nil:
// tokenized), which the features' passes read too (clipped as here).
func eachStemOf(tm *tokMemo, i int, s string, wc *wordCache, f func(string, *wordInfo)) {
	n := 0
	tm.tokenize(i, clip(s), wc, func(t token) {
		if t.digit || t.key == "" || n >= model1MaxTokens {
			return
		}
		if t.han {
			n++
			f(t.key, nil)
			return
		}
		if t.info.n < 2 {
			return
		}
		if ps := wc.compoundParts(t.info); ps != nil {
			// A German compound reads as its parts (compound.go).
			for _, p := range ps {
				if n < model1MaxTokens {
					n++
					f(p, nil)
				}
			}
			return
		}
		n++
		f(t.info.stem, t.info)
	}, func(string) {})
}

// vocab interns words.
type vocab struct {
	ids   map[string]int32
	words []string
	count []int32
	// serial tells vocabularies apart (wordInfo.vocabID remembers a
	// word's id in the last two it was looked up in).
	serial uint32
}

var vocabSerial atomic.Uint32

func newVocab() *vocab { return newVocabOf(0) }

// newVocabOf returns an empty vocabulary with room for n words.
func newVocabOf(n int) *vocab {
	return &vocab{ids: make(map[string]int32, n), serial: vocabSerial.Add(1)}
}

// idOf is v.id(w) for w the stem of wi (nil: a Han character): a word's
// id, once given, is remembered in the slot of wi.vocabID's memo that
// names v (or the next one), so that its next occurrences and the
// refiner's look-ups (newSentWords) skip the map. An id remembered as
// -1 (looked up before v held the word) is looked up again.
func (v *vocab) idOf(w string, wi *wordInfo) int32 {
	if wi == nil {
		return v.id(w)
	}
	k := -1
	for j, s := range wi.vocab {
		if s == v.serial {
			k = j
			break
		}
	}
	if k >= 0 && wi.vid[k] >= 0 {
		id := wi.vid[k]
		v.count[id]++
		return id
	}
	id := v.id(w)
	if k < 0 {
		k = int(wi.next)
		wi.next ^= 1
	}
	wi.vocab[k], wi.vid[k] = v.serial, id
	return id
}

func (v *vocab) id(w string) int32 {
	if id, ok := v.ids[w]; ok {
		v.count[id]++
		return id
	}
	id := int32(len(v.words))
	v.ids[w] = id
	v.words = append(v.words, w)
	v.count = append(v.count, 1)
	return id
}

// learnLexicon trains IBM Model 1 (Brown et al. 1993) in both directions
// on pairs of stem lists and returns the word pairs that each direction
// gives at least model1MinProb: the intersection of the two directions is
// far more precise than either.
func learnLexicon(pairs [][2][]string) *Lexicon {
	c := newM1Corpus(len(pairs), [2]int{})
	for _, p := range pairs {
		c.add(slices.Values(p[0]), slices.Values(p[1]))
	}
	return c.learn()
}

// learn is learnLexicon of the pairs added to c.
func (c *m1Corpus) learn() *Lexicon {
	sv, tv, train := c.training()
	sc := m1Scratches.Get().(*m1Scratch)
	fi, bi := sc.indexPairs(train)
	// A large learning's (a book's) buffers are dropped as soon as they
	// are done with, as they were before there was a scratch, and not
	// kept for the next: held through the learning and the pass after
	// it, they raised Steinbeck hu-en's peak RSS from about 80 to 95 MB.
	large := len(fi.occ) > m1ScratchMaxOcc
	if large {
		sc.rx, sc.ry, sc.cell, sc.null = nil, nil, nil, nil
	} else {
		defer m1Scratches.Put(sc)
	}
	fwd := sc.model1(train, 0, 1, fi, &sc.fprob)
	bwd := sc.model1(train, 1, 0, bi, &sc.bprob)
	if large {
		sc.count, sc.total, sc.first, sc.rows, sc.xs = nil, nil, nil, nil, nil
	}
	// The candidates: pairs (s, t) that both directions give at least
	// model1MinProb, by forward id (fi.bwd maps it to the backward one).
	isCand := zeroed(&sc.isCand, len(fi.keys))
	for id, p := range fwd {
		if p >= model1MinProb && pairX(fi.keys[id]) >= 0 && bwd[fi.bwd[id]] >= model1MinProb {
			isCand[id] = true
		}
	}
	// Count the training pairs each candidate co-occurs in: a link seen in
	// one pair only is that pair's own evidence. It is kept apart (weak):
	// the next pass's search uses it, but a bead's score does not, or a
	// wrong bead of the first pass would confirm itself (issue 14: a pair
	// from the wrong paragraph scored 0.34 without learning, 0.77 with).
	counts := sc.countPairs(train, fi, isCand)
	if large {
		sc.seen, sc.seenY, sc.cands = nil, nil, nil
	}
	cand := make(map[uint64]int)
	for id, ok := range isCand {
		if ok {
			cand[fi.keys[id]] = int(counts[id])
		}
	}
	lex := NewLexicon()
	lex.weak = make(map[string][]string)
	lex.m1 = newM1Tables(sv, tv, fi.keys, fwd, bi.keys, bwd)
	lex.m1.trained = len(train)
	// In a fixed order, so that the lexicon's lists (and every run's
	// output) do not depend on the ids'.
	keys := slices.Sorted(maps.Keys(cand))
	for _, k := range keys {
		c := cand[k]
		s, t := sv.words[int32(k>>32)], tv.words[int32(uint32(k))]
		if c >= model1MinPairs {
			lex.addStems(s, t)
		} else {
			lex.weak[s] = append(lex.weak[s], t)
			lex.n++
		}
	}
	return lex
}

// An m1Corpus holds the pairs Model 1 learns from as they are added, each
// word numbered at once (sv the source side's, tv the target's, each
// counting its words): a pass's beads are read into it without a list of
// their stems (Bible x5 en-zh: 22,795 beads, 16 bytes a stem as strings
// against 4 as ids).
type m1Corpus struct {
	sv, tv *vocab
	ids    [][2][]int32
	buf    []int32
}

// newM1Corpus returns an empty corpus with room for n pairs, and for
// words[0] source and words[1] target words in its vocabularies: maps
// grown from empty copied their words at each doubling (0.24 M
// instructions of the seed article's French pair, a process a pair).
func newM1Corpus(n int, words [2]int) *m1Corpus {
	return &m1Corpus{sv: newVocabOf(words[0]), tv: newVocabOf(words[1]), ids: make([][2][]int32, 0, n)}
}

// add numbers the stems of a pair's source and target sides and keeps it.
func (c *m1Corpus) add(src, tgt iter.Seq[string]) {
	var p [2][]int32
	for side, ws := range [2]iter.Seq[string]{src, tgt} {
		v := c.sv
		if side == 1 {
			v = c.tv
		}
		c.buf = c.buf[:0]
		for w := range ws {
			c.buf = append(c.buf, v.id(w))
		}
		if len(c.buf) > 0 {
			p[side] = slices.Clone(c.buf)
		}
	}
	c.ids = append(c.ids, p)
}

// addStems is add for stems beside their wordInfo (nil: a Han character),
// whose ids each wordInfo remembers (vocab.idOf).
func (c *m1Corpus) addStems(src, tgt iter.Seq2[string, *wordInfo]) {
	var p [2][]int32
	for side, ws := range [2]iter.Seq2[string, *wordInfo]{src, tgt} {
		v := c.sv
		if side == 1 {
			v = c.tv
		}
		c.buf = c.buf[:0]
		for w, wi := range ws {
			c.buf = append(c.buf, v.idOf(w, wi))
		}
		if len(c.buf) > 0 {
			p[side] = slices.Clone(c.buf)
		}
	}
	c.ids = append(c.ids, p)
}

// training returns c's vocabularies and the pairs Model 1 trains on:
// rare words dropped (keepFrequent), a pair left with an empty side
// skipped, and no more pairs than model1Budget's cells hold.
func (c *m1Corpus) training() (sv, tv *vocab, train [][2][]int32) {
	sv, tv = c.sv, c.tv
	ids := c.ids
	c.ids = nil // the numbered pairs are garbage once train is taken from them
	budget := model1Budget
	train = make([][2][]int32, 0, len(ids))
	for _, p := range ids {
		s := keepFrequent(p[0], sv.count)
		t := keepFrequent(p[1], tv.count)
		if len(s) == 0 || len(t) == 0 {
			continue
		}
		budget -= (len(s) + 1) * (len(t) + 1)
		if budget < 0 {
			break
		}
		train = append(train, [2][]int32{s, t})
	}
	return sv, tv, train
}

// countPairs returns, for each forward id of fi that isCand marks, the
// number of training pairs it occurs in (0 for the others): a pair holds
// (x, y) when its source side holds x and its target side y. The
// candidates are few (tens in a news article's learning): each pair's
// words are marked, then each candidate is looked up, rather than every
// (x, y) of the pair read.
func (sc *m1Scratch) countPairs(train [][2][]int32, fi m1Index, isCand []bool) []int32 {
	counts := zeroed(&sc.counts, len(fi.keys))
	cands := sc.cands[:0]
	var maxX, maxY int32 = -1, -1
	for id, ok := range isCand {
		if ok {
			k := fi.keys[id]
			x, y := pairX(k), int32(uint32(k))
			cands = append(cands, m1Cand{id: int32(id), x: x, y: y})
			maxX, maxY = max(maxX, x), max(maxY, y)
		}
	}
	sc.cands = cands
	if len(cands) == 0 {
		return counts
	}
	if len(train)*len(cands) > len(fi.occ) {
		// Many candidates (a book's learning): reading the occurrences
		// once is cheaper.
		return sc.countPairsByOcc(train, fi, isCand, counts)
	}
	inX := zeroed(&sc.seen, int(maxX+1)) // x -> the last pair holding it + 1
	inY := zeroed(&sc.seenY, int(maxY+1))
	for n, p := range train {
		mark := int32(n + 1)
		for _, x := range p[0] {
			if x <= maxX {
				inX[x] = mark
			}
		}
		for _, y := range p[1] {
			if y <= maxY {
				inY[y] = mark
			}
		}
		for _, c := range cands {
			if inX[c.x] == mark && inY[c.y] == mark {
				counts[c.id]++
			}
		}
	}
	return counts
}

// countPairsByOcc is countPairs by reading every (x, y) of every pair,
// counting the candidates by id, once a pair, into counts (zeroed).
func (sc *m1Scratch) countPairsByOcc(train [][2][]int32, fi m1Index, isCand []bool, counts []int32) []int32 {
	seen := zeroed(&sc.seen, len(fi.keys))
	pos := 0
	for n, p := range train {
		nx := len(p[0]) + 1
		for range p[1] {
			for _, id := range fi.occ[pos+1 : pos+nx] { // the empty word aside
				if isCand[id] && seen[id] != int32(n+1) {
					seen[id] = int32(n + 1)
					counts[id]++
				}
			}
			pos += nx
		}
	}
	return counts
}

// An m1Cand is a candidate link of Model 1's learning (countPairs): its
// forward id and its words.
type m1Cand struct{ id, x, y int32 }

func keepFrequent(ws []int32, count []int32) []int32 {
	out := ws[:0:0]
	for _, w := range ws {
		if count[w] >= model1MinCount {
			out = append(out, w)
		}
	}
	return out
}

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// m1Index lists the co-occurrences of one direction of Model 1: for each
// training pair, for each word y of pair[to], the ids of (x, y) for x the
// empty word (-1) and each word of pair[from], in order; keys[id] is the
// pairKey(x, y) of id (its x is pairX). Ids are numbered in order of first
// occurrence. In a forward index, bwd[id] is the backward id of the same
// pair (y, x), for x not the empty word.
type m1Index struct {
	occ  []int32
	keys []uint64
	bwd  []int32
}

// denseIndexMin: indexPairs numbers the pairs in a table of every (x, y)
// when it has at most twice the occurrences' cells and this many more.
const denseIndexMin = 1 << 12

// pairX is the x of pairKey(x, y).
func pairX(k uint64) int32 { return int32(uint32(k >> 32)) }

// indexPairs returns the forward (x = pair[0]) and backward indexes of
// train. The forward one numbers every occurrence (forwardIndex); the
// backward one reads the same pairs transposed from it (backwardIndex),
// so that no pair is numbered twice.
func (sc *m1Scratch) indexPairs(train [][2][]int32) (fwd, bwd m1Index) {
	n, nb := 0, 0
	var maxS, maxT int32 = -1, -1
	for _, p := range train {
		n += (len(p[0]) + 1) * len(p[1])
		nb += len(p[0]) * (len(p[1]) + 1)
		for _, s := range p[0] {
			maxS = max(maxS, s)
		}
		for _, t := range p[1] {
			maxT = max(maxT, t)
		}
	}
	fwd = sc.forwardIndex(train, n, maxS, maxT)
	bwd, fwd.bwd = sc.backwardIndex(train, fwd, nb, maxS)
	return fwd, bwd
}

// forwardIndex is indexPairs' forward index of train's n occurrences,
// whose source words are at most maxS and target words at most maxT. A
// small corpus (a news article's beads) numbers its pairs in a table of
// every (x, y) of the words it holds, when that table is no larger than
// the occurrences' (batchspeed49: hashing them was a fifth of a news
// pair's learning); a larger one hashes them (pairIndex). The ids are
// the same.
func (sc *m1Scratch) forwardIndex(train [][2][]int32, n int, maxS, maxT int32) (fwd m1Index) {
	fwd.occ = reserve(&sc.fwdOcc, n)
	fwd.keys = sc.fwdKeys[:0]
	rx, ry := zeroed(&sc.rx, int(maxS+1)), zeroed(&sc.ry, int(maxT+1)) // word -> row / column + 1
	nr, nc := 1, 0                                                     // row 0: the empty word
	for _, p := range train {
		for _, s := range p[0] {
			if rx[s] == 0 {
				nr++
				rx[s] = int32(nr - 1)
			}
		}
		for _, t := range p[1] {
			if ry[t] == 0 {
				nc++
				ry[t] = int32(nc)
			}
		}
	}
	var xs0 []int32 // the empty word and the pair's source words
	if nr*nc <= 2*n+denseIndexMin {
		cell := zeroed(&sc.cell, nr*nc) // id + 1
		// Each x's row offset in cell, read once a pair rather than once
		// an occurrence, and the occurrences written in place (n of them).
		// The cells are read unchecked (see "Unchecked reads" at
		// f64At, rule 1).
		occ := fwd.occ[:n]
		k := 0
		var offs []uintptr // byte offsets of the pair's rows
		cb := unsafe.Pointer(unsafe.SliceData(cell))
		for _, p := range train {
			xs0 = append(append(xs0[:0], -1), p[0]...)
			offs = append(offs[:0], 0)
			for _, x := range p[0] {
				r := int(rx[x])
				if r >= nr {
					panic("align: indexPairs: a row out of the table")
				}
				offs = append(offs, uintptr(r*nc)*4)
			}
			for _, y := range p[1] {
				col := int(ry[y] - 1)
				if uint(col) >= uint(nc) {
					panic("align: indexPairs: a column out of the table")
				}
				cy := unsafe.Add(cb, col*4)
				o := occ[k:][:len(offs)]
				for i, off := range offs {
					c := (*int32)(unsafe.Add(cy, off))
					if *c == 0 {
						fwd.keys = append(fwd.keys, pairKey(xs0[i], y))
						*c = int32(len(fwd.keys))
					}
					o[i] = *c - 1
				}
				k += len(offs)
			}
		}
		fwd.occ = occ[:k]
	} else {
		var index pairIndex
		for _, p := range train {
			xs0 = append(append(xs0[:0], -1), p[0]...)
			for _, y := range p[1] {
				for _, x := range xs0 {
					fwd.occ = append(fwd.occ, index.id(pairKey(x, y)))
				}
			}
		}
		fwd.keys = index.keys
	}
	sc.fwdKeys = fwd.keys
	return fwd
}

// backwardIndex is indexPairs' backward index of train's nb occurrences,
// read from fwd, and fwd's bwd; maxS is the greatest source word.
func (sc *m1Scratch) backwardIndex(train [][2][]int32, fwd m1Index, nb int, maxS int32) (bwd m1Index, fwdBwd []int32) {
	// Backward: for each source word s, (-1, s) then (t, s) for each
	// target word t, numbered in that order of first occurrence: a
	// forward pair (t, s) of a word t is one backward pair, and each s
	// adds its (-1, s).
	remap := zeroed(&sc.remap, len(fwd.keys)) // forward id -> backward id + 1
	null := zeroed(&sc.null, int(maxS+1))     // s -> backward id of (-1, s) + 1
	nk := len(fwd.keys)
	for _, k := range fwd.keys {
		if pairX(k) < 0 {
			nk--
		}
	}
	for _, p := range train {
		for _, s := range p[0] {
			if null[s] == 0 {
				null[s] = -1
				nk++
			}
		}
	}
	clear(null)
	bwd.occ = reserve(&sc.bwdOcc, nb)
	bwd.keys = reserve(&sc.bwdKeys, nk)
	newID := func(k uint64) int32 {
		bwd.keys = append(bwd.keys, k)
		return int32(len(bwd.keys))
	}
	pos := 0
	bocc, k := bwd.occ[:nb], 0 // written in place, as the forward one
	// remap is read at forward ids unchecked ("Unchecked reads", rule 2).
	rb := unsafe.Pointer(unsafe.SliceData(remap))
	for _, p := range train {
		nx := len(p[0]) + 1
		for j, s := range p[0] {
			if null[s] == 0 {
				null[s] = newID(pairKey(-1, s))
			}
			bocc[k] = null[s] - 1
			o := bocc[k+1:][:len(p[1])]
			// (t, s) for the i-th t is the forward occurrence
			// pos + i*nx + j+1.
			q := pos + j + 1
			for i, t := range p[1] {
				r := (*int32)(unsafe.Add(rb, uintptr(fwd.occ[q])*4))
				if *r == 0 {
					*r = newID(pairKey(t, s))
				}
				o[i] = *r - 1
				q += nx
			}
			k += 1 + len(o)
		}
		pos += nx * len(p[1])
	}
	bwd.occ = bocc[:k]
	for id := range remap {
		remap[id]-- // the backward id, -1 for (-1, y)
	}
	return bwd, remap
}

// model1 trains p(y|x) where x = pair[from] (plus the empty word, id -1)
// and y = pair[to], over ix (indexPairs), and returns it by ix's ids (the
// pair of id is ix.keys[id]).
//
// A word y that occurs m times in a pair's pair[to] has m rows of the
// same ids (its pairs with the same x's), which no other row of the pair
// has: each iteration sums the row once and adds its counts m times in a
// row, which gives the sums the m rows gave one by one, bit for bit. The first
// iteration starts from a uniform table (every p(y|x) = 1): each
// occurrence of a row of nx words counts 1/nx, without the sum
// (countUniform); the later ones count from the table (countExpected).
// Each M step divides the counts by their x's total.
func (sc *m1Scratch) model1(train [][2][]int32, from, to int, ix m1Index, out *[]float64) []float64 {
	keys, occ := ix.keys, ix.occ
	prob := zeroed(out, len(keys))
	count := zeroed(&sc.count, len(keys))
	var maxX, maxY int32
	xs := zeroed(&sc.xs, len(keys)) // xs[id]: the x of id, + 1
	for id, k := range keys {
		maxX = max(maxX, pairX(k))
		maxY = max(maxY, int32(uint32(k)))
		xs[id] = pairX(k) + 1
	}
	total := zeroed(&sc.total, int(maxX+2)) // total[x+1]; x = -1 is the empty word
	rows := sc.rowsOf(train, from, to, maxY)
	// Past the first iteration, the loops read prob and count at the
	// rows' ids, and total at xs's values, unchecked ("Unchecked reads"
	// at f64At, rules 3 and 4).
	pb, cb := unsafe.Pointer(unsafe.SliceData(prob)), unsafe.Pointer(unsafe.SliceData(count))
	tb, xb := unsafe.Pointer(unsafe.SliceData(total)), unsafe.Pointer(unsafe.SliceData(xs))
	for it := range model1Iterations {
		clear(count)
		clear(total)
		if it == 0 {
			countUniform(rows, occ, count)
		} else {
			countExpected(rows, occ, pb, cb)
		}
		for id, c := range count {
			*f64At(tb, *i32At(xb, id)) += c
		}
		for id, c := range count {
			if t := *f64At(tb, *i32At(xb, id)); t > 0 {
				*f64At(pb, int32(id)) = c / t
			} else {
				*f64At(pb, int32(id)) = 0
			}
		}
	}
	return prob
}

// countUniform is model1's first E step over rows (rowsOf) of occ, from
// a uniform table (every p(y|x) = 1), into count: each row's ids are read
// checked (rule 3 of "Unchecked reads", at f64At).
func countUniform(rows []m1Row, occ []int32, count []float64) {
	for _, r := range rows {
		row := occ[r.pos : r.pos+r.nx]
		// 1/z with z the sum of nx ones: the same float as
		// prob[id]/z for prob[id] = 1.
		c := 1 / float64(r.nx)
		if r.m == 1 {
			for _, id := range row {
				count[id] += c
			}
		} else if r.m == 2 {
			for _, id := range row {
				count[id] = count[id] + c + c // addTimes(count[id], c, 2)
			}
		} else {
			for _, id := range row {
				count[id] = addTimes(count[id], c, r.m)
			}
		}
	}
}

// countExpected is model1's E step past the first over rows (rowsOf) of
// occ, from the table at pb into the counts at cb (prob's and count's
// arrays, read unchecked: "Unchecked reads", at f64At): each row's
// expected counts, p(y|x) over the row's sum, added m times for a row m
// rows of its pair have.
func countExpected(rows []m1Row, occ []int32, pb, cb unsafe.Pointer) {
	for _, r := range rows {
		row := occ[r.pos : r.pos+r.nx]
		// Two occurrences a step, in the row's order (rb: the row's
		// array, read unchecked below its length).
		var z float64
		rb, n := unsafe.Pointer(unsafe.SliceData(row)), len(row)
		i := 0
		for ; i+3 < n; i += 4 {
			z += *f64At(pb, *i32At(rb, i))
			z += *f64At(pb, *i32At(rb, i+1))
			z += *f64At(pb, *i32At(rb, i+2))
			z += *f64At(pb, *i32At(rb, i+3))
		}
		for ; i < n; i++ {
			z += *f64At(pb, *i32At(rb, i))
		}
		if z == 0 {
			continue
		}
		if r.m == 1 {
			i := 0
			for ; i+3 < n; i += 4 {
				a, b := *i32At(rb, i), *i32At(rb, i+1)
				c, d := *i32At(rb, i+2), *i32At(rb, i+3)
				*f64At(cb, a) += *f64At(pb, a) / z
				*f64At(cb, b) += *f64At(pb, b) / z
				*f64At(cb, c) += *f64At(pb, c) / z
				*f64At(cb, d) += *f64At(pb, d) / z
			}
			for ; i < n; i++ {
				a := *i32At(rb, i)
				*f64At(cb, a) += *f64At(pb, a) / z
			}
		} else if r.m == 2 {
			// The commonest repeat, addTimes without its loop.
			for _, id := range row {
				cp := f64At(cb, id)
				c := *f64At(pb, id) / z
				*cp = *cp + c + c
			}
		} else {
			for _, id := range row {
				cp := f64At(cb, id)
				*cp = addTimes(*cp, *f64At(pb, id)/z, r.m)
			}
		}
	}
}

// rowsOf returns model1's rows of train, x = pair[from] and y =
// pair[to] (y at most maxY): each pair's distinct y, the position in occ
// of its first row, the row's length (nx: the pair's x and the empty
// word) and how many rows of the pair have its ids (m, the times y
// occurs in the pair), in order.
func (sc *m1Scratch) rowsOf(train [][2][]int32, from, to int, maxY int32) []m1Row {
	rows := sc.rows[:0]
	first := zeroed(&sc.first, int(maxY+1)) // y -> its row in rows + 1, this pair
	pos := 0
	for _, p := range train {
		nx := len(p[from]) + 1
		for _, y := range p[to] {
			if r := first[y]; r > 0 {
				rows[r-1].m++
			} else {
				rows = append(rows, m1Row{pos: int32(pos), nx: int32(nx), m: 1})
				first[y] = int32(len(rows))
			}
			pos += nx
		}
		for _, y := range p[to] {
			first[y] = 0
		}
	}
	sc.rows = rows
	return rows
}

// f64At is &s[i] for base the array of s and 0 <= i < len(s) (unchecked).
//
// # Unchecked reads
//
// Model 1's learning reads its tables without Go's bounds checks, through
// f64At, i32At and unsafe.Add, in four places (batchspeed55: the checks
// were two compares and branches an occurrence, a third of model1's loop
// and 15% of a news batch's instructions). Each read is in range by one
// of these rules, and nowhere else:
//
//  1. indexPairs' dense table (cell, nr rows of nc columns): a pair's row
//     offsets are checked against nr once a pair and a word's column
//     against nc once a word (it panics on either), and the loop over the
//     occurrences reads only those offsets plus that column.
//  2. indexPairs' remap (len(fwd.keys)) is read at ids of fwd.occ, each
//     one the forward pass gave, so below len(fwd.keys).
//  3. model1's rows: each row is occ[pos:pos+nx] sliced checked; the
//     first E step (countUniform) reads count at every id of every row
//     checked (it panics on an id out of range); the later ones
//     (countExpected) read prob and count (both len(keys)) at the same
//     ids, unchecked.
//  4. model1's xs[id] is pairX(keys[id])+1 <= maxX+1, and total has
//     maxX+2 elements; xs and count have len(keys) elements.
//
// The buffers are reused from learning to learning (m1Scratch), so a read
// past a rule would not fault but read a stale value: TestModel1Unchecked
// (model1_test.go) and FuzzModel1Unchecked check on random corpora, after
// a larger one, that every id is in range and that indexPairs and model1
// give what checked builds of them (a map's numbering, model1Rows) give.
func f64At[I int | int32](base unsafe.Pointer, i I) *float64 {
	return (*float64)(unsafe.Add(base, uintptr(i)*8))
}

// i32At is s[i] for base the array of s and 0 <= i < len(s) (unchecked).
func i32At(base unsafe.Pointer, i int) *int32 {
	return (*int32)(unsafe.Add(base, uintptr(i)*4))
}

// addTimes is v with c added to it m times, one by one, two at a time:
// v + c + c is (v + c) + c, the loop's order. A word twice in a sentence
// is the commonest repeat.
func addTimes(v, c float64, m int32) float64 {
	for ; m > 1; m -= 2 {
		v = v + c + c
	}
	if m > 0 {
		v += c
	}
	return v
}

// An m1Row is a row of Model 1's index (model1): its ids are
// occ[pos:pos+nx], and m rows of its pair have them.
type m1Row struct{ pos, nx, m int32 }

// An m1Scratch holds the buffers of one learning (indexPairs, model1,
// countPairs), none of which outlives it: they are reused by the next
// (m1Scratches). A batch of news articles learns once a document and
// once each time a pool doubles, and these buffers were a third of its
// garbage (batchspeed52).
type m1Scratch struct {
	fwdOcc, bwdOcc, rx, ry, cell, remap, null, seen, seenY, counts []int32
	cands                                                          []m1Cand
	fwdKeys, bwdKeys                                               []uint64
	fprob, bprob, count, total                                     []float64
	isCand                                                         []bool
	first, xs                                                      []int32
	rows                                                           []m1Row
}

// m1ScratchMaxOcc is the most occurrences (one direction) of a learning
// whose m1Scratch is kept for the next: a news article's has about
// 25,000, a batch's pool of 1,000 beads about 200,000, Steinbeck hu-en's
// first learning 345,000.
const m1ScratchMaxOcc = 1 << 17

// m1Scratches holds the m1Scratch of learnings that have ended.
var m1Scratches = sync.Pool{New: func() any { return new(m1Scratch) }}

// zeroed returns *buf resized to n zero elements, in its array if that is
// large enough (else in a new one, kept in *buf).
func zeroed[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n)
	} else {
		*buf = (*buf)[:n]
		clear(*buf)
	}
	return *buf
}

// reserve returns *buf emptied with room for n elements (a new array,
// kept in *buf, if its own is smaller).
func reserve[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, 0, n)
	}
	return (*buf)[:0]
}

// pairIndex numbers word pairs (pairKey) in the order they are first met:
// keys[id] is the pair of id, and slots an open-addressing table with
// linear probing over the ids, which model1 fills once per occurrence (a
// Go map was half of model1's time). A slot holds id+1 (0: empty) in its
// low slotIDBits and slotTagBits of the key's hash above them, so that
// most slots of other keys are passed over without reading their key. A
// slot of 4 bytes, where a key and an id were 12, keeps the table of the
// Bible x5's half a million pairs at 4 MB instead of 12.
type pairIndex struct {
	keys  []uint64
	slots []uint32
	shift uint // 64 - log2(len(slots))
}

const (
	slotIDBits  = 22
	slotTagBits = 32 - slotIDBits
	slotIDMask  = 1<<slotIDBits - 1
)

// Every pair Model 1 trains on is an occurrence within model1Budget, so
// no id+1 outgrows its bits (this fails to compile if the budget does).
const _ = uint(slotIDMask - model1Budget)

// id returns the id of k, entering it with the next id if it is new.
func (t *pairIndex) id(k uint64) int32 {
	if 4*(len(t.keys)+1) > 3*len(t.slots) {
		t.grow()
	}
	h := k * 0x9e3779b97f4a7c15
	tag := uint32(h>>(t.shift-slotTagBits)) << slotIDBits
	mask := uint64(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		sl := t.slots[i]
		switch {
		case sl == 0:
			t.keys = append(t.keys, k)
			t.slots[i] = tag | uint32(len(t.keys))
			return int32(len(t.keys) - 1)
		case sl&^slotIDMask == tag && t.keys[sl&slotIDMask-1] == k:
			return int32(sl&slotIDMask - 1)
		}
	}
}

// grow doubles the table and enters every key again, in id order.
func (t *pairIndex) grow() {
	size := max(2*len(t.slots), 1<<10)
	t.slots = nil // garbage before the new table is made
	t.slots = make([]uint32, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	mask := uint64(size - 1)
	for id, k := range t.keys {
		h := k * 0x9e3779b97f4a7c15
		i := h >> t.shift
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(h>>(t.shift-slotTagBits))<<slotIDBits | uint32(id+1)
	}
}

// addStems adds an already-stemmed pair.
func (l *Lexicon) addStems(s, t string) {
	for _, x := range l.m[s] {
		if x == t {
			return
		}
	}
	l.m[s] = append(l.m[s], t)
	l.n++
}
