package main

import (
	_ "embed"
	"strings"

	"github.com/spf13/cobra"
)

// helpText holds the Long description and the examples of the commands
// (its first lines give the layout): prose, kept apart from flag wiring.
//
//go:embed help.txt
var helpText string

// helps are helpText's sections by command path ("tm import"; "bitext" for
// the root): its Long and its Example.
var helps = func() map[string][2]string {
	m := map[string][2]string{}
	for _, sec := range strings.Split(strings.TrimSuffix(helpText, "\n"), "\n=== ")[1:] {
		path, body, _ := strings.Cut(sec, "\n")
		long, example, _ := strings.Cut("\n"+body, "\n--- example\n")
		m[path] = [2]string{strings.TrimPrefix(long, "\n"), example}
	}
	return m
}()

// withHelp gives c the Long and Example that help.txt has for the command
// path, unless c sets its own, and returns c.
func withHelp(path string, c *cobra.Command) *cobra.Command {
	h := helps[path]
	if c.Long == "" {
		c.Long = h[0]
	}
	if c.Example == "" {
		c.Example = h[1]
	}
	return c
}
