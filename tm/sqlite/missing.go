package sqlite

import (
	"errors"
	"io/fs"
	"os"
)

// Missing reports whether there is no TM at path to open: no file, or an
// empty regular file, which Open would turn into a TM. A front end that
// only reads a TM checks it first, so that a mistyped path is an error,
// not a new empty TM; any other file (or a path it cannot stat) is for
// Open to judge.
func Missing(path string) bool {
	fi, err := os.Stat(path)
	return errors.Is(err, fs.ErrNotExist) || err == nil && fi.Mode().IsRegular() && fi.Size() == 0
}
