// Command bitext segments, normalizes, aligns and stores parallel text for
// translators and news editors. See the README for a tour of its commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/bitext/bitext/tm/textio"
)

func main() {
	// An interrupt (Ctrl-C) or a termination request cancels the context:
	// every long operation stops, and an import stores nothing. A second
	// interrupt kills at once (the default action comes back with stop).
	// Standard input is read so that the first interrupt also ends a
	// command waiting for input.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	os.Exit(runContext(ctx, os.Args[1:], &IOStreams{In: textio.ContextReader(ctx, os.Stdin), Out: os.Stdout, ErrOut: os.Stderr}))
}
