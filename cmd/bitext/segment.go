package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newSegmentCmd is replaced by the real command as its package lands.
func newSegmentCmd(_ *IOStreams, _ *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "segment",
		Short: "(segment: not built yet)",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("segment: not built yet")
		},
	}
}
