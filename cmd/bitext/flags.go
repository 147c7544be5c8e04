package main

import (
	"github.com/bitext/bitext/cmd/internal/cmdutil"
	"github.com/spf13/cobra"
)

// Typed flags (see package cmdutil): a value is parsed and checked when the
// flag is set, and a bad value is a usage error (exit 2) before any work
// starts. These are the names the commands use.
var (
	flagLang     = cmdutil.Lang     // a language.Tag; unset, language.Und
	flagLangs    = cmdutil.Langs    // several languages, comma-separated or repeated
	flagRange    = cmdutil.Range    // a number in [min, max]; *p is the default
	flagIntRange = cmdutil.IntRange // a whole number in [min, max] (max math.MaxInt: no bound)
)

// flagChoice defines a flag whose value is one of names, standing for the
// value at the same index of values; *p is the default.
func flagChoice[T any](cmd *cobra.Command, p *T, name, usage string, names []string, values []T) {
	cmdutil.Choice(cmd, p, name, usage, names, values)
}

// flagEnum defines a flag taking one of values (strings, or a string type
// such as tm.Format); the first is the default.
func flagEnum[T ~string](cmd *cobra.Command, p *T, name, usage string, values ...T) {
	cmdutil.Enum(cmd, p, name, usage, values...)
}
