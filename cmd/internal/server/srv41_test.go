package server

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
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

// TestLookupMinZero: a lookup's min of 0 asks for matches of every score,
// as tm lookup --min 0 and tmserver's min_similarity=0 do, and as the
// page's "min %" box (which takes 0) means it: ?min=0 and "min": 0 were
// read as the default, 70, and answered fewer matches than min=1. A
// POST without min keeps the default; "max": 0 is refused as ?max=0 is
// (it was read as the default, 5).
func TestLookupMinZero(t *testing.T) {
	ts, _ := testServer(t, Options{})
	q := "The minister arrived in Tehran on Sunday with his advisers."
	scores := func(ms []struct{ Score int }) []int {
		var out []int
		for _, m := range ms {
			out = append(out, m.Score)
		}
		return out
	}
	var one, zero, def struct{ Matches []struct{ Score int } }
	call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&min=1&q="+url.QueryEscape(q), "", &one)
	call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&min=0&q="+url.QueryEscape(q), "", &zero)
	call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&q="+url.QueryEscape(q), "", &def)
	if len(one.Matches) == 0 || one.Matches[0].Score >= tm.DefaultMin {
		t.Fatalf("min=1: %v; the test wants a match under %d", scores(one.Matches), tm.DefaultMin)
	}
	if len(zero.Matches) < len(one.Matches) {
		t.Errorf("GET min=0: %v; min=1: %v (min=0 read as the default %d)", scores(zero.Matches), scores(one.Matches), tm.DefaultMin)
	}
	if len(def.Matches) != 0 {
		t.Errorf("GET without min: %v; want none (the default %d)", scores(def.Matches), tm.DefaultMin)
	}
	var batch struct {
		Results []struct{ Matches []struct{ Score int } }
	}
	body := func(extra string) string {
		b, _ := json.Marshal(q)
		return `{"src":"en","tgt":"fr","queries":[` + string(b) + `]` + extra + `}`
	}
	call(t, "POST", ts.URL+"/api/v1/lookup", body(`,"min":0`), &batch)
	if len(batch.Results) != 1 || len(batch.Results[0].Matches) < len(one.Matches) {
		t.Errorf(`POST "min": 0: %+v; want the matches of min=1 %v`, batch.Results, scores(one.Matches))
	}
	batch.Results = nil
	call(t, "POST", ts.URL+"/api/v1/lookup", body(``), &batch)
	if len(batch.Results) != 1 || len(batch.Results[0].Matches) != 0 {
		t.Errorf(`POST without min: %+v; want none (the default %d)`, batch.Results, tm.DefaultMin)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/lookup", body(`,"max":0`), nil); st != 400 {
		t.Errorf(`POST "max": 0: %d; want 400 as ?max=0`, st)
	}
}

// openapiBodies are valid JSON bodies of the /api/v1 routes that take
// one, keyed as openapi.json's paths and methods ("POST /api/v1/lookup").
var openapiBodies = map[string]string{
	"POST /api/v1/lookup":                        `{"src":"en","tgt":"fr","queries":["The minister arrived."]}`,
	"POST /api/v1/segment":                       `{"text":"One. Two.","lang":"en"}`,
	"POST /api/v1/align":                         `{"src":"en","tgt":"fr","src_text":"One.","tgt_text":"Un."}`,
	"POST /api/v1/normalize":                     `{"text":"Qasim Soleimani met them.","lang":"en"}`,
	"POST /api/v1/check":                         `{"text":"Qasim Soleimani met them.","lang":"en"}`,
	"POST /api/v1/names/discover":                `{"text":"Qasim Soleimani met Qassem Soleimani.","lang":"en"}`,
	"POST /api/v1/names/match":                   `{"pairs":[{"a":"Joel","b":"Yul"}]}`,
	"POST /api/v1/glossary":                      `{"entries":[{"canonical":"Henry Morgan"}]}`,
	"POST /api/v1/glossary/{canonical}/variants": `{"variants":["Harry Morgan"]}`,
	"POST /api/v1/units":                         `{"src":"en","tgt":"fr","pairs":[{"source":"A.","target":"Un."}]}`,
	"PATCH /api/v1/units/{id}":                   `{"text":"Le ministre."}`,
	// unit 3, deleted first (TestOpenAPIBodyFields)
	"POST /api/v1/units/restore":     `{"id":3,"variants":[{"lang":"en","text":"Three."},{"lang":"fr","text":"Trois."}]}`,
	"POST /api/v1/documents/restore": `{"units":[{"id":2,"variants":[{"lang":"en","text":"Two."},{"lang":"fr","text":"Deux."}]}]}`,
}

// TestOpenAPIBodyFields keeps openapi.json's request bodies true,
// walking them: each property it describes of a route's body is a field
// the route knows (a value of the wrong type is refused for its type,
// not as an unknown field), and a field it describes of another route's
// body only is refused as unknown. /normalize and /check took
// min_confidence and /names/discover took no_default, read into one
// struct and ignored: a client asking /check for a minimum confidence
// was answered without a word.
func TestOpenAPIBodyFields(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var doc struct {
		Paths map[string]map[string]struct {
			RequestBody struct {
				Content map[string]struct{ Schema schema }
			} `json:"requestBody"`
		}
	}
	if st := call(t, "GET", ts.URL+"/api/v1/openapi.json", "", &doc); st != 200 {
		t.Fatal(st)
	}
	fill := strings.NewReplacer("{canonical}", "Henry%20Morgan", "{id}", "1")
	call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Henry Morgan"}]}`, nil)
	for _, id := range []string{"2", "3"} { // restored by the valid bodies of units/restore and documents/restore
		if st := call(t, "DELETE", ts.URL+"/api/v1/units/"+id, "", nil); st != 200 {
			t.Fatalf("DELETE unit %s: %d", id, st)
		}
	}
	bodies := map[string]map[string]bool{} // route -> its top-level properties
	every := map[string]bool{}
	for p, ops := range doc.Paths {
		for m, op := range ops {
			sc, ok := op.RequestBody.Content["application/json"]
			if !ok {
				continue
			}
			route := strings.ToUpper(m) + " " + p
			if _, ok := openapiBodies[route]; !ok {
				t.Errorf("%s: no valid body in openapiBodies", route)
				continue
			}
			bodies[route] = map[string]bool{}
			for f := range sc.Schema.Properties {
				bodies[route][f] = true
				every[f] = true
			}
		}
	}
	for route, props := range bodies {
		method, p, _ := strings.Cut(route, " ")
		u := ts.URL + fill.Replace(p)
		valid := openapiBodies[route]
		if st := call(t, method, u, valid, nil); st != 200 {
			t.Errorf("%s: the valid body answered %d", route, st)
		}
		for f := range every {
			// The field, as a JSON object: a wrong type for every
			// documented field.
			body := strings.Replace(valid, "{", `{"`+f+`":{"x":1},`, 1)
			if bodyHas(valid, f) {
				continue // the valid body's own field, given twice: refused as repeated
			}
			st, _, b := send(t, method, u, body)
			unknown := strings.Contains(string(b), `unknown field \"`+f+`\"`)
			switch {
			case props[f] && (st < 400 || unknown):
				t.Errorf("%s: documented field %q of a wrong type: %d %s; want a 400 for its type", route, f, st, b)
			case !props[f] && !unknown:
				t.Errorf("%s: field %q, which openapi.json does not give this route: %d %s; want 400 unknown field", route, f, st, b)
			}
		}
	}
}

// schema is the part of a JSON schema TestOpenAPIBodyFields reads.
type schema struct {
	Properties map[string]json.RawMessage
}

// bodyHas reports whether the JSON object body has the top-level field f.
func bodyHas(body, f string) bool {
	var m map[string]json.RawMessage
	json.Unmarshal([]byte(body), &m)
	_, ok := m[f]
	return ok
}

// TestServeCutAnswers: a request cancelled after the drain (an import
// still running when SIGTERM's 30 s are up) reaches its client with the
// handler's answer, a 503 saying nothing was stored. The connections
// were closed as the requests were cancelled, before their handlers
// could answer: the server's log said 503, the client read an empty
// reply (curl: exit 52).
func TestServeCutAnswers(t *testing.T) {
	defer func(d time.Duration) { drainTimeout = d }(drainTimeout)
	drainTimeout = 50 * time.Millisecond
	entered := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-r.Context().Done()
		time.Sleep(20 * time.Millisecond) // the import's rollback
		writeError(w, http.StatusServiceUnavailable, fmt.Errorf("import big.tmx: %w; nothing from big.tmx was stored", r.Context().Err()))
	})
	addr, cancel, errc := serveLoopback(t, h, nil)
	type answer struct {
		status int
		body   string
		err    error
	}
	got := make(chan answer, 1)
	go func() {
		resp, err := http.Post("http://"+addr+"/api/v1/import", "application/octet-stream", strings.NewReader("x"))
		if err != nil {
			got <- answer{err: err}
			return
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- answer{resp.StatusCode, string(b), err}
	}()
	<-entered
	cancel()
	if err := <-errc; err != nil {
		t.Errorf("serve = %v", err)
	}
	a := <-got
	if a.err != nil || a.status != http.StatusServiceUnavailable || !strings.Contains(a.body, "nothing from big.tmx was stored") {
		t.Errorf("the client of the request cut: %d %q %v; want the handler's 503", a.status, a.body, a.err)
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
