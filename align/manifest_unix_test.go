//go:build unix

package align

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/text/language"
)

// TestMatchFoldersWarnsOfNonFiles: a named pipe and a loop of symbolic
// links in the source folder were skipped without a word; each is now a
// warning naming it.
func TestMatchFoldersWarnsOfNonFiles(t *testing.T) {
	src, tgt := t.TempDir(), t.TempDir()
	for _, d := range []string{src, tgt} {
		if err := os.WriteFile(filepath.Join(d, "a.txt"), []byte("Hello.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(src, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Symlink("loop2", filepath.Join(src, "loop1"))
	os.Symlink("loop1", filepath.Join(src, "loop2"))
	pairs, notes, err := MatchFolders(src, tgt, language.English, language.French)
	if err != nil || len(pairs) != 1 {
		t.Fatalf("MatchFolders = %v, %v; want the pair a.txt", pairs, err)
	}
	got := strings.Join(notes, "\n")
	for _, want := range []string{"warning: " + filepath.Join(src, "pipe.txt") + ": a named pipe (FIFO)", "warning: " + filepath.Join(src, "loop1") + ": a symbolic link that leads to no file", filepath.Join(src, "loop2")} {
		if !strings.Contains(got, want) {
			t.Errorf("MatchFolders notes %q; want %q", got, want)
		}
	}
}
