// Package pgtest gives the tests of any package a PostgreSQL TM of their
// own, so that the same test runs on both stores: a fresh schema in the
// database that $BITEXT_TEST_POSTGRES names (testdata/postgres/cluster.sh
// prints it; CI starts that cluster), dropped when the test ends, and a
// throwaway cluster that a test may stop and start under a running TM.
//
// Without $BITEXT_TEST_POSTGRES every function skips the test with a
// message saying how to provide it.
package pgtest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env is the variable holding the test database's URL.
const Env = "BITEXT_TEST_POSTGRES"

// URL is $BITEXT_TEST_POSTGRES; the test is skipped without it.
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(Env)
	if u == "" {
		t.Skip(Env + " is not set: start a cluster with testdata/postgres/cluster.sh start (CI does)")
	}
	return u
}

var seq atomic.Int64

// TempURL creates a new schema in the test database and returns the URL
// of a TM in it (search_path set); the schema is dropped when the test
// ends.
func TempURL(t testing.TB) string {
	t.Helper()
	url, _ := TempSchema(t)
	return url
}

// TempSchema is TempURL that also returns the schema's name.
func TempSchema(t testing.TB) (url, schema string) {
	t.Helper()
	base := URL(t)
	ctx := context.Background()
	schema = fmt.Sprintf("t_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, seq.Add(1))
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect %s: %v", base, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if c, err := pgx.Connect(ctx, base); err == nil {
			c.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
			c.Close(ctx)
		}
	})
	return WithSchema(base, schema), schema
}

// TempRole creates a role of its own that may log in, with the role's
// statement_timeout set to statementTimeout (as a database's
// administrator sets one: ALTER ROLE ... SET statement_timeout), and a
// schema it owns; it returns the URL of a TM in that schema as that role,
// and the schema's name. Both are dropped when the test ends.
func TempRole(t testing.TB, statementTimeout string) (url, schema string) {
	t.Helper()
	base := URL(t)
	ctx := context.Background()
	n := fmt.Sprintf("%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, seq.Add(1))
	role, schema := "r_"+n, "t_"+n
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect %s: %v", base, err)
	}
	defer conn.Close(ctx)
	for _, sql := range []string{
		"CREATE ROLE " + role + " LOGIN",
		"ALTER ROLE " + role + " SET statement_timeout = '" + statementTimeout + "'",
		"CREATE SCHEMA " + schema + " AUTHORIZATION " + role,
	} {
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	t.Cleanup(func() {
		if c, err := pgx.Connect(ctx, base); err == nil {
			c.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
			c.Exec(ctx, "DROP ROLE IF EXISTS "+role)
			c.Close(ctx)
		}
	})
	cfg, err := pgx.ParseConfig(base)
	if err != nil {
		t.Fatal(err)
	}
	u := strings.Replace(base, cfg.User+"@", role+"@", 1)
	if u == base {
		t.Fatalf("%s: no user name to replace with %s", Env, role)
	}
	return WithSchema(u, schema), schema
}

// SetStatementTimeout changes the statement_timeout of the role that url
// logs in as (a role of TempRole) to statementTimeout, as its
// administrator would: sessions that start afterwards have it, those
// already open keep theirs. A test creates its TM under a limit that must
// not cut it, then shortens the limit that must.
func SetStatementTimeout(t testing.TB, url, statementTimeout string) {
	t.Helper()
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	sql := "ALTER ROLE " + pgx.Identifier{cfg.User}.Sanitize() + " SET statement_timeout = '" + statementTimeout + "'"
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// Lock holds tables of schema locked in ACCESS EXCLUSIVE mode, as another
// client's LOCK TABLE in a psql session would, from a connection of its
// own, until the returned transaction is rolled back or the test ends.
func Lock(t testing.TB, schema string, tables ...string) pgx.Tx {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, URL(t))
	if err != nil {
		t.Fatal(err)
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		conn.Close(ctx)
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Rollback(ctx); conn.Close(ctx) })
	names := make([]string, len(tables))
	for i, table := range tables {
		names[i] = schema + "." + table
	}
	if _, err := tx.Exec(ctx, "LOCK TABLE "+strings.Join(names, ", ")+" IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}
	return tx
}

// WithSchema is url with its search_path set to schema.
func WithSchema(url, schema string) string {
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return url + sep + "search_path=" + schema
}

// Cluster is a PostgreSQL cluster of the test's own, run by
// testdata/postgres/cluster.sh in a temporary folder on a port of its own,
// so that the test may stop and start it without disturbing other tests.
type Cluster struct {
	t    testing.TB
	dir  string
	Port int
	URL  string // its test database
}

// NewCluster starts a cluster for the test (the test is skipped unless the
// machine is set up for PostgreSQL tests: $BITEXT_TEST_POSTGRES is set);
// it is stopped and removed when the test ends.
func NewCluster(t testing.TB) *Cluster {
	t.Helper()
	URL(t)
	dir, err := os.MkdirTemp("", "bitext-pg-cluster")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o777) // run as root, the server runs as postgres
	c := &Cluster{t: t, dir: filepath.Join(dir, "data"), Port: freePort(t)}
	out := c.run("start")
	t.Cleanup(func() { c.run("stop"); os.RemoveAll(dir) })
	c.URL = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(out), "export "+Env+"="))
	return c
}

// Stop stops the cluster (fast: open transactions are rolled back).
func (c *Cluster) Stop() { c.t.Helper(); c.run("stop") }

// Start starts it again.
func (c *Cluster) Start() { c.t.Helper(); c.run("start") }

func (c *Cluster) run(verb string) string {
	c.t.Helper()
	cmd := exec.Command(script(), verb, c.dir)
	cmd.Env = append(os.Environ(), fmt.Sprintf("BITEXT_PG_PORT=%d", c.Port))
	out, err := cmd.CombinedOutput()
	if err != nil {
		c.t.Fatalf("cluster.sh %s: %v\n%s", verb, err, out)
	}
	return string(out)
}

// freePort is a loopback port no one listens on now.
func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// script is the path of testdata/postgres/cluster.sh, found from this
// file's place in the repository.
func script() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata", "postgres", "cluster.sh")
}
