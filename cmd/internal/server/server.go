// Package server is bitext's HTTP front end: the translation memory as
// a service and a review web page, over the same library calls as the
// bitext command (tm.DB, align, align/segment, normalize).
//
// # Routes
//
//   - /tmserver/...: Translate Toolkit's tmserver API, as the tmserver
//     clients of Weblate and Virtaal speak it (see tmserver.go).
//   - /api/v1/...: bitext's own JSON API; /api/v1/openapi.json describes
//     it.
//   - /: the review page (TM search, alignment review, names), embedded.
//
// # Safety
//
// A Server changes nothing on a bad request: every one is answered with a
// 4xx status and a JSON body {"error":"..."} worded as the command's
// messages are. Request bodies are limited (Options.MaxBody); no route
// takes a file path. With tokens (Options.Access) a request needs one,
// reads too, but on the open routes: 401 without, 403 with a read token on
// a write route (see "Who may read and write" in auth.go). Write routes
// (those that change the TM or the glossary) are refused in read-only
// mode (403) and from another origin (403): a browser's cross-site request
// (Sec-Fetch-Site, Origin) is refused, and a browser's same-origin write
// must carry the page's per-process CSRF token in the X-Bitext-CSRF
// header. With Options.LoopbackHosts the Host header must name the
// loopback interface (or one of Options.Hosts, a reverse proxy's public
// name), so that a page whose DNS name rebinds to 127.0.0.1 reaches
// nothing.
//
// A Server is safe for concurrent use; the DB serializes writes.
package server

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
)

// DefaultMaxImports bounds the file imports running at once when
// Options.MaxImports is 0: one import of a 28 MB TMX peaks at about 220 MB,
// and six at once on PostgreSQL took 815 MB (534 MB two at a time, all six
// done in 31 s instead of 23 on two cores); a SQLite TM writes one import
// at a time anyway.
const DefaultMaxImports = 2

// uploadsPerImport is how many uploads may be received or wait for their
// turn, per import that may run (Options.MaxImports): each is kept in a
// temporary file of up to MaxBody bytes while it does (8 x 32 MiB by
// default); further uploads wait, unread, for one of them to end.
const uploadsPerImport = 4

// DefaultRequestTimeout bounds a request when Options.RequestTimeout is
// 0 (--request-timeout): a lookup takes milliseconds, so one that waits
// 30 s waits on something else (a table another session has locked, a
// database server cut off by the network), and its client (Weblate, a
// load balancer) has given up already.
const DefaultRequestTimeout = 30 * time.Second

// DefaultMaxBody is the largest request body taken when Options.MaxBody is
// 0: a TMX upload of a few tens of thousands of units.
const DefaultMaxBody = 32 << 20

// Options say what a Server serves and how.
type Options struct {
	// DB is the translation memory served; it is needed. The Server does
	// not close it.
	DB *tm.DB
	// Glossary loads the user's glossary entries; nil means DB.Glossary.
	// Normalize, check and names use them over the default glossary.
	Glossary func(ctx context.Context) ([]normalize.Entry, error)
	// NoDefaultGlossary uses only the user's entries (as the command's
	// --no-default-glossary).
	NoDefaultGlossary bool
	// ReadOnly refuses every write route with 403.
	ReadOnly bool
	// Access holds the tokens requests need (see "Who may read and
	// write" in auth.go); empty, none does.
	Access Access
	// LoopbackHosts refuses requests whose Host header names anything but
	// the loopback interface (localhost, 127.0.0.1, [::1]).
	LoopbackHosts bool
	// Hosts are further names that the Host header may carry under
	// LoopbackHosts: the public name of a reverse proxy on this machine
	// that passes the Host header on (TLS in front of the server), such as
	// "tm.example.org". Without it the proxy's requests were refused
	// (421), or, with the Host rewritten to 127.0.0.1, the page's writes
	// were (their Origin names the public host).
	Hosts []string
	// MaxBody is the largest request body in bytes; 0 means DefaultMaxBody.
	MaxBody int64
	// Version is the bitext version the TMX exports name.
	Version string
	// RequestTimeout bounds a request's work: its context ends then,
	// what it waits for (the database: a lock, a server that went away)
	// gives up, and the answer is a JSON 503 saying so. 0 means
	// DefaultRequestTimeout. The bulk routes (Route.Bulk: imports,
	// exports, alignments) have BulkTimeout instead.
	RequestTimeout time.Duration
	// BulkTimeout bounds the work of a bulk route; 0 means WriteTimeout,
	// after which the answer could not be written anyway.
	BulkTimeout time.Duration
	// MaxImports is how many file imports (POST /api/v1/import, a
	// tmserver store upload) run at once; more wait their turn, until
	// their time limit. 0 means DefaultMaxImports. An import's upload is
	// received whole before it waits its turn, and uploadsPerImport times
	// as many uploads at most are received or waiting at once.
	MaxImports int
	// MaxExports is how many exports (GET /api/v1/export, a document's
	// export) are read from the TM at once; more wait their turn, up to
	// ExportWait, and are then refused (503, Retry-After). 0 means
	// DefaultMaxExports. On a store whose reads share a bounded pool of
	// connections (DB.MaxConns) it is lowered to leave one of them for
	// lookups and the health check, and Log says so.
	MaxExports int
	// ExportWait is how long an export waits for its turn; 0 means
	// DefaultExportWait.
	ExportWait time.Duration
	// TrustForwardedFor takes a request's client address from the last
	// address of its X-Forwarded-For header, which the reverse proxy in
	// front of the server appends (the address it took the request
	// from), for the limit on wrong tokens and the access log. Without a
	// proxy that sets it, a client could name any address.
	TrustForwardedFor bool
	// CORSOrigin is the one origin (scheme://host[:port], as a browser
	// sends it) of a browser application on another site that may call
	// the server (serve --cors-origin): its preflights (OPTIONS with
	// Access-Control-Request-Method) are answered with the
	// Access-Control-Allow-* headers, every answer to a request it sends
	// has Access-Control-Allow-Origin, and its writes pass the
	// cross-origin check. Its requests need a token as any other's when
	// the server has tokens. Empty, no CORS header is sent (the page is
	// same-origin) and OPTIONS is answered with Allow alone.
	CORSOrigin string
	// Log, if set, gets the server's messages other than the access log:
	// what a reload of the token files did (SIGHUP).
	Log io.Writer
	// AccessLog, if set, gets one line per request: time, client, method,
	// path, status, bytes and duration (see accessLog); never the query
	// string or the headers.
	AccessLog io.Writer
}

// Server is the HTTP handler of `bitext serve`.
type Server struct {
	opt    Options
	mux    *http.ServeMux
	csrf   string
	routes []Route
	log    *accessLog
	// imports holds a token per file import running (Options.MaxImports);
	// importsWaiting counts those waiting for one.
	imports        chan struct{}
	importsWaiting atomic.Int32
	// uploads holds a token per upload being received or waiting for its
	// turn (uploadsPerImport per import).
	uploads chan struct{}
	// exports holds a token per export being read from the TM
	// (Options.MaxExports, lowered to leave a connection of a small pool
	// free: exportsFor); exportWait is how long an export waits for one.
	exports    chan struct{}
	exportWait time.Duration
	// bodies bounds the request bodies held in memory (holdBody).
	bodies bodyBudget
	// roStore: read-only because the TM is (DB.ReadOnly), not --read-only.
	roStore bool
	// tokens are replaced by ReloadTokens.
	tokens atomic.Pointer[tokenHashes]
	wrong  *wrongTokens
	// glossaries are the user's glossary compiled for normalize and
	// check, kept while the entries each request reads stay the same.
	glossaries normalize.GlossaryCache
}

// Route is one registered route: its method and path pattern (as
// http.ServeMux reads them), whether it writes, whether it is open: it
// needs no token even when the server has tokens (the page, its files,
// the API description, the health check), and whether it is bulk: its
// work grows with what it is sent or what the TM holds (an import, an
// export, an alignment), and Options.BulkTimeout bounds it instead of
// Options.RequestTimeout.
type Route struct {
	Method, Path      string
	Write, Open, Bulk bool
}

// ErrOptions is wrapped by the errors of Options.Check: bad input (the
// command's exit 2).
var ErrOptions = textio.NewBadInput("serve")

// Check refuses options that cannot work for a server listening on addr:
// those CheckAddr refuses, a time limit below zero or above WriteTimeout
// (after which no answer can be written).
func (o Options) Check(addr string) error {
	if err := CheckAddr(addr, o.Hosts, o.Access); err != nil {
		return err
	}
	return o.checkLimits()
}

func (o Options) checkLimits() error {
	for _, l := range []struct {
		flag string
		d    time.Duration
	}{{"--request-timeout", o.RequestTimeout}, {"bulk time limit", o.BulkTimeout}} {
		if l.d < 0 || l.d > WriteTimeout {
			return fmt.Errorf("%w: %s %v: a duration up to %v is wanted, such as 30s or 2m (0: the default)", ErrOptions, l.flag, l.d, WriteTimeout)
		}
	}
	if o.MaxExports < 0 {
		return fmt.Errorf("%w: --max-exports %d: 1 or more exports at once are wanted", ErrOptions, o.MaxExports)
	}
	if o.ExportWait < 0 || o.ExportWait > WriteTimeout {
		return fmt.Errorf("%w: --export-wait %v: a duration up to %v is wanted, such as 30s or 2m", ErrOptions, o.ExportWait, WriteTimeout)
	}
	if o.CORSOrigin != "" && !isOrigin(o.CORSOrigin) {
		return fmt.Errorf("%w: --cors-origin %q: one origin is wanted, as a browser sends it in its Origin header: a scheme (http or https), a host and a port if not the scheme's, such as https://app.example.org or http://localhost:3000; no path, no *", ErrOptions, o.CORSOrigin)
	}
	if o.CORSOrigin != "" && len(o.Access.Tokens) == 0 && !o.ReadOnly {
		return fmt.Errorf("%w: --cors-origin %s without --token-file: %w", ErrOptions, o.CORSOrigin, ErrCORSOpenWrites)
	}
	return nil
}

// ErrCORSOpenWrites is wrapped by Options.Check's error for a CORSOrigin
// on a server whose writes need no token (no Access.Tokens) and that is
// not ReadOnly: every visitor's browser on that site could then write to
// the TM, delete units and import files, as a local client may, with no
// one's consent (a page of the site, or a script injected into it, needs
// nothing but the visitor's network path to the server; on a loopback
// server, any visitor on the server's machine). Writes from another
// site need a token (--token-file; --public-reads keeps reads open), or
// the server refuses every write (--read-only, a site that only looks up).
// Its Hint names the flags that fix it.
var ErrCORSOpenWrites error = corsOpenWrites{}

type corsOpenWrites struct{}

func (corsOpenWrites) Error() string {
	return "that site's pages could write to the TM with no token"
}

// Hint is the command line's hint (bitext: hint: ...).
func (corsOpenWrites) Hint() string {
	return "give --token-file (its writes then need a token; --public-reads keeps reads open), or --read-only for a site that only reads"
}

// isOrigin reports whether o is a web origin as browsers send it in an
// Origin header: http or https, a host and optionally a port, nothing
// else.
func isOrigin(o string) bool {
	u, err := url.Parse(o)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && u.Hostname() != "" &&
		u.Scheme+"://"+u.Host == o && !strings.ContainsAny(u.Host, "*/?#@")
}

// CheckExportFlags refuses the values of serve's --max-exports n and
// --export-wait wait that Options would read as the defaults (0) or
// refuse: an export needs a turn, and a wait of 0 would refuse every
// export that finds the others writing.
func CheckExportFlags(n int, wait time.Duration) error {
	if n < 1 {
		return fmt.Errorf("--max-exports %d: 1 or more exports at once are wanted (the default is %d)", n, DefaultMaxExports)
	}
	if wait <= 0 || wait > WriteTimeout {
		return fmt.Errorf("--export-wait %v: a duration above 0 and up to %v is wanted, such as 30s or 2m (the default is %v)", wait, WriteTimeout, DefaultExportWait)
	}
	return nil
}

// exportsFor is how many exports opt's server reads at once:
// opt.MaxExports, lowered when the TM's store shares a pool of
// connections (DB.MaxConns) that it would take whole, so that a lookup or
// the health check still gets one while exports are written (a pool of 2,
// pool_max_conns=2: 1 export at a time). The lowering is said once on
// opt.Log; a pool of 1 connection cannot be shared, and that is said too.
func exportsFor(opt Options) int {
	n, conns := opt.MaxExports, opt.DB.MaxConns()
	if conns <= 0 || n < conns {
		return n
	}
	keep := max(conns-1, 1)
	if opt.Log != nil {
		if conns == 1 {
			fmt.Fprintf(opt.Log, "bitext: the TM's pool has 1 connection (pool_max_conns=1): an export being written holds it, and lookups and the health check wait for it; with pool_max_conns=2 or more one is kept for them\n")
		} else {
			fmt.Fprintf(opt.Log, "bitext: the TM's pool has %d connections (pool_max_conns): at most %s written at once (not %d), one connection kept for lookups and the health check; raise pool_max_conns for more\n", conns, exportCount(keep), n)
		}
	}
	return keep
}

// New returns the Server of opt.
func New(opt Options) (*Server, error) {
	if opt.DB == nil {
		return nil, errors.New("server: no translation memory")
	}
	if opt.Glossary == nil {
		opt.Glossary = opt.DB.Glossary
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	if err := opt.checkLimits(); err != nil {
		return nil, err
	}
	if opt.RequestTimeout == 0 {
		opt.RequestTimeout = DefaultRequestTimeout
	}
	if opt.BulkTimeout == 0 {
		opt.BulkTimeout = WriteTimeout
	}
	if opt.MaxImports <= 0 {
		opt.MaxImports = DefaultMaxImports
	}
	if opt.MaxExports == 0 {
		opt.MaxExports = DefaultMaxExports
	}
	if opt.ExportWait == 0 {
		opt.ExportWait = DefaultExportWait
	}
	// A TM this user may read and not write is served read-only: the
	// page then offers no write, and a write is refused saying why
	// instead of reaching the store for SQLite's "readonly database".
	roStore := !opt.ReadOnly && opt.DB.ReadOnly()
	if roStore {
		opt.ReadOnly = true
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "bitext: %s can be read and not written by this user: serving it read-only (writes are refused; changes other programs make to it are seen after a restart)\n", opt.DB.Path())
		}
	}
	var b [16]byte
	rand.Read(b[:])
	s := &Server{opt: opt, mux: http.NewServeMux(), csrf: hex.EncodeToString(b[:]), imports: make(chan struct{}, opt.MaxImports), uploads: make(chan struct{}, uploadsPerImport*opt.MaxImports), exports: make(chan struct{}, exportsFor(opt)), exportWait: opt.ExportWait, wrong: newWrongTokens(), roStore: roStore}
	s.bodies.max = bodiesHeldPerMaxBody * opt.MaxBody
	h := hashTokens(opt.Access)
	s.tokens.Store(&h)
	if opt.AccessLog != nil {
		s.log = &accessLog{w: opt.AccessLog}
		if opt.TrustForwardedFor {
			s.log.client = s.client
		}
	}
	s.tmserverRoutes()
	s.apiRoutes()
	s.unitRoutes()
	s.pageRoutes()
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if allow := s.allowed(r); len(allow) > 0 {
			allow = append(allow, http.MethodOptions)
			slices.Sort(allow)
			w.Header().Set("Allow", strings.Join(allow, ", "))
			if r.Method == http.MethodOptions { // every route's, without a token: a preflight carries none
				s.preflight(w, r, allow)
				w.WriteHeader(http.StatusNoContent)
				return
			}
			writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s %s: method not allowed; this route takes %s", r.Method, r.URL.Path, strings.Join(allow, ", ")))
			return
		}
		writeError(w, http.StatusNotFound, fmt.Errorf("no route %s %s", r.Method, r.URL.Path))
	})
	return s, nil
}

// corsHeaders are the headers a request from Options.CORSOrigin may send
// beyond the simple ones, and those of the answers its script may read.
const (
	corsAllowHeaders  = "Authorization, Content-Type"
	corsExposeHeaders = "Content-Disposition, Retry-After, WWW-Authenticate, X-Bitext-Note"
)

// preflight adds to the answer to an OPTIONS request r for a path whose
// routes take the methods allow the headers of a CORS preflight, when r is
// one (it names a method, Access-Control-Request-Method) from
// Options.CORSOrigin (serve set Access-Control-Allow-Origin). Another
// origin's gets Allow alone, which a browser reads as a refusal.
func (s *Server) preflight(w http.ResponseWriter, r *http.Request, allow []string) {
	if !s.fromCORSOrigin(r) || r.Header.Get("Access-Control-Request-Method") == "" {
		return
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Methods", strings.Join(allow, ", "))
	h.Set("Access-Control-Allow-Headers", corsAllowHeaders)
	h.Set("Access-Control-Max-Age", "600")
}

// fromCORSOrigin reports whether r comes from Options.CORSOrigin.
func (s *Server) fromCORSOrigin(r *http.Request) bool {
	return s.opt.CORSOrigin != "" && strings.EqualFold(r.Header.Get("Origin"), s.opt.CORSOrigin)
}

// routeMethods are the methods routes are registered with (GET also
// takes HEAD).
var routeMethods = []string{"DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"}

// allowed are the methods that a route other than the catch-all takes
// for r's path, sorted: a request that reached the catch-all with one of
// them has the wrong method (405), without any the wrong path (404).
func (s *Server) allowed(r *http.Request) []string {
	var allow []string
	for _, m := range routeMethods {
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, pattern := s.mux.Handler(r2); pattern != "/" && pattern != "" {
			allow = append(allow, m)
		}
	}
	return allow
}

// Routes are the routes registered, in the order they were.
func (s *Server) Routes() []Route { return s.routes }

// ServeHTTP answers a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	r = withWho(r)
	if s.log != nil {
		s.log.wrap(w, r, s.serve)
		return
	}
	s.serve(w, r)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	defer answerPanic(w)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("X-Frame-Options", "DENY")
	if s.opt.CORSOrigin != "" {
		// Every answer to the CORS origin, an error too, is readable by
		// its script; the answer depends on Origin (caches).
		w.Header().Add("Vary", "Origin")
		if s.fromCORSOrigin(r) {
			w.Header().Set("Access-Control-Allow-Origin", s.opt.CORSOrigin)
			w.Header().Set("Access-Control-Expose-Headers", corsExposeHeaders)
		}
	}
	if n := headerBytes(r); n > MaxHeaderBytes {
		writeError(w, http.StatusRequestHeaderFieldsTooLarge, fmt.Errorf("request line and headers of %d bytes, over the limit of %d: send a long query in a POST body", n, MaxHeaderBytes))
		return
	}
	if s.opt.LoopbackHosts && !loopbackHost(r.Host) && !s.namedHost(r.Host) {
		writeError(w, http.StatusMisdirectedRequest, fmt.Errorf("host %q is not this server's: it answers on the loopback interface only (--host names a reverse proxy's)", r.Host))
		return
	}
	if msg := uncleanPath(r.URL.EscapedPath()); msg != "" {
		writeError(w, http.StatusBadRequest, errors.New(msg))
		return
	}
	j := &routerJSON{ResponseWriter: w}
	s.mux.ServeHTTP(j, r)
	j.finish(r)
}

// uncleanPath says what is wrong with the escaped path p if it has a "."
// or ".." segment or an empty one ("//"), which the router answered with
// a redirect to the cleaned path and an HTML body, else "". A "." inside a
// segment ("...") or an escaped "/" ("a%2F..") is text and passes.
func uncleanPath(p string) string {
	segs := strings.Split(p, "/")
	for i, seg := range segs {
		if i == 0 || i == len(segs)-1 && seg == "" {
			continue // the path's leading slash; a final one
		}
		if seg == "" || seg == "." || seg == ".." {
			return fmt.Sprintf("path %q: a \".\" or \"..\" segment or an empty one (\"//\") is not taken: no route has one (and no file is served by its path)", p)
		}
	}
	return ""
}

// routerJSON is the ResponseWriter the router answers through. What the
// router and http.FileServerFS (the page's files) answer themselves is
// made JSON, as the routes' errors are (writeError):
//
//   - the router's redirect (a path without a route's final slash, such
//     as /tmserver/languages) keeps its status and Location, with a JSON
//     body instead of the router's HTML;
//   - an error status written without a JSON Content-Type (the router's
//     405 to CONNECT, the file server's 416 to a Range beyond a file and
//     412 to an If-Match naming no version of it) is held back with its
//     text (at most maxHeldText bytes) and answered by finish as
//     {"error": "METHOD PATH: text"}, with the same status and the headers
//     set so far (Allow, Content-Range).
//
// The routes themselves never redirect, and write their errors as JSON.
type routerJSON struct {
	http.ResponseWriter
	redirected bool
	held       int // an error status held back for finish, else 0
	text       []byte
}

// maxHeldText bounds the text kept of an error held back: net/http's are
// a line.
const maxHeldText = 512

func (j *routerJSON) WriteHeader(status int) {
	switch {
	case j.redirected || j.held != 0:
		return // the router's or the file server's second word
	case status/100 == 3 && j.Header().Get("Location") != "":
		j.redirected = true
		writeError(j.ResponseWriter, status, fmt.Errorf("no route here: the route is %s (moved there)", j.Header().Get("Location")))
	case status >= 400 && !strings.HasPrefix(j.Header().Get("Content-Type"), "application/json"):
		j.held = status
	default:
		j.ResponseWriter.WriteHeader(status)
	}
}

func (j *routerJSON) Write(b []byte) (int, error) {
	switch {
	case j.redirected:
		return len(b), nil // the router's HTML
	case j.held != 0:
		j.text = append(j.text, b[:min(len(b), maxHeldText-len(j.text))]...)
		return len(b), nil
	}
	return j.ResponseWriter.Write(b)
}

// finish answers the error held back, if one was, once the router is done.
func (j *routerJSON) finish(r *http.Request) {
	if j.held == 0 {
		return
	}
	text := strings.TrimSpace(string(j.text))
	if text == "" {
		text = http.StatusText(j.held)
	}
	target := r.URL.Path
	if target == "" {
		target = r.RequestURI // a CONNECT's host:port
	}
	writeError(j.ResponseWriter, j.held, fmt.Errorf("%s %s: %s", r.Method, target, text))
}

// Unwrap lets http.ResponseController reach the connection (Flush).
func (j *routerJSON) Unwrap() http.ResponseWriter { return j.ResponseWriter }

// serverWriter is the writer under w's wrappers (those with Unwrap, as
// http.ResponseController reads them: routerJSON, the access log's
// statusRecorder), net/http's own in a server: the one MaxBytesReader tells
// that the limit was hit. Unwrapping routerJSON alone left the access
// log's (on in bitext serve) in the way.
func serverWriter(w http.ResponseWriter) http.ResponseWriter {
	for {
		u, ok := w.(interface{ Unwrap() http.ResponseWriter })
		if !ok {
			return w
		}
		w = u.Unwrap()
	}
}

// answerPanic, deferred, answers a request whose handler panicked with a
// JSON 500 (a client waiting for JSON got a dropped connection), sent at
// once, then panics again with the same value: the HTTP server logs it
// with its stack and closes the connection, as it does without this. If
// the handler had begun its answer, the 500 goes nowhere.
func answerPanic(w http.ResponseWriter) {
	v := recover()
	if v == nil {
		return
	}
	if v != http.ErrAbortHandler {
		writeError(w, http.StatusInternalServerError, fmt.Errorf("internal error: %v; the request may not have been completed", v))
		http.NewResponseController(w).Flush()
	}
	panic(v)
}

// headerBytes is about the size of r's request line and headers as sent.
func headerBytes(r *http.Request) int {
	n := len(r.Method) + len(r.RequestURI) + len(r.Proto) + len("  \r\nHost: \r\n\r\n") + len(r.Host)
	for k, vs := range r.Header {
		for _, v := range vs {
			n += len(k) + len(v) + len(": \r\n")
		}
	}
	return n
}

// queryError says what is wrong with the query string raw, which
// url.ParseQuery refused with err, and how to write it: a ';' or a '%'
// that starts no escape. It said to percent-encode ';' whatever was
// wrong ("invalid URL escape "%zz"; percent-encode ';' as %3B").
func queryError(raw string, err error) error {
	var esc url.EscapeError
	switch {
	case errors.As(err, &esc):
		return fmt.Errorf("query string: invalid escape %q: a '%%' starts an escape of two hexadecimal digits; write '%%' itself as %%25", string(esc))
	case strings.Contains(raw, ";"):
		return errors.New("query string: a ';' does not separate fields: separate them with '&', and percent-encode a ';' in a value as %3B")
	}
	return fmt.Errorf("query string: %v", err)
}

// handlerFunc is a route's handler: an error is answered as JSON (see
// writeErr), and only when nothing was written yet.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle registers h for method and path, a route that needs the access
// need. Requests pass the guards of the package documentation first; every
// route's body is limited, and its work to Options.RequestTimeout.
func (s *Server) handle(method, path string, need access, h handlerFunc) {
	s.register(Route{Method: method, Path: path, Write: need == writes, Open: need == open}, need, h)
}

// handleBulk is handle for a bulk route (see Route), whose work is limited
// to Options.BulkTimeout.
func (s *Server) handleBulk(method, path string, need access, h handlerFunc) {
	s.register(Route{Method: method, Path: path, Write: need == writes, Open: need == open, Bulk: true}, need, h)
}

// register adds rt to the server's routes (s.routes, which the index and
// the docs list) and serves it with h behind the guards every route
// passes, in order: access and the write guard, the query's shape
// (admit), the body's limit (limitBody), then h within the route's time
// limit (Options.RequestTimeout, or BulkTimeout for a bulk route), its
// error answered by handlerErr.
func (s *Server) register(rt Route, need access, h handlerFunc) {
	limit := s.opt.RequestTimeout
	if rt.Bulk {
		limit = s.opt.BulkTimeout
	}
	s.routes = append(s.routes, rt)
	s.mux.HandleFunc(rt.Method+" "+rt.Path, func(w http.ResponseWriter, r *http.Request) {
		if status, err := s.admit(w, r, rt, need); err != nil {
			writeError(w, status, err)
			return
		}
		release, ok := s.limitBody(w, r, rt, limit)
		if !ok {
			return
		}
		defer release()
		// net/http ends no handler: without a deadline a request stuck
		// on the database (a lost connection, a lock) waited for ever.
		// The store gives up when the context ends (PostgreSQL: the
		// statement is cancelled on the server too).
		parent := r.Context()
		ctx, cancel := context.WithTimeout(parent, limit)
		defer cancel()
		r = r.WithContext(ctx)
		if err := h(w, r); err != nil {
			s.handlerErr(w, r, parent, err, limit, rt.Bulk)
		}
	})
}

// admit checks a request to rt before its body is touched: the access
// need (authorize), the write guard for a write route (guardWrite), and
// a query string that parses, gives each parameter once and names only
// the route's parameters. It returns the status and error of the first
// check that fails.
func (s *Server) admit(w http.ResponseWriter, r *http.Request, rt Route, need access) (int, error) {
	if status, err := s.authorize(w, r, need); err != nil {
		return status, err
	}
	if rt.Write {
		if status, err := s.guardWrite(r); err != nil {
			return status, err
		}
	}
	// url.ParseQuery drops a pair with a raw ';' (no separator
	// since Go 1.17): the route would see the field missing.
	query, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return http.StatusBadRequest, queryError(r.URL.RawQuery, err)
	}
	// Every parameter takes one value: the routes read the first
	// and dropped the others without a word (?src=en&src=de looked
	// up English).
	if err := repeatedParam(query); err != nil {
		return http.StatusBadRequest, err
	}
	if err := unknownParam(query, rt.Method, rt.Path); err != nil {
		return http.StatusBadRequest, err
	}
	return 0, nil
}

// limitBody limits the body of a request to rt to Options.MaxBody and,
// but for an upload route, reads it before the handler runs (holdBody,
// within limit), returning the function that gives back what holding
// it took. A body over the limit, declared or read, is answered here
// (the body drained), and ok is false.
func (s *Server) limitBody(w http.ResponseWriter, r *http.Request, rt Route, limit time.Duration) (release func(), ok bool) {
	// A body declared over the limit is refused before it is read:
	// an import read, parsed and stored the whole limit first, then
	// rolled it back (a 33 MB upload took 81 s to be told so).
	if r.ContentLength > s.opt.MaxBody {
		var err error = &http.MaxBytesError{Limit: s.opt.MaxBody}
		if uploadRoute(rt.Method, rt.Path) {
			err = &bigUpload{err}
		}
		s.writeErr(w, r, err)
		drainBody(w, r, s.opt.MaxBody)
		return nil, false
	}
	// MaxBytesReader is given the server's own writer, not a
	// wrapper of it: through it, net/http learns that the limit was
	// hit and closes the connection behind the answer.
	r.Body = http.MaxBytesReader(serverWriter(w), r.Body, s.opt.MaxBody)
	if uploadRoute(rt.Method, rt.Path) {
		return func() {}, true
	}
	release, err := s.holdBody(serverWriter(w), r, limit)
	if err != nil {
		s.writeErr(w, r, err)
		drainBody(w, r, s.opt.MaxBody)
		return nil, false
	}
	return release, true
}

// handlerErr answers err, the error of the handler of the request r
// (parent: its context before the route's time limit): a time limit
// reached is said as such (timeLimitError). An answer already begun and
// cut short (cutShort) cannot be: the connection is closed behind it,
// which the client reads as an error, where a handler that returned
// ended the body as a whole one ends, and the log says why, unless the
// client went away.
func (s *Server) handlerErr(w http.ResponseWriter, r *http.Request, parent context.Context, err error, limit time.Duration, bulk bool) {
	ctx := r.Context()
	var cut *cutShort
	if errors.As(err, &cut) {
		if s.opt.Log != nil && (parent.Err() == nil || cut.late) {
			if errors.Is(ctx.Err(), context.DeadlineExceeded) || cut.late {
				err = fmt.Errorf("%w (the time limit of %v)", err, limit)
			}
			fmt.Fprintf(s.opt.Log, "bitext: %s: %v\n", r.Pattern, err)
		}
		panic(http.ErrAbortHandler)
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) && parent.Err() == nil {
		err = timeLimitError(r, limit, bulk)
	}
	s.writeErr(w, r, err)
}

// repeatedParam refuses a query parameter given more than once, naming
// the first such (in name order).
func repeatedParam(q url.Values) error {
	var names []string
	for name, vs := range q {
		if len(vs) > 1 {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	slices.Sort(names)
	return fmt.Errorf("query parameter %q given %d times: give it once", names[0], len(q[names[0]]))
}

// routeParams are the query parameters of an /api/v1 route, in the order
// openapi.json lists them, and those it requires.
type routeParams struct{ names, required []string }

// queryParams are the query parameters of each /api/v1 route ("GET
// /api/v1/export").
var queryParams = sync.OnceValue(func() map[string]routeParams {
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct {
				Name, In string
				Required bool
			}
		}
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		panic("openapi.json: " + err.Error()) // TestOpenAPI reads it
	}
	out := map[string]routeParams{}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			var rp routeParams
			for _, p := range op.Parameters {
				if p.In == "query" {
					rp.names = append(rp.names, p.Name)
					if p.Required {
						rp.required = append(rp.required, p.Name)
					}
				}
			}
			out[strings.ToUpper(method)+" "+path] = rp
		}
	}
	return out
})

// unknownParam refuses a query parameter that the /api/v1 route method
// path does not take, as openapi.json describes it: the routes read the
// ones they know and ignored the others, so ?since=DATE (a flag of tm
// export) exported the whole TM as if filtered. The routes openapi.json
// does not describe (tmserver's, the page's) take any. A request that
// lacks a parameter the route requires is left to the route, whose
// message names it (and the other route's parameter given instead:
// ?q= to the concordance).
func unknownParam(q url.Values, method, path string) error {
	rp, ok := queryParams()[method+" "+path]
	if !ok || slices.ContainsFunc(rp.required, func(name string) bool { return !q.Has(name) }) {
		return nil
	}
	var names []string
	for name := range q {
		if !slices.Contains(rp.names, name) {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	slices.Sort(names)
	if len(rp.names) == 0 {
		return fmt.Errorf("query parameter %q: %s %s takes none", names[0], method, path)
	}
	return fmt.Errorf("query parameter %q: not one %s %s takes (%s)", names[0], method, path, strings.Join(rp.names, ", "))
}

// drainBody sends the answer written so far, then reads and drops the
// body of r, which the route refused unread, when it is at most limit
// more than the limit: net/http closes the connection under a client
// that is still sending, and most clients (Python's, a browser's fetch)
// report that as a broken connection, not the 413 they were sent. A
// client that waits for "100 Continue" sends no body.
func drainBody(w http.ResponseWriter, r *http.Request, limit int64) {
	if r.ContentLength > 2*limit || strings.EqualFold(r.Header.Get("Expect"), "100-continue") {
		return
	}
	http.NewResponseController(w).Flush()
	io.Copy(io.Discard, io.LimitReader(r.Body, r.ContentLength))
}

// uploadRoute reports whether the route method path takes a TM file: the
// import and the PUT of a tmserver store (a POST of one takes a JSON list
// of units), the routes that read their body with importBody.
func uploadRoute(method, path string) bool {
	return method == http.MethodPost && strings.HasSuffix(path, "/import") ||
		method == http.MethodPut && strings.Contains(path, "/store/")
}

// timeLimitError is the 503 of a request cut at its time limit. Whatever
// the store said then (PostgreSQL: "timeout", "unavailable", "canceling
// statement") is left out: the database answers other requests, only not
// this one in time. It names the route's pattern, not the path, which may
// hold the text looked up.
func timeLimitError(r *http.Request, limit time.Duration, bulk bool) error {
	flag := "--request-timeout"
	if bulk {
		flag = "the limit of imports and exports"
	}
	return &retryLater{busyRetryAfter, fmt.Errorf("%s: no answer within the server's time limit of %v (%s): stopped, nothing was written; the translation memory may be locked by another session or its database slow to answer: try again later", r.Pattern, limit, flag)}
}

// busyRetryAfter is the Retry-After of a write that waited for the TM
// and gave up: cut at its time limit (timeLimitError) or refused by the
// store as busy (tm.ErrBusy, its lock held by another writer for the
// store's whole wait). Such a 503 said no Retry-After, where the server's
// other 503s of a wait (a body, an upload, an export) say 10 s: a client
// that retries on it (two browsers storing a review at once, one behind
// the other's import) had no time to go by.
const busyRetryAfter = 10 * time.Second

// guardWrite checks a write request (its token checked already):
// read-only mode, and the browser's origin and CSRF token.
func (s *Server) guardWrite(r *http.Request) (int, error) {
	if s.roStore {
		return http.StatusForbidden, errors.New("the translation memory is read-only for the server (its user may not write the file or its folder): nothing was written")
	}
	if s.opt.ReadOnly {
		return http.StatusForbidden, errors.New("the server is read-only (--read-only): nothing was written")
	}
	// A browser says where a request comes from (Sec-Fetch-Site, Origin);
	// other clients (Weblate, curl) send neither.
	site, origin := r.Header.Get("Sec-Fetch-Site"), r.Header.Get("Origin")
	if site == "" && origin == "" {
		return 0, nil
	}
	// The application of --cors-origin writes with its token (checked
	// before), not with the page's CSRF token.
	if s.fromCORSOrigin(r) {
		return 0, nil
	}
	if site != "" && site != "same-origin" || origin != "" && !sameOrigin(origin, r.Host) {
		return http.StatusForbidden, errors.New("cross-origin write refused")
	}
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Bitext-CSRF")), []byte(s.csrf)) != 1 {
		return http.StatusForbidden, errors.New("missing or stale CSRF token: reload the page")
	}
	return 0, nil
}

// sameOrigin reports whether the Origin header origin names host.
func sameOrigin(origin, host string) bool {
	rest, ok := strings.CutPrefix(origin, "http://")
	if !ok {
		rest, ok = strings.CutPrefix(origin, "https://")
	}
	return ok && strings.EqualFold(rest, host)
}

// namedHost reports whether the Host header host (its port aside) is one
// of Options.Hosts.
func (s *Server) namedHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	for _, name := range s.opt.Hosts {
		if strings.EqualFold(strings.Trim(host, "[]"), strings.Trim(name, "[]")) {
			return true
		}
	}
	return false
}

// loopbackHost reports whether the Host header host names the loopback
// interface.
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// errorBody is the JSON of every error answer.
type errorBody struct {
	Error string `json:"error"`
}

// httpError is an error with the status to answer it with.
type httpError struct {
	status int
	err    error
}

func (e *httpError) Error() string { return e.err.Error() }
func (e *httpError) Unwrap() error { return e.err }

// retryLater is a 503 whose answer says when to try again (Retry-After,
// in seconds), as the limit on wrong tokens does with its 429.
type retryLater struct {
	after time.Duration
	err   error
}

func (e *retryLater) Error() string { return e.err.Error() }
func (e *retryLater) Unwrap() error { return e.err }

// setRetryAfter sets the Retry-After header of w to d in whole seconds,
// rounded up (a client told 0 would try again at once), and returns them.
func setRetryAfter(w http.ResponseWriter, d time.Duration) int {
	secs := int((d + time.Second - 1) / time.Second)
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	return secs
}

// uploadsRetryAfter is the Retry-After of an upload refused because
// every upload slot is taken (cap(Server.uploads)).
const uploadsRetryAfter = 10 * time.Second

// DefaultMaxExports is how many exports are read from the TM at once
// (into their temporary files) when Options.MaxExports is 0
// (--max-exports): each holds a read, on PostgreSQL one of the pool's few
// connections (4 by default), for as long as it is written. Six at once
// on a TM of 200,000 units (3.3 s each) took the pool: a health 503 and a
// 6.5 s lookup (ops48). Two keep connections free for the other routes
// and, on two cores, write six about as fast.
const DefaultMaxExports = 2

// DefaultExportWait is how long an export waits for its turn (one of
// Options.MaxExports) before it is refused (503, exportsRetryAfter) when
// Options.ExportWait is 0 (--export-wait): a script that asks for several
// exports at once gets them all, in turn, without handling a 503 (a
// waiting export holds no connection); a pile of exports longer than that
// is told when to try again.
const DefaultExportWait = 30 * time.Second

// exportsRetryAfter is the Retry-After of an export refused because the
// exports being written (Options.MaxExports) did not end within
// Options.ExportWait.
const exportsRetryAfter = 10 * time.Second

// badRequest is a 400 error with a formatted message.
func badRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Errorf(format, args...)}
}

// writeErr answers err with its status (errStatus) and the message a
// client may read (publicMessage); an error of the server's side (5xx)
// goes whole to Options.Log, for its administrator.
func (s *Server) writeErr(w http.ResponseWriter, r *http.Request, err error) {
	status := errStatus(err)
	var later *retryLater
	switch {
	case errors.As(err, &later):
		setRetryAfter(w, later.after)
	case status == http.StatusServiceUnavailable && errors.Is(err, tm.ErrBusy):
		setRetryAfter(w, busyRetryAfter)
	}
	if status >= 500 && s.opt.Log != nil {
		// The route's pattern, not the path, which may hold the text
		// looked up (as the access log).
		fmt.Fprintf(s.opt.Log, "bitext: %s: %d: %v\n", r.Pattern, status, err)
	}
	writeError(w, status, errors.New(s.publicMessage(r, err)))
}

// publicMessage is err's message as a client is told it. A database that
// cannot be reached is said so, without the driver's words: they name
// the database's user, host and port (and the network's addresses), which
// tell any token holder about the machines behind the server. Elsewhere
// the TM's location is its name (tmName), as GET /api/v1/stats shows it.
func (s *Server) publicMessage(r *http.Request, err error) string {
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		msg := fmt.Sprintf("request body over %d bytes: nothing was stored", mbe.Limit)
		var big *bigUpload
		if errors.As(err, &big) {
			msg += "; a TM file is read gzip'd too (gzip -k FILE, then send FILE.gz), or import it with bitext tm import"
		}
		return msg
	case errors.Is(err, tm.ErrUnavailable):
		msg := fmt.Sprintf("%s: %v: try again later (the server's log says why)", r.Pattern, tm.ErrUnavailable)
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			msg += "; nothing of this request was stored"
		}
		return msg
	}
	msg := stopMessage(r, err.Error())
	if loc := s.opt.DB.Path(); loc != "" {
		msg = strings.ReplaceAll(msg, loc, tmName(loc))
	}
	return msg
}

// errStatus is the status that answers err: an httpError's, 413 for a
// body over the limit, 400 for the libraries' bad-input errors, 403 for a
// TM that cannot be written, 507 for a write that found the disk full,
// 503 when it is busy or unreachable (a
// database restarting, a TM file deleted or replaced under the server, a
// PostgreSQL TM's tables dropped under it) or
// the request was cancelled, else 500.
func errStatus(err error) int {
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		return he.status
	case errors.As(err, new(*retryLater)):
		return http.StatusServiceUnavailable
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, tm.ErrUnavailable), errors.Is(err, tm.ErrMoved), errors.Is(err, tm.ErrTablesGone):
		return http.StatusServiceUnavailable
	case errors.Is(err, tm.ErrDiskFull): // a person must make room; reads go on
		return http.StatusInsufficientStorage
	// Before isBadInput, which these TM errors also are.
	case errors.Is(err, tm.ErrCorrupt): // the server's TM, not the request
		return http.StatusInternalServerError
	case errors.Is(err, tm.ErrReadOnly):
		return http.StatusForbidden
	case isBadInput(err):
		return http.StatusBadRequest
	case errors.Is(err, tm.ErrBusy), errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// writeError answers status with {"error": err's message}.
func writeError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, errorBody{err.Error()})
}

// writeJSON answers status with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
