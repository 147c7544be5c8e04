package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/mattn/go-sqlite3"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// busyTimeoutMS is how long a writer waits for another writer's lock before
// failing with "database is locked": long enough for a bulk import's commit.
const busyTimeoutMS = 30000

// driverName is the go-sqlite3 driver with bitext's per-connection
// settings: temporary storage (statement journals of multi-row inserts, sort
// spills) in memory rather than in temporary files, and walSizeLimit.
const driverName = "sqlite3_bitext"

// walSizeLimit is the size (journal_size_limit) the WAL file is cut back
// to when a writer starts it again after a checkpoint. SQLite leaves the
// file as large as it ever grew: after an import of 200,000 units through
// bitext serve it stayed 89 MB beside an 88 MB TM for as long as the server
// ran. Tests lower it.
var walSizeLimit int64 = 64 << 20

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		_, err := c.Exec("PRAGMA temp_store = MEMORY; PRAGMA journal_size_limit = "+strconv.FormatInt(walSizeLimit, 10), nil)
		return err
	}})
}

// Store is a TM in a SQLite file: it implements tm.Store. It is safe for
// concurrent use.
type Store struct {
	db   *sql.DB
	path string
	// file is the file at path when it was opened: a write checks that it
	// is still there (tm.ErrMoved). Nil for a TM opened read-only, and
	// while Open migrates.
	file os.FileInfo

	stmtMu sync.Mutex
	stmts  *stmts

	// made is what Open created for a new TM: the file, then the folders
	// it made for it, innermost first (Discard removes them). Nil for a
	// TM that was there.
	made []string

	// readOnly: Open could only read the TM (openReadOnly), or this
	// user may not write its file.
	readOnly bool
	// alone: Open found no room on the disk to read the TM as usual and
	// opened it to read it alone (openFullDisk): the file whose locks it
	// holds; every write fails with tm.ErrDiskFull.
	alone *os.File

	// created: this store's migrate applied the first migration, which
	// makes a file a TM: of several processes opening one new file at
	// once, only one did (Created).
	created bool

	// lockWait is the tm.LockWaitFunc of Open's context: inTx calls it
	// (once: lockWaitOnce) when a write has waited lockWaitNotice for
	// another process's lock.
	lockWait     func(tm.LockWait)
	lockWaitOnce sync.Once
	// writing counts this store's writes holding the write lock (begun,
	// not yet rolled back or committed): a write that waits while one
	// does waits for its own process, which lockWait is not told of.
	writing atomic.Int32
}

// lockWaitNotice is how long a write waits for another process's lock
// before the store's lockWait is told (and the write goes on waiting).
var lockWaitNotice = time.Second

var (
	_ tm.Store       = (*Store)(nil)
	_ tm.Maintainer  = (*Store)(nil)
	_ tm.Discarder   = (*Store)(nil)
	_ tm.Identifier  = (*Store)(nil)
	_ tm.MaintWriter = (*writer)(nil)
	_ tm.TxReader    = (*writer)(nil)
	_ tm.ChoreWriter = (*writer)(nil)
)

// Open opens the TM at path, creating it and its folder if it does not
// exist, and brings its schema up to date. A file that is not a bitext TM
// is refused with an error wrapping tm.ErrNotTM and left as it was; one
// written by a newer bitext with tm.ErrNewerSchema.
func Open(ctx context.Context, path string) (*Store, error) {
	for range 3 {
		s, err := openOnce(ctx, path)
		if !errors.Is(err, errReplaced) {
			return s, err
		}
	}
	return nil, fmt.Errorf("open %s: %w, three times; try again", path, errReplaced)
}

// OpenDB opens the SQLite TM at path, as Open does, and returns the
// translation memory over it; closing the DB closes the store.
func OpenDB(ctx context.Context, path string) (*tm.DB, error) {
	s, err := Open(ctx, path)
	if err != nil {
		return nil, err
	}
	return tm.New(s), nil
}

// errReplaced says that the TM file was removed or replaced while Open
// opened it: a process that had created it removed it again (Discard)
// after its own first write failed.
var errReplaced = errors.New("the file was removed or replaced while it was being opened")

// createErr is the error of making what (the TM file, or a folder for
// it) for a new TM at path. "No such file" when the folder is there is a
// folder that makes no new files (/proc, /sys): the user's choice of place
// is at fault (textio.ErrPlace, exit 2), and the system's words, which
// would call an existing folder missing, are left out. So is a folder on
// a file system mounted read-only (EROFS), where root may not write either.
// A folder this user may not write is named, with fs.ErrPermission, in
// place of the system's error (which named the file a second time).
func createErr(path, what string, err error) error {
	dir := filepath.Dir(what) // the nearest folder that is there
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if _, serr := os.Stat(dir); serr == nil {
			break
		}
	}
	if isReadOnlyFS(err) { // no user may write there, root included
		return fmt.Errorf("create %s: %w: %s is on a file system mounted read-only; nothing was written", path, textio.ErrPlace, dir)
	}
	if errors.Is(err, fs.ErrNotExist) {
		if st, serr := os.Stat(dir); serr == nil && st.IsDir() {
			return fmt.Errorf("create %s: %w: no new file can be made in the folder %s; nothing was written", path, textio.ErrPlace, dir)
		}
	}
	if errors.Is(err, fs.ErrPermission) {
		// Not "create ro/new.db: open ro/new.db: permission denied": the
		// name once, and the folder at fault (trial58).
		return fmt.Errorf("create %s: %w: this user may not make a new file in the folder %s", path, fs.ErrPermission, dir)
	}
	return fmt.Errorf("create %s: %w", what, err)
}

// CheckCreate says whether a new TM could be made at path, which is not
// there: nil, or an error wrapping textio.ErrPlace naming the nearest
// folder that is there when this user may not make files in it (its mode,
// a read-only mount). It is for a caller that creates the TM only after
// a long run (align --into), which aligned the pair and then failed with
// "create ro/new.db: permission denied".
func CheckCreate(path string) error {
	dir := filepath.Dir(path)
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if _, err := os.Stat(dir); err == nil {
			break
		}
	}
	switch {
	case onReadOnlyFS(dir):
		return fmt.Errorf("create %s: %w: %s is on a file system mounted read-only", path, textio.ErrPlace, dir)
	case notWritable(dir):
		return fmt.Errorf("create %s: %w: this user may not make a new file in the folder %s", path, textio.ErrPlace, dir)
	}
	return nil
}

// badPath reports whether err, of a stat of a TM's path, says the path
// can lead to no file whatever is made there: a loop of symbolic links, a
// file taken for a folder (plain.txt/tm.db), a name too long.
func badPath(err error) bool {
	return errors.Is(err, syscall.ELOOP) || errors.Is(err, syscall.ENOTDIR) || errors.Is(err, syscall.ENAMETOOLONG)
}

// placeError is the error of a TM's path that leads to no file (badPath):
// the user's choice of place is at fault (textio.ErrPlace, exit 2), as
// the same path given as an input file is, and it reads as that one does:
// "open loop1: too many levels of symbolic links" (it read "open loop1:
// stat loop1: ..." and was exit 1).
type placeError struct {
	path string
	err  error // of the stat
}

func (e *placeError) Error() string {
	var pe *fs.PathError
	if errors.As(e.err, &pe) {
		return fmt.Sprintf("open %s: %v", e.path, pe.Err)
	}
	return fmt.Sprintf("open %s: %v", e.path, e.err)
}

func (e *placeError) Unwrap() []error { return []error{textio.ErrPlace, e.err} }

// afterInit, when set (by tests), runs after openOnce has initialised the
// TM and before it checks that the file is still there.
var afterInit func(path string)

// openOnce is Open's one attempt. The file it opened must still be the
// one at path once SQLite has it open and locked it (init): else another
// process removed it meanwhile (Discard), and what this store wrote would
// go to a file no one will see again; errReplaced then asks to open again.
func openOnce(ctx context.Context, path string) (*Store, error) {
	st, fresh, made, err := statOrCreate(path)
	if err != nil {
		return nil, err
	}
	// The journal mode is set by init once the file is known to be a TM
	// (or new): a DSN setting would switch another application's database
	// to WAL before it is rejected.
	dsn := fileURI(path) + "?_busy_timeout=" + strconv.Itoa(busyTimeoutMS) +
		"&_foreign_keys=on&_synchronous=NORMAL&_txlock=immediate"
	sqldb, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, err
	}
	s := &Store{db: sqldb, path: path, made: made, lockWait: tm.LockWaitFunc(ctx)}
	if err := s.init(ctx, fresh); err != nil {
		sqldb.Close()
		return initFailed(ctx, path, fresh, err)
	}
	if afterInit != nil {
		afterInit(path)
	}
	if now, err := os.Stat(path); err != nil || !os.SameFile(st, now) {
		s.Close()
		return nil, errReplaced
	}
	s.file = st
	// A file this user may not write, in a folder it may (chmod 444):
	// SQLite opened it read-only without a word, and each write would
	// fail; it says so, as a TM openReadOnly opened does.
	s.readOnly = notWritable(path)
	return s, nil
}

// statOrCreate returns the file at path that openOnce opens, checked
// before SQLite sees it, so that what is wrong with it is said in its
// own words: not a directory, a pipe or a device (tm.ErrNotTM), readable
// by this user, on a path that can lead to a file (placeError). With no
// file there, it creates an empty one (createTM) and says so (fresh),
// with what it made (the file and the folders above it).
func statOrCreate(path string) (st os.FileInfo, fresh bool, made []string, err error) {
	st, err = os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return createTM(path)
	case badPath(err):
		return nil, false, nil, &placeError{path, err}
	case err != nil:
		return nil, false, nil, fmt.Errorf("open %s: %w", path, err)
	case st.IsDir():
		return nil, false, nil, fmt.Errorf("open %s: %w: it is a directory", path, tm.ErrNotTM)
	case !st.Mode().IsRegular():
		// A named pipe or a device: the permission check below would
		// wait on a pipe for a writer that never comes.
		return nil, false, nil, fmt.Errorf("open %s: %w: it is not a regular file", path, tm.ErrNotTM)
	}
	// A TM this user may not read is said so (fs.ErrPermission,
	// which callers take as the user's to fix), not with SQLite's
	// "unable to open database file: permission denied".
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrPermission) {
		return nil, false, nil, fmt.Errorf("open %s: %w: this user may not read it (its permissions are %04o)", path, fs.ErrPermission, st.Mode().Perm())
	}
	if err == nil {
		f.Close()
	}
	return st, false, nil, nil
}

// createTM makes the empty file of a new TM at path, and the folders
// above it that are missing, and returns it, fresh, with what it made
// (path, then each folder it made, innermost first, for Discard to
// remove). The file is created here, so that a folder we may not write
// in is reported as such (createErr) rather than as SQLite's "unable to
// open". A file another process made first is opened as it is (not
// fresh, nothing made).
func createTM(path string) (st os.FileInfo, fresh bool, made []string, err error) {
	made = append(made, path)
	for d := filepath.Dir(path); d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Lstat(d); !errors.Is(err, fs.ErrNotExist) {
			break
		}
		made = append(made, d)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, false, nil, createErr(path, filepath.Dir(path), err)
	}
	fresh = true
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	switch {
	case errors.Is(err, fs.ErrExist):
		fresh, made = false, nil // another process made it first
		st, err = os.Stat(path)
	case err != nil:
		return nil, false, nil, createErr(path, path, err)
	default:
		st, err = f.Stat()
		f.Close()
	}
	if err != nil {
		return nil, false, nil, fmt.Errorf("open %s: %w", path, err)
	}
	return st, fresh, made, nil
}

// initFailed is openOnce's answer when init failed with err on the TM
// at path: a fresh TM's file is removed, with SQLite's files beside it;
// an existing one that could not be written (a read-only role, file or
// file system) is opened read-only instead; else err is said in the
// words callers branch on (tm.ErrCorrupt, busy, tm.ErrDiskFull).
func initFailed(ctx context.Context, path string, fresh bool, err error) (*Store, error) {
	if fresh {
		os.Remove(path)
		os.Remove(path + "-wal")
		os.Remove(path + "-shm")
	} else if isReadOnly(err) || errors.Is(err, tm.ErrReadOnly) || onReadOnlyFS(path) {
		// tm.ErrReadOnly: a migration's write refused. On a file
		// system mounted read-only SQLite cannot open the -shm file a
		// WAL reader needs, and says "unable to open database file: no
		// such file or directory" of a file that is there.
		ro, rerr := openReadOnly(ctx, path)
		if rerr == nil {
			return ro, nil
		}
		err = rerr
	}
	if isCorrupt(err) {
		err = fmt.Errorf("%w (%w)", tm.ErrCorrupt, err)
	}
	if berr := busyAtOpen(path, err); berr != nil {
		return nil, berr
	}
	if noSpace(err) && fresh {
		return nil, fmt.Errorf("create %s: %w (%w); no translation memory was created", path, tm.ErrDiskFull, err)
	} else if noSpace(err) { // SQLite writes beside the TM (its -shm file) even to read it
		if s, ferr := openFullDisk(ctx, path); ferr == nil {
			return s, nil
		}
		return nil, fmt.Errorf("open %s: %w (%w); the translation memory is unchanged", path, tm.ErrDiskFull, err)
	}
	return nil, fmt.Errorf("open %s: %w", path, err)
}

// busyAtOpen is the error of opening the TM at path when err, the error
// of its first statements, is SQLite giving up on another process's lock
// (one holding it in exclusive locking mode), else nil: it said "open
// tm.db: database is locked" after its 30 s wait, with nothing of whose
// lock; it is tm.ErrBusy, as a write's wait that ends so is.
func busyAtOpen(path string, err error) error {
	var se sqlite3.Error
	if !errors.As(err, &se) || se.Code != sqlite3.ErrBusy && se.Code != sqlite3.ErrLocked {
		return nil
	}
	return fmt.Errorf("open %s: %w: another process held it locked for %d s (%v)", path, tm.ErrBusy, busyTimeoutMS/1000, se)
}

// corrupt marks *err, when it is SQLite finding the file damaged (cut
// short, overwritten), as tm.ErrCorrupt naming the file.
func (s *Store) corrupt(err *error) {
	if isCorrupt(*err) {
		*err = fmt.Errorf("%s: %w (%w)", s.path, tm.ErrCorrupt, *err)
	}
}

// isCorrupt reports whether err is SQLite finding the file damaged, and
// not marked so yet.
func isCorrupt(err error) bool {
	var se sqlite3.Error
	return err != nil && errors.As(err, &se) && (se.Code == sqlite3.ErrCorrupt || se.Code == sqlite3.ErrNotADB) && !errors.Is(err, tm.ErrCorrupt)
}

// isReadOnly reports whether err is SQLite's refusal to write the file or
// its folder.
func isReadOnly(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.Code == sqlite3.ErrReadonly
}

// openReadOnly opens the TM at path that SQLite cannot open for writing:
// in WAL mode, even a reader writes the -shm file beside the database, so
// a TM whose folder this user may not write (a team's TM on a read-only
// share, another user's TM) cannot be read as usual. With no -wal file
// holding changes, the file is the whole TM, and SQLite reads it as
// immutable (no locks, no -shm); writes then fail with tm.ErrReadOnly.
// Changes another process makes while it is open are not seen. A -wal
// file with changes, or a schema older than readableFrom, which would
// need a migration, is refused with tm.ErrReadOnly.
func openReadOnly(ctx context.Context, path string) (*Store, error) {
	if st, err := os.Stat(path + "-wal"); err == nil && st.Size() > 0 {
		return nil, fmt.Errorf("%w: SQLite cannot write beside it, and it has changes in %s that it cannot read without writing there", tm.ErrReadOnly, filepath.Base(path)+"-wal")
	}
	return (&Store{path: path, readOnly: true}).openImmutable(ctx)
}

// openFullDisk opens the TM at path, which Open could not open for lack
// of room on the disk (a WAL reader makes the -shm file beside the TM,
// and Open sets WAL mode), to read it: with no -wal file holding changes
// the file is the whole TM, and SQLite reads it as immutable (no -shm, no
// locks of its own), as openReadOnly does. So that no other process
// changes the file while it is read, the store holds SQLite's lock bytes
// alone (lockAlone) until it is closed: it is not opened so while another
// connection has the TM open, and while it is, another process's read or
// write of the TM waits for it (up to that process's busy timeout). A
// write through the store fails with tm.ErrDiskFull, as it would have.
func openFullDisk(ctx context.Context, path string) (*Store, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	if err := lockAlone(f); err != nil {
		f.Close()
		return nil, err
	}
	// Looked at under the lock: a writer that committed before it may
	// have left changes in the log.
	if st, err := os.Stat(path + "-wal"); err == nil && st.Size() > 0 {
		f.Close()
		return nil, fmt.Errorf("%w: changes in %s", tm.ErrDiskFull, filepath.Base(path)+"-wal")
	}
	return (&Store{path: path, alone: f}).openImmutable(ctx)
}

// openImmutable opens s's file (s.path) for openReadOnly and openFullDisk:
// read-only and immutable (mode=ro&immutable=1: no -shm, no locks of
// SQLite's own), checked to be a TM of this package's schema
// (checkReadOnly). On an error s is closed (with the file whose locks
// it holds, if any).
func (s *Store) openImmutable(ctx context.Context) (*Store, error) {
	sqldb, err := sql.Open(driverName, fileURI(s.path)+"?mode=ro&immutable=1&_foreign_keys=on")
	if err != nil {
		if s.alone != nil {
			s.alone.Close()
		}
		return nil, err
	}
	s.db = sqldb
	if err := s.checkReadOnly(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// checkReadOnly checks that a TM opened read-only is a TM of this
// package's schema, as init does before migrating a writable one.
func (s *Store) checkReadOnly(cctx context.Context) error {
	ctx, err := quick(cctx)
	if err != nil {
		return err
	}
	var has int
	err = s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type='table' AND name = 'bitext_migrations'`).Scan(&has)
	if err != nil {
		if strings.Contains(err.Error(), "not a database") {
			return fmt.Errorf("%w: the file is not a SQLite database", tm.ErrNotTM)
		}
		return err
	}
	if has == 0 {
		return fmt.Errorf("%w: a SQLite database with other tables", tm.ErrNotTM)
	}
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return err
	}
	have, err := s.SchemaVersion(ctx)
	switch {
	case err != nil:
		return err
	case have > len(names):
		return fmt.Errorf("%w: schema version %d, this bitext knows %d", tm.ErrNewerSchema, have, len(names))
	case have < readableFrom:
		return fmt.Errorf("%w: its schema (version %d) needs an update to version %d, which writes to it", tm.ErrReadOnly, have, len(names))
	}
	return nil
}

// readableFrom is the oldest schema version this package reads as it is,
// without its later migrations: they add an index (4, unit_file) and a
// column with its index (5, unit.langs, which the store checks for:
// hasUnitLangs), so a TM of an older bitext on a read-only share is read
// without them.
const readableFrom = 3

// uriEscaper escapes what a SQLite URI's path reads specially: '%' starts
// an escape, '?' the parameters, '#' a fragment.
var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// fileURI is the SQLite URI of the file path: without the escapes, a TM in
// "Client #1/tm.db" would be the file "Client " (and shared with "Client
// #2/tm.db"), one in "what?/tm.db" the file "what". An absolute path gets
// an empty authority, so that one starting with "//" is no host name.
func fileURI(path string) string {
	p := uriEscaper.Replace(path)
	if strings.HasPrefix(p, "/") {
		return "file://" + p
	}
	return "file:" + p
}

// Close closes the database.
func (s *Store) Close() error {
	s.stmtMu.Lock()
	if st := s.stmts; st != nil {
		st.close()
		s.stmts = nil
	}
	s.stmtMu.Unlock()
	err := s.db.Close()
	if s.alone != nil {
		s.alone.Close() // and the locks it holds
	}
	return err
}

// Created reports whether Open made the TM: it applied the schema to a
// new or empty file. Of several processes opening one new file at once,
// only one did (each found the file missing, and each said it created it).
func (s *Store) Created() bool { return s.created }

// Discard closes the store (tm.Discarder). When Open created the TM (there
// was no file) and it still holds nothing — no unit, glossary entry or
// import record, as after a first write that failed — it also removes the
// file, its -wal, -shm and -journal files, and the folders Open made for
// it, so that the failed command leaves things as they were. A TM that was
// there, that holds something, or that another connection (of this
// process or another) has open, is only closed: another process may have
// opened the new TM and be writing to it. It reports whether it removed
// the TM.
func (s *Store) Discard() (removed bool, err error) {
	if err := s.Close(); err != nil || s.made == nil {
		return false, err
	}
	if removed, err := removeUnused(s.path); err != nil || !removed {
		return false, err
	}
	for _, d := range s.made[1:] {
		if os.Remove(d) != nil {
			break // not empty (something else was put there), or not ours to remove
		}
	}
	return true, nil
}

// removeUnused removes the TM at path, with its -wal, -shm and -journal
// files, if no other connection has it open and it holds nothing. It opens
// the file again on one connection, which can switch it out of WAL mode
// only as its sole user (SQLite needs an exclusive lock on the file for
// that, and every open WAL connection holds a shared one), and holds an
// exclusive lock while it checks that nothing is stored and removes the
// files, so that no one starts to use the TM meanwhile. A TM in use, or
// holding something, is left in WAL mode as it was. On a full disk, where
// leaving WAL mode fails, removeUnusedFull takes the lock another way.
func removeUnused(path string) (removed bool, err error) {
	ctx := context.Background()
	db, err := sql.Open(driverName, fileURI(path)+"?mode=rw&_busy_timeout=0")
	if err != nil {
		return false, err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return false, nil // gone, or not ours to open: nothing to remove
	}
	defer conn.Close()
	var mode string
	if err := conn.QueryRowContext(ctx, "PRAGMA journal_mode = DELETE").Scan(&mode); isFull(err) {
		conn.Close()
		db.Close() // and its connection's shared lock
		return removeUnusedFull(path)
	} else if err != nil || mode != "delete" {
		return false, nil // another connection has it open
	}
	keep := func() {
		conn.ExecContext(ctx, "ROLLBACK")
		conn.ExecContext(ctx, "PRAGMA journal_mode = WAL")
	}
	if _, err := conn.ExecContext(ctx, "BEGIN EXCLUSIVE"); err != nil {
		keep()
		return false, nil
	}
	var empty bool
	err = conn.QueryRowContext(ctx, `SELECT NOT (EXISTS (SELECT 1 FROM unit) OR EXISTS (SELECT 1 FROM glossary) OR EXISTS (SELECT 1 FROM import))`).Scan(&empty)
	if err != nil || !empty {
		keep()
		return false, nil
	}
	defer conn.ExecContext(ctx, "ROLLBACK")
	for _, p := range []string{path + "-wal", path + "-shm", path + "-journal", path} {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return false, fmt.Errorf("remove the new TM: %w", err)
		}
	}
	return true, nil
}

// isFull reports whether err is SQLite's "database or disk is full".
func isFull(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.Code == sqlite3.ErrFull
}

// noSpace reports whether err says the disk is full: SQLite's "database
// or disk is full", or an I/O error of no space left on the device (as
// SQLite says a -shm or -wal file it could not create or grow at open:
// "disk I/O error: no space left on device").
func noSpace(err error) bool {
	var se sqlite3.Error
	return isFull(err) || errors.As(err, &se) && se.SystemErrno == syscall.ENOSPC || errors.Is(err, syscall.ENOSPC)
}

// removeUnusedFull is removeUnused on a full disk, where leaving WAL mode
// fails (it writes the log into the file): a connection in exclusive
// locking mode takes an exclusive lock on the file at its first read,
// which fails while any other connection has the TM open (each holds a
// shared lock on it in WAL mode), and reads the log in its own memory,
// writing nothing. Holding the lock, it checks that nothing is stored and
// removes the files.
func removeUnusedFull(path string) (removed bool, err error) {
	ctx := context.Background()
	db, err := sql.Open(driverName, fileURI(path)+"?mode=rw&_busy_timeout=0&_locking_mode=EXCLUSIVE")
	if err != nil {
		return false, err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return false, nil
	}
	defer conn.Close()
	var empty bool
	err = conn.QueryRowContext(ctx, `SELECT NOT (EXISTS (SELECT 1 FROM unit) OR EXISTS (SELECT 1 FROM glossary) OR EXISTS (SELECT 1 FROM import))`).Scan(&empty)
	if err != nil || !empty {
		return false, nil // in use (busy), or holding something
	}
	for _, p := range []string{path + "-wal", path + "-shm", path + "-journal", path} {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return false, fmt.Errorf("remove the new TM: %w", err)
		}
	}
	return true, nil
}

// Location is the file the TM lives in.
func (s *Store) Location() string { return s.path }

// ReadOnly reports whether Open could only open the TM to read it (this
// user may not write its file or its folder): every write fails with
// tm.ErrReadOnly, and changes other processes make are not seen.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Identity names the TM file so that "tm.db", "./tm.db", a symbolic link
// and a hard link to it are one TM (tm.Identifier): its device and inode
// where the system has them (fileID), else its absolute path with its
// links resolved.
func (s *Store) Identity(context.Context) (string, error) {
	if id, ok := fileID(s.path); ok {
		return "sqlite:" + id, nil
	}
	abs, err := filepath.Abs(s.path)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	return "sqlite:" + abs, nil
}

func (s *Store) init(cctx context.Context, fresh bool) error {
	ctx, err := quick(cctx)
	if err != nil {
		return err
	}
	// Check what the file is before writing anything to it: a file of
	// another application must be left byte for byte as it was.
	var n, has int
	err = s.db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE name = 'bitext_migrations')
		FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'`).Scan(&n, &has)
	if err != nil {
		if strings.Contains(err.Error(), "not a database") {
			return fmt.Errorf("%w: the file is not a SQLite database", tm.ErrNotTM)
		}
		return err
	}
	if !fresh && n > 0 && has == 0 {
		return fmt.Errorf("%w: a SQLite database with other tables", tm.ErrNotTM)
	}
	mode, err := s.walMode(cctx)
	if err != nil {
		return fmt.Errorf("journal mode: %w", err)
	}
	if mode != "wal" {
		return fmt.Errorf("journal mode is %q, want wal", mode)
	}
	return s.migrate(ctx)
}

// walMode switches the file to WAL and returns the journal mode. The
// switch needs an exclusive lock, and SQLite fails it at once (without the
// busy timeout) while another process opening the same new TM holds a
// lock: it is tried again until the busy timeout has passed.
func (s *Store) walMode(ctx context.Context) (string, error) {
	deadline := time.Now().Add(busyTimeoutMS * time.Millisecond)
	for {
		var mode string
		err := s.db.QueryRowContext(context.WithoutCancel(ctx), "PRAGMA journal_mode = WAL").Scan(&mode)
		var se sqlite3.Error
		if err == nil || !errors.As(err, &se) || (se.Code != sqlite3.ErrBusy && se.Code != sqlite3.ErrLocked) ||
			time.Now().After(deadline) {
			return mode, err
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// migrate applies the embedded migrations that the database lacks, each in
// its own transaction.
func (s *Store) migrate(ctx context.Context) (err error) {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS bitext_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL,
		applied TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))`); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	have, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if have > len(names) {
		return fmt.Errorf("%w: schema version %d, this bitext knows %d", tm.ErrNewerSchema, have, len(names))
	}
	up := tm.Upgrade{Path: s.path, From: have, To: have}
	if f := tm.UpgradeFunc(ctx); f != nil && have > 0 {
		// An existing TM brought up to date says so, once it is.
		defer func() {
			if err == nil && up.To > up.From {
				f(up)
			}
		}()
	}
	for i, name := range names[have:] {
		version := have + i + 1
		body, err := migrationFS.ReadFile(name)
		if err != nil {
			return err
		}
		if version > readableFrom {
			done, err := s.optionalMigration(ctx, version, name, string(body))
			if err != nil {
				return fmt.Errorf("migration %s: %w", filepath.Base(name), err)
			}
			if !done {
				return nil // read and written as it is; a later open adds it
			}
			up.To = version
			continue
		}
		err = s.inTx(ctx, func(tx *sql.Tx) error {
			n, err := s.applyMigration(ctx, tx, version, name, string(body), have)
			if n > 0 {
				up.Rehashed = n
			}
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %s: %w", filepath.Base(name), err)
		}
		up.To = version
	}
	return nil
}

// rehashAt is the migration with which a TM of an older schema has its
// units hashed again (rehash): schema 2 TMs were made before a unit's
// identity counted its tuid, props, notes, attributes and change date, and
// schema 3 came after it.
const rehashAt = 3

// applyMigration applies the migration body of file name, the
// version-th, in tx and records it in bitext_migrations, unless another
// process opening the same new TM applied it since have (the version
// Open read) was read: the version is read again under the write lock
// (transactions begin immediate). The first migration sets s.created;
// the one at rehashAt, on a TM that was there (have > 0), rehashes its
// units and returns how many.
func (s *Store) applyMigration(ctx context.Context, tx *sql.Tx, version int, name, body string, have int) (rehashed int, err error) {
	var now int
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(version),0) FROM bitext_migrations").Scan(&now); err != nil {
		return 0, err
	}
	if version == 1 {
		s.created = false // a try that failed and was tried again
	}
	if now >= version {
		return 0, nil
	}
	if _, err := tx.ExecContext(ctx, body); err != nil {
		return 0, err
	}
	if version == 1 {
		s.created = true
	}
	if version == rehashAt && have > 0 {
		if rehashed, err = s.rehash(ctx, tx); err != nil {
			return 0, err
		}
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO bitext_migrations(version, name) VALUES (?, ?)", version, filepath.Base(name))
	return rehashed, err
}

// rehash gives every unit the identity hash today's Import gives it
// (tm.UnitHash of the unit as stored, as Copy makes it), in tx, and
// returns how many changed. Units of a TM made before the identity hash
// that came with a tuid, props, notes or a change date (an OmegaT project
// TMX, a CAT tool's export) kept the hash of their text alone, so importing
// the same file again found none of them and stored each a second time. A
// unit that would take another unit's hash (none should: two such units
// would have had one text hash) or that tm.UnitHash refuses keeps its
// hash. The units are read through another connection, which sees what
// was committed before tx: the migration changes no unit.
func (s *Store) rehash(ctx context.Context, tx *sql.Tx) (int, error) {
	type change struct{ id, hash int64 }
	var changes []change
	old := map[int64]int64{}
	rows, err := tx.QueryContext(ctx, "SELECT id, hash FROM unit")
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var id, h int64
		if err := rows.Scan(&id, &h); err != nil {
			rows.Close()
			return 0, err
		}
		old[id] = h
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for su, err := range s.Scan(ctx) {
		if err != nil {
			return 0, err
		}
		h, herr := tm.UnitHash(su.Unit)
		if herr == nil && h != old[su.ID] {
			changes = append(changes, change{su.ID, h})
		}
	}
	upd, err := tx.PrepareContext(ctx, "UPDATE OR IGNORE unit SET hash = ? WHERE id = ?")
	if err != nil {
		return 0, err
	}
	defer upd.Close()
	n := 0
	for _, c := range changes {
		res, err := upd.ExecContext(ctx, c.hash, c.id)
		if err != nil {
			return 0, err
		}
		if k, _ := res.RowsAffected(); k > 0 {
			n++
		}
	}
	return n, nil
}

// optionalMigration applies a migration after readableFrom (an index: the
// TM is read and written right without it) if it can now: when another
// process holds the write lock (a long import of an older bitext) or the
// disk is full, it leaves the TM as it is and reports false, so that
// opening the TM neither waits busyTimeoutMS for the lock nor fails; the
// next open tries again. Another error is returned.
func (s *Store) optionalMigration(ctx context.Context, version int, name, body string) (done bool, err error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return false, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = 0"); err != nil {
		return false, err
	}
	defer func() {
		if _, rerr := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA busy_timeout = "+strconv.Itoa(busyTimeoutMS)); rerr != nil && err == nil {
			done, err = false, rerr
		}
	}()
	var se sqlite3.Error
	later := func(err error) bool {
		return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked || se.Code == sqlite3.ErrFull)
	}
	tx, err := conn.BeginTx(ctx, nil) // BEGIN IMMEDIATE: the write lock, or SQLITE_BUSY at once
	if err != nil {
		if later(err) {
			return false, nil
		}
		return false, err
	}
	defer tx.Rollback()
	var now int
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(version),0) FROM bitext_migrations").Scan(&now); err != nil {
		return false, err
	}
	if now >= version {
		return true, tx.Commit()
	}
	_, err = tx.ExecContext(ctx, body)
	if err == nil {
		_, err = tx.ExecContext(ctx, "INSERT INTO bitext_migrations(version, name) VALUES (?, ?)", version, filepath.Base(name))
	}
	if err == nil {
		err = tx.Commit()
	}
	if later(err) {
		return false, nil
	}
	s.corrupt(&err)
	return err == nil, err
}

// SchemaVersion is the number of migrations applied. It fails with
// tm.ErrMoved when the file was deleted or replaced since it was opened,
// as writes do: a server's health check says so.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	ctx, err := quick(ctx)
	if err != nil {
		return 0, err
	}
	if err := s.checkFile(); err != nil {
		return 0, err
	}
	var v int
	err = s.db.QueryRowContext(ctx, "SELECT coalesce(max(version),0) FROM bitext_migrations").Scan(&v)
	return v, err
}

// checkFile returns an error wrapping tm.ErrMoved when the file at the
// store's path is no longer the one it opened. A commit to a deleted file
// was reported as stored and vanished with the process; one to a file
// replaced by a backup went to the -wal file that the new file would read
// as its own.
func (s *Store) checkFile() error {
	if s.file == nil {
		return nil
	}
	if now, err := os.Stat(s.path); err != nil || !os.SameFile(s.file, now) {
		return fmt.Errorf("%s: %w: open the TM again (restart bitext serve) to use the file there now", s.path, tm.ErrMoved)
	}
	return nil
}

// writeErr says what the error err of a write under cctx means, as inTx
// says it (see there); Compact's VACUUM, which runs in no transaction of
// inTx's, says it so too.
func (s *Store) writeErr(cctx context.Context, err error) error {
	if err != nil && cctx.Err() != nil {
		return cctx.Err() // what failed after a cancel says why
	}
	s.corrupt(&err)
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch {
		case se.Code == sqlite3.ErrReadonly:
			err = fmt.Errorf("write %s: %w (%v)", s.path, tm.ErrReadOnly, se)
		case se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked:
			err = fmt.Errorf("write %s: %w: another process held it for %d s (%v)", s.path, tm.ErrBusy, busyTimeoutMS/1000, se)
		case noSpace(se): // SQLite's ErrFull, or an I/O error of ENOSPC
			err = fmt.Errorf("write %s: %w; nothing of this write was stored (%v)", s.path, tm.ErrDiskFull, se)
		}
	}
	return err
}

// lockTryMS is the busy timeout of one of begin's tries for the write lock:
// how late begin sees that its context has ended.
const lockTryMS = 50

// begin starts a write transaction (BEGIN IMMEDIATE: the write lock) on a
// connection of its own, its statements to run under ctx (quick(cctx)).
// While another process holds the lock it waits until the lock is free,
// busyTimeoutMS have passed (SQLITE_BUSY, which inTx reports as
// tm.ErrBusy), or cctx ends (its error). SQLite's own wait, the busy
// handler's sleeps, heeds no cancel: go-sqlite3 calls sqlite3_interrupt
// when a statement's context ends, which SQLite reads only between a
// statement's steps (a BEGIN under a 300 ms context waited the 3 s another
// connection held the lock, then began). So the connection's busy timeout
// is lockTryMS while begin tries, cctx is checked between tries, and
// release, which the caller runs once the transaction is over, sets
// busyTimeoutMS again before the connection goes back to the pool (where
// reads and the migrations expect it), or closes the connection when it
// cannot.
func (s *Store) begin(cctx, ctx context.Context) (tx *sql.Tx, release func(), err error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, nil, err
	}
	release = func() {
		if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = "+strconv.Itoa(busyTimeoutMS)); err != nil {
			conn.Raw(func(any) error { return driver.ErrBadConn }) // dropped from the pool
		}
		conn.Close()
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = "+strconv.Itoa(lockTryMS)); err != nil {
		release()
		return nil, nil, err
	}
	end := time.Now().Add(busyTimeoutMS * time.Millisecond)
	for {
		tx, err = conn.BeginTx(ctx, nil)
		if err == nil {
			return tx, release, nil
		}
		var se sqlite3.Error
		busy := errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
		if !busy || time.Now().After(end) || cctx.Err() != nil {
			release()
			return nil, nil, err
		}
	}
}

// inTx runs f in a transaction, committed if f returns nil and ctx is not
// done. The transaction's statements run under quick(ctx): f and the
// store's writer check ctx between statements. A write refused because the
// file is read-only is reported as tm.ErrReadOnly naming the file, one that
// waited too long for another writer as tm.ErrBusy, one that found the disk
// full names the file and says so (SQLite's "database or disk is full"
// named neither).
func (s *Store) inTx(cctx context.Context, f func(*sql.Tx) error) (err error) {
	ctx, err := quick(cctx)
	if err != nil {
		return err
	}
	if s.alone != nil {
		return fmt.Errorf("write %s: %w; nothing of this write was stored (with no room to open it for writing, it was opened to be read)", s.path, tm.ErrDiskFull)
	}
	defer func() { err = s.writeErr(cctx, err) }()

	// BEGIN IMMEDIATE waits (up to busyTimeoutMS) for the write lock
	// another process holds: lockWait is told if it takes long.
	// inTx returns only once lockWait has (its writes to a stream then
	// come before the caller's).
	var waited *time.Timer
	var told chan struct{}
	if s.lockWait != nil {
		told = make(chan struct{})
		waited = time.AfterFunc(lockWaitNotice, func() {
			defer close(told)
			// Another write of this store holds the lock (a server's
			// requests storing at once): "locked by another process"
			// would be wrong, and would use up the one notice.
			if s.writing.Load() > 0 {
				return
			}
			s.lockWaitOnce.Do(func() { s.lockWait(tm.LockWait{Path: s.path, Limit: busyTimeoutMS * time.Millisecond}) })
		})
	}
	tx, release, err := s.begin(cctx, ctx)
	if waited != nil && !waited.Stop() {
		<-told
	}
	if err != nil {
		if cerr := cctx.Err(); cerr != nil {
			return cerr // ended while waiting for the lock: nothing was written
		}
		return fmt.Errorf("begin: %w", err)
	}
	s.writing.Add(1)
	defer s.writing.Add(-1) // after the lock is let go
	defer release()
	defer tx.Rollback() // before release: the connection is back in the pool without a transaction
	if err := f(tx); err != nil {
		return err
	}
	if err := cctx.Err(); err != nil {
		return err // cancelled at the last moment: nothing is committed
	}
	if err := s.checkFile(); err != nil {
		return fmt.Errorf("nothing of this write was stored: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}
