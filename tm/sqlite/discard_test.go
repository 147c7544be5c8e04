package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestDiscard: Discard removes a TM that Open created and nothing was
// stored in (the file, its -wal/-shm/-journal, the folders made for it, not
// a folder that was there), and only closes a TM that was there or that
// holds a unit or a glossary entry.
func TestDiscard(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	exists := func(p string) bool { _, err := os.Stat(p); return err == nil }

	path := filepath.Join(dir, "a", "b", "tm.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if removed, err := s.Discard(); err != nil || !removed {
		t.Fatalf("Discard of a new, empty TM: removed %v, %v; want removed", removed, err)
	}
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal", filepath.Join(dir, "a")} {
		if exists(p) {
			t.Errorf("Discard of a new, empty TM left %s", p)
		}
	}
	if !exists(dir) {
		t.Errorf("Discard removed %s, which was there", dir)
	}

	// A TM that was there: only closed, even when empty.
	path = filepath.Join(dir, "tm.db")
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	if removed, err := s.Discard(); err != nil || removed || !exists(path) {
		t.Errorf("Discard of a TM that was there: removed %v, %v; exists %v; want it kept", removed, err, exists(path))
	}

	// A new TM that holds something: only closed.
	en, fr := language.English, language.French
	for name, put := range map[string]func(*tm.DB) error{
		"unit": func(db *tm.DB) error {
			_, err := db.Add(ctx, tm.Unit{SrcLang: en, Variants: []tm.Variant{{Lang: en, Text: "Hello."}, {Lang: fr, Text: "Bonjour."}}})
			return err
		},
		"glossary": func(db *tm.DB) error {
			return db.PutGlossary(ctx, []normalize.Entry{{Canonical: "Saeed Reza", Variants: []string{"Saeedreza"}}})
		},
	} {
		path := filepath.Join(dir, name, "tm.db")
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		db := tm.New(s)
		if err := put(db); err != nil {
			t.Fatal(err)
		}
		if removed, err := db.Discard(); err != nil || removed || !exists(path) {
			t.Errorf("Discard of a new TM with a %s: removed %v, %v; exists %v; want it kept", name, removed, err, exists(path))
		}
	}
}

// TestDiscardInUse: a new TM that another connection has open (a second
// process importing into the TM the first one created, whose own import
// then failed) is not removed, and what the other stores in it stays. It
// was removed while the other wrote to it: the other reported its units
// added, and they were lost with the file.
func TestDiscardInUse(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tm.db")
	creator, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	other, err := Open(ctx, path) // as another process would: the file is there
	if err != nil {
		t.Fatal(err)
	}
	if removed, err := creator.Discard(); err != nil || removed {
		t.Errorf("Discard of a new TM another store has open: removed %v, %v; want it kept", removed, err)
	}
	en, fr := language.English, language.French
	db := tm.New(other)
	if _, err := db.Add(ctx, tm.Unit{SrcLang: en, Variants: []tm.Variant{{Lang: en, Text: "Hello."}, {Lang: fr, Text: "Bonjour."}}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := OpenDB(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if ms, err := again.Lookup(ctx, "Hello.", tm.LookupOptions{Src: en, Tgt: fr}); err != nil || len(ms) != 1 {
		t.Errorf("the unit the other store added: lookup %v, %v; want it found", ms, err)
	}

	// Once the other store is closed, a failed first write removes the
	// TM again.
	path2 := filepath.Join(t.TempDir(), "tm.db")
	creator, err = Open(ctx, path2)
	if err != nil {
		t.Fatal(err)
	}
	if other, err = Open(ctx, path2); err != nil {
		t.Fatal(err)
	}
	other.Close()
	if removed, err := creator.Discard(); err != nil || !removed {
		t.Errorf("Discard of a new TM no one else has open: removed %v, %v; want removed", removed, err)
	}
	if _, err := os.Stat(path2); err == nil {
		t.Errorf("Discard left %s", path2)
	}
}

// TestOpenReplaced: a TM file removed after Open's SQLite connection
// opened it (another process's Discard of the new TM it had created) is
// opened again rather than written to: the unit added through the store
// is in the file at the path. Before, it went to the removed file and was
// lost, though Add succeeded.
func TestOpenReplaced(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tm.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	removed := 0
	afterInit = func(p string) {
		if removed == 0 {
			removed++
			for _, f := range []string{p, p + "-wal", p + "-shm"} {
				os.Remove(f)
			}
		}
	}
	defer func() { afterInit = nil }()
	db, err := OpenDB(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	en, fr := language.English, language.French
	if _, err := db.Add(ctx, tm.Unit{SrcLang: en, Variants: []tm.Variant{{Lang: en, Text: "Hello."}, {Lang: fr, Text: "Bonjour."}}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	afterInit = nil
	again, err := OpenDB(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if ms, err := again.Lookup(ctx, "Hello.", tm.LookupOptions{Src: en, Tgt: fr}); err != nil || len(ms) != 1 {
		t.Errorf("the unit added after the file was replaced: lookup %v, %v; want it in the file at the path", ms, err)
	}
}

// TestDiskFull: a write that finds the disk full (here the file's page
// limit) fails naming the TM and saying the disk is full, and stores
// nothing; SQLite's "commit: database or disk is full" named neither.
func TestDiskFull(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tm.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.db.SetMaxOpenConns(1) // the page limit is the connection's
	var pages int
	if err := s.db.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages+2)); err != nil {
		t.Fatal(err)
	}
	en, fr := language.English, language.French
	db := tm.New(s)
	_, err = db.Import(ctx, func(yield func(tm.Unit, error) bool) {
		for i := range 2000 {
			text := fmt.Sprintf("Sentence %d of a long import that fills the disk.", i)
			if !yield(tm.Unit{SrcLang: en, Variants: []tm.Variant{{Lang: en, Text: text}, {Lang: fr, Text: text}}}, nil) {
				return
			}
		}
	}, tm.ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "disk is full") {
		t.Errorf("import onto a full disk: %v; want an error naming %s and saying the disk is full", err, path)
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM unit").Scan(&n); err != nil || n != 0 {
		t.Errorf("after the failed import: %d units (%v); want 0", n, err)
	}
}
