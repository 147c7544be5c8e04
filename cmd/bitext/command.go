package main

import (
	"context"

	"github.com/spf13/cobra"
)

// command builds a bitext command in the cli/cli shape (flags -> opts ->
// run(ctx, opts)): spec is the cobra command (Use, Short, Args), given its
// help from help.txt by path; check, if not nil, turns the arguments into
// opts and checks what the flags cannot (a usage error stops there); then
// runF (a test's double) or else run runs opts. The caller binds the flags
// to opts on the command returned.
func command[T any](path string, spec *cobra.Command, opts *T, check func(args []string) error, runF, run func(context.Context, *T) error) *cobra.Command {
	spec.RunE = func(cmd *cobra.Command, args []string) error {
		if check != nil {
			if err := check(args); err != nil {
				return err
			}
		}
		return runOr(cmd.Context(), opts, runF, run)
	}
	return withHelp(path, spec)
}
