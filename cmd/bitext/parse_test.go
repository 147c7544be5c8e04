package main

import (
	"io"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// execParse runs cmd, built with a runF that captures its options, on args
// as the root command would: flag and argument errors typed as usage
// errors, help and usage output discarded.
func execParse(cmd *cobra.Command, args []string) error {
	typeArgErrors(cmd)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageErr(err) })
	cmd.SetArgs(args)
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	return cmd.Execute()
}

// parsedOK checks the error of a parse case: a usage error (exit 2) that
// holds want, or no error when want is "". It reports a mismatch and says
// whether the case parsed, so that its options can be compared.
func parsedOK(t *testing.T, what string, args []string, err error, want string) bool {
	t.Helper()
	switch {
	case want != "":
		if err == nil || !strings.Contains(err.Error(), want) || exitCodeOf(err) != exitBadInput {
			t.Errorf("%s %q: error %v; want a usage error with %q", what, args, err, want)
		}
		return false
	case err != nil:
		t.Errorf("%s %q: %v", what, args, err)
		return false
	}
	return true
}
