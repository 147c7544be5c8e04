package main

import (
	"bufio"
	"database/sql"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	_ "github.com/mattn/go-sqlite3"
)

// oldTM makes a TM at path as a bitext of schema 2 left it (before the
// unit_seq table and the unit_file and unit_langs indexes): one unit.
func oldTM(t *testing.T, path string) {
	t.Helper()
	if _, stderr, code := runBitext(t, "", "--db", path, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("DROP TABLE unit_seq; DROP INDEX unit_file; DROP INDEX unit_file_langs; ALTER TABLE unit DROP COLUMN langs; DELETE FROM bitext_migrations WHERE version > 2; PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
}

// TestUpgradeSaid: a command or a server that brings an older bitext's TM
// to its schema says so on standard error (a server's log, before its
// serving line) once, with the versions (tm.WithUpgrade): an older bitext
// refuses the TM from then on, and an IT team that upgraded the program
// learns that the TM moved with it. A TM already up to date, or new, is
// not said to be upgraded.
func TestUpgradeSaid(t *testing.T) {
	dir := t.TempDir()
	want := regexp.MustCompile(`(?m)^bitext: upgraded the translation memory (\S+) from schema 2 to (\d+); every unit and glossary entry is kept; a bitext older than this one now refuses it$`)

	cli := filepath.Join(dir, "cli.db")
	oldTM(t, cli)
	_, stderr, code := runBitext(t, "", "--db", cli, "tm", "stats")
	if m := want.FindStringSubmatch(stderr); code != 0 || m == nil || m[1] != cli || m[2] != "5" {
		t.Errorf("tm stats of a schema-2 TM: exit %d, stderr %q; want the upgrade to schema 5 said", code, stderr)
	}
	if _, stderr, _ := runBitext(t, "", "--db", cli, "tm", "stats"); strings.Contains(stderr, "upgraded") {
		t.Errorf("tm stats of a TM upgraded already: stderr %q; want no upgrade said", stderr)
	}
	if _, stderr, _ := runBitext(t, "", "--db", filepath.Join(dir, "new.db"), "tm", "add", "--src", "en", "--tgt", "fr", "a", "b"); strings.Contains(stderr, "upgraded") {
		t.Errorf("tm add that creates a TM: stderr %q; want no upgrade said", stderr)
	}

	// The server says it before it says where it serves: its first lines.
	served := filepath.Join(dir, "served.db")
	oldTM(t, served)
	_, bin := buildBitext(t)
	cmd := exec.Command(bin, "--db", served, "serve", "--addr", "127.0.0.1:0")
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	var before []string
	for lines := bufio.NewScanner(pipe); lines.Scan() && !strings.Contains(lines.Text(), "serving "); {
		before = append(before, lines.Text())
	}
	if m := want.FindStringSubmatch(strings.Join(before, "\n")); len(before) != 1 || m == nil || m[1] != served {
		t.Errorf("serve of a schema-2 TM, before its serving line: %q; want the upgrade said", before)
	}
}
