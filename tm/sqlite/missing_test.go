package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestMissing(t *testing.T) {
	dir := t.TempDir()
	empty, tmPath := filepath.Join(dir, "empty.db"), filepath.Join(dir, "tm.db")
	os.WriteFile(empty, nil, 0o644)
	s, err := Open(context.Background(), tmPath)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for path, want := range map[string]bool{filepath.Join(dir, "none.db"): true, empty: true, tmPath: false, dir: false} {
		if got := Missing(path); got != want {
			t.Errorf("Missing(%s) = %v; want %v", filepath.Base(path), got, want)
		}
	}
}
