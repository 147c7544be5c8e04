package sqlite

import (
	"bytes"
	"database/sql"
	"io/fs"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/tmx"
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
	s, d = reopenAsSchema2(t, path)
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

// A TM of schema 2 whose import log holds a TMX file's header (as every
// version since schema 2 wrote it) exports that document with the file's
// header props and notes once opened by this version.
func TestUpgradeKeepsTMXHeader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := tm.New(s)
	h := tmx.Header{Version: "1.4", Attrs: []tmx.Attr{{Name: "creationtool", Value: "OmegaT"}, {Name: "o-tmf", Value: "OmegaT TMX"}, {Name: "srclang", Value: "en"}},
		Props: []tmx.Prop{{Type: "x-project", Text: "manual"}}, Notes: []tmx.Note{{Text: "reviewed by anna"}}}
	u := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "One."}, {Lang: language.French, Text: "Un."}}}
	if _, err := d.Import(ctx, func(yield func(tm.Unit, error) bool) { yield(u, nil) }, tm.ImportOptions{File: "old.tmx", Header: &h}); err != nil {
		t.Fatal(err)
	}
	d.Close()
	_, d = reopenAsSchema2(t, path)
	var buf bytes.Buffer
	if err := d.Export(ctx, &buf, tm.ExportOptions{Filter: tm.UnitFilter{Doc: "old.tmx"}}); err != nil {
		t.Fatal(err)
	}
	r, err := tmx.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	got := r.Header()
	if !reflect.DeepEqual(got.Props, h.Props) || !reflect.DeepEqual(got.Notes, h.Notes) || tmx.Get(got.Attrs, "o-tmf") != "OmegaT TMX" || tmx.Get(got.Attrs, "creationtool") != "bitext" {
		t.Errorf("export of old.tmx from an upgraded TM: header %+v; want the file's props, notes and o-tmf, creationtool bitext", got)
	}
}

// reopenAsSchema2 turns the closed TM at path into one of schema 2
// (toSchema2) and opens it again with this version, which upgrades it; the
// TM is closed when the test ends.
func reopenAsSchema2(t *testing.T, path string) (*Store, *tm.DB) {
	t.Helper()
	toSchema2(t, path)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open a schema-2 TM: %v", err)
	}
	d := tm.New(s)
	t.Cleanup(func() { d.Close() })
	return s, d
}

// toSchema2 makes the TM at path one of schema 2, as bitext left it before
// unit ids were never given again (unit_seq) and units kept their
// languages (langs): what its migrations 3 and on add, taken out.
func toSchema2(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open(driverName, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("DROP TABLE unit_seq; DROP INDEX unit_file; DROP INDEX unit_file_langs; ALTER TABLE unit DROP COLUMN langs; DELETE FROM bitext_migrations WHERE version > 2"); err != nil {
		t.Fatal(err)
	}
}
