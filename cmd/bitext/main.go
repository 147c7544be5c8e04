// Command bitext segments, normalizes, aligns and stores parallel text for
// translators and news editors. See the README for a tour of its commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	"github.com/bitext/bitext/tm/textio"
)

func main() {
	// An interrupt (Ctrl-C) or a termination request cancels the run: long
	// operations stop, an import stores nothing, a read of standard input
	// returns; a second signal kills at once. The exit status names the
	// signal as a shell does: 130 for SIGINT, 143 for SIGTERM.
	ctx, cancel := context.WithCancel(context.Background())
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	var got atomic.Value
	go func() { got.Store(<-signals); signal.Reset(); cancel() }()
	code := runContext(ctx, os.Args[1:], &IOStreams{In: terminalNote(textio.ContextReader(ctx, os.Stdin), textio.IsTerminal(os.Stdin), os.Stderr), Out: os.Stdout, ErrOut: os.Stderr})
	if sig, _ := got.Load().(os.Signal); code == exitInterrupted && sig == syscall.SIGTERM {
		code = 128 + int(syscall.SIGTERM)
	}
	os.Exit(code)
}
