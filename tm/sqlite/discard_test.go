package sqlite

import (
	"context"
	"os"
	"path/filepath"
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
