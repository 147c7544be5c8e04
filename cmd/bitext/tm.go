package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newTMCmd is replaced by the real command as its package lands.
func newTMCmd(_ *IOStreams, _ *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "tm",
		Short: "(tm: not built yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("tm: not built yet")
		},
	}
}
