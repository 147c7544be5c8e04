package align

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestHeaviest checks that heaviest keeps what weigh's comparison sort
// keeps (the maxFeatures heaviest, in ID order) when the cut falls
// between two weights, and declines a tie at the cut.
func TestHeaviest(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	var keys []uint64
	var cut, tied int
	for trial := range 200 {
		n := maxFeatures + 1 + rng.IntN(100)
		w := make([]float32, 4*n)
		fs := make([]uint32, 0, n)
		for _, f := range rng.Perm(len(w))[:n] {
			fs = append(fs, uint32(f))
		}
		slices.Sort(fs)
		for _, f := range fs {
			// Few distinct weights: ties are common, at the cut or not.
			w[f] = float32(1 + rng.IntN(12))
		}
		want := slices.Clone(fs)
		slices.SortFunc(want, func(a, b uint32) int { return cmp.Compare(w[b], w[a]) })
		tie := w[want[maxFeatures-1]] == w[want[maxFeatures]]
		want = want[:maxFeatures]
		slices.Sort(want)
		got := slices.Clone(fs)
		var ok bool
		keys, ok = heaviest(got, w, keys)
		if ok == tie {
			t.Fatalf("trial %d: heaviest reported %v with a tie at the cut %v", trial, ok, tie)
		}
		if !ok {
			tied++
			if !slices.Equal(got, fs) {
				t.Fatalf("trial %d: heaviest changed fs on a tie", trial)
			}
			continue
		}
		if !slices.Equal(got[:maxFeatures], want) {
			t.Fatalf("trial %d: kept %v, want %v", trial, got[:maxFeatures], want)
		}
		cut++
	}
	if cut == 0 || tied == 0 {
		t.Fatalf("trials cut between weights %d, tied at the cut %d: want both", cut, tied)
	}
}
