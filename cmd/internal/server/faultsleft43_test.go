package server

import (
	"context"
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

// TestLabelsBounded: the labels a write stores beside the text (who
// edited or reviewed, a document's name) are names, not texts: a PATCH
// with a 100 KB by was stored (faults43), and every listing of the unit
// carried it after. Over maxLabel bytes each is a 400 naming the field and
// the limit, nothing stored; maxLabel bytes are taken.
func TestLabelsBounded(t *testing.T) {
	ts, db := testServer(t, Options{})
	big := strings.Repeat("x", 100_000)
	// In the URL, over 64 KiB is the request line's own limit (431).
	mid := strings.Repeat("x", 10_000)
	before := units(t, db)
	for _, tc := range []struct {
		method, path, body, field string
		size                      int
	}{
		{"PATCH", "/api/v1/units/1", `{"text":"Le ministre est venu.","by":"` + big + `"}`, "by", 100_000},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","reviewed":true,"by":"` + big + `","pairs":[{"source":"A new one.","target":"Une nouvelle."}]}`, "by", 100_000},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","src_doc":"` + big + `","pairs":[{"source":"A new one.","target":"Une nouvelle."}]}`, "src_doc", 100_000},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","tgt_doc":"` + big + `","pairs":[{"source":"A new one.","target":"Une nouvelle."}]}`, "tgt_doc", 100_000},
		{"POST", "/api/v1/import?src=en&tgt=fr&name=" + mid, "A new one.\tUne nouvelle.\n", "name", 10_000},
		{"POST", "/tmserver/en/fr/store/" + mid, `[{"source":"A new one.","target":"Une nouvelle."}]`, "store name", 10_000},
	} {
		st, _, b := send(t, tc.method, ts.URL+tc.path, tc.body)
		var e errorBody
		if st != http.StatusBadRequest || json.Unmarshal(b, &e) != nil || !strings.HasPrefix(e.Error, fmt.Sprintf("%s: %d bytes, at most 1024 are taken", tc.field, tc.size)) {
			t.Errorf("%s %.40s with a 100 KB %s: %d %.200s; want 400 naming %s and the limit", tc.method, tc.path, tc.field, st, b, tc.field)
		}
	}
	if after := units(t, db); after != before {
		t.Errorf("refused writes stored units: %d -> %d", before, after)
	}
	u, err := db.Unit(context.Background(), 1)
	if err != nil || u.Variants[1].Text != seed[1] || u.ChangedBy != "" {
		t.Fatalf("unit 1 after a refused edit: %+v by %q, %v", u.Variants, u.ChangedBy, err)
	}
	// At the limit: taken.
	name := strings.Repeat("é", maxLabel/2)
	if st := call(t, "PATCH", ts.URL+"/api/v1/units/1", `{"text":"Le ministre est venu.","by":"`+name+`"}`, nil); st != 200 {
		t.Errorf("an edit by a name of %d bytes: %d; want 200", maxLabel, st)
	}
	if u, err := db.Unit(context.Background(), 1); err != nil || u.ChangedBy != name {
		t.Errorf("unit 1 changed by %d bytes, %v; want the name of %d", len(u.ChangedBy), err, maxLabel)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","src_doc":"`+name+`","pairs":[{"source":"A new one.","target":"Une nouvelle."}]}`, nil); st != 200 {
		t.Errorf("a unit of a src_doc of %d bytes: %d; want 200", maxLabel, st)
	}
}
