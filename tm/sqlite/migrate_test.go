package sqlite

import (
	"database/sql"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

func migrationCount(t *testing.T) int {
	t.Helper()
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	return len(names)
}

// A TM of schema 2 (before unit_seq) opens, is brought to the current
// schema, keeps its units, and deletes and adds as a new one does.
func TestUpgradeFromSchema2(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := tm.New(s)
	pair := func(a, b string) tm.Unit {
		return tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: a}, {Lang: language.French, Text: b}}}
	}
	if _, err := d.Import(ctx, func(yield func(tm.Unit, error) bool) {
		yield(pair("One.", "Un."), nil)
		yield(pair("Two.", "Deux."), nil)
	}, tm.ImportOptions{File: "old.tsv"}); err != nil {
		t.Fatal(err)
	}
	d.Close()
	// Make it a schema-2 TM, as bitext before this change left it.
	db, err := sql.Open(driverName, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("DROP TABLE unit_seq; DROP INDEX unit_file; DROP INDEX unit_file_langs; ALTER TABLE unit DROP COLUMN langs; DELETE FROM bitext_migrations WHERE version > 2"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("open a schema-2 TM: %v", err)
	}
	d = tm.New(s)
	defer d.Close()
	if v, _ := d.SchemaVersion(ctx); v != migrationCount(t) {
		t.Errorf("schema after upgrade = %d; want %d", v, migrationCount(t))
	}
	docs, err := d.Documents(ctx)
	if err != nil || len(docs) != 1 || docs[0].Name != "old.tsv" || docs[0].Units != 2 {
		t.Errorf("Documents = %+v, %v; want old.tsv with 2 units", docs, err)
	}
	if n, err := d.DeleteUnits(ctx, 2); n != 1 || err != nil {
		t.Fatalf("DeleteUnits(2) = %d, %v", n, err)
	}
	if _, err := d.Add(ctx, pair("Three.", "Trois.")); err != nil {
		t.Fatal(err)
	}
	if last, _ := s.LastUnitID(ctx); last != 3 {
		t.Errorf("id of the unit added after deleting unit 2 = %d; want 3 (2 is never given again)", last)
	}
}
