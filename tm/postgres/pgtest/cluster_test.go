package pgtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestClusterPortInUse: cluster.sh start on a port another server holds
// (an orphan cluster, say) says so on stderr, prints no export line (an
// eval of its output exports nothing), exits 1 and creates no cluster
// folder; free-port names another port. Before, it printed pg_ctl's
// "could not start server" and .ci/run died on "BITEXT_TEST_POSTGRES:
// unbound variable".
func TestClusterPortInUse(t *testing.T) {
	URL(t) // the machine has PostgreSQL's binaries
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	parent, err := os.MkdirTemp("", "bitext-pg-port")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(parent)
	os.Chmod(parent, 0o777) // run as root, the server would run as postgres
	dir := filepath.Join(parent, "data")

	run := func(args ...string) (stdout, stderr string, code int) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, script(), args...)
		cmd.Env = append(os.Environ(), fmt.Sprintf("BITEXT_PG_PORT=%d", port))
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		var exit *exec.ExitError
		switch {
		case err == nil:
		case errors.As(err, &exit):
			code = exit.ExitCode()
		default:
			t.Fatalf("cluster.sh %s: %v", strings.Join(args, " "), err)
		}
		return out.String(), errOut.String(), code
	}

	out, errOut, code := run("start", dir)
	if code != 1 || out != "" {
		t.Errorf("cluster.sh start on a held port: exit %d, stdout %q; want exit 1 and nothing on stdout", code, out)
	}
	if want := fmt.Sprintf("cluster.sh: port %d is in use", port); !strings.Contains(errOut, want) || !strings.Contains(errOut, "BITEXT_PG_PORT") {
		t.Errorf("cluster.sh start on a held port said %q; want %q and what to do (BITEXT_PG_PORT)", errOut, want)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("cluster.sh start on a held port left %s (stat: %v)", dir, err)
	}

	out, errOut, code = run("free-port", strconv.Itoa(port))
	free, err := strconv.Atoi(strings.TrimSpace(out))
	if code != 0 || err != nil || free <= port {
		t.Errorf("cluster.sh free-port %d = %q (exit %d, stderr %q); want a port above %d", port, out, code, errOut, port)
	}
}
