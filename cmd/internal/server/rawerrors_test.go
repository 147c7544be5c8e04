package server

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// rawRequest sends raw on a new connection to addr and reads the answer.
func rawRequest(t *testing.T, addr, raw string) (*http.Response, string) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	go io.WriteString(c, raw) // a request too large is answered before it is all sent
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("%.40q: %v", raw, err)
	}
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// TestRawErrorsInJSON: a request net/http refuses before any handler sees
// it (a path with a stray %, a line that is not HTTP, a header too large,
// no Host) was answered "400 Bad Request" in plain text; it is answered
// with the same status and a JSON error, as every other route's, saying
// what to fix (trial56: curl .../tmserver/en/fr/unit/100%). A request
// that is fine is answered by the handler, as before.
func TestRawErrorsInJSON(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "handled") })
	addr, cancel, _ := serveLoopback(t, h, nil)
	defer cancel()
	for _, tc := range []struct {
		name, raw string
		status    int
		want      string
	}{
		{"stray %", "GET /tmserver/en/fr/unit/100% HTTP/1.1\r\nHost: x\r\n\r\n", 400, "write % itself as %25"},
		{"not HTTP", "GARBAGE\r\n\r\n", 400, "not an HTTP request"},
		{"no Host", "GET /api/v1/stats HTTP/1.1\r\n\r\n", 400, "missing required Host header"},
		{"headers too large", "GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("b", 2<<20) + "\r\n\r\n", 431, "over 1048576 bytes"},
	} {
		resp, body := rawRequest(t, addr, tc.raw)
		var e errorBody
		if resp.StatusCode != tc.status || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" ||
			json.Unmarshal([]byte(body), &e) != nil || !strings.Contains(e.Error, tc.want) {
			t.Errorf("%s: %d %q %q; want %d, a JSON error saying %q", tc.name, resp.StatusCode, resp.Header.Get("Content-Type"), body, tc.status, tc.want)
		}
	}
	if resp, body := rawRequest(t, addr, "GET /ok HTTP/1.1\r\nHost: x\r\n\r\n"); resp.StatusCode != 200 || body != "handled" {
		t.Errorf("a good request: %d %q; want 200 handled", resp.StatusCode, body)
	}
}
