package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

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
			"testdata/script/tm_copy.txtar", "testdata/script/tm_xliff.txtar", "testdata/postgres/postgres.txtar"},
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
