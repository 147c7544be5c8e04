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
	"golang.org/x/text/language"
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

// TestUnitsScoredZero: POST /units with a pair's "score": 0 (an aligner's
// pair with no evidence) stored it as a pair with no score, a person's,
// whose matches lose no points, where one scored 0.05 loses 80. It is now
// left out and counted (scored_zero, part of left_out), as bitext align
// --into and tm import leave out pairs scored 0. A pair whose score is
// left out is stored with none, as before; so is one scored 0 that a
// person confirmed (reviewed: the page's edited beads).
func TestUnitsScoredZero(t *testing.T) {
	ts, db := testServer(t, Options{})
	var got map[string]int
	st := call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","pairs":[
		{"source":"No evidence at all.","target":"Aucune preuve.","score":0},
		{"source":"A low score.","target":"Un score bas.","score":0.05},
		{"source":"No score given.","target":"Pas de score."}]}`, &got)
	if st != 200 || got["added"] != 2 || got["scored_zero"] != 1 || got["left_out"] != 1 {
		t.Errorf("POST /units with a pair scored 0: %d %v; want 2 added, 1 scored_zero left out", st, got)
	}
	for q, want := range map[string]int{"No evidence at all.": 0, "A low score.": 1, "No score given.": 1} {
		ms, err := db.Lookup(t.Context(), q, tm.LookupOptions{Src: language.English, Tgt: language.French, Min: tm.NoMinimum})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, m := range ms {
			if m.Source == q {
				n++
			}
		}
		if n != want {
			t.Errorf("%q stored %d times; want %d", q, n, want)
		}
	}
	st = call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","reviewed":true,"pairs":[{"source":"Confirmed by a person.","target":"Confirmé par une personne.","score":0}]}`, &got)
	if st != 200 || got["added"] != 1 || got["scored_zero"] != 0 {
		t.Errorf("POST /units reviewed with a pair scored 0: %d %v; want it stored (a person confirmed it)", st, got)
	}
}

// TestQueryIntSpaces: an integer of the query string with white space
// around it (?limit= 1, ?min=70%20) was read as the number, where every
// other malformed value is a 400 naming the parameter; it is one now.
func TestQueryIntSpaces(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, q := range []string{"/api/v1/units?doc=seed.tmx&limit=%201", "/api/v1/documents?offset=0%20", "/api/v1/lookup?src=en&tgt=fr&q=Monday&min=%0970", "/api/v1/lookup?src=en&tgt=fr&q=Monday&max=5%0A"} {
		st, _, b := send(t, "GET", ts.URL+q, "")
		var e errorBody
		json.Unmarshal(b, &e)
		name := q[strings.LastIndexByte(q, '&')+1:]
		if i := strings.IndexByte(name, '?'); i >= 0 {
			name = name[i+1:]
		}
		name = name[:strings.IndexByte(name, '=')]
		if st != http.StatusBadRequest || !strings.HasPrefix(e.Error, name+" ") {
			t.Errorf("GET %s: %d %s; want a 400 naming %s", q, st, b, name)
		}
	}
	if st := call(t, "GET", ts.URL+"/api/v1/units?doc=seed.tmx&limit=1", "", nil); st != 200 {
		t.Errorf("GET /api/v1/units?doc=seed.tmx&limit=1: %d", st)
	}
}
