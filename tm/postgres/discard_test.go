package postgres

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/jackc/pgx/v5"
	"golang.org/x/text/language"
)

// schemaTables lists the tables and sequences of schema.
func schemaTables(t *testing.T, schema string) []string {
	t.Helper()
	conn, err := pgx.Connect(ctx, pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT relname FROM pg_class JOIN pg_namespace n ON n.oid = relnamespace
		WHERE nspname = $1 AND relkind IN ('r', 'S') ORDER BY relname`, schema)
	if err != nil {
		t.Fatal(err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// TestDiscard: a store that created the TM (the schema had none) and
// stored nothing drops what it created on Discard, so that a command that
// failed leaves the database as it was; a TM that was there, one that got
// a unit, and one another session is using are kept.
func TestDiscard(t *testing.T) {
	url, schema := pgtest.TempSchema(t)
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if got := schemaTables(t, schema); !slices.Contains(got, "unit") || !slices.Contains(got, "unit_id_seq") {
		t.Fatalf("after Open: tables %v; want the TM's", got)
	}
	if removed, err := s.Discard(); err != nil || !removed {
		t.Fatalf("Discard of a new, empty TM = %v, %v; want true, nil", removed, err)
	}
	if got := schemaTables(t, schema); len(got) != 0 {
		t.Errorf("after Discard of a new, empty TM the schema holds %v; want nothing, as before", got)
	}

	// Through tm.DB.Finish, as the commands use it.
	s, err = Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	failed := context.Canceled // the command's own error, say an interrupt
	var de *tm.DiscardedError
	if err := tm.New(s).Finish(failed); !errors.As(err, &de) || de.Path != s.Location() {
		t.Errorf("Finish(err) on a new, empty TM = %v; want a *tm.DiscardedError naming %s", err, s.Location())
	}
	if got := schemaTables(t, schema); len(got) != 0 {
		t.Errorf("after Finish(err) the schema holds %v; want nothing", got)
	}

	// A TM that was there is kept, empty or not.
	first, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	first.Close()
	before := schemaTables(t, schema)
	again, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if removed, err := again.Discard(); err != nil || removed {
		t.Errorf("Discard of a TM that was there = %v, %v; want false, nil", removed, err)
	}
	if got := schemaTables(t, schema); !slices.Equal(got, before) {
		t.Errorf("Discard of a TM that was there: tables %v; want %v", got, before)
	}
}

// TestDiscardKeeps: a new TM that holds something, or whose tables another
// session holds a lock on, is not dropped; a bitext_migrations table that
// was there before Open (empty) stays, emptied again.
func TestDiscardKeeps(t *testing.T) {
	url, schema := pgtest.TempSchema(t)
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	db := tm.New(s)
	if _, err := db.Add(ctx, tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: "Good morning."}, {Lang: language.French, Text: "Bonjour."}}}); err != nil {
		t.Fatal(err)
	}
	if removed, err := db.Discard(); err != nil || removed {
		t.Errorf("Discard of a new TM holding a unit = %v, %v; want false, nil", removed, err)
	}
	if got := schemaTables(t, schema); !slices.Contains(got, "unit") {
		t.Errorf("Discard dropped a TM holding a unit: %v", got)
	}

	// Another session is in a transaction on the new TM.
	url2, schema2 := pgtest.TempSchema(t)
	s2, err := Open(ctx, url2)
	if err != nil {
		t.Fatal(err)
	}
	other, err := pgx.Connect(ctx, url2)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close(ctx)
	tx, err := other.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, "SELECT count(*) FROM unit"); err != nil {
		t.Fatal(err)
	}
	if removed, err := s2.Discard(); err != nil || removed {
		t.Errorf("Discard while another session uses the TM = %v, %v; want false, nil", removed, err)
	}
	tx.Rollback(ctx)
	if got := schemaTables(t, schema2); !slices.Contains(got, "unit") {
		t.Errorf("Discard dropped a TM another session was using: %v", got)
	}

	// bitext_migrations was there (an earlier attempt left it, empty).
	url3, schema3 := pgtest.TempSchema(t)
	if _, err := other.Exec(ctx, "CREATE TABLE "+schema3+".bitext_migrations (version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())"); err != nil {
		t.Fatal(err)
	}
	s3, err := Open(ctx, url3)
	if err != nil {
		t.Fatal(err)
	}
	if removed, err := s3.Discard(); err != nil || !removed {
		t.Errorf("Discard of a new TM over an empty bitext_migrations = %v, %v; want true, nil", removed, err)
	}
	if got := schemaTables(t, schema3); !slices.Equal(got, []string{"bitext_migrations"}) {
		t.Errorf("after Discard the schema holds %v; want bitext_migrations alone, as before", got)
	}
	var n int
	if err := other.QueryRow(ctx, "SELECT count(*) FROM "+schema3+".bitext_migrations").Scan(&n); err != nil || n != 0 {
		t.Errorf("bitext_migrations after Discard: %d rows (%v); want 0, as before", n, err)
	}
}

// TestDiscardWhileOpenElsewhere: a new TM that another process has opened
// (found there, empty, and is about to import into) is not dropped when
// its creator's first write fails: the other process's import then fails
// with "relation unit does not exist" no more. The other store holds no
// lock on the tables while it reads its file, so only its Open can say
// that it is there.
func TestDiscardWhileOpenElsewhere(t *testing.T) {
	url, schema := pgtest.TempSchema(t)
	creator, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	other, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if removed, err := creator.Discard(); err != nil || removed {
		t.Errorf("Discard while another store has the new TM open = %v, %v; want false, nil", removed, err)
	}
	db := tm.New(other)
	defer db.Close()
	if _, err := db.Add(ctx, tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: "Good morning."}, {Lang: language.French, Text: "Bonjour."}}}); err != nil {
		t.Errorf("the other store's first write: %v", err)
	}
	if got := schemaTables(t, schema); !slices.Contains(got, "unit") {
		t.Errorf("tables %v; want the TM kept", got)
	}

	// Once the other store is closed, the creator's Discard drops it.
	url2, schema2 := pgtest.TempSchema(t)
	if creator, err = Open(ctx, url2); err != nil {
		t.Fatal(err)
	}
	if other, err = Open(ctx, url2); err != nil {
		t.Fatal(err)
	}
	other.Close()
	if removed, err := creator.Discard(); err != nil || !removed {
		t.Errorf("Discard with no other store open = %v, %v; want true, nil", removed, err)
	}
	if got := schemaTables(t, schema2); len(got) != 0 {
		t.Errorf("tables %v after Discard; want none", got)
	}
}

// TestReadOnlyRole: a role that may only read the TM's schema (SELECT, no
// CREATE: a reviewer's or a reporting account) opens an up-to-date TM and
// looks up in it; its writes are tm.ErrReadOnly (bad input), with the
// GRANT that lets it write as their Hint. Open failed
// with "migration 0001_tm.sql: permission denied for schema": its
// CREATE TABLE IF NOT EXISTS needs CREATE even when the table is there.
// So does a TM of schema 1 (before the index unit_file, which the role
// may not create): it is read without the index.
func TestReadOnlyRole(t *testing.T) {
	t.Run("current", func(t *testing.T) { testReadOnlyRole(t, false) })
	t.Run("schema 1", func(t *testing.T) { testReadOnlyRole(t, true) })
}

func testReadOnlyRole(t *testing.T, schema1 bool) {
	r := newRoleTM(t, "ro_")
	schema, role := r.schema, r.role
	if schema1 {
		r.exec("DROP INDEX " + schema + ".unit_file; DROP INDEX " + schema + ".unit_file_langs; ALTER TABLE " + schema + ".unit DROP COLUMN langs; DELETE FROM " + schema + ".bitext_migrations WHERE version > 1")
	}
	r.exec("GRANT USAGE ON SCHEMA "+schema+" TO "+role,
		"GRANT SELECT ON ALL TABLES IN SCHEMA "+schema+" TO "+role)
	ro, err := Open(ctx, r.urlAs(schema))
	if err != nil {
		t.Fatalf("Open as a read-only role: %v", err)
	}
	rdb := tm.New(ro)
	defer rdb.Close()
	ms, err := rdb.Lookup(ctx, "Good morning.", tm.LookupOptions{Src: language.English, Tgt: language.French})
	if err != nil || len(ms) != 1 {
		t.Errorf("lookup as a read-only role: %v, %v; want the unit", ms, err)
	}
	if v, err := rdb.SchemaVersion(ctx); schema1 && (err != nil || v != 1) {
		t.Errorf("schema as a read-only role = %d, %v; want 1 (left as it was)", v, err)
	}
	_, err = rdb.Add(ctx, tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: "Hi."}, {Lang: language.French, Text: "Salut."}}})
	if !errors.Is(err, tm.ErrReadOnly) {
		t.Errorf("a write as a read-only role: %v; want tm.ErrReadOnly", err)
	}
	// Its hint is the GRANT that lets it write (trial60: the command's
	// was "use a TM file you may write").
	var h interface{ Hint() string }
	if want := "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \"" + schema + "\" TO \"" + role + "\""; !errors.As(err, &h) || !strings.Contains(h.Hint(), want) {
		t.Errorf("a write as a read-only role: %v; want a Hint with %q", err, want)
	}
}

// TestLocationSchema: two TMs in two schemas of one database have two
// locations (the search_path is part of it), so that tm copy between them
// is no copy onto itself and messages say which TM they mean. Both were
// "postgres://user@host:port/db": tm copy refused them as the same TM.
func TestLocationSchema(t *testing.T) {
	a, sa := pgtest.TempSchema(t)
	b, _ := pgtest.TempSchema(t)
	ta, err := Open(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	defer ta.Close()
	tb, err := Open(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	defer tb.Close()
	if ta.Location() == tb.Location() || !strings.HasSuffix(ta.Location(), "search_path="+sa) {
		t.Errorf("locations %q and %q; want each to name its schema", ta.Location(), tb.Location())
	}
	dst := tm.New(tb)
	if _, err := dst.Copy(ctx, tm.New(ta), tm.CopyOptions{}); err != nil {
		t.Errorf("copy between two schemas: %v", err)
	}
}

// TestDiscardAfterCancelledWrite: a new TM whose first write was cancelled
// (Ctrl-C in the middle of `tm import` or `tm copy` into a new database)
// is dropped, as in SQLite. The cancelled write's session stayed on the
// server a moment after its statement was cancelled, in a transaction
// holding its tables' locks, and Discard's LOCK ... NOWAIT took it for
// another session using the TM: the empty TM stayed (4 runs of 6 with
// the command). Several rounds, since the session's end races Discard.
func TestDiscardAfterCancelledWrite(t *testing.T) {
	for round := range 5 {
		url, schema := pgtest.TempSchema(t)
		s, err := Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		wctx, cancel := context.WithCancel(ctx)
		conn, err := s.pool.Acquire(wctx)
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() {
			_, err := conn.Exec(wctx, "BEGIN; LOCK TABLE unit IN ROW EXCLUSIVE MODE; SELECT pg_sleep(60)")
			done <- err
		}()
		// Cancel once the write holds its lock.
		for {
			var n int
			if err := s.hold.QueryRow(ctx, "SELECT count(*) FROM pg_locks WHERE relation = $1::regclass AND pid = $2", schema+".unit", conn.Conn().PgConn().PID()).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n > 0 {
				break
			}
		}
		cancel()
		if err := <-done; err == nil {
			t.Fatal("the write was not cancelled")
		}
		conn.Release()
		if removed, err := s.Discard(); err != nil || !removed {
			t.Fatalf("round %d: Discard after a cancelled write = %v, %v; want true, nil", round, removed, err)
		}
		if got := schemaTables(t, schema); len(got) != 0 {
			t.Fatalf("round %d: after Discard the schema holds %v; want nothing", round, got)
		}
	}
}
