package server

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// serveLoopback serves h with serve, as Run does, on a port of the
// loopback interface until cancel is called, saying on log (if not nil)
// what serve says there; errc receives what serve returned.
func serveLoopback(t *testing.T, h http.Handler, log io.Writer) (addr string, cancel context.CancelFunc, errc <-chan error) {
	t.Helper()
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	c := make(chan error, 1)
	go func() { c <- serve(ctx, ln, h, nil, log) }()
	return ln.Addr().String(), cancel, c
}

// TestServeDrains stops a server while a request is in flight: the
// request is answered in full, new connections are refused, and serve
// returns nil.
func TestServeDrains(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
		io.WriteString(w, "done")
	})
	addr, cancel, errc := serveLoopback(t, h, nil)
	type answer struct {
		body string
		err  error
	}
	answers := make(chan answer, 1)
	go func() {
		res, err := http.Get("http://" + addr + "/")
		if err != nil {
			answers <- answer{err: err}
			return
		}
		b, err := io.ReadAll(res.Body)
		res.Body.Close()
		answers <- answer{string(b), err}
	}()
	<-entered
	cancel()
	// The listener closes at once; the request in flight goes on. The
	// deadline only ends a wait for a listener that stays open.
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("the listener still takes connections after the stop")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-errc:
		t.Fatalf("serve returned %v with a request in flight", err)
	default:
	}
	close(release)
	if a := <-answers; a.err != nil || a.body != "done" {
		t.Errorf("the request in flight got %q, %v; want done", a.body, a.err)
	}
	if err := <-errc; err != nil {
		t.Errorf("serve = %v; want nil after a stop", err)
	}
}

// TestServeCutsAfterDrain stops a server whose request in flight outlasts
// the drain: the request's context is cancelled (its work stops, an import
// stores nothing), and serve returns nil once the handler has returned,
// so that the command closes the TM after every request and exits 0.
// serve returned Shutdown's "context deadline exceeded" with the handler
// still running on the TM.
func TestServeCutsAfterDrain(t *testing.T) {
	defer func(d time.Duration) { drainTimeout = d }(drainTimeout)
	drainTimeout = time.Millisecond
	entered, cut, returned := make(chan struct{}), make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer close(returned)
		close(entered)
		<-r.Context().Done()
		close(cut)
	})
	addr, cancel, errc := serveLoopback(t, h, nil)
	go http.Get("http://" + addr + "/")
	<-entered
	cancel()
	if err := <-errc; err != nil {
		t.Errorf("serve = %v; want nil after cutting the request in flight", err)
	}
	select {
	case <-returned:
	default:
		t.Error("serve returned before the handler of the request it cut")
	}
	select {
	case <-cut:
	default:
		t.Error("the request in flight was not cancelled after the drain")
	}
}

// TestServeLogsStop: a stop says so on the log, with the requests it
// waits for, and those it cancelled after the drain; serve wrote nothing
// between its last access line and its exit.
func TestServeLogsStop(t *testing.T) {
	for _, cut := range []bool{false, true} {
		defer func(d time.Duration) { drainTimeout = d }(drainTimeout)
		if cut {
			drainTimeout = time.Millisecond
		}
		entered, release := make(chan struct{}), make(chan struct{})
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			close(entered)
			select {
			case <-release:
			case <-r.Context().Done():
			}
		})
		var log lockedBuilder
		addr, cancel, errc := serveLoopback(t, h, &log)
		go http.Get("http://" + addr + "/")
		<-entered
		if l := log.String(); l != "" {
			t.Errorf("the log before the stop: %q; want nothing", l)
		}
		cancel()
		if !cut {
			// The request is released once the stop has begun (else the
			// stop finds no request to wait for); the deadline only ends a
			// hang.
			for end := time.Now().Add(30 * time.Second); !strings.Contains(log.String(), "stopping"); time.Sleep(time.Millisecond) {
				if time.Now().After(end) {
					close(release)
					t.Fatalf("the log 30 s after the stop: %q; want it to say stopping", log.String())
				}
			}
			close(release)
		}
		if err := <-errc; err != nil {
			t.Fatalf("serve = %v", err)
		}
		want := "bitext: stopping: waiting for 1 request (up to " + drainTimeout.String() + "); no new ones are taken\n"
		if cut {
			want += "bitext: stopping: cancelled 1 request still running after 1ms (a cancelled request stores nothing)\n"
		}
		if l := log.String(); l != want {
			t.Errorf("the log of a stop (cut %v):\n%s\nwant\n%s", cut, l, want)
		}
	}
}

// TestServeLogsIdleStop: a stop with no request in flight says so; it said
// "waiting for 0 requests".
func TestServeLogsIdleStop(t *testing.T) {
	var log lockedBuilder
	_, cancel, errc := serveLoopback(t, http.NotFoundHandler(), &log)
	cancel()
	if err := <-errc; err != nil {
		t.Fatalf("serve = %v", err)
	}
	if l, want := log.String(), "bitext: stopping: no request in flight; no new ones are taken\n"; l != want {
		t.Errorf("the log of a stop with no request: %q; want %q", l, want)
	}
}

// TestServeCutAnswers: a request cancelled after the drain (an import
// still running when SIGTERM's 30 s are up) reaches its client with the
// handler's answer, a 503 saying nothing was stored. The connections
// were closed as the requests were cancelled, before their handlers
// could answer: the server's log said 503, the client read an empty
// reply (curl: exit 52). The answer says that the server is stopping
// (publicMessage's stopMessage), not "context canceled".
func TestServeCutAnswers(t *testing.T) {
	defer func(d time.Duration) { drainTimeout = d }(drainTimeout)
	drainTimeout = 50 * time.Millisecond
	entered := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-r.Context().Done()
		time.Sleep(20 * time.Millisecond) // the import's rollback
		writeJSON(w, http.StatusServiceUnavailable, errorBody{stopMessage(r, fmt.Sprintf("import big.tmx: %v; nothing from big.tmx was stored", r.Context().Err()))})
	})
	addr, cancel, errc := serveLoopback(t, h, nil)
	type answer struct {
		status int
		body   string
		err    error
	}
	got := make(chan answer, 1)
	go func() {
		resp, err := http.Post("http://"+addr+"/api/v1/import", "application/octet-stream", strings.NewReader("x"))
		if err != nil {
			got <- answer{err: err}
			return
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- answer{resp.StatusCode, string(b), err}
	}()
	<-entered
	cancel()
	if err := <-errc; err != nil {
		t.Errorf("serve = %v", err)
	}
	a := <-got
	want := "import big.tmx: the server is stopping: it cancelled this request, still running 50ms after the stop began; send it again once the server is back; nothing from big.tmx was stored"
	if a.err != nil || a.status != http.StatusServiceUnavailable || !strings.Contains(a.body, want) {
		t.Errorf("the client of the request cut: %d %q %v; want the handler's 503 saying %q (it said \"context canceled\")", a.status, a.body, a.err, want)
	}
}
