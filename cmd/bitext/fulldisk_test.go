package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDevFull: output that cannot be written for want of space is a
// runtime failure, exit 1 (not bad input, 2: the input was fine), and the
// message names the file and says why; nothing is left beside the input
// or the TM. Standard output to /dev/full (normalize, align), and -o
// /dev/full (tm export, tm pretranslate, names export), with a TM that
// stays as it was.
func TestDevFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	en, fr := filepath.Join(dir, "story.en.txt"), filepath.Join(dir, "story.fr.txt")
	os.WriteFile(en, []byte("The minister arrived in Baghdad on Monday. Saeedreza met him.\n"), 0o644)
	os.WriteFile(fr, []byte("Le ministre est arrivé à Bagdad lundi. Saïd Reza l'a rencontré.\n"), 0o644)
	if _, stderr, code := runBitext(t, "", "tm", "add", "--db", db, "--src", "en", "--tgt", "fr", "The minister arrived in Baghdad on Monday.", "Le ministre est arrivé à Bagdad lundi."); code != 0 {
		t.Fatalf("tm add: %s", stderr)
	}
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args   []string
		stdout bool // to standard output, which is /dev/full
	}{
		{[]string{"normalize", en}, true},
		{[]string{"align", en, fr}, true},
		{[]string{"align", "--format", "tmx", en, fr}, true},
		{[]string{"tm", "export", "--db", db, "-o", "/dev/full"}, false},
		{[]string{"tm", "export", "--db", db, "--src", "en", "--tgt", "fr", "--format", "xliff", "-o", "/dev/full"}, false},
		{[]string{"tm", "pretranslate", "--db", db, "--src", "en", "--tgt", "fr", en, "-o", "/dev/full"}, false},
		{[]string{"names", "export", "--db", db, "-o", "/dev/full"}, false},
	} {
		var errOut, stdout strings.Builder
		ios := &IOStreams{In: strings.NewReader(""), Out: &stdout, ErrOut: &errOut}
		if c.stdout {
			ios.Out = full
		}
		code := run(c.args, ios)
		if want := "write /dev/full: no space left on device"; code != 1 || stdout.Len() > 0 || !strings.Contains(errOut.String(), "bitext: error: ") || !strings.Contains(errOut.String(), want) {
			t.Errorf("bitext %q to a full disk: exit %d, %q; want exit 1 and %q", c.args, code, errOut.String(), want)
		}
	}
	after, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if string(after) != string(before) {
		t.Error("the TM changed")
	}
	names, _ := os.ReadDir(dir)
	var left []string
	for _, n := range names {
		if s := n.Name(); s != "tm.db" && s != "story.en.txt" && s != "story.fr.txt" {
			left = append(left, s)
		}
	}
	if len(left) > 0 {
		t.Errorf("left beside the input and the TM: %q", left)
	}
}

// fullWriter is standard output on a full disk.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestHelpToFullDisk: help, usage and completion scripts that cannot be
// written are an error, exit 1, as every command's output is (cobra
// dropped the error: `bitext --help > /dev/full` exited 0).
func TestHelpToFullDisk(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"help", "tm"}, {"tm", "import", "--help"}, {"completion", "bash"}, {}} {
		var errOut strings.Builder
		code := run(args, &IOStreams{In: strings.NewReader(""), Out: fullWriter{}, ErrOut: &errOut})
		if code != 1 || !strings.HasPrefix(errOut.String(), "bitext: error: ") || !strings.Contains(errOut.String(), "no space left on device") {
			t.Errorf("bitext %q to a full disk: exit %d, %q; want exit 1 and the write error", args, code, errOut.String())
		}
	}
}
