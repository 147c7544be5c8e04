package postgres

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/storetest"
	"github.com/jackc/pgx/v5"
)

var ctx = context.Background()

// testURL is the database the tests use: $BITEXT_TEST_POSTGRES, as
// testdata/postgres/cluster.sh prints it. Without it the tests skip.
func testURL(t testing.TB) string {
	u := os.Getenv("BITEXT_TEST_POSTGRES")
	if u == "" {
		t.Skip("BITEXT_TEST_POSTGRES is not set: start a cluster with testdata/postgres/cluster.sh start (CI does)")
	}
	return u
}

var schemaSeq atomic.Int64

// openTemp returns a store in a new schema of the test database, dropped
// by the test's cleanup.
func openTemp(t testing.TB) *Store {
	t.Helper()
	url := testURL(t)
	schema := fmt.Sprintf("t_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, schemaSeq.Add(1))
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect %s: %v", url, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, url)
		if err == nil {
			c.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
			c.Close(ctx)
		}
	})
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	s, err := Open(ctx, url+sep+"search_path="+schema)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	testURL(t)
	storetest.Run(t, func(t *testing.T) tm.Store { return openTemp(t) })
}
