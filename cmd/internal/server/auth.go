package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"runtime"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/textio"
)

// Who may read and write
//
// A server without tokens (Access is empty: a loopback --addr without
// --token-file) lets every request in, as the command always did on the
// loopback interface. Once it has tokens, every route needs one but the
// open routes (the page and its two files, GET /api/v1/openapi.json, GET
// /api/v1/health), which hold nothing of the TM: a read route needs a
// token of Access.ReadTokens or Access.Tokens, a write route one of
// Access.Tokens. Access.PublicReads lets reads in without a token, as
// before this rule.
//
// A token travels as "Authorization: Bearer TOKEN", or as the password of
// Basic authentication, the user name being ignored: the only way for a
// client that takes a URL and nothing else. Weblate's tmserver machinery
// has a URL setting only (URLMachineryForm) and sends no credentials of
// its own, but Python's requests and httpx turn a URL's user:password@
// into Basic authentication, so that the URL
// https://weblate:TOKEN@tm.example.org/tmserver/ gives Weblate a read
// token. Translate Toolkit's tmserver and amaGama know no authentication.
// A 401 challenges Bearer only: a browser would prompt for Basic and then
// send it by itself, to every page that links here.

// access is what a route needs of a request's token.
type access int

const (
	open   access = iota // nothing: holds nothing of the TM
	reads                // a read or write token
	writes               // a write token
)

// Access says which tokens `bitext serve` takes (LoadAccess reads them
// from the files of --token-file and --read-token-file).
type Access struct {
	// Tokens may read and write (--token-file).
	Tokens []string
	// ReadTokens may only read (--read-token-file): lookups for
	// translators, Weblate's suggestions.
	ReadTokens []string
	// PublicReads lets reads in without a token; only writes need one
	// (--public-reads: the rule before reads needed a token).
	PublicReads bool

	// names are the names that token file lines give after their tokens
	// ("TOKEN anna"): the access log and the edits of that token's
	// requests say them.
	names map[string]string

	// The arguments of LoadAccess, which Server.ReloadTokens gives it
	// again.
	tokenFile, readTokenFile string
	readOnly                 bool
}

// any reports whether a has a token.
func (a Access) any() bool { return len(a.Tokens)+len(a.ReadTokens) > 0 }

// minToken is the shortest token taken: 16 characters of a random token
// (openssl rand -hex 16 gives 32) are beyond guessing over HTTP.
const minToken = 16

// LoadAccess reads the tokens of the files tokenFile (read and write) and
// readTokenFile (read only); "" is no file. A token file has one token a
// line, of at least 16 characters without spaces, which a name of its
// holder may follow after a space ("TOKEN anna": the access log and the
// edits of that token's requests name anna); blank lines and lines
// starting with # are skipped. A file that other users of the machine may
// open (group or other permission bits, as ssh refuses a key file) is
// refused: chmod 600 it. So are flags that contradict each other: read
// tokens without write tokens (unless readOnly: every write is refused
// anyway), and publicReads with read tokens or without tokens.
func LoadAccess(tokenFile, readTokenFile string, publicReads, readOnly bool) (Access, error) {
	a := Access{PublicReads: publicReads, tokenFile: tokenFile, readTokenFile: readTokenFile, readOnly: readOnly, names: map[string]string{}}
	var err error
	if a.Tokens, err = loadTokens("--token-file", tokenFile, a.names); err != nil {
		return a, err
	}
	if a.ReadTokens, err = loadTokens("--read-token-file", readTokenFile, a.names); err != nil {
		return a, err
	}
	switch {
	case len(a.ReadTokens) > 0 && len(a.Tokens) == 0 && !readOnly:
		return a, errors.New("--read-token-file without --token-file: no token could write; give --token-file for writers, or --read-only")
	case publicReads && len(a.ReadTokens) > 0:
		return a, errors.New("--public-reads and --read-token-file: with public reads a read token gives nothing; give one of them")
	case publicReads && !a.any():
		return a, errors.New("--public-reads without --token-file: without tokens reads need none anyway")
	}
	for _, r := range a.ReadTokens {
		for _, w := range a.Tokens {
			if r == w {
				return a, fmt.Errorf("--read-token-file %s: a token is also in --token-file %s: a token reads only or writes too, not both", readTokenFile, tokenFile)
			}
		}
	}
	return a, nil
}

// maxTokenFile bounds the size of a file of tokens: ten thousand tokens
// of 64 characters are 650 KiB.
const maxTokenFile = 1 << 20

// maxTokenName bounds a token's name (a person's or a program's).
const maxTokenName = 64

// loadTokens reads the tokens of the file name for the flag flag, and
// puts the names that lines give after their tokens in names.
func loadTokens(flag, name string, names map[string]string) ([]string, error) {
	if name == "" {
		return nil, nil
	}
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) { // a new server's: say how to make one
		return nil, fmt.Errorf("%s: open %s: no such file; make one, a token a line: openssl rand -hex 16 > %[2]s && chmod 600 %[2]s", flag, name)
	} else if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	} else if fi.IsDir() {
		return nil, fmt.Errorf("%s: read %s: is a directory", flag, name)
	} else if perm := fi.Mode().Perm(); fi.Mode().IsRegular() && perm&0o077 != 0 && runtime.GOOS != "windows" {
		return nil, fmt.Errorf("%s %s: permissions %04o let other users of this machine read the tokens: chmod 600 %s (only the user bitext runs as may read it)", flag, name, perm, name)
	}
	// Read from f, bounded: /dev/zero or /dev/urandom given as the file
	// was read (os.ReadFile) until the runtime ran out of memory.
	// Read as text (textio.NewReader): a file saved as UTF-16 or with a
	// NUL byte gave tokens with NUL bytes, which no client sends.
	b, err := io.ReadAll(io.LimitReader(textio.NewReader(f, name), maxTokenFile+1))
	if err != nil { // the reader's errors name the file and line ("read F: line 1: NUL byte")
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	if len(b) > maxTokenFile {
		return nil, fmt.Errorf("%s %s: more than %d MiB: not a file of tokens (one token a line)", flag, name, maxTokenFile>>20)
	}
	var toks []string
	// A byte order mark (Windows Notepad writes one) is no part of the
	// first token: with it, that token was refused.
	for i, line := range strings.Split(strings.TrimPrefix(string(b), "\uFEFF"), "\n") {
		tok := strings.TrimSpace(line)
		if tok == "" || strings.HasPrefix(tok, "#") {
			continue
		}
		who, named := "", false
		if i := strings.IndexFunc(tok, unicode.IsSpace); i >= 0 {
			tok, who, named = tok[:i], strings.TrimSpace(tok[i:]), true
		}
		if len(tok) < minToken {
			return nil, fmt.Errorf("%s %s: line %d: a token of at least %d characters without spaces is wanted (one token a line, then a name if you like: TOKEN anna)", flag, name, i+1, minToken)
		}
		if named {
			if strings.ContainsFunc(who, unicode.IsSpace) || len(who) > maxTokenName || strings.ContainsFunc(who, func(r rune) bool { return !unicode.IsGraphic(r) }) || !utf8.ValidString(who) {
				return nil, fmt.Errorf("%s %s: line %d: the name after the token: one word of at most %d bytes is wanted (TOKEN anna), with no space or control character", flag, name, i+1, maxTokenName)
			}
			names[tok] = who
		}
		toks = append(toks, tok)
	}
	if len(toks) == 0 {
		return nil, fmt.Errorf("%s %s: no token in the file: a token of at least %d characters without spaces is wanted (one token a line)", flag, name, minToken)
	}
	return toks, nil
}

// tokenHashes are the SHA-256 sums of a server's tokens: a request's token
// is compared with every one of them, as a hash, so that the time taken
// tells neither which token is near nor how long one is. names are the
// tokens' names (Access.names), by their sums.
type tokenHashes struct {
	write, read [][sha256.Size]byte
	names       map[[sha256.Size]byte]string
}

func hashTokens(a Access) tokenHashes {
	h := tokenHashes{names: map[[sha256.Size]byte]string{}}
	for _, t := range a.Tokens {
		h.write = append(h.write, sha256.Sum256([]byte(t)))
	}
	for _, t := range a.ReadTokens {
		h.read = append(h.read, sha256.Sum256([]byte(t)))
	}
	for t, who := range a.names {
		h.names[sha256.Sum256([]byte(t))] = who
	}
	return h
}

// name is the name the token file gives tok, "" if none.
func (h tokenHashes) name(tok string) string {
	return h.names[sha256.Sum256([]byte(tok))]
}

// match says whether tok is a write token, a read token, or neither
// (open).
func (h tokenHashes) match(tok string) access {
	sum := sha256.Sum256([]byte(tok))
	w, r := 0, 0
	for i := range h.write {
		w |= subtle.ConstantTimeCompare(sum[:], h.write[i][:])
	}
	for i := range h.read {
		r |= subtle.ConstantTimeCompare(sum[:], h.read[i][:])
	}
	switch {
	case w == 1:
		return writes
	case r == 1:
		return reads
	}
	return open
}

// requestToken is the token r carries: Bearer, or a Basic password; ok is
// false without an Authorization header of either scheme (the scheme is
// case-insensitive, RFC 9110).
func requestToken(r *http.Request) (tok string, ok bool) {
	scheme, cred, found := strings.Cut(r.Header.Get("Authorization"), " ")
	switch {
	case !found:
		return "", false
	case strings.EqualFold(scheme, "Bearer"):
		return strings.TrimSpace(cred), true
	case strings.EqualFold(scheme, "Basic"):
		b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(cred))
		if err != nil {
			return "", false
		}
		_, pass, found := strings.Cut(string(b), ":")
		return pass, found
	}
	return "", false
}

// mayRead reports whether r may read the TM: the server has no token,
// lets reads in without one, or r carries one of its tokens. A wrong
// token counts as on any route (the open health check would otherwise
// tell a guesser, while the database is down, which token is right), and
// an address that sent too many may not read.
func (s *Server) mayRead(r *http.Request) bool {
	if !s.opt.Access.any() || s.opt.Access.PublicReads {
		return true
	}
	tok, ok := requestToken(r)
	if !ok {
		return false
	}
	client := s.client(r)
	if s.wrong.wait(client) > 0 {
		return false
	}
	if s.tokens.Load().match(tok) == open {
		s.wrong.failed(client)
		return false
	}
	return true
}

// authorize checks r's token against what its route needs (see "Who may
// read and write" above): 401 without a token or with one the server does
// not have, 403 with a read token on a write route.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request, need access) (int, error) {
	if need == open || !s.opt.Access.any() || need == reads && s.opt.Access.PublicReads {
		return 0, nil
	}
	what, which := "reads the translation memory", "a token of --read-token-file or --token-file"
	if need == writes {
		what, which = "writes", "a token of --token-file"
	}
	// The route's pattern, not its path: a tmserver path holds the text
	// looked up, which a client may log with the error.
	route := r.Pattern
	// An address that sent too many wrong tokens waits, whatever it sends
	// now: a right token let in would tell a guesser it found one.
	client := s.client(r)
	if wait := s.wrong.wait(client); wait > 0 {
		secs := setRetryAfter(w, wait)
		return http.StatusTooManyRequests, fmt.Errorf("%s: too many wrong tokens from %s: try again in %d s (at most %d wrong tokens, then one a minute)", route, client, secs, maxWrongTokens)
	}
	tok, ok := requestToken(r)
	if !ok {
		w.Header().Set("WWW-Authenticate", `Bearer realm="bitext"`)
		return http.StatusUnauthorized, fmt.Errorf("%s %s: it needs the header Authorization: Bearer TOKEN, with %s (a client that takes only a URL: https://user:TOKEN@host/...)", route, what, which)
	}
	hashes := s.tokens.Load()
	got := hashes.match(tok)
	if got != open {
		setWho(r, hashes.name(tok))
	}
	switch {
	case got == open:
		s.wrong.failed(client)
		w.Header().Set("WWW-Authenticate", `Bearer realm="bitext", error="invalid_token"`)
		return http.StatusUnauthorized, fmt.Errorf("%s %s: the token sent is not one of this server's; it needs %s", route, what, which)
	case need == writes && got == reads:
		return http.StatusForbidden, fmt.Errorf("%s writes: the token sent reads only (--read-token-file); writing needs a token of --token-file", route)
	}
	return 0, nil
}

// ReloadTokens reads the token files of Options.Access again (the command
// does on SIGHUP): a token added to a file is taken, one removed refused,
// without a restart. A file that cannot be read or that LoadAccess refuses
// (loose permissions, a token too short, a token in both files) keeps the
// tokens in use, and the error says why. It returns how many tokens write
// and read now.
func (s *Server) ReloadTokens() (write, read int, err error) {
	a := s.opt.Access
	if a.tokenFile == "" && a.readTokenFile == "" {
		return 0, 0, errors.New("the server has no token file to read again")
	}
	b, err := LoadAccess(a.tokenFile, a.readTokenFile, a.PublicReads, a.readOnly)
	if err != nil {
		return 0, 0, err
	}
	h := hashTokens(b)
	s.tokens.Store(&h)
	return len(b.Tokens), len(b.ReadTokens), nil
}

// reloadTokens is ReloadTokens saying what it did on Options.Log.
func (s *Server) reloadTokens() {
	w, r, err := s.ReloadTokens()
	if s.opt.Log == nil {
		return
	}
	if err != nil {
		fmt.Fprintf(s.opt.Log, "bitext: SIGHUP: the token files were not read again, the tokens in use are kept: %v\n", err)
		return
	}
	fmt.Fprintf(s.opt.Log, "bitext: SIGHUP: read the token files again: %s, %s\n", textio.Count(w, "write token", "write tokens"), textio.Count(r, "read token", "read tokens"))
}
