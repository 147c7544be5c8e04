package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"golang.org/x/text/language"
)

// exportAnswer is a status and a body; status -1 and the error's message in
// body when there was no answer.
type exportAnswer struct {
	status int
	body   []byte
}

// getExport sends GET /api/v1/export to the server at base, with a
// deadline, and sends the answer on out (not t.Fatal: it runs in a
// goroutine of its own).
func getExport(base string, out chan<- exportAnswer) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", base+"/api/v1/export", nil)
	if err != nil {
		out <- exportAnswer{-1, []byte(err.Error())}
		return
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		out <- exportAnswer{-1, []byte(err.Error())}
		return
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		out <- exportAnswer{-1, []byte(err.Error())}
		return
	}
	out <- exportAnswer{resp.StatusCode, b}
}

// scanGate is a store whose Scan (an export's read of the TM) says on
// started that it runs, then waits for open to be closed (or its
// context to end).
type scanGate struct {
	tm.Store
	started chan struct{}
	open    chan struct{}
}

func (g *scanGate) Scan(ctx context.Context) iter.Seq2[*tm.StoredUnit, error] {
	return func(yield func(*tm.StoredUnit, error) bool) {
		g.started <- struct{}{}
		select {
		case <-g.open:
		case <-ctx.Done():
			yield(nil, ctx.Err())
			return
		}
		for su, err := range g.Store.Scan(ctx) {
			if !yield(su, err) {
				return
			}
		}
	}
}

// TestExportsBounded: at most DefaultMaxExports exports are read from the TM at
// once. Each held a read (on PostgreSQL a connection of the pool) while
// it was written, and six at once took the pool: a health 503, a 6.5 s
// lookup (ops48). A further export waits its turn, up to exportWait,
// then is a 503 JSON error with Retry-After; one that gets its turn is
// whole. Health and lookups are answered meanwhile.
func TestExportsBounded(t *testing.T) {
	for _, wait := range []time.Duration{100 * time.Millisecond, time.Minute} {
		gate := &scanGate{Store: newStore(t), started: make(chan struct{}, 10), open: make(chan struct{})}
		db := tm.New(gate)
		t.Cleanup(func() { db.Close() })
		if _, err := db.Import(context.Background(), unitSeq([]tm.Unit{pairUnit(language.English, language.French, seed[0], seed[1], tm.Origin{File: "seed.tmx"})}), tm.ImportOptions{File: "seed.tmx"}); err != nil {
			t.Fatal(err)
		}
		s := newServer(t, Options{DB: db, ExportWait: wait})
		ts := httptest.NewServer(s)
		t.Cleanup(ts.Close)

		answers := make(chan exportAnswer, DefaultMaxExports+1)
		for range DefaultMaxExports {
			go getExport(ts.URL, answers)
		}
		deadline := time.After(time.Minute)
		for range DefaultMaxExports {
			select {
			case <-gate.started:
			case <-deadline:
				t.Fatalf("wait %v: %d exports did not start reading", wait, DefaultMaxExports)
			}
		}
		if status, _, body := noteCall(t, "GET", ts.URL+"/api/v1/health", ""); status != http.StatusOK {
			t.Errorf("wait %v: health while %d exports are written: %d %s", wait, DefaultMaxExports, status, body)
		}
		if status, _, body := noteCall(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&q=The+minister+arrived+in+Baghdad+on+Monday.", ""); status != http.StatusOK {
			t.Errorf("wait %v: lookup while %d exports are written: %d %s", wait, DefaultMaxExports, status, body)
		}
		if wait < time.Second {
			// Its answer within 10 s: an export that reads the TM
			// waits for the gate.
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			req, err := http.NewRequestWithContext(ctx, "GET", ts.URL+"/api/v1/export", nil)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				close(gate.open)
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			cancel()
			var e errorBody
			if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") != "10" || json.Unmarshal(body, &e) != nil || !strings.Contains(e.Error, "writing 2 exports already") || resp.Header.Get("Content-Disposition") != "" {
				t.Errorf("export beyond %d at once: %d, Retry-After %q, Content-Disposition %q, %s; want 503, 10, none, a JSON error saying exports are being written", DefaultMaxExports, resp.StatusCode, resp.Header.Get("Retry-After"), resp.Header.Get("Content-Disposition"), body)
			}
			select {
			case <-gate.started:
				t.Errorf("export beyond %d at once read the TM", DefaultMaxExports)
			default:
			}
			close(gate.open)
		} else {
			// One more waits for a slot, and gets it when one ends.
			go getExport(ts.URL, answers)
			select {
			case <-gate.started:
				t.Errorf("export beyond %d at once read the TM before one ended", DefaultMaxExports)
			case <-time.After(300 * time.Millisecond):
			}
			close(gate.open)
		}
		n := DefaultMaxExports
		if wait >= time.Second {
			n++
		}
		for range n {
			select {
			case a := <-answers:
				if a.status != http.StatusOK || strings.Count(string(a.body), "<tu ") != 1 {
					t.Errorf("wait %v: an export: %d %q; want 200 and the unit", wait, a.status, a.body)
				}
			case <-deadline:
				t.Fatalf("wait %v: the exports did not end", wait)
			}
		}
	}
}

// holdGate is a store whose Scan (an export's read of the TM) reads its
// first unit from the store under it, says so on started, and waits for
// open to be closed (or its context to end) before it reads on: on
// PostgreSQL the export then holds a connection of the pool while it
// waits, as a long export does. conns is what MaxConns says (the store's
// own when it has one and conns is 0).
type holdGate struct {
	tm.Store
	conns   int
	started chan struct{}
	open    chan struct{}
}

func (g *holdGate) MaxConns() int {
	if m, ok := g.Store.(interface{ MaxConns() int }); ok && g.conns == 0 {
		return m.MaxConns()
	}
	return g.conns
}

func (g *holdGate) Scan(ctx context.Context) iter.Seq2[*tm.StoredUnit, error] {
	return func(yield func(*tm.StoredUnit, error) bool) {
		first := true
		for su, err := range g.Store.Scan(ctx) {
			if first {
				first = false
				g.started <- struct{}{}
				select {
				case <-g.open:
				case <-ctx.Done():
					yield(nil, ctx.Err())
					return
				}
			}
			if !yield(su, err) {
				return
			}
		}
	}
}

// syncBuffer is a bytes.Buffer that the server's log and the test may use
// at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// gatedServer serves a TM of two units in store (a read that yields the
// first has not read to the end: on PostgreSQL its rows are still open), read through a holdGate
// that says MaxConns conns, with opt's limits; it returns the server's
// URL, the gate and the server's log.
func gatedServer(t *testing.T, store tm.Store, conns int, opt Options) (string, *holdGate, *syncBuffer) {
	t.Helper()
	gate := &holdGate{Store: store, conns: conns, started: make(chan struct{}, 10), open: make(chan struct{})}
	db := tm.New(gate)
	t.Cleanup(func() { db.Close() })
	units := []tm.Unit{pairUnit(language.English, language.French, seed[0], seed[1], tm.Origin{File: "seed.tmx"}), pairUnit(language.English, language.French, seed[2], seed[3], tm.Origin{File: "seed.tmx"})}
	if _, err := db.Import(context.Background(), unitSeq(units), tm.ImportOptions{File: "seed.tmx"}); err != nil {
		t.Fatal(err)
	}
	log := &syncBuffer{}
	opt.DB, opt.Log = db, log
	ts := httptest.NewServer(newServer(t, opt))
	t.Cleanup(ts.Close)
	return ts.URL, gate, log
}

// refusedExport asks for one more export, within 10 s, and checks that
// it is refused saying n are being written, without reading the TM.
func refusedExport(t *testing.T, base string, gate *holdGate, n int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", base+"/api/v1/export", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var e errorBody
	want := fmt.Sprintf("writing %d export", n)
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") != "10" || json.Unmarshal(body, &e) != nil || !strings.Contains(e.Error, want) {
		t.Errorf("export beyond %d at once: %d, Retry-After %q, %s; want 503, 10, a JSON error saying %q", n, resp.StatusCode, resp.Header.Get("Retry-After"), body, want)
	}
	select {
	case <-gate.started:
		t.Errorf("export beyond %d at once read the TM", n)
	default:
	}
}

// TestMaxExportsOption: Options.MaxExports (--max-exports) is how many
// exports read the TM at once, and Options.ExportWait (--export-wait)
// how long a further one waits before its 503; they were the constants 2
// and 30 s. Those waiting for their turn get it when one ends.
func TestMaxExportsOption(t *testing.T) {
	for _, n := range []int{1, 3} {
		base, gate, log := gatedServer(t, newStore(t), 0, Options{MaxExports: n, ExportWait: 200 * time.Millisecond})
		answers := make(chan exportAnswer, n)
		for range n {
			go getExport(base, answers)
		}
		deadline := time.After(time.Minute)
		for range n {
			select {
			case <-gate.started:
			case <-deadline:
				close(gate.open)
				t.Fatalf("--max-exports %d: %d exports did not start reading", n, n)
			}
		}
		refusedExport(t, base, gate, n)
		close(gate.open)
		for range n {
			select {
			case a := <-answers:
				if a.status != http.StatusOK || strings.Count(string(a.body), "<tu ") != 2 {
					t.Errorf("--max-exports %d: an export: %d %q; want 200 and the 2 units", n, a.status, a.body)
				}
			case <-deadline:
				t.Fatalf("--max-exports %d: the exports did not end", n)
			}
		}
		if got := log.String(); strings.Contains(got, "pool") {
			t.Errorf("--max-exports %d on a store without a pool: the log says %q; want nothing of a pool", n, got)
		}
	}
}

// TestExportOptionsChecked: a negative number of exports or wait, or a
// wait past WriteTimeout, is refused by New (the command refuses 0 too);
// 0 is the default.
func TestExportOptionsChecked(t *testing.T) {
	db := newDB(t)
	for _, c := range []struct {
		opt  Options
		want string
	}{
		{Options{MaxExports: -1}, "--max-exports -1"},
		{Options{ExportWait: -time.Second}, "--export-wait -1s"},
		{Options{ExportWait: WriteTimeout + time.Second}, "--export-wait 10m1s"},
	} {
		c.opt.DB = db
		if _, err := New(c.opt); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("New(%+v) = %v; want an error naming %q", c.opt, err, c.want)
		}
	}
	s, err := New(Options{DB: db})
	if err != nil {
		t.Fatal(err)
	}
	if cap(s.exports) != DefaultMaxExports || s.exportWait != DefaultExportWait {
		t.Errorf("New with no export limits: %d exports, wait %v; want %d, %v", cap(s.exports), s.exportWait, DefaultMaxExports, DefaultExportWait)
	}
}

// TestExportsLeaveAConnection: on a store whose reads share a pool of 2
// connections (PostgreSQL, pool_max_conns=2), two exports at once took
// both, and lookups and the health check waited for one of them to be
// written. The server reads one at a time there, says so once in its log,
// and a pool of 4 keeps the 2 exports asked for.
func TestExportsLeaveAConnection(t *testing.T) {
	for _, c := range []struct {
		conns, max, want int
		log              string
	}{
		{2, 2, 1, "pool has 2 connections (pool_max_conns): at most 1 export written at once (not 2)"},
		{3, 5, 2, "pool has 3 connections (pool_max_conns): at most 2 exports written at once (not 5)"},
		{1, 2, 1, "pool has 1 connection (pool_max_conns=1)"},
		{4, 2, 2, ""},
	} {
		db := tm.New(&holdGate{Store: newStore(t), conns: c.conns})
		t.Cleanup(func() { db.Close() })
		log := &syncBuffer{}
		s := newServer(t, Options{DB: db, MaxExports: c.max, Log: log})
		if cap(s.exports) != c.want {
			t.Errorf("pool of %d, --max-exports %d: %d exports at once; want %d", c.conns, c.max, cap(s.exports), c.want)
		}
		got := log.String()
		if c.log == "" && got != "" || c.log != "" && (!strings.Contains(got, c.log) || strings.Count(got, "\n") != 1) {
			t.Errorf("pool of %d, --max-exports %d: log %q; want one line with %q", c.conns, c.max, got, c.log)
		}
	}
}

// TestExportsLeaveAConnectionOnPostgres: on a PostgreSQL TM opened with
// pool_max_conns=2, an export that holds its connection (its read waits)
// leaves one to lookups and the health check, which answer 200 at once;
// a second export waits its turn (it would have taken the other
// connection) and is whole once the first ends.
func TestExportsLeaveAConnectionOnPostgres(t *testing.T) {
	store, err := postgres.Open(context.Background(), pgtest.TempURL(t)+"&pool_max_conns=2")
	if err != nil {
		t.Fatal(err)
	}
	base, gate, log := gatedServer(t, store, 0, Options{RequestTimeout: 5 * time.Second})
	if !strings.Contains(log.String(), "pool has 2 connections (pool_max_conns): at most 1 export written at once (not 2)") {
		t.Errorf("log %q; want the lowered cap said", log.String())
	}
	answers := make(chan exportAnswer, 2)
	for range 2 {
		go getExport(base, answers)
	}
	deadline := time.After(time.Minute)
	select {
	case <-gate.started:
	case <-deadline:
		close(gate.open)
		t.Fatal("no export started reading")
	}
	select {
	case <-gate.started:
		t.Error("a second export read the TM while the first held a connection of the pool of 2")
	case <-time.After(300 * time.Millisecond):
	}
	for _, path := range []string{"/api/v1/health", "/api/v1/lookup?src=en&tgt=fr&q=The+minister+arrived+in+Baghdad+on+Monday."} {
		start := time.Now()
		if status, _, body := noteCall(t, "GET", base+path, ""); status != http.StatusOK || time.Since(start) > 4*time.Second {
			t.Errorf("GET %s while an export holds a connection: %d in %v, %s; want 200", path, status, time.Since(start), body)
		}
	}
	close(gate.open)
	for range 2 {
		select {
		case a := <-answers:
			if a.status != http.StatusOK || strings.Count(string(a.body), "<tu ") != 2 {
				t.Errorf("an export: %d %q; want 200 and the 2 units", a.status, a.body)
			}
		case <-deadline:
			t.Fatal("the exports did not end")
		}
	}
}
