package cmdutil

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/bitext/bitext/tm/textio"
	"github.com/spf13/cobra"
)

// Exit codes, as the command contract defines them.
const (
	ExitCheckFailed = 1 // a check found something, or a runtime failure
	ExitBadInput    = 2 // bad usage or bad input
	// ExitInterrupted is the shell's code for a process ended by SIGINT
	// (128 + 2): the run was cancelled and stored nothing.
	ExitInterrupted = 130
)

// ErrCheckFailed is returned by --check modes when they found something;
// the command has already reported what, so nothing more is printed.
var ErrCheckFailed = errors.New("check failed")

// ExitError carries an exit code and hints (printed after the message)
// with an error.
type ExitError struct {
	Code  int
	Err   error
	Hints []string
}

func (e *ExitError) Error() string { return e.Err.Error() }
func (e *ExitError) Unwrap() error { return e.Err }

// UsageErr marks err as bad usage (exit 2).
func UsageErr(err error, hints ...string) error {
	return &ExitError{Code: ExitBadInput, Err: err, Hints: hints}
}

// BadInput marks err as bad input (exit 2): the message should name the
// file, the line and what is wrong.
func BadInput(err error, hints ...string) error {
	return &ExitError{Code: ExitBadInput, Err: err, Hints: hints}
}

// BadInputf is BadInput with a formatted message.
func BadInputf(format string, args ...any) error {
	return BadInput(fmt.Errorf(format, args...))
}

// ExitCodeOf is the exit status of a command's error: the code an
// ExitError carries, else 130 for a cancelled run, 2 for the libraries'
// errors about the user's input (marked for textio.IsBadInput: a file that
// is not UTF-8 text, a malformed TMX, TSV, JSONL, glossary, SRX or
// dictionary file, a place that cannot be written, a file that is no
// bitext TM; their messages name the file and line), 1 for anything else.
func ExitCodeOf(err error) int {
	var ee *ExitError
	switch {
	case errors.As(err, &ee):
		return ee.Code
	case errors.Is(err, context.Canceled):
		return ExitInterrupted
	case textio.IsBadInput(err):
		return ExitBadInput
	}
	return ExitCheckFailed
}

// HintsOf are the hints to print after err's message: an ExitError's, and
// a textio.Error's (how to convert UTF-16 text).
func HintsOf(err error) []string {
	var hints []string
	var ee *ExitError
	if errors.As(err, &ee) {
		hints = append(hints, ee.Hints...)
	}
	var te *textio.Error
	if errors.As(err, &te) && te.Hint != "" && !slices.Contains(hints, te.Hint) {
		hints = append(hints, te.Hint)
	}
	var h interface{ Hint() string } // textio.TextGivenAsFile's
	if errors.As(err, &h) && h.Hint() != "" && !slices.Contains(hints, h.Hint()) {
		hints = append(hints, h.Hint())
	}
	for i := range hints {
		hints[i] = OneLine(hints[i])
	}
	return hints
}

// UnknownSubcommand is the Args check of a command that only holds
// subcommands: an argument that names none (a typo: "bitext tm imprt") is
// a usage error with suggestions, not help and exit 0.
func UnknownSubcommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	var hints []string
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		hints = append(hints, "did you mean "+strings.Join(s, " or ")+"?")
	}
	hints = append(hints, "'"+cmd.CommandPath()+" --help' lists the commands")
	return UsageErr(fmt.Errorf("unknown command %q for %q", args[0], cmd.CommandPath()), hints...)
}

// FlagError is the flag error function of a command tree: a usage error,
// and for a flag cmd does not have ("bitext tm lookup --frob") a hint of
// where its flags are listed; --version, which only the root command has,
// is sent there ("bitext tm --version" said only "unknown flag"). A bad
// value's error says what is wanted already.
func FlagError(cmd *cobra.Command, err error) error {
	msg := err.Error()
	switch {
	case cmd != cmd.Root() && (msg == "unknown flag: --version" || msg == "unknown shorthand flag: 'v' in -v"):
		return UsageErr(err, "'"+cmd.Root().Name()+" --version' says the version")
	case strings.HasPrefix(msg, "unknown flag: ") || strings.HasPrefix(msg, "unknown shorthand flag: "):
		return UsageErr(err, "'"+cmd.CommandPath()+" --help' lists its flags")
	}
	return UsageErr(err)
}

// BuiltinCommands makes cobra's completion command (which cobra adds at
// Execute unless it is there) a group like any other: "completion tcsh",
// a shell it has no script for, is a usage error, not help and exit 0.
// And cobra's help command refuses a topic that names no command ("help
// frobnicate", "help tm imprt") as a usage error: it printed the root's
// help and exited 0.
func BuiltinCommands(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	root.InitDefaultHelpCmd()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "completion":
			c.Args = UnknownSubcommand
			c.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
		case "help":
			run := c.Run
			c.Run = nil
			c.RunE = func(cmd *cobra.Command, args []string) error {
				if found, rest, err := cmd.Root().Find(args); len(args) > 0 && (err != nil || len(rest) > 0 || found == cmd.Root()) {
					return UsageErr(fmt.Errorf("unknown help topic %q: no such command", strings.Join(args, " ")), "'"+cmd.Root().Name()+" --help' lists the commands")
				}
				run(cmd, args)
				return nil
			}
		}
	}
}

// TypeArgErrors makes every argument check in the tree return a usage
// error (exit 2), so that exit codes never depend on the wording of
// cobra's messages.
func TypeArgErrors(cmd *cobra.Command) {
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			if err := check(c, args); err != nil {
				var ee *ExitError
				if errors.As(err, &ee) {
					return err
				}
				return argCountErr(c, args)
			}
			return nil
		}
	}
	for _, c := range cmd.Commands() {
		TypeArgErrors(c)
	}
}

// argCountErr is the usage error for the arguments of c that cobra's own
// checks (cobra.NoArgs, cobra.MaximumNArgs, ...) refused: it names the
// command and the arguments given, shows the command's usage line, and
// says that a text of several words goes in quotes.
func argCountErr(c *cobra.Command, args []string) error {
	name := strings.TrimPrefix(c.CommandPath(), c.Root().Name()+" ")
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = fmt.Sprintf("%q", a)
	}
	got := "none given"
	if len(args) > 0 {
		got = fmt.Sprintf("%d given (%s)", len(args), strings.Join(quoted, ", "))
	}
	hints := []string{"usage: " + c.UseLine()}
	if len(args) > 1 && (strings.Contains(c.Use, "TEXT") || strings.Contains(c.Use, "SOURCE TARGET")) {
		hints = append(hints, `a text of several words is one argument: put it in quotes ("Good morning.")`)
	}
	return UsageErr(fmt.Errorf("wrong number of arguments for %s: %s", name, got), hints...)
}

// SwitchedFileArgs is the argument check of a command that takes at most
// one file, which a switch turns into another kind of file (tm
// pretranslate --back: the translated XLIFF instead of the article). Two
// arguments with the switch on are most often the old file given too, or
// a value given to the switch, which takes none: the error says so, and
// example is what to run.
func SwitchedFileArgs(on *bool, flag, file, example string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) > 1 && *on {
			quoted := make([]string, len(args))
			for i, a := range args {
				quoted[i] = fmt.Sprintf("%q", a)
			}
			return UsageErr(fmt.Errorf("%s takes no value: give only one file, %s (%d given: %s)", flag, file, len(args), strings.Join(quoted, ", ")), "run: "+example)
		}
		return cobra.MaximumNArgs(1)(c, args)
	}
}

// WantArgs is an argument check: a usage error saying what is wanted
// unless ok(number of arguments).
func WantArgs(ok func(int) bool, want string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if ok(len(args)) {
			return nil
		}
		return UsageErr(errors.New(want))
	}
}

// FlushErr flushes w; an error is a write error (textio.WriteError).
func FlushErr(w *bufio.Writer) error { return textio.WriteError(w.Flush()) }

// ParseHelp reads the help text of commands (see cmd/bitext/help.txt):
// sections "=== PATH", each a Long description, then optionally a line
// "--- example" and the examples. It returns them by command path.
func ParseHelp(text string) map[string][2]string {
	m := map[string][2]string{}
	for _, sec := range strings.Split(strings.TrimSuffix(text, "\n"), helpHead)[1:] {
		path, h := helpSection(sec)
		m[path] = h
	}
	return m
}

// HelpSection is ParseHelp(text)[path] (the last section of that path),
// found without reading the other sections or allocating: a process
// builds the help of the command it runs and the root's alone, and
// parsing all of help.txt at start-up was most of package main's
// initialisation (speed54).
func HelpSection(text, path string) [2]string {
	if strings.Contains(path, "\n") {
		return [2]string{} // no path ParseHelp reads holds a line break
	}
	text = strings.TrimSuffix(text, "\n")
	i := -1
	if rest, ok := strings.CutSuffix(text, path); ok && strings.HasSuffix(rest, helpHead) {
		i = len(rest) // the last section, without a body
	} else {
		// Sections start at each helpHead, and no two of them overlap:
		// the last of the path's.
		head := helpHead + path + "\n"
		for j := indexLine(text, head); j >= 0; {
			i = j + len(helpHead)
			if j = indexLine(text[i:], head); j >= 0 {
				j += i
			}
		}
		if i < 0 {
			return [2]string{}
		}
	}
	sec := text[i:]
	if j := indexLine(sec, helpHead); j >= 0 {
		sec = sec[:j]
	}
	_, h := helpSection(sec)
	return h
}

// indexLine is strings.Index(s, t) for a t of a line break and more,
// found by what follows the break: strings.Index skips to the next
// occurrence of its first byte with vector instructions, and a line
// break, on every line of prose, stopped it every few bytes ("=" of a
// section's head is rare: help.txt's two lookups 5 times faster).
func indexLine(s, t string) int {
	for from := 1; from <= len(s); {
		j := strings.Index(s[from:], t[1:])
		if j < 0 {
			return -1
		}
		j += from
		if s[j-1] == t[0] {
			return j - 1
		}
		from = j + 1
	}
	return -1
}

// helpHead starts a section of a help text.
const helpHead = "\n=== "

// helpSection reads a section of a help text, from its path on, up to
// the next section: its path, Long and Example.
func helpSection(sec string) (path string, h [2]string) {
	path, body, _ := strings.Cut(sec, "\n")
	const ex = "--- example\n"
	long, example := body, ""
	if rest, ok := strings.CutPrefix(body, ex); ok {
		long, example = "", rest
	} else {
		long, example, _ = strings.Cut(body, "\n"+ex)
	}
	// A blank line before the next section is no part of this one
	// (help would show two blank lines before "Flags:").
	return path, [2]string{strings.TrimRight(long, "\n"), strings.TrimRight(example, "\n")}
}

// Message is err's message for a person: where an interrupt stopped a step
// that does not say so itself, Go's "context canceled" at its end reads
// "interrupted" ("open tm.db: interrupted").
func Message(err error) string {
	msg := err.Error()
	if errors.Is(err, context.Canceled) {
		if m, ok := strings.CutSuffix(msg, context.Canceled.Error()); ok {
			msg = m + "interrupted"
		}
	}
	return OneLine(msg)
}

// OneLine writes the line breaks of s as \n and \r: a file name holding
// one (`bitext segment $'a\nb.txt'`) broke the error's line in two, the
// second without "bitext: error:" before it.
func OneLine(s string) string {
	return lineBreaks.Replace(s)
}

var lineBreaks = strings.NewReplacer("\n", `\n`, "\r", `\r`)
