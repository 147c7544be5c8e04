package textio

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"testing"
)

// fullWriter fails every write as a full disk does on a file.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

// TestWriteOutputErrorOnce: a failed write to standard output says
// "write" once; it said "write: write /dev/stdout: ...". Another error
// still gets the "write: " that says what failed.
func TestWriteOutputErrorOnce(t *testing.T) {
	err := WriteOutput("-", fullWriter{}, func(w io.Writer) error {
		_, err := io.WriteString(w, "text\n")
		return err
	})
	if want := "write /dev/stdout: no space left on device"; err == nil || err.Error() != want || !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("WriteOutput to a full stdout: %v; want %q", err, want)
	}
	if err := WriteError(io.ErrClosedPipe); err == nil || err.Error() != "write: io: read/write on closed pipe" {
		t.Errorf("WriteError(io.ErrClosedPipe) = %v; want it said as a write error", err)
	}
	if err := WriteError(nil); err != nil {
		t.Errorf("WriteError(nil) = %v", err)
	}
}
