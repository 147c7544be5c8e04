package tm_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
)

// listThen is a SQLite store that runs store once, right after its first
// listing of units (FilterUnits): a unit stored between DeleteDocument's
// listing and its write transaction.
type listThen struct {
	*sqlite.Store
	once  sync.Once
	store func()
}

func (s *listThen) FilterUnits(ctx context.Context, f tm.UnitFilter, fn func([]int64)) error {
	err := s.Store.FilterUnits(ctx, f, fn)
	if s.store != nil {
		s.once.Do(s.store)
	}
	return err
}

// TestDeleteDocumentComplete: a unit of the document stored after
// DeleteDocument listed the document's units, before it deleted them, is
// deleted too: the document is gone when DeleteDocument returns, and the
// count includes it. Before, it stayed (the listing comes before the
// write transaction, to keep PostgreSQL's pool from deadlocking).
func TestDeleteDocumentComplete(t *testing.T) {
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	ls := &listThen{Store: s}
	d := tm.New(ls)
	defer d.Close()
	if _, err := d.Import(ctx, seq(corpus[:3]...), tm.ImportOptions{File: "a.tsv"}); err != nil {
		t.Fatal(err)
	}
	ls.store = func() {
		if _, err := d.Import(ctx, seq(corpus[3]), tm.ImportOptions{File: "a.tsv"}); err != nil {
			t.Error(err)
		}
	}
	n, err := d.DeleteDocument(ctx, "a.tsv")
	if err != nil || n != 4 {
		t.Errorf("DeleteDocument(a.tsv) with a unit stored after its listing = %d, %v; want 4", n, err)
	}
	if docs, err := d.Documents(ctx); err != nil || len(docs) != 0 {
		t.Errorf("after DeleteDocument(a.tsv): documents %+v, %v; want none", docs, err)
	}
}

// failRelist is a SQLite store whose listings of units (FilterUnits) fail
// as a database that went away does, from the second on.
type failRelist struct {
	*sqlite.Store
	lists int
}

func (s *failRelist) FilterUnits(ctx context.Context, f tm.UnitFilter, fn func([]int64)) error {
	if s.lists++; s.lists > 1 {
		return fmt.Errorf("list units: %w: terminating connection due to administrator command", tm.ErrUnavailable)
	}
	return s.Store.FilterUnits(ctx, f, fn)
}

// TestDeleteDocumentRelistFails: DeleteDocument whose delete committed and
// whose second listing (for units stored meanwhile) fails, as when
// PostgreSQL stopped just after the commit, says the units it deleted.
// Before, it returned the listing's error, and the server answered 503
// "nothing of this request was stored" (the CLI: "nothing was written")
// for a document that was gone (trial39).
func TestDeleteDocumentRelistFails(t *testing.T) {
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	fs := &failRelist{Store: s}
	d := tm.New(fs)
	defer d.Close()
	if _, err := d.Import(ctx, seq(corpus[:3]...), tm.ImportOptions{File: "a.tsv"}); err != nil {
		t.Fatal(err)
	}
	n, err := d.DeleteDocument(ctx, "a.tsv")
	if err != nil || n != 3 {
		t.Errorf("DeleteDocument(a.tsv) with its second listing failing = %d, %v; want 3, nil", n, err)
	}
	if docs, err := d.Documents(ctx); err != nil || len(docs) != 0 {
		t.Errorf("after DeleteDocument(a.tsv): documents %+v, %v; want none", docs, err)
	}
}

// TestDeleteDocumentInterrupted: DeleteDocument interrupted before its
// delete committed says that nothing was deleted, and is still an
// interrupt (exit 130); the units stay. Before, the CLI said only
// "bitext: error: interrupted" (trial58), where tm import and tm copy say
// what they kept.
func TestDeleteDocumentInterrupted(t *testing.T) {
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	d := tm.New(s)
	defer d.Close()
	if _, err := d.Import(ctx, seq(corpus[:3]...), tm.ImportOptions{File: "a.tsv"}); err != nil {
		t.Fatal(err)
	}
	stopped, cancel := context.WithCancel(ctx)
	cancel()
	n, err := d.DeleteDocument(stopped, "a.tsv")
	const want = "delete the units of a.tsv: interrupted; nothing was deleted"
	if n != 0 || err == nil || err.Error() != want || !errors.Is(err, context.Canceled) {
		t.Errorf("DeleteDocument(a.tsv) interrupted = %d, %v; want 0, %q wrapping context.Canceled", n, err, want)
	}
	if docs, err := d.Documents(ctx); err != nil || len(docs) != 1 || docs[0].Units != 3 {
		t.Errorf("after the interrupted delete: documents %+v, %v; want a.tsv with its 3 units", docs, err)
	}
}

// cancelInWrite is a SQLite store whose write transactions are
// interrupted (cancel) once their work is done, before they commit: a
// Ctrl-C in the middle of a delete.
type cancelInWrite struct {
	*sqlite.Store
	cancel func()
}

func (s *cancelInWrite) Write(ctx context.Context, f func(tm.Writer) error) error {
	return s.Store.Write(ctx, func(w tm.Writer) error {
		err := f(w)
		if s.cancel != nil {
			s.cancel()
		}
		return err
	})
}

// TestDeleteUnitsInterrupted: DeleteUnits interrupted, before its one
// transaction began or before it committed, says that nothing was
// deleted, and is still an interrupt (exit 130); the units stay. Before,
// the CLI said only "bitext: error: interrupted" (trial58).
func TestDeleteUnitsInterrupted(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ids   func(all []int64) []int64
		want  string
		early bool // cancelled before the call, else in the transaction
	}{
		{"one unit, before", func(all []int64) []int64 { return all[1:2] }, "delete unit %d: interrupted; nothing was deleted", true},
		{"one unit, in the transaction", func(all []int64) []int64 { return all[1:2] }, "delete unit %d: interrupted; nothing was deleted", false},
		{"three units, one twice, in the transaction", func(all []int64) []int64 { return append(all, all[0]) }, "delete 3 units: interrupted; nothing was deleted", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
			if err != nil {
				t.Fatal(err)
			}
			stopped, cancel := context.WithCancel(ctx)
			defer cancel()
			cw := &cancelInWrite{Store: s}
			d := tm.New(cw)
			defer d.Close()
			if _, err := d.Import(ctx, seq(corpus[:3]...), tm.ImportOptions{File: "a.tsv"}); err != nil {
				t.Fatal(err)
			}
			if stopped.Err() != nil {
				t.Fatal("interrupted before the delete")
			}
			cw.cancel = cancel
			units, _, err := d.DocumentUnits(ctx, "a.tsv", 0, 10)
			if err != nil || len(units) != 3 {
				t.Fatalf("DocumentUnits(a.tsv) = %d units, %v; want 3", len(units), err)
			}
			var all []int64
			for _, u := range units {
				all = append(all, u.ID)
			}
			ids := tc.ids(all)
			want := tc.want
			if len(ids) == 1 {
				want = fmt.Sprintf(want, ids[0])
			}
			if tc.early {
				cancel()
			}
			n, err := d.DeleteUnits(stopped, ids...)
			if n != 0 || err == nil || err.Error() != want || !errors.Is(err, context.Canceled) {
				t.Errorf("DeleteUnits(%v) interrupted = %d, %v; want 0, %q wrapping context.Canceled", ids, n, err, want)
			}
			if docs, err := d.Documents(ctx); err != nil || len(docs) != 1 || docs[0].Units != 3 {
				t.Errorf("after the interrupted delete: documents %+v, %v; want a.tsv with its 3 units", docs, err)
			}
		})
	}
}
