package sqlite

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/bitext/bitext/tm"
)

// TestWALCutBackAfterBigWrite: a large import makes the WAL file as large
// as its transaction; once a checkpoint has copied it into the TM, the
// next write starts the WAL again and cuts the file back to walSizeLimit.
// It stayed as large as it ever grew for as long as the TM was open (a
// server's lifetime): 89 MB after an import of 200,000 units.
func TestWALCutBackAfterBigWrite(t *testing.T) {
	defer func(old int64) { walSizeLimit = old }(walSizeLimit)
	walSizeLimit = 256 << 10
	path := filepath.Join(t.TempDir(), "tm.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := tm.New(s)
	defer d.Close()
	var units []tm.Unit
	for i := range 20000 {
		units = append(units, pair(fmt.Sprintf("Sentence number %d of a long file, with words enough to fill pages.", i), fmt.Sprintf("Phrase %d d'un long fichier.", i)))
	}
	if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{File: "big.tsv"}); err != nil {
		t.Fatal(err)
	}
	wal := func() int64 {
		fi, err := os.Stat(path + "-wal")
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	big := wal()
	if big <= 4*walSizeLimit {
		t.Fatalf("the import's WAL is %d bytes; the test wants one over %d", big, 4*walSizeLimit)
	}
	// The import's commit checkpointed (the WAL is over 1,000 pages);
	// this write starts the WAL again.
	if _, err := d.Import(ctx, seq(pair("One more sentence.", "Une phrase de plus.")), tm.ImportOptions{File: "one.tsv"}); err != nil {
		t.Fatal(err)
	}
	if got := wal(); got > walSizeLimit {
		t.Errorf("WAL after the big import %d bytes, after the next write %d; want it cut back to %d or less", big, got, walSizeLimit)
	}
}
