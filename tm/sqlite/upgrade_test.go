package sqlite

import (
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// oldTM makes at path a schema-2 TM holding u as a bitext of that schema
// stored it: hashed by its variants alone, before a unit's tuid, props,
// notes and change date were part of its identity (a TM made by f6841eb
// or earlier). The old hash is read from a scratch TM given u without
// those fields.
func oldTM(t *testing.T, path string, u tm.Unit) {
	t.Helper()
	imp := func(p string, u tm.Unit) int64 {
		d, err := OpenDB(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		if _, err := d.Import(ctx, func(yield func(tm.Unit, error) bool) { yield(u, nil) }, tm.ImportOptions{File: "project_save.tmx"}); err != nil {
			t.Fatal(err)
		}
		db, err := sql.Open(driverName, p)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var h int64
		if err := db.QueryRow("SELECT hash FROM unit").Scan(&h); err != nil {
			t.Fatal(err)
		}
		return h
	}
	bare := tm.Unit{SrcLang: u.SrcLang, Variants: u.Variants}
	oldHash := imp(filepath.Join(t.TempDir(), "scratch.db"), bare)
	if newHash := imp(path, u); newHash == oldHash {
		t.Fatal("the unit hashes as its variants alone: it tests nothing")
	}
	db, err := sql.Open(driverName, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("UPDATE unit SET hash = ?; DROP TABLE unit_seq; DROP INDEX unit_file; DROP INDEX unit_file_langs; ALTER TABLE unit DROP COLUMN langs; DELETE FROM bitext_migrations WHERE version > 2", oldHash); err != nil {
		t.Fatal(err)
	}
}

// projectUnit is a unit as an OmegaT project TMX or a CAT tool's export
// gives it: with a tuid, a change date and id, and a prop.
func projectUnit() tm.Unit {
	return tm.Unit{
		SrcLang: language.English, ID: "42",
		Changed: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC), ChangedBy: "ana",
		Props:    []tm.Prop{{Type: "x-client", Text: "ACME"}},
		Variants: []tm.Variant{{Lang: language.English, Text: "Display help message and exit."}, {Lang: language.French, Text: "Afficher un message d'aide et quitter."}},
	}
}

// A TM made before the identity hash (schema 2) has its units hashed
// again when it is upgraded: the file it was made from, imported again,
// merges with what it stored (trial42: every unit with a tuid, props or a
// change date was stored a second time; 18 of the 273 units of a TM of
// f6841eb re-imported from the same TMX samples).
func TestUpgradeRehashes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	u := projectUnit()
	oldTM(t, path, u)
	d, err := OpenDB(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	st, err := d.Import(ctx, func(yield func(tm.Unit, error) bool) { yield(u, nil) }, tm.ImportOptions{File: "project_save.tmx"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 0 || st.Merged != 1 {
		t.Errorf("the same unit imported again into the upgraded TM: %d added, %d merged; want 0 added, 1 merged", st.Added, st.Merged)
	}
	if st, err := d.Stats(ctx); err != nil || st.Units != 1 {
		t.Errorf("units = %d, %v; want 1", st.Units, err)
	}
}

// Opening a TM of an older schema says that it was upgraded, from and to
// which version, once; a new TM and an up-to-date one say nothing.
func TestUpgradeSaysSo(t *testing.T) {
	dir := t.TempDir()
	var got []tm.Upgrade
	uctx := tm.WithUpgrade(ctx, func(u tm.Upgrade) { got = append(got, u) })
	open := func(p string) {
		t.Helper()
		s, err := Open(uctx, p)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	open(filepath.Join(dir, "new.db"))
	if len(got) != 0 {
		t.Fatalf("a new TM: told %v; want nothing", got)
	}
	path := filepath.Join(dir, "old.db")
	oldTM(t, path, projectUnit())
	open(path)
	want := tm.Upgrade{Path: path, From: 2, To: migrationCount(t), Rehashed: 1}
	if len(got) != 1 || got[0] != want {
		t.Fatalf("a schema-2 TM: told %+v; want once %+v", got, want)
	}
	open(path)
	if len(got) != 1 {
		t.Errorf("an up-to-date TM: told %+v; want nothing more", got[1:])
	}
}
