package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm/textio"
)

func TestExitCodeOf(t *testing.T) {
	te := &textio.Error{Name: "a.txt", Line: 1, Msg: "UTF-16 text", Hint: "convert it"}
	for _, tc := range []struct {
		err   error
		code  int
		hints []string
	}{
		{UsageErr(errors.New("--src is required"), "give --src"), ExitBadInput, []string{"give --src"}},
		{BadInputf("read %s: is a directory", "d"), ExitBadInput, nil},
		{&ExitError{Code: ExitInterrupted, Err: errors.New("stopped")}, ExitInterrupted, nil},
		{fmt.Errorf("run: %w", context.Canceled), ExitInterrupted, nil},
		{fmt.Errorf("import: %w", te), ExitBadInput, []string{"convert it"}},
		{BadInput(te, "convert it", "other"), ExitBadInput, []string{"convert it", "other"}},
		{errors.New("disk full"), ExitCheckFailed, nil},
		{ErrCheckFailed, ExitCheckFailed, nil},
	} {
		if code, hints := ExitCodeOf(tc.err), HintsOf(tc.err); code != tc.code || !reflect.DeepEqual(hints, tc.hints) {
			t.Errorf("%v: exit %d, hints %q; want %d, %q", tc.err, code, hints, tc.code, tc.hints)
		}
	}
}

// parseHelpBefore is ParseHelp as it was before helpSection (speed54),
// the reference its sections are checked against.
func parseHelpBefore(text string) map[string][2]string {
	m := map[string][2]string{}
	for _, sec := range strings.Split(strings.TrimSuffix(text, "\n"), "\n=== ")[1:] {
		path, body, _ := strings.Cut(sec, "\n")
		long, example, _ := strings.Cut("\n"+body, "\n--- example\n")
		m[path] = [2]string{strings.TrimRight(strings.TrimPrefix(long, "\n"), "\n"), strings.TrimRight(example, "\n")}
	}
	return m
}

// checkHelpSection fails t unless ParseHelp(text) is parseHelpBefore's,
// HelpSection(text, p) is its section of each path p, and the path
// other nothing.
func checkHelpSection(t *testing.T, text, other string) {
	t.Helper()
	m := ParseHelp(text)
	if want := parseHelpBefore(text); !reflect.DeepEqual(m, want) {
		t.Fatalf("ParseHelp(%q) = %q; want %q", text, m, want)
	}
	for path, h := range m {
		if got := HelpSection(text, path); got != h {
			t.Fatalf("HelpSection(%q, %q) = %q; want %q", text, path, got, h)
		}
	}
	if _, ok := m[other]; !ok {
		if got := HelpSection(text, other); got != [2]string{} {
			t.Fatalf("HelpSection(%q, %q) = %q; want nothing", text, other, got)
		}
	}
}

func TestHelpSection(t *testing.T) {
	for _, text := range []string{
		helpSample,
		"",
		"=== a\nA.",                            // no newline before the first head: no section
		"\n=== a\nA.\n=== a\nB.\n",             // the last of a path counts
		"x\n=== a\n=== b",                      // sections without a body, the last at the end
		"x\n=== a\n--- example\n  e\n",         // an example alone
		"x\n=== a\n\nLong.\n--- example\n\n",   // a Long after a blank line
		"x\n=== a b\nA.\n=== a\nB.\n=== b\nC.", // a path that ends another's
		"x\n=== \nEmpty path.\n",
		"x\n=== a\n",
	} {
		for _, other := range []string{"a", "b", "", "a b", "A."} {
			checkHelpSection(t, text, other)
		}
	}
}

func FuzzHelpSection(f *testing.F) {
	f.Add(helpSample, "tm add")
	f.Add("x\n=== a\n=== b", "b")
	f.Add("\n=== a\n--- example\n", "a")
	f.Fuzz(func(t *testing.T, text, other string) { checkHelpSection(t, text, other) })
}

const helpSample = "layout notes\n=== tm\nThe TM.\n\n=== tm add\nAdd a unit.\n\nMore.\n--- example\n  bitext tm add A B\n\n=== tm docs\nList.\n--- example\n  bitext tm docs\n"

func TestParseHelp(t *testing.T) {
	// A blank line between sections belongs to neither.
	h := ParseHelp(helpSample)
	want := map[string][2]string{"tm": {"The TM.", ""}, "tm add": {"Add a unit.\n\nMore.", "  bitext tm add A B"}, "tm docs": {"List.", "  bitext tm docs"}}
	if !reflect.DeepEqual(h, want) {
		t.Errorf("ParseHelp = %q; want %q", h, want)
	}
}

// BenchmarkHelpSection: the help a process reads at start-up (the root's
// and its command's), looked up in cmd/bitext/help.txt, against parsing
// it whole as package main did at its initialisation before speed54.
func BenchmarkHelpSection(b *testing.B) {
	text, err := os.ReadFile("../../bitext/help.txt")
	if err != nil {
		b.Fatal(err)
	}
	help := string(text)
	b.Run("section", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if HelpSection(help, "bitext")[0] == "" || HelpSection(help, "align")[0] == "" {
				b.Fatal("no help for the root or align")
			}
		}
	})
	b.Run("parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			m := ParseHelp(help)
			if m["bitext"][0] == "" || m["align"][0] == "" {
				b.Fatal("no help for the root or align")
			}
		}
	})
}
