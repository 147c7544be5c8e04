package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	neturl "net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bitext/bitext/tm/postgres/pgtest"
)

// TestServeBinary starts the built bitext serve on a loopback port, talks
// to it as a tmserver client and an API client, reads its access log, and
// stops it with SIGTERM:
// it exits 0 and leaves the TM closed (no write-ahead log left behind),
// with what was written through it.
func TestServeBinary(t *testing.T) {
	dir, bin := buildBitext(t)
	db := filepath.Join(dir, "tm.db")
	cmd, base, log := startServe(t, bin, db, "--create")

	req, _ := http.NewRequest("PUT", base+"/tmserver/en/fr/unit/x", strings.NewReader(`{"source":"Hello, world.","target":"Bonjour, le monde."}`))
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != 200 {
		t.Fatalf("PUT unit: %v %v", res, err)
	}
	got := suggestions(t, base, "Hello, world.")
	if len(got) != 1 || got[0].Target != "Bonjour, le monde." || got[0].Quality != 100 {
		t.Errorf("suggestions = %+v", got)
	}
	if res, err := http.Get(base + "/"); err != nil || res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Errorf("the page: %v %v", res, err)
	}

	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after SIGTERM: %v; want exit 0", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop on SIGTERM")
	}
	if _, err := os.Stat(db + "-wal"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the TM's write-ahead log is left after the stop (not closed cleanly): %v", err)
	}
	// The access log: a line per request, without the texts looked up;
	// then the stop, said (serve wrote nothing when SIGTERM stopped it).
	// The last request may still be logging when the signal comes (its
	// client has read the answer before the server writes the access
	// line), so the stop may wait for it and its line may follow.
	all := log.String()
	access := regexp.MustCompile(`(?m)^\S+Z 127\.0\.0\.1:\d+ (PUT|GET) \S+ 200 \d+ \d+\.\dms$`).FindAllString(all, -1)
	if len(access) != 3 || !strings.Contains(access[0], "PUT /tmserver/en/fr/unit/... ") || strings.Contains(all, "Hello") {
		t.Errorf("serve's access log of three requests: %q", access)
	}
	stopping := regexp.MustCompile(`(?m)^bitext: stopping: (waiting for 1 request \(up to 30s\)|no request in flight); no new ones are taken$`).FindStringIndex(all)
	if stopping == nil || !strings.HasSuffix(all, "\nbitext: stopped\n") || strings.Count(all, "bitext:") != 2 {
		t.Errorf("serve's log: %q; want the stop begun, then stopped, last", all)
	}
	out, err := exec.Command(bin, "--db", db, "tm", "lookup", "--src", "en", "--tgt", "fr", "Hello, world.").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Bonjour, le monde.") {
		t.Errorf("the unit added through serve: %v %s", err, out)
	}
}

// startServe starts bitext serve on the TM db and a free loopback port,
// with the further flags args, and returns the process, the base URL it
// says it serves on and what it writes on standard error after that; the
// process is killed when the test ends, if it is still running.
func startServe(t *testing.T, bin, db string, args ...string) (*exec.Cmd, string, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--db", db, "serve", "--addr", "127.0.0.1:0"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	lines := bufio.NewScanner(stderr)
	var base string
	for base == "" && lines.Scan() {
		if m := regexp.MustCompile(`serving .* on (http://127\.0\.0\.1:\d+)/`).FindStringSubmatch(lines.Text()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		t.Fatal("serve did not say where it listens")
	}
	log := new(syncBuffer)
	go io.Copy(log, stderr)
	return cmd, base, log
}

// syncBuffer is a strings.Builder safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// suggestions asks the serve at base for the en-fr tmserver suggestions
// of text.
func suggestions(t *testing.T, base, text string) []struct {
	Target  string
	Quality int
} {
	t.Helper()
	res, err := http.Get(base + "/tmserver/en/fr/unit/" + neturl.PathEscape(text))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var got []struct {
		Target  string
		Quality int
	}
	if err := json.NewDecoder(res.Body).Decode(&got); err != nil {
		t.Fatalf("suggestions of %q: %v", text, err)
	}
	return got
}

// TestServeTokens starts bitext serve with a write token and a read
// token: a read needs one (Weblate gives its read token in the URL), a
// write needs the write token, the health check none, and the access log
// shows no token.
func TestServeTokens(t *testing.T) {
	dir, bin := buildBitext(t)
	const writeTok, readTok = "write-0123456789abcdef", "read-0123456789abcdef"
	wf, rf := filepath.Join(dir, "tokens"), filepath.Join(dir, "read-tokens")
	os.WriteFile(wf, []byte(writeTok+"\n"), 0o600)
	os.WriteFile(rf, []byte("# translators\n"+readTok+"\n"), 0o600)
	cmd, base, log := startServe(t, bin, filepath.Join(dir, "tm.db"), "--create", "--token-file", wf, "--read-token-file", rf)
	u, _ := neturl.Parse(base)
	status := func(method, url, token string) int {
		t.Helper()
		req, _ := http.NewRequest(method, url, strings.NewReader(`{"source":"Hello.","target":"Bonjour."}`))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	weblate := "http://weblate:" + readTok + "@" + u.Host + "/tmserver/en/fr/unit/Hello."
	for _, c := range []struct {
		method, url, token string
		want               int
	}{
		{"GET", base + "/api/v1/health", "", 200},
		{"GET", base + "/api/v1/stats", "", 401},
		{"GET", base + "/tmserver/en/fr/unit/Hello.", "", 401},
		{"GET", weblate, "", 200},
		{"PUT", base + "/tmserver/en/fr/unit/x", readTok, 403},
		{"PUT", base + "/tmserver/en/fr/unit/x", writeTok, 200},
		{"GET", base + "/api/v1/export", readTok, 200},
	} {
		if got := status(c.method, c.url, c.token); got != c.want {
			t.Errorf("%s %s with %q: %d; want %d", c.method, c.url, c.token, got, c.want)
		}
	}
	// SIGHUP reads the token files again: a token replaced is refused,
	// its successor taken, without a restart (it needed one). A file
	// refused keeps the tokens in use, and the log says why.
	hup := func(want string) {
		t.Helper()
		n := strings.Count(log.String(), "SIGHUP")
		cmd.Process.Signal(syscall.SIGHUP)
		// The deadline only ends a hang: serve says so in milliseconds.
		for end := time.Now().Add(30 * time.Second); strings.Count(log.String(), "SIGHUP") == n; time.Sleep(20 * time.Millisecond) {
			if time.Now().After(end) {
				t.Fatalf("serve's log 30 s after SIGHUP says nothing of it:\n%s", log.String())
			}
		}
		if l := log.String(); !strings.Contains(l[strings.LastIndex(l, "bitext: SIGHUP"):], want) {
			t.Errorf("serve's log after SIGHUP:\n%s\nwant %q", l, want)
		}
	}
	const newTok = "write-new-0123456789abcdef"
	os.WriteFile(wf, []byte(newTok+"\n"), 0o600)
	hup("bitext: SIGHUP: read the token files again: 1 write token, 1 read token")
	if got, old := status("PUT", base+"/tmserver/en/fr/unit/x", newTok), status("PUT", base+"/tmserver/en/fr/unit/x", writeTok); got != 200 || old != 401 {
		t.Errorf("after SIGHUP: the new token %d, the old one %d; want 200 and 401", got, old)
	}
	os.Chmod(rf, 0o644)
	hup("the token files were not read again, the tokens in use are kept: --read-token-file " + rf + ": permissions 0644")
	if got := status("PUT", base+"/tmserver/en/fr/unit/x", newTok); got != 200 {
		t.Errorf("after a SIGHUP refused: the token in use %d; want 200", got)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Errorf("serve after SIGTERM: %v; want exit 0", err)
	}
	if l := log.String(); strings.Contains(l, readTok) || strings.Contains(l, writeTok) || !strings.Contains(l, " GET /api/v1/stats 401 ") {
		t.Errorf("serve's access log, a line per request and no token:\n%s", l)
	}
}

// TestServeRefuses checks the addresses and token files serve refuses,
// with exit 2 before it listens.
func TestServeRefuses(t *testing.T) {
	dir := t.TempDir()
	short, loose, good := filepath.Join(dir, "short"), filepath.Join(dir, "loose"), filepath.Join(dir, "good")
	os.WriteFile(short, []byte("abc"), 0o600)
	os.WriteFile(loose, []byte("0123456789abcdef\n"), 0o644)
	os.Chmod(loose, 0o644)
	os.WriteFile(good, []byte("0123456789abcdef\n"), 0o600)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--addr", "127.0.0.1:99999"}, "port"},
		{[]string{"serve", "--db", filepath.Join(dir, "tm.db"), "--create", "--addr", busy.Addr().String()}, "address already in use"},
		{[]string{"serve", "--db", filepath.Join(dir, "typo", "tm.db")}, "typo/tm.db: no translation memory there"},
		{[]string{"serve", "--db", filepath.Join(dir, "typo", "tm.db")}, "bitext tm import FILE creates one there, or serve --create starts with an empty one"},
		{[]string{"serve", "--create", "--read-only"}, "--create with --read-only"},
		{[]string{"serve", "--addr", "0.0.0.0:0"}, "give --token-file"},
		{[]string{"serve", "--addr", "nonsense"}, "HOST:PORT"},
		{[]string{"serve", "--addr", "unix:/run/bitext.sock"}, "a Unix socket is not supported"},
		{[]string{"serve", "--token-file", short}, "at least 16 characters"},
		{[]string{"serve", "--token-file", filepath.Join(dir, "missing")}, "no such file"},
		{[]string{"serve", "--token-file", loose}, "permissions 0644 let other users of this machine read the tokens: chmod 600"},
		{[]string{"serve", "--read-token-file", good}, "--read-token-file without --token-file"},
		{[]string{"serve", "--public-reads"}, "--public-reads without --token-file"},
		{[]string{"serve", "--host", "tm.example.org"}, "--host tm.example.org: a reverse proxy takes the network's requests to this server: give --token-file"},
		// An empty host, as "$HOST:8080" with HOST unset, listened on
		// every interface, and an empty --host was dropped without a
		// word; a missing TM (--read-only) stops the run if either is
		// let through.
		{[]string{"serve", "--addr", ":0", "--token-file", good, "--read-only", "--db", filepath.Join(dir, "none.db")}, `--addr ":0": no host: that listens on every interface; to do so on purpose give --addr 0.0.0.0:0`},
		{[]string{"serve", "--addr", ":8080"}, `--addr ":8080": no host`},
		{[]string{"serve", "--host", "", "--token-file", good, "--read-only", "--db", filepath.Join(dir, "none.db")}, "--host: an empty name"},
		{[]string{"serve", "--host", "tm.example.org,", "--token-file", good, "--read-only", "--db", filepath.Join(dir, "none.db")}, "--host: an empty name"},
		{[]string{"serve", "--read-only", "--db", filepath.Join(dir, "none.db")}, "no translation memory there"},
		{[]string{"serve", "extra"}, "no arguments"},
		{[]string{"serve", "--request-timeout", "1h", "--db", filepath.Join(dir, "new.db")}, "--request-timeout 1h0m0s: a duration up to 10m0s is wanted"},
		// --max-exports and --export-wait (left49): 0 or below would
		// write no export or refuse every one that waits.
		{[]string{"serve", "--max-exports", "0", "--db", filepath.Join(dir, "new.db")}, "--max-exports 0: 1 or more exports at once are wanted"},
		{[]string{"serve", "--max-exports", "-3", "--db", filepath.Join(dir, "new.db")}, "--max-exports -3: 1 or more"},
		{[]string{"serve", "--export-wait", "0s", "--db", filepath.Join(dir, "new.db")}, "--export-wait 0s: a duration above 0"},
		{[]string{"serve", "--export-wait", "-5s", "--db", filepath.Join(dir, "new.db")}, "--export-wait -5s: a duration above 0"},
		{[]string{"serve", "--export-wait", "11m", "--db", filepath.Join(dir, "new.db")}, "--export-wait 11m0s: a duration above 0 and up to 10m0s"},
		// --cors-origin without write tokens: every page of that site
		// could write to the TM (left56).
		{[]string{"serve", "--cors-origin", "https://app.example.org", "--db", filepath.Join(dir, "none.db")}, "without --token-file: that site's pages could write to the TM with no token"},
		{[]string{"serve", "--cors-origin", "https://app.example.org", "--db", filepath.Join(dir, "none.db")}, "hint: give --token-file"},
	} {
		var out, errOut strings.Builder
		code := run(c.args, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
		if code != exitBadInput || !strings.Contains(errOut.String(), c.want) {
			t.Errorf("bitext %s: exit %d, %q; want 2 and %q", strings.Join(c.args, " "), code, errOut.String(), c.want)
		}
	}
	// A mistyped --db in a service's unit file is refused, not made:
	// neither the file nor its folder is created.
	if _, err := os.Stat(filepath.Join(dir, "typo")); !os.IsNotExist(err) {
		t.Errorf("serve --db DIR/typo/tm.db made the folder (%v); want nothing made", err)
	}
}

// TestServeTwoOnPostgres starts two bitext serve processes on one
// PostgreSQL TM, as a team runs them behind a load balancer: a unit put
// through either is suggested by the other at once, and SIGTERM stops
// each with exit 0 while the other goes on.
func TestServeTwoOnPostgres(t *testing.T) {
	url := pgtest.TempURL(t)
	_, bin := buildBitext(t)
	var cmds [2]*exec.Cmd
	var bases [2]string
	for i := range cmds {
		cmds[i], bases[i], _ = startServe(t, bin, url)
	}
	for i := range 6 {
		w, r := bases[i%2], bases[(i+1)%2]
		src := fmt.Sprintf("The envoy met the minister %d times.", i+2)
		tgt := fmt.Sprintf("L'émissaire a rencontré le ministre %d fois.", i+2)
		req, _ := http.NewRequest("PUT", w+"/tmserver/en/fr/unit/x", strings.NewReader(fmt.Sprintf(`{"source":%q,"target":%q}`, src, tgt)))
		if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != 200 {
			t.Fatalf("PUT through %s: %v %v", w, res, err)
		}
		if got := suggestions(t, r, src); len(got) == 0 || got[0].Target != tgt || got[0].Quality != 100 {
			t.Fatalf("unit %d put through one server, asked of the other: %+v", i, got)
		}
	}
	cmds[0].Process.Signal(syscall.SIGTERM)
	if err := cmds[0].Wait(); err != nil {
		t.Errorf("the first serve after SIGTERM: %v; want exit 0", err)
	}
	if res, err := http.Get(bases[1] + "/api/v1/stats"); err != nil || res.StatusCode != 200 {
		t.Errorf("the second serve after the first stopped: %v %v", res, err)
	}
}

// TestServeExportsOnSmallPool: bitext serve on a PostgreSQL TM whose URL
// caps the pool at 2 connections (pool_max_conns=2) wrote 2 exports at
// once, which took both, and lookups and the health check waited for them
// (api48). It writes one at a time there, --max-exports 3 or not, and its
// log says so once before it says where it listens.
func TestServeExportsOnSmallPool(t *testing.T) {
	url := pgtest.TempURL(t) + "&pool_max_conns=2"
	_, bin := buildBitext(t)
	cmd := exec.Command(bin, "--db", url, "serve", "--addr", "127.0.0.1:0", "--create", "--max-exports", "3", "--export-wait", "5s")
	log := new(syncBuffer)
	cmd.Stderr = log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	deadline := time.Now().Add(time.Minute)
	for !strings.Contains(log.String(), "serving ") {
		if time.Now().After(deadline) {
			t.Fatalf("serve did not say where it listens within a minute: %q", log.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	const want = "bitext: the TM's pool has 2 connections (pool_max_conns): at most 1 export written at once (not 3), one connection kept for lookups and the health check"
	if got := log.String(); strings.Count(got, want) != 1 {
		t.Errorf("serve on a pool of 2 with --max-exports 3: standard error %q; want once %q", got, want)
	}
}

// TestServeSecondRefused starts bitext serve on a SQLite TM, then a
// second one, writing and --read-only, on the same file: each exits 2
// saying another serve serves it (they started without a word, though
// the README says one server a file), while the CLI reads and writes the
// TM beside the first.
func TestServeSecondRefused(t *testing.T) {
	dir, bin := buildBitext(t)
	db := filepath.Join(dir, "tm.db")
	first, base, _ := startServe(t, bin, db, "--create")
	for _, args := range [][]string{nil, {"--read-only"}} {
		cmd := exec.Command(bin, append([]string{"--db", db, "serve", "--addr", "127.0.0.1:0"}, args...)...)
		done := make(chan struct{})
		timer := time.AfterFunc(20*time.Second, func() {
			select {
			case <-done:
			default:
				cmd.Process.Kill()
			}
		})
		out, err := cmd.CombinedOutput()
		close(done)
		timer.Stop()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(string(out), "another bitext serve serves this translation memory: "+db) ||
			!strings.Contains(string(out), "bitext: hint: a SQLite TM takes one bitext serve at a time") {
			t.Errorf("a second serve %v on %s: %v\n%s\nwant exit 2 saying another serve serves it", args, db, err, out)
		}
	}
	if out, err := exec.Command(bin, "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour.").CombinedOutput(); err != nil {
		t.Errorf("tm add beside serve: %v\n%s", err, out)
	}
	if got := suggestions(t, base, "Good morning."); len(got) != 1 || got[0].Target != "Bonjour." {
		t.Errorf("the serve's suggestions of the unit tm add stored beside it: %+v", got)
	}
	if out, err := exec.Command(bin, "--db", db, "tm", "lookup", "--src", "en", "--tgt", "fr", "Good morning.").CombinedOutput(); err != nil || !strings.Contains(string(out), "Bonjour.") {
		t.Errorf("tm lookup beside serve: %v\n%s", err, out)
	}
	first.Process.Signal(syscall.SIGTERM)
	if err := first.Wait(); err != nil {
		t.Errorf("the first serve after SIGTERM: %v", err)
	}
	again, _, _ := startServe(t, bin, db)
	again.Process.Signal(syscall.SIGTERM)
	again.Wait()
}
