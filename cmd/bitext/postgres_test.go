package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/rogpeppe/go-internal/testscript"
)

var pgSchemaSeq atomic.Int64

// TestScriptsPostgres runs the TM's end-to-end scripts with $BITEXT_DB a
// PostgreSQL URL (a fresh schema per script) instead of a file: the same
// commands, the same output. It needs $BITEXT_TEST_POSTGRES (see
// testdata/postgres/cluster.sh; CI starts one).
func TestScriptsPostgres(t *testing.T) {
	url := os.Getenv("BITEXT_TEST_POSTGRES")
	if url == "" {
		t.Skip("BITEXT_TEST_POSTGRES is not set: start a cluster with testdata/postgres/cluster.sh start (CI does)")
	}
	ctx := context.Background()
	conn, err := pgxpool.New(ctx, url) // the scripts run in parallel, after this function returns
	if err != nil {
		t.Fatalf("connect %s: %v", url, err)
	}
	repoTestdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu      sync.Mutex
		schemas []string
	)
	t.Cleanup(func() {
		for _, s := range schemas {
			conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+s+" CASCADE")
		}
		conn.Close()
	})
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	testscript.Run(t, testscript.Params{
		Files: []string{"testdata/script/tm.txtar", "testdata/script/tm_tmx.txtar",
			"testdata/script/tm_jsonl.txtar", "testdata/script/tm_maint.txtar", "testdata/script/tm_find.txtar",
			"testdata/script/tm_copy.txtar", "testdata/script/tm_xliff.txtar", "testdata/script/tm_xliff_review.txtar", "testdata/script/tm_dryrun.txtar", "testdata/postgres/postgres.txtar"},
		Setup: func(env *testscript.Env) error {
			schema := fmt.Sprintf("script_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, pgSchemaSeq.Add(1))
			if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
				return err
			}
			mu.Lock()
			schemas = append(schemas, schema)
			mu.Unlock()
			env.Setenv("TESTDATA", repoTestdata)
			env.Setenv("BITEXT_DB", url+sep+"search_path="+schema)
			env.Setenv("PGSCHEMA", schema)
			env.Setenv("XDG_DATA_HOME", filepath.Join(env.WorkDir, "xdg"))
			return nil
		},
	})
}

// TestTMDatabaseErrorsExitCodes: a PostgreSQL URL pgx cannot take is bad
// input (exit 2, was 1 with pgx's parse error), and so is an import the
// database went away from midway (exit 2 as when it is down at the start,
// was 1), with a hint that nothing was written. Needs no server.
func TestTMDatabaseErrorsExitCodes(t *testing.T) {
	for _, url := range []string{"postgres://u:s3cret@127.0.0.1:99999/db", "postgres://u@127.0.0.1:5432/db?sslmode=bogus"} {
		_, stderr, code := runBitext(t, "", "--db", url, "tm", "stats")
		if code != 2 || !strings.Contains(stderr, "not a usable PostgreSQL URL") || strings.Contains(stderr, "s3cret") {
			t.Errorf("tm stats --db %s: exit %d, %q; want exit 2 naming a bad URL, no password", url, code, stderr)
		}
	}
	cut := fmt.Errorf("postgres://u@h:5432/db: %w: store units: FATAL: terminating connection due to administrator command (SQLSTATE 57P01)", tm.ErrUnavailable)
	err := tmImportErr(context.Background(), "big.tmx", cut, nil, false)
	var ee *exitError
	if !errors.As(err, &ee) || ee.Code != exitBadInput || !slices.ContainsFunc(ee.Hints, func(h string) bool { return strings.Contains(h, "nothing was written") }) {
		t.Errorf("tmImportErr(database gone) = %#v; want exit 2 with the hint that nothing was written", err)
	}
	// An import the database stopped on a deadlock with other imports,
	// run again until the retries gave up (three imports of the same new
	// units at once): nothing was stored, and running it again is the way.
	busy := fmt.Errorf("write postgres://u@h:5432/db: %w", fmt.Errorf("%w: %w (deadlock detected)", tm.ErrBusy, tm.ErrConflict))
	err = tmImportErr(context.Background(), "big.tmx", busy, nil, false)
	if !errors.As(err, &ee) || !slices.ContainsFunc(ee.Hints, func(h string) bool {
		return strings.Contains(h, "nothing from big.tmx was stored") && strings.Contains(h, "run the import again")
	}) {
		t.Errorf("tmImportErr(busy) = %#v; want the hint that nothing was stored and to run it again", err)
	}
}

// oneUnitTMX writes a TMX file of one en-fr unit and returns its path.
func oneUnitTMX(t *testing.T) string {
	t.Helper()
	tmx := filepath.Join(t.TempDir(), "a.tmx")
	if err := os.WriteFile(tmx, []byte(`<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu><tuv xml:lang="en"><seg>The talks resumed.</seg></tuv><tuv xml:lang="fr"><seg>Les pourparlers ont repris.</seg></tuv></tu></body></tmx>`), 0o644); err != nil {
		t.Fatal(err)
	}
	return tmx
}

// TestStatementTimeout: a database whose statement_timeout (set for
// bitext's role by its administrator) cuts bitext's statements is refused
// at the start with exit 2, a message naming statement_timeout and a hint
// saying how to lift it: serve does not start (it would answer every
// request 503), and an import stores nothing. Both exited 1 with "the
// translation memory is busy (canceling statement due to statement
// timeout)". The table another session holds locked makes the cut certain
// (a 1 ms limit cut the start in most runs, not all). The role has two
// limits in turn: 60 s while the first import creates the TM and stores
// into it, a limit that must not cut them (in CI, under -race beside other
// packages' tests, the schema's creation took over 200 ms and a 200 ms
// limit cut it; 2 s is only ten times that), then 2 s for the runs that
// meet the locked table, a limit that must cut them, which the lock makes
// certain however slow the machine.
func TestStatementTimeout(t *testing.T) {
	url, schema := pgtest.TempRole(t, "60s")
	tmx := oneUnitTMX(t)
	if _, stderr, code := runBitext(t, "", "--db", url, "tm", "import", tmx); code != 0 {
		t.Fatalf("tm import under a 60 s statement_timeout, nothing locked: exit %d %s", code, stderr)
	}
	pgtest.SetStatementTimeout(t, url, "2s") // each run below is a new session
	pgtest.Lock(t, schema, "unit")
	for _, args := range [][]string{
		{"serve", "--addr", "127.0.0.1:0", "--no-access-log"},
		{"tm", "import", tmx},
	} {
		_, stderr, code := runBitext(t, "", append([]string{"--db", url}, args...)...)
		if code != 2 || !strings.Contains(stderr, "the database cancelled a statement at its statement_timeout") || !strings.Contains(stderr, "ALTER ROLE name SET statement_timeout = 0") || !strings.Contains(stderr, "options=-c%20statement_timeout%3D0") {
			t.Errorf("bitext %s under a statement_timeout that cuts it: exit %d\n%s\nwant exit 2 naming statement_timeout, with the hint", strings.Join(args, " "), code, stderr)
		}
	}
}

// TestTablesGone: a PostgreSQL TM whose tables were dropped (its unit
// table here, by hand or a botched restore; DROP SCHEMA ... CASCADE is
// ErrNoSchema's case at the start). Each tm command, and serve at its
// start, exits 2 (the --db names no usable TM: bad input, as one that is
// not a TM) saying the tables are gone from the schema and what to do,
// not 1 with "relation \"unit\" does not exist". The same error from a
// write midway (an import the tables vanished under) is exit 2 too.
func TestTablesGone(t *testing.T) {
	url, schema := pgtest.TempSchema(t)
	tmx := oneUnitTMX(t)
	if _, stderr, code := runBitext(t, "", "--db", url, "tm", "import", tmx); code != 0 {
		t.Fatalf("tm import: exit %d %s", code, stderr)
	}
	ctx := context.Background()
	conn, err := pgxpool.New(ctx, pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.Exec(ctx, "DROP TABLE "+schema+".unit CASCADE"); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"tm", "stats"},
		{"tm", "lookup", "--src", "en", "--tgt", "fr", "The talks resumed."},
		{"tm", "import", tmx},
		{"serve", "--addr", "127.0.0.1:0", "--no-access-log"},
	} {
		_, stderr, code := runBitext(t, "", append([]string{"--db", url}, args...)...)
		if code != 2 || !strings.Contains(stderr, "the translation memory's tables are gone from schema "+schema) || !strings.Contains(stderr, "restore them from a backup") {
			t.Errorf("bitext %s with the unit table dropped: exit %d\n%s\nwant exit 2 saying the tables are gone from schema %s and what to do", strings.Join(args, " "), code, stderr, schema)
		}
	}
	gone := fmt.Errorf("postgres://u@h:5432/db: %w from schema s (relation \"unit\" does not exist, SQLSTATE 42P01)", tm.ErrTablesGone)
	var ee *exitError
	if err := tmImportErr(ctx, "big.tmx", gone, nil, false); !errors.As(err, &ee) || ee.Code != exitBadInput {
		t.Errorf("tmImportErr(tables gone) = %#v; want exit 2", err)
	}
}

// TestPasswordNeverPrinted runs commands on a PostgreSQL TM whose URL gives
// a password both ways PostgreSQL takes one, postgres://u:PW@host and
// ?password=PW, and checks that neither is printed in any form: tm stats'
// path (as the upgrade notice names the TM), the creation notice, and the
// errors of a missing TM and of a bad URL, which quoted the query's
// password (srv42). The test cluster trusts its clients, so the passwords
// are read and ignored. It needs $BITEXT_TEST_POSTGRES.
func TestPasswordNeverPrinted(t *testing.T) {
	url := os.Getenv("BITEXT_TEST_POSTGRES")
	if url == "" {
		t.Skip("BITEXT_TEST_POSTGRES is not set: start a cluster with testdata/postgres/cluster.sh start (CI does)")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect %s: %v", url, err)
	}
	defer conn.Close(ctx)
	schema := fmt.Sprintf("pw_%d", time.Now().UnixNano()%1e9)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE") })
	base, query, _ := strings.Cut(url, "?")
	if query != "" {
		query += "&"
	}
	user := strings.TrimPrefix(base, "postgres://")
	user, host, _ := strings.Cut(user, "@")
	user, _, _ = strings.Cut(user, ":")
	secrets := []string{"userSecret9", "query Secret7", "query+Secret7", "query%20Secret7"}
	withPW := "postgres://" + user + ":userSecret9@" + host + "?" + query + "password=query%20Secret7&search_path="
	queryOnly := "postgres://" + user + "@" + host + "?" + query + "password=query+Secret7&search_path="
	for _, tc := range []struct {
		name, url string
		args      []string
		code      int
		want      string
	}{
		{"tm add creates", withPW + schema, []string{"tm", "add", "--src", "en", "--tgt", "fr", "Hello.", "Bonjour."}, 0, "created a new translation memory in"},
		{"tm stats", withPW + schema, []string{"tm", "stats"}, 0, "?search_path=" + schema},
		{"tm stats jsonl", queryOnly + schema, []string{"tm", "stats", "--format", "jsonl"}, 0, `"path":`},
		{"a missing TM", withPW + "nowhere_" + schema, []string{"tm", "lookup", "--src", "en", "--tgt", "fr", "Hello."}, exitBadInput, "password=xxxxx"},
		{"a missing TM, query password only", queryOnly + "nowhere_" + schema, []string{"tm", "stats"}, exitBadInput, "password=xxxxx"},
		{"a bad URL", strings.Replace(withPW, "password=", "sslmode=bogus&password=", 1), []string{"tm", "stats"}, exitBadInput, "not a usable PostgreSQL URL"},
		{"a bad URL, query password only", strings.Replace(queryOnly, "password=", "sslmode=bogus&password=", 1), []string{"tm", "stats"}, exitBadInput, "not a usable PostgreSQL URL"},
	} {
		stdout, stderr, code := runBitext(t, "", append([]string{"--db", tc.url}, tc.args...)...)
		if code != tc.code || !strings.Contains(stdout+stderr, tc.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit %d and %q", tc.name, code, stdout, stderr, tc.code, tc.want)
		}
		for _, s := range secrets {
			if strings.Contains(stdout+stderr, s) {
				t.Errorf("%s: the password %q printed: stdout %q, stderr %q", tc.name, s, stdout, stderr)
			}
		}
	}
}

// pgTables lists the tables of schema in the test database.
func pgTables(t *testing.T, schema string) []string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, schema)
	if err != nil {
		t.Fatal(err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// TestFailedFirstWritePostgres: a command that creates a PostgreSQL TM
// (in an empty schema) and then fails before storing anything drops the
// tables it created and says so, as it removes a new SQLite file; the
// schema is as it was, and the next command creates the TM afresh. A TM
// that was there keeps its tables. (The tables stayed: the next command
// found an empty TM there, and lookups in it answered nothing.)
func TestFailedFirstWritePostgres(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.tmx")
	os.WriteFile(bad, []byte(`<tmx version="1.4"><body><tu>`), 0o644)
	badNames := filepath.Join(dir, "bad.gl.tsv")
	os.WriteFile(badNames, []byte("Qassem Soleimani\tthing\tQasim Soleimani\n"), 0o644)
	manifest := filepath.Join(dir, "m.tsv")
	os.WriteFile(filepath.Join(dir, "s.en.txt"), []byte("Good morning.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bin.fr.txt"), []byte("\x7fELF\x00\x01"), 0o644)
	os.WriteFile(manifest, []byte("s.en.txt\tbin.fr.txt\n"), 0o644) // fails when the batch reads it

	url, schema := pgtest.TempSchema(t)
	for i, args := range [][]string{
		{"tm", "import", bad},
		{"names", "import", badNames}, // read before the TM is opened: nothing is created
		{"align", "--batch", "--into", manifest},
	} {
		_, stderr, code := runBitext(t, "", append([]string{"--db", url}, args...)...)
		if code == 0 {
			t.Fatalf("bitext %s: exit 0, %s; want a failure", strings.Join(args, " "), stderr)
		}
		if strings.Contains(stderr, "created a new translation memory in") != strings.Contains(stderr, "was removed: nothing was stored in it") {
			t.Errorf("bitext %s into a new PostgreSQL TM: %q; want it to say the TM it created was removed", strings.Join(args, " "), stderr)
		}
		if i != 1 && !strings.Contains(stderr, "was removed") {
			t.Errorf("bitext %s into a new PostgreSQL TM: %q; want it to say the TM it created was removed", strings.Join(args, " "), stderr)
		}
		if got := pgTables(t, schema); len(got) != 0 {
			t.Errorf("bitext %s failed on a new PostgreSQL TM and left the tables %v; want the schema as it was (empty)", strings.Join(args, " "), got)
		}
	}

	// A TM that is there, even empty, stays.
	if _, stderr, code := runBitext(t, "", "--db", url, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d, %s", code, stderr)
	}
	before := pgTables(t, schema)
	if _, stderr, code := runBitext(t, "", "--db", url, "tm", "import", bad); code != exitBadInput || strings.Contains(stderr, "removed") {
		t.Errorf("tm import bad.tmx into a TM: exit %d, %q; want 2, nothing removed", code, stderr)
	}
	if got := pgTables(t, schema); !slices.Equal(got, before) {
		t.Errorf("a failed import into a TM changed its tables: %v; want %v", got, before)
	}
	if stdout, _, _ := runBitext(t, "", "--db", url, "tm", "lookup", "--src", "en", "--tgt", "fr", "Good morning."); !strings.Contains(stdout, "Bonjour.") {
		t.Errorf("the TM lost its unit: lookup says %q", stdout)
	}
}
