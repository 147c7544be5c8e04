package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/mattn/go-sqlite3"
)

// holdLock takes the write lock of the TM at path from a connection of its
// own (another program's BEGIN IMMEDIATE) and returns the function that
// gives it up.
func holdLock(t *testing.T, path string) (release func()) {
	t.Helper()
	other, err := sql.Open(driverName, path)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	var once sync.Once // a test's timer may release it, then its cleanup
	release = func() {
		once.Do(func() {
			conn.ExecContext(ctx, "ROLLBACK")
			conn.Close()
			other.Close()
		})
	}
	t.Cleanup(release)
	return release
}

// A write waiting for another program's write lock stops waiting when its
// context ends: the context's error, nothing stored, and the store's
// connections wait busyTimeoutMS again afterwards. It waited SQLite's busy
// timeout (30 s) whatever the context said, as the statements run without
// its cancel and SQLite's busy wait does not heed sqlite3_interrupt: a
// server's --request-timeout of 2 s answered after 7.87 s, when the other
// program let go. A write under a context without end (the CLI's) waits
// for the lock as before.
func TestWriteLockWaitEndsWithContext(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	release := holdLock(t, path)

	c, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	err = s.PutGlossary(c, []normalize.Entry{{Canonical: "Late"}}, nil)
	if took := time.Since(start); !errors.Is(err, context.DeadlineExceeded) || took > 1500*time.Millisecond {
		t.Errorf("PutGlossary under a 300 ms context while another program holds the lock: %v after %v; want context.DeadlineExceeded within the context's time", err, took)
	}
	// A cancel (a client gone) ends the wait too.
	c2, cancel2 := context.WithCancel(ctx)
	time.AfterFunc(200*time.Millisecond, cancel2)
	start = time.Now()
	err = s.PutGlossary(c2, []normalize.Entry{{Canonical: "Gone"}}, nil)
	if took := time.Since(start); !errors.Is(err, context.Canceled) || took > 1500*time.Millisecond {
		t.Errorf("PutGlossary cancelled while waiting for the lock: %v after %v; want context.Canceled at once", err, took)
	}

	// Without an end to its context the write waits for the lock.
	time.AfterFunc(1200*time.Millisecond, release)
	start = time.Now()
	if err := s.PutGlossary(ctx, []normalize.Entry{{Canonical: "Patient"}}, nil); err != nil {
		t.Fatalf("PutGlossary waiting for a lock given up after 1.2 s: %v", err)
	}
	if took := time.Since(start); took < time.Second {
		t.Errorf("PutGlossary took %v while the lock was held 1.2 s", took)
	}
	got, err := s.Glossary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Canonical != "Patient" {
		t.Errorf("glossary = %+v; want only Patient (the writes that gave up stored nothing)", got)
	}
	for i := 0; i < 4; i++ { // each of the pool's connections the writes used
		var ms int
		if err := s.db.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&ms); err != nil || ms != busyTimeoutMS {
			t.Errorf("busy_timeout after the writes = %d, %v; want %d", ms, err, busyTimeoutMS)
		}
	}
}

// TestBusyAtOpen: a TM another process holds locked past the busy timeout
// at open (an exclusive locking mode) is tm.ErrBusy naming the file and
// the wait; it was SQLite's bare "database is locked". Other errors are
// not busyAtOpen's.
func TestBusyAtOpen(t *testing.T) {
	for _, code := range []sqlite3.ErrNo{sqlite3.ErrBusy, sqlite3.ErrLocked} {
		err := busyAtOpen("team.db", fmt.Errorf("init: %w", sqlite3.Error{Code: code}))
		if !errors.Is(err, tm.ErrBusy) || !strings.Contains(err.Error(), "open team.db: ") || !strings.Contains(err.Error(), "another process held it locked for 30 s") {
			t.Errorf("busyAtOpen(code %d) = %v; want tm.ErrBusy naming team.db and the 30 s wait", code, err)
		}
	}
	if err := busyAtOpen("team.db", sqlite3.Error{Code: sqlite3.ErrFull}); err != nil {
		t.Errorf("busyAtOpen(SQLITE_FULL) = %v; want nil", err)
	}
}
