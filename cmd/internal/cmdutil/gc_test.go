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
