package sqlite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm"
)

// TestWriteAfterFileMoved deletes, then replaces, the file of an open TM
// (as an administrator cleaning up, or restoring a backup, under a running
// bitext serve): writes fail with tm.ErrMoved naming the file, and so does
// SchemaVersion (a server's health check), where the writes were
// reported as stored and went to the deleted file (lost at exit) or to a
// -wal file beside the restored one.
func TestWriteAfterFileMoved(t *testing.T) {
	ctx := context.Background()
	unit := func(src string) tm.Unit {
		return tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: src}, {Lang: language.French, Text: "Le " + src}}}
	}
	for _, how := range []string{"deleted", "replaced"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "tm.db")
			db, err := OpenDB(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Add(ctx, unit("minister arrived.")); err != nil {
				t.Fatal(err)
			}
			backup := filepath.Join(dir, "backup.db")
			if err := os.WriteFile(backup, []byte("not the TM"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
			if how == "replaced" {
				if err := os.Rename(backup, path); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := db.Add(ctx, unit("minister left.")); !errors.Is(err, tm.ErrMoved) {
				t.Errorf("a write to a TM whose file was %s: %v; want tm.ErrMoved", how, err)
			}
			if _, err := db.SchemaVersion(ctx); !errors.Is(err, tm.ErrMoved) {
				t.Errorf("SchemaVersion of a TM whose file was %s: %v; want tm.ErrMoved", how, err)
			}
		})
	}
}
