package cmdutil

import (
	"runtime/debug"
	"testing"
)

func TestGCForBatch(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	restore := GCForBatch()
	if got := debug.SetGCPercent(BatchGCPercent); got != BatchGCPercent {
		t.Errorf("GC target during a batch = %d; want %d", got, BatchGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC target after the batch = %d; want 100 restored", got)
	}
	t.Setenv("GOGC", "50")
	GCForBatch()()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, GC target = %d; want it left at 100", got)
	}
}

func TestGCForSmall(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	for _, c := range []struct {
		sizes []int64
		want  int
	}{
		{[]int64{4384, 4709}, SmallGCPercent},                     // a news pair
		{[]int64{SmallInput / 2, SmallInput / 2}, SmallGCPercent}, // at the bound
		{[]int64{SmallInput / 2, SmallInput/2 + 1}, 100},          // over it
		{[]int64{0, 100}, 100},                                    // standard input: size unknown
		{[]int64{100, -1}, 100},
	} {
		restore := GCForSmall(c.sizes...)
		if got := debug.SetGCPercent(c.want); got != c.want {
			t.Errorf("GCForSmall(%v): GC target = %d; want %d", c.sizes, got, c.want)
		}
		restore()
		if got := debug.SetGCPercent(100); got != 100 {
			t.Errorf("after GCForSmall(%v): GC target = %d; want 100 restored", c.sizes, got)
		}
	}
	t.Setenv("GOGC", "50")
	GCForSmall(10, 10)()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, GC target = %d; want it left at 100", got)
	}
}
