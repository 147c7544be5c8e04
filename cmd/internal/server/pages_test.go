package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

// manyMinisters is a TM of n units that all hold "minister".
func manyMinisters(t *testing.T, n int) []string {
	t.Helper()
	var pairs []string
	for i := range n {
		pairs = append(pairs, fmt.Sprintf("The minister spoke to reporter %d on Monday.", i), fmt.Sprintf("Le ministre a parlé au journaliste %d lundi.", i))
	}
	return pairs
}

// TestConcordancePages checks that /api/v1/concordance pages through a
// term that more segments hold than a page: each answer says whether more
// follow, offset+max is the next page, and the pages together are every
// hit once. Hits beyond max were lost (the page said "100 segments hold
// minister" of 250), and offset was ignored.
func TestConcordancePages(t *testing.T) {
	ts, _ := testServer(t, Options{DB: newDB(t, manyMinisters(t, 250)...)})
	type page struct {
		Hits []struct {
			UnitID int64 `json:"unit_id"`
		} `json:"hits"`
		More   bool `json:"more"`
		Offset int  `json:"offset"`
	}
	seen := map[int64]bool{}
	for i, want := range []struct {
		n    int
		more bool
	}{{100, true}, {100, true}, {50, false}} {
		var p page
		u := fmt.Sprintf("%s/api/v1/concordance?src=en&tgt=fr&term=minister&offset=%d", ts.URL, i*100)
		if st := call(t, "GET", u, "", &p); st != http.StatusOK {
			t.Fatalf("GET %s: %d", u, st)
		}
		if len(p.Hits) != want.n || p.More != want.more || p.Offset != i*100 {
			t.Errorf("page %d: %d hits, more %v, offset %d; want %d, %v, %d", i, len(p.Hits), p.More, p.Offset, want.n, want.more, i*100)
		}
		for _, h := range p.Hits {
			if seen[h.UnitID] {
				t.Errorf("page %d: unit %d again", i, h.UnitID)
			}
			seen[h.UnitID] = true
		}
	}
	if len(seen) != 250 {
		t.Errorf("%d units over the pages; want 250", len(seen))
	}
	var p page
	if call(t, "GET", ts.URL+"/api/v1/concordance?src=en&term=minister&max=250", "", &p); len(p.Hits) != 250 || p.More {
		t.Errorf("max=250: %d hits, more %v; want 250, false", len(p.Hits), p.More)
	}
	for _, q := range []string{"offset=-1", "offset=x", "offset=1.5"} {
		if st := call(t, "GET", ts.URL+"/api/v1/concordance?src=en&term=minister&"+q, "", nil); st != http.StatusBadRequest {
			t.Errorf("%s: %d; want 400", q, st)
		}
	}
}

// TestTMServerForgetTargetBody checks the body of a tmserver DELETE of a
// unit: a blank target is refused (it forgot every unit of the source, as
// no body does), and an empty body sent chunked (no Content-Length) is no
// body (it was refused: "request body: empty").
func TestTMServerForgetTargetBody(t *testing.T) {
	ts, db := testServer(t, Options{})
	unit := ts.URL + "/tmserver/en/fr/unit/" + url.PathEscape(seed[0])
	before := units(t, db)
	for _, body := range []string{`{"target":""}`, `{"target":"  "}`} {
		if st := call(t, "DELETE", unit, body, nil); st != http.StatusBadRequest || units(t, db) != before {
			t.Errorf("DELETE %s: %d, %d units; want 400 and %d", body, st, units(t, db), before)
		}
	}
	req, _ := http.NewRequest("DELETE", unit, io.MultiReader(strings.NewReader("")))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || units(t, db) != before-1 {
		t.Errorf("DELETE with an empty chunked body: %d %s, %d units; want 200 and %d", res.StatusCode, b, units(t, db), before-1)
	}
}

// TestQueryStringSemicolon: a raw ';' in a query string is refused with
// what to do (it was "q is empty": the pair holding it was dropped).
func TestQueryStringSemicolon(t *testing.T) {
	ts, _ := testServer(t, Options{})
	st, _, b := send(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&q=Tehran;+Baghdad", "")
	if st != http.StatusBadRequest || !strings.Contains(string(b), "%3B") {
		t.Errorf("a ';' in the query: %d %s; want 400 saying to encode it as %%3B", st, b)
	}
	if st := call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&q=Tehran%3B+Baghdad", "", nil); st != http.StatusOK {
		t.Errorf("an encoded ';': %d; want 200", st)
	}
}

// multipartFile is a multipart form of the field note and the file name
// with content, and its Content-Type.
func multipartFile(t *testing.T, name, content string) (string, string) {
	t.Helper()
	var b strings.Builder
	mw := multipart.NewWriter(&b)
	mw.WriteField("note", "a field before the file")
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(fw, content)
	mw.Close()
	return b.String(), mw.FormDataContentType()
}

// TestImportMultipart: a file uploaded as a form (curl -F file=@a.tsv, an
// HTML form) is imported under the form's file name; it was read as the
// file itself and refused with "line 1: want SOURCE<TAB>TARGET".
func TestImportMultipart(t *testing.T) {
	ts, db := testServer(t, Options{})
	before := units(t, db)
	body, ct := multipartFile(t, `C:\Users\maryam\talks.tsv`, "The talks ended.\tLes pourparlers ont pris fin.\n")
	var out map[string]int
	if st := call(t, "POST", ts.URL+"/api/v1/import?src=en&tgt=fr", body, &out, "Content-Type", ct); st != http.StatusOK || out["added"] != 1 {
		t.Fatalf("POST /api/v1/import, a form: %d %v", st, out)
	}
	body, ct = multipartFile(t, "x.tsv", "The talks resumed.\tLes pourparlers ont repris.\n")
	if st := call(t, "PUT", ts.URL+"/tmserver/en/fr/store/store.tsv", body, nil, "Content-Type", ct); st != http.StatusOK {
		t.Fatalf("PUT a store, a form: %d", st)
	}
	if units(t, db) != before+2 {
		t.Errorf("%d units; want %d", units(t, db), before+2)
	}
	docs, err := db.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range docs {
		names = append(names, d.Name)
	}
	if !slices.Contains(names, "talks.tsv") || !slices.Contains(names, "store.tsv") {
		t.Errorf("documents %q; want talks.tsv (the form's file name) and store.tsv (the store's)", names)
	}
	var b strings.Builder
	mw := multipart.NewWriter(&b)
	mw.WriteField("note", "no file")
	mw.Close()
	if st := call(t, "POST", ts.URL+"/api/v1/import?src=en&tgt=fr", b.String(), nil, "Content-Type", mw.FormDataContentType()); st != http.StatusBadRequest || units(t, db) != before+2 {
		t.Errorf("a form without a file: %d; want 400 and nothing stored", st)
	}
}

// TestFormNotJSON: a form sent where JSON is wanted (curl -d src=en, curl
// -F) is told so (it said "invalid character 's' looking for beginning of
// value"); JSON sent with a form's content type, as curl -d '{...}' sends
// it, is still read. Early refusals (a wrong Host) carry the same safety
// headers as every answer.
func TestFormNotJSON(t *testing.T) {
	ts, _ := testServer(t, Options{LoopbackHosts: true})
	st, _, b := send(t, "POST", ts.URL+"/api/v1/lookup", "src=en&tgt=fr&queries=x", "Content-Type", "application/x-www-form-urlencoded")
	if st != http.StatusBadRequest || !strings.Contains(string(b), "this is a form") {
		t.Errorf("a form: %d %s; want 400 saying it is a form", st, b)
	}
	body, ct := multipartFile(t, "q.txt", "x")
	if st, _, b := send(t, "POST", ts.URL+"/api/v1/lookup", body, "Content-Type", ct); st != http.StatusBadRequest || !strings.Contains(string(b), "this is a form") {
		t.Errorf("a multipart form: %d %s; want 400 saying it is a form", st, b)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/lookup", `{"src":"en","tgt":"fr","queries":["x"]}`, nil, "Content-Type", "application/x-www-form-urlencoded"); st != http.StatusOK {
		t.Errorf("JSON with a form's content type: %d; want 200", st)
	}
	req, _ := http.NewRequest("GET", ts.URL+"/api/v1/stats", nil)
	req.Host = "evil.example"
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMisdirectedRequest || res.Header.Get("X-Content-Type-Options") != "nosniff" || res.Header.Get("X-Frame-Options") != "DENY" {
		t.Errorf("a foreign Host: %d, headers %v; want 421 with nosniff and DENY", res.StatusCode, res.Header)
	}
}

// TestRequestTimeout: a request's work ends at Options.RequestTimeout
// (a bulk route's at Options.BulkTimeout) with a 503 JSON error saying so,
// and a write cut short writes nothing. Requests had no deadline: one
// stuck on the database waited for ever; then one of 10 minutes, for a
// lookup as for an import.
func TestRequestTimeout(t *testing.T) {
	s := newServer(t, Options{DB: newDB(t)})
	if s.opt.RequestTimeout != DefaultRequestTimeout || DefaultRequestTimeout > time.Minute || s.opt.BulkTimeout != WriteTimeout {
		t.Errorf("time limits by default: %v, bulk %v; want %v and %v", s.opt.RequestTimeout, s.opt.BulkTimeout, DefaultRequestTimeout, WriteTimeout)
	}
	bulk := map[string]bool{}
	for _, rt := range s.Routes() {
		bulk[rt.Method+" "+rt.Path] = rt.Bulk
	}
	for _, r := range []string{"POST /api/v1/import", "GET /api/v1/export", "POST /api/v1/units", "PUT /tmserver/{slang}/{tlang}/store/{name...}", "POST /api/v1/align"} {
		if !bulk[r] {
			t.Errorf("%s is not a bulk route", r)
		}
	}
	for _, r := range []string{"GET /api/v1/lookup", "POST /api/v1/lookup", "GET /tmserver/{slang}/{tlang}/unit/{text...}", "GET /api/v1/concordance", "PUT /tmserver/{slang}/{tlang}/unit/{text...}"} {
		if b, ok := bulk[r]; !ok || b {
			t.Errorf("%s: registered %v, bulk %v; want a route with the request time limit", r, ok, b)
		}
	}
	for _, opt := range []Options{{RequestTimeout: -time.Second}, {RequestTimeout: time.Hour}} {
		opt.DB = newDB(t)
		if _, err := New(opt); !errors.Is(err, ErrOptions) || !strings.Contains(err.Error(), "--request-timeout") {
			t.Errorf("New with a time limit of %v: %v; want an error naming --request-timeout", opt.RequestTimeout, err)
		}
	}

	ts, db := testServer(t, Options{RequestTimeout: time.Nanosecond, BulkTimeout: time.Nanosecond}) // over before the handler starts
	before := units(t, db)
	for _, tc := range []struct{ method, path, body string }{
		{"GET", "/api/v1/lookup?src=en&tgt=fr&q=The+minister+arrived.", ""},
		{"PUT", "/tmserver/en/fr/unit/x", `{"source":"The talks ended.","target":"Les pourparlers ont pris fin."}`},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"source":"The talks ended.","target":"Les pourparlers ont pris fin."}]}`},
	} {
		st, _, b := send(t, tc.method, ts.URL+tc.path, tc.body)
		if st != http.StatusServiceUnavailable || !strings.Contains(string(b), "time limit") || !strings.Contains(string(b), "nothing was written") {
			t.Errorf("%s %s: %d %s; want 503 naming the time limit", tc.method, tc.path, st, b)
		}
	}
	if units(t, db) != before {
		t.Errorf("a write over the time limit stored units: %d -> %d", before, units(t, db))
	}
	// A bulk route is not held to the request time limit.
	ts, _ = testServer(t, Options{RequestTimeout: time.Nanosecond})
	if st, _, b := send(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"source":"The talks ended.","target":"Les pourparlers ont pris fin."}]}`); st != 200 {
		t.Errorf("POST /api/v1/units with a request time limit of 1ns: %d %s; want 200 (a bulk route)", st, b)
	}
}

// TestConcordanceNoWordsQuoted checks the refusal of a term without a
// word: emoji alone (a flag, a family joined by U+200D) or punctuation.
// It is refused (the word index holds no emoji: "no hit" would say the TM
// holds none), the term quoted as typed: the message showed the API's %q,
// 👩\u200d👩\u200d👧, to the page's reader.
func TestConcordanceNoWordsQuoted(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, term := range []string{"👩\u200d👩\u200d👧", "🇺🇦", "!!!", "🇺🇦 !"} {
		u := ts.URL + "/api/v1/concordance?src=en&term=" + url.QueryEscape(term)
		st, _, b := send(t, "GET", u, "")
		if st != http.StatusBadRequest {
			t.Errorf("term %q: %d; want 400", term, st)
			continue
		}
		var e errorBody
		if err := json.Unmarshal(b, &e); err != nil {
			t.Fatalf("term %q: %v in %q", term, err, b)
		}
		if want := "“" + term + "”"; !strings.Contains(e.Error, want) || strings.Contains(e.Error, `\u`) {
			t.Errorf("term %q: error %q; want the term quoted as typed, %s", term, e.Error, want)
		}
		if !strings.Contains(e.Error, "no words to search") || !strings.Contains(e.Error, "emoji") {
			t.Errorf("term %q: error %q; want it to say emoji alone are not searched", term, e.Error)
		}
	}
}
