package tm

import (
	"context"
	"database/sql"
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

	"github.com/mattn/go-sqlite3"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// busyTimeoutMS is how long a writer waits for another writer's lock before
// failing with "database is locked": long enough for a bulk import's commit.
const busyTimeoutMS = 30000

// driverName is the go-sqlite3 driver with bitext's per-connection
// settings: temporary storage (statement journals of multi-row inserts, sort
// spills) in memory rather than in temporary files.
const driverName = "sqlite3_bitext"

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		_, err := c.Exec("PRAGMA temp_store = MEMORY", nil)
		return err
	}})
}

// DB is an open translation memory. It is safe for concurrent use.
type DB struct {
	db   *sql.DB
	path string

	stmtMu  sync.Mutex
	stmts   *stmts
	accMu   sync.Mutex
	accFree []*accum // for lookups
}

// stmts are the prepared statements of lookups, made on first use.
type stmts struct {
	exact, count, postingLen, posting, variants, unit *sql.Stmt
}

func (d *DB) lookupStmts(ctx context.Context) (*stmts, error) {
	d.stmtMu.Lock()
	defer d.stmtMu.Unlock()
	if d.stmts != nil {
		return d.stmts, nil
	}
	s := &stmts{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&s.exact, "SELECT id FROM variant WHERE key = ?"},
		{&s.count, "SELECT coalesce(max(id), 0) FROM unit"},
		{&s.postingLen, "SELECT n FROM posting WHERE id = ?"},
		{&s.posting, "SELECT ids FROM posting WHERE id = ?"},
		{&s.variants, "SELECT lang, base, text, markup FROM variant WHERE id >= ? AND id < ? ORDER BY id"},
		{&s.unit, "SELECT prev, next, file, src_doc, tgt_doc, coalesce(score, 0) FROM unit WHERE id = ?"},
	} {
		st, err := d.db.PrepareContext(ctx, p.sql)
		if err != nil {
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = st
	}
	d.stmts = s
	return s, nil
}

// ErrNotTM is returned by Open for a file that is not a bitext TM.
var ErrNotTM = errors.New("not a bitext translation memory")

// ErrNewerSchema is returned by Open for a TM written by a newer bitext.
var ErrNewerSchema = errors.New("written by a newer bitext")

// Open opens the TM at path, creating it and its folder if it does not exist,
// and brings its schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	fresh := false
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		fresh = true
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("create %s: %w", filepath.Dir(path), err)
		}
		// Create the file here, so that a folder we may not write in is
		// reported as such rather than as SQLite's "unable to open".
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		switch {
		case errors.Is(err, fs.ErrExist):
			fresh = false // another process made it first
		case err != nil:
			return nil, fmt.Errorf("create %s: %w", path, err)
		default:
			f.Close()
		}
	case err != nil:
		return nil, fmt.Errorf("open %s: %w", path, err)
	case st.IsDir():
		return nil, fmt.Errorf("open %s: %w: it is a directory", path, ErrNotTM)
	}
	// The journal mode is set by init once the file is known to be a TM
	// (or new): a DSN setting would switch another application's database
	// to WAL before it is rejected.
	dsn := "file:" + path + "?_busy_timeout=" + strconv.Itoa(busyTimeoutMS) +
		"&_foreign_keys=on&_synchronous=NORMAL&_txlock=immediate"
	sqldb, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, err
	}
	d := &DB{db: sqldb, path: path}
	if err := d.init(ctx, fresh); err != nil {
		sqldb.Close()
		if fresh {
			os.Remove(path)
			os.Remove(path + "-wal")
			os.Remove(path + "-shm")
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return d, nil
}

// Close closes the database.
func (d *DB) Close() error {
	d.stmtMu.Lock()
	if s := d.stmts; s != nil {
		for _, st := range []*sql.Stmt{s.exact, s.count, s.postingLen, s.posting, s.variants, s.unit} {
			st.Close()
		}
		d.stmts = nil
	}
	d.stmtMu.Unlock()
	return d.db.Close()
}

// Path is the file the TM lives in.
func (d *DB) Path() string { return d.path }

func (d *DB) init(ctx context.Context, fresh bool) error {
	// Check what the file is before writing anything to it: a file of
	// another application must be left byte for byte as it was.
	var n, has int
	err := d.db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE name = 'bitext_migrations')
		FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'`).Scan(&n, &has)
	if err != nil {
		if strings.Contains(err.Error(), "not a database") {
			return fmt.Errorf("%w: the file is not a SQLite database", ErrNotTM)
		}
		return err
	}
	if !fresh && n > 0 && has == 0 {
		return fmt.Errorf("%w: a SQLite database with other tables", ErrNotTM)
	}
	var mode string
	if err := d.db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return fmt.Errorf("journal mode: %w", err)
	}
	if mode != "wal" {
		return fmt.Errorf("journal mode is %q, want wal", mode)
	}
	return d.migrate(ctx)
}

// migrate applies the embedded migrations that the database lacks, each in
// its own transaction.
func (d *DB) migrate(ctx context.Context) error {
	if _, err := d.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS bitext_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL,
		applied TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))`); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	var have int
	if err := d.db.QueryRowContext(ctx, "SELECT coalesce(max(version),0) FROM bitext_migrations").Scan(&have); err != nil {
		return err
	}
	if have > len(names) {
		return fmt.Errorf("%w: schema version %d, this bitext knows %d", ErrNewerSchema, have, len(names))
	}
	for i, name := range names[have:] {
		version := have + i + 1
		body, err := migrationFS.ReadFile(name)
		if err != nil {
			return err
		}
		if err := d.inTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, "INSERT INTO bitext_migrations(version, name) VALUES (?, ?)", version, filepath.Base(name))
			return err
		}); err != nil {
			return fmt.Errorf("migration %s: %w", filepath.Base(name), err)
		}
	}
	return nil
}

// SchemaVersion is the number of migrations applied.
func (d *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := d.db.QueryRowContext(ctx, "SELECT coalesce(max(version),0) FROM bitext_migrations").Scan(&v)
	return v, err
}

// ErrReadOnly is wrapped by the errors of writes to a TM file that cannot
// be written (its permissions, or a read-only file system).
var ErrReadOnly = errors.New("the translation memory is read-only")

// ErrBusy is wrapped by the errors of writes that gave up waiting for
// another process's write to the same TM.
var ErrBusy = errors.New("the translation memory is busy")

// inTx runs f in a transaction, committed if f returns nil. A write refused
// because the file is read-only is reported as ErrReadOnly naming the file.
func (d *DB) inTx(ctx context.Context, f func(*sql.Tx) error) (err error) {
	defer func() {
		var se sqlite3.Error
		if errors.As(err, &se) {
			switch se.Code {
			case sqlite3.ErrReadonly:
				err = fmt.Errorf("write %s: %w (%v)", d.path, ErrReadOnly, se)
			case sqlite3.ErrBusy, sqlite3.ErrLocked:
				err = fmt.Errorf("write %s: %w: another process held it for %d s (%v)", d.path, ErrBusy, busyTimeoutMS/1000, se)
			}
		}
	}()
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}
