package sqlite

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/storetest"
	"golang.org/x/text/language"
)

// docQueries are the queries that find a document's units or count
// them: each must search the index unit_file, not scan the units (a
// scan read every unit of a large TM for each page of the Documents tab).
var docQueries = []string{
	"SELECT file, count(*) FROM unit WHERE file != '' GROUP BY file ORDER BY file",
	"SELECT id FROM unit WHERE file = 'a.tsv' ORDER BY id",
	`SELECT DISTINCT v.lang FROM unit u JOIN variant v ON v.id >= u.id * 256 AND v.id < u.id * 256 + 256 WHERE u.file = 'a.tsv'`,
}

// queryPlan is SQLite's plan of query, its steps joined by "; ".
func queryPlan(t *testing.T, db *sql.DB, query string, args ...any) string {
	t.Helper()
	rows, err := db.Query("EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	return strings.Join(plan, "; ")
}

// checkDocIndex fails unless each of docQueries uses unit_file.
func checkDocIndex(t *testing.T, db *sql.DB) {
	t.Helper()
	for _, q := range docQueries {
		if p := queryPlan(t, db, q); !strings.Contains(p, "INDEX unit_file") {
			t.Errorf("plan of %s:\n%s\nwant the index unit_file", q, p)
		}
	}
}

func TestDocumentQueriesUseIndex(t *testing.T) {
	s := openTemp(t)
	checkDocIndex(t, s.db)
}

// A TM of schema 3 (before unit_file) gets the index when opened, and
// lists its documents as before; opened read-only, it is read without it.
func TestUpgradeFromSchema3(t *testing.T) {
	path := schema3TM(t)

	// Read-only (a team's TM on a read-only share), it is read as it is.
	ro, err := openReadOnly(ctx, path)
	if err != nil {
		t.Fatalf("open a schema-3 TM read-only: %v; want it read without the index", err)
	}
	rd := tm.New(ro)
	if docs, err := rd.Documents(ctx); err != nil || len(docs) != 1 || docs[0].Units != 1 {
		t.Errorf("Documents of a schema-3 TM read-only = %+v, %v; want a.tsv", docs, err)
	}
	if v, _ := rd.SchemaVersion(ctx); v != 3 {
		t.Errorf("schema of a schema-3 TM read-only = %d; want 3", v)
	}
	rd.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open a schema-3 TM: %v", err)
	}
	d := tm.New(s)
	defer d.Close()
	if v, _ := d.SchemaVersion(ctx); v != migrationCount(t) {
		t.Errorf("schema after upgrade = %d; want %d", v, migrationCount(t))
	}
	checkDocIndex(t, s.db)
	docs, err := d.Documents(ctx)
	if err != nil || len(docs) != 1 || docs[0].Name != "a.tsv" || docs[0].Units != 1 || strings.Join(docs[0].Langs, " ") != "en fr" {
		t.Errorf("Documents after upgrade = %+v, %v; want a.tsv, 1 unit, en fr", docs, err)
	}
	// Migration 5 filled the langs of the units stored before it.
	var langs string
	if err := s.db.QueryRow("SELECT langs FROM unit WHERE file = 'a.tsv'").Scan(&langs); err != nil || langs != "en fr" {
		t.Errorf("langs of a unit stored before migration 5 = %q, %v; want \"en fr\"", langs, err)
	}
}

// A TM of schema 3 opened while another process holds the write lock (a
// long import by an older bitext) opens at once without the index, rather
// than waiting for the lock and failing; the next open adds it.
func TestUpgradeFromSchema3WhileLocked(t *testing.T) {
	path := schema3TM(t)
	other, err := sql.Open(driverName, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "INSERT INTO import(file, added, merged) VALUES ('b.tsv', 0, 0)"); err != nil {
		t.Fatal(err)
	}

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open a schema-3 TM another process is writing: %v; want it opened without the index", err)
	}
	d := tm.New(s)
	if v, _ := d.SchemaVersion(ctx); v != 3 {
		t.Errorf("schema while locked = %d; want 3 (left for a later open)", v)
	}
	if docs, err := d.Documents(ctx); err != nil || len(docs) != 1 || docs[0].Units != 1 {
		t.Errorf("Documents while locked = %+v, %v; want a.tsv", docs, err)
	}
	d.Close()

	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.SchemaVersion(ctx); v != migrationCount(t) {
		t.Errorf("schema after the lock = %d; want %d", v, migrationCount(t))
	}
	checkDocIndex(t, s.db)
	// The store's connections wait for other writers again.
	var ms int
	if err := s.db.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&ms); err != nil || ms != busyTimeoutMS {
		t.Errorf("busy_timeout after the migration = %d, %v; want %d", ms, err, busyTimeoutMS)
	}
}

// schema3TM makes a TM of schema 3, the one before unit_file, with one
// unit of the document a.tsv, and returns its path.
func schema3TM(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := tm.New(s)
	if _, err := d.Import(ctx, func(yield func(tm.Unit, error) bool) {
		yield(tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "One."}, {Lang: language.French, Text: "Un."}}}, nil)
	}, tm.ImportOptions{File: "a.tsv"}); err != nil {
		t.Fatal(err)
	}
	d.Close()
	db, err := sql.Open(driverName, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("DROP INDEX unit_file; DROP INDEX unit_file_langs; ALTER TABLE unit DROP COLUMN langs; DELETE FROM bitext_migrations WHERE version > 3"); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDocumentLangsFromIndex: a document's languages are read from the
// index unit_file_langs (a few seeks), not from every variant of its
// units (0.3 s for a document of a million units; see BENCHMARKS.md), and
// they are right after imports, an edit, and for units whose langs column
// is empty (written by a process that opened the TM before it was added).
func TestDocumentLangsFromIndex(t *testing.T) {
	s := openTemp(t)
	storetest.CheckDocumentLangs(t, s, func(id int64) {
		if _, err := s.db.Exec("UPDATE unit SET langs = '' WHERE id = ?", id); err != nil {
			t.Fatal(err)
		}
	})
	var langs string
	if err := s.db.QueryRow("SELECT langs FROM unit WHERE file = 'b.tsv'").Scan(&langs); err != nil || langs != "en fr" {
		t.Errorf("langs of an en-fr unit = %q, %v; want \"en fr\"", langs, err)
	}
	p := queryPlan(t, s.db, docLangsByIndex, "a.tsv")
	if strings.Count(p, "INDEX unit_file_langs (file=?") < 3 || strings.Contains(p, "SCAN unit") || strings.Contains(p, "SCAN u ") {
		t.Errorf("plan of the document's languages:\n%s\nwant three searches of unit_file_langs (the loose scan and the units without langs), no scan", p)
	}
}

// TestReadOnlySays: a TM that Open could only open read-only (its folder
// not writable: openReadOnly) says so, for a server to serve it read-only
// from the start; one opened as usual does not (trial39).
func TestReadOnlySays(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if tm.New(s).ReadOnly() {
		t.Error("a TM opened to write says it is read-only")
	}
	s.Close()
	ro, err := openReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if !tm.New(ro).ReadOnly() {
		t.Error("a TM opened read-only does not say so")
	}
}
