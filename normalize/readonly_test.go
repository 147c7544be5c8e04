package normalize

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bitext/bitext/tm/textio"
)

// TestRewriteFilesReadOnly: a read-only file (0444) with a name to rewrite
// is refused, naming it, though its folder is writable, and no file of the
// call changes; a read-only file with nothing to rewrite is no error; a
// rewritten file keeps its mode (0640, 0604). A FIFO is refused as not a
// regular file without waiting for a writer.
func TestRewriteFilesReadOnly(t *testing.T) {
	dir := t.TempDir()
	f := func(name string) string { return filepath.Join(dir, name) }
	story, clean := "Teheran said so.\n", "Nothing here.\n"
	os.WriteFile(f("a.txt"), []byte(story), 0o640)
	os.WriteFile(f("ro.txt"), []byte(story), 0o444)
	os.WriteFile(f("roclean.txt"), []byte(clean), 0o444)
	os.WriteFile(f("odd.txt"), []byte(story), 0o604)
	os.Chmod(f("a.txt"), 0o640) // whatever the umask
	os.Chmod(f("odd.txt"), 0o604)
	gl := func(string) *Glossary { return DefaultGlossary() }
	none := func(string, Replacement) error { return nil }
	err := RewriteFiles(context.Background(), []string{f("a.txt"), f("ro.txt")}, gl, none)
	if !errors.Is(err, ErrReadOnly) || !textio.IsBadInput(err) || !strings.Contains(err.Error(), f("ro.txt")+": read-only file, not rewritten") {
		t.Errorf("RewriteFiles a.txt ro.txt: %v; want ErrReadOnly naming ro.txt", err)
	}
	for _, n := range []string{"a.txt", "ro.txt"} {
		if b, _ := os.ReadFile(f(n)); string(b) != story {
			t.Errorf("%s is %q after the refusal; want it unchanged", n, b)
		}
	}
	if err := RewriteFiles(context.Background(), []string{f("a.txt"), f("odd.txt"), f("roclean.txt")}, gl, none); err != nil {
		t.Fatalf("RewriteFiles a.txt odd.txt roclean.txt: %v", err)
	}
	for n, mode := range map[string]fs.FileMode{"a.txt": 0o640, "odd.txt": 0o604, "roclean.txt": 0o444} {
		st, err := os.Stat(f(n))
		if err != nil || st.Mode().Perm() != mode {
			t.Errorf("%s: mode %v, %v after the rewrite; want %v", n, st.Mode().Perm(), err, mode)
		}
	}
	if b, _ := os.ReadFile(f("a.txt")); !strings.Contains(string(b), "Tehran") {
		t.Errorf("a.txt is %q; want it rewritten", b)
	}

	if err := syscall.Mkfifo(f("fifo"), 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- RewriteFiles(context.Background(), []string{f("fifo")}, gl, none) }()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNotRegular) {
			t.Errorf("RewriteFiles fifo: %v; want ErrNotRegular", err)
		}
	case <-time.After(30 * time.Second): // a refusal takes microseconds; this only ends a hang
		t.Fatal("RewriteFiles of a FIFO waits for a writer")
	}
}
