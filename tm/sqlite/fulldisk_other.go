//go:build !linux

package sqlite

import (
	"errors"
	"os"
)

// lockAlone is the Linux one's (an open file description lock); other
// systems read no TM on a full disk.
func lockAlone(*os.File) error {
	return errors.ErrUnsupported
}
