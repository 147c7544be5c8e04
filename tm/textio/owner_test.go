//go:build unix

package textio

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteFileKeepsOwner: a file replaced keeps its owner and group where
// the user may give them (root: `sudo bitext normalize -w` or `tm export
// -o` over an editor's file), as it keeps its permissions. The file became
// root's, which the editor could no longer write.
func TestWriteFileKeepsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root may give a file to another user")
	}
	name := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(name, []byte("old\n"), 0o664); err != nil {
		t.Fatal(err)
	}
	const uid, gid = 65534, 65534 // nobody, nogroup
	if err := os.Chown(name, uid, gid); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(name, 0o664); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(name, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	sys := st.Sys().(*syscall.Stat_t)
	if sys.Uid != uid || sys.Gid != gid || st.Mode().Perm() != 0o664 {
		t.Errorf("after WriteFile: owner %d:%d, mode %v; want %d:%d, -rw-rw-r--", sys.Uid, sys.Gid, st.Mode().Perm(), uid, gid)
	}
}
