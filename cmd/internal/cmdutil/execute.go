package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/spf13/cobra"
)

// Execute runs root under ctx with out as cobra's standard output (help,
// usage, completion scripts). Cobra drops the errors of writing those: a
// help that could not be written (a full disk, a closed pipe) would end
// in success. A failed write of cobra's output that the command did not
// report itself is returned as an error.
func Execute(ctx context.Context, root *cobra.Command, out io.Writer) error {
	w := &checkedWriter{w: out}
	root.SetOut(w)
	err := root.ExecuteContext(ctx)
	if err == nil && w.err != nil {
		var pe *fs.PathError
		if errors.As(w.err, &pe) {
			w.err = pe.Err // "write /dev/stdout: ..." says what the message says
		}
		err = fmt.Errorf("write standard output: %w", w.err)
	}
	return err
}

// checkedWriter is a writer that keeps its first error.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}
