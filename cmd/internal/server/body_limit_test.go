package server

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
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

// stalledBody is a request body that says when it is first read, then
// gives nothing until release is closed, then reports a cut body.
type stalledBody struct {
	first   chan struct{}
	release chan struct{}
	once    sync.Once
}

func newStalledBody() *stalledBody {
	return &stalledBody{first: make(chan struct{}), release: make(chan struct{})}
}

func (b *stalledBody) Read(p []byte) (int, error) {
	b.once.Do(func() { close(b.first) })
	<-b.release
	return 0, io.ErrUnexpectedEOF
}

// TestLargeBodiesHeldAtOnceBounded: the request bodies held in memory
// beyond their first MiB are bounded by twice the body limit, server
// wide: a large body that finds that spent is answered 503 with
// Retry-After, at once when its Content-Length says so, as it is read
// when it is chunked; a small body is not held back, and the budget
// is free again when the requests holding it end. Before, nothing
// bounded them: four 30 MB texts sent to POST /api/v1/segment at once
// took the server to 1.75 GB (one to 550 MB).
func TestLargeBodiesHeldAtOnceBounded(t *testing.T) {
	_, db := testServer(t, Options{})
	const limit = 4 << 20 // a budget of 8 MiB beyond each body's first MiB
	s := newServer(t, Options{DB: db, MaxBody: limit})
	post := func(body io.Reader, length int64) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		r := httptest.NewRequest("POST", "/api/v1/segment", body)
		r.ContentLength = length
		r.Header.Set("Content-Type", "application/json")
		s.ServeHTTP(w, r)
		return w
	}
	// Two requests of 4 MiB in flight take 3 MiB each.
	var held []*stalledBody
	var wg sync.WaitGroup
	for range 2 {
		b := newStalledBody()
		held = append(held, b)
		wg.Add(1)
		go func() { defer wg.Done(); post(b, limit) }()
		select {
		case <-b.first:
		case <-time.After(10 * time.Second):
			t.Fatal("a request's body was not read within 10 s")
		}
	}
	big := `{"text":"` + strings.Repeat("a", 3<<20) + `"}`
	for _, c := range []struct {
		name   string
		length int64
	}{{"Content-Length", int64(len(big))}, {"chunked", -1}} {
		w := post(strings.NewReader(big), c.length)
		if msg := jsonError(w); w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") != "10" || !strings.Contains(msg, "large request bodies already") {
			t.Errorf("a 3 MiB body (%s) while 6 of 8 MiB are held: %d Retry-After %q %s; want 503, Retry-After 10, saying why", c.name, w.Code, w.Header().Get("Retry-After"), msg)
		}
	}
	if w := post(strings.NewReader(`{"text":"A small one.","lang":"en"}`), -1); w.Code != http.StatusOK {
		t.Errorf("a small body while the budget is spent: %d %s; want 200", w.Code, w.Body)
	}
	for _, b := range held {
		close(b.release)
	}
	wg.Wait()
	if w := post(strings.NewReader(big), int64(len(big))); w.Code == http.StatusServiceUnavailable {
		t.Errorf("a 3 MiB body once the requests holding the budget ended: %d %s; want it taken", w.Code, w.Body)
	}
}

// TestStalledBodyAnsweredAtTimeLimit: a request body that stops coming
// (a chunked body that never ends) is answered 408 at the route's time
// limit, as its work would be cut there, not held until the server's
// ReadTimeout (5 minutes), which it was, then answered 400 as bad JSON.
// A body sent whole is unaffected, and so is the work after it: the
// deadline is the body's alone.
func TestStalledBodyAnsweredAtTimeLimit(t *testing.T) {
	ts, _ := testServer(t, Options{RequestTimeout: 500 * time.Millisecond})
	conn, err := net.DialTimeout("tcp", ts.Listener.Addr().String(), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(conn, "POST /api/v1/segment HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n")
	start := time.Now()
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("a stalled body: no answer (%v) after %v", err, time.Since(start))
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusRequestTimeout || !strings.Contains(string(b), "not received whole within 500ms") || !strings.Contains(string(b), "send the whole body within that time") {
		t.Errorf("a stalled body: %d %s after %v; want 408 naming the time limit and what to do", res.StatusCode, b, time.Since(start))
	}
	// Two requests on one connection, bodies sent whole: the second is
	// not cut by a deadline the first set.
	c := ts.Client()
	for i := range 2 {
		res, err := c.Post(ts.URL+"/api/v1/segment", "application/json", strings.NewReader(`{"text":"One. Two.","lang":"en"}`))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Errorf("request %d, its body sent whole: %d %s", i+1, res.StatusCode, b)
		}
		time.Sleep(600 * time.Millisecond)
	}
}

// TestUnreadBodyKeepsConnection: a route that does not read the body it
// is sent (a DELETE of a unit with a body) leaves the body's read
// deadline, the route's time limit, on the connection after its answer
// (holdBody clears it only when the body is read). A keep-alive
// client does not meet it: net/http reads the unread rest before the
// answer's headers, and the idle and the next request's timeouts replace
// the deadline. The client's next requests on the connection, at once
// and after the route's time limit has passed, are answered on it; so
// is the next one after a body whose rest came late (within the limit).
// A body whose rest never comes is answered at the limit, the connection
// closed: that deadline is what ends the wait.
func TestUnreadBodyKeepsConnection(t *testing.T) {
	const limit = 300 * time.Millisecond
	db := newDB(t, seed...)
	addr, cancel, errc := serveLoopback(t, newServer(t, Options{DB: db, RequestTimeout: limit}), nil)
	defer func() {
		cancel()
		<-errc
	}()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(20 * time.Second))
	br := bufio.NewReader(conn)
	answer := func(what string) int {
		t.Helper()
		res, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("%s: no answer on the connection: %v", what, err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.Close {
			t.Errorf("%s: %d %s with Connection: close; want the connection kept", what, res.StatusCode, b)
		}
		return res.StatusCode
	}
	const body = `{"reason":"a body the route does not read"}`
	deleteHead := fmt.Sprintf("DELETE /api/v1/units/999999 HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", addr, len(body))
	stats := fmt.Sprintf("GET /api/v1/stats HTTP/1.1\r\nHost: %s\r\n\r\n", addr)

	fmt.Fprint(conn, deleteHead+body)
	if st := answer("DELETE with a body"); st != http.StatusNotFound {
		t.Errorf("DELETE of an unknown unit: %d; want 404", st)
	}
	fmt.Fprint(conn, stats)
	if st := answer("GET at once after it"); st != http.StatusOK {
		t.Errorf("GET at once after the DELETE: %d; want 200", st)
	}
	fmt.Fprint(conn, deleteHead+body)
	answer("DELETE with a body, again")
	time.Sleep(2 * limit)
	fmt.Fprint(conn, stats)
	if st := answer("GET after the route's time limit"); st != http.StatusOK {
		t.Errorf("GET %v after the DELETE: %d; want 200", 2*limit, st)
	}
	// The body's rest comes after the headers, within the limit.
	fmt.Fprint(conn, deleteHead+body[:10])
	time.Sleep(limit / 3)
	fmt.Fprint(conn, body[10:])
	answer("DELETE whose body came in two parts")
	time.Sleep(2 * limit)
	fmt.Fprint(conn, stats)
	if st := answer("GET after the body in two parts"); st != http.StatusOK {
		t.Errorf("GET after the DELETE whose body came in two parts: %d; want 200", st)
	}
	// A body whose rest never comes: answered once the route's time
	// limit cuts the wait for it (ReadTimeout, 5 minutes, without it),
	// and the connection closed (the rest would be read as a request).
	fmt.Fprint(conn, deleteHead+body[:10])
	res, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("DELETE whose body's rest never came: no answer: %v", err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotFound || !res.Close {
		t.Errorf("DELETE whose body's rest never came: %d, Connection: close %v; want 404, true", res.StatusCode, res.Close)
	}
}
