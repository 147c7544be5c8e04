package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
)

// TestLockWaitNotice: a write that waits for the write lock another
// process holds tells the tm.LockWaitFunc of Open's context once, after
// lockWaitNotice, naming the TM and how long it waits in all, and goes on
// to store when the lock is released; a write that finds no lock does not
// tell it. Before, a CLI write waited up to 30 s without a word.
func TestLockWaitNotice(t *testing.T) {
	path, _, put, told := noticedStore(t)
	if err := put(); err != nil {
		t.Fatal(err)
	}
	if got := told(); len(got) != 0 {
		t.Fatalf("a write with no lock held: told %v", got)
	}
	release := time.AfterFunc(lockWaitNotice+time.Second, holdLock(t, path))
	defer release.Stop()
	if err := put(); err != nil {
		t.Fatalf("a write after the lock was released: %v", err)
	}
	if got, want := told(), (tm.LockWait{Path: path, Limit: 30 * time.Second}); len(got) != 1 || got[0] != want {
		t.Errorf("a write waiting for another's lock: told %v; want once %v", got, want)
	}
}

// TestLockWaitNoticeOwnWrites: a write that waits for another write of
// the same store (a server's two requests storing at once) does not tell
// the tm.LockWaitFunc: `bitext serve --create` said "the translation
// memory ... is locked by another process" on its console when two
// browsers stored a review at once, and that used up the store's one
// notice. Another process's lock afterwards is told, once.
func TestLockWaitNoticeOwnWrites(t *testing.T) {
	path, s, put, told := noticedStore(t)
	held := make(chan struct{})
	first := make(chan error, 1)
	go func() {
		first <- s.Write(ctx, func(w tm.Writer) error {
			close(held)
			time.Sleep(lockWaitNotice + time.Second)
			return w.LogImport(ctx, tm.ImportRecord{File: "first"})
		})
	}()
	<-held
	if err := put(); err != nil {
		t.Fatalf("a write behind another write of the store: %v", err)
	}
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	if got := told(); len(got) != 0 {
		t.Errorf("a write waiting for another write of the same store: told %v; want nothing", got)
	}
	release := time.AfterFunc(lockWaitNotice+time.Second, holdLock(t, path))
	defer release.Stop()
	if err := put(); err != nil {
		t.Fatalf("a write after another process's lock was released: %v", err)
	}
	if got, want := told(), (tm.LockWait{Path: path, Limit: 30 * time.Second}); len(got) != 1 || got[0] != want {
		t.Errorf("then a write waiting for another process's lock: told %v; want once %v", got, want)
	}
}

// noticedStore opens a TM at a new path whose context records every
// tm.LockWait it is told (told returns them so far) and gives put, a write
// of one import record; the store is closed when the test ends.
func noticedStore(t *testing.T) (path string, s *Store, put func() error, told func() []tm.LockWait) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "tm.db")
	var mu sync.Mutex
	var got []tm.LockWait
	note := func(w tm.LockWait) { mu.Lock(); got = append(got, w); mu.Unlock() }
	s, err := Open(tm.WithLockWait(context.Background(), note), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	put = func() error {
		return s.Write(ctx, func(w tm.Writer) error { return w.LogImport(ctx, tm.ImportRecord{File: "t"}) })
	}
	told = func() []tm.LockWait { mu.Lock(); defer mu.Unlock(); return slices.Clone(got) }
	return path, s, put, told
}
