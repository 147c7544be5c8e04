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
func GCForBatch() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(BatchGCPercent)
	return func() { debug.SetGCPercent(old) }
}
