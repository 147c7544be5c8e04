//go:build !linux

package textio

import (
	"errors"
	"os"
)

// openUnnamed: files without a name are Linux's (O_TMPFILE); CreateAtomic
// makes a named one here.
func openUnnamed(dir, target string) (*os.File, bool) { return nil, false }

// linkUnnamed is never called here: openUnnamed makes no file.
func linkUnnamed(*os.File, string) error { return errors.ErrUnsupported }

// maxKept: no file is kept open unnamed here.
var maxKept = func() int64 { return 0 }

// linksTemps: no temporary file is named by a link here, and none is
// removed (removeLeftovers does nothing).
const linksTemps = false

// linkedLeft: no file is linked here, and none removed (a shared folder's
// leftover of a Linux run is the next Linux run's to remove).
func linkedLeft(string, int) bool { return false }
