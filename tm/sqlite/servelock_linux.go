package sqlite

import (
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// serveByte is the byte of a TM's file that HoldServe locks: past
// SQLite's lock bytes (pendingByte and the lockBytes after it), which
// SQLite's own locks and lockAlone's never reach, and past any page SQLite
// reads or writes there (it keeps the page at pendingByte unused; a lock
// needs no data under it).
const serveByte = pendingByte + 1024

// HoldServe marks the TM at path as served by this process until release
// is called (or the process ends): an open file description lock on
// serveByte of the file, a write lock for a server that writes and a read
// lock for one that only reads (write false, or a file this user may not
// write). A second server's HoldServe fails with ErrServed while a writing
// one holds it, and a writing one's while any holds it; two read-only
// servers may serve one file. SQLite's locks, and so the CLI's commands
// and the server's own connections, are not touched. Linux only (open
// file description locks): elsewhere it holds nothing.
func HoldServe(path string, write bool) (release func() error, err error) {
	var f *os.File
	if write { // a write lock needs the file open for writing
		f, err = os.OpenFile(path, os.O_RDWR, 0)
		write = err == nil
	}
	if !write {
		if f, err = os.Open(path); err != nil {
			return nil, fmt.Errorf("hold %s for serve: %w", path, err)
		}
	}
	lk := unix.Flock_t{Type: unix.F_RDLCK, Whence: io.SeekStart, Start: serveByte, Len: 1}
	if write {
		lk.Type = unix.F_WRLCK
	}
	if err := unix.FcntlFlock(f.Fd(), unix.F_OFD_SETLK, &lk); err != nil {
		f.Close()
		if errors.Is(err, unix.EAGAIN) || errors.Is(err, unix.EACCES) {
			return nil, &servedError{path}
		}
		return nil, fmt.Errorf("hold %s for serve: %w", path, err)
	}
	return f.Close, nil
}
