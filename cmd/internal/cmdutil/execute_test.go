package cmdutil

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestExecuteWriteError: help that cannot be written is an error (cobra
// drops it: `bitext --help > /dev/full` exited 0); written, it is not.
func TestExecuteWriteError(t *testing.T) {
	root := func() *cobra.Command {
		c := &cobra.Command{Use: "x", Long: "Some help.", RunE: func(c *cobra.Command, _ []string) error { return c.Help() }}
		c.SetArgs([]string{"--help"})
		return c
	}
	if err := Execute(context.Background(), root(), failWriter{}); err == nil || !strings.Contains(err.Error(), "no space left on device") {
		t.Errorf("--help to a full disk: %v; want the write error", err)
	}
	var b strings.Builder
	if err := Execute(context.Background(), root(), &b); err != nil || !strings.Contains(b.String(), "Some help.") {
		t.Errorf("--help: %v, %q; want the help and no error", err, b.String())
	}
}
