package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newNamesCmd is replaced by the real command as its package lands.
func newNamesCmd(_ *IOStreams, _ *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "names",
		Short: "(names: not built yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("names: not built yet")
		},
	}
}
