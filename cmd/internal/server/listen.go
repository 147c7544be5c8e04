package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/dial"
	"github.com/bitext/bitext/tm/sqlite"
	"github.com/bitext/bitext/tm/textio"
)

// Timeouts of the HTTP server: a client has ReadTimeout to send a request
// (an upload included), the server WriteTimeout to answer it (an export
// included), and a stop waits DrainTimeout for the requests in flight,
// then cancels those still running.
const (
	ReadHeaderTimeout = 10 * time.Second
	ReadTimeout       = 5 * time.Minute
	WriteTimeout      = 10 * time.Minute
	IdleTimeout       = 2 * time.Minute
	DrainTimeout      = 30 * time.Second
)

// Limits of a request's line and headers: a Server answers more than
// MaxHeaderBytes with a JSON error, status 431; the HTTP server of Run
// reads up to connHeaderBytes of them, beyond which net/http itself answers
// 431 (a client that sends a megabyte of headers is not one of this API's),
// in JSON too (see jsonErrors).
const (
	MaxHeaderBytes  = 64 << 10
	connHeaderBytes = 1 << 20
)

// IsLoopback reports whether the listen address addr ("127.0.0.1:8080",
// "localhost:0", "[::1]:80") binds only the loopback interface; an empty
// host (":8080") binds every interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// CheckAddr refuses a listen address that is not host:port or has no
// host, an empty name among hosts, and a server others reach without a
// token: an addr beyond the loopback interface, or a loopback one with
// hosts (the public names of a reverse proxy in front of it). Such a
// server needs tokens (a), or the TM would be open to anyone on the
// network.
//
// An addr without a host (":8080") listens on every interface, as
// "0.0.0.0:8080" does; it is what "$HOST:8080" is with HOST unset, so
// every interface must be named (0.0.0.0 or [::]). An empty name among
// hosts (--host "$NAME" with NAME unset) names no proxy: a request without
// a Host header (HTTP/1.0) matched it.
func CheckAddr(addr string, hosts []string, a Access) error {
	if strings.HasPrefix(addr, "unix:") || strings.HasPrefix(addr, "/") {
		return fmt.Errorf("--addr %q: a Unix socket is not supported: listen on 127.0.0.1:PORT, which a reverse proxy on this machine reaches (see --host)", addr)
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--addr %q: HOST:PORT is wanted, such as 127.0.0.1:8080", addr)
	}
	if n, err := strconv.Atoi(port); port != "" && (err != nil || n < 0 || n > 65535) {
		return fmt.Errorf("--addr %q: port %q: a number from 0 to 65535 is wanted (0: any free port)", addr, port)
	}
	if host == "" {
		return fmt.Errorf("--addr %q: no host: that listens on every interface; to do so on purpose give --addr 0.0.0.0:%s (with --token-file), for this machine only --addr 127.0.0.1:%s", addr, port, port)
	}
	if slices.ContainsFunc(hosts, func(h string) bool { return strings.TrimSpace(h) == "" }) {
		return errors.New("--host: an empty name: give the public name of the reverse proxy in front of this server, such as --host tm.example.org")
	}
	switch {
	case a.any():
	case !IsLoopback(addr):
		return fmt.Errorf("--addr %s listens beyond this machine: give --token-file, whose tokens every request will need (--read-token-file: tokens that only read)", addr)
	case len(hosts) > 0:
		return fmt.Errorf("--host %s: a reverse proxy takes the network's requests to this server: give --token-file, whose tokens every request will need (--read-token-file: tokens that only read)", hosts[0])
	}
	return nil
}

// Run serves the Server of opt on addr (Listen, then serve) until ctx is
// done, saying on Options.Log when it stops how many requests it waits
// for (and cancels), and when it has stopped. ready, if set, is called
// with the address listened on once connections are taken. A stop by ctx
// returns nil.
// On SIGHUP it reads the token files again (Server.ReloadTokens), saying
// what it did on Options.Log. It does not start on a TM whose database cuts its reads
// at the database's statement_timeout (an error wrapping
// tm.ErrStatementTimeout).
func Run(ctx context.Context, addr string, opt Options, ready func(net.Addr)) error {
	h, err := New(opt)
	if err != nil {
		return err
	}
	// One server a SQLite TM file (README): a second one's caches would
	// go stale under the first's writes (sqlite.HoldServe). PostgreSQL TMs
	// take many servers.
	if loc := opt.DB.Path(); !dial.IsURL(loc) {
		release, err := sqlite.HoldServe(loc, !opt.ReadOnly)
		if err != nil {
			return err
		}
		defer release()
	}
	// A database that cuts bitext's reads at its statement_timeout would
	// have every request answered 503: the server refuses to start, as the
	// commands refuse such a TM (exit 2), and its administrator reads why.
	// Anything else the check meets (a table locked now, a database
	// restarting) is what the health check reports once it listens.
	rctx, cancel := context.WithTimeout(ctx, HealthTimeout)
	err = opt.DB.Ready(rctx)
	cancel()
	if errors.Is(err, tm.ErrStatementTimeout) {
		return err
	}
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case <-hup:
				h.reloadTokens()
			case <-done:
				return
			}
		}
	}()
	ln, err := Listen(addr)
	if err != nil {
		return err
	}
	if err = serve(ctx, ln, h, ready, opt.Log); err == nil && opt.Log != nil {
		fmt.Fprintln(opt.Log, "bitext: stopped") // every request has ended; the caller closes the TM
	}
	return err
}

// ErrListen is wrapped by Listen's errors: the address cannot be listened
// on (a port another program has, an address not of this machine). It is
// bad input (textio.IsBadInput): the command's exit 2.
var ErrListen = textio.NewBadInput("--addr: cannot listen there")

// Listen listens on the TCP address addr; its errors wrap ErrListen,
// with a Hint of what to do for a port this user may not take, one
// another program has, and an address not of this machine.
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, listenError{fmt.Errorf("%w: %w", ErrListen, err)}
	}
	return ln, nil
}

// listenError is Listen's error, with its Hint.
type listenError struct{ error }

func (e listenError) Unwrap() error { return e.error }

// Hint says what to do about the address, or "".
func (e listenError) Hint() string {
	switch {
	case errors.Is(e.error, os.ErrPermission):
		return "a port under 1024 needs root (or CAP_NET_BIND_SERVICE): take one of 1024 or more, such as --addr 127.0.0.1:8080, with a reverse proxy on 80 or 443 (README, serve)"
	case errors.Is(e.error, syscall.EADDRINUSE):
		return "another program (or another bitext serve) listens on that port: stop it, or take another port (--addr 127.0.0.1:0 takes any free one)"
	case errors.Is(e.error, syscall.EADDRNOTAVAIL):
		return "the address is none of this machine's: 127.0.0.1 serves this machine only, 0.0.0.0 every network it is on"
	}
	return ""
}

// drainTimeout is DrainTimeout, shortened by tests; answerGrace bounds
// the wait for the requests cancelled after it to answer before their
// connections are closed, cutGrace the wait for their handlers after.
var (
	drainTimeout = DrainTimeout
	answerGrace  = 2 * time.Second
	cutGrace     = 10 * time.Second
)

// serve serves h on the listener ln, which it closes, until ctx is done;
// then it stops taking connections and waits up to DrainTimeout for the
// requests in flight (their contexts are not cancelled before). Requests
// still in flight after it are cancelled (their contexts end: an import
// stores nothing) and, once they have answered (or after 2 s), their
// connections closed; serve waits a little more for their handlers to
// return, so that the caller may close the TM after it. It says on log
// (if not nil) that it stops, how many requests it waits for, and how many
// it cancelled after the drain: the administrator who sent SIGTERM sees
// the stop begin and why it takes time.
func serve(ctx context.Context, ln net.Listener, h http.Handler, ready func(net.Addr), log io.Writer) error {
	if log == nil {
		log = io.Discard
	}
	reqCtx, cutRequests := context.WithCancelCause(context.Background())
	defer cutRequests(nil)
	var inFlight atomic.Int64
	ans := answering{active: map[net.Conn]bool{}}
	srv := &http.Server{
		ConnState: ans.track,
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			inFlight.Add(1)
			defer inFlight.Add(-1)
			h.ServeHTTP(w, r)
		}),
		BaseContext:       func(net.Listener) context.Context { return reqCtx },
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    connHeaderBytes,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(jsonErrors{ln}) }()
	if ready != nil {
		ready(ln.Addr())
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	if n := inFlight.Load(); n > 0 {
		fmt.Fprintf(log, "bitext: stopping: waiting for %s (up to %v); no new ones are taken\n", requests(n), drainTimeout)
	} else {
		fmt.Fprintln(log, "bitext: stopping: no request in flight; no new ones are taken")
	}
	sctx, cancel := context.WithTimeout(context.Background(), drainTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	// The drain took too long: a stop asked for must end (systemd kills
	// a service that does not stop), and a request cut here stores
	// nothing. Shutdown's "context deadline exceeded" was all the command
	// said, with exit 1 and the TM left open under the running handlers.
	fmt.Fprintf(log, "bitext: stopping: cancelled %s still running after %v (a cancelled request stores nothing)\n", requests(inFlight.Load()), drainTimeout)
	cutRequests(fmt.Errorf("%w: it cancelled this request, still running %v after the stop began", errStopping, drainTimeout))
	// The handlers cancelled answer (an import: 503, nothing stored)
	// before the connections close: closed at once, their clients read
	// an empty reply. One stuck on its connection (a body that does not
	// come) returns only when it is closed, after answerGrace. A handler
	// returns before net/http has written out what it answered: the
	// connections still answering are waited for too.
	for end := time.Now().Add(answerGrace); (inFlight.Load() > 0 || ans.count() > 0) && time.Now().Before(end); {
		time.Sleep(10 * time.Millisecond)
	}
	srv.Close()
	for end := time.Now().Add(cutGrace); inFlight.Load() > 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(end) {
			return fmt.Errorf("stop: %d requests still running %v after they were cancelled", inFlight.Load(), drainTimeout+cutGrace)
		}
	}
	return nil
}

// errStopping is the cause (context.Cause) of the requests that a stop
// cancelled after the drain: their clients are told that the server is
// stopping (stopMessage), not "context canceled".
var errStopping = errors.New("the server is stopping")

// stopMessage is msg, the message of an error of the request r, with
// "context canceled" said as what cancelled it when a stop did
// (errStopping): a client whose import a SIGTERM cut read "import
// big.tmx: context canceled; nothing from big.tmx was stored", which did
// not say that the server went away nor that it may try again.
func stopMessage(r *http.Request, msg string) string {
	cause := context.Cause(r.Context())
	if !errors.Is(cause, errStopping) {
		return msg
	}
	return strings.Replace(msg, context.Canceled.Error(), cause.Error()+"; send it again once the server is back", 1)
}

// answering tracks the connections whose request is not yet answered in
// full (http.ConnState: from active until idle, hijacked or closed, which
// net/http sets once the response is written out).
type answering struct {
	mu     sync.Mutex
	active map[net.Conn]bool
}

// track is the server's ConnState.
func (a *answering) track(c net.Conn, s http.ConnState) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if s == http.StateActive {
		a.active[c] = true
	} else {
		delete(a.active, c)
	}
}

// count returns how many connections are answering.
func (a *answering) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.active)
}

// requests is "1 request" or "N requests".
func requests(n int64) string {
	if n == 1 {
		return "1 request"
	}
	return strconv.FormatInt(n, 10) + " requests"
}
