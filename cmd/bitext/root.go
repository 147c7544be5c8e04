package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
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
	// DB is the --db flag: the TM database path; empty means the default
	// (see dbPath).
	DB string
	// ios are the streams the commands write to (tmOpener reports a TM it
	// creates there).
	ios *IOStreams
}

// run executes the command line args and returns the process exit code. It is
// the one place where errors become exit codes and messages.
func run(args []string, ios *IOStreams) int {
	return runContext(context.Background(), args, ios)
}

// runContext is run under ctx: main cancels it on an interrupt, and every
// long operation stops (a cancelled import stores nothing).
func runContext(ctx context.Context, args []string, ios *IOStreams) int {
	root := newRootCmd(ios)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	code := exitCodeOf(err)
	if code != exitCheckFailed || !errors.Is(err, errCheckFailed) {
		fmt.Fprintf(ios.ErrOut, "bitext: error: %v\n", err)
		for _, hint := range hintsOf(err) {
			fmt.Fprintf(ios.ErrOut, "bitext: hint: %s\n", hint)
		}
	}
	return code
}

func newRootCmd(ios *IOStreams) *cobra.Command {
	g := &globalOptions{ios: ios}
	root := withHelp("bitext", &cobra.Command{
		Use:           "bitext",
		Short:         "Segment, normalize, align and remember parallel text",
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          unknownSubcommand,
		RunE:          func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	})
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageErr(err) })

	root.AddCommand(
		newSegmentCmd(ios, g),
		newNormalizeCmd(ios, g),
		newNamesCmd(ios, g),
		newAlignCmd(ios, g, nil),
		newTMCmd(ios, g),
		newServeCmd(ios, g),
	)
	typeArgErrors(root)
	dbFlags(root, g)
	return root
}

// tmCommands are the commands that read or write the translation memory;
// they, and only they, offer --db.
var tmCommands = map[string]bool{"normalize": true, "align": true,
	"names discover": true, "names add": true, "names remove": true, "names list": true,
	"names import": true, "names export": true, "tm import": true, "tm add": true,
	"tm lookup": true, "tm concordance": true, "tm export": true, "tm stats": true, "serve": true}

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

// unknownSubcommand is the Args check of the root and of groupCmd commands.
func unknownSubcommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	var hints []string
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		hints = append(hints, "did you mean "+strings.Join(s, " or ")+"?")
	}
	hints = append(hints, "'"+cmd.CommandPath()+" --help' lists the commands")
	return usageErr(fmt.Errorf("unknown command %q for %q", args[0], cmd.CommandPath()), hints...)
}

// typeArgErrors makes every argument check in the tree return a usage
// error (exit 2), so that exit codes never depend on the wording of
// cobra's messages.
func typeArgErrors(cmd *cobra.Command) {
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			if err := check(c, args); err != nil {
				var ee *exitError
				if errors.As(err, &ee) {
					return err
				}
				return usageErr(err)
			}
			return nil
		}
	}
	for _, c := range cmd.Commands() {
		typeArgErrors(c)
	}
}

// Exit codes, as the command contract defines them.
const (
	exitCheckFailed = 1 // a check found something, or a runtime failure
	exitBadInput    = 2 // bad usage or bad input
	// exitInterrupted is the shell's code for a process ended by SIGINT
	// (128 + 2): the run was cancelled and stored nothing.
	exitInterrupted = 130
)

// errCheckFailed is returned by --check modes when they found something; the
// command has already reported what, so main prints nothing more.
var errCheckFailed = errors.New("check failed")

// exitError carries an exit code and optional hints with an error.
type exitError struct {
	code  int
	err   error
	hints []string
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErr marks err as bad usage (exit 2).
func usageErr(err error, hints ...string) error {
	return &exitError{code: exitBadInput, err: err, hints: hints}
}

// badInput marks err as bad input (exit 2): the message should name the file,
// the line and what is wrong.
func badInput(err error, hints ...string) error {
	return &exitError{code: exitBadInput, err: err, hints: hints}
}

// badInputf is badInput with a formatted message.
func badInputf(format string, args ...any) error {
	return badInput(fmt.Errorf(format, args...))
}

// exitCodeOf is the exit status of a command's error: the code an
// exitError carries, else 2 for the libraries' typed bad-input errors
// (badInputErrs), 130 for a cancelled run, 1 for anything else.
func exitCodeOf(err error) int {
	var ee *exitError
	switch {
	case errors.As(err, &ee):
		return ee.code
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	case isBadInput(err):
		return exitBadInput
	}
	return exitCheckFailed
}

// isBadInput reports whether err is one of the libraries' errors about
// what the user gave: a file that is not UTF-8 text, a malformed TMX, TSV,
// JSONL, glossary, SRX or dictionary file, a place that cannot be written,
// a file that is no bitext TM. Their messages name the file and line.
func isBadInput(err error) bool {
	for _, target := range []any{new(*textio.Error), new(*tmx.Error), new(*tm.LineError),
		new(*normalize.ParseError), new(*segment.SRXError), new(*align.DictFileError),
		new(*align.RecordError), new(*align.GroupsError)} {
		if errors.As(err, target) {
			return true
		}
	}
	for _, target := range []error{textio.ErrPlace, textio.ErrOpen, tm.ErrBadInput, tm.ErrBadUnit, tm.ErrNotTM,
		tm.ErrNewerSchema, tm.ErrReadOnly, normalize.ErrNotRegular} {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}

// hintsOf are the hints to print after err's message: an exitError's, and
// a textio.Error's (how to convert UTF-16 text).
func hintsOf(err error) []string {
	var hints []string
	var ee *exitError
	if errors.As(err, &ee) {
		hints = append(hints, ee.hints...)
	}
	var te *textio.Error
	if errors.As(err, &te) && te.Hint != "" && !slices.Contains(hints, te.Hint) {
		hints = append(hints, te.Hint)
	}
	return hints
}

// dbPath resolves the TM path: --db, else $BITEXT_DB, else
// $XDG_DATA_HOME/bitext/tm.db, else ~/.local/share/bitext/tm.db.
func (g *globalOptions) dbPath() (string, error) {
	if g.DB != "" {
		return g.DB, nil
	}
	if p := os.Getenv("BITEXT_DB"); p != "" {
		return p, nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return d + "/bitext/tm.db", nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", usageErr(fmt.Errorf("no TM path: %w", err), "set --db or $BITEXT_DB")
	}
	return home + "/.local/share/bitext/tm.db", nil
}

// completeValues offers values for a flag in shell completion:
// cmd.RegisterFlagCompletionFunc("format", completeValues("text", "jsonl")).
func completeValues(values ...string) cobra.CompletionFunc {
	return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
}

// commonLangs are the language tags shell completion offers for language
// flags: those with built-in segmentation rules. Any BCP 47 tag is taken.
var commonLangs = []string{"en", "fr", "de", "es", "it", "pt", "nl", "da", "pl", "sk", "bg", "ru", "kk",
	"hy", "el", "ar", "fa", "ur", "hi", "mr", "am", "my", "zh", "ja"}

// completeLangs offers commonLangs for a language flag.
var completeLangs = completeValues(commonLangs...)

// runOr runs runF on opts (a test's double), or run when runF is nil.
func runOr[T any](ctx context.Context, opts *T, runF, run func(context.Context, *T) error) error {
	if runF != nil {
		return runF(ctx, opts)
	}
	return run(ctx, opts)
}

// wantArgs is an argument check: a usage error saying what is wanted
// unless ok(number of arguments).
func wantArgs(ok func(int) bool, want string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if ok(len(args)) {
			return nil
		}
		return usageErr(errors.New(want))
	}
}

// done returns err, or, when err is nil, says on standard error what the
// command did.
func done(err error, ios *IOStreams, format string, args ...any) error {
	if err == nil {
		fmt.Fprintf(ios.ErrOut, "bitext: "+format+"\n", args...)
	}
	return err
}

// flushErr flushes w; an error is a write error.
func flushErr(w *bufio.Writer) error {
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}
