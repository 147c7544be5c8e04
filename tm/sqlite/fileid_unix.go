//go:build unix

package sqlite

import (
	"fmt"
	"os"
	"syscall"
)

// fileID is the device and inode of the file at path: one file under any
// of its names, hard links included.
func fileID(path string) (string, bool) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", false
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%d:%d", st.Dev, st.Ino), true
}
