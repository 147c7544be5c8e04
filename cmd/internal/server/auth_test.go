package server

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const (
	writeTok = "write-0123456789abcdef"
	readTok  = "read-0123456789abcdef"
)

// authRequests are requests of each kind of route: open (the page, its
// files, the API description, health), reads (the JSON API's, tmserver's,
// the export, a read by POST) and writes (JSON API, tmserver).
var authRequests = []struct {
	method, path, body string
	need               access
}{
	{"GET", "/", "", open},
	{"GET", "/static/app.js", "", open},
	{"GET", "/api/v1/openapi.json", "", open},
	{"GET", "/api/v1/health", "", open},
	{"GET", "/api/v1/lookup?src=en&tgt=fr&q=The+minister+arrived.", "", reads},
	{"GET", "/api/v1/concordance?src=en&tgt=fr&term=minister", "", reads},
	{"GET", "/api/v1/export", "", reads},
	{"HEAD", "/api/v1/export", "", reads},
	{"GET", "/api/v1/stats", "", reads},
	{"POST", "/api/v1/segment", `{"text":"One. Two.","lang":"en"}`, reads},
	{"POST", "/api/v1/names/match", `{"pairs":[{"a":"Khamenei","b":"Khomeini"}],"explain":true}`, reads},
	{"GET", "/tmserver/languages/", "", reads},
	{"GET", "/tmserver/en/fr/unit/The%20minister%20arrived.", "", reads},
	{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"source":"A.","target":"B."}]}`, writes},
	{"PUT", "/tmserver/en/fr/unit/x", `{"source":"C.","target":"D."}`, writes},
}

// TestAccess sends a request of each kind of route without a token, with
// a wrong one, a read token and a write token (as Bearer, and as a Basic
// password as Weblate sends one from its URL), and checks who gets in.
func TestAccess(t *testing.T) {
	ts, _ := testServer(t, Options{Access: Access{Tokens: []string{writeTok}, ReadTokens: []string{readTok}}})
	s := ts.Config.Handler.(*Server)
	basic := func(user, pass string) string {
		return "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))
	}
	for _, c := range []struct {
		name, auth string
		has        access // what the credential gives: open is nothing
	}{
		{"no token", "", open},
		{"a wrong token", "Bearer wrong-0123456789abcdef", open},
		{"a write token's first 16 characters", "Bearer " + writeTok[:16], open},
		{"a Basic user name", basic(writeTok, ""), open},
		{"a read token", "Bearer " + readTok, reads},
		{"a write token", "Bearer " + writeTok, writes},
		{"a read token by Basic", basic("weblate", readTok), reads},
		{"a write token by Basic", basic("", writeTok), writes},
	} {
		for _, r := range authRequests {
			var hdr []string
			if c.auth != "" {
				hdr = []string{"Authorization", c.auth}
			}
			s.wrong.reset() // TestWrongTokens checks the limit
			st, _, body := send(t, r.method, ts.URL+r.path, r.body, hdr...)
			var want int
			switch {
			case r.need == open || c.has >= r.need:
				want = 200
			case c.has == open:
				want = 401
			default:
				want = 403
			}
			if st != want {
				t.Errorf("%s %s with %s: %d %s; want %d", r.method, r.path, c.name, st, body, want)
				continue
			}
			if st == 200 || r.method == "HEAD" {
				continue
			}
			var e errorBody
			json.Unmarshal(body, &e)
			wantMsg := map[access]string{reads: "a token of --read-token-file or --token-file", writes: "a token of --token-file"}[r.need]
			if !strings.Contains(e.Error, wantMsg) {
				t.Errorf("%s %s with %s: error %q; want it to name %q", r.method, r.path, c.name, e.Error, wantMsg)
			}
			// The route is named by its pattern: a client may log the
			// error, and a tmserver path holds the text looked up.
			if strings.Contains(e.Error, "minister") || !strings.HasPrefix(e.Error, r.method+" /") {
				t.Errorf("%s %s with %s: error %q; want the route's pattern first, and not the text", r.method, r.path, c.name, e.Error)
			}
		}
	}
	// A 401 challenges Bearer, never Basic (a browser would prompt).
	res, err := http.Get(ts.URL + "/api/v1/stats")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if got := res.Header.Get("WWW-Authenticate"); !strings.HasPrefix(got, "Bearer ") {
		t.Errorf("401 WWW-Authenticate = %q; want Bearer", got)
	}
}

// TestEveryRouteNeedsAToken sends a request without a token to every
// route registered but the open ones: each is 401, so that no route added
// later is left open by mistake.
func TestEveryRouteNeedsAToken(t *testing.T) {
	ts, _ := testServer(t, Options{Access: Access{Tokens: []string{writeTok}}})
	s := ts.Config.Handler.(*Server)
	param := regexp.MustCompile(`\{[^}]*\}`)
	open := 0
	for _, r := range s.Routes() {
		path := param.ReplaceAllString(strings.TrimSuffix(r.Path, "{$}"), "x")
		if r.Open {
			open++
			if st, _, _ := send(t, r.Method, ts.URL+path, ""); st != 200 {
				t.Errorf("open route %s %s without a token: %d; want 200", r.Method, path, st)
			}
			continue
		}
		if st, _, body := send(t, r.Method, ts.URL+path, "{}"); st != 401 {
			t.Errorf("%s %s without a token: %d %s; want 401", r.Method, path, st, body)
		}
	}
	if open != 5 {
		t.Errorf("%d open routes; want 5: /, its two files, openapi.json and health", open)
	}
}

// TestPublicReads: with --public-reads reads need no token (the rule
// before reads needed one), writes still do.
func TestPublicReads(t *testing.T) {
	ts, _ := testServer(t, Options{Access: Access{Tokens: []string{writeTok}, PublicReads: true}})
	for _, r := range authRequests {
		want := 200
		if r.need == writes {
			want = 401
		}
		if st, _, body := send(t, r.method, ts.URL+r.path, r.body); st != want {
			t.Errorf("%s %s without a token, public reads: %d %s; want %d", r.method, r.path, st, body, want)
		}
	}
}

// TestNoTokens: a server without tokens (loopback, no --token-file) takes
// every request, as before.
func TestNoTokens(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, r := range authRequests {
		if st, _, body := send(t, r.method, ts.URL+r.path, r.body); st != 200 {
			t.Errorf("%s %s, no tokens: %d %s; want 200", r.method, r.path, st, body)
		}
	}
}

// TestPageAsksForToken: the page shows the token field on a server with
// tokens, saying what it is for.
func TestPageAsksForToken(t *testing.T) {
	for _, c := range []struct {
		access Access
		want   string
	}{
		{Access{}, ""},
		{Access{Tokens: []string{writeTok}}, `placeholder="to search"`},
		{Access{Tokens: []string{writeTok}, PublicReads: true}, `placeholder="to write"`},
	} {
		s := newServer(t, Options{DB: newDB(t), Access: c.access})
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1/", nil))
		page := rec.Body.String()
		if field := strings.Contains(page, `id="token"`); field != (c.want != "") || !strings.Contains(page, c.want) {
			t.Errorf("page of a server with %+v: token field %v; want %q", c.access, field, c.want)
		}
	}
}

// TestLoadAccess reads token files: one token a line, comments skipped,
// and refuses a file others may read, a short token (naming its line),
// an empty file and flags that contradict each other.
func TestLoadAccess(t *testing.T) {
	dir := t.TempDir()
	file := func(name, text string, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), mode); err != nil {
			t.Fatal(err)
		}
		os.Chmod(p, mode) // past the umask
		return p
	}
	w := file("w", "# writers\n  "+writeTok+"\n\nwrite-2-0123456789abcdef\n", 0o600)
	r := file("r", readTok+"\n", 0o400)
	a, err := LoadAccess(w, r, false, false)
	if err != nil || len(a.Tokens) != 2 || a.Tokens[0] != writeTok || len(a.ReadTokens) != 1 || a.ReadTokens[0] != readTok {
		t.Fatalf("LoadAccess = %+v, %v", a, err)
	}
	type refusal struct {
		tokenFile, readFile string
		public, readOnly    bool
		want                string
	}
	refused := []refusal{
		{file("short", writeTok+"\nabc\n", 0o600), "", false, false, "line 2: a token of at least 16"},
		{file("spaced", "0123456789 abcdef\n", 0o600), "", false, false, "line 1:"},
		{file("empty", "# none yet\n", 0o600), "", false, false, "no token in the file"},
		{filepath.Join(dir, "missing"), "", false, false, "no such file"},
		{"", r, false, false, "--read-token-file without --token-file"},
		{w, r, true, false, "--public-reads and --read-token-file"},
		{"", "", true, false, "--public-reads without --token-file"},
		{w, file("both", writeTok+"\n", 0o600), false, false, "also in --token-file"},
		// /dev/zero given as the file was read until memory ran out.
		{file("huge", strings.Repeat(writeTok+"\n", 1<<20/len(writeTok)+1), 0o600), "", false, false, "more than 1 MiB: not a file of tokens"},
		// Saved as UTF-16 (Notepad's "Unicode"), a token was taken with
		// its NUL bytes, a token no client sends: every request was a 401.
		{file("utf16", "\xff\xfe"+strings.Join(strings.Split(writeTok, ""), "\x00")+"\x00\n\x00", 0o600), "", false, false, "utf16: line 1: UTF-16 text"},
		{file("nul", writeTok+"\x00\n", 0o600), "", false, false, "nul: line 1: NUL byte"},
		// A folder said "read DIR: read DIR: is a directory".
		{dir, "", false, false, "--token-file: read " + dir + ": is a directory"},
	}
	if runtime.GOOS != "windows" {
		open, group := file("open", writeTok+"\n", 0o644), file("group", readTok+"\n", 0o640)
		refused = append(refused,
			refusal{open, "", false, false, "permissions 0644 let other users of this machine read the tokens: chmod 600 " + open},
			refusal{w, group, false, false, "--read-token-file " + group + ": permissions 0640"})
	}
	for _, c := range refused {
		if _, err := LoadAccess(c.tokenFile, c.readFile, c.public, c.readOnly); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("LoadAccess(%q, %q, %v, %v) = %v; want an error with %q", c.tokenFile, c.readFile, c.public, c.readOnly, err, c.want)
		}
	}
	// A read-only server may have read tokens only.
	if a, err := LoadAccess("", r, false, true); err != nil || len(a.ReadTokens) != 1 {
		t.Errorf("read tokens of a read-only server: %+v, %v", a, err)
	}
}

// TestReloadTokens: ReloadTokens (SIGHUP) takes the token files as they
// are now; a file it cannot take keeps the tokens in use and says why.
// Tokens were read at the start only.
func TestReloadTokens(t *testing.T) {
	dir := t.TempDir()
	wf, rf := filepath.Join(dir, "tokens"), filepath.Join(dir, "read-tokens")
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(name, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		os.Chmod(name, 0o600)
	}
	write(wf, writeTok+"\n")
	write(rf, readTok+"\n")
	a, err := LoadAccess(wf, rf, false, false)
	if err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{Access: a})
	s := ts.Config.Handler.(*Server)
	stats := func(tok string) int {
		t.Helper()
		st, _, _ := send(t, "GET", ts.URL+"/api/v1/stats", "", "Authorization", "Bearer "+tok)
		return st
	}
	const newTok = "read-new-0123456789abcdef"
	write(rf, readTok+"\n"+newTok+"\n")
	if w, r, err := s.ReloadTokens(); err != nil || w != 1 || r != 2 {
		t.Fatalf("ReloadTokens = %d, %d, %v; want 1, 2, nil", w, r, err)
	}
	if stats(newTok) != 200 || stats(readTok) != 200 || stats(writeTok) != 200 {
		t.Errorf("after a reload that added a read token: %d %d %d; want 200 for each", stats(newTok), stats(readTok), stats(writeTok))
	}
	for _, c := range []struct {
		name, file, text string
		mode             os.FileMode
		want             string
	}{
		{"a short token", wf, "short\n", 0o600, "line 1: a token of at least 16 characters"},
		{"no token", wf, "# none\n", 0o600, "no token in the file"},
		{"a token in both files", wf, readTok + "\n", 0o600, "a token is also in --token-file"},
		{"a loose file", rf, readTok + "\n", 0o644, "permissions 0644"},
	} {
		s.wrong.reset()
		old, _ := os.ReadFile(c.file)
		write(c.file, c.text)
		os.Chmod(c.file, c.mode)
		if runtime.GOOS == "windows" && c.mode != 0o600 {
			continue
		}
		if _, _, err := s.ReloadTokens(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("reload with %s: %v; want an error saying %q", c.name, err, c.want)
		}
		if stats(newTok) != 200 || stats(writeTok) != 200 {
			t.Errorf("after a reload refused (%s): %d %d; want the tokens in use kept", c.name, stats(newTok), stats(writeTok))
		}
		write(c.file, string(old))
	}
	os.Remove(wf)
	var log lockedBuilder
	s.opt.Log = &log
	s.reloadTokens()
	if l := log.String(); !strings.Contains(l, "the token files were not read again, the tokens in use are kept: --token-file: open "+wf) {
		t.Errorf("log of a reload without the file: %q", l)
	}
	write(wf, "write-other-0123456789abcdef\n")
	s.reloadTokens()
	if l := log.String(); !strings.Contains(l, "read the token files again: 1 write token, 2 read tokens") || stats(writeTok) != 401 || stats("write-other-0123456789abcdef") != 200 {
		t.Errorf("reload with a token replaced: log %q, the old %d, the new %d; want 401 and 200", l, stats(writeTok), stats("write-other-0123456789abcdef"))
	}
	if _, _, err := (&Server{opt: Options{Access: Access{Tokens: []string{writeTok}}}}).ReloadTokens(); err == nil {
		t.Error("ReloadTokens without token files: no error")
	}
}

// TestLoadAccessMissingFile: a token file that is not there (a new
// server's, serve --help's example pasted) is named with how to make one;
// it read "open FILE: no such file or directory" alone.
func TestLoadAccessMissingFile(t *testing.T) {
	name := filepath.Join(t.TempDir(), "tokens")
	_, err := LoadAccess(name, "", false, false)
	want := "--token-file: open " + name + ": no such file; make one, a token a line: openssl rand -hex 16 > " + name + " && chmod 600 " + name
	if err == nil || err.Error() != want {
		t.Errorf("LoadAccess of a missing file: %v; want %q", err, want)
	}
}

// TestLoadAccessByteOrderMark: a file of tokens saved by Windows Notepad
// (a UTF-8 byte order mark, CRLF line ends) gave its first token with the
// mark before it: every request with that token was refused 401 ("not
// one of this server's"), and the server had started without a word. The
// mark is no part of the token.
func TestLoadAccessByteOrderMark(t *testing.T) {
	name := filepath.Join(t.TempDir(), "tokens")
	const first, second = "abcdefghijklmnopqrstuvwxyz012345", "zyxwvutsrqponmlkjihgfedcba543210"
	if err := os.WriteFile(name, []byte("\uFEFF"+first+"\r\n"+second+"\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	a, err := LoadAccess(name, "", false, false)
	if err != nil || !slices.Equal(a.Tokens, []string{first, second}) {
		t.Errorf("LoadAccess of a file with a byte order mark: %q, %v; want %q", a.Tokens, err, []string{first, second})
	}
}

// TestTokenNames: a token file line may name the token's holder after it
// ("TOKEN anna"). The access log then says who sent each request ("by
// anna" at the end of its line), and an edit without "by" is anna's, so
// that an IT team with a token per translator can tell who did what (the
// log had the client's address only, the same for everyone behind a
// proxy, and an edit of the API no one). A name that is not one word is
// refused with the line; SIGHUP reads the names again.
func TestTokenNames(t *testing.T) {
	dir := t.TempDir()
	file := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const anna, plain, weblate = "anna-token-0123456789abcdef", "plain-token-0123456789abcdef", "weblate-token-0123456789abcdef"
	w := file("w", "# writers\n"+anna+"  anna\n"+plain+"\n")
	a, err := LoadAccess(w, file("r", weblate+"\tweblate\n"), false, false)
	if err != nil || !slices.Equal(a.Tokens, []string{anna, plain}) || !slices.Equal(a.ReadTokens, []string{weblate}) {
		t.Fatalf("LoadAccess = %+v, %v", a, err)
	}
	var log lockedBuilder
	ts, _ := testServer(t, Options{AccessLog: &log, Access: a})
	bearer := func(tok string) []string { return []string{"Authorization", "Bearer " + tok} }
	call(t, "GET", ts.URL+"/api/v1/stats", "", nil, bearer(anna)...)
	call(t, "GET", ts.URL+"/api/v1/stats", "", nil, bearer(plain)...)
	call(t, "GET", ts.URL+"/api/v1/stats", "", nil, bearer(weblate)...)
	call(t, "GET", ts.URL+"/api/v1/stats", "", nil, bearer("x"+anna)...)
	call(t, "PATCH", ts.URL+"/api/v1/units/1", `{"lang":"fr","text":"Le ministre est arrivé à Bagdad dimanche."}`, nil, bearer(anna)...)
	call(t, "PATCH", ts.URL+"/api/v1/units/2", `{"lang":"fr","text":"Texte.","by":"bob"}`, nil, bearer(anna)...)
	call(t, "PATCH", ts.URL+"/api/v1/units/3", `{"lang":"fr","text":"Texte."}`, nil, bearer(weblate)...)
	lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
	want := []string{`GET /api/v1/stats 200 \d+ \S+ms by anna`, `GET /api/v1/stats 200 \d+ \S+ms`, `GET /api/v1/stats 200 \d+ \S+ms by weblate`,
		`GET /api/v1/stats 401 \d+ \S+ms error="[^"]*not one of this server's[^"]*"`, `PATCH /api/v1/units/1 200 \d+ \S+ms by anna`, `PATCH /api/v1/units/2 200 \d+ \S+ms by anna`,
		`PATCH /api/v1/units/3 403 \d+ \S+ms by weblate error="[^"]*reads only[^"]*"`}
	if len(lines) != len(want) {
		t.Fatalf("access log of %d requests:\n%s", len(want), log.String())
	}
	for i, l := range lines {
		if re := regexp.MustCompile(` ` + want[i] + `$`); !re.MatchString(l) {
			t.Errorf("access log line %d = %q; want it to end %s", i+1, l, re)
		}
	}
	for id, by := range map[int]string{1: "anna", 2: "bob"} {
		var u struct {
			ChangedBy string `json:"changed_by"`
		}
		call(t, "GET", ts.URL+"/api/v1/units/"+strconv.Itoa(id), "", &u, bearer(plain)...)
		if u.ChangedBy != by {
			t.Errorf("unit %d edited with anna's token: changed_by %q; want %q", id, u.ChangedBy, by)
		}
	}

	// Units that anna stores come with no creation id: they are anna's.
	call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"source":"The talks ended.","target":"Les pourparlers ont pris fin."}]}`, nil, bearer(anna)...)
	call(t, "POST", ts.URL+"/api/v1/import?src=en&tgt=fr&name=talks.tsv", "The talks began.\tLes pourparlers ont commencé.\n", nil, bearer(anna)...)
	call(t, "POST", ts.URL+"/api/v1/import?src=en&tgt=fr&name=plain.tsv", "The talks went on.\tLes pourparlers ont continué.\n", nil, bearer(plain)...)
	for doc, by := range map[string]string{"api": "anna", "talks.tsv": "anna", "plain.tsv": ""} {
		var page struct{ Units []unitJSON }
		call(t, "GET", ts.URL+"/api/v1/units?doc="+doc, "", &page, bearer(plain)...)
		if len(page.Units) != 1 {
			t.Errorf("the units of %s: %+v; want one", doc, page.Units)
			continue
		}
		var u unitJSON
		call(t, "GET", ts.URL+"/api/v1/units/"+strconv.FormatInt(page.Units[0].ID, 10), "", &u, bearer(plain)...)
		if u.CreatedBy != by {
			t.Errorf("the unit of %s: created by %q; want %q", doc, u.CreatedBy, by)
		}
		// The listing gives what the unit's own route gives: it left out
		// src_lang and created_by of a unit never edited.
		if !reflect.DeepEqual(page.Units[0], u) {
			t.Errorf("the unit of %s in GET units?doc= %+v; GET units/%d %+v", doc, page.Units[0], u.ID, u)
		}
	}

	for _, bad := range []string{anna + " anna maria\n", anna + " anna\x01\n", anna + " " + strings.Repeat("a", maxTokenName+1) + "\n"} {
		if _, err := LoadAccess(file("bad", plain+"\n"+bad), "", false, false); err == nil || !strings.Contains(err.Error(), "line 2: the name after the token") {
			t.Errorf("a token file with %q: %v; want line 2 refused", bad, err)
		}
	}

	// SIGHUP: anna's token is now Anna's.
	s := newServer(t, Options{DB: newDB(t, seed...), AccessLog: &log, Access: a})
	file("w", anna+" Anna\n")
	if _, _, err := s.ReloadTokens(); err != nil {
		t.Fatal(err)
	}
	log.mu.Lock()
	log.b.Reset()
	log.mu.Unlock()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/api/v1/stats", nil)
	req.Header.Set("Authorization", "Bearer "+anna)
	s.ServeHTTP(rec, req)
	if got := log.String(); rec.Code != 200 || !strings.HasSuffix(got, "ms by Anna\n") {
		t.Errorf("after SIGHUP renamed the token: %d, log %q; want 200 by Anna", rec.Code, got)
	}
}
