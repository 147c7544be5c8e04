package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
)

// readOnlyStore is a store that says it was opened read-only, as a SQLite
// TM whose file or folder the server's user may not write.
type readOnlyStore struct{ tm.Store }

func (readOnlyStore) ReadOnly() bool { return true }

// TestReadOnlyStoreServedReadOnly: a TM that can be read but not written
// (SQLite opened it read-only: the server's user may not write its file
// or folder) is served read-only, said once in the log: the page offers
// no write and a write is refused before it reaches the store, saying
// why. Before, the server said only "serving", the page offered every
// edit, and each one was a 403 naming SQLite's "attempt to write a
// readonly database" (trial39).
func TestReadOnlyStoreServedReadOnly(t *testing.T) {
	var log strings.Builder
	db := tm.New(readOnlyStore{newStore(t)})
	ts, _ := testServer(t, Options{DB: db, Log: &log})
	st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Henry Morgan","variants":["Henrik Morgan"]}]}`, "Content-Type", "application/json")
	if st != http.StatusForbidden || !strings.Contains(string(b), "read-only for the server") {
		t.Errorf("POST glossary to a server of a read-only TM: %d %s; want 403 saying the TM is read-only for the server", st, b)
	}
	if !strings.Contains(log.String(), "serving it read-only") {
		t.Errorf("log: %q; want a line saying the TM is served read-only", log.String())
	}
	if _, _, page := send(t, "GET", ts.URL+"/", ""); !strings.Contains(string(page), `<meta name="bitext-read-only" content="true">`) {
		t.Error("the page of a read-only TM's server offers writes")
	}
}
