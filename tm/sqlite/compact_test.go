package sqlite

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestCompact: after a document's units are deleted, Compact drops their
// ids from the word index (a word of theirs alone is no longer counted:
// stats said the index words of the deleted units, trial39) and gives the
// file's free pages back (VACUUM); lookups find what they found, and a
// unit added afterwards still takes an id no deleted unit had.
func TestCompact(t *testing.T) {
	s := openTemp(t)
	d := tm.New(s)
	var kept, gone []tm.Unit
	for i := range 300 {
		kept = append(kept, pair(fmt.Sprintf("Kept sentence %d about the harbour.", i), fmt.Sprintf("Phrase gardée %d.", i)))
		gone = append(gone, pair(fmt.Sprintf("Deleted zebra%d sentence about the quagga%d.", i, i), fmt.Sprintf("Phrase effacée %d.", i)))
	}
	if _, err := d.Import(ctx, seq(kept...), tm.ImportOptions{File: "kept.tmx"}); err != nil {
		t.Fatal(err)
	}
	only, err := d.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Import(ctx, seq(gone...), tm.ImportOptions{File: "gone.tmx"}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.DeleteDocument(ctx, "gone.tmx"); err != nil {
		t.Fatal(err)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	before, err := d.Lookup(ctx, "Kept sentence 17 about the harbor.", opt)
	if err != nil || len(before) == 0 {
		t.Fatalf("Lookup before Compact = %v, %v; want matches", before, err)
	}
	st, err := d.Compact(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.WordsAfter != only.Words || st.WordsBefore <= st.WordsAfter {
		t.Errorf("Compact words %d -> %d; want %d, the words of the units kept", st.WordsBefore, st.WordsAfter, only.Words)
	}
	if st.BytesAfter >= st.BytesBefore {
		t.Errorf("Compact bytes %d -> %d; want fewer", st.BytesBefore, st.BytesAfter)
	}
	after, err := d.Lookup(ctx, "Kept sentence 17 about the harbor.", opt)
	if err != nil || fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("Lookup after Compact = %v, %v; want %v", after, err, before)
	}
	if ms, err := d.Lookup(ctx, "Deleted zebra5 sentence about the quagga5.", opt); err != nil || len(ms) != 0 && ms[0].Score == 100 {
		t.Errorf("Lookup of a deleted unit after Compact = %v, %v; want no exact match", ms, err)
	}
	if _, err := d.Add(ctx, pair("A sentence added after the compaction.", "Une phrase.")); err != nil {
		t.Fatal(err)
	}
	var top int64
	if err := s.db.QueryRowContext(ctx, "SELECT max(id) FROM unit").Scan(&top); err != nil || top <= 600 {
		t.Errorf("the unit added after Compact has id %d, %v; want one above the deleted ids (600)", top, err)
	}
	if ms, err := d.Lookup(ctx, "A sentence added after the compaction.", opt); err != nil || len(ms) == 0 || ms[0].Score != 100 {
		t.Errorf("Lookup of the unit added after Compact = %v, %v; want an exact match", ms, err)
	}
	var ok string
	if err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q, %v", ok, err)
	}
}

// compactFixture makes a TM at path whose document gone.tsv was deleted,
// and closes it: Compact has index words and pages to give back.
func compactFixture(t *testing.T, path string) {
	t.Helper()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := tm.New(s)
	var kept, gone []tm.Unit
	for i := range 200 {
		kept = append(kept, pair(fmt.Sprintf("Kept sentence %d about the harbour.", i), fmt.Sprintf("Phrase gardée %d.", i)))
		gone = append(gone, pair(fmt.Sprintf("Deleted zebra%d sentence about the quagga%d.", i, i), fmt.Sprintf("Phrase effacée %d.", i)))
	}
	for _, f := range []struct {
		name  string
		units []tm.Unit
	}{{"kept.tsv", kept}, {"gone.tsv", gone}} {
		if _, err := d.Import(ctx, seq(f.units...), tm.ImportOptions{File: f.name}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := d.DeleteDocument(ctx, "gone.tsv"); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
}

// compactFixtureServed makes compactFixture's TM in a folder of the test
// and opens it as bitext serve would, beside the Compact a test runs,
// closed when the test ends; it returns the TM's path and that store.
func compactFixtureServed(t *testing.T) (string, *Store) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tm.db")
	compactFixture(t, path)
	server, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { server.Close() })
	return path, server
}

// onDisk is the size of the TM's file and its -wal file, as Stats counts it.
func onDisk(t *testing.T, path string) int64 {
	t.Helper()
	var n int64
	for _, f := range []string{path, path + "-wal"} {
		if fi, err := os.Stat(f); err == nil {
			n += fi.Size()
		}
	}
	return n
}

// TestCompactServerOpen: a TM that another process has open (bitext
// serve: its connections idle) is made smaller on disk by Compact, and the
// bytes Compact reports are those on disk. VACUUM in WAL mode writes the
// new file into the -wal file, which only a checkpoint copies back: with
// another connection open, none ran when Compact's closed, and the file
// and its -wal file together grew while Compact said they had shrunk.
func TestCompactServerOpen(t *testing.T) {
	path, server := compactFixtureServed(t)
	if _, err := tm.New(server).Stats(ctx); err != nil { // its connection open
		t.Fatal(err)
	}
	before := onDisk(t, path)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := tm.New(s).Compact(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	after := onDisk(t, path)
	if after >= before || st.BytesBefore != before || st.BytesAfter != after {
		t.Errorf("on disk %d -> %d bytes, Compact said %d -> %d; want fewer, as said", before, after, st.BytesBefore, st.BytesAfter)
	}
	if sst, err := tm.New(server).Stats(ctx); err != nil || sst.Units != 200 {
		t.Errorf("the server's Stats after Compact = %+v, %v; want 200 units", sst, err)
	}
}

// TestCompactReadOnly: a TM opened read-only (its folder not writable) is
// not compacted, with tm.ErrReadOnly as every write of it fails, also when
// no posting list needs a change and only VACUUM would write.
func TestCompactReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	compactFixture(t, path)
	for _, what := range []string{"deleted units' words in the index", "the index compacted"} {
		ro, err := openReadOnly(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tm.New(ro).Compact(ctx); !errors.Is(err, tm.ErrReadOnly) {
			t.Errorf("Compact of a TM opened read-only, %s = %v; want tm.ErrReadOnly", what, err)
		}
		ro.Close()
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tm.New(s).Compact(ctx); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
}

// TestCompactReaderInTransaction: a reader in a transaction (bitext
// serve's long export) does not hold Compact up: its checkpoint copies
// what it can at once. A TRUNCATE checkpoint under the busy timeout waited
// 30 s for the reader, holding the write lock the server's writes wait
// for; the bytes said are those on disk either way.
func TestCompactReaderInTransaction(t *testing.T) {
	path, server := compactFixtureServed(t)
	conn, err := server.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var n int
	if _, err := conn.ExecContext(ctx, "BEGIN DEFERRED"); err != nil {
		t.Fatal(err)
	}
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM unit").Scan(&n); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(ctx, "ROLLBACK")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	st, err := tm.New(s).Compact(ctx)
	if took := time.Since(start); err != nil || took > 10*time.Second || st.BytesAfter != onDisk(t, path) {
		t.Errorf("Compact with a reader in a transaction = %+v, %v in %v (%d bytes on disk); want no error at once, the bytes on disk", st, err, took, onDisk(t, path))
	}
}

// TestCompactReaderLeaves: a reader in a transaction that ends soon after
// (bitext serve's lookups, one every fraction of a second) kept Compact's
// one checkpoint from finishing: the new file stayed in the -wal file,
// and compact said more bytes than before (465 MB for 288 MB) until the
// server's next write. Compact tries the checkpoint again for a while:
// the -wal file is emptied once the reader has left.
func TestCompactReaderLeaves(t *testing.T) {
	path, server := compactFixtureServed(t)
	conn, err := server.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var n int
	if _, err := conn.ExecContext(ctx, "BEGIN DEFERRED"); err != nil {
		t.Fatal(err)
	}
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM unit").Scan(&n); err != nil {
		t.Fatal(err)
	}
	left := make(chan error, 1)
	go func() {
		time.Sleep(300 * time.Millisecond)
		_, err := conn.ExecContext(ctx, "ROLLBACK")
		left <- err
	}()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before := onDisk(t, path)
	st, err := tm.New(s).Compact(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := <-left; err != nil {
		t.Fatal(err)
	}
	walSize := int64(-1)
	if wal, err := os.Stat(path + "-wal"); err == nil {
		walSize = wal.Size()
	}
	if walSize != 0 || st.BytesAfter >= before || st.BytesAfter != onDisk(t, path) {
		t.Errorf("Compact while a reader leaves after 300 ms = %+v (%d bytes before, -wal %d bytes); want the -wal file emptied, fewer bytes", st, before, walSize)
	}
}
