package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestHeadersOverLimit: a request whose line and headers are over
// MaxHeaderBytes (a 70 KB lookup query in the URL, a 70 KB header) is
// answered 431 with a JSON error, as every other error of the API, by the
// server Run runs (net/http answered it in plain text); one under the
// limit is served.
func TestHeadersOverLimit(t *testing.T) {
	s := newServer(t, Options{DB: newDB(t, seed...)})
	addr, cancel, errc := serveLoopback(t, s, nil)
	defer func() { cancel(); <-errc }()
	base := "http://" + addr
	get := func(u string, header ...string) (int, string, string) {
		status, ctype, b := send(t, "GET", u, "", header...)
		return status, ctype, string(b)
	}
	long := strings.Repeat("minister ", 70<<10/9)
	for name, tc := range map[string][]string{
		"query":  {base + "/api/v1/lookup?src=en&tgt=fr&q=" + strings.ReplaceAll(long, " ", "+")},
		"header": {base + "/api/v1/stats", "X-Long", long},
	} {
		status, ctype, body := get(tc[0], tc[1:]...)
		var e errorBody
		if status != http.StatusRequestHeaderFieldsTooLarge || !strings.HasPrefix(ctype, "application/json") || json.Unmarshal([]byte(body), &e) != nil || !strings.Contains(e.Error, "over the limit of 65536") {
			t.Errorf("%s over the limit: %d %s %.200q; want 431 and a JSON error", name, status, ctype, body)
		}
	}
	if status, _, body := get(base+"/api/v1/lookup?src=en&tgt=fr&q=minister", "X-Short", strings.Repeat("x", 32<<10)); status != http.StatusOK {
		t.Errorf("a request under the limit: %d %.200q; want 200", status, body)
	}
}
