package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
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
		cmd := exec.Command(script, "-qec", "env "+c.env+" "+bin+" --db "+db+" tm concordance --src en talks", os.DevNull)
		cmd.Env = append(os.Environ(), "NO_COLOR=")
		out, err := cmd.CombinedOutput()
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
	cmd := exec.Command(script, "-qec", "timeout 2 "+bin+" segment --lang en", os.DevNull)
	out, _ := cmd.CombinedOutput() // timeout ends it: nothing is typed
	if strings.Count(string(out), note) != 1 {
		t.Errorf("segment on a terminal printed %q; want the note once: %q", out, note)
	}
	cmd = exec.Command(bin, "segment", "--lang", "en")
	cmd.Stdin = strings.NewReader("The talks ended. They left.\n")
	out, err = cmd.CombinedOutput()
	if err != nil || string(out) != "The talks ended.\nThey left.\n" {
		t.Errorf("segment from a pipe: %v, %q; want the two sentences and no note", err, out)
	}
}
