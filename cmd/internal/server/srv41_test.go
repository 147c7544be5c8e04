package server

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

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
