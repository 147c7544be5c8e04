//go:build unix

package normalize

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestRewriteFilesKeepsOwner: normalize -w run by root (sudo, a cron job
// of the IT team's) leaves each file its owner and group, as it leaves its
// permissions; the files became root's, and their editors could no longer
// write them.
func TestRewriteFilesKeepsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root may give a file to another user")
	}
	name := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(name, []byte("Teheran said so.\n"), 0o664); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(name, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	os.Chmod(name, 0o664)
	if err := RewriteFiles(context.Background(), []string{name}, func(string) *Glossary { return DefaultGlossary() }, func(string, Replacement) error { return nil }); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(name)
	b, _ := os.ReadFile(name)
	sys := st.Sys().(*syscall.Stat_t)
	if string(b) == "Teheran said so.\n" || sys.Uid != 65534 || sys.Gid != 65534 || st.Mode().Perm() != 0o664 {
		t.Errorf("after RewriteFiles: %q, owner %d:%d, mode %v; want the file rewritten, 65534:65534, -rw-rw-r--", b, sys.Uid, sys.Gid, st.Mode().Perm())
	}
}
