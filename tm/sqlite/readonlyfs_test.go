package sqlite

import (
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// TestReadOnlyFileSystem: a TM on a file system mounted read-only (a
// read-only share, a container's read-only root, systemd's
// ProtectSystem) is opened to be read, as a TM in a folder this user may
// not write is; it failed with SQLite's "unable to open database file: no
// such file or directory" of a file that is there (exit 1), since a WAL
// reader cannot make its -shm file there. A write to it is refused as
// tm.ErrReadOnly, and a new TM there is the place's fault (exit 2), named
// as a read-only file system, where it was exit 1 with the system's
// words. The file system is a small tmpfs remounted read-only, which only
// root may do; elsewhere the test skips.
func TestReadOnlyFileSystem(t *testing.T) {
	mnt := mountTmpfs(t, "2m")
	ctx := context.Background()
	path := filepath.Join(mnt, "tm.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db := tm.New(s)
	u := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{
		{Lang: language.English, Text: "The talks ended on Friday."},
		{Lang: language.French, Text: "Les pourparlers ont pris fin vendredi."}}}
	if _, err := db.Add(ctx, u); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-o", "remount,ro", mnt).CombinedOutput(); err != nil {
		t.Fatalf("remount read-only: %v %s", err, out)
	}

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("Open of a TM on a read-only file system: %v; want it opened to be read", err)
	}
	db = tm.New(s)
	defer db.Close()
	if !s.ReadOnly() {
		t.Error("ReadOnly() = false for a TM on a read-only file system")
	}
	ms, err := db.Lookup(ctx, "The talks ended on Friday.", tm.LookupOptions{Src: language.English, Tgt: language.French})
	if err != nil || len(ms) != 1 || ms[0].Target != "Les pourparlers ont pris fin vendredi." {
		t.Errorf("Lookup on the read-only TM = %+v, %v; want its one unit", ms, err)
	}
	if _, err := db.Add(ctx, u); !errors.Is(err, tm.ErrReadOnly) {
		t.Errorf("Add to the read-only TM: %v; want tm.ErrReadOnly", err)
	}

	for _, p := range []string{filepath.Join(mnt, "new.db"), filepath.Join(mnt, "sub", "new.db")} {
		s, err := Open(ctx, p)
		if err == nil {
			s.Close()
			t.Fatalf("Open(%s) on a read-only file system: no error", p)
		}
		if !textio.IsBadInput(err) || !strings.Contains(err.Error(), mnt+" is on a file system mounted read-only") {
			t.Errorf("Open(%s) = %v; want the place at fault (bad input), named as a read-only file system", p, err)
		}
	}
}
