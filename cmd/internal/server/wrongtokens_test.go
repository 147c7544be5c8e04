package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"
)

// reset forgets every address's wrong tokens.
func (l *wrongTokens) reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	clear(l.addrs)
}

// TestWrongTokens: an address that sent 10 wrong tokens is answered 429
// with Retry-After and a JSON error, even with a right token, until a
// minute has given it one more try; a right token from another address
// is let in meanwhile, and requests without a token count for nothing.
// X-Forwarded-For names the client only with TrustForwardedFor. Wrong
// tokens were unlimited: a guesser could try thousands a second.
func TestWrongTokens(t *testing.T) {
	var log lockedBuilder
	for _, trust := range []bool{false, true} {
		s := newServer(t, Options{DB: newDB(t, seed...), Access: Access{Tokens: []string{writeTok}, ReadTokens: []string{readTok}}, TrustForwardedFor: trust, AccessLog: &log})
		clock := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
		s.wrong.now = func() time.Time { return clock }
		// get sends GET /api/v1/stats from addr with the token tok ("":
		// none) and the X-Forwarded-For header xff ("": none).
		get := func(addr, tok, xff string) *httptest.ResponseRecorder {
			r := httptest.NewRequest("GET", "/api/v1/stats", nil)
			r.RemoteAddr = addr
			if tok != "" {
				r.Header.Set("Authorization", "Bearer "+tok)
			}
			if xff != "" {
				r.Header.Set("X-Forwarded-For", xff)
			}
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			return w
		}
		const guesser, other = "192.0.2.7:4000", "198.51.100.20:5000"
		for i := range 30 {
			if w := get(guesser, "", ""); w.Code != 401 {
				t.Fatalf("request %d without a token: %d; want 401 (no token counts for nothing)", i+1, w.Code)
			}
		}
		for i := range maxWrongTokens {
			if w := get(guesser, "guess-0123456789abcdef", ""); w.Code != 401 {
				t.Fatalf("wrong token %d: %d %s; want 401", i+1, w.Code, w.Body)
			}
		}
		for _, tok := range []string{"guess-0123456789abcdef", writeTok, ""} {
			w := get(guesser, tok, "")
			var e errorBody
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") != "60" ||
				!strings.Contains(e.Error, "too many wrong tokens from 192.0.2.7") || strings.Contains(w.Body.String(), writeTok) {
				t.Errorf("after %d wrong tokens, with %q: %d Retry-After %q %s; want 429, Retry-After 60, a JSON error naming the address", maxWrongTokens, tok, w.Code, w.Header().Get("Retry-After"), w.Body)
			}
		}
		if w := get(other, readTok, ""); w.Code != 200 {
			t.Errorf("a right token from another address while one waits: %d %s; want 200", w.Code, w.Body)
		}
		if w := get(guesser, "", ""); w.Code != http.StatusTooManyRequests {
			t.Errorf("the guesser without a token: %d; want 429", w.Code)
		}
		if w := get("127.0.0.1:80", "", ""); w.Code != 200 && w.Code != 401 {
			t.Errorf("an open route is never limited")
		}
		clock = clock.Add(30 * time.Second)
		if w := get(guesser, writeTok, ""); w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") != "30" {
			t.Errorf("30 s later: %d Retry-After %q; want 429 and 30", w.Code, w.Header().Get("Retry-After"))
		}
		clock = clock.Add(30 * time.Second)
		if w := get(guesser, writeTok, ""); w.Code != 200 {
			t.Errorf("a minute later, a right token: %d %s; want 200", w.Code, w.Body)
		}
		if w := get(guesser, "guess-0123456789abcdef", ""); w.Code != 401 {
			t.Errorf("a minute later, one more wrong token: %d; want 401", w.Code)
		}
		if w := get(guesser, writeTok, ""); w.Code != http.StatusTooManyRequests {
			t.Errorf("after it: %d; want 429 (one a minute)", w.Code)
		}

		// An IPv6 client is its /64.
		for i := range maxWrongTokens {
			get(fmt.Sprintf("[2001:db8:1:2::%x]:443", i+1), "guess-0123456789abcdef", "")
		}
		if w := get("[2001:db8:1:2::ffff]:443", writeTok, ""); w.Code != http.StatusTooManyRequests {
			t.Errorf("an address of a /64 that guessed: %d; want 429", w.Code)
		}
		if w := get("[2001:db8:1:3::1]:443", writeTok, ""); w.Code != 200 {
			t.Errorf("an address of another /64: %d; want 200", w.Code)
		}

		// Behind a proxy: every request comes from 127.0.0.1, the client
		// is in X-Forwarded-For (the proxy appends it last).
		const proxy = "127.0.0.1:33000"
		for range maxWrongTokens {
			get(proxy, "guess-0123456789abcdef", "10.9.9.9, 203.0.113.5")
		}
		w := get(proxy, writeTok, "203.0.113.6")
		if trust && w.Code != 200 || !trust && w.Code != http.StatusTooManyRequests {
			t.Errorf("trust X-Forwarded-For %v: another forwarded client: %d; want %d", trust, w.Code, map[bool]int{true: 200, false: 429}[trust])
		}
		w = get(proxy, writeTok, "198.51.100.1, 203.0.113.5")
		if w.Code != http.StatusTooManyRequests {
			t.Errorf("trust X-Forwarded-For %v: the guessing client: %d; want 429", trust, w.Code)
		}
		if trust && !strings.Contains(w.Body.String(), "from 203.0.113.5") {
			t.Errorf("the 429 names %s; want the forwarded address 203.0.113.5", w.Body)
		}
		// A header that is no address is not taken.
		if w := get("192.0.2.99:1", writeTok, "203.0.113.5 evil"); w.Code != 200 {
			t.Errorf("trust %v: a forwarded value that is no address: %d; want the connection's address, let in", trust, w.Code)
		}
	}
	// The open health check tells a request with a read token why the
	// TM does not answer: wrong tokens count there too, and a guesser
	// that sent too many is not told.
	s := newServer(t, Options{DB: newDB(t), Access: Access{Tokens: []string{writeTok}}})
	mayRead := func(tok string) bool {
		r := httptest.NewRequest("GET", "/api/v1/health", nil)
		r.RemoteAddr = "192.0.2.7:4000"
		r.Header.Set("Authorization", "Bearer "+tok)
		return s.mayRead(r)
	}
	if !mayRead(writeTok) {
		t.Error("mayRead with a right token: false")
	}
	for range maxWrongTokens {
		mayRead("guess-0123456789abcdef")
	}
	if mayRead(writeTok) {
		t.Errorf("mayRead after %d wrong tokens (on the health check): true; want false", maxWrongTokens)
	}
	// The access log names the forwarded client only when trusted.
	if l := log.String(); !regexp.MustCompile(`(?m)Z 127\.0\.0\.1:33000 GET /api/v1/stats 429 `).MatchString(l) || !regexp.MustCompile(`(?m)Z 203\.0\.113\.6 GET /api/v1/stats 200 `).MatchString(l) {
		t.Errorf("access log:\n%.3000s", l)
	}
}
