package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestConcordanceNoColor: on a terminal, tm concordance marks its hits in
// colour (--highlight auto), but not when $NO_COLOR is set (no-color.org)
// or $TERM is dumb: then as Markdown, as in a pipe. It coloured them
// whatever the environment said. The terminal is util-linux's script.
func TestConcordanceNoColor(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("no script (util-linux) to run bitext on a terminal")
	}
	_, bin := buildBitext(t)
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "The talks ended on Friday.", "Les pourparlers ont pris fin vendredi."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	for _, c := range []struct {
		env  string
		want string
	}{
		{"TERM=xterm", "\x1b[1;31mtalks\x1b[0m"},
		{"TERM=xterm NO_COLOR=1", "**talks**"},
		{"TERM=dumb", "**talks**"},
	} {
		out, err := onTerminal(t, script, "env "+c.env+" "+bin+" --db "+db+" tm concordance --src en talks")
		if err != nil {
			t.Fatalf("%s: %v\n%s", c.env, err, out)
		}
		if !strings.Contains(string(out), c.want) {
			t.Errorf("%s: tm concordance on a terminal printed %q; want the hit as %q", c.env, out, c.want)
		}
	}
}

// TestStdinTerminalNote: a command given no FILE, whose standard input is
// a terminal, says once that it reads what is typed and how to end it
// (it waited without a word, and a new user took it for hung); from a
// pipe it says nothing and reads as before.
func TestStdinTerminalNote(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("no script (util-linux) to run bitext on a terminal")
	}
	_, bin := buildBitext(t)
	const note = stdinNote
	// --foreground: timeout's own process group would be a background one
	// on script's terminal, and a read from it stops bitext (SIGTTIN) for
	// ever; CI hung 30 minutes on that. script's standard input is
	// /dev/null, so the read ends at once or timeout ends it.
	out, _ := onTerminal(t, script, "timeout --foreground -k 5 3 "+bin+" segment --lang en")
	if strings.Count(string(out), note) != 1 {
		t.Errorf("segment on a terminal printed %q; want the note once: %q", out, note)
	}
	cmd := exec.Command(bin, "segment", "--lang", "en")
	cmd.Stdin = strings.NewReader("The talks ended. They left.\n")
	out, err = cmd.CombinedOutput()
	if err != nil || string(out) != "The talks ended.\nThey left.\n" {
		t.Errorf("segment from a pipe: %v, %q; want the two sentences and no note", err, out)
	}
}

// onTerminal runs the shell command line on a terminal (util-linux's
// script, reading /dev/null) with the environment's NO_COLOR emptied, and
// returns what the terminal showed. A run still going after a minute is
// killed and fails the test, so that a terminal that never lets go fails
// here instead of holding the package until go test's timeout.
func onTerminal(t *testing.T, script, line string) ([]byte, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, script, "-qec", line, os.DevNull)
	cmd.Env = append(os.Environ(), "NO_COLOR=")
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatalf("%s on a terminal: still running after a minute, killed; it showed %q", line, out)
	}
	return out, err
}
