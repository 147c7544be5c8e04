// The race detector's sync.Pool drops a quarter of what is put back (to
// find code that counts on getting it again), so the test measures only
// without it.

//go:build !race

package normalize

import (
	"io"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestRewriteSmallInputAllocs: rewriting a small input allocates little:
// the 320 KiB chunk buffer is reused from run to run. Before, each input
// allocated (and cleared) its own, and normalize -w of 3,000 small files
// spent most of its allocations there.
func TestRewriteSmallInputAllocs(t *testing.T) {
	g := NewGlossarySet(nil, false).For(language.English)
	text := "Qasim Soleimani was killed in Baghdad. The talks went on.\n"
	rewrite := func() {
		if err := g.Rewrite(io.Discard, strings.NewReader(text), nil); err != nil {
			t.Fatal(err)
		}
	}
	rewrite()
	const runs = 50
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range runs {
		rewrite()
	}
	runtime.ReadMemStats(&after)
	if per := (after.TotalAlloc - before.TotalAlloc) / runs; per > 64<<10 {
		t.Errorf("Rewrite of %d bytes allocates %d bytes a run; want under 64 KiB", len(text), per)
	}
}
