package sqlite

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/bitext/bitext/tm"
)

// TestDryRunLeavesFile: a dry run (tm.ImportOptions.DryRun) of an import
// that adds and merges units, with a word index larger than one flush,
// leaves the TM's file byte for byte as it was, and writes no -wal file
// that outlives the store.
func TestDryRunLeavesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	units := func(n int) []tm.Unit {
		var us []tm.Unit
		for i := range n {
			us = append(us, pair(fmt.Sprintf("Sentence number %d of the test.", i), fmt.Sprintf("Phrase numéro %d du test.", i)))
		}
		return us
	}
	db, err := OpenDB(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import(ctx, seq(units(500)...), tm.ImportOptions{File: "a.tmx"}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	db, err = OpenDB(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := db.Import(ctx, seq(units(3000)...), tm.ImportOptions{File: "b.tmx", DryRun: true})
	if err != nil || st.Read != 3000 || st.Added != 2500 || st.Merged != 500 {
		t.Errorf("dry run = %+v, %v; want 3000 read, 2500 added, 500 merged", st, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(after, before) {
		t.Errorf("the TM's file changed in a dry run: %d bytes, %d before", len(after), len(before))
	}
	for _, p := range []string{path + "-wal", path + "-journal"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s is left after a dry run", p)
		}
	}
}
