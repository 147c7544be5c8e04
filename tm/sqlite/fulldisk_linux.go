package sqlite

import (
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// SQLite's lock bytes in a database file (os_unix.c): PENDING_BYTE, then
// RESERVED_BYTE, then the 510 bytes of the SHARED range.
const (
	pendingByte = 0x40000000
	lockBytes   = 2 + 510
)

// lockAlone takes, on f (the TM's file, open for writing: a write lock
// needs it; nothing is written), a write lock on SQLite's lock bytes, the
// pending byte and the shared range, as an open file description lock,
// which no other open or close of the file in this process drops. It
// fails (EAGAIN) while any other connection has the TM open: one in WAL
// mode holds a shared lock on the shared range as long as it does. Held,
// it keeps every new connection from reading or writing the TM: SQLite
// takes a read lock on the pending byte before it takes a shared lock,
// and waits while it cannot.
func lockAlone(f *os.File) error {
	return unix.FcntlFlock(f.Fd(), unix.F_OFD_SETLK, &unix.Flock_t{Type: unix.F_WRLCK, Whence: io.SeekStart, Start: pendingByte, Len: lockBytes})
}
