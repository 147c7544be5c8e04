package server

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

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
