package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
)

// TestSQLiteLockWaitHeedsRequestTimeout: on SQLite a write waiting for
// another program's write lock (here another store on the same file, its
// transaction open) waited SQLite's busy timeout of 30 s whatever
// --request-timeout said: a glossary entry was answered 200 after 7.87 s
// with a limit of 2 s. It is now a 503 naming the time limit at the limit,
// nothing stored, as on PostgreSQL for a locked table.
func TestSQLiteLockWaitHeedsRequestTimeout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	db := tm.New(s)
	t.Cleanup(func() { db.Close() })
	ts, _ := testServer(t, Options{DB: db, RequestTimeout: time.Second})

	other, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	held, release := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- other.Write(context.Background(), func(tm.Writer) error {
			close(held)
			<-release
			return tm.ErrRollback
		})
	}()
	<-held
	for _, w := range []struct{ method, path, body string }{
		{"POST", "/api/v1/glossary", `{"entries":[{"canonical":"Henry Morgan","variants":["Harry Morgan"]}]}`},
		{"DELETE", "/api/v1/glossary/Nobody", ""},
	} {
		start := time.Now()
		st, _, b := send(t, w.method, ts.URL+w.path, w.body)
		took := time.Since(start)
		var e errorBody
		json.Unmarshal(b, &e)
		if st != http.StatusServiceUnavailable || !strings.Contains(e.Error, "time limit of 1s") || took > 2500*time.Millisecond {
			t.Errorf("%s %s while another program holds the write lock: %d %s after %v; want a 503 naming the time limit of 1s, at the limit", w.method, w.path, st, b, took)
		}
	}
	close(release)
	if err := <-done; !errors.Is(err, tm.ErrRollback) {
		t.Fatalf("the other program's write: %v", err)
	}
	es, err := db.Glossary(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Canonical == "Henry Morgan" {
			t.Errorf("the entry answered 503 was stored: %+v", e)
		}
	}
	// The lock gone, the same write is stored at once.
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Henry Morgan","variants":["Harry Morgan"]}]}`, nil); st != 200 {
		t.Errorf("the glossary entry once the lock is gone: %d", st)
	}
}

// TestWritersAtOnceSQLite: the routes that store, sent at once to one
// server on SQLite (two browsers storing a review, a glossary entry, a
// tmserver unit, a TMX import over HTTP), are each answered 200 with
// all they sent stored: no "database is locked". While a write of the
// server holds the TM's lock past a route's time limit (a long import),
// a glossary entry and a tmserver unit are 503 with Retry-After (there
// was none: a client that retries had no time to go by) and store
// nothing; a review stored meanwhile (a bulk route, 10 minutes) waits
// for the lock and is stored whole.
func TestWritersAtOnceSQLite(t *testing.T) {
	s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	db := tm.New(s)
	t.Cleanup(func() { db.Close() })
	ts, _ := testServer(t, Options{DB: db, RequestTimeout: time.Second})
	type answer struct {
		what, retryAfter, body string
		status                 int
	}
	send := func(what, method, path, ctype, body string) answer {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		req, err := http.NewRequestWithContext(ctx, method, ts.URL+path, strings.NewReader(body))
		if err != nil {
			return answer{what: what, body: err.Error()}
		}
		req.Header.Set("Content-Type", ctype)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return answer{what: what, body: err.Error()}
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return answer{what, res.Header.Get("Retry-After"), string(b), res.StatusCode}
	}
	review := func(who string, n int) string {
		pairs := make([]map[string]any, n)
		for i := range pairs {
			pairs[i] = map[string]any{"source": fmt.Sprintf("%s stores sentence %d of the book.", who, i), "target": fmt.Sprintf("%s存第%d句。", who, i), "score": 0.5}
		}
		b, _ := json.Marshal(map[string]any{"src": "en", "tgt": "zh", "pairs": pairs, "reviewed": true, "by": who, "sequential": true})
		return string(b)
	}
	tmx := `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>` +
		strings.Repeat(`<tu><tuv xml:lang="en"><seg>The import arrived.</seg></tuv><tuv xml:lang="zh"><seg>导入到了。</seg></tuv></tu>`, 1) + `</body></tmx>`
	glossary := func(name string) string {
		return `{"entries":[{"canonical":"` + name + ` Morgan","variants":["` + name + ` Morgen"]}]}`
	}
	all := func(reqs ...func() answer) []answer {
		out := make([]answer, len(reqs))
		var wg sync.WaitGroup
		for i, f := range reqs {
			wg.Go(func() { out[i] = f() })
		}
		wg.Wait()
		return out
	}
	storedEntry := func(canonical string) bool {
		es, err := db.Glossary(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		return slices.ContainsFunc(es, func(e normalize.Entry) bool { return e.Canonical == canonical })
	}

	// All at once.
	const n = 2000
	for _, a := range all(
		func() answer { return send("review A", "POST", "/api/v1/units", "application/json", review("Anna", n)) },
		func() answer { return send("review B", "POST", "/api/v1/units", "application/json", review("Ben", n)) },
		func() answer {
			return send("glossary", "POST", "/api/v1/glossary", "application/json", glossary("Henry"))
		},
		func() answer {
			return send("tmserver", "POST", "/tmserver/en/zh/unit/x", "application/json", `{"source":"The tmserver unit.","target":"塔单元。"}`)
		},
		func() answer {
			return send("import", "POST", "/api/v1/import?name=a.tmx", "application/octet-stream", tmx)
		},
	) {
		if a.status != http.StatusOK {
			t.Errorf("%s, sent with the others at once: %d %.300s; want 200", a.what, a.status, a.body)
		}
	}
	if got, want := units(t, db), 2*n+2; got != want {
		t.Errorf("units after the writes at once: %d; want %d", got, want)
	}
	if !storedEntry("Henry Morgan") {
		t.Error("the glossary entry sent with the others was not stored")
	}

	// A write of the server's holds the lock past the time limit.
	held, release := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- s.Write(context.Background(), func(tm.Writer) error {
			close(held)
			<-release
			return tm.ErrRollback
		})
	}()
	<-held
	stored := make(chan answer, 1)
	go func() { stored <- send("review C", "POST", "/api/v1/units", "application/json", review("Carl", n)) }()
	for _, a := range all(
		func() answer {
			return send("glossary", "POST", "/api/v1/glossary", "application/json", glossary("Harry"))
		},
		func() answer {
			return send("tmserver", "POST", "/tmserver/en/zh/unit/x", "application/json", `{"source":"A unit refused.","target":"拒绝。"}`)
		},
	) {
		if a.status != http.StatusServiceUnavailable || a.retryAfter != "10" || !strings.Contains(a.body, "time limit of 1s") {
			t.Errorf("%s while another write holds the lock: %d, Retry-After %q, %.300s; want 503, Retry-After 10, naming the time limit", a.what, a.status, a.retryAfter, a.body)
		}
	}
	close(release)
	if err := <-done; !errors.Is(err, tm.ErrRollback) {
		t.Fatalf("the write holding the lock: %v", err)
	}
	if a := <-stored; a.status != http.StatusOK {
		t.Errorf("a review stored while another write held the lock: %d %.300s; want 200 once the lock is free", a.status, a.body)
	}
	if got, want := units(t, db), 3*n+2; got != want {
		t.Errorf("units after the lock: %d; want %d (the review stored whole, the refused tmserver unit not)", got, want)
	}
	if storedEntry("Harry Morgan") {
		t.Error("the glossary entry answered 503 was stored")
	}
}
