package postgres

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/bitext/bitext/tm/storetest"
	"github.com/jackc/pgx/v5"
	"golang.org/x/text/language"
)

// queryPlan is PostgreSQL's plan of query, its lines joined by newlines.
func queryPlan(t *testing.T, s *Store, query string, args ...any) string {
	t.Helper()
	rows, err := s.pool.Query(ctx, "EXPLAIN "+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, line)
	}
	return strings.Join(plan, "\n")
}

// analyzeTM refreshes the planner's statistics of the test's TM: its
// tables only. A bare ANALYZE went through every table of the database,
// other tests' schemas too, and waited on a table another test held
// locked (the server's TestLockedTable counted it as a lookup's backend
// left waiting, and failed).
const analyzeTM = "ANALYZE unit, variant, posting, import"

// A document's units are found through the index unit_file, not a scan
// of the units (which read every unit of a large TM for each page of the
// Documents tab and each page of a document's units).
func TestDocumentQueriesUseIndex(t *testing.T) {
	s := openTemp(t)
	storetest.FillDocuments(t, s, 50, 200)
	if _, err := s.pool.Exec(ctx, analyzeTM); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"SELECT id FROM unit WHERE file = 'doc007.txt' ORDER BY id",
		"SELECT DISTINCT u.file, v.lang FROM unit u JOIN variant v ON v.unit_id = u.id WHERE u.file = ANY('{doc007.txt,doc008.txt}')",
	} {
		if p := queryPlan(t, s, q); !strings.Contains(p, "unit_file") {
			t.Errorf("plan of %s:\n%s\nwant the index unit_file", q, p)
		}
	}
}

// A TM of schema 1 opened while another process writes to it in a long
// transaction (an import of an older bitext) opens without the index
// rather than waiting for the transaction (CREATE INDEX waits for it);
// the next open adds it.
func TestUpgradeFromSchema1WhileWriting(t *testing.T) {
	url, schema := pgtest.TempSchema(t)
	// Each open tells what it upgraded (tm.WithUpgrade): nothing for a new
	// TM, nor for one it left as it was.
	var told []tm.Upgrade
	uctx := tm.WithUpgrade(ctx, func(u tm.Upgrade) { told = append(told, u) })
	s, err := Open(uctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if len(told) != 0 {
		t.Errorf("a new TM: told %+v; want nothing", told)
	}
	db := tm.New(s)
	if _, err := db.Add(ctx, tm.Unit{Origin: tm.Origin{File: "a.tsv"}, Variants: []tm.Variant{{Lang: language.English, Text: "Good morning."}, {Lang: language.French, Text: "Bonjour."}}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	other, err := pgx.Connect(ctx, pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close(ctx)
	if _, err := other.Exec(ctx, "DROP INDEX "+schema+".unit_file; DROP INDEX "+schema+".unit_file_langs; ALTER TABLE "+schema+".unit DROP COLUMN langs; DELETE FROM "+schema+".bitext_migrations WHERE version > 1"); err != nil {
		t.Fatal(err)
	}
	tx, err := other.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, "UPDATE "+schema+".unit SET usage_count = usage_count + 1"); err != nil {
		t.Fatal(err)
	}
	// The deadline only ends a hang: without lock_timeout, Open waits for
	// the other transaction, which ends after it.
	octx, cancel := context.WithTimeout(uctx, time.Minute)
	defer cancel()
	s, err = Open(octx, url)
	if err != nil {
		t.Fatalf("open a schema-1 TM another process is writing: %v; want it opened without the index", err)
	}
	db = tm.New(s)
	if v, err := db.SchemaVersion(ctx); err != nil || v != 1 {
		t.Errorf("schema while another process writes = %d, %v; want 1", v, err)
	}
	if len(told) != 0 {
		t.Errorf("a TM left at schema 1: told %+v; want nothing", told)
	}
	if docs, err := db.Documents(ctx); err != nil || len(docs) != 1 || docs[0].Units != 1 {
		t.Errorf("Documents while another process writes = %+v, %v; want a.tsv", docs, err)
	}
	db.Close()
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	s, err = Open(uctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(ctx); err != nil || v != 3 {
		t.Errorf("schema after the write = %d, %v; want 3", v, err)
	}
	if want := (tm.Upgrade{Path: s.Location(), From: 1, To: 3}); len(told) != 1 || told[0] != want {
		t.Errorf("the schema-1 TM updated: told %+v; want once %+v", told, want)
	}
}

// TestDocumentLangsFromIndex: a document's languages are read from the
// index unit_file_langs (a few seeks), not from every variant of its
// units (0.9 s for a document of a million units; see BENCHMARKS.md), and
// they are right after imports, an edit, and for units whose langs column
// is empty (written by a process that opened the TM before it was added).
func TestDocumentLangsFromIndex(t *testing.T) {
	s := openTemp(t)
	storetest.CheckDocumentLangs(t, s, func(id int64) {
		if _, err := s.pool.Exec(ctx, "UPDATE unit SET langs = '' WHERE id = $1", id); err != nil {
			t.Fatal(err)
		}
	})
	storetest.FillDocuments(t, s, 50, 200)
	if _, err := s.pool.Exec(ctx, analyzeTM); err != nil {
		t.Fatal(err)
	}
	p := queryPlan(t, s, docLangsByIndex, []string{"doc007.txt", "doc008.txt"})
	if strings.Count(p, "unit_file_langs") < 2 || strings.Contains(p, "Seq Scan on unit") || strings.Contains(p, "Seq Scan on variant") {
		t.Errorf("plan of the documents' languages:\n%s\nwant unit_file_langs for the loose scan and the units without langs, no scan", p)
	}
}
