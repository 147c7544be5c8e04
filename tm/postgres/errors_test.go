package postgres

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/bitext/bitext/tm/textio"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// TestUnreachableHost: a URL naming a port where no server listens is an
// error wrapping tm.ErrUnavailable that names the host and port, and not
// the password.
func TestUnreachableHost(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	_, err = Open(ctx, "postgres://bitext:s3cret-pw@"+addr+"/bitext_test?sslmode=disable&connect_timeout=5")
	if err == nil {
		t.Fatal("Open of an unreachable server succeeded")
	}
	if !errors.Is(err, tm.ErrUnavailable) {
		t.Errorf("error %v does not wrap tm.ErrUnavailable", err)
	}
	if msg := err.Error(); !strings.Contains(msg, addr) || strings.Contains(msg, "s3cret-pw") {
		t.Errorf("error %q: want the address %s and never the password", msg, addr)
	}
}

// TestWrongPassword: a login the server refuses is an error wrapping
// tm.ErrUnavailable that names the host, never the password. The test
// cluster (testdata/postgres/cluster.sh) asks the role bitext_pw for its
// password; a server that trusts it skips the test.
func TestWrongPassword(t *testing.T) {
	cfg, err := pgx.ParseConfig(testURL(t))
	if err != nil {
		t.Fatal(err)
	}
	bad := fmt.Sprintf("postgres://bitext_pw:wr0ng-pw@%s/%s?sslmode=disable", net.JoinHostPort(cfg.Host, fmt.Sprint(cfg.Port)), cfg.Database)
	s, err := Open(ctx, bad)
	if err == nil {
		s.Close()
		t.Skip("the test server took a wrong password for bitext_pw: it does not check passwords (see testdata/postgres/cluster.sh)")
	}
	if !errors.Is(err, tm.ErrUnavailable) {
		t.Errorf("error %v does not wrap tm.ErrUnavailable", err)
	}
	if msg := err.Error(); strings.Contains(msg, "wr0ng-pw") || !strings.Contains(msg, cfg.Host) {
		t.Errorf("error %q: want the host %s and never the password", msg, cfg.Host)
	}
}

// TestRedact: URLs in messages never carry the password.
func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u:pw@h:5432/db":     "postgres://u:xxxxx@h:5432/db",
		"postgres://u@h/db":             "postgres://u@h/db",
		"postgresql://u:p@ss@h:1/d?x=y": "postgresql://u:xxxxx@h:1/d?x=y",
		// A password can be a query parameter too (srv42 left it printed).
		"postgres://u@h/db?sslmode=disable&password=s3cret&search_path=a": "postgres://u@h/db?sslmode=disable&password=xxxxx&search_path=a",
		"postgres://u:pw@h/db?pass%77ord=s%40cret":                        "postgres://u:xxxxx@h/db?pass%77ord=xxxxx",
		"postgres://u@h/db?application_name=a@b&password=pw":              "postgres://u@h/db?application_name=a@b&password=xxxxx",
	} {
		if got := redact(in); got != want {
			t.Errorf("redact(%q) = %q, want %q", in, got, want)
		}
	}
	if err := scrub(errors.New("bad pw in s3cret"), "postgres://u:s3cret@h/db"); strings.Contains(err.Error(), "s3cret") {
		t.Errorf("scrub left the password: %v", err)
	}
	if err := scrub(errors.New("cannot parse `postgres://u@h/db?password=s3 cret`"), "postgres://u@h/db?password=s3%20cret"); strings.Contains(err.Error(), "s3 cret") {
		t.Errorf("scrub left the query's password: %v", err)
	}
}

// TestNotTM: a schema holding another application's tables is refused and
// left as it was.
func TestNotTM(t *testing.T) {
	s := openTemp(t)
	// A second schema with a foreign table, opened as a TM.
	url := testURL(t)
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	schema := fmt.Sprintf("other_%d", time.Now().UnixNano()%1e9)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema+"; CREATE TABLE "+schema+".invoices(id int)"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE") })
	_ = s
	_, err = Open(ctx, withParam(url, "search_path", schema))
	if !errors.Is(err, tm.ErrNotTM) {
		t.Fatalf("Open of a foreign schema: %v, want tm.ErrNotTM", err)
	}
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM information_schema.tables WHERE table_schema = $1", schema).Scan(&n); err != nil || n != 1 {
		t.Errorf("the foreign schema has %d tables (%v), want its 1 left alone", n, err)
	}
}

// TestNoSchema: a search_path naming no schema that exists is bad input
// saying so and how to make it, not PostgreSQL's "no schema has been
// selected to create in" at the first migration (exit 1); nothing is
// created anywhere.
func TestNoSchema(t *testing.T) {
	url := testURL(t)
	schema := fmt.Sprintf("absent_%d", time.Now().UnixNano()%1e9)
	s, err := Open(ctx, withParam(url, "search_path", schema))
	if err == nil {
		s.Close()
		t.Fatal("Open of a TM in a schema that does not exist succeeded")
	}
	if !errors.Is(err, ErrNoSchema) || !textio.IsBadInput(err) || !strings.Contains(err.Error(), "CREATE SCHEMA "+schema) {
		t.Errorf("Open in the missing schema %s: %v; want ErrNoSchema, bad input, naming CREATE SCHEMA %s", schema, err, schema)
	}
}

// TestNewerSchema: a TM migrated by a newer bitext is refused.
func TestNewerSchema(t *testing.T) {
	s := openTemp(t)
	if _, err := s.pool.Exec(ctx, "INSERT INTO bitext_migrations(version, name) VALUES (99, 'future.sql')"); err != nil {
		t.Fatal(err)
	}
	if err := s.migrate(ctx); !errors.Is(err, tm.ErrNewerSchema) {
		t.Errorf("migrate with schema 99: %v, want tm.ErrNewerSchema", err)
	}
}

func withParam(url, k, v string) string {
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return url + sep + k + "=" + v
}

// TestConflictErrors: a deadlock and a serialization failure are
// conflicts (tm.ErrConflict, which Import runs again) and busy; a lock
// timeout is busy only. No server needed.
func TestConflictErrors(t *testing.T) {
	s := &Store{loc: "postgres://h/db"}
	for code, conflict := range map[string]bool{"40P01": true, "40001": true, "55P03": false, "57014": false} {
		err := s.mapErr(fmt.Errorf("merge units: %w", &pgconn.PgError{Code: code, Message: "m"}))
		if !errors.Is(err, tm.ErrBusy) || errors.Is(err, tm.ErrConflict) != conflict {
			t.Errorf("%s: %v; want busy, conflict %v", code, err, conflict)
		}
	}
	if !s.WritesConflict() {
		t.Error("WritesConflict is false")
	}
}

// TestOneLineTLSFallback: with sslmode=prefer (a URL without sslmode) a
// server without TLS refuses it and the attempt without TLS says what went
// wrong; the message read "tls error: server refused TLS connection: ...
// password authentication failed", as if TLS were the cause. The refusal
// stays when it is the only attempt (sslmode=require).
func TestOneLineTLSFallback(t *testing.T) {
	prefer := errors.New("failed to connect to `user=bitext_pw database=tm`:\n\t10.0.0.5:5432 (db.example.org): tls error: server refused TLS connection\n\t10.0.0.5:5432 (db.example.org): failed SASL auth: FATAL: password authentication failed for user \"bitext_pw\" (SQLSTATE 28P01)")
	want := "failed to connect to `user=bitext_pw database=tm`: 10.0.0.5:5432 (db.example.org): failed SASL auth: FATAL: password authentication failed for user \"bitext_pw\" (SQLSTATE 28P01)"
	if got := oneLine(prefer); got != want {
		t.Errorf("oneLine(TLS refused, then a wrong password) =\n%s\nwant\n%s", got, want)
	}
	require := errors.New("failed to connect to `user=bitext database=tm`: 10.0.0.5:5432 (db.example.org): tls error: server refused TLS connection")
	if got := oneLine(require); !strings.Contains(got, "server refused TLS connection") {
		t.Errorf("oneLine(TLS refused, sslmode=require) = %s; want the refusal named", got)
	}
	// Live, when the test server asks bitext_pw for a password and has no TLS.
	cfg, err := pgx.ParseConfig(testURL(t))
	if err != nil {
		t.Fatal(err)
	}
	bad := fmt.Sprintf("postgres://bitext_pw:wr0ng-pw@%s/%s", net.JoinHostPort(cfg.Host, fmt.Sprint(cfg.Port)), cfg.Database)
	if s, err := Open(ctx, bad); err == nil {
		s.Close()
	} else if msg := err.Error(); strings.Contains(msg, "password authentication failed") && strings.Contains(msg, "refused TLS") {
		t.Errorf("Open with a wrong password, no sslmode: %s; want the refused TLS left out", msg)
	}
}

// TestTablesGone: a TM whose schema or tables were dropped while a store
// had it open. Its reads and writes fail wrapping tm.ErrTablesGone and
// naming the schema and what to do (a server answers 503), not with the
// bare "relation \"unit\" does not exist". Opening it again does what
// the message says: a schema that is gone is ErrNoSchema (CREATE SCHEMA);
// an emptied one gets a new, empty TM; one left with part of a TM is
// ErrTablesGone again.
func TestTablesGone(t *testing.T) {
	for _, c := range []struct {
		name, drop string
		reopen     func(t *testing.T, err error, s *Store)
	}{
		{"schema", "DROP SCHEMA %[1]s CASCADE", func(t *testing.T, err error, _ *Store) {
			if !errors.Is(err, ErrNoSchema) {
				t.Errorf("Open again with the schema dropped: %v; want ErrNoSchema", err)
			}
		}},
		{"emptied", "DROP SCHEMA %[1]s CASCADE; CREATE SCHEMA %[1]s", func(t *testing.T, err error, s *Store) {
			if err != nil {
				t.Fatalf("Open again in the emptied schema: %v; want a new TM", err)
			}
			if st, err := s.Stats(ctx); err != nil || st.Units != 0 || !s.created {
				t.Errorf("the TM opened in the emptied schema: %+v, %v, created %v; want a new, empty one", st, err, s.created)
			}
		}},
		{"unit table", "DROP TABLE %[1]s.unit CASCADE", func(t *testing.T, err error, _ *Store) {
			if !errors.Is(err, tm.ErrTablesGone) {
				t.Errorf("Open again with the unit table dropped: %v; want tm.ErrTablesGone", err)
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			url, schema := pgtest.TempSchema(t)
			s, err := Open(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			conn, err := pgx.Connect(ctx, testURL(t))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(ctx)
			if _, err := conn.Exec(ctx, fmt.Sprintf(c.drop, schema)); err != nil {
				t.Fatal(err)
			}
			_, serr := s.Stats(ctx)
			werr := s.Write(ctx, func(tm.Writer) error { return nil })
			_, uerr := s.Unit(ctx, 1)
			errs := []error{serr, werr, uerr}
			if c.name != "unit table" { // the import table is still there
				_, ierr := s.Imports(ctx)
				errs = append(errs, ierr)
			}
			for i, err := range errs {
				if !errors.Is(err, tm.ErrTablesGone) || !strings.Contains(err.Error(), "gone from schema "+schema) || !strings.Contains(err.Error(), "restore them from a backup") {
					t.Errorf("call %d with the tables dropped: %v; want tm.ErrTablesGone naming schema %s and what to do", i, err, schema)
				}
			}
			s2, err := Open(ctx, url)
			if s2 != nil {
				defer s2.Close()
			}
			c.reopen(t, err, s2)
		})
	}
}

// TestDiskFullError: a statement that found the database server's disk
// full (SQLSTATE 53100 disk_full: "could not extend file ... No space left
// on device") is tm.ErrDiskFull, named so, so that a server answers 507
// rather than 500 and a monitor tells it from a fault of bitext's. No
// server needed.
func TestDiskFullError(t *testing.T) {
	s := &Store{loc: "postgres://h/db"}
	err := s.mapErr(fmt.Errorf("merge units: %w", &pgconn.PgError{Code: "53100", Message: `could not extend file "base/16384/16450": No space left on device`}))
	if !errors.Is(err, tm.ErrDiskFull) || !strings.Contains(err.Error(), "postgres://h/db") || !strings.Contains(err.Error(), "No space left on device") {
		t.Errorf("disk_full: %v; want tm.ErrDiskFull naming the database and the server's words", err)
	}
	if err := s.mapErr(&pgconn.PgError{Code: "53200", Message: "out of memory"}); errors.Is(err, tm.ErrDiskFull) {
		t.Errorf("out_of_memory: %v; want no ErrDiskFull", err)
	}
}

// TestOneLineRepeatedCause: pgx says a host that does not resolve twice
// over ("hostname resolving error: lookup nohost on 10.0.0.1:53: no such
// host: lookup nohost on 10.0.0.1:53: no such host"); the message says it
// once (trial56). A part that only looks alike stays.
func TestOneLineRepeatedCause(t *testing.T) {
	for in, want := range map[string]string{
		"failed to connect to `user=root database=x`: hostname resolving error: lookup nohost on 10.0.0.1:53: no such host: lookup nohost on 10.0.0.1:53: no such host": "failed to connect to `user=root database=x`: hostname resolving error: lookup nohost on 10.0.0.1:53: no such host",
		"dial: a: a":  "dial: a",
		"dial: ab: b": "dial: ab: b",
		"x: y":        "x: y",
	} {
		if got := oneLine(errors.New(in)); got != want {
			t.Errorf("oneLine(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestOneLineRepeatedCauseLines: the repeat of pgx's message comes on a
// line of its own, after the resolver's error; it is said once.
func TestOneLineRepeatedCauseLines(t *testing.T) {
	in := errors.New("failed to connect to `user=root database=x`: hostname resolving error: lookup nohost on 10.0.0.1:53: no such host\n\tlookup nohost on 10.0.0.1:53: no such host")
	want := "failed to connect to `user=root database=x`: hostname resolving error: lookup nohost on 10.0.0.1:53: no such host"
	if got := oneLine(in); got != want {
		t.Errorf("oneLine(%q) = %q; want %q", in, got, want)
	}
	if _, err := HasTM(context.Background(), "postgres://nohost.invalid:1/x"); err == nil || strings.Count(err.Error(), "no such host") > 1 {
		t.Errorf("HasTM of a host that does not resolve: %v; want an error saying \"no such host\" once", err)
	}
}
