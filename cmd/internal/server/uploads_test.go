package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSpoolLeavesNoFile: an upload's temporary file is unlinked as soon
// as it is made and read through its descriptor, so that a server killed
// while it holds one (kill -9) leaves nothing in $TMPDIR; a 25 MB upload's
// file stayed there after the server was killed (faults43).
func TestSpoolLeavesNoFile(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	f, err := spoolBody(context.Background(), strings.NewReader("Hello\tBonjour\n"), "a.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Windows removes no open file: there Close removes it.
	if left, _ := os.ReadDir(tmp); len(left) != 0 && runtime.GOOS != "windows" {
		t.Errorf("while the upload is read, $TMPDIR holds %v; want nothing (the file unlinked)", left)
	}
	if b, err := io.ReadAll(f); err != nil || string(b) != "Hello\tBonjour\n" {
		t.Errorf("the spooled upload reads %q, %v; want the body", b, err)
	}
}

// TestUploadSlotsFullAnswersAtOnce: with every upload slot held by
// stalled uploads (headers sent, the body never ending), a real import
// waited unread for a slot until its time limit (faults43: 100 stalled
// uploads, no answer within 60 s). It is answered at once: 503, a JSON
// error saying why, and Retry-After, as the limit on wrong tokens does.
// Once the stalled uploads end, the same import is taken.
func TestUploadSlotsFullAnswersAtOnce(t *testing.T) {
	s := newServer(t, Options{DB: newDB(t, seed...), RequestTimeout: 20 * time.Second, BulkTimeout: 20 * time.Second, MaxImports: 1})
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	n := cap(s.uploads)
	if n != uploadsPerImport {
		t.Fatalf("upload slots with MaxImports 1: %d; want %d", n, uploadsPerImport)
	}
	var writers []*io.PipeWriter
	done := make(chan int, n)
	for i := range n {
		pr, pw := io.Pipe()
		writers = append(writers, pw)
		go func() {
			req, _ := http.NewRequest("POST", fmt.Sprintf("%s/api/v1/import?name=stall%d.tsv&src=en&tgt=fr", ts.URL, i), pr)
			req.Header.Set("Content-Type", "application/octet-stream")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				done <- 0
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			done <- resp.StatusCode
		}()
		if _, err := fmt.Fprintf(pw, "Stalled %d.\tBloqué %d.\n", i, i); err != nil {
			t.Fatal(err)
		}
	}
	for deadline := time.Now().Add(10 * time.Second); len(s.uploads) < n; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the %d stalled uploads hold %d slots after 10 s", n, len(s.uploads))
		}
	}
	const real = "/api/v1/import?name=real.tsv&src=en&tgt=fr"
	start := time.Now()
	req, _ := http.NewRequest("POST", ts.URL+real, strings.NewReader("A real line.\tUne vraie ligne.\n"))
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	took := time.Since(start)
	var e errorBody
	if resp.StatusCode != http.StatusServiceUnavailable || json.Unmarshal(b, &e) != nil || !strings.Contains(e.Error, fmt.Sprintf("receiving %d uploads already", n)) || !strings.Contains(e.Error, "nothing from real.tsv was stored") {
		t.Errorf("an import with every upload slot taken: %d %s; want 503 naming the %d uploads", resp.StatusCode, b, n)
	}
	if got := resp.Header.Get("Retry-After"); got != "10" {
		t.Errorf("Retry-After: %q; want \"10\"", got)
	}
	if took > 5*time.Second {
		t.Errorf("the refusal took %v; want it at once", took)
	}
	// The stalled uploads end; their slots free and the import is taken.
	for _, pw := range writers {
		pw.Close()
	}
	for range n {
		if st := <-done; st != 200 {
			t.Errorf("a stalled upload once ended: %d; want 200", st)
		}
	}
	if st := call(t, "POST", ts.URL+real, "A real line.\tUne vraie ligne.\n", nil); st != 200 {
		t.Errorf("the import once the slots are free: %d; want 200", st)
	}
}

// TestSlowUploadHoldsNoLock: an import whose body comes in slowly (a
// translator's upload over a slow link, or a client that stalls on
// purpose) held the TM's write transaction while its body was read: on
// SQLite every other write (a reviewer's glossary entry, a unit's edit)
// waited for it and was answered 503 at its time limit, and the other
// imports waited for its turn. The body is now read whole before the
// import takes its turn and its transaction.
func TestSlowUploadHoldsNoLock(t *testing.T) {
	ts, _ := testServer(t, Options{RequestTimeout: 2 * time.Second, BulkTimeout: 3 * time.Second, MaxImports: 1})
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		req, _ := http.NewRequest("POST", ts.URL+"/api/v1/import?name=slow.tsv&src=en&tgt=fr", pr)
		req.Header.Set("Content-Type", "application/octet-stream")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			done <- 0
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("the slow import: %d %s", resp.StatusCode, b)
		}
		done <- resp.StatusCode
	}()
	// Enough lines for the readers to start their batch; then the
	// client stalls.
	var head strings.Builder
	for i := range 300 {
		fmt.Fprintf(&head, "Slow sentence number %d here.\tPhrase lente numéro %d ici.\n", i, i)
	}
	if _, err := io.WriteString(pw, head.String()); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // the import under way, the client stalled
	st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Henry Morgan","variants":["Harry Morgan"]}]}`, nil)
	if st != 200 {
		t.Errorf("a glossary write while an upload stalls: %d; want 200 (the upload holds no lock)", st)
	}
	st = call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"source":"While it stalls.","target":"Pendant qu'il cale."}]}`, nil)
	if st != 200 {
		t.Errorf("a unit stored while an upload stalls: %d; want 200", st)
	}
	// Nor does it hold the one turn of imports.
	st = call(t, "POST", ts.URL+"/api/v1/import?name=other.tsv&src=en&tgt=fr", "Another line.\tUne autre ligne.\n", nil)
	if st != 200 {
		t.Errorf("another import while an upload stalls: %d; want 200", st)
	}
	io.WriteString(pw, "The last line.\tLa dernière ligne.\n")
	pw.Close()
	if st := <-done; st != 200 {
		t.Errorf("the slow import after the client sent the rest: %d", st)
	}
	var got struct{ Total int }
	call(t, "GET", ts.URL+"/api/v1/units?doc=slow.tsv&limit=1", "", &got)
	if got.Total != 301 {
		t.Errorf("units of slow.tsv: %d; want 301", got.Total)
	}
}

// TestUploadNoTempFile: an upload the server cannot keep in a temporary
// file (its $TMPDIR gone, or full) is a 503 saying so, nothing stored.
func TestUploadNoTempFile(t *testing.T) {
	ts, db := testServer(t, Options{})
	n := units(t, db)
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "gone"))
	status, _, b := send(t, "POST", ts.URL+"/api/v1/import?name=a.tsv&src=en&tgt=fr", "Hello.\tBonjour.\n")
	if status != http.StatusServiceUnavailable || !strings.Contains(string(b), "temporary file") || !strings.Contains(string(b), "nothing from a.tsv was stored") {
		t.Errorf("an import with no temporary folder: %d %s; want 503 naming the temporary file", status, b)
	}
	if got := units(t, db); got != n {
		t.Errorf("units: %d; want %d", got, n)
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
