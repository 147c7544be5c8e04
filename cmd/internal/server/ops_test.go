package server

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// lockedBuilder is a strings.Builder safe for the server's goroutines.
type lockedBuilder struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuilder) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuilder) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestAccessLog checks the access log an IT team reads: one line per
// request with the time, client, method, path, status, bytes and
// duration, and neither the query string (the translators' text) nor the
// token.
func TestAccessLog(t *testing.T) {
	var log lockedBuilder
	const token = "s3cret-token-0123456789"
	ts, _ := testServer(t, Options{AccessLog: &log, Access: Access{Tokens: []string{token}}})
	call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&q=The+minister+left+Tehran", "", nil, "Authorization", "Bearer "+token)
	call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","units":[]}`, nil, "Authorization", "Bearer wrong-"+token)
	call(t, "POST", ts.URL+"/api/v1/glossary", `[]`, nil, "Authorization", "Bearer "+token)
	call(t, "GET", ts.URL+"/no/such/%0Aroute", "", nil)
	// Weblate's token, given in its URL: https://weblate:TOKEN@host/tmserver/.
	u, _ := url.Parse(ts.URL + "/tmserver/en/fr/unit/The%20minister%20left%20Tehran%20on%20Tuesday.")
	u.User = url.UserPassword("weblate", token)
	call(t, "GET", u.String(), "", nil)
	call(t, "GET", ts.URL+"/api/v1/stats", "", nil)
	lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
	want := []string{
		`GET /api/v1/lookup 200 \d+ `,
		`POST /api/v1/units 401 \d+ `,
		`POST /api/v1/glossary \d{3} \d+ `,
		`GET /no/such/%0Aroute 404 \d+ `,
		`GET /tmserver/en/fr/unit/\.\.\. 200 \d+ `,
		`GET /api/v1/stats 401 \d+ `,
	}
	tails := []string{``, ` error=".*"`, `( error=".*")?`, ` error=".*"`, ``, ` error=".*"`}
	if len(lines) != len(want) {
		t.Fatalf("access log of %d requests has %d lines:\n%s", len(want), len(lines), log.String())
	}
	for i, l := range lines {
		re := regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z 127\.0\.0\.1:\d+ ` + want[i] + `\d+\.\dms` + tails[i] + `$`)
		if !re.MatchString(l) {
			t.Errorf("access log line %d = %q; want %s", i+1, l, re)
		}
	}
	if s := log.String(); strings.Contains(s, token) || strings.Contains(s, base64.StdEncoding.EncodeToString([]byte("weblate:"+token))) || strings.Contains(s, "Tehran") || strings.Contains(s, "src=") {
		t.Errorf("the access log shows the token or the query:\n%s", s)
	}
}

// TestAccessLogCause checks that a 4xx answer's access log line ends with
// its cause, the JSON error's message on one line (quoted, shortened:
// causeMax runes, a long quoted text left out), with neither the token
// nor the request's text; a 2xx line has none. Before, the line said only
// the status: the cause was the client's alone.
func TestAccessLogCause(t *testing.T) {
	var log lockedBuilder
	const token = "s3cret-token-0123456789"
	ts, _ := testServer(t, Options{AccessLog: &log, Access: Access{Tokens: []string{token}}})
	const text = "The minister left Tehran on Tuesday for talks"
	call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","pairs":[]}`, nil, "Authorization", "Bearer wrong-"+token)
	call(t, "GET", ts.URL+"/api/v1/stats", "", nil)
	call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=zz9&q="+url.QueryEscape(text), "", nil, "Authorization", "Bearer "+token)
	call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt="+url.QueryEscape(strings.ReplaceAll(text, " ", "-"))+"&q=x", "", nil, "Authorization", "Bearer "+token)
	call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","units":[{"src":"`+text+`"}]}`, nil, "Authorization", "Bearer "+token)
	call(t, "GET", ts.URL+"/api/v1/stats", "", nil, "Authorization", "Bearer "+token)
	lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
	want := []string{
		`POST /api/v1/units 401 .* error="POST /api/v1/units writes: the token sent is not one of this server's; it needs a token of --token-file"`,
		`GET /api/v1/stats 401 .* error="GET /api/v1/stats reads the translation memory: it needs the header Authorization: Bearer TOKEN, .{30,}\.\.\."`,
		`GET /api/v1/lookup 400 .* error="tgt \\"zz9\\": not a BCP 47 language tag; .*"`,
		`GET /api/v1/lookup 400 .* error="tgt \\"…\\": not a BCP 47 language tag; .*"`,
		`POST /api/v1/units 400 .* error="request body: unknown field \\"units\\"; .*"`,
		`GET /api/v1/stats 200 \d+ \d+\.\dms$`,
	}
	if len(lines) != len(want) {
		t.Fatalf("access log of %d requests has %d lines:\n%s", len(want), len(lines), log.String())
	}
	for i, l := range lines {
		re := regexp.MustCompile(want[i])
		if !re.MatchString(l) || (i < 5 && !strings.HasSuffix(l, `"`)) || (i == 5 && strings.Contains(l, "error=")) {
			t.Errorf("access log line %d = %q; want %s", i+1, l, re)
		}
		if n := utf8.RuneCountInString(l[strings.Index(l, " error=")+1:]); i < 5 && n > causeMax+20 {
			t.Errorf("access log line %d: a cause of %d runes; want at most %d", i+1, n, causeMax)
		}
	}
	if s := log.String(); strings.Contains(s, token) || strings.Contains(s, "Tehran") {
		t.Errorf("the access log shows the token or the request's text:\n%s", s)
	}
}

// TestHealth checks GET /api/v1/health: 200 while the TM answers, 503 with
// a JSON error once it does not (here: closed under the server).
func TestHealth(t *testing.T) {
	ts, db := testServer(t, Options{ReadOnly: true})
	var ok map[string]string
	if st := call(t, "GET", ts.URL+"/api/v1/health", "", &ok); st != 200 || ok["status"] != "ok" {
		t.Errorf("health = %d %v; want 200 ok", st, ok)
	}
	db.Close()
	st, _, body := send(t, "GET", ts.URL+"/api/v1/health", "")
	if st != http.StatusServiceUnavailable || !strings.Contains(string(body), `"error":"the translation memory does not answer`) {
		t.Errorf("health of a closed TM = %d %s; want 503 and why", st, body)
	}
}

// TestTMFileDeleted deletes the SQLite file under a running server: a
// write is 503 saying so (it was 200, and the unit vanished with the
// process), and so is the health check.
func TestTMFileDeleted(t *testing.T) {
	db := newDB(t, seed...)
	ts, _ := testServer(t, Options{DB: db})
	if err := os.Remove(db.Path()); err != nil {
		t.Fatal(err)
	}
	st, _, body := send(t, "PUT", ts.URL+"/tmserver/en/fr/unit/x", `{"source":"The talks resumed.","target":"Les pourparlers ont repris."}`)
	if st != http.StatusServiceUnavailable || !strings.Contains(string(body), "deleted or replaced") {
		t.Errorf("a write after the TM file was deleted = %d %s; want 503 saying so", st, body)
	}
	if st, _, body := send(t, "GET", ts.URL+"/api/v1/health", ""); st != http.StatusServiceUnavailable || !strings.Contains(string(body), "deleted or replaced") {
		t.Errorf("health after the TM file was deleted = %d %s; want 503 saying so", st, body)
	}
}

// TestBehindProxy puts a loopback server behind a reverse proxy that
// passes the Host header on (TLS in front, as Caddy does and nginx with
// proxy_set_header Host $host): with the proxy's public name in Hosts,
// reads and the page's writes through it work, where every request was
// refused 421; another Host still is.
func TestBehindProxy(t *testing.T) {
	ts, _ := testServer(t, Options{LoopbackHosts: true, Hosts: []string{"tm.example.org"}})
	backend, _ := url.Parse(ts.URL)
	proxy := httptest.NewServer(httputil.NewSingleHostReverseProxy(backend))
	t.Cleanup(proxy.Close)
	s := ts.Config.Handler.(*Server)
	if st := call(t, "GET", proxy.URL+"/api/v1/stats", "", nil, "Host", "tm.example.org"); st != 200 {
		t.Errorf("a read through the proxy: %d; want 200", st)
	}
	add := `{"src":"en","tgt":"fr","pairs":[{"source":"A.","target":"B."}]}`
	if st := call(t, "POST", proxy.URL+"/api/v1/units", add, nil, "Host", "tm.example.org:443", "Origin", "https://tm.example.org:443",
		"Sec-Fetch-Site", "same-origin", "X-Bitext-CSRF", s.csrf); st != 200 {
		t.Errorf("the page's write through the proxy: %d; want 200", st)
	}
	if st := call(t, "GET", proxy.URL+"/api/v1/stats", "", nil, "Host", "evil.example"); st != http.StatusMisdirectedRequest {
		t.Errorf("another Host through the proxy: %d; want 421", st)
	}
}

// TestExportGzip checks that an export is gzip'd for a client that
// accepts it (the same TMX once decompressed) and plain for one that
// does not.
func TestExportGzip(t *testing.T) {
	ts, _ := testServer(t, Options{})
	st, _, plain := send(t, "GET", ts.URL+"/api/v1/export", "", "Accept-Encoding", "identity")
	if st != 200 || !strings.Contains(string(plain), "</tmx>") {
		t.Fatalf("plain export: %d %.200s", st, plain)
	}
	for _, ae := range []string{"gzip", "br, gzip;q=0.5", "deflate, GZIP"} {
		req, _ := http.NewRequest("GET", ts.URL+"/api/v1/export", nil)
		req.Header.Set("Accept-Encoding", ae) // set: the transport does not decompress
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(res.Body)
		if err != nil || res.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("export with Accept-Encoding %q: Content-Encoding %q, %v; want gzip", ae, res.Header.Get("Content-Encoding"), err)
			res.Body.Close()
			continue
		}
		got, err := io.ReadAll(zr)
		res.Body.Close()
		if err != nil || !bytes.Equal(stripDates(got), stripDates(plain)) {
			t.Errorf("gzip'd export with Accept-Encoding %q: %v, %d bytes, not the plain export's %d", ae, err, len(got), len(plain))
		}
	}
	if st, _, b := send(t, "GET", ts.URL+"/api/v1/export", "", "Accept-Encoding", "gzip;q=0"); st != 200 || !bytes.HasPrefix(b, []byte("<?xml")) {
		t.Errorf("export with gzip;q=0: %d %.40q; want plain TMX", st, b)
	}
}

// stripDates blanks the dates of a TMX export (its header's creationdate).
func stripDates(b []byte) []byte {
	return regexp.MustCompile(`\d{8}T\d{6}Z`).ReplaceAll(b, []byte("D"))
}

// TestExportUnavailable checks that an export the TM cannot start (here:
// closed under the server) is a 5xx JSON error, not an empty 200 TMX.
func TestExportUnavailable(t *testing.T) {
	ts, db := testServer(t, Options{})
	db.Close()
	for _, ae := range []string{"identity", "gzip"} {
		st, ct, b := send(t, "GET", ts.URL+"/api/v1/export", "", "Accept-Encoding", ae)
		if st < 500 || !strings.HasPrefix(ct, "application/json") {
			t.Errorf("export of a closed TM (Accept-Encoding %s) = %d %s %q; want a 5xx JSON error", ae, st, ct, b)
		}
	}
}

// TestImportsTakeTurns runs three file imports on a server that takes one
// at a time: while one runs (its turn taken here), the other two wait,
// and both are stored once it ends. Imports were unbounded: six 28 MB
// uploads at once on PostgreSQL held 815 MB. A body is read whole before
// its import waits its turn (TestSlowUploadHoldsNoLock): a stuck upload
// no longer holds a turn, so the test takes one itself.
func TestImportsTakeTurns(t *testing.T) {
	ts, db := testServer(t, Options{MaxImports: 1})
	s := ts.Config.Handler.(*Server)
	tmx := func(i int) string {
		return fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu><tuv xml:lang="en"><seg>Import %d arrived.</seg></tuv><tuv xml:lang="fr"><seg>L'import %d est arrivé.</seg></tuv></tu></body></tmx>`, i, i)
	}
	n := units(t, db)
	statuses := make(chan int, 2)
	post := func(body io.Reader, i int) {
		req, _ := http.NewRequest("POST", fmt.Sprintf("%s/api/v1/import?name=f%d.tmx", ts.URL, i), body)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			statuses <- -1
			return
		}
		res.Body.Close()
		statuses <- res.StatusCode
	}
	s.imports <- struct{}{} // an import running
	released := false
	t.Cleanup(func() {
		if !released {
			<-s.imports
		}
	})
	go post(strings.NewReader(tmx(1)), 1)
	go post(strings.NewReader(tmx(2)), 2)
	for end := time.Now().Add(30 * time.Second); s.importsWaiting.Load() < 2; time.Sleep(time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("%d imports wait behind the one running; want 2", s.importsWaiting.Load())
		}
	}
	if got := units(t, db); got != n {
		t.Errorf("units while an import runs: %d; want %d", got, n)
	}
	<-s.imports
	released = true
	for range 2 {
		if st := <-statuses; st != 200 {
			t.Errorf("an import answered %d; want 200", st)
		}
	}
	if got := units(t, db); got != n+2 {
		t.Errorf("units after the imports: %d; want %d", got, n+2)
	}
}

// TestPanicAnswersJSON: a handler that panics answers a JSON 500 before
// the connection closes; before, the client's connection was dropped with
// no answer.
func TestPanicAnswersJSON(t *testing.T) {
	s := newServer(t, Options{DB: newDB(t, seed...)})
	s.mux.HandleFunc("GET /test-panic", func(http.ResponseWriter, *http.Request) { panic("boom") })
	ts := httptest.NewUnstartedServer(s)
	ts.Config.ErrorLog = log.New(io.Discard, "", 0) // the stack the server logs
	ts.Start()
	t.Cleanup(ts.Close)
	resp, err := http.Get(ts.URL + "/test-panic")
	if err != nil {
		t.Fatalf("GET of a route that panics: %v; want a JSON 500", err)
	}
	defer resp.Body.Close()
	var body struct{ Error string }
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != http.StatusInternalServerError || !strings.Contains(body.Error, "internal error: boom") {
		t.Errorf("GET of a route that panics: %d %+v (%v); want 500 with the error", resp.StatusCode, body, err)
	}
	// The server goes on.
	if st := call(t, "GET", ts.URL+"/api/v1/stats", "", nil); st != http.StatusOK {
		t.Errorf("stats after a panic: %d", st)
	}
}

// TestHealthReasonNeedsToken: the open health check of a server with
// tokens says why the TM does not answer (which may name a database's host
// and port) only to a request with a token; to others only that it does
// not.
func TestHealthReasonNeedsToken(t *testing.T) {
	const tok = "a-read-token-of-16+"
	ts, db := testServer(t, Options{ReadOnly: true, Access: Access{Tokens: []string{"a-write-token-of-16+"}, ReadTokens: []string{tok}}})
	db.Close()
	st, _, body := send(t, "GET", ts.URL+"/api/v1/health", "")
	if st != http.StatusServiceUnavailable || !strings.Contains(string(body), "does not answer (a request with a token is told why)") {
		t.Errorf("health of a closed TM, no token = %d %s; want 503 without the reason", st, body)
	}
	st, _, body = send(t, "GET", ts.URL+"/api/v1/health", "", "Authorization", "Bearer "+tok)
	if st != http.StatusServiceUnavailable || !strings.Contains(string(body), "does not answer: ") {
		t.Errorf("health of a closed TM, read token = %d %s; want 503 with the reason", st, body)
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
