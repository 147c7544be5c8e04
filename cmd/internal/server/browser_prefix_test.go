package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserPathPrefix: the page served behind a reverse proxy under a
// path prefix (nginx's "location /bitext/ { proxy_pass
// http://127.0.0.1:8080/; }", here http.StripPrefix), where the proxy's
// other paths are another application's. The page's style sheet and
// script, its API calls, its fresh CSRF token after a restart of the
// server and its export link all stay under the prefix: with addresses
// from the root ("/static/app.js", "/api/v1/") the page came up bare and
// every request went to the other application (404).
func TestBrowserPathPrefix(t *testing.T) {
	ctx := browser(t)
	db := newDB(t, seed...)
	var running atomic.Pointer[Server]
	running.Store(newServer(t, Options{DB: db}))
	var (
		mu        sync.Mutex
		elsewhere []string
	)
	mux := http.NewServeMux()
	mux.Handle("/bitext/", http.StripPrefix("/bitext", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { running.Load().ServeHTTP(w, r) })))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		elsewhere = append(elsewhere, r.URL.Path)
		mu.Unlock()
		http.Error(w, "another application", http.StatusNotFound)
	})
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)

	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/bitext/#search"), chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0 || document.getElementById("status").className == "error"`)
	if n := eval[int](t, ctx, `document.querySelectorAll("#matches tr.match").length`); n == 0 {
		t.Fatalf("a lookup behind /bitext/ shows no match; status line %q", eval[string](t, ctx, `document.getElementById("status").textContent`))
	}
	if n := eval[int](t, ctx, `[...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)`); n == 0 {
		t.Errorf("behind /bitext/ the page has no style rules: its style sheet was not found")
	}

	running.Store(newServer(t, Options{DB: db})) // restarted: another CSRF token, which the page reads again
	if got := editFirstMatch(t, ctx); got != "unit 1 saved" {
		t.Errorf("a save behind /bitext/ after the server's restart says %q; want unit 1 saved", got)
	}

	// The export is a link the browser follows: note its address instead.
	eval[bool](t, ctx, `(window.followed = [], HTMLAnchorElement.prototype.click = function () { window.followed.push(this.href); }, true)`)
	do(t, ctx, "export", chromedp.Click(chromedp.CSS("#tab-documents")), chromedp.Click(chromedp.CSS("#export-tm")))
	waitFor(t, ctx, `window.followed.length > 0 || document.getElementById("status").className == "error"`)
	if got := eval[string](t, ctx, `window.followed.join(" ")`); !strings.HasPrefix(got, ts.URL+"/bitext/api/v1/export") {
		t.Errorf("the export link behind /bitext/ is %q; want %s/bitext/api/v1/export", got, ts.URL)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(elsewhere) != 0 {
		t.Errorf("requests of the page went outside /bitext/: %q (the page names its icon, so that the browser asks no /favicon.ico)", elsewhere)
	}
}
