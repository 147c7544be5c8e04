package postgres

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// talksOnOneConnection is a TM of its own, on a pool of one connection,
// with two units of the document talks.tmx.
func talksOnOneConnection(t *testing.T) *tm.DB {
	t.Helper()
	first := openTemp(t)
	s, err := Open(ctx, first.openURL+"&pool_max_conns=1")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	db := tm.New(s)
	us := []tm.Unit{pairUnit("The talks ended.", "Les pourparlers ont pris fin."), pairUnit("The talks resumed.", "Les pourparlers ont repris.")}
	seq := func(yield func(tm.Unit, error) bool) {
		for _, u := range us {
			if !yield(u, nil) {
				return
			}
		}
	}
	if _, err := db.Import(ctx, seq, tm.ImportOptions{File: "talks.tmx"}); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestDeleteDocumentOneConnection: deleting a document takes one
// connection of the pool. It held the write transaction's connection
// while it asked the pool for another to list the document's units, so
// that as many concurrent deletes as the pool has connections (4 on a
// small machine: two tmserver clients forgetting stores at once) waited
// for each other for ever, and every request of the server behind them.
// With a pool of one connection a single delete hung.
func TestDeleteDocumentOneConnection(t *testing.T) {
	db := talksOnOneConnection(t)
	// The deadline only ends a hang: a delete takes milliseconds.
	dctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	n, err := db.DeleteDocument(dctx, "talks.tmx")
	if err != nil || n != 2 {
		t.Fatalf("DeleteDocument on a pool of one connection: %d, %v; want 2 deleted", n, err)
	}
	if _, err := db.DeleteDocument(dctx, "talks.tmx"); !errors.Is(err, tm.ErrNoSuchDocument) {
		t.Errorf("deleting it again: %v; want ErrNoSuchDocument", err)
	}
}

// TestDeleteDocumentsConcurrent: deletes of documents running at once,
// two of each document, on a pool of two connections, while units of
// the documents are still being stored, all end (no deadlock), and every
// document is gone afterwards: DeleteDocument lists the units again after
// each delete, outside its write transaction.
func TestDeleteDocumentsConcurrent(t *testing.T) {
	first := openTemp(t)
	s, err := Open(ctx, first.openURL+"&pool_max_conns=2")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	db := tm.New(s)
	docs := []string{"a.tmx", "b.tmx", "c.tmx"}
	units := func(doc string, k int) func(yield func(tm.Unit, error) bool) {
		return func(yield func(tm.Unit, error) bool) {
			for i := range 3 {
				if !yield(pairUnit(fmt.Sprintf("Sentence %d of %s, round %d.", i, doc, k), fmt.Sprintf("Phrase %d de %s, tour %d.", i, doc, k)), nil) {
					return
				}
			}
		}
	}
	for _, doc := range docs {
		if _, err := db.Import(ctx, units(doc, 0), tm.ImportOptions{File: doc}); err != nil {
			t.Fatal(err)
		}
	}
	// The deadline only ends a hang.
	dctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	var stored sync.WaitGroup
	for _, doc := range docs {
		stored.Add(1)
		wg.Add(3)
		go func() { // more units of doc, while it is being deleted
			defer wg.Done()
			defer stored.Done()
			if _, err := db.Import(dctx, units(doc, 1), tm.ImportOptions{File: doc}); err != nil {
				t.Errorf("import into %s: %v", doc, err)
			}
		}()
		for range 2 {
			go func() {
				defer wg.Done()
				if _, err := db.DeleteDocument(dctx, doc); err != nil && !errors.Is(err, tm.ErrNoSuchDocument) {
					t.Errorf("DeleteDocument(%s): %v", doc, err)
				}
			}()
		}
	}
	wg.Wait()
	if dctx.Err() != nil {
		t.Fatal("concurrent deletes hung")
	}
	// A store that ended after the deletes leaves units: delete once more
	// after every store is done; then nothing of the documents is left.
	stored.Wait()
	for _, doc := range docs {
		db.DeleteDocument(dctx, doc)
	}
	if left, err := db.Documents(dctx); err != nil || len(left) != 0 {
		t.Errorf("documents after the deletes: %+v, %v; want none", left, err)
	}
}

// listThen is a store that runs store once, right after its first listing
// of units (FilterUnits).
type listThen struct {
	*Store
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

// TestDeleteDocumentStoredBetween: on a pool of one connection, a unit of
// the document stored between DeleteDocument's listing and its write is
// deleted too (the document is listed again after the delete), and the
// delete does not hang. Before, the unit stayed.
func TestDeleteDocumentStoredBetween(t *testing.T) {
	first := openTemp(t)
	s, err := Open(ctx, first.openURL+"&pool_max_conns=1")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ls := &listThen{Store: s}
	db := tm.New(ls)
	one := func(src, tgt string) func(yield func(tm.Unit, error) bool) {
		return func(yield func(tm.Unit, error) bool) { yield(pairUnit(src, tgt), nil) }
	}
	if _, err := db.Import(ctx, one("The talks ended.", "Les pourparlers ont pris fin."), tm.ImportOptions{File: "talks.tmx"}); err != nil {
		t.Fatal(err)
	}
	dctx, cancel := context.WithTimeout(ctx, 20*time.Second) // ends a hang only
	defer cancel()
	ls.store = func() {
		if _, err := db.Import(dctx, one("The talks resumed.", "Les pourparlers ont repris."), tm.ImportOptions{File: "talks.tmx"}); err != nil {
			t.Error(err)
		}
	}
	if n, err := db.DeleteDocument(dctx, "talks.tmx"); err != nil || n != 2 {
		t.Errorf("DeleteDocument with a unit stored after its listing: %d, %v; want 2", n, err)
	}
	if left, err := db.Documents(dctx); err != nil || len(left) != 0 {
		t.Errorf("documents after the delete: %+v, %v; want none", left, err)
	}
}

// TestImportReviewedOneConnection: an import of bitext's own XLIFF export
// with a corrected target, on a pool of one connection, updates the unit
// and ends. It read the stored units through the pool while its write
// transaction held the pool's only connection, and waited for ever (as
// many such imports at once as the pool has connections did the same).
func TestImportReviewedOneConnection(t *testing.T) {
	db := talksOnOneConnection(t)
	var out bytes.Buffer
	if err := db.Export(ctx, &out, tm.ExportOptions{Format: tm.FormatXLIFF, Src: language.English, Tgt: language.French}); err != nil {
		t.Fatal(err)
	}
	reviewed := strings.Replace(out.String(), ">Les pourparlers ont repris.</target>", ">Les négociations ont repris.</target>", 1)
	if reviewed == out.String() {
		t.Fatalf("the export has no target to correct:\n%s", out.String())
	}
	ictx, cancel := context.WithTimeout(ctx, 20*time.Second) // ends a hang only
	defer cancel()
	st, err := db.ImportFile(ictx, strings.NewReader(reviewed), "talks.xlf", tm.ImportFileOptions{})
	if err != nil || st.Updated != 1 || st.Merged != 1 || st.Added != 0 {
		t.Fatalf("import of the reviewed export on a pool of one connection = %+v, %v; want 1 updated, 1 merged", st, err)
	}
}
