// Command bitext segments, normalizes, aligns and stores parallel text for
// translators and news editors. See the README for a tour of its commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	"github.com/bitext/bitext/cmd/internal/cmdutil"
	"github.com/bitext/bitext/tm/textio"
)

func main() {
	// An interrupt (Ctrl-C) or a termination request cancels the run: long
	// operations stop, an import stores nothing, a read of standard input
	// returns; a second signal kills at once, and so does the end of
	// cmdutil.StopGrace after the first (cmdutil.ExitIfStuck). The exit
	// status names the signal as a shell does: 130 for SIGINT, 143 for
	// SIGTERM.
	ctx, cancel := context.WithCancel(context.Background())
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	var got atomic.Value
	go cmdutil.CancelOnSignal(signals, &got, cancel, os.Stderr)
	in := textio.ContextReader(ctx, os.Stdin)
	if textio.IsTerminal(os.Stdin) { // a command given no FILE seemed hung to a new user
		in = textio.OnFirstRead(in, func() { fmt.Fprintln(os.Stderr, stdinNote) })
	}
	code := runContext(ctx, os.Args[1:], &IOStreams{In: in, Out: os.Stdout, ErrOut: os.Stderr})
	if sig, _ := got.Load().(os.Signal); code == exitInterrupted && sig == syscall.SIGTERM {
		code = 128 + int(syscall.SIGTERM)
	}
	os.Exit(code)
}

const stdinNote = "bitext: reading standard input: type or paste the text, then Ctrl-D on a line of its own (or give a FILE)"
