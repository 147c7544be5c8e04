package postgres

import (
	"context"
	"sync"
	"time"
)

// The planner's statistics of a table that just grew by a bulk write are
// stale until autovacuum comes by (a minute or more), and lookups
// meanwhile get plans for the table as it was: for a new TM, an empty
// one (scans instead of index probes). So after a write that adds
// analyzeAfter units or more the store refreshes them itself, with an
// ANALYZE of the TM's tables — in the background, once the write has
// answered: it took 0.3 s of the review page's "Store in TM" of 15,000
// units. ANALYZE samples a bounded number of rows (300 times
// default_statistics_target a table), so it stays short on a large TM;
// lookups meanwhile keep the plans they had.
//
// A refresh runs when the units added since the last one are at least
// analyzeAfter and at least analyzeGrowth times the units the statistics
// counted then (pg_class.reltuples, whoever gathered them): a TM of a
// million units that grew by 5,000 is left to autovacuum, whose own
// threshold is a tenth of the table. One refresh runs at a time; writes
// that commit while it runs are counted for the next, which follows at
// once if they are enough. Close waits for a refresh under way (at most
// statsWait, then cancels it), so that `tm import`, which closes the
// store after it has answered, still leaves fresh statistics. A refresh
// that fails (the TM dropped meanwhile, the connection lost) is dropped:
// it is an optimization, and autovacuum refreshes them in time anyway.
const (
	// analyzeAfter is how many units writes add before the store
	// refreshes the planner's statistics itself.
	analyzeAfter = 5000
	// analyzeGrowth is the fraction of the table they must add too.
	analyzeGrowth = 0.1
	// statsWait bounds how long Close waits for a refresh under way.
	statsWait = 10 * time.Second
)

// statsRefresh is the store's background refresh of the planner's statistics.
// Its zero value is ready.
type statsRefresh struct {
	mu      sync.Mutex
	added   int  // units added by writes since the last refresh began
	running bool // a refresh goroutine is running
	closed  bool // Close began: no new refresh
	ctx     context.Context
	cancel  context.CancelFunc
	done    chan struct{} // closed when the running goroutine returns
}

// needsAnalyze reports whether writes that added added units since the
// last refresh, to a unit table whose statistics counted rows units
// (negative: never gathered), call for a refresh.
func needsAnalyze(added int, rows float64) bool {
	return added >= analyzeAfter && float64(added) >= analyzeGrowth*rows
}

// wroteUnits counts the units a committed write added and starts a
// refresh when they are enough (see analyzeAfter).
func (s *Store) wroteUnits(n int) {
	st := &s.refresh
	st.mu.Lock()
	defer st.mu.Unlock()
	st.added += n
	if st.added < analyzeAfter || st.running || st.closed {
		return
	}
	if st.ctx == nil {
		st.ctx, st.cancel = context.WithCancel(context.Background())
	}
	st.running = true
	st.done = make(chan struct{})
	go s.refreshStats(st.done)
}

// refreshStats runs refreshes while the units added call for one, then
// closes done.
func (s *Store) refreshStats(done chan struct{}) {
	st := &s.refresh
	defer close(done)
	for {
		st.mu.Lock()
		added, ctx := st.added, st.ctx
		st.mu.Unlock()
		var rows float64
		err := s.pool.QueryRow(ctx, "SELECT reltuples FROM pg_class WHERE oid = 'unit'::regclass").Scan(&rows)
		analyze := err == nil && needsAnalyze(added, rows)
		if analyze {
			_, err = s.pool.Exec(ctx, "ANALYZE unit, variant, posting")
		}
		st.mu.Lock()
		if analyze && err == nil {
			st.added -= added
		}
		// Another round only for the writes that committed meanwhile.
		if !analyze || err != nil || st.closed || st.added < analyzeAfter {
			st.running = false
			st.mu.Unlock()
			return
		}
		st.mu.Unlock()
	}
}

// stopStats stops the refreshes: it waits for one under way, at most
// statsWait, then cancels it and waits for it to return.
func (s *Store) stopStats() {
	st := &s.refresh
	st.mu.Lock()
	st.closed = true
	done, cancel := st.done, st.cancel
	running := st.running
	st.mu.Unlock()
	if cancel == nil {
		return
	}
	defer cancel()
	if !running {
		return
	}
	select {
	case <-done:
	case <-time.After(statsWait):
		cancel()
		<-done
	}
}
