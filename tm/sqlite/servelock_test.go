//go:build linux

package sqlite

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// TestHoldServe: a second server's HoldServe of a TM file a writing
// server holds fails with ErrServed (bad input), also a read-only one's,
// and a writing one's beside a read-only one; two read-only ones may
// serve it. The CLI's reads and writes go on beside a held TM, and once
// released (or its process gone) the TM may be held again. Before, a
// second bitext serve started without a word.
func TestHoldServe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	release, err := HoldServe(path, true)
	if err != nil {
		t.Fatalf("HoldServe of a TM nobody serves: %v", err)
	}
	for _, write := range []bool{true, false} {
		if r, err := HoldServe(path, write); !errors.Is(err, ErrServed) || !textio.IsBadInput(err) {
			if r != nil {
				r()
			}
			t.Errorf("HoldServe(write %v) beside a writing server: %v; want ErrServed", write, err)
		}
	}
	db, err := OpenDB(ctx, path)
	if err != nil {
		t.Fatalf("open beside a server: %v", err)
	}
	if _, err := db.Add(ctx, tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: "Good morning."}, {Lang: language.French, Text: "Bonjour."}}}); err != nil {
		t.Errorf("a write beside a server: %v", err)
	}
	if ms, err := db.Lookup(ctx, "Good morning.", tm.LookupOptions{Src: language.English, Tgt: language.French}); err != nil || len(ms) != 1 {
		t.Errorf("a lookup beside a server: %v, %v", ms, err)
	}
	if err := db.Close(); err != nil {
		t.Error(err)
	}
	if err := release(); err != nil {
		t.Fatal(err)
	}
	r1, err := HoldServe(path, false)
	if err != nil {
		t.Fatalf("HoldServe(read-only) once released: %v", err)
	}
	r2, err := HoldServe(path, false)
	if err != nil {
		t.Errorf("a second read-only server: %v; want it let in", err)
	} else {
		r2()
	}
	if r, err := HoldServe(path, true); !errors.Is(err, ErrServed) {
		if r != nil {
			r()
		}
		t.Errorf("a writing server beside a read-only one: %v; want ErrServed", err)
	}
	r1()
	r3, err := HoldServe(path, true)
	if err != nil {
		t.Errorf("HoldServe once every server let go: %v", err)
	} else {
		r3()
	}
}
