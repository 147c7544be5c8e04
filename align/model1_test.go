package align

import (
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
	var train [][2][]int32
	vocab := int32(3 + n)
	for range 2 + n {
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
