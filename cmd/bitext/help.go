package main

import (
	_ "embed"

	"github.com/bitext/bitext/cmd/internal/cmdutil"
	"github.com/spf13/cobra"
)

// helpText holds the Long description and the examples of the commands
// (its first lines give the layout): prose, kept apart from flag wiring.
//
//go:embed help.txt
var helpText string

// withHelp gives c the Long and Example that help.txt has for the command
// path, unless c sets its own, and returns c.
func withHelp(path string, c *cobra.Command) *cobra.Command {
	h := cmdutil.HelpSection(helpText, path)
	if c.Long == "" {
		c.Long = h[0]
	}
	if c.Example == "" {
		c.Example = h[1]
	}
	return c
}
