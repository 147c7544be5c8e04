package server

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
)

// TestDiskFullIs507: a write that found the disk full (tm.ErrDiskFull,
// from SQLite's file or PostgreSQL's server) is answered 507 Insufficient
// Storage, a JSON error that says so and that nothing was stored, naming
// the TM's file without its folder; the log has the route's pattern and the
// whole error, never the path (which may hold the text looked up). It was
// 500, which a monitor reads as a fault of the server's. (On a 30 MB tmpfs
// filled up, see BENCHMARKS.md branch srv42: every write 507, reads and
// health 200, writes 200 again once there is room, no restart.)
func TestDiskFullIs507(t *testing.T) {
	db := newDB(t)
	var logged strings.Builder
	s := newServer(t, Options{DB: db, Log: &logged})
	full := fmt.Errorf("import a.tsv: write %s: %w; nothing of this write was stored (database or disk is full)", db.Path(), tm.ErrDiskFull)
	if got := errStatus(full); got != 507 {
		t.Errorf("errStatus(disk full) = %d; want 507", got)
	}
	r := httptest.NewRequest("PUT", "/tmserver/en/fr/unit/Confidential%20text", nil)
	r.Pattern = "PUT /tmserver/{slang}/{tlang}/unit/{text...}"
	rec := httptest.NewRecorder()
	s.writeErr(rec, r, full)
	var body errorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != 507 ||
		!strings.Contains(body.Error, "write tm.db: the disk is full; nothing of this write was stored") || strings.Contains(body.Error, filepath.Dir(db.Path())) {
		t.Errorf("answer: %d %s; want 507 and a JSON error naming tm.db, not its folder", rec.Code, rec.Body)
	}
	if log := logged.String(); !strings.HasPrefix(log, "bitext: PUT /tmserver/{slang}/{tlang}/unit/{text...}: 507: import a.tsv: write "+db.Path()+": the disk is full") || strings.Contains(log, "Confidential") {
		t.Errorf("log: %q; want the pattern, 507 and the whole error, not the text", log)
	}
}
