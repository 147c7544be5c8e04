package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newAlignCmd is replaced by the real command as its package lands.
func newAlignCmd(_ *IOStreams, _ *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "align",
		Short: "(align: not built yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("align: not built yet")
		},
	}
}
