package tm

import (
	"context"
	"fmt"
	"time"
)

// LockWait is what a store says when a write of its has waited a while
// (about a second) for a lock another process holds on the same TM: the
// TM, and how long the store waits in all before it gives up with
// ErrBusy.
type LockWait struct {
	Path  string
	Limit time.Duration
}

// String says it for a person: the TM is locked by another process, and
// this one waits for it, up to Limit.
func (w LockWait) String() string {
	return fmt.Sprintf("the translation memory %s is locked by another process; waiting for it (up to %s)", w.Path, w.Limit)
}

type lockWaitKey struct{}

// WithLockWait returns ctx carrying f: a store opened with the context
// calls f (from another goroutine, before the write returns) the first
// time one of its writes has waited about a second for another process's
// lock, and goes on waiting; once a store, so that a batch of writes says
// it once. A command line says so, as a long silent wait looks like a
// hang; a library has no place to print. The SQLite store calls it; the
// PostgreSQL one does not.
func WithLockWait(ctx context.Context, f func(LockWait)) context.Context {
	return context.WithValue(ctx, lockWaitKey{}, f)
}

// LockWaitFunc returns the function WithLockWait put in ctx, or nil.
func LockWaitFunc(ctx context.Context) func(LockWait) {
	f, _ := ctx.Value(lockWaitKey{}).(func(LockWait))
	return f
}
