package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/bitext/bitext/cmd/internal/cmdutil"
	"github.com/bitext/bitext/tm/dial"
	"github.com/spf13/cobra"
)

// version is the release of bitext; a release build may set it with
// -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// IOStreams carries the standard streams, so that a test can run any command
// with buffers.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
}

// globalOptions are the flags every command shares.
type globalOptions struct {
	// DB is the --db flag: the TM database path, empty for the default
	// (dbPath); named is DB's flag in hints, "" for --db (tm copy: --to).
	DB, named string
	// ios are the streams the commands write to (tmOpener reports a TM it creates there).
	ios *IOStreams
}

// runContext executes the command line args under ctx and returns the
// process exit code. It is the one place where errors become exit codes
// and messages. main cancels ctx on an interrupt, and every long
// operation stops (a cancelled import stores nothing).
func runContext(ctx context.Context, args []string, ios *IOStreams) int {
	root := newRootCmd(ios, args...)
	root.SetArgs(args)
	err := cmdutil.Execute(ctx, root, ios.Out)
	if err == nil {
		return 0
	}
	code := exitCodeOf(err)
	if code != exitCheckFailed || !errors.Is(err, errCheckFailed) {
		fmt.Fprintf(ios.ErrOut, "bitext: error: %s\n", cmdutil.Message(err))
		for _, hint := range hintsOf(err) {
			fmt.Fprintf(ios.ErrOut, "bitext: hint: %s\n", hint)
		}
	}
	return code
}

// newRootCmd is the bitext command and its commands. When args, the
// command line, start with a command's name (bitext align a.txt b.txt),
// only that command's tree is built: building every command's flags took
// a tenth of a small pair's start-up (issue 14).
func newRootCmd(ios *IOStreams, args ...string) *cobra.Command {
	g := &globalOptions{ios: ios}
	root := withHelp("bitext", &cobra.Command{
		Use:           "bitext",
		Short:         "Segment, normalize, align and remember parallel text",
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          unknownSubcommand,
		RunE:          func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	})
	cmdutil.SetVersion(root, version)
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetFlagErrorFunc(cmdutil.FlagError)

	alone := len(args) > 0 && commandBuilders[args[0]] != nil // bitext COMMAND ...: that command alone
	for _, c := range rootCommands {
		if !alone || c == args[0] {
			root.AddCommand(commandBuilders[c](ios, g))
		}
	}
	cmdutil.BuiltinCommands(root)
	typeArgErrors(root)
	dbFlags(root, g)
	cmdutil.RefuseEmptyPaths(root, map[string]string{"output": "to write to standard output", "rules": "for the built-in rules", "db": "for $BITEXT_DB or the default TM",
		"token-file": "to serve without tokens", "read-token-file": "for no read-only tokens", "src-groups": "to score without groups", "tgt-groups": "to score without groups", "cors-origin": "to answer no other site's pages"})
	return root
}

// rootCommands are the names of the commands newRootCmd adds, in order,
// and commandBuilders builds each.
var rootCommands = []string{"segment", "normalize", "names", "align", "tm", "serve"}
var commandBuilders = map[string]func(*IOStreams, *globalOptions) *cobra.Command{"segment": newSegmentCmd, "normalize": newNormalizeCmd,
	"names": newNamesCmd, "tm": newTMCmd, "serve": newServeCmd, "align": func(ios *IOStreams, g *globalOptions) *cobra.Command { return newAlignCmd(ios, g, nil) }}

// tmCommands are the commands that read or write the translation memory;
// they, and only they, offer --db.
var tmCommands = map[string]bool{"normalize": true, "align": true, "serve": true, "names discover": true,
	"names add": true, "names remove": true, "names list": true, "names import": true, "names export": true,
	"tm import": true, "tm add": true, "tm lookup": true, "tm concordance": true, "tm export": true,
	"tm stats": true, "tm delete": true, "tm edit": true, "tm docs": true, "tm pretranslate": true}

// dbFlags gives each of tmCommands its --db flag. A hidden --db on the
// root is a global setting, like $BITEXT_DB: "bitext --db FILE tm ..."
// keeps working, and a wrapper that passes it to every command may, but
// help and completion offer it only where it matters.
func dbFlags(root *cobra.Command, g *globalOptions) {
	const usage = "translation memory `FILE` (default $BITEXT_DB, else $XDG_DATA_HOME/bitext/tm.db)"
	root.PersistentFlags().StringVar(&g.DB, "db", "", usage)
	root.PersistentFlags().MarkHidden("db")
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		if tmCommands[strings.TrimPrefix(c.CommandPath(), "bitext ")] {
			c.Flags().StringVar(&g.DB, "db", "", usage)
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// groupCmd makes a command that only holds subcommands. Without arguments
// it prints its help; with an argument that names no subcommand (a typo:
// "bitext tm imprt") it fails with a usage error, not help and exit 0.
func groupCmd(use, short, long string) *cobra.Command {
	return withHelp(use, &cobra.Command{
		Use:   use,
		Short: short,
		Long:  long,
		Args:  unknownSubcommand,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	})
}

// unknownSubcommand and typeArgErrors: see package cmdutil.
var (
	unknownSubcommand = cmdutil.UnknownSubcommand
	typeArgErrors     = cmdutil.TypeArgErrors
)

// Exit codes, as the command contract defines them, and the errors that
// carry them (package cmdutil): usageErr and badInput mark an error as bad
// usage or bad input (exit 2) with hints; exitCodeOf maps any error to its
// code, hintsOf to its hints.
const (
	exitCheckFailed = cmdutil.ExitCheckFailed
	exitBadInput    = cmdutil.ExitBadInput
	exitInterrupted = cmdutil.ExitInterrupted
)

type exitError = cmdutil.ExitError

var (
	errCheckFailed = cmdutil.ErrCheckFailed
	usageErr       = cmdutil.UsageErr
	badInput       = cmdutil.BadInput
	badInputf      = cmdutil.BadInputf
	exitCodeOf     = cmdutil.ExitCodeOf
	hintsOf        = cmdutil.HintsOf
	wantArgs       = cmdutil.WantArgs
	flushErr       = cmdutil.FlushErr
)

// dbPath resolves the TM location: --db, else dial.DefaultLocation
// ($BITEXT_DB, else the XDG data folder).
func (g *globalOptions) dbPath() (string, error) {
	if g.DB != "" {
		return g.DB, nil
	}
	loc, err := dial.DefaultLocation()
	if err != nil {
		return "", usageErr(err, "set --db or $BITEXT_DB")
	}
	return loc, nil
}

// runOr runs runF on opts (a test's double), or run when runF is nil.
func runOr[T any](ctx context.Context, opts *T, runF, run func(context.Context, *T) error) error {
	if runF != nil {
		return runF(ctx, opts)
	}
	return run(ctx, opts)
}

// done returns err, or, when err is nil, says on standard error what the
// command did.
func done(err error, ios *IOStreams, format string, args ...any) error {
	if err == nil {
		fmt.Fprintf(ios.ErrOut, "bitext: "+format+"\n", args...)
	}
	return err
}
