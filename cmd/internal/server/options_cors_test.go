package server

import (
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// TestOptionsAllow: OPTIONS on every route's path is 204 with the
// methods it takes (OPTIONS among them) in Allow, without a token (a
// browser's preflight carries none), and without a CORS header when the
// server has no CORSOrigin, even to a preflight. It was 405. A path no
// route has stays 404.
func TestOptionsAllow(t *testing.T) {
	ts, _ := testServer(t, Options{Access: Access{Tokens: []string{writeTok}}})
	s := ts.Config.Handler.(*Server)
	for _, r := range s.Routes() {
		path := strings.NewReplacer("{id}", "1", "{$}", "", "{name}", "x", "{canonical}", "x", "{variant}", "x",
			"{slang}", "en", "{tlang}", "fr", "{text...}", "x", "{name...}", "x").Replace(r.Path)
		if strings.Contains(path, "{") {
			t.Errorf("%s: a wildcard the test does not fill", r.Path)
			continue
		}
		res := sendHeaders(t, "OPTIONS", ts.URL+path, "Origin", "https://app.example.org", "Access-Control-Request-Method", r.Method)
		allow := strings.Split(res.Header.Get("Allow"), ", ")
		if res.StatusCode != http.StatusNoContent || !slices.Contains(allow, r.Method) || !slices.Contains(allow, "OPTIONS") {
			t.Errorf("OPTIONS %s: %d, Allow %q; want 204 with %s and OPTIONS", path, res.StatusCode, res.Header.Get("Allow"), r.Method)
		}
		for k := range res.Header {
			if strings.HasPrefix(k, "Access-Control-") {
				t.Errorf("OPTIONS %s without a CORS origin: header %s: %q", path, k, res.Header.Get(k))
			}
		}
	}
	if res := sendHeaders(t, "OPTIONS", ts.URL+"/api/v1/nothing"); res.StatusCode != http.StatusNotFound {
		t.Errorf("OPTIONS /api/v1/nothing: %d; want 404", res.StatusCode)
	}
	if res := sendHeaders(t, "GET", ts.URL+"/api/v1/stats", "Origin", "https://app.example.org", "Authorization", "Bearer "+writeTok); res.StatusCode != 200 || res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("GET stats from another origin, no CORS origin: %d, Access-Control-Allow-Origin %q; want 200 and none", res.StatusCode, res.Header.Get("Access-Control-Allow-Origin"))
	}
}

// TestCORSOrigin: with a CORSOrigin (serve --cors-origin) the preflights
// of that origin only are answered for CORS, its requests' answers
// (errors too) carry Access-Control-Allow-Origin, its writes pass the
// cross-origin check that refuses another origin's, and a token is needed
// as for any request.
func TestCORSOrigin(t *testing.T) {
	const app, other = "https://app.example.org", "https://other.example.org"
	ts, _ := testServer(t, Options{Access: Access{Tokens: []string{writeTok}}, CORSOrigin: app})
	res := sendHeaders(t, "OPTIONS", ts.URL+"/api/v1/glossary", "Origin", app, "Access-Control-Request-Method", "POST",
		"Access-Control-Request-Headers", "authorization, content-type")
	h := res.Header
	if res.StatusCode != 204 || h.Get("Access-Control-Allow-Origin") != app || h.Get("Access-Control-Allow-Methods") != "GET, HEAD, OPTIONS, POST" ||
		!strings.Contains(h.Get("Access-Control-Allow-Headers"), "Authorization") || !strings.Contains(h.Get("Access-Control-Allow-Headers"), "Content-Type") ||
		h.Get("Access-Control-Max-Age") == "" || !slices.Contains(h.Values("Vary"), "Origin") {
		t.Errorf("preflight of POST glossary from %s: %d %v; want 204, its origin allowed, the methods, Authorization and Content-Type, Vary: Origin", app, res.StatusCode, h)
	}
	for _, hdr := range [][]string{{"Origin", other, "Access-Control-Request-Method", "POST"}, {"Origin", app}} {
		res := sendHeaders(t, "OPTIONS", ts.URL+"/api/v1/glossary", hdr...)
		if res.StatusCode != 204 || res.Header.Get("Access-Control-Allow-Methods") != "" || res.Header.Get("Allow") != "GET, HEAD, OPTIONS, POST" {
			t.Errorf("OPTIONS glossary %q: %d %v; want 204, Allow and no Access-Control-Allow-Methods", hdr, res.StatusCode, res.Header)
		}
		if hdr[1] == other && res.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("a preflight from %s: Access-Control-Allow-Origin %q; want none", other, res.Header.Get("Access-Control-Allow-Origin"))
		}
	}
	// Without a token: 401, readable by the application.
	if res := sendHeaders(t, "GET", ts.URL+"/api/v1/stats", "Origin", app); res.StatusCode != 401 || res.Header.Get("Access-Control-Allow-Origin") != app {
		t.Errorf("GET stats from %s without a token: %d, Access-Control-Allow-Origin %q; want 401 and %s", app, res.StatusCode, res.Header.Get("Access-Control-Allow-Origin"), app)
	}
	if res := sendHeaders(t, "GET", ts.URL+"/api/v1/stats", "Origin", app, "Authorization", "Bearer "+writeTok); res.StatusCode != 200 ||
		res.Header.Get("Access-Control-Allow-Origin") != app || !strings.Contains(res.Header.Get("Access-Control-Expose-Headers"), "X-Bitext-Note") {
		t.Errorf("GET stats from %s: %d %v; want 200, its origin allowed, X-Bitext-Note exposed", app, res.StatusCode, res.Header)
	}
	write := func(origin string) *http.Response {
		return sendHeaders(t, "POST", ts.URL+"/api/v1/glossary", "Origin", origin, "Sec-Fetch-Site", "cross-site",
			"Authorization", "Bearer "+writeTok, "Content-Type", "application/json", "body", `{"entries":[{"canonical":"Henry Morgan"}]}`)
	}
	if res := write(app); res.StatusCode != 200 || res.Header.Get("Access-Control-Allow-Origin") != app {
		t.Errorf("a write from %s with a token: %d; want 200 with its origin allowed", app, res.StatusCode)
	}
	if res := write(other); res.StatusCode != 403 || res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("a write from %s: %d, Access-Control-Allow-Origin %q; want 403 cross-origin, none", other, res.StatusCode, res.Header.Get("Access-Control-Allow-Origin"))
	}
	if res := sendHeaders(t, "POST", ts.URL+"/api/v1/glossary", "Origin", app, "Content-Type", "application/json", "body", `{"entries":[{"canonical":"X"}]}`); res.StatusCode != 401 {
		t.Errorf("a write from %s without a token: %d; want 401", app, res.StatusCode)
	}
}

// TestCORSOriginChecked: Options.Check takes one origin as a browser
// sends it, and refuses anything else as bad input.
func TestCORSOriginChecked(t *testing.T) {
	for _, o := range []string{"https://app.example.org", "http://localhost:3000", "http://127.0.0.1:8081", "https://[::1]:8443"} {
		if err := (Options{CORSOrigin: o, Access: Access{Tokens: []string{writeTok}}}).Check("127.0.0.1:8080"); err != nil {
			t.Errorf("--cors-origin %s: %v; want taken", o, err)
		}
	}
	for _, o := range []string{"*", "app.example.org", "https://app.example.org/", "https://app.example.org/path", "ftp://app.example.org",
		"https://*.example.org", "https://user@app.example.org", "https://app.example.org?x", "null", "https://a.org https://b.org", "https://"} {
		if err := (Options{CORSOrigin: o}).Check("127.0.0.1:8080"); !errors.Is(err, ErrOptions) {
			t.Errorf("--cors-origin %q: %v; want an ErrOptions", o, err)
		}
	}
}

// TestCORSOriginNeedsWriteTokens: a CORS origin on a server whose writes
// need no token would let every page of that site write to the TM; Check
// refuses it (ErrCORSOpenWrites) unless writes need a token or the server
// is read-only (a read token alone or public reads are still open writes
// without --read-only; LoadAccess refuses those anyway).
func TestCORSOriginNeedsWriteTokens(t *testing.T) {
	const app = "https://app.example.org"
	for _, c := range []struct {
		name string
		o    Options
		want bool
	}{
		{"no tokens", Options{CORSOrigin: app}, true},
		{"read tokens only", Options{CORSOrigin: app, Access: Access{ReadTokens: []string{writeTok}}}, true},
		{"write tokens", Options{CORSOrigin: app, Access: Access{Tokens: []string{writeTok}}}, false},
		{"write tokens, public reads", Options{CORSOrigin: app, Access: Access{Tokens: []string{writeTok}, PublicReads: true}}, false},
		{"read-only, no tokens", Options{CORSOrigin: app, ReadOnly: true}, false},
		{"no CORS origin, no tokens", Options{}, false},
	} {
		err := c.o.Check("127.0.0.1:8080")
		if got := errors.Is(err, ErrCORSOpenWrites); got != c.want || (c.want && !errors.Is(err, ErrOptions)) || (!c.want && err != nil) {
			t.Errorf("%s: Check = %v; want ErrCORSOpenWrites (an ErrOptions) %v", c.name, err, c.want)
		}
	}
}

// sendHeaders sends a request with the header's name, value pairs (a "body" pair
// is the body) and returns the answer, its body read and closed.
func sendHeaders(t *testing.T, method, u string, header ...string) *http.Response {
	t.Helper()
	var body string
	var h []string
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "body" {
			body = header[i+1]
			continue
		}
		h = append(h, header[i], header[i+1])
	}
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(h); i += 2 {
		req.Header.Add(h[i], h[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res
}
