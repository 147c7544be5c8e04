//go:build unix

package textio

import (
	"context"
	"errors"
	"os"
	"syscall"
	"time"
)

// openPipeWrite opens name, a named pipe, to write it. The kernel's
// blocking open waits for a reader where no cancel reaches, so the pipe is
// opened without blocking: with no reader that fails (ENXIO), and waiting
// (when not nil) is called once and the open tried again every pipeRetry
// until a program opens the other end or ctx is done (its error
// returned).
func openPipeWrite(ctx context.Context, name string, waiting func()) (*os.File, error) {
	for {
		f, err := os.OpenFile(name, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if !errors.Is(err, syscall.ENXIO) {
			return f, err
		}
		if waiting != nil {
			waiting()
			waiting = nil
		}
		t := time.NewTimer(pipeRetry)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}
