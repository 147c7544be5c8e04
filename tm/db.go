package tm

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/bitext/bitext/tm/textio"
)

// DB is a translation memory: import, lookup, concordance, export and the
// glossary, over a Store. It is safe for concurrent use.
type DB struct {
	s Store

	accMu   sync.Mutex
	accFree []*accum // for lookups

	views filterView // the last filter of a lookup, and its view

	// folded: a write of this DB committed, and with it the one-time
	// fold of the TM's reviewed copies (foldReviewed), if it was due.
	folded atomic.Bool
}

// write runs f in one write transaction of the store (Store.Write). The
// first write of a DB first folds the TM's copies of reviewed pairs
// (foldReviewed) in the same transaction, if the TM has not had it: a
// reader never writes, and the fold is stored with the first write, or
// neither is. The writes that store units (Import, Copy) use it; those
// of maintenance (maintWrite: a deletion or an edit by unit id, a
// document's deletion) fold after their change instead, since the fold
// deletes ids they may name.
func (d *DB) write(ctx context.Context, f func(Writer) error) error {
	if d.folded.Load() {
		return d.s.Write(ctx, f)
	}
	err := d.s.Write(ctx, func(w Writer) error {
		if err := foldReviewed(ctx, d.s, w, 0); err != nil {
			return fmt.Errorf("fold the copies of reviewed pairs in %s: %w", d.s.Location(), err)
		}
		return f(w)
	})
	if err == nil {
		d.folded.Store(true)
	}
	return err
}

// New returns the TM kept in s. The DB owns s from then on: DB.Close
// closes it.
func New(s Store) *DB {
	return &DB{s: s}
}

// Close closes the TM's store.
func (d *DB) Close() error { return d.s.Close() }

// Discarder is a Store that can remove a TM it created when it was opened
// and that holds nothing yet (DB.Discard).
type Discarder interface {
	// Discard closes the store like Close, and removes the TM if the
	// store created it when it was opened and nothing is stored in it;
	// it reports whether it removed it.
	Discard() (removed bool, err error)
}

// Finish closes the TM after work that ended with err: Close when err is
// nil, else Discard. It returns err, else the error closing the TM; when
// Discard removed the TM, err is wrapped in a *DiscardedError, so that
// the user who was told the TM was created learns it is gone again.
//
//	defer func() { err = db.Finish(err) }()
func (d *DB) Finish(err error) error {
	if err != nil {
		if removed, _ := d.Discard(); removed {
			return &DiscardedError{Err: err, Path: d.Path()}
		}
		return err
	}
	return d.Close()
}

// FinishStore is Finish for work that stores units and stored n of them:
// after work that succeeded but stored none, a TM created for it is
// removed too (Discard), so that storing nothing leaves no new, empty TM
// behind. It reports whether it removed the TM.
func (d *DB) FinishStore(err error, n int) (removed bool, _ error) {
	if err != nil || n > 0 {
		return false, d.Finish(err)
	}
	return d.Discard()
}

// Discard closes the TM like Close, for a caller whose work failed: a TM
// that its store created when it was opened and that holds nothing (the
// first write failed) is removed too, so that the failure leaves things
// as they were; a TM that was there stays as it is. A store that is no
// Discarder is only closed. It reports whether it removed the TM.
func (d *DB) Discard() (removed bool, err error) {
	if x, ok := d.s.(Discarder); ok {
		return x.Discard()
	}
	return false, d.s.Close()
}

// DiscardedError is the error of work that failed on a TM created for it,
// which Finish then removed (nothing was stored in it).
type DiscardedError struct {
	Err  error
	Path string // the TM removed
}

func (e *DiscardedError) Error() string {
	return fmt.Sprintf("%v (the new translation memory %s was removed: nothing was stored in it)", e.Err, e.Path)
}

func (e *DiscardedError) Unwrap() error { return e.Err }

// Path is where the TM lives: its store's Location (for a SQLite TM, the
// file).
func (d *DB) Path() string { return d.s.Location() }

// ReadOnly reports whether the TM was opened to be read only, its medium
// refusing writes (a SQLite file, or its folder, that this user may not
// write), so that every write would fail with ErrReadOnly: a store that
// knows it has a method ReadOnly() bool. A store that has none is taken
// as writable.
func (d *DB) ReadOnly() bool {
	ro, ok := d.s.(interface{ ReadOnly() bool })
	return ok && ro.ReadOnly()
}

// MaxConns is how many connections the store's reads and writes share at
// most, when they share a bounded pool (tm/postgres: its pool_max_conns,
// 4 by default on a machine of up to 4 cores), else 0 (tm/sqlite, whose
// reads do not wait on each other for a connection). A store that knows
// it has a method MaxConns() int. A server that lets several long reads
// run at once (exports) keeps one connection for the others with it.
func (d *DB) MaxConns() int {
	m, ok := d.s.(interface{ MaxConns() int })
	if !ok {
		return 0
	}
	return m.MaxConns()
}

// SchemaVersion is the number of schema migrations applied to the store.
func (d *DB) SchemaVersion(ctx context.Context) (int, error) {
	return d.s.SchemaVersion(ctx)
}

// Ready reports whether the TM answers the reads of a lookup: its schema,
// its units, their variants and the word index, each read once (a few
// rows through their indexes). A table another session has locked (a
// PostgreSQL LOCK TABLE, a long migration) makes it wait: give ctx a
// deadline. A server's health check calls it; SchemaVersion alone read
// none of the tables a lookup needs.
func (d *DB) Ready(ctx context.Context) error {
	if _, err := d.s.SchemaVersion(ctx); err != nil {
		return err
	}
	if _, err := d.s.LastUnitID(ctx); err != nil {
		return err
	}
	if _, err := d.s.ExactUnits(ctx, 0, nil); err != nil {
		return err
	}
	return d.s.PostingLens(ctx, []int64{0}, make([]int64, 1))
}

// ErrNotTM is wrapped by the error of opening a store that holds something
// other than a bitext TM (for a file: another application's database, a
// text file, a directory).
var ErrNotTM = textio.NewBadInput("not a bitext translation memory")

// ErrNewerSchema is wrapped by the error of opening a TM written by a newer
// bitext.
var ErrNewerSchema = textio.NewBadInput("written by a newer bitext")

// ErrReadOnly is wrapped by the errors of writes to a TM that cannot be
// written (a file's permissions, or a read-only file system).
var ErrReadOnly = textio.NewBadInput("the translation memory is read-only")

// ErrCorrupt is wrapped by the errors of a store whose file or database is
// damaged (a SQLite file cut short or overwritten): bad input, which no
// retry mends.
var ErrCorrupt = textio.NewBadInput("the translation memory is damaged")

// ErrBusy is wrapped by the errors of writes that gave up waiting for
// another process's write to the same TM.
var ErrBusy = errors.New("the translation memory is busy")

// ErrStatementTimeout is wrapped by the errors of a statement the
// database cancelled at its own time limit (PostgreSQL's statement_timeout,
// set for the user or the database): a setting of the database, not of
// bitext, which bounds its statements itself (a server's request limits,
// Ctrl-C). errors.Is finds ErrBusy in it too: a server answers 503.
var ErrStatementTimeout error = &busyError{"the database cancelled a statement at its statement_timeout"}

// busyError is an error that errors.Is also takes for ErrBusy.
type busyError struct{ s string }

func (e *busyError) Error() string        { return e.s }
func (e *busyError) Is(target error) bool { return target == ErrBusy }

// ErrConflict is wrapped (with ErrBusy) by the errors of write
// transactions that failed on a conflict with another writer's (a
// deadlock, a serialization failure): run again, the transaction can
// succeed. Import runs its own again (see ConflictStore).
var ErrConflict = errors.New("the write conflicted with another writer's")

// ErrRollback is what a Store.Write function returns to have the write
// transaction run to its end and rolled back instead of committed: a dry
// run (ImportOptions.DryRun). Stores pass it through (see Store.Write).
var ErrRollback = errors.New("rolled back (dry run)")

// ErrMoved is wrapped by the errors of a store whose file was deleted or
// replaced since it was opened (a TM file removed, or restored from a
// backup, under a running bitext serve): what it would write would be lost
// or land beside another file, so it writes nothing. Opening the TM again
// reaches the file there now.
var ErrMoved = errors.New("the translation memory's file was deleted or replaced since it was opened")

// ErrTablesGone is wrapped by the errors of a store whose tables (or
// schema) were dropped since it was opened (DROP SCHEMA ... CASCADE under a
// running bitext serve): nothing can be read or written until they are
// restored, or a new TM is created in their place. Bad input, as
// ErrCorrupt (no retry mends it): the command's exit 2; a server answers
// 503, its TM and not the request being at fault.
var ErrTablesGone = textio.NewBadInput("the translation memory's tables are gone")

// ErrDiskFull is wrapped by the errors of a write that found no room: the
// disk of a SQLite TM's file (or of its -wal file) full, or the database
// server's (PostgreSQL's disk_full). Nothing of the write was stored, and
// the same write succeeds once there is room again, without opening the TM
// again: a server answers 507, which a person must act on (a retry alone
// does not help), and keeps answering reads.
var ErrDiskFull = errors.New("the disk is full")

// ErrUnavailable is wrapped by the errors of a store that cannot reach its
// database server (down, restarting, unreachable, or refusing the login):
// the request may succeed later, and nothing of a failed write was stored.
var ErrUnavailable = errors.New("the translation memory's database is unavailable")
