package cmdutil

import (
	"os"
	"runtime/debug"
)

// BatchGCPercent is the garbage collector's target (GOGC) while a batch
// runs: a batch keeps a small live heap and makes garbage with every
// document pair, so collecting at three times the live heap instead of
// twice saves about a sixth of its cpu for a few MB (issue 14: 100
// news-sized pairs, 0.33 -> 0.27 s cpu, peak 33 -> 39 MB; BENCHMARKS.md).
const BatchGCPercent = 200

// GCForBatch sets the garbage collector's target to BatchGCPercent and
// returns a func that restores it. When the GOGC environment variable is
// set, the user's choice stands and nothing changes.
func GCForBatch() (restore func()) { return setGCPercent(BatchGCPercent) }

// SmallInput is the most bytes two input files together hold for
// GCForSmall to raise the collector's target: a pair of news articles
// (9 KB) allocates about 4 MB in all, and at the default target the
// runtime's first collection comes at a 4 MB heap, where its fixed costs
// (mark workers started, two stops of the world, the sweep) are a fifth
// of the process's cpu (issue 14: 9.6 -> 7.7 ms a pair). Larger inputs
// (Text+Berg dev's 119 KB: 0.34 s either way, peak 46 -> 58 MB at
// SmallGCPercent) keep the default.
const SmallInput = 64 << 10

// SmallGCPercent is the collector's target GCForSmall sets: the first
// collection comes at a heap of 4 MB x 5, so that a small pair's process
// ends before it.
const SmallGCPercent = 400

// GCForSmall sets the garbage collector's target to SmallGCPercent when
// the inputs' sizes are known (positive) and together at most SmallInput
// bytes, and returns a func that restores it. When the GOGC environment
// variable is set, the user's choice stands and nothing changes.
func GCForSmall(sizes ...int64) (restore func()) {
	var n int64
	for _, s := range sizes {
		if s <= 0 {
			return func() {}
		}
		n += s
	}
	if n > SmallInput {
		return func() {}
	}
	return setGCPercent(SmallGCPercent)
}

// setGCPercent sets the collector's target to p unless GOGC is set, and
// returns a func that restores the target before.
func setGCPercent(p int) (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(p)
	return func() { debug.SetGCPercent(old) }
}
