package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// atomicFile is a temporary file beside the file it will replace: written in
// full, synced, then renamed over its target, so that a reader of the target
// sees the old content or the new, never a partial file, whatever fails.
type atomicFile struct {
	*os.File
	target string
	perm   fs.FileMode
}

// createAtomic starts replacing target (which need not exist). The new file
// gets permissions perm. Bad places to write (a missing folder, a folder we
// may not write) are bad input naming target.
func createAtomic(target string, perm fs.FileMode) (*atomicFile, error) {
	dir := filepath.Dir(target)
	f, err := os.CreateTemp(dir, "."+filepath.Base(target)+".bitext-*")
	switch {
	case err == nil:
		return &atomicFile{File: f, target: target, perm: perm}, nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, badInputf("write %s: no such directory %s", target, dir)
	case errors.Is(err, fs.ErrPermission):
		return nil, badInputf("write %s: cannot write in its folder %s (permission denied); the file is unchanged", target, dir)
	}
	return nil, badInputf("write %s: %v", target, err)
}

// Commit syncs the new content and renames it over the target.
func (a *atomicFile) Commit() error {
	err := a.Chmod(a.perm)
	if err == nil {
		err = a.Sync()
	}
	if cerr := a.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(a.Name(), a.target)
	}
	if err != nil {
		os.Remove(a.Name())
		return fmt.Errorf("write %s: %w", a.target, err)
	}
	return nil
}

// Abort drops the new content; the target is untouched. Abort after Commit
// does nothing.
func (a *atomicFile) Abort() {
	a.Close()
	os.Remove(a.Name())
}
