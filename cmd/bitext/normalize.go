package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newNormalizeCmd is replaced by the real command as its package lands.
func newNormalizeCmd(_ *IOStreams, _ *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "normalize",
		Short: "(normalize: not built yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("normalize: not built yet")
		},
	}
}
