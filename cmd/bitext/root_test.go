package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// TestDBFlagOnlyWhereUsed: --db is offered (in help and completion) by the
// commands that use a TM and by no other; given to another, it is a usage
// error, not silently ignored. The old form "bitext --db FILE tm ..." works.
func TestDBFlagOnlyWhereUsed(t *testing.T) {
	root := newRootCmd(&IOStreams{})
	var walk func(*cobra.Command)
	seen := 0
	walk = func(c *cobra.Command) {
		path := strings.TrimPrefix(c.CommandPath(), "bitext ")
		f := c.LocalFlags().Lookup("db")
		offered := f != nil && !f.Hidden
		if c.Runnable() && c != root && offered != tmCommands[path] {
			t.Errorf("%s: --db offered %v; want %v", path, offered, tmCommands[path])
		}
		if offered {
			seen++
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	if seen != len(tmCommands) {
		t.Errorf("%d commands offer --db; want the %d of tmCommands (a name there that is no command?)", seen, len(tmCommands))
	}
	dir := t.TempDir()
	text := filepath.Join(dir, "a.en.txt")
	os.WriteFile(text, []byte("Hello there. Bye.\n"), 0o644)
	out, stderr, code := runBitext(t, "", "--db", filepath.Join(dir, "x.db"), "segment", text)
	if code != 0 || out != "Hello there.\nBye.\n" {
		t.Errorf("bitext --db x.db segment: exit %d, %q, %q; want the global setting ignored", code, out, stderr)
	}
	if help, _, _ := runBitext(t, "", "segment", "--help"); strings.Contains(help, "--db") {
		t.Errorf("segment --help offers --db:\n%s", help)
	}
	missing := filepath.Join(dir, "missing.db")
	for _, args := range [][]string{{"--db", missing, "tm", "stats"}, {"tm", "stats", "--db", missing}} {
		_, stderr, code := runBitext(t, "", args...)
		if code != exitBadInput || !strings.Contains(stderr, missing) {
			t.Errorf("bitext %q: exit %d, %q; want exit 2 naming %s", args, code, stderr, missing)
		}
	}
}

// TestDBFlagInHelp: every command that opens the TM says so in its help,
// with --db (tm delete, edit, docs and pretranslate took --db, as the
// hidden global flag, but their help did not offer it).
func TestDBFlagInHelp(t *testing.T) {
	for _, cmd := range [][]string{
		{"tm", "delete"}, {"tm", "edit"}, {"tm", "docs"}, {"tm", "pretranslate"},
		{"tm", "lookup"}, {"tm", "stats"}, {"serve"}, {"names", "list"},
	} {
		help, _, code := runBitext(t, "", append(cmd, "--help")...)
		if code != 0 || !strings.Contains(help, "--db FILE") {
			t.Errorf("bitext %s --help: exit %d; want --db FILE among the flags:\n%s", strings.Join(cmd, " "), code, help)
		}
	}
}

// TestRootOneCommand: a command line that starts with a command's name
// builds that command alone (newRootCmd's args), with the same
// subcommands and flags, and the same help, as the whole tree has.
func TestRootOneCommand(t *testing.T) {
	tree := func(root *cobra.Command, name string) []string {
		var out []string
		var walk func(*cobra.Command)
		walk = func(c *cobra.Command) {
			line := c.CommandPath() + ":"
			c.Flags().VisitAll(func(f *pflag.Flag) { line += " --" + f.Name + "=" + f.DefValue + fmt.Sprint(f.Hidden) })
			out = append(out, line, c.Long, c.Example, c.UsageString())
			for _, sub := range c.Commands() {
				walk(sub)
			}
		}
		for _, c := range root.Commands() {
			if c.Name() == name {
				walk(c)
			}
		}
		return out
	}
	full := newRootCmd(&IOStreams{})
	var names []string
	for _, c := range full.Commands() {
		if c.Name() != "help" && c.Name() != "completion" {
			names = append(names, c.Name())
		}
	}
	if !slices.Equal(names, slices.Sorted(slices.Values(rootCommands))) {
		t.Fatalf("commands %q; want rootCommands %q", names, rootCommands)
	}
	for _, name := range rootCommands {
		one := newRootCmd(&IOStreams{}, name, "x")
		var got []string
		for _, c := range one.Commands() {
			got = append(got, c.Name())
		}
		if want := []string{"completion", "help", name}; !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))) {
			t.Errorf("newRootCmd(%s ...) has commands %q; want %q", name, got, want)
		}
		if a, b := tree(one, name), tree(full, name); !slices.Equal(a, b) {
			t.Errorf("newRootCmd(%s ...): the command's tree differs from the whole tree's (%d and %d lines)", name, len(a), len(b))
		}
	}
	if got := len(newRootCmd(&IOStreams{}, "--db", "x.db", "align").Commands()); got != len(full.Commands()) {
		t.Errorf("a command line starting with a flag builds %d commands; want all %d", got, len(full.Commands()))
	}
}

// TestBlankTMPath: --db " " and BITEXT_DB=" " (a variable with a space
// where a path was meant) made a TM file named " " in the working folder,
// said as "created a new translation memory at  ". Both are refused now,
// and nothing is made.
func TestBlankTMPath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	_, stderr, code := runBitext(t, "", "--db", " ", "tm", "add", "--src", "en", "--tgt", "fr", "Hello.", "Bonjour.")
	if code != 2 || !strings.Contains(stderr, `--db: path " " of spaces only`) {
		t.Errorf(`--db " " tm add: exit %d, %q; want exit 2 naming the blank path`, code, stderr)
	}
	t.Setenv("BITEXT_DB", " ")
	_, stderr, code = runBitext(t, "", "tm", "add", "--src", "en", "--tgt", "fr", "Hello.", "Bonjour.")
	if code != 2 || !strings.Contains(stderr, `$BITEXT_DB is " ", spaces only`) {
		t.Errorf(`BITEXT_DB=" " tm add: exit %d, %q; want exit 2 naming $BITEXT_DB`, code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("the working folder after both: %v; want nothing made", entries)
	}
}
