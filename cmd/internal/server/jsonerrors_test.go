package server

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
)

// TestJSONErrorsInAPIWords: a request body that is not the JSON a route
// wants is answered 400 with what is wrong in the API's words: where the
// JSON breaks, which field has a value of the wrong kind. encoding/json's
// messages named the server's Go types ("cannot unmarshal array into Go
// value of type server.lookupRequest", "struct { Lang string ... }"), and
// a cut body said only "unexpected EOF" (trial33).
func TestJSONErrorsInAPIWords(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, c := range []struct {
		method, path, body string
		want               string
	}{
		{"POST", "/api/v1/lookup", `[1,2]`, `request body: a JSON object is wanted, not an array`},
		{"POST", "/api/v1/segment", `"hello"`, `request body: a JSON object is wanted, not a string`},
		{"POST", "/api/v1/segment", `{"text":5,"lang":"en"}`, `request body: field \"text\": a string is wanted, not a number`},
		{"PATCH", "/api/v1/units/1", `[1]`, `request body: a JSON object is wanted, not an array`},
		{"PATCH", "/api/v1/units/1", `{"text":true}`, `request body: field \"text\": a string is wanted, not true or false`},
		{"POST", "/api/v1/glossary", `{"entries":{}}`, `request body: field \"entries\": an array is wanted, not an object`},
		{"POST", "/tmserver/en/fr/store/x", `{"source":"a"}`, `request body: an array is wanted, not an object`},
		{"DELETE", "/tmserver/en/fr/unit/Hello", `["x"]`, `request body: a JSON object is wanted, not an array`},
		{"POST", "/api/v1/normalize", `{"text": "x",`, `request body: the JSON ends before its value is complete`},
		{"POST", "/api/v1/normalize", "{\n  \"text\": 'x'\n}", `request body: not valid JSON at line 2, column 11: invalid character`},
		// a pasted curly quote is named as itself, not by its first byte ('â')
		{"POST", "/api/v1/check", `{“text”:"x","lang":"en"}`, `request body: not valid JSON at line 1, column 2: invalid character '“' (U+201C) looking for beginning of object key string`},
		{"POST", "/api/v1/lookup", `{"text":"x"}`, `request body: unknown field \"text\"; the fields are src, tgt,`},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","units":[]}`, `request body: unknown field \"units\"; the fields are src, tgt, pairs, src_doc, tgt_doc, reviewed, by, sequential`},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"src":"a","target":"b"}]}`, `request body: unknown field \"src\""}`},
	} {
		st, _, b := send(t, c.method, ts.URL+c.path, c.body, "Content-Type", "application/json")
		if st != http.StatusBadRequest || !strings.Contains(string(b), c.want) {
			t.Errorf("%s %s %s: %d %s; want 400 with %s", c.method, c.path, c.body, st, b, c.want)
		}
		for _, leak := range []string{"Go value", "Go struct", "server.", "struct {", "json:"} {
			if strings.Contains(string(b), leak) {
				t.Errorf("%s %s %s: %s names the server's Go types (%q)", c.method, c.path, c.body, b, leak)
			}
		}
	}
}

// TestQueryStringErrors: a query string that does not parse says what is
// wrong in it: a '%' that starts no escape was told to percent-encode ';'
// ("invalid URL escape "%zz"; percent-encode ';' as %3B") (trial33).
func TestQueryStringErrors(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, c := range []struct{ query, want, not string }{
		{"src=en&tgt=fr&q=100%", `invalid escape \"%\"`, "%3B"},
		{"src=en&tgt=fr&q=a%zzb", `write '%' itself as %25`, "%3B"},
		{"src=en;tgt=fr&q=x", `percent-encode a ';' in a value as %3B`, "%25"},
	} {
		st, _, b := send(t, "GET", ts.URL+"/api/v1/lookup?"+c.query, "")
		if st != http.StatusBadRequest || !strings.Contains(string(b), c.want) || strings.Contains(string(b), c.not) {
			t.Errorf("GET /api/v1/lookup?%s: %d %s; want 400 with %s, without %s", c.query, st, b, c.want, c.not)
		}
	}
}

// serveRaw answers a request for the raw target (a path as a client sent
// it, not cleaned) with s, without following redirects.
func serveRaw(t *testing.T, s *Server, method, target string, body io.Reader) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, body)
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

// jsonError is the "error" of a JSON error answer, or a note saying what
// the answer is instead.
func jsonError(w *httptest.ResponseRecorder) string {
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		return "(not JSON: " + ct + ": " + w.Body.String() + ")"
	}
	var e errorBody
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error == "" {
		return "(no JSON error: " + w.Body.String() + ")"
	}
	return e.Error
}

// TestUncleanPathsAnswerJSON: a path with a "." or ".." segment or an
// empty one ("//") is answered 400 with a JSON error that says so. The
// router answered it with a redirect to the cleaned path and an HTML body
// (<a href="/etc/passwd">Temporary Redirect</a>), a DELETE of
// /api/v1/glossary/.. included (faults36).
func TestUncleanPathsAnswerJSON(t *testing.T) {
	_, db := testServer(t, Options{})
	s := newServer(t, Options{DB: db})
	for _, c := range []struct{ method, target string }{
		{"GET", "/api/v1/../../etc/passwd"},
		{"GET", "/static/../server.go"},
		{"GET", "/api/v1/./health"},
		{"GET", "/tmserver//fr/unit/x"},
		{"GET", "/tmserver/en/fr/unit/../../etc/passwd"},
		{"DELETE", "/api/v1/glossary/.."},
		{"DELETE", "/api/v1/documents/."},
	} {
		w := serveRaw(t, s, c.method, c.target, nil)
		if msg := jsonError(w); w.Code != http.StatusBadRequest || !strings.Contains(msg, `".."`) {
			t.Errorf("%s %s: %d %s; want 400 with a JSON error on the path's segments", c.method, c.target, w.Code, msg)
		}
	}
	// A "." or ".." inside a segment, or escaped, is text, not a segment.
	for _, target := range []string{"/tmserver/en/fr/unit/...", "/tmserver/en/fr/unit/a%2F..%2Fb", "/api/v1/health"} {
		if w := serveRaw(t, s, "GET", target, nil); w.Code != http.StatusOK {
			t.Errorf("GET %s: %d %s; want 200", target, w.Code, w.Body)
		}
	}
}

// TestRedirectsAnswerJSON: a path that lacks a route's final slash is
// still redirected to it (tmserver clients may follow), but with a JSON
// body, not the router's HTML (faults36).
func TestRedirectsAnswerJSON(t *testing.T) {
	_, db := testServer(t, Options{})
	s := newServer(t, Options{DB: db})
	for _, target := range []string{"/tmserver/languages", "/tmserver/en/fr/unit"} {
		w := serveRaw(t, s, "GET", target, nil)
		loc := w.Header().Get("Location")
		if w.Code/100 != 3 || loc != target+"/" || !strings.Contains(jsonError(w), loc) {
			t.Errorf("GET %s: %d Location %q %s; want a redirect to %s/ with a JSON body naming it", target, w.Code, loc, jsonError(w), target)
		}
	}
}

// request is a request for the raw target with the headers given as
// name, value pairs.
func request(method, target string, header ...string) *http.Request {
	r := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	return r
}

// answer is s's answer to r.
func answer(s *Server, r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

// appJSSize is the size of the page's script.
func appJSSize(t *testing.T) int {
	b, err := web.ReadFile("web/app.js")
	if err != nil {
		t.Fatal(err)
	}
	return len(b)
}

// TestOwnAnswersAreJSON: what the router and the file server of the
// page's files answer themselves (not a route's writeError) is JSON as
// every other error: a Range beyond a page file (416) and an If-Match
// that names no version of it (412), both from http.FileServerFS, and a
// CONNECT (405 from the router); they were plain text
// ("invalid range: failed to overlap", "Method Not Allowed") or no body.
// The answers' statuses and headers stay net/http's.
func TestOwnAnswersAreJSON(t *testing.T) {
	_, db := testServer(t, Options{})
	s := newServer(t, Options{DB: db, AccessLog: new(strings.Builder)})
	for _, c := range []struct {
		method, target string
		header         []string
		status         int
		want           string // in the message
		wantHeader     string // a header the answer keeps
	}{
		{"GET", "/static/app.js", []string{"Range", "bytes=99999999-"}, http.StatusRequestedRangeNotSatisfiable, "invalid range", "Content-Range"},
		{"GET", "/static/style.css", []string{"If-Match", `"x"`}, http.StatusPreconditionFailed, "Precondition Failed", ""},
		{"HEAD", "/static/app.js", []string{"Range", "bytes=99999999-"}, http.StatusRequestedRangeNotSatisfiable, "", "Content-Range"},
		{"CONNECT", "127.0.0.1:443", nil, http.StatusMethodNotAllowed, "CONNECT", "Allow"},
	} {
		w := answer(s, request(c.method, c.target, c.header...))
		msg := jsonError(w)
		if w.Code != c.status || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
			t.Errorf("%s %s %q: %d %q %s; want %d with a JSON error", c.method, c.target, c.header, w.Code, w.Header().Get("Content-Type"), w.Body, c.status)
			continue
		}
		if c.method != "HEAD" && !strings.Contains(msg, c.want) {
			t.Errorf("%s %s %q: %s; want a message with %q", c.method, c.target, c.header, msg, c.want)
		}
		if c.wantHeader != "" && len(w.Header().Values(c.wantHeader)) == 0 {
			t.Errorf("%s %s %q: no %s header in %v", c.method, c.target, c.header, c.wantHeader, w.Header())
		}
	}
	// What the file server serves is untouched: a whole file, a range.
	for _, c := range []struct {
		header []string
		status int
		size   int
	}{{nil, http.StatusOK, appJSSize(t)}, {[]string{"Range", "bytes=0-9"}, http.StatusPartialContent, 10}} {
		w := answer(s, request("GET", "/static/app.js", c.header...))
		if w.Code != c.status || w.Body.Len() != c.size || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/javascript") {
			t.Errorf("GET /static/app.js %q: %d, %d bytes of %q; want %d, %d bytes of JavaScript", c.header, w.Code, w.Body.Len(), w.Header().Get("Content-Type"), c.status, c.size)
		}
	}
}

// TestWrongMethod checks that a route asked with a method it does not
// take is 405 with an Allow header and a JSON error, and that a path no
// route has is 404.
func TestWrongMethod(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, tc := range []struct{ method, path, allow string }{
		{"POST", "/api/v1/stats", "GET, HEAD, OPTIONS"}, // OPTIONS: TestOptionsAllow
		{"GET", "/api/v1/segment", "OPTIONS, POST"},
		{"PUT", "/api/v1/lookup", "GET, HEAD, OPTIONS, POST"},
		{"PATCH", "/tmserver/en/fr/store/x", "DELETE, GET, HEAD, OPTIONS, POST, PUT"},
		{"POST", "/api/v1/units/3", "DELETE, GET, HEAD, OPTIONS, PATCH"},
	} {
		req, _ := http.NewRequest(tc.method, ts.URL+tc.path, strings.NewReader("{}"))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != tc.allow ||
			!strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
			t.Errorf("%s %s: %d, Allow %q, %s; want 405, Allow %q, JSON", tc.method, tc.path,
				res.StatusCode, res.Header.Get("Allow"), res.Header.Get("Content-Type"), tc.allow)
		}
		call(t, tc.method, ts.URL+tc.path, "{}", nil) // the body is a JSON error
	}
	if st := call(t, "GET", ts.URL+"/api/v1/nothing", "", nil); st != http.StatusNotFound {
		t.Errorf("GET /api/v1/nothing: %d; want 404", st)
	}
}

// TestWriteErrStatus checks the status of the TM's own errors: a TM that
// cannot be written is 403, a damaged one 500 (the server's fault, not the
// request's). Both were 400: they are also bad input (exit 2) in the
// command.
func TestWriteErrStatus(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want int
	}{
		{fmt.Errorf("write tm.db: %w", tm.ErrReadOnly), http.StatusForbidden},
		{fmt.Errorf("tm.db: %w", tm.ErrCorrupt), http.StatusInternalServerError},
		{fmt.Errorf("import x: %w", tm.ErrBadInput), http.StatusBadRequest},
		{fmt.Errorf("lookup: db: %w", tm.ErrStatementTimeout), http.StatusServiceUnavailable},
	} {
		if got := errStatus(tc.err); got != tc.want {
			t.Errorf("errStatus(%v): %d; want %d", tc.err, got, tc.want)
		}
	}
}

// TestBusyRetryAfter: a write the store refused as busy (SQLite's lock
// held by another writer for its whole 30 s wait; PostgreSQL's
// statement_timeout) is a 503 with Retry-After, as one cut at its time
// limit is: it had none. A 503 of a TM that will not come back by waiting
// (its file replaced) says none.
func TestBusyRetryAfter(t *testing.T) {
	s := newServer(t, Options{DB: newDB(t)})
	r := httptest.NewRequest("POST", "/api/v1/glossary", nil)
	r.Pattern = "POST /api/v1/glossary"
	for _, tc := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("write tm.db: %w: another process held it for 30 s (database is locked)", tm.ErrBusy), "10"},
		{fmt.Errorf("glossary: %w", tm.ErrStatementTimeout), "10"},
		{fmt.Errorf("write tm.db: %w", tm.ErrMoved), ""},
	} {
		rec := httptest.NewRecorder()
		s.writeErr(rec, r, tc.err)
		if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") != tc.want {
			t.Errorf("writeErr(%v): %d, Retry-After %q; want 503, %q", tc.err, rec.Code, rec.Header().Get("Retry-After"), tc.want)
		}
	}
}

// TestPublicMessage: what a client is told of the server's own errors.
// A database that cannot be reached is said so without the driver's words
// (they name the database's user, host and port); a message naming the
// TM's location names its file only, as GET /api/v1/stats does. The
// server's log gets the whole error of a 5xx.
func TestPublicMessage(t *testing.T) {
	db := newDB(t)
	var logged strings.Builder
	s := newServer(t, Options{DB: db, Log: &logged})
	r := httptest.NewRequest("GET", "/api/v1/lookup?q=x", nil)
	r.Pattern = "GET /api/v1/lookup"
	down := fmt.Errorf("lookup: postgres://team@db.internal:5432/tm: %w: failed to connect to `user=team database=tm`: dial tcp 10.0.0.7:5432: connect: connection refused", tm.ErrUnavailable)
	if got, want := s.publicMessage(r, down), "GET /api/v1/lookup: the translation memory's database is unavailable: try again later (the server's log says why)"; got != want {
		t.Errorf("unavailable: %q; want %q", got, want)
	}
	w := httptest.NewRequest("POST", "/api/v1/import", nil)
	w.Pattern = "POST /api/v1/import"
	if got := s.publicMessage(w, down); !strings.HasSuffix(got, "; nothing of this request was stored") {
		t.Errorf("unavailable on a write: %q; want it to say nothing was stored", got)
	}
	moved := fmt.Errorf("write %s: %w", db.Path(), tm.ErrMoved)
	if got := s.publicMessage(r, moved); strings.Contains(got, filepath.Dir(db.Path())) || !strings.Contains(got, "write tm.db: ") {
		t.Errorf("moved: %q; want the file's name, not its folder", got)
	}
	rec := httptest.NewRecorder()
	s.writeErr(rec, r, down)
	if rec.Code != 503 || strings.Contains(rec.Body.String(), "10.0.0.7") || !strings.Contains(logged.String(), "GET /api/v1/lookup: 503: lookup: postgres://team@db.internal:5432/tm") {
		t.Errorf("writeErr: %d %s, log %q; want 503 without the address, the log with it", rec.Code, rec.Body, logged.String())
	}
}
