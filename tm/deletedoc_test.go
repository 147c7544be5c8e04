package tm_test

import (
	"context"
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
