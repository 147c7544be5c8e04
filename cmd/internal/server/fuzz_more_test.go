package server

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"maps"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
)

// FuzzTokenFile reads arbitrary token files: an error names the flag and
// the file, and the line when it gives one, a line of the file; the
// tokens read are at least minToken bytes without spaces, their names one
// word of printable characters, and written one a line (with their names)
// they read back the same.
func FuzzTokenFile(f *testing.F) {
	f.Add("# tokens\n0123456789abcdef0123456789abcdef\n\n  fedcba9876543210fedcba9876543210  \r\n")
	f.Add("short\n")
	f.Add("0123456789abcdef 0123\n")
	f.Add("0123456789abcdef anna\n0123456789abcdeg\tbob  \n0123456789abcdeh anna maria\n")
	f.Add("")
	f.Add("#only a comment")
	dir := f.TempDir()
	lineN := regexp.MustCompile(`line (\d+):`)
	f.Fuzz(func(t *testing.T, content string) {
		name := filepath.Join(dir, "tokens")
		if err := os.WriteFile(name, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		names := map[string]string{}
		toks, err := loadTokens("--token-file", name, names)
		if err != nil {
			msg := err.Error()
			// "--token-file NAME: ..." for what the file says,
			// "--token-file: read NAME: line N: ..." for what its
			// reader refuses (not UTF-8, a NUL byte: textio's words).
			if !strings.HasPrefix(msg, "--token-file") || !strings.Contains(msg, name) {
				t.Fatalf("%+q: error %q does not name the flag and file", content, msg)
			}
			if m := lineN.FindStringSubmatch(msg); m != nil {
				if n, _ := strconv.Atoi(m[1]); n < 1 || n > strings.Count(content, "\n")+1 {
					t.Fatalf("%+q: error on line %d: %s", content, n, msg)
				}
			}
			return
		}
		for _, tok := range toks {
			if len(tok) < minToken || strings.ContainsAny(tok, " \t\n") || strings.TrimSpace(tok) != tok || strings.HasPrefix(tok, "#") {
				t.Fatalf("%+q: token %q taken", content, tok)
			}
		}
		var lines []string
		for _, tok := range toks {
			line := tok
			if who, ok := names[tok]; ok {
				if who == "" || strings.ContainsFunc(who, unicode.IsSpace) || len(who) > maxTokenName {
					t.Fatalf("%+q: token %q named %q", content, tok, who)
				}
				line += " " + who
			}
			lines = append(lines, line)
		}
		if err := os.WriteFile(name, []byte(strings.Join(lines, "\n")), 0o600); err != nil {
			t.Fatal(err)
		}
		backNames := map[string]string{}
		back, err := loadTokens("--token-file", name, backNames)
		if err != nil || !slices.Equal(back, toks) || !maps.Equal(backNames, names) {
			t.Fatalf("%+q: tokens %q named %q written read back as %q named %q, %v", content, toks, names, back, backNames, err)
		}
	})
}

// FuzzClient: the client address of a request is the last address of
// X-Forwarded-For when the server trusts it and that is an IP address,
// otherwise the connection's host, whatever the header says; its key in
// the limit on wrong tokens is one IPv6 /64 or the address itself, and
// the key of a key is itself.
func FuzzClient(f *testing.F) {
	f.Add("192.0.2.1:1234", "203.0.113.5", "", true)
	f.Add("[2001:db8::1]:80", "198.51.100.1, 2001:db8:1:2::3", "10.0.0.1", true)
	f.Add("192.0.2.1:1234", "spoofed, 1.2.3.4 ", "", false)
	f.Add("not an address", "", "x", true)
	f.Fuzz(func(t *testing.T, remote, xff1, xff2 string, trust bool) {
		s := &Server{opt: Options{TrustForwardedFor: trust}}
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = remote
		for _, v := range []string{xff1, xff2} {
			if v != "" {
				r.Header.Add("X-Forwarded-For", v)
			}
		}
		got := s.client(r)
		want := remote
		if host, _, err := net.SplitHostPort(remote); err == nil {
			want = host
		}
		if trust && r.Header.Get("X-Forwarded-For") != "" {
			vals := r.Header.Values("X-Forwarded-For")
			last := vals[len(vals)-1]
			last = last[strings.LastIndexByte(last, ',')+1:]
			if ip := net.ParseIP(strings.TrimSpace(last)); ip != nil {
				want = ip.String()
			}
		}
		if got != want {
			t.Fatalf("client(RemoteAddr %q, X-Forwarded-For %q %q, trust %v) = %q; want %q", remote, xff1, xff2, trust, got, want)
		}
		k := addrKey(got)
		if addrKey(k) != k {
			t.Fatalf("addrKey(%q) = %q, whose key is %q", got, k, addrKey(k))
		}
		if ip := net.ParseIP(got); ip != nil && ip.To4() == nil {
			if _, n, err := net.ParseCIDR(k); err != nil || !n.Contains(ip) {
				t.Fatalf("addrKey(%q) = %q: not a network holding it", got, k)
			}
		}
	})
}

// FuzzRoutePaths sends every route arbitrary path parameters (the
// glossary's canonical form and variant, a unit id, the tmserver languages
// and text, a document name) and arbitrary Authorization and
// X-Forwarded-For headers to a server with tokens: no answer is a 5xx,
// every error is a JSON {"error"}, a request without the write token
// changes nothing, and one with it is never refused as unauthorized.
func FuzzRoutePaths(f *testing.F) {
	db := newDB(f, seed...)
	const write, read = "0123456789abcdef-write", "0123456789abcdef-read"
	s := newServer(f, Options{DB: db, MaxBody: 1 << 16, TrustForwardedFor: true,
		Access: Access{Tokens: []string{write}, ReadTokens: []string{read}}})
	for i := range s.Routes() {
		f.Add(i, "Tehran", "Teheran", uint8(0), "", "203.0.113.5", `{"text":"x","lang":"en"}`)
		f.Add(i, "1", "fr", uint8(1), "", "2001:db8::1", "")
		f.Add(i, "The minister.", "%zz/..", uint8(2), "Basic "+base64.StdEncoding.EncodeToString([]byte("u:"+write)), "", `{"source":"a","target":"b"}`)
		f.Add(i, "", "", uint8(2), "Bearer nope", "1.2.3.4, 5.6.7.8", "")
	}
	param := regexp.MustCompile(`\{[a-z]+(\.\.\.)?\}`)
	f.Fuzz(func(t *testing.T, route int, p1, p2 string, mode uint8, auth, xff, body string) {
		routes := s.Routes()
		if route < 0 {
			route = -route
		}
		r := routes[route%len(routes)]
		n := 0
		path := param.ReplaceAllStringFunc(strings.ReplaceAll(r.Path, "{$}", ""), func(string) string {
			n++
			if n == 1 {
				return url.PathEscape(p1)
			}
			return url.PathEscape(p2)
		})
		switch mode % 3 {
		case 0:
			auth = "Bearer " + write
		case 1:
			auth = "Bearer " + read
		}
		req := httptest.NewRequest(r.Method, "/", strings.NewReader(body))
		req.URL.Path, req.URL.RawPath = pathUnescaped(path), path
		req.Header.Set("Authorization", auth)
		if xff != "" {
			req.Header.Set("X-Forwarded-For", xff)
		}
		before := units(t, db)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		what := fmt.Sprintf("%s %s (route %s, Authorization %q)", r.Method, path, r.Path, auth)
		if rec.Code >= 500 {
			t.Fatalf("%s: status %d %s", what, rec.Code, rec.Body)
		}
		if rec.Code >= 400 {
			var e errorBody
			if err := json.NewDecoder(bytes.NewReader(rec.Body.Bytes())).Decode(&e); err != nil || e.Error == "" {
				t.Fatalf("%s: status %d without a JSON error: %q", what, rec.Code, rec.Body)
			}
		}
		writer := false
		if tok, ok := requestToken(req); ok && tok == write {
			writer = true
		}
		if writer && (rec.Code == http.StatusUnauthorized || rec.Code == http.StatusForbidden) {
			t.Fatalf("%s: the write token refused: %d %s", what, rec.Code, rec.Body)
		}
		if after := units(t, db); after != before && (!writer || rec.Code >= 400) {
			t.Fatalf("%s: status %d, and the TM went from %d to %d units", what, rec.Code, before, after)
		}
	})
}

// pathUnescaped is p with its %XX escapes decoded, as a server reads it.
func pathUnescaped(p string) string {
	u, err := url.PathUnescape(p)
	if err != nil {
		return p
	}
	return u
}

// FuzzWrongTokens drives the limit on wrong tokens with arbitrary
// sequences of wrong tokens and waits from four addresses (two in one
// IPv6 /64), a wrong token counted only from an address that need not
// wait, as authorize and mayRead count them: a wait is never negative nor
// longer than one refill (concurrent wrong tokens, all let in before one
// counts, may make it longer: not modelled here); an address with no
// wrong token waits for nothing; once an address waits, waiting that long
// (Retry-After's whole seconds) lets it try again; maxWrongTokens wrong
// tokens at once from a fresh address make it wait.
func FuzzWrongTokens(f *testing.F) {
	f.Add([]byte{0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 255, 1})
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3})
	f.Add([]byte{0x81, 0x83, 0x85, 0x40, 0x41})
	f.Fuzz(func(t *testing.T, ops []byte) {
		addrs := []string{"192.0.2.1", "2001:db8::1", "2001:db8::2", "198.51.100.7"}
		clock := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
		l := newWrongTokens()
		l.now = func() time.Time { return clock }
		failed := map[string]bool{}
		for _, op := range ops {
			a := addrs[op>>1&3]
			if op&1 == 0 && l.wait(a) == 0 {
				l.failed(a)
				failed[addrKey(a)] = true
			}
			w := l.wait(a)
			if w < 0 || w > wrongTokenRefill {
				t.Fatalf("%v: wait(%s) = %v", ops, a, w)
			}
			if w > 0 && !failed[addrKey(a)] {
				t.Fatalf("%v: %s waits %v with no wrong token", ops, a, w)
			}
			if w > 0 {
				// As Retry-After says it: in whole seconds, rounded up
				// (the wait itself may be a nanosecond short, a float's
				// rounding).
				later := clock.Add((w + time.Second - 1) / time.Second * time.Second)
				l.now = func() time.Time { return later }
				if w2 := l.wait(a); w2 != 0 {
					t.Fatalf("%v: %s waited %v and must wait %v more", ops, a, w, w2)
				}
				l.now = func() time.Time { return clock }
			}
			clock = clock.Add(time.Duration(op>>3) * time.Second)
		}
		fresh := "203.0.113.9"
		for range maxWrongTokens {
			l.failed(fresh)
		}
		if l.wait(fresh) <= 0 {
			t.Fatalf("%d wrong tokens at once from %s: no wait", maxWrongTokens, fresh)
		}
	})
}
