package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// readAfter is a body that notes, at its first read, whether the answer
// was written before.
type readAfter struct {
	r        io.Reader
	w        *httptest.ResponseRecorder
	read     bool
	answered bool
}

func (b *readAfter) Read(p []byte) (int, error) {
	if !b.read {
		b.read, b.answered = true, b.w.Body.Len() > 0
	}
	return b.r.Read(p)
}

// TestDeclaredBodyOverLimit: a request whose Content-Length is over the
// limit is answered 413 at once, before its body is read (then read and
// dropped, so that the client, still sending, gets to read the answer).
// The import read (and parsed, and stored in a transaction it then
// rolled back) the whole limit first: a 33 MB upload against the 32 MB
// limit took 81 s to be told it was too big (faults36).
func TestDeclaredBodyOverLimit(t *testing.T) {
	_, db := testServer(t, Options{})
	s := newServer(t, Options{DB: db, MaxBody: 1000})
	for _, path := range []string{"/api/v1/import?format=tsv&src=en&tgt=fr", "/api/v1/units", "/tmserver/en/fr/store/x"} {
		w := httptest.NewRecorder()
		body := &readAfter{r: strings.NewReader(strings.Repeat("a\tb\n", 400)), w: w}
		r := httptest.NewRequest("POST", path, body)
		r.ContentLength = 1600
		s.ServeHTTP(w, r)
		if msg := jsonError(w); w.Code != http.StatusRequestEntityTooLarge || !strings.Contains(msg, "over 1000 bytes") || body.read && !body.answered {
			t.Errorf("POST %s with Content-Length 1600: %d %s, body read before the answer %v; want 413 over 1000 bytes, answered before any read", path, w.Code, msg, body.read && !body.answered)
		}
	}
}

// TestDeclaredBodyOverLimitHint: the early 413 gives the gzip hint of a
// TM file to the routes that take one (POST /api/v1/import, PUT of a
// tmserver store) and not to POST of a store, whose body is a JSON list
// of units, as the 413 of a body read past the limit does not.
func TestDeclaredBodyOverLimitHint(t *testing.T) {
	_, db := testServer(t, Options{})
	s := newServer(t, Options{DB: db, MaxBody: 1000})
	for _, c := range []struct {
		method, path string
		hint         bool
	}{
		{"POST", "/api/v1/import?format=tsv&src=en&tgt=fr", true},
		{"PUT", "/tmserver/en/fr/store/x", true},
		{"POST", "/tmserver/en/fr/store/x", false},
		{"POST", "/api/v1/units", false},
	} {
		w := httptest.NewRecorder()
		r := httptest.NewRequest(c.method, c.path, strings.NewReader(strings.Repeat("a\tb\n", 400)))
		s.ServeHTTP(w, r)
		if msg := jsonError(w); w.Code != http.StatusRequestEntityTooLarge || strings.Contains(msg, "gzip") != c.hint {
			t.Errorf("%s %s with Content-Length 1600: %d %s; want 413, a gzip hint %v", c.method, c.path, w.Code, msg, c.hint)
		}
	}
}

// TestChunkedBodyOverLimitClosesConnection: a body with no declared
// length that runs over the limit is answered 413 with "Connection:
// close", net/http's answer when http.MaxBytesReader can tell it the limit
// was hit: routerJSON (then named jsonRedirect), the writer the routes
// answer through, hid the server's own writer from MaxBytesReader, and the
// connection was kept for a next request behind a body left half read.
// With the access log on, as bitext serve runs, the log's writer
// (statusRecorder) wraps the server's too, and MaxBytesReader must be
// given the writer under both.
func TestChunkedBodyOverLimitClosesConnection(t *testing.T) {
	for _, c := range []struct {
		name string
		log  io.Writer
	}{{"access log off", nil}, {"access log on", io.Discard}} {
		t.Run(c.name, func(t *testing.T) {
			ts, _ := testServer(t, Options{MaxBody: 1000, AccessLog: c.log})
			body := io.MultiReader(strings.NewReader(`{"src":"en","tgt":"fr","pairs":[["`+strings.Repeat("a", 1500)), strings.NewReader(`","b"]]}`))
			req, err := http.NewRequest("POST", ts.URL+"/api/v1/units", struct{ io.Reader }{body}) // no length: chunked
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", "application/json")
			res, err := ts.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusRequestEntityTooLarge || !res.Close {
				t.Errorf("POST /api/v1/units, a chunked body over the limit, %s: %d, connection closed %v: %s; want 413 and Connection: close", c.name, res.StatusCode, res.Close, b)
			}
		})
	}
}
