package align

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestFeatureTableKeys checks that the table numbers its features as a
// map from the key's own string would, over more keys than one block
// of featureTable.keys holds, and again after reset writes its keys
// over the last block.
func TestFeatureTableKeys(t *testing.T) {
	tab := newFeatureTable()
	for pass := 0; pass < 3; pass++ {
		if pass > 0 {
			tab.reset()
			if len(tab.kinds) != 0 || len(tab.strs) != 0 || slices.ContainsFunc(tab.slots, func(v uint32) bool { return v != 0 }) {
				t.Fatalf("pass %d: reset left %d kinds, %d keys", pass, len(tab.kinds), len(tab.strs))
			}
		}
		want := map[string]uint32{}
		// Keys of every length up to past a block, each twice: a word,
		// then its lookups, in two kinds.
		var keys []string
		for i := 0; i < 3000; i++ {
			keys = append(keys, fmt.Sprintf("p%dw%0*d", pass, i%40, i))
		}
		keys = append(keys, string(make([]byte, featureKeyBlock+5)))
		for round := 0; round < 2; round++ {
			for i, k := range keys {
				kind := featKind(i % 2)
				got := tab.id(kind, k)
				wk := string(rune('0'+kind)) + k
				w, ok := want[wk]
				if !ok {
					w = uint32(len(want))
					want[wk] = w
				}
				if got != w {
					t.Fatalf("pass %d round %d: id(%d, %.20q) = %d, want %d", pass, round, kind, k, got, w)
				}
				if tab.kinds[got] != kind {
					t.Fatalf("pass %d: kind of %d = %d, want %d", pass, got, tab.kinds[got], kind)
				}
			}
		}
		if len(tab.kinds) != len(want) {
			t.Fatalf("pass %d: %d features, want %d", pass, len(tab.kinds), len(want))
		}
	}
}

// TestDistinct checks distinct against sorting and compacting, then
// leaving out the lacked features, on random lists over tables of a few
// to many thousand features (read off the bits, or sorted), with and
// without the other side's features, and that x.seen is left clear.
func TestDistinct(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 55))
	for n := range 200 {
		size := 1 + r.IntN([]int{100, 5_000, 200_000}[n%3])
		x := &extractor{table: newWordCache().featureTable()}
		for range size {
			x.table.kinds = append(x.table.kinds, featKind(r.IntN(int(numKinds))))
		}
		if n%2 == 1 {
			x.other = make([]uint64, (size+63)/64)
			for i := range x.other {
				x.other[i] = r.Uint64()
			}
		}
		var fs []uint32
		for range r.IntN(80) {
			fs = append(fs, uint32(r.IntN(size)))
			if r.IntN(4) == 0 && len(fs) > 0 {
				fs = append(fs, fs[r.IntN(len(fs))])
			}
		}
		want := slices.Compact(slices.Sorted(slices.Values(fs)))
		if x.other != nil {
			want = slices.DeleteFunc(want, x.lacked)
		}
		if got := x.distinct(slices.Clone(fs)); !slices.Equal(got, want) {
			t.Errorf("list %d of %d features: distinct = %v, want %v", n, size, got, want)
		}
		for i, w := range x.seen {
			if w != 0 {
				t.Fatalf("list %d: seen[%d] = %x after distinct", n, i, w)
			}
		}
	}
}
