package tm_test

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/bitext/bitext/tm"
)

// TestImportStopsReading: Import reads and prepares units in two
// goroutines; when a unit in the middle of a later batch is bad (no
// variants) or the file breaks there, Import fails with that error,
// stores nothing, and has stopped reading the file by the time it
// returns (the caller closes it then): the iterator is not asked for
// more, and it was not read to its end.
func TestImportStopsReading(t *testing.T) {
	const n, at = 20000, 1000
	errBroken := errors.New("line 1001: broken")
	for _, c := range []struct {
		name string
		bad  func() (tm.Unit, error)
		want error
	}{
		{"bad unit", func() (tm.Unit, error) { return tm.Unit{}, nil }, tm.ErrBadUnit},
		{"read error", func() (tm.Unit, error) { return tm.Unit{}, errBroken }, errBroken},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := openTemp(t)
			var read, after atomic.Int64
			var done atomic.Bool
			units := func(yield func(tm.Unit, error) bool) {
				for i := range n {
					if done.Load() {
						after.Add(1)
					}
					read.Add(1)
					u, err := pair(fmt.Sprintf("Sentence %d.", i), fmt.Sprintf("Phrase %d.", i)), error(nil)
					if i == at {
						u, err = c.bad()
					}
					if !yield(u, err) {
						return
					}
				}
			}
			st, err := d.Import(ctx, units, tm.ImportOptions{File: "f.tmx"})
			done.Store(true)
			if !errors.Is(err, c.want) {
				t.Fatalf("Import = %+v, %v; want %v", st, err, c.want)
			}
			if s, _ := d.Stats(ctx); s.Units != 0 {
				t.Errorf("a failed import stored %d units", s.Units)
			}
			if r := read.Load(); r >= n {
				t.Errorf("the iterator was read to its end (%d units) after unit %d failed", r, at)
			}
			if a := after.Load(); a != 0 {
				t.Errorf("the iterator was asked for %d units after Import returned", a)
			}
		})
	}
}
