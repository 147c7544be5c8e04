package align

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestBlocksKeepHeaviest: a coarse block unites its units' features and
// keeps the maxBlockFeatures heaviest, in ID order; a block with fewer
// keeps them all.
func TestBlocksKeepHeaviest(t *testing.T) {
	const perUnit = 20
	n := 5 * perUnit
	w := make([]float32, n)
	for f := range w {
		w[f] = float32((f * 37) % n) // weights in a shuffled order
	}
	var us []unit
	for k := range 5 {
		var fs []uint32
		for f := k * perUnit; f < (k+1)*perUnit; f++ {
			fs = append(fs, uint32(f))
		}
		us = append(us, unit{feats: fs, chars: 10, mass: 1})
	}
	bs := blocks(us, 4, w)
	if len(bs) != 2 {
		t.Fatalf("blocks of 4 of 5 units: %d blocks; want 2", len(bs))
	}
	got := bs[0].feats
	var all []uint32
	for f := range 4 * perUnit {
		all = append(all, uint32(f))
	}
	slices.SortFunc(all, func(a, b uint32) int { return int(w[b]) - int(w[a]) })
	want := slices.Sorted(slices.Values(all[:maxBlockFeatures]))
	if !slices.Equal(got, want) {
		t.Errorf("first block keeps %v; want the %d heaviest %v", got, maxBlockFeatures, want)
	}
	if bs[0].chars != 40 || bs[0].mass != 4 {
		t.Errorf("first block: %v chars, mass %v; want 40 and 4", bs[0].chars, bs[0].mass)
	}
	if !slices.Equal(bs[1].feats, us[4].feats) {
		t.Errorf("last block keeps %v; want all of %v", bs[1].feats, us[4].feats)
	}
}

// BenchmarkBlocks merges sentences of 32 features each into the blocks of
// a coarse level (4, 16 and 64 sentences a block), keeping the heaviest.
func BenchmarkBlocks(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	const nf = 20_000
	w := make([]float32, nf)
	for f := range w {
		w[f] = rng.Float32() * 8
	}
	us := make([]unit, 1024)
	for i := range us {
		fs := make([]uint32, maxFeatures)
		for k := range fs {
			fs[k] = uint32(rng.IntN(nf))
		}
		slices.Sort(fs)
		us[i] = unit{feats: slices.Compact(fs), chars: 100}
	}
	for b.Loop() {
		for _, k := range []int{4, 16, 64} {
			blocks(us, k, w)
		}
	}
}
