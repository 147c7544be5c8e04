package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/cmd/internal/cmdutil"
	"github.com/spf13/cobra"
)

// helps are helpText's sections by command path ("tm import"; "bitext" for
// the root): its Long and its Example.
var helps = cmdutil.ParseHelp(helpText)

// TestHelpSectionOfHelpTxt: withHelp's lookup of one section gives what
// parsing the whole of help.txt gives, for each command path, and no
// path has two sections.
func TestHelpSectionOfHelpTxt(t *testing.T) {
	if n := strings.Count(helpText, "\n=== "); n != len(helps) {
		t.Errorf("help.txt has %d sections and %d paths: a path has two", n, len(helps))
	}
	for path, h := range helps {
		if got := cmdutil.HelpSection(helpText, path); got != h {
			t.Errorf("HelpSection(%q) = %q; want %q", path, got, h)
		}
	}
	if got := cmdutil.HelpSection(helpText, "no such command"); got != [2]string{} {
		t.Errorf("HelpSection of no command = %q; want nothing", got)
	}
}

// TestHelpTxt: each section of help.txt is the help of a command, and every
// command has a Long description and an Example, the root and the commands
// that hold subcommands too (bitext --help, tm --help and names --help
// had none: a new user's first help showed no command to try); a file of
// the repository an example names (testdata/...) is there, so that the
// example runs when pasted in a clone.
func TestHelpTxt(t *testing.T) {
	seen := map[string]bool{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		path := strings.TrimPrefix(c.CommandPath(), "bitext ")
		seen[path] = true
		if c.Name() != "help" && c.Name() != "completion" && (c.Parent() == nil || c.Parent().Name() != "completion") {
			if c.Long == "" || c.Example == "" {
				t.Errorf("%s: Long %d bytes, Example %d bytes", path, len(c.Long), len(c.Example))
			}
		}
		for _, f := range strings.Fields(c.Example) {
			if f = strings.Trim(f, `"'`); strings.HasPrefix(f, "testdata/") {
				if _, err := os.Stat(filepath.Join("..", "..", f)); err != nil {
					t.Errorf("%s: its example names %s, which is not in the repository: %v", path, f, err)
				}
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRootCmd(&IOStreams{}))
	if len(helps) < 20 {
		t.Errorf("help.txt has %d sections; want one for each command", len(helps))
	}
	for path, h := range helps {
		if !seen[path] {
			t.Errorf("help.txt has help for %q, which is no command", path)
		}
		if strings.HasSuffix(h[0], "\n") || strings.HasPrefix(h[0], "\n") {
			t.Errorf("help.txt: %q: Long starts or ends with an empty line", path)
		}
	}
}

// TestSegmentHelpLanguages: segment's help names every language with
// built-in rules (Ukrainian was added to the rules and not to the list).
func TestSegmentHelpLanguages(t *testing.T) {
	words := strings.Fields(helps["segment"][0])
	for _, tag := range segment.Languages() {
		code := tag.String()
		found := false
		for _, w := range words {
			if strings.Trim(w, ";,.") == code {
				found = true
			}
		}
		if !found {
			t.Errorf("bitext segment --help does not name %s, which has built-in rules", code)
		}
	}
}

// TestHelpNamesTheTMsTasks: `bitext --help` is where a new user learns
// what the tool does, and the list of its commands is where a translator
// looks for the one that fills a client's file: the root's description
// and the tm group's line name pretranslation, XLIFF and the commands
// added after the first ones (the line stopped at "export, stats", the
// description at "TMX exchange": readme62), and tm import's line names
// every format it reads (PO too).
func TestHelpNamesTheTMsTasks(t *testing.T) {
	root := newRootCmd(&IOStreams{In: strings.NewReader(""), Out: new(strings.Builder), ErrOut: new(strings.Builder)})
	for _, w := range []string{"pretranslation", "XLIFF", "client's XLIFF"} {
		if !strings.Contains(root.Long, w) {
			t.Errorf("bitext --help does not say %q:\n%s", w, root.Long)
		}
	}
	tmCmd, _, err := root.Find([]string{"tm"})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"pretranslate", "edit", "copy"} {
		if !strings.Contains(tmCmd.Short, w) {
			t.Errorf("bitext tm's line %q does not name %s", tmCmd.Short, w)
		}
	}
	imp, _, err := root.Find([]string{"tm", "import"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"TMX", "XLIFF", "PO", "TSV", "jsonl"} {
		if !strings.Contains(imp.Short, f) {
			t.Errorf("bitext tm import's line %q does not name %s, which it reads", imp.Short, f)
		}
	}
}
