// Command bitext segments, normalizes, aligns and stores parallel text for
// translators and news editors. See the README for a tour of its commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// An interrupt (Ctrl-C) or a termination request cancels the context:
	// every long operation stops, and an import stores nothing. A second
	// interrupt kills at once (the default action comes back with stop).
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	os.Exit(runContext(ctx, os.Args[1:], &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr}))
}
