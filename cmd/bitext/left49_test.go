package main

import (
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm/postgres/pgtest"
)

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
