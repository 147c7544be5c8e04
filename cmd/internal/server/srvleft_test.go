package server

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

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

// TestWrappersReachTheConnection: a route answers through routerJSON and,
// with the access log on (as bitext serve runs), its statusRecorder; both
// unwrap (http.ResponseController), so that a route streaming its answer
// can flush it and set its write deadline: without Unwrap both are
// http.ErrNotSupported. The JSON error of a route is answered as written.
func TestWrappersReachTheConnection(t *testing.T) {
	_, db := testServer(t, Options{})
	var log lockedBuilder
	s := newServer(t, Options{DB: db, AccessLog: &log})
	s.handle("GET", "/test/stream", open, func(w http.ResponseWriter, r *http.Request) error {
		rc := http.NewResponseController(w)
		w.Write([]byte("first part\n"))
		if err := rc.Flush(); err != nil {
			return fmt.Errorf("flush: %w", err)
		}
		if err := rc.SetWriteDeadline(time.Now().Add(time.Minute)); err != nil {
			return fmt.Errorf("write deadline: %w", err)
		}
		w.Write([]byte("second part\n"))
		return nil
	})
	ts := httptest.NewServer(s)
	defer ts.Close()
	status, _, b := send(t, "GET", ts.URL+"/test/stream", "")
	if status != http.StatusOK || string(b) != "first part\nsecond part\n" {
		t.Errorf("GET /test/stream through the wrappers: %d %q; want 200 and both parts", status, b)
	}
	if !strings.Contains(log.String(), "GET /test/stream 200 23 ") {
		t.Errorf("access log %q; want the route's 200 and 23 bytes", log.String())
	}
}

// TestExportCutShortIsCut: an export that fails once begun (here: past
// its time limit, the client slow to read) cuts the connection, so that
// the client reads an error, not a shorter export that ends as a whole
// one does (TSV has no end mark; chunked, the answer was complete).
func TestExportCutShortIsCut(t *testing.T) {
	var pairs []string
	long := strings.Repeat("The minister arrived in Baghdad on Monday. ", 100) // 4.4 KB
	for i := range 4000 {
		pairs = append(pairs, fmt.Sprintf("%d %s", i, long), fmt.Sprintf("%d Le ministre.", i))
	}
	var log lockedBuilder
	ts, _ := testServer(t, Options{DB: newDB(t, pairs...), BulkTimeout: time.Second, Log: &log})
	req, _ := http.NewRequest("GET", ts.URL+"/api/v1/export?format=tsv&src=en&tgt=fr", nil)
	req.Header.Set("Accept-Encoding", "identity")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	time.Sleep(2500 * time.Millisecond) // the export waits on the client, past its limit
	b, err := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || err == nil {
		t.Errorf("an export cut at its time limit: %d, %d bytes of %d, read error %v; want 200 and the body cut with an error", res.StatusCode, len(b), 4000*(len(long)+20), err)
	}
	if !strings.Contains(log.String(), "GET /api/v1/export: cut short after ") {
		t.Errorf("server log %q; want the export cut short, and why", log.String())
	}
}
