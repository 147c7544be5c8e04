package postgres

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
)

// TestDeleteDocumentOneConnection: deleting a document takes one
// connection of the pool. It held the write transaction's connection
// while it asked the pool for another to list the document's units, so
// that as many concurrent deletes as the pool has connections (4 on a
// small machine: two tmserver clients forgetting stores at once) waited
// for each other for ever, and every request of the server behind them.
// With a pool of one connection a single delete hung.
func TestDeleteDocumentOneConnection(t *testing.T) {
	first := openTemp(t)
	s, err := Open(ctx, first.openURL+"&pool_max_conns=1")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
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
