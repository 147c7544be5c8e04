package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeListenErrors: an --addr that cannot be listened on is exit 2
// with a hint about the address, never about the TM (trial58: a port
// under 1024 refused to a user was hinted "use a TM file you may write,
// or --db another one", from its "permission denied").
func TestServeListenErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.1: %v", err)
	}
	defer ln.Close()
	_, stderr, code := runBitext(t, "", "--db", db, "serve", "--addr", ln.Addr().String())
	if code != 2 || !strings.Contains(stderr, "address already in use") ||
		!strings.Contains(stderr, "bitext: hint: another program (or another bitext serve) listens on that port") {
		t.Errorf("serve on a port another program listens on: exit %d\n%s\nwant exit 2, a hint naming the port's other program", code, stderr)
	}
}

// TestServePrivilegedPort: serve on port 80 as a user who may not take it
// says so and hints at a port of 1024 or more, not at the TM. As root it
// runs itself as nobody; where nobody may take port 80 it skips.
func TestServePrivilegedPort(t *testing.T) {
	if os.Geteuid() == 0 {
		runAsNobody(t, "TestServePrivilegedPort")
		return
	}
	ln, err := net.Listen("tcp", "127.0.0.1:80")
	if err == nil {
		ln.Close()
		t.Skip("this user may listen on port 80 (net.ipv4.ip_unprivileged_port_start is under 80)")
	}
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	_, stderr, code := runBitext(t, "", "--db", db, "serve", "--addr", "127.0.0.1:80")
	if code != 2 || !strings.Contains(stderr, "bind: permission denied") || !strings.Contains(stderr, "bitext: hint: a port under 1024 needs root") ||
		strings.Contains(stderr, "TM file") {
		t.Errorf("serve on port 80 as %d: exit %d\n%s\nwant exit 2, a hint at a port of 1024 or more and none at the TM", os.Geteuid(), code, stderr)
	}
}
