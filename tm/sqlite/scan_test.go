package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
)

// TestScanOneSnapshot: Scan reads the units and their variants from one
// snapshot of the TM. A document deleted between Scan's query of the
// units and its query of the variants comes out of that scan whole,
// rather than as units without their variants (as when the two were read
// on two connections); the delete is not kept waiting by
// the scan (WAL: a reader blocks no writer); the next scan has the other
// units alone.
func TestScanOneSnapshot(t *testing.T) {
	s := openTemp(t)
	d := tm.New(s)
	if _, err := d.Import(ctx, seq(corpus...), tm.ImportOptions{File: "kept.tmx"}); err != nil {
		t.Fatal(err)
	}
	gone := pair("A sentence deleted while the export was reading.", "Une phrase effacée pendant l'export.")
	if _, err := d.Import(ctx, seq(gone), tm.ImportOptions{File: "gone.tmx"}); err != nil {
		t.Fatal(err)
	}
	var deleted error
	testHookScanBetween = func() {
		testHookScanBetween = nil
		_, deleted = d.DeleteDocument(ctx, "gone.tmx")
	}
	t.Cleanup(func() { testHookScanBetween = nil })
	scan := func() (units []string) {
		t.Helper()
		for su, err := range s.Scan(ctx) {
			if err != nil {
				t.Fatal(err)
			}
			if len(su.Unit.Variants) != 2 || len(su.Bases) != 2 {
				t.Errorf("Scan gave unit %d (%s) with %d variants and %d bases; want 2 of each", su.ID, su.Unit.Origin.File, len(su.Unit.Variants), len(su.Bases))
			}
			units = append(units, fmt.Sprintf("%d %s", su.ID, su.Unit.Origin.File))
		}
		return units
	}
	during := scan()
	if deleted != nil {
		t.Fatalf("a delete during a scan: %v", deleted)
	}
	if testHookScanBetween != nil {
		t.Fatal("the hook did not run: the test no longer puts the delete between the two queries")
	}
	if len(during) != len(corpus)+1 {
		t.Errorf("the scan during a delete gave %d units %q; want the %d stored when it began", len(during), during, len(corpus)+1)
	}
	if after := scan(); len(after) != len(corpus) {
		t.Errorf("the scan after the delete gave %d units %q; want %d", len(after), after, len(corpus))
	}
}

// TestScanAndCopyWhileWriting: Scan, and Copy (whose source is read by
// Scan), run while another Store on the same file (its own connections)
// stores units one at a time, give every unit stored before they began and
// then the writer's units in the order it stored them, none skipped, each
// with both its variants: one snapshot, holding at least what the writer
// had stored when they began and at most what it had begun to store when
// they ended. Scans on the writer's own Store (its pool) give the same. (This
// is the library side of cmd/bitext's TestBackupWhileWriting; see
// BENCHMARKS.md, branch flake48.)
func TestScanAndCopyWhileWriting(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tm.db")
	unit := func(i int) tm.Unit {
		return pair(fmt.Sprintf("Stored sentence number %d.", i), fmt.Sprintf("Phrase enregistrée numéro %d.", i))
	}
	const before = 600
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := tm.New(s)
	var units []tm.Unit
	for i := range before {
		units = append(units, unit(i))
	}
	if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	w, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	wctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	// The writer's units begun (stored or being stored) and stored, and
	// its error, read once exited is closed.
	var (
		begun, stored atomic.Int64
		werr          error
	)
	stop, exited := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(exited)
		wd := tm.New(w)
		for i := before; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			// Counted before Add: a scan that has seen a unit reads a
			// count that holds it.
			begun.Store(int64(i - before + 1))
			if _, werr = wd.Add(wctx, unit(i)); werr != nil {
				return
			}
			stored.Store(int64(i - before + 1))
		}
	}()
	defer func() {
		select {
		case <-stop:
		default:
			close(stop)
			<-exited
		}
	}()
	// check fails unless the store holds the units 0, 1, ... in id order,
	// at least before of them, and returns how many of the writer's it holds.
	check := func(what string, from *Store) int {
		t.Helper()
		n := 0
		for su, err := range from.Scan(wctx) {
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			want := unit(n)
			if len(su.Unit.Variants) != 2 || su.Unit.Variants[0].Text != want.Variants[0].Text || su.Unit.Variants[1].Text != want.Variants[1].Text {
				t.Fatalf("%s: unit %d (id %d) is %+v; want %q and %q", what, n, su.ID, su.Unit.Variants, want.Variants[0].Text, want.Variants[1].Text)
			}
			n++
		}
		if n < before {
			t.Fatalf("%s: %d units; want at least the %d stored before", what, n, before)
		}
		return n - before
	}
	// waitStored waits until the writer has stored n units (left to the
	// scheduler, on a loaded machine it sometimes stored none before the
	// scans had ended), and returns how many it has stored.
	waitStored := func(n int) int {
		t.Helper()
		for int(stored.Load()) < n {
			select {
			case <-exited:
				t.Fatalf("the writer stopped after %d units: %v", stored.Load(), werr)
			case <-wctx.Done():
				t.Fatalf("the writer stored %d units, not %d: %v", stored.Load(), n, wctx.Err())
			case <-time.After(time.Millisecond):
			}
		}
		return int(stored.Load())
	}
	last := 0
	for r := range 12 {
		from, what := s, fmt.Sprintf("scan %d", r)
		if r%2 == 1 {
			from, what = w, what+" on the writer's store"
		}
		low := waitStored(r + 1)
		got := check(what, from)
		if got < low || got > int(begun.Load()) {
			t.Fatalf("%s holds %d of the writer's units; want from %d (stored when it began) to %d (begun when it ended)", what, got, low, begun.Load())
		}
		last = got
	}
	dst, err := Open(ctx, filepath.Join(dir, "copy.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	low := waitStored(last + 1)
	st, err := tm.New(dst).Copy(wctx, d, tm.CopyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	close(stop)
	<-exited
	if werr != nil {
		t.Fatalf("the writer: %v", werr)
	}
	got := check("the copy", dst)
	if got < low || got > int(stored.Load()) || st.Units != before+got || st.Added != st.Units {
		t.Errorf("the copy holds %d of the writer's units (%+v); want from %d (stored when it began) to %d (stored), each added", got, st, low, stored.Load())
	}
	t.Logf("the last scan held %d and the copy %d of the %d units written", last, got, begun.Load())
}
