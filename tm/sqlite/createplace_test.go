package sqlite

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm/textio"
)

// TestCreateWhereNoFileCanBeMade: a TM to be created in a folder that
// exists but makes no new files (/proc) is the user's input at fault
// (exit 2), named as such, where it read "create /proc/x.db: open
// /proc/x.db: no such file or directory" (exit 1): the folder is there.
func TestCreateWhereNoFileCanBeMade(t *testing.T) {
	if st, err := os.Stat("/proc/self"); err != nil || !st.IsDir() {
		t.Skip("no /proc here")
	}
	for _, path := range []string{"/proc/bitext-test.db", "/proc/bitext-test/tm.db"} {
		s, err := Open(context.Background(), path)
		if err == nil {
			s.Close()
			t.Fatalf("Open(%s): no error", path)
		}
		if !textio.IsBadInput(err) {
			t.Errorf("Open(%s) = %v; want an error about the place (textio.IsBadInput)", path, err)
		}
		if msg := err.Error(); strings.Contains(msg, "no such file") || strings.Count(msg, path) > 1 {
			t.Errorf("Open(%s) = %q; want the folder named as one that makes no files, the path once", path, msg)
		}
	}
}
