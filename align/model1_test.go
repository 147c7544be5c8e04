package align

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// model1Rows is model1 as it was before its rows were merged: every row
// of every pair summed and counted one by one, from a uniform table.
func model1Rows(train [][2][]int32, from, to int, ix m1Index, iterations int) []float64 {
	prob := make([]float64, len(ix.keys))
	for i := range prob {
		prob[i] = 1
	}
	count := make([]float64, len(ix.keys))
	total := map[int32]float64{}
	for range iterations {
		clear(count)
		clear(total)
		pos := 0
		for _, p := range train {
			nx := len(p[from]) + 1
			for range p[to] {
				row := ix.occ[pos : pos+nx]
				pos += nx
				var z float64
				for _, id := range row {
					z += prob[id]
				}
				if z == 0 {
					continue
				}
				for _, id := range row {
					count[id] += prob[id] / z
				}
			}
		}
		for id, c := range count {
			total[pairX(ix.keys[id])] += c
		}
		for id, c := range count {
			if t := total[pairX(ix.keys[id])]; t > 0 {
				prob[id] = c / t
			} else {
				prob[id] = 0
			}
		}
	}
	return prob
}

// TestModel1RepeatedWords checks that model1, which sums the rows of a
// word repeated in a pair once, gives the same floats, bit for bit, as
// every row summed one by one, in both directions, on pairs that repeat
// words on both sides, with one m1Scratch reused across corpora.
func TestModel1RepeatedWords(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 52))
	sc := new(m1Scratch)
	for n := range 20 {
		train := randomCorpus(r, n, 12)
		fi, bi := sc.indexPairs(train)
		for _, d := range []struct {
			from, to int
			ix       m1Index
			out      *[]float64
		}{{0, 1, fi, &sc.fprob}, {1, 0, bi, &sc.bprob}} {
			want := model1Rows(train, d.from, d.to, d.ix, model1Iterations)
			got := sc.model1(train, d.from, d.to, d.ix, d.out)
			if len(got) != len(want) {
				t.Fatalf("corpus %d, from %d: %d probabilities, want %d", n, d.from, len(got), len(want))
			}
			for id := range want {
				if math.Float64bits(got[id]) != math.Float64bits(want[id]) {
					t.Errorf("corpus %d, from %d: p(%d|%d) = %v, want %v", n, d.from,
						int32(uint32(d.ix.keys[id])), pairX(d.ix.keys[id]), got[id], want[id])
				}
			}
		}
	}
}

// TestModel1Unchecked checks the rules of Model 1's unchecked reads (see
// f64At, "Unchecked reads") on random corpora, small and large
// vocabularies (indexPairs' dense table and its hashed one), each learned
// with an m1Scratch that a larger corpus used before, so that a read out
// of range would find a stale value rather than fault: every id is in
// range, and indexPairs and model1 give what their checked builds give
// (indexByMaps, model1Rows), bit for bit, both ways.
func TestModel1Unchecked(t *testing.T) {
	r := rand.New(rand.NewPCG(59, 14))
	big := randomCorpusOf(r, 80, 25, 90)
	for n := range 40 {
		vocab := int32(3 + n)
		if n%4 == 3 {
			vocab = 20_000 // a word seen once, mostly: hashed
		}
		sc := new(m1Scratch)
		learnBoth(sc, big)
		if err := checkUnchecked(sc, randomCorpusOf(r, 2+n, 1+n%15, vocab)); err != nil {
			t.Errorf("corpus %d: %v", n, err)
		}
	}
}

// FuzzModel1Unchecked is TestModel1Unchecked on corpora read from the
// fuzzer's bytes: the first byte picks the vocabulary's size, then each
// pair is a byte of each side's length and a byte a word.
func FuzzModel1Unchecked(f *testing.F) {
	f.Add([]byte{3, 2, 1, 0, 1, 2, 2, 0, 0, 1, 1, 0, 0})
	f.Add([]byte{200, 4, 3, 10, 20, 30, 40, 1, 2, 3, 250, 1, 9, 5})
	f.Add([]byte{1, 0, 0, 0, 0, 0})
	big := randomCorpusOf(rand.New(rand.NewPCG(59, 15)), 60, 20, 70)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 3 {
			return
		}
		vocab := 1 + int32(data[0])*int32(data[0])/4
		data = data[1:]
		var train [][2][]int32
		for len(data) >= 2 && len(train) < 64 {
			var p [2][]int32
			n := [2]int{1 + int(data[0]%16), 1 + int(data[1]%16)}
			data = data[2:]
			for side := range p {
				for range n[side] {
					var w int32
					if len(data) > 0 {
						w, data = int32(data[0])%vocab, data[1:]
					}
					p[side] = append(p[side], w)
				}
			}
			train = append(train, p)
		}
		sc := new(m1Scratch)
		learnBoth(sc, big)
		if err := checkUnchecked(sc, train); err != nil {
			t.Error(err)
		}
	})
}

// learnBoth runs indexPairs and model1 both ways over train with sc, as
// a learning does.
func learnBoth(sc *m1Scratch, train [][2][]int32) {
	fi, bi := sc.indexPairs(train)
	sc.model1(train, 0, 1, fi, &sc.fprob)
	sc.model1(train, 1, 0, bi, &sc.bprob)
}

// checkUnchecked learns train with sc and reports the first id out of
// range, and the first difference from the checked builds: indexByMaps
// for indexPairs, model1Rows (run first: it panics on an id out of
// range) for model1.
func checkUnchecked(sc *m1Scratch, train [][2][]int32) error {
	want, wantBwd := indexByMaps(train)
	fwd, bwd := sc.indexPairs(train)
	for _, ix := range []m1Index{fwd, bwd} {
		for k, id := range ix.occ {
			if id < 0 || int(id) >= len(ix.keys) {
				return fmt.Errorf("occurrence %d: id %d out of %d keys", k, id, len(ix.keys))
			}
		}
	}
	if len(fwd.bwd) != len(fwd.keys) {
		return fmt.Errorf("%d backward ids of %d forward keys", len(fwd.bwd), len(fwd.keys))
	}
	for id, b := range fwd.bwd {
		if b < -1 || int(b) >= len(bwd.keys) || (b == -1) != (pairX(fwd.keys[id]) < 0) {
			return fmt.Errorf("forward id %d (x %d): backward id %d of %d keys", id, pairX(fwd.keys[id]), b, len(bwd.keys))
		}
	}
	if !slices.Equal(fwd.occ, want.occ) || !slices.Equal(fwd.keys, want.keys) || !slices.Equal(fwd.bwd, want.bwd) {
		return fmt.Errorf("forward index differs from indexByMaps'")
	}
	if !slices.Equal(bwd.occ, wantBwd.occ) || !slices.Equal(bwd.keys, wantBwd.keys) {
		return fmt.Errorf("backward index differs from indexByMaps'")
	}
	for _, d := range []struct {
		from, to int
		ix       m1Index
		out      *[]float64
	}{{0, 1, fwd, &sc.fprob}, {1, 0, bwd, &sc.bprob}} {
		wantP := model1Rows(train, d.from, d.to, d.ix, model1Iterations)
		got := sc.model1(train, d.from, d.to, d.ix, d.out)
		if len(got) != len(wantP) {
			return fmt.Errorf("from %d: %d probabilities, want %d", d.from, len(got), len(wantP))
		}
		for id := range wantP {
			if math.Float64bits(got[id]) != math.Float64bits(wantP[id]) {
				return fmt.Errorf("from %d: p of id %d = %v, want %v", d.from, id, got[id], wantP[id])
			}
		}
	}
	return nil
}

// TestCountPairs checks countPairs against counting, for each candidate
// (x, y), the training pairs whose source holds x and whose target holds
// y, on random corpora with few candidates (each looked up in each pair)
// and with many (the occurrences read), one scratch reused throughout.
func TestCountPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 55))
	sc := new(m1Scratch)
	for n := range 30 {
		train := randomCorpus(r, n, 10)
		fi, _ := sc.indexPairs(train)
		isCand := make([]bool, len(fi.keys))
		share := []float64{0.01, 0.1, 1}[n%3]
		for id, k := range fi.keys {
			isCand[id] = pairX(k) >= 0 && r.Float64() < share
		}
		got := slices.Clone(sc.countPairs(train, fi, isCand))
		for id, k := range fi.keys {
			want := 0
			if isCand[id] {
				for _, p := range train {
					if slices.Contains(p[0], pairX(k)) && slices.Contains(p[1], int32(uint32(k))) {
						want++
					}
				}
			}
			if int(got[id]) != want {
				t.Errorf("corpus %d: pairs of (%d, %d) = %d, want %d", n, pairX(k), int32(uint32(k)), got[id], want)
			}
		}
	}
}

// randomCorpus is corpus n of a test: 2+n training pairs of word ids under
// 3+n, each side 1 to maxLen words drawn from r.
func randomCorpus(r *rand.Rand, n, maxLen int) [][2][]int32 {
	return randomCorpusOf(r, 2+n, maxLen, int32(3+n))
}

// randomCorpusOf is pairs training pairs of word ids under vocab, each
// side 1 to maxLen words drawn from r.
func randomCorpusOf(r *rand.Rand, pairs, maxLen int, vocab int32) [][2][]int32 {
	var train [][2][]int32
	for range pairs {
		var p [2][]int32
		for side := range p {
			for range 1 + r.IntN(maxLen) {
				p[side] = append(p[side], r.Int32N(vocab))
			}
		}
		train = append(train, p)
	}
	return train
}

// TestVocabIdOf: a stem's id through its wordInfo (idOf) is the id the
// vocabulary gives (id), counted the same, in two vocabularies at once
// (an English-English pair's sides share their wordInfos); an id
// remembered as -1 (looked up before the vocabulary held the stem) is
// looked up again, and vocabID then finds the id. Fails if idOf trusts
// a remembered -1 or writes a second slot for the same vocabulary.
func TestVocabIdOf(t *testing.T) {
	wc := newWordCache()
	words := []string{"iran", "iraq", "the", "iran", "guard", "the", "the", "corps"}
	a, b, ref := newVocab(), newVocab(), newVocab()
	// "guard" looked up in a before a holds it: remembered as -1.
	if id := wc.word("guard").vocabID(a, "guard"); id != -1 {
		t.Fatalf("guard in an empty vocabulary: %d", id)
	}
	for _, w := range words {
		wi := wc.word(w)
		want := ref.id(w)
		if got := a.idOf(w, wi); got != want {
			t.Errorf("%s: a.idOf %d, want %d", w, got, want)
		}
		if got := wi.vocabID(a, w); got != want {
			t.Errorf("%s: vocabID in a after idOf %d, want %d", w, got, want)
		}
		if got := b.idOf(w, wi); got != want {
			t.Errorf("%s: b.idOf %d, want %d", w, got, want)
		}
	}
	if !slices.Equal(a.count, ref.count) || !slices.Equal(b.count, ref.count) || !slices.Equal(a.words, ref.words) {
		t.Errorf("counts %v, %v, words %v; want %v, %v", a.count, b.count, a.words, ref.count, ref.words)
	}
	for _, w := range words {
		if got, want := wc.word(w).vocabID(a, w), ref.ids[w]; got != want {
			t.Errorf("%s: vocabID in a %d, want %d", w, got, want)
		}
		if got := a.idOf(w, nil); got != ref.ids[w] {
			t.Errorf("%s: idOf without a wordInfo %d, want %d", w, got, ref.ids[w])
		}
	}
}
