//go:build !unix

package textio

import (
	"context"
	"os"
)

// openPipeWrite opens name to write it: no named pipes here.
func openPipeWrite(_ context.Context, name string, _ func()) (*os.File, error) {
	return os.OpenFile(name, os.O_WRONLY, 0)
}
