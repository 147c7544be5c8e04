package readmetest

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps the errors Check reports.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// write makes the files of a folder tree: name to text.
func write(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCheck: a README that places every file passes; each way of falling
// behind the folders is one message naming the README, the file or the
// section.
func TestCheck(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"pkg/a.go":            "package pkg",
		"pkg/a_test.go":       "package pkg",
		"pkg/speed_test.go":   "package pkg",
		"pkg/env_test.go":     `os.Getenv("BITEXT_X")`,
		"pkg/sub/b.go":        "package sub",
		"pkg/sub/c.go":        "package sub",
		"pkg/other/d.go":      "package other",
		"cmd/main.go":         "package main",
		"pkg/unmapped/e.go":   "package unmapped",
		"pkg/internal/x/f.go": "package x",
	})
	write(t, root, map[string]string{"pkg/README.md": `# pkg
a.go and speed_test.go, and env_test.go; main.go of the command; b.go of sub.

## pkg/sub
- c.go
- gone.go

## pkg/other
- nothing here

## pkg/stray
- a.go
`})
	m := Map{
		Root:      "pkg",
		Up:        filepath.Join(root, "pkg"),
		Section:   "## pkg/",
		Dirs:      []string{".", "sub", "other", "internal/x"},
		Elsewhere: []string{"../cmd"},
		Placed:    Harness,
		Hint:      "say what it does",
	}
	r := &recorder{TB: t}
	m.Check(r)
	want := []string{
		`pkg/README.md has a section "## pkg/stray" that the test's Dirs does not list: add the folder there, or fix the heading`,
		`pkg/README.md does not place pkg/sub/b.go: add a line for it in the part of pkg/sub (say what it does)`,
		`pkg/README.md names gone.go in the part of pkg/sub, where there is no such file`,
		`pkg/README.md does not place pkg/other/d.go: add a line for it in the part of pkg/other (say what it does)`,
		`pkg/README.md has no section "## pkg/internal/x"`,
	}
	if !slices.Equal(r.errs, want) {
		t.Errorf("Check reported\n%s\nwant\n%s", strings.Join(r.errs, "\n"), strings.Join(want, "\n"))
	}

	// Mapped as it stands, with no sections, and test files never
	// placed: nothing to report.
	write(t, root, map[string]string{"flat/README.md": "g.go", "flat/g.go": "package flat", "flat/speed_test.go": ""})
	r = &recorder{TB: t}
	Map{Root: "flat", Up: filepath.Join(root, "flat"), Dirs: []string{"."}}.Check(r)
	if len(r.errs) != 0 {
		t.Errorf("Check of a complete map reported %q", r.errs)
	}
}

// TestHarness: which test files a map must place.
func TestHarness(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"bench_test.go", "", true},
		{"x_dev_test.go", "", true},
		{"heldout_test.go", "", true},
		{"x_test.go", `var update = flag.Bool("update", false, "")`, true},
		{"x_test.go", `if os.Getenv("BITEXT_DB") == ""`, true},
		{"x_test.go", `t.Skip("no data")`, true},
		{"x_test.go", `t.Skipf("no %s", x)`, true},
		{"x_test.go", `if got != want { t.Errorf("no") }`, false},
	} {
		if got := Harness(c.name, c.text); got != c.want {
			t.Errorf("Harness(%q, %q) = %v; want %v", c.name, c.text, got, c.want)
		}
	}
}
