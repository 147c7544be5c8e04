package align

import (
	"fmt"
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
