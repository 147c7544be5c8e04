package cmdutil

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"
)

// StopGrace bounds the time a run may take to end once a signal has
// cancelled it, before the process exits anyway (ExitIfStuck): a run
// blocked in a system call that no cancel reaches (the open of a named
// pipe waits in the kernel until a program opens its other end: a writer
// for a pipe read, a reader for one written) ignored a single
// SIGTERM, such as timeout(1) sends, for ever. 0 is no bound (serve,
// whose graceful stop has its own limits, stores 0).
var StopGrace atomic.Int64

func init() { StopGrace.Store(int64(5 * time.Second)) }

// ExitIfStuck exits the process StopGrace after the signal sig cancelled
// the run, saying so on errOut, unless it has ended by then (or StopGrace
// is 0 then); the status names the signal as a shell does (130 for SIGINT,
// 143 for SIGTERM). It returns at once.
func ExitIfStuck(sig os.Signal, errOut io.Writer) {
	g := time.Duration(StopGrace.Load())
	if g <= 0 {
		return
	}
	time.AfterFunc(g, func() {
		if StopGrace.Load() <= 0 {
			return
		}
		fmt.Fprintf(errOut, "bitext: error: still running %v after the signal (%v), blocked in the system (opening a named pipe that no program has open at its other end?): stopped\n", g, sig)
		code := ExitInterrupted
		if sig == syscall.SIGTERM {
			code = 128 + int(syscall.SIGTERM)
		}
		os.Exit(code)
	})
}

// CancelOnSignal waits for the first signal on signals, stores it in got,
// lets a second one kill the process at once (signal.Reset), cancels the
// run, and ends it if it is still going StopGrace later (ExitIfStuck).
func CancelOnSignal(signals <-chan os.Signal, got *atomic.Value, cancel func(), errOut io.Writer) {
	sig := <-signals
	got.Store(sig)
	signal.Reset()
	cancel()
	ExitIfStuck(sig, errOut)
}
