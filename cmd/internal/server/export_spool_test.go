package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// scanWatch is a store that knows whether its Scan (an export's read of
// the whole TM) is running.
type scanWatch struct {
	tm.Store
	scanning atomic.Bool
}

func (s *scanWatch) Scan(ctx context.Context) iter.Seq2[*tm.StoredUnit, error] {
	return func(yield func(*tm.StoredUnit, error) bool) {
		s.scanning.Store(true)
		defer s.scanning.Store(false)
		for su, err := range s.Store.Scan(ctx) {
			if !yield(su, err) {
				return
			}
		}
	}
}

// watchWriter is a client's end of an answer: it notes each write made
// while the store's Scan runs (the TM's read held open, on PostgreSQL a
// connection of the pool, on SQLite a snapshot that keeps the WAL from
// being checkpointed, for as long as the client takes to read).
type watchWriter struct {
	*httptest.ResponseRecorder
	watch        *scanWatch
	writes, held int
}

func (w *watchWriter) Write(p []byte) (int, error) {
	w.writes++
	if w.watch.scanning.Load() {
		w.held++
	}
	return w.ResponseRecorder.Write(p)
}

// TestExportHoldsNoReadWhileSending: the export is read from the TM
// whole before the first byte goes to the client, so that a client slow
// to read holds no read of the TM. It streamed: six paused downloads of
// the export on PostgreSQL left every other request waiting for the
// pool (health 503, lookups 503 after 30 s) for 10 minutes, and on
// SQLite the WAL grew by 350 MB while 300 units were stored. The answer
// is the export, whole, with its length, gzip'd or not.
func TestExportHoldsNoReadWhileSending(t *testing.T) {
	var pairs []string
	for i := range 3000 {
		pairs = append(pairs, fmt.Sprintf("%d The minister arrived in Baghdad on Monday and met the press.", i), fmt.Sprintf("%d Le ministre est arrivé à Bagdad lundi.", i))
	}
	watch := &scanWatch{Store: newStore(t)}
	db := tm.New(watch)
	t.Cleanup(func() { db.Close() })
	var units []tm.Unit
	for i := 0; i+1 < len(pairs); i += 2 {
		units = append(units, pairUnit(language.English, language.French, pairs[i], pairs[i+1], tm.Origin{File: "seed.tmx"}))
	}
	if _, err := db.Import(context.Background(), unitSeq(units), tm.ImportOptions{File: "seed.tmx"}); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := db.Export(context.Background(), &want, tm.ExportOptions{Format: tm.FormatTSV, Src: language.English, Tgt: language.French}); err != nil {
		t.Fatal(err)
	}
	s := newServer(t, Options{DB: db})
	for _, zip := range []bool{false, true} {
		for _, q := range []string{"format=tsv&src=en&tgt=fr", "format=tmx"} {
			req := httptest.NewRequest("GET", "/api/v1/export?"+q, nil)
			if zip {
				req.Header.Set("Accept-Encoding", "gzip")
			}
			w := &watchWriter{ResponseRecorder: httptest.NewRecorder(), watch: watch}
			s.ServeHTTP(w, req)
			res := w.Result()
			body := w.Body.Bytes()
			if res.StatusCode != http.StatusOK || w.writes == 0 {
				t.Fatalf("GET export?%s (gzip %v): %d, %d writes; want 200", q, zip, res.StatusCode, w.writes)
			}
			if w.held > 0 {
				t.Errorf("GET export?%s (gzip %v): %d of %d writes to the client while the TM's read was open; want none", q, zip, w.held, w.writes)
			}
			if n, err := strconv.Atoi(res.Header.Get("Content-Length")); err != nil || n != len(body) {
				t.Errorf("GET export?%s (gzip %v): Content-Length %q for %d bytes", q, zip, res.Header.Get("Content-Length"), len(body))
			}
			if got := res.Header.Get("Content-Encoding"); (got == "gzip") != zip {
				t.Errorf("GET export?%s (gzip %v): Content-Encoding %q", q, zip, got)
			}
			if zip {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
			}
			if strings.HasPrefix(q, "format=tsv") && !bytes.Equal(body, want.Bytes()) {
				t.Errorf("GET export?%s (gzip %v): %d bytes; want tm export's %d", q, zip, len(body), want.Len())
			}
			if q == "format=tmx" && strings.Count(string(body), "<tu ") != 3000 {
				t.Errorf("GET export?%s (gzip %v): %d <tu>; want 3000", q, zip, strings.Count(string(body), "<tu "))
			}
		}
	}
}

// TestExportSpoolErr: an export the server cannot write to its temporary
// file is a JSON error before anything is sent: 507 for want of room
// (naming the file, not $TMPDIR), 503 else.
func TestExportSpoolErr(t *testing.T) {
	err := exportSpoolErr(&os.PathError{Op: "write", Path: "/var/tmp/bitext-export-1", Err: syscall.ENOSPC})
	if want := "export: the server cannot keep the export in a temporary file: write bitext-export-1: no space left on device; nothing was sent"; errStatus(err) != 507 || err.Error() != want {
		t.Errorf("exportSpoolErr(ENOSPC) = %d %q; want 507 %q", errStatus(err), err, want)
	}
	ts, _ := testServer(t, Options{})
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "gone"))
	status, ctype, b := send(t, "GET", ts.URL+"/api/v1/export", "")
	if status != http.StatusServiceUnavailable || !strings.HasPrefix(ctype, "application/json") || !strings.Contains(string(b), "open bitext-export-") || strings.Contains(string(b), "gone") {
		t.Errorf("GET export with $TMPDIR gone: %d %s %q; want 503 JSON naming the temporary file, not its folder", status, ctype, b)
	}
}

// TestExportCutShortIsCut: an export that fails once begun (here: past
// its time limit, the client slow to read) cuts the connection, so that
// the client reads an error, not a shorter export that ends as a whole
// one does (TSV has no end mark; chunked, the answer was complete). On a
// loaded machine the export may not begin within a second (a 503 before
// any byte, go test ./... on 2 busy cores): the test then tries again
// with a longer limit, as what it checks is the cut after the start.
func TestExportCutShortIsCut(t *testing.T) {
	var pairs []string
	long := strings.Repeat("The minister arrived in Baghdad on Monday. ", 100) // 4.4 KB
	for i := range 4000 {
		pairs = append(pairs, fmt.Sprintf("%d %s", i, long), fmt.Sprintf("%d Le ministre.", i))
	}
	db := newDB(t, pairs...)
	for limit := time.Second; ; limit *= 4 {
		var log lockedBuilder
		ts, _ := testServer(t, Options{DB: db, BulkTimeout: limit, Log: &log})
		req, _ := http.NewRequest("GET", ts.URL+"/api/v1/export?format=tsv&src=en&tgt=fr", nil)
		req.Header.Set("Accept-Encoding", "identity")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if res.StatusCode == http.StatusServiceUnavailable && limit < 16*time.Second {
			res.Body.Close()
			t.Logf("the export did not begin within %v; again with a longer limit", limit)
			continue
		}
		time.Sleep(limit * 5 / 2) // the export waits on the client, past its limit
		b, err := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || err == nil {
			t.Errorf("an export cut at its time limit: %d, %d bytes of %d, read error %v; want 200 and the body cut with an error", res.StatusCode, len(b), 4000*(len(long)+20), err)
		}
		if !strings.Contains(log.String(), "GET /api/v1/export: cut short after ") {
			t.Errorf("server log %q; want the export cut short, and why", log.String())
		}
		return
	}
}
