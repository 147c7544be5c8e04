package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/mattn/go-sqlite3"
	"golang.org/x/text/language"
)

// TestRemoveUnusedFull: removeUnusedFull, which Discard uses on a full
// disk (where leaving WAL mode fails), removes a new TM that holds
// nothing, and keeps one that another connection has open or that holds
// something.
func TestRemoveUnusedFull(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	newTM := func(name string) string {
		path := filepath.Join(dir, name)
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		return path
	}
	empty := newTM("empty.db")
	if removed, err := removeUnusedFull(empty); err != nil || !removed {
		t.Errorf("removeUnusedFull of an empty TM: %v, %v; want it removed", removed, err)
	}
	for _, p := range []string{empty, empty + "-wal", empty + "-shm"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("removeUnusedFull left %s", p)
		}
	}

	inUse := newTM("inuse.db")
	other, err := sql.Open(driverName, fileURI(inUse)+"?mode=rw")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var n int
	if err := other.QueryRow("SELECT count(*) FROM unit").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if removed, err := removeUnusedFull(inUse); removed || err != nil {
		t.Errorf("removeUnusedFull of a TM another connection has open: %v, %v; want it kept", removed, err)
	}

	full := newTM("full.db")
	s, err := Open(ctx, full)
	if err != nil {
		t.Fatal(err)
	}
	db := tm.New(s)
	if _, err := db.Add(ctx, tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "Hello."}, {Lang: language.French, Text: "Bonjour."}}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if removed, err := removeUnusedFull(full); removed || err != nil {
		t.Errorf("removeUnusedFull of a TM with a unit: %v, %v; want it kept", removed, err)
	}
}

// TestDiscardOnFullDisk: a new TM whose first write failed on a full disk
// is removed (with the folder made for it). It stayed: Discard could not
// take the TM out of WAL mode, which writes the log into the file. The
// disk is a 300 KiB tmpfs, which only root may mount; elsewhere the test
// skips.
func TestDiscardOnFullDisk(t *testing.T) {
	mnt := mountTmpfs(t, "300k")
	ctx := context.Background()
	path := filepath.Join(mnt, "sub", "tm.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db := tm.New(s)
	units := func(yield func(tm.Unit, error) bool) {
		for i := range 5000 {
			u := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{
				{Lang: language.English, Text: fmt.Sprintf("Sentence %d of a long import that fills the disk.", i)},
				{Lang: language.French, Text: fmt.Sprintf("Phrase %d d'une longue importation qui remplit le disque.", i)}}}
			if !yield(u, nil) {
				return
			}
		}
	}
	_, err = db.Import(ctx, units, tm.ImportOptions{File: "big.tsv"})
	if err == nil {
		t.Fatal("an import of 5,000 units into 300 KiB succeeded")
	}
	err = db.Finish(err)
	var de *tm.DiscardedError
	if !errors.As(err, &de) {
		t.Errorf("Finish after the failed import: %v; want the TM removed (DiscardedError)", err)
	}
	if entries, _ := os.ReadDir(mnt); len(entries) != 0 {
		t.Errorf("the full disk still holds %v", entries)
	}
}

// mountTmpfs mounts a tmpfs of size on a folder of its own, unmounted at
// the test's end, and returns the folder; the test skips unless the
// process may mount one (root).
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	mnt := t.TempDir()
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", mnt).Run() })
	return mnt
}

// TestNoSpace: the errors that say the disk is full, which the store
// words so ("the disk is full ...; the translation memory is unchanged"):
// SQLite's SQLITE_FULL, and the I/O error of a -shm or -wal file it could
// not make at open ("disk I/O error: no space left on device", seen on a
// full tmpfs), wrapped or not; not another I/O error.
func TestNoSpace(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{sqlite3.Error{Code: sqlite3.ErrFull}, true},
		{sqlite3.Error{Code: sqlite3.ErrIoErr, SystemErrno: syscall.ENOSPC}, true},
		{fmt.Errorf("journal mode: %w", sqlite3.Error{Code: sqlite3.ErrIoErr, SystemErrno: syscall.ENOSPC}), true},
		{&os.PathError{Op: "write", Path: "tm.db-wal", Err: syscall.ENOSPC}, true},
		{sqlite3.Error{Code: sqlite3.ErrIoErr, SystemErrno: syscall.EIO}, false},
		{errors.New("no space left on device"), false}, // words are not the error
	} {
		if got := noSpace(c.err); got != c.want {
			t.Errorf("noSpace(%v) = %v; want %v", c.err, got, c.want)
		}
	}
}

// TestWriteOnFullDisk: a write that finds no room (SQLite's SQLITE_FULL,
// here from a max_page_count at the file's size, as a full disk gives it)
// is tm.ErrDiskFull naming the file, stores nothing, and a write once there
// is room again is stored, without opening the TM again.
func TestWriteOnFullDisk(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db := tm.New(s)
	defer db.Close()
	pair := func(i int) tm.Unit {
		return tm.Unit{SrcLang: language.English, Variants: []tm.Variant{
			{Lang: language.English, Text: fmt.Sprintf("Sentence number %d of a long document about the merger.", i)},
			{Lang: language.French, Text: fmt.Sprintf("Phrase numéro %d d'un long document sur la fusion.", i)}}}
	}
	if _, err := db.Add(ctx, pair(0)); err != nil {
		t.Fatal(err)
	}
	// One connection, so that the limit set on it holds for every write.
	s.db.SetMaxOpenConns(1)
	var pages int
	if err := s.db.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages)); err != nil {
		t.Fatal(err)
	}
	units := func(yield func(tm.Unit, error) bool) {
		for i := 1; i <= 2000; i++ {
			if !yield(pair(i), nil) {
				return
			}
		}
	}
	_, err = db.Import(ctx, units, tm.ImportOptions{File: "big.tsv"})
	if !errors.Is(err, tm.ErrDiskFull) || !strings.Contains(err.Error(), "write "+path+": the disk is full; nothing of this write was stored") {
		t.Fatalf("import on a full disk: %v; want tm.ErrDiskFull naming the file", err)
	}
	if st, err := db.Stats(ctx); err != nil || st.Units != 1 {
		t.Errorf("after the import on a full disk: %+v, %v; want the 1 unit stored before", st, err)
	}
	if _, err := s.db.Exec("PRAGMA max_page_count = 1073741823"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import(ctx, units, tm.ImportOptions{File: "big.tsv"}); err != nil {
		t.Fatalf("import once there is room: %v", err)
	}
	if st, err := db.Stats(ctx); err != nil || st.Units != 2001 {
		t.Errorf("after the import with room: %+v, %v; want 2001 units", st, err)
	}
}

// TestReadOnFullDisk: on a disk with no byte free, a TM that no other
// process has open is opened to be read (openFullDisk): stats, a lookup
// and an export work, a write fails with tm.ErrDiskFull and stores
// nothing, and while the store is open another connection can neither
// read nor write the TM (the store holds its lock bytes), so no one
// changes the file under the reader. Before, the open failed ("the disk
// is full"): SQLite's WAL reader makes its -shm file. The disk is a
// 600 KiB tmpfs, which only root may mount; elsewhere the test skips.
func TestReadOnFullDisk(t *testing.T) {
	mnt := mountTmpfs(t, "600k")
	path := filepath.Join(mnt, "tm.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var us []tm.Unit
	for i := range 20 {
		us = append(us, pair(fmt.Sprintf("Sentence %d of the report on the merger.", i), fmt.Sprintf("Phrase %d du rapport sur la fusion.", i)))
	}
	if _, err := tm.New(s).Import(ctx, seq(us...), tm.ImportOptions{File: "r.tsv"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	fill, err := os.Create(filepath.Join(mnt, "fill"))
	if err != nil {
		t.Fatal(err)
	}
	block := make([]byte, 4096)
	for {
		if _, err := fill.Write(block); err != nil {
			break
		}
	}
	fill.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("open on a full disk: %v; want it opened to be read", err)
	}
	db := tm.New(s)
	if st, err := db.Stats(ctx); err != nil || st.Units != 20 {
		t.Errorf("Stats on a full disk = %+v, %v; want 20 units", st, err)
	}
	ms, err := db.Lookup(ctx, "Sentence 7 of the report on the merger.", tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 90, Max: 1})
	if err != nil || len(ms) != 1 || ms[0].Target != "Phrase 7 du rapport sur la fusion." {
		t.Errorf("Lookup on a full disk = %+v, %v; want the pair", ms, err)
	}
	var b strings.Builder
	if err := db.Export(ctx, &b, tm.ExportOptions{}); err != nil || strings.Count(b.String(), "<tu ") != 20 {
		t.Errorf("Export on a full disk: %d units, %v; want 20", strings.Count(b.String(), "<tu "), err)
	}
	_, err = db.Add(ctx, pair("Added.", "Ajouté."))
	if !errors.Is(err, tm.ErrDiskFull) {
		t.Errorf("a write on a full disk: %v; want tm.ErrDiskFull", err)
	}
	other, err := sql.Open(driverName, fileURI(path)+"?mode=ro&_busy_timeout=0")
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := other.QueryRow("SELECT count(*) FROM unit").Scan(&n); err == nil {
		t.Errorf("another connection read the TM while the full-disk reader had it (%d units); want it kept out", n)
	}
	other.Close()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	after, err := os.ReadFile(path)
	if err != nil || string(after) != string(before) {
		t.Errorf("the TM file changed on a full disk (%v)", err)
	}
	if st, err := os.Stat(path + "-wal"); err == nil && st.Size() > 0 { // the failed open leaves an empty one
		t.Errorf("the -wal file holds %d bytes; want none", st.Size())
	}
}
