package server

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"time"
)

// Request bodies held in memory.
//
// A route that takes JSON reads its body whole (decodeJSON), and its work
// takes many times the body's size: a 30 MB text sent to POST
// /api/v1/segment took the server to 550 MB, four at once to 1.75 GB,
// and nothing bounded how many were held at once (uploads, spooled to
// disk, have their slots). A body's first freeBodyBytes are free; the
// bytes beyond them are taken from the server's budget of
// bodiesHeldPerMaxBody x Options.MaxBody while the request runs, and a
// body that finds the budget spent is answered 503 with Retry-After, at
// once when its Content-Length says so. Ordinary requests (a lookup, an
// edit, a page of a few KB) never wait for the budget.
const (
	freeBodyBytes        = 1 << 20
	bodiesHeldPerMaxBody = 2
	bodiesRetryAfter     = 10 * time.Second
)

// bodyBudget is the bytes of request bodies beyond freeBodyBytes held at
// once, up to max. It is safe for concurrent use.
type bodyBudget struct {
	mu        sync.Mutex
	held, max int64
}

// take reserves n bytes, and reports whether they were free.
func (b *bodyBudget) take(n int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.held+n > b.max {
		return false
	}
	b.held += n
	return true
}

// give frees n bytes taken.
func (b *bodyBudget) give(n int64) {
	b.mu.Lock()
	b.held -= n
	b.mu.Unlock()
}

// heldBody is a request body whose bytes beyond freeBodyBytes are taken
// from the server's budget as they are read, and that is read within
// the route's time limit (see readWithin).
type heldBody struct {
	io.ReadCloser
	budget *bodyBudget
	// read is the bytes read; taken those taken from the budget.
	read, taken int64
	// w, when not nil, is the writer whose read deadline was set for
	// the body (readWithin), and limit the time it was given.
	w     http.ResponseWriter
	limit time.Duration
	err   error
}

func (b *heldBody) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	n, err := b.ReadCloser.Read(p)
	b.read += int64(n)
	if need := b.read - freeBodyBytes - b.taken; need > 0 {
		if !b.budget.take(need) {
			b.err = bodiesFull(b.budget.max)
			return 0, b.err
		}
		b.taken += need
	}
	switch {
	case err == nil:
	case errors.Is(err, os.ErrDeadlineExceeded) && b.w != nil:
		b.err = &httpError{http.StatusRequestTimeout, fmt.Errorf("request body: not received whole within %v, the time limit of this route: nothing was stored; send the whole body within that time", b.limit)}
		return n, b.err
	case b.w != nil:
		// The body is read (io.EOF) or cut: the deadline was for it
		// alone, and net/http's own read for the connection's end
		// must not meet it while the handler works.
		http.NewResponseController(b.w).SetReadDeadline(time.Time{})
		b.w = nil
	}
	return n, err
}

// release gives back what the body took from the budget.
func (b *heldBody) release() {
	b.budget.give(b.taken)
	b.taken = 0
}

// bodiesFull is the 503 of a body that found the budget spent.
func bodiesFull(budget int64) error {
	return &retryLater{bodiesRetryAfter, fmt.Errorf("request body: the server holds %d MiB of large request bodies already, its most at once: try again in %d s; nothing was stored", budget>>20, int(bodiesRetryAfter/time.Second))}
}

// holdBody puts r's body, for a route that is not an upload (those are
// spooled to disk and have their slots), under the budget, and with
// limit, the route's time limit, when it is shorter than ReadTimeout:
// within limit, or 408 (a chunked body that never ends waited for
// ReadTimeout, 5 minutes, though the route's work is cut at limit). It
// returns the function that frees what the body took, or an error when
// its Content-Length alone is over what the budget has free.
func (s *Server) holdBody(w http.ResponseWriter, r *http.Request, limit time.Duration) (func(), error) {
	// No body: net/http reads on at once for the connection's end (the
	// request's context), and a deadline left would cut it.
	if r.ContentLength == 0 || r.Body == nil || r.Body == http.NoBody {
		return func() {}, nil
	}
	b := &heldBody{ReadCloser: r.Body, budget: &s.bodies}
	if n := r.ContentLength - freeBodyBytes; n > 0 {
		if !s.bodies.take(n) {
			return nil, bodiesFull(s.bodies.max)
		}
		b.taken = n
	}
	if limit < ReadTimeout && http.NewResponseController(w).SetReadDeadline(time.Now().Add(limit)) == nil {
		b.w, b.limit = w, limit
	}
	r.Body = b
	return b.release, nil
}
