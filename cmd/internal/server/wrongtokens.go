package server

import (
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Wrong tokens
//
// A client address may send maxWrongTokens wrong tokens; after that it
// gets one more a minute (wrongTokenRefill), and a request of it that
// needs a token is answered 429 with Retry-After until then, whatever
// token it carries: a right one let through would tell a guesser it had
// found one. A right token from another address is let in as ever. A
// request without a token counts for nothing (it guesses nothing), nor
// does one on an open route.
//
// The address is the connection's (IPv6: its /64, which one machine
// commonly holds whole), or with Options.TrustForwardedFor the last one of
// the X-Forwarded-For header that the reverse proxy in front appends.
// Behind a proxy without that flag, every client has the proxy's address:
// one guesser would make everyone wait.
const (
	maxWrongTokens   = 10
	wrongTokenRefill = time.Minute
	// maxTrackedAddrs bounds the addresses remembered. When the table is
	// full of addresses still waiting (many addresses guessing at once),
	// a new address is not tracked: a flood of addresses must not lock
	// everyone out, and a token of 16 random characters or more is beyond
	// guessing anyway; the limit keeps logs and databases of guesses
	// small.
	maxTrackedAddrs = 10000
)

// wrongTokens counts each client address's wrong tokens: a bucket of
// maxWrongTokens that a wrong token empties by one and that fills again by
// one every wrongTokenRefill.
type wrongTokens struct {
	mu        sync.Mutex
	now       func() time.Time // time.Now; tests set their own clock
	addrs     map[string]*tokenBucket
	lastPrune time.Time
}

type tokenBucket struct {
	left float64 // wrong tokens the address may still send
	at   time.Time
}

func newWrongTokens() *wrongTokens {
	return &wrongTokens{now: time.Now, addrs: map[string]*tokenBucket{}}
}

// fill brings b's count to now; it reports whether b is full again.
func (b *tokenBucket) fill(now time.Time) bool {
	b.left += float64(now.Sub(b.at)) / float64(wrongTokenRefill)
	b.at = now
	if b.left >= maxWrongTokens {
		b.left = maxWrongTokens
		return true
	}
	return false
}

// wait is how long addr must wait before it may send a token again; 0:
// it may now.
func (l *wrongTokens) wait(addr string) time.Duration {
	addr = addrKey(addr)
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.addrs[addr]
	if b == nil {
		return 0
	}
	if b.fill(l.now()) {
		delete(l.addrs, addr)
		return 0
	}
	if b.left >= 1 {
		return 0
	}
	return time.Duration((1 - b.left) * float64(wrongTokenRefill))
}

// failed counts a wrong token from addr.
func (l *wrongTokens) failed(addr string) {
	addr = addrKey(addr)
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.addrs[addr]
	if b == nil {
		if len(l.addrs) >= maxTrackedAddrs {
			l.prune(now)
			if len(l.addrs) >= maxTrackedAddrs {
				return
			}
		}
		b = &tokenBucket{left: maxWrongTokens, at: now}
		l.addrs[addr] = b
	}
	b.fill(now)
	b.left--
}

// prune forgets the addresses whose bucket is full again, once a second at
// most (it reads the whole table).
func (l *wrongTokens) prune(now time.Time) {
	if now.Sub(l.lastPrune) < time.Second {
		return
	}
	l.lastPrune = now
	for a, b := range l.addrs {
		if b.fill(now) {
			delete(l.addrs, a)
		}
	}
}

// client is the address r comes from, as the limit on wrong tokens and
// the access log name it: the connection's host (Options.TrustForwardedFor:
// the last address of X-Forwarded-For, when it is one).
func (s *Server) client(r *http.Request) string {
	if s.opt.TrustForwardedFor {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			last := xff[len(xff)-1]
			if i := strings.LastIndexByte(last, ','); i >= 0 {
				last = last[i+1:]
			}
			if ip := net.ParseIP(strings.TrimSpace(last)); ip != nil {
				return ip.String()
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// addrKey is the key of a client address in wrongTokens: an IPv6
// address's /64, any other address as it is.
func addrKey(addr string) string {
	ip := net.ParseIP(addr)
	if ip == nil || ip.To4() != nil {
		return addr
	}
	return (&net.IPNet{IP: ip.Mask(net.CIDRMask(64, 128)), Mask: net.CIDRMask(64, 128)}).String()
}
