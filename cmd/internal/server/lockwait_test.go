package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
