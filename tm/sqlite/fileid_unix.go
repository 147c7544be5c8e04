//go:build unix

package sqlite

import (
	"errors"
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

// onReadOnlyFS reports whether path (a file, or a folder) is on a file
// system mounted read-only, where no user may write, root included: a
// TM on a read-only share or in a container's read-only root.
func onReadOnlyFS(path string) bool {
	return errors.Is(syscall.Access(path, 2 /* W_OK */), syscall.EROFS)
}

// isReadOnlyFS reports whether err is the system's refusal to write on a
// file system mounted read-only.
func isReadOnlyFS(err error) bool { return errors.Is(err, syscall.EROFS) }

// notWritable reports whether this user may not write the file at path
// (its mode, another user's file, a read-only mount).
func notWritable(path string) bool { return syscall.Access(path, 2 /* W_OK */) != nil }
