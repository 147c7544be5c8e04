package postgres

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/bitext/bitext/tm/storetest"
	"github.com/jackc/pgx/v5"
)

func TestNeedsAnalyze(t *testing.T) {
	for _, tc := range []struct {
		added int
		rows  float64
		want  bool
	}{
		{4999, -1, false},       // too few units
		{5000, -1, true},        // a new TM (never analyzed)
		{5000, 0, true},         // an empty one
		{5000, 50000, true},     // a tenth
		{5000, 50001, false},    // less: autovacuum's
		{15000, 1000000, false}, // a large TM
		{150000, 1000000, true},
	} {
		if got := needsAnalyze(tc.added, tc.rows); got != tc.want {
			t.Errorf("needsAnalyze(%d, %v) = %v; want %v", tc.added, tc.rows, got, tc.want)
		}
	}
}

// TestWriteAnswersBeforeAnalyze: a write of analyzeAfter units answers
// while the ANALYZE after it cannot run (another session holds a lock
// ANALYZE needs and writes do not), and Close waits for that ANALYZE,
// which counted the units. Before, the write waited for the ANALYZE: it
// answered only when the lock went (here after a minute).
func TestWriteAnswersBeforeAnalyze(t *testing.T) {
	u, schema := pgtest.TempSchema(t)
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	conn, err := pgx.Connect(ctx, pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, "LOCK TABLE "+schema+".unit IN SHARE UPDATE EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}
	var stuck atomic.Bool
	release := time.AfterFunc(time.Minute, func() {
		stuck.Store(true)
		tx.Rollback(ctx)
	})
	storetest.FillDocuments(t, s, 1, analyzeAfter)
	if !release.Stop() || stuck.Load() {
		t.Fatalf("a write of %d units answered only once the lock blocking ANALYZE went, after a minute", analyzeAfter)
	}
	// The ANALYZE is waiting for the lock. (The transaction sees a
	// snapshot of pg_stat_activity taken at its first look, unless
	// cleared.)
	var waiting int
	for range 100 {
		if _, err := tx.Exec(ctx, "SELECT pg_stat_clear_snapshot()"); err != nil {
			t.Fatal(err)
		}
		if err := tx.QueryRow(ctx, "SELECT count(*) FROM pg_stat_activity WHERE query = 'ANALYZE unit, variant, posting' AND pg_backend_pid() = ANY(pg_blocking_pids(pid))").Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		if waiting > 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if waiting == 0 {
		t.Errorf("no ANALYZE waiting for the lock after the write")
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	s.Close()
	var rows float64
	if err := conn.QueryRow(ctx, "SELECT reltuples FROM pg_class WHERE oid = $1::regclass", schema+".unit").Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != analyzeAfter {
		t.Errorf("after Close, the unit table's statistics count %v rows; want %d", rows, analyzeAfter)
	}
}
