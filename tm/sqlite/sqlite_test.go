package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/storetest"
	"golang.org/x/text/language"
)

var ctx = context.Background()

// openTemp returns a new store in a folder of its own, closed by the
// test's cleanup.
func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "sub", "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func pair(src, tgt string) tm.Unit {
	return tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: src}, {Lang: language.French, Text: tgt}}}
}

func seq(units ...tm.Unit) iter.Seq2[tm.Unit, error] {
	return func(yield func(tm.Unit, error) bool) {
		for _, u := range units {
			if !yield(u, nil) {
				return
			}
		}
	}
}

var corpus = func() []tm.Unit {
	var us []tm.Unit
	for i := range 6 {
		us = append(us, pair(fmt.Sprintf("Committed sentence number %d of the corpus.", i), fmt.Sprintf("Phrase %d.", i)))
	}
	return us
}()

func TestOpenCreatesAndMigrates(t *testing.T) {
	d := openTemp(t)
	v, err := d.SchemaVersion(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if v < 1 {
		t.Fatalf("SchemaVersion = %d; want >= 1", v)
	}
	d.Close()
	d2, err := Open(ctx, d.path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer d2.Close()
	v2, _ := d2.SchemaVersion(context.Background())
	if v2 != v {
		t.Fatalf("reopened SchemaVersion = %d; want %d", v2, v)
	}
}

func TestOpenRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("this is not a database, just some text that is long enough to be a header......."), 0o644)
	if _, err := Open(ctx, text); !errors.Is(err, tm.ErrNotTM) {
		t.Errorf("Open(text file) = %v; want tm.ErrNotTM", err)
	}
	before, _ := os.ReadFile(text)
	if string(before[:7]) != "this is" {
		t.Errorf("Open changed the text file")
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	d := openTemp(t)
	if _, err := d.db.Exec("INSERT INTO bitext_migrations(version, name) VALUES (999, 'future')"); err != nil {
		t.Fatal(err)
	}
	d.Close()
	if _, err := Open(ctx, d.path); !errors.Is(err, tm.ErrNewerSchema) {
		t.Errorf("Open(newer schema) = %v; want tm.ErrNewerSchema", err)
	}
}

// TestOpenNamedPipe: a named pipe given as the TM is refused as no TM at
// once; the check of the file's read permission opened it and waited for a
// writer that never came (review36).
func TestOpenNamedPipe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := Open(ctx, path)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, tm.ErrNotTM) || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("Open(named pipe) = %v; want tm.ErrNotTM, not a regular file", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Open(named pipe) still waits after 30 s")
	}
}

func TestOpenLeavesOtherSQLiteAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "places.sqlite")
	other, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Exec("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)"); err != nil {
		t.Fatal(err)
	}
	other.Close()
	before, _ := os.ReadFile(path)
	if _, err := Open(ctx, path); !errors.Is(err, tm.ErrNotTM) {
		t.Fatalf("Open(another application's SQLite) = %v; want tm.ErrNotTM", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Errorf("Open changed another application's SQLite file")
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Errorf("Open left a WAL file beside another application's SQLite file")
	}
}

func TestOpenRefusesDirectory(t *testing.T) {
	if _, err := Open(ctx, t.TempDir()); !errors.Is(err, tm.ErrNotTM) {
		t.Errorf("Open(directory) = %v; want tm.ErrNotTM", err)
	}
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) tm.Store { return openTemp(t) })
}

// TestOpenPathWithURICharacters: a TM whose path holds characters that a
// SQLite URI reads specially ('#' starts a fragment, '?' a query, '%' an
// escape) is stored in that file, not in one named by a cut path: two TMs
// in "Client #1" and "Client #2" stay apart.
func TestOpenPathWithURICharacters(t *testing.T) {
	root := t.TempDir()
	for i, name := range []string{"Client #1", "Client #2", "what?", "100%25", "%"} {
		p := filepath.Join(root, name, "tm.db")
		d, err := OpenDB(ctx, p)
		if err != nil {
			t.Errorf("OpenDB(%q): %v", p, err)
			continue
		}
		if _, err := d.Add(ctx, pair(fmt.Sprintf("Unit of TM %d.", i), "Unité.")); err != nil {
			t.Errorf("Add to %q: %v", p, err)
		}
		st, err := d.Stats(ctx)
		if err != nil || st.Units != 1 {
			t.Errorf("Stats(%q) = %d units, %v; want 1 (its own unit only)", p, st.Units, err)
		}
		d.Close()
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("%q is empty or missing (%v): the TM went to another file", p, err)
		}
	}
	ents, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if !e.IsDir() {
			t.Errorf("stray file %q beside the TM folders", e.Name())
		}
	}
}

// TestCancelledWriteSaysCanceled: a write whose context is cancelled fails
// with the context's error, not with what database/sql says of the
// transaction it rolled back ("statement is closed", "transaction has
// already been committed or rolled back"), so that a caller can tell an
// interruption from a failure.
func TestCancelledWriteSaysCanceled(t *testing.T) {
	s := openTemp(t)
	c, cancel := context.WithCancel(ctx)
	rec := func(h int64) []tm.UnitRecord {
		return []tm.UnitRecord{{Unit: pair("a", "b"), Langs: []string{"en", "fr"}, Bases: []string{"en", "fr"},
			Keys: []int64{1, 2}, Words: [][]int64{{3}, {4}}, Hash: h}}
	}
	err := s.Write(c, func(w tm.Writer) error {
		if err := w.PutUnits(c, rec(1), make([]int64, 1)); err != nil {
			return err
		}
		cancel()
		time.Sleep(100 * time.Millisecond) // database/sql rolls the transaction back
		return w.PutUnits(c, rec(2), make([]int64, 1))
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Write(cancelled) = %v; want context.Canceled", err)
	}
}

// TestCancelledImportSaysCanceled: Import cancelled at any moment fails
// with context.Canceled (as ImportFile documents), also when the cancel
// lands while a batch is being stored.
func TestCancelledImportSaysCanceled(t *testing.T) {
	d := tm.New(openTemp(t))
	var units []tm.Unit
	for i := range 20000 {
		units = append(units, pair(fmt.Sprintf("Sentence number %d of a long file.", i), fmt.Sprintf("Phrase %d.", i)))
	}
	for k := range 30 {
		c, cancel := context.WithCancel(ctx)
		go func() { time.Sleep(time.Duration(k*3) * time.Millisecond); cancel() }()
		if _, err := d.Import(c, seq(units...), tm.ImportOptions{}); err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("Import cancelled after %d ms = %v; want context.Canceled", k*3, err)
		}
		cancel()
	}
}

// TestConcurrentFirstOpen: processes that open a new TM at the same time
// (parallel imports into a TM not made yet) all succeed, each migration
// applied once. One failed with "table unit already exists" (the version
// was read outside the migration's transaction), and one that had created
// the file then removed it from under the others.
func TestConcurrentFirstOpen(t *testing.T) {
	for round := range 10 {
		p := filepath.Join(t.TempDir(), "tm.db")
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d, err := OpenDB(ctx, p)
				if err == nil {
					_, err = d.Add(ctx, pair(fmt.Sprintf("Sentence %d.", i), "Phrase."))
					d.Close()
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("round %d, opener %d: %v", round, i, err)
			}
		}
		d, err := OpenDB(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		if st, err := d.Stats(ctx); err != nil || st.Units != len(errs) || st.SchemaVersion != migrationCount(t) {
			t.Errorf("round %d: Stats = %d units, schema %d, %v; want %d units, schema %d", round, st.Units, st.SchemaVersion, err, len(errs), migrationCount(t))
		}
		d.Close()
	}
}

// TestLeanBatchesStoreWhatFullOnesDo imports plain units alone (putUnits
// binds only the columns they use) and beside a unit with every column
// (it binds them all): the plain units' rows must be the same.
func TestLeanBatchesStoreWhatFullOnesDo(t *testing.T) {
	created := time.Date(2026, 12, 3, 4, 5, 6, 0, time.UTC)
	plain := func() []tm.Unit {
		var us []tm.Unit
		for _, u := range corpus {
			u.Created, u.CreatedBy, u.ID, u.Origin.File = created, "ann", "id-"+u.Variants[1].Text, "f.tmx"
			us = append(us, u)
		}
		return us
	}
	full := pair("A unit with everything.", "Une unité avec tout.")
	full.Changed, full.ChangedBy, full.LastUsed, full.UsageCount = created, "bob", created, 3
	full.Origin = tm.Origin{File: "g.tmx", SrcDoc: "a.txt", TgtDoc: "b.txt", Score: 0.5}
	full.Props = []tm.Prop{{Type: "x-note", Text: "p"}}
	full.Variants[0].Markup = "A unit with <ph x=\"1\"/>everything."
	full.Variants[1].Props = []tm.Prop{{Type: "x-v", Text: "q"}}

	rows := func(units []tm.Unit) []string {
		s := openTemp(t)
		if _, err := tm.New(s).Import(ctx, seq(units...), tm.ImportOptions{}); err != nil {
			t.Fatal(err)
		}
		r, err := s.db.Query(`SELECT u.hash, u.tuid, u.srclang, u.created, u.created_by, u.changed, u.changed_by,
			u.last_used, u.usage_count, u.file, u.src_doc, u.tgt_doc, quote(u.score), u.prev, u.next, quote(u.meta),
			v.id % 256, v.lang, v.base, v.text, v.markup, v.key, quote(v.meta)
			FROM unit u JOIN variant v ON v.id / 256 = u.id WHERE u.hash != ? ORDER BY v.text`, mustHash(t, s, full))
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		var out []string
		for r.Next() {
			cols := make([]any, 23)
			ptrs := make([]any, len(cols))
			for i := range cols {
				ptrs[i] = &cols[i]
			}
			if err := r.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprintf("%q", cols))
		}
		return out
	}
	lean := rows(plain())
	mixed := rows(append(plain(), full))
	if len(lean) != 2*len(corpus) {
		t.Fatalf("lean import: %d variant rows; want %d", len(lean), 2*len(corpus))
	}
	if fmt.Sprint(lean) != fmt.Sprint(mixed) {
		t.Errorf("rows of plain units imported alone:\n%s\nbeside a full unit:\n%s", lean, mixed)
	}
}

// mustHash is the stored hash of the unit whose source text is u's, 0 if
// none.
func mustHash(t *testing.T, s *Store, u tm.Unit) int64 {
	var h int64
	err := s.db.QueryRow("SELECT u.hash FROM unit u JOIN variant v ON v.id / 256 = u.id WHERE v.text = ?", u.Variants[0].Text).Scan(&h)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		t.Fatal(err)
	}
	return h
}

// hashSetter gives the storetest cases a way to write a unit's stored
// hash as an older bitext did (an identity that counted more).
func hashSetter(s *Store) func(t *testing.T, id, hash int64) {
	return func(t *testing.T, id, hash int64) {
		if _, err := s.db.ExecContext(ctx, "UPDATE unit SET hash = ? WHERE id = ?", hash, id); err != nil {
			t.Fatal(err)
		}
	}
}

// TestReviewedOldHash: a reviewed unit stored before the reviewer's name
// left identity (its hash counted the name) merges with a new store of
// its pair, and takes today's hash.
func TestReviewedOldHash(t *testing.T) {
	s := openTemp(t)
	storetest.ReviewedOldHash(t, s, openTemp(t), hashSetter(s))
}

// TestFoldOnMaintenance: a deletion or an edit, the first write, folds
// an old TM's copies of reviewed pairs (storetest.FoldOnMaintenance).
func TestFoldOnMaintenance(t *testing.T) {
	storetest.FoldOnMaintenance(t, func(t *testing.T) (tm.Store, func(t *testing.T, id, hash int64)) {
		s := openTemp(t)
		return s, hashSetter(s)
	})
}

// TestChoresOtherShape: a bitext_chores of another shape refuses no
// write (storetest.ChoresOtherShape).
func TestChoresOtherShape(t *testing.T) {
	s := openTemp(t)
	exec := func(stmt string) func(t *testing.T) {
		return func(t *testing.T) {
			if _, err := s.db.ExecContext(ctx, stmt); err != nil {
				t.Fatal(err)
			}
		}
	}
	var shapes []storetest.ChoreShape
	for _, sh := range [][2]string{
		{"CREATE TABLE bitext_chores (x int)", "DROP TABLE bitext_chores"},
		{"CREATE TABLE bitext_chores (name int PRIMARY KEY, extra text NOT NULL)", "DROP TABLE bitext_chores"},
		{"CREATE VIEW bitext_chores AS SELECT 1 AS x", "DROP VIEW bitext_chores"},
	} {
		shapes = append(shapes, storetest.ChoreShape{Name: sh[0], Make: exec(sh[0]), Drop: exec(sh[1])})
	}
	storetest.ChoresOtherShape(t, s, hashSetter(s), shapes)
}

// TestFoldReviewedCopies: the first write folds an old TM's copies of
// reviewed pairs (storetest.FoldReviewedCopies).
func TestFoldReviewedCopies(t *testing.T) {
	s := openTemp(t)
	storetest.FoldReviewedCopies(t, s, hashSetter(s))
}
