package textio

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// procFD is whether /proc/self/fd is there, through which linkUnnamed
// names a file (without it an unnamed file could not be named).
var procFD = sync.OnceValue(func() bool {
	fi, err := os.Stat("/proc/self/fd")
	return err == nil && fi.IsDir()
})

// openUnnamed opens a new file without a name in folder dir (O_TMPFILE),
// named target in its errors; false where the kernel or the file system
// refuses it (EOPNOTSUPP, EISDIR before Linux 3.11, EINVAL) or anything
// else fails: CreateAtomic makes a named file then, and words its errors.
func openUnnamed(dir, target string) (*os.File, bool) {
	if !procFD() {
		return nil, false
	}
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_RDWR|unix.O_CLOEXEC, 0o600)
	if err != nil {
		return nil, false
	}
	return os.NewFile(uintptr(fd), target), true
}

// linkUnnamed gives f, a file of openUnnamed, the name name, in the
// folder it was made in; an error wraps fs.ErrExist when the name is
// taken.
func linkUnnamed(f *os.File, name string) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var lerr error
	err = rc.Control(func(fd uintptr) {
		lerr = unix.Linkat(unix.AT_FDCWD, "/proc/self/fd/"+strconv.Itoa(int(fd)), unix.AT_FDCWD, name, unix.AT_SYMLINK_FOLLOW)
	})
	if err != nil {
		return err
	}
	if lerr != nil {
		return &fs.PathError{Op: "link", Path: name, Err: lerr}
	}
	return nil
}

// maxKept is how many unnamed files Finish may keep open (see keptOpen):
// half the descriptors this process may open (Go raises the soft limit to
// the hard one at start), else none.
var maxKept = sync.OnceValue(func() int64 {
	var rl unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_NOFILE, &rl); err != nil {
		return 0
	}
	return int64(min(rl.Cur/2, 1<<20))
})

// linksTemps: Commit names an unnamed file by a link
// (".NAME.bitext-pidPID-DIGITS"), which removeLeftovers looks for.
const linksTemps = true

// linkedLeft reports whether the linked temporary file path, which
// process pid named, was left by a run killed before its rename: pid is
// no process here (ESRCH), and the file was named (linkat sets its
// change time) more than linkGrace ago.
func linkedLeft(path string, pid int) bool {
	if err := unix.Kill(pid, 0); !errors.Is(err, unix.ESRCH) {
		return false
	}
	fi, err := os.Lstat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && time.Since(time.Unix(st.Ctim.Unix())) > linkGrace
}
