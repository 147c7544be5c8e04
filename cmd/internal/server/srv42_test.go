package server

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
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
	s, err := New(Options{DB: db, Log: &logged})
	if err != nil {
		t.Fatal(err)
	}
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

// TestSpoolErr: an upload that cannot be kept in a temporary file for want
// of room is 507, as a write to the TM on a full disk; another failure
// (the folder gone) 503. Neither answer names the server's folder for
// temporary files ($TMPDIR), which a client has no business knowing; it
// read "write /var/tmp/bitext-upload-1: no space left on device".
func TestSpoolErr(t *testing.T) {
	for _, c := range []struct {
		err    error
		status int
		want   string
	}{
		{&os.PathError{Op: "write", Path: "/var/tmp/bitext-upload-1", Err: syscall.ENOSPC}, 507,
			"import a.tsv: the server cannot keep the upload in a temporary file: write bitext-upload-1: no space left on device; nothing from a.tsv was stored"},
		{&os.PathError{Op: "open", Path: "/var/tmp/bitext-upload-2", Err: syscall.ENOENT}, 503,
			"import a.tsv: the server cannot keep the upload in a temporary file: open bitext-upload-2: no such file or directory; nothing from a.tsv was stored"},
	} {
		err := spoolErr("a.tsv", c.err)
		if got := errStatus(err); got != c.status || err.Error() != c.want {
			t.Errorf("spoolErr(%v) = %d %q; want %d %q", c.err, got, err, c.status, c.want)
		}
	}
}
