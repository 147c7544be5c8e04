package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// accessLog writes one line per request to w (Options.AccessLog):
//
//	2026-12-03T19:10:00.123Z 127.0.0.1:40312 GET /api/v1/stats 200 187 1.2ms
//
// the time the request came (UTC), the client's address, the method, the
// path as sent (escaped: no control character reaches the log), the
// status, the bytes of the answer's body and the time taken, then, for a
// request let in by a token that its file names ("TOKEN anna"), "by anna". The
// translators' texts are left out: the query string, and the text of a
// tmserver .../unit/TEXT (logged as .../unit/...); so are the headers (the
// token). A 4xx answer's line ends with its cause, error="...": the JSON
// error's message shortened (causeOf), so that an IT team sees why a
// client was refused without asking the client; 5xx causes go to the
// server's log in full.
type accessLog struct {
	mu sync.Mutex
	w  io.Writer
	// client, if set, names the client instead of the connection's
	// address (Options.TrustForwardedFor).
	client func(*http.Request) string
}

func (l *accessLog) wrap(w http.ResponseWriter, r *http.Request, serve func(http.ResponseWriter, *http.Request)) {
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w}
	defer func() {
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		path := r.URL.EscapedPath()
		if i := strings.Index(path, "/unit/"); i >= 0 && strings.HasSuffix(r.Pattern, "/unit/{text...}") {
			path = path[:i] + "/unit/..."
		}
		client := r.RemoteAddr
		if l.client != nil {
			client = l.client(r)
		}
		by := ""
		if name := who(r); name != "" {
			by = " by " + name
		}
		cause := ""
		if rec.status >= 400 && rec.status < 500 {
			if c := causeOf(rec.Header().Get("Content-Type"), rec.errBody); c != "" {
				cause = fmt.Sprintf(" error=%q", c)
			}
		}
		line := fmt.Sprintf("%s %s %s %s %d %d %.1fms%s%s\n", start.UTC().Format("2006-01-02T15:04:05.000Z"), client,
			r.Method, path, rec.status, rec.bytes, float64(time.Since(start))/float64(time.Millisecond), by, cause)
		l.mu.Lock()
		defer l.mu.Unlock()
		io.WriteString(l.w, line)
	}()
	serve(rec, r)
}

// whoKey is the key of the request's context under which withWho puts
// where setWho writes.
type whoKey struct{}

// withWho is r with a place for setWho.
func withWho(r *http.Request) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), whoKey{}, new(atomic.Pointer[string])))
}

// setWho says the name of the token that let r in, for the access log
// and as whoever an edit of r is by.
func setWho(r *http.Request, name string) {
	if p, ok := r.Context().Value(whoKey{}).(*atomic.Pointer[string]); ok {
		p.Store(&name)
	}
}

// who is the name setWho gave r's token, "" if none.
func who(r *http.Request) string { return whoIn(r.Context()) }

// whoIn is who of the request whose context ctx is or comes from.
func whoIn(ctx context.Context) string {
	if p, ok := ctx.Value(whoKey{}).(*atomic.Pointer[string]); ok {
		if name := p.Load(); name != nil {
			return *name
		}
	}
	return ""
}

// causeMax is the most runes of a cause on an access log line; a
// message longer is cut there, "..." marking the cut. The start of an
// error says what was refused and why; its hint and detail follow.
const causeMax = 160

// causeQuoteMax is the longest quoted text a cause keeps: a longer one
// ("..." or Go's %q) is the client's text (a segment, a term) more likely
// than a language code or a field's name, and is written "…".
const causeQuoteMax = 24

// errBodyMax is the most bytes of a 4xx answer's body statusRecorder
// keeps for causeOf: every JSON error of the server is shorter.
const errBodyMax = 4096

var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// causeOf is the cause of a 4xx answer for the access log: the message of
// its JSON error (body, of Content-Type ct) on one line, its long quoted
// texts left out, cut to causeMax runes; "" if the answer is no JSON
// error (a page's, or a body over errBodyMax). The message never holds a
// token (no error repeats one) and the request's body only as quoted text.
func causeOf(ct string, body []byte) string {
	if len(body) == 0 || !strings.HasPrefix(ct, "application/json") {
		return ""
	}
	var e errorBody
	if json.Unmarshal(body, &e) != nil || e.Error == "" {
		return ""
	}
	msg := quoted.ReplaceAllStringFunc(strings.Join(strings.Fields(e.Error), " "), func(q string) string {
		if len(q) > causeQuoteMax+2 {
			return `"…"`
		}
		return q
	})
	if utf8.RuneCountInString(msg) > causeMax {
		msg = string([]rune(msg)[:causeMax]) + "..."
	}
	return msg
}

// statusRecorder notes the status and body size of an answer, and the
// start of a 4xx answer's body (causeOf).
type statusRecorder struct {
	http.ResponseWriter
	status  int
	bytes   int64
	errBody []byte
}

func (r *statusRecorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	if r.status >= 400 && r.status < 500 && len(r.errBody) < errBodyMax+1 {
		r.errBody = append(r.errBody, b[:min(n, errBodyMax+1-len(r.errBody))]...)
	}
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
