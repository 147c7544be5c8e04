// Package readmetest checks a folder's README.md that maps the Go files
// of the folders below it for whoever changes them (align, cmd, normalize,
// tm): every source file placed in its folder's part, every file named
// there present. A package's test calls it:
//
//	func TestReadmePlacesEveryFile(t *testing.T) {
//		readmetest.Map{
//			Root:    "align",
//			Section: "## align/",
//			Dirs:    []string{".", "segment"},
//			Placed:  readmetest.Harness,
//		}.Check(t)
//	}
//
// It is a leaf of the module (the standard library alone), under tm/ as
// tm/textio is, so that the tests of align, normalize, tm and cmd/bitext
// can all import it.
package readmetest

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Map is a README.md that places the Go files of the folders it maps.
type Map struct {
	// Root is the README's folder from the module's root ("align",
	// "cmd"); messages name the README and the files from there.
	Root string
	// Up is the way from the test's folder to Root: "" when the test is
	// in Root, ".." from cmd/bitext to cmd.
	Up string
	// Section begins a line that opens a folder's part; the rest of the
	// line is the folder, from Root ("## align/" opens "## align/segment",
	// the part of "segment"). The text before the first section is the
	// part of ".". Empty: the whole README is the part of ".".
	Section string
	// Dirs are the folders the README maps, slash-separated from Root
	// ("." for Root itself). Each must have its part, and the README may
	// have no section for another folder. A part not of Dirs (the text
	// before the first section, when "." is not mapped) only names files
	// that must exist.
	Dirs []string
	// Elsewhere are folders, from Root, where a file named in a part may
	// stand besides the mapped ones (a command's file a package's map
	// names: "../cmd/bitext").
	Elsewhere []string
	// Placed reports whether a test file, by its name and text, must be
	// placed too; nil: no test file need be.
	Placed func(name, text string) bool
	// Hint ends the message for a file not placed, in brackets: what
	// its line says ("what it holds; for a test, what it needs").
	Hint string
}

var (
	goName      = regexp.MustCompile(`[a-z0-9_]+\.go\b`)
	harnessFile = regexp.MustCompile(`_dev_test|heldout|bench|speed`)
	harnessText = regexp.MustCompile(`flag\.(Bool|String|Int|Float64|Duration)\(|os\.Getenv\("BITEXT_|\.Skip(f|Now)?\(`)
)

// Harness reports whether the test file name, with its text, is a
// measurement or a harness that a map must place: a development or
// held-out run, a diagnostic or a benchmark (so named: _dev_test,
// heldout, bench, speed), or a test that takes a flag or a BITEXT_
// variable or skips when its tool, server, data or flag is missing.
func Harness(name, text string) bool {
	return harnessFile.MatchString(name) || harnessText.MatchString(text)
}

// Check reports through t each file of a mapped folder the README does
// not place in the folder's part, each file a part names that stands in
// none of the mapped folders nor Elsewhere, each folder of Dirs without
// its part and each part of a folder Dirs does not list.
func (m Map) Check(t testing.TB) {
	t.Helper()
	readme := path(m.Root, "README.md")
	data, err := os.ReadFile(filepath.Join(m.Up, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	// parts[dir] is the README text that places dir's files.
	parts := map[string]string{}
	dir := "."
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if h, ok := strings.CutPrefix(line, m.Section); ok && m.Section != "" {
			dir = strings.TrimSpace(h)
		}
		parts[dir] += line
	}
	// exists reports whether a file named in a part stands in a mapped
	// folder or Elsewhere.
	exists := func(name string) bool {
		for _, d := range append(slices.Clone(m.Dirs), m.Elsewhere...) {
			if _, err := os.Stat(filepath.Join(m.Up, filepath.FromSlash(d), name)); err == nil {
				return true
			}
		}
		return false
	}
	for _, d := range slices.Sorted(maps.Keys(parts)) {
		if slices.Contains(m.Dirs, d) {
			continue
		}
		if d != "." {
			t.Errorf("%s has a section %q that the test's Dirs does not list: add the folder there, or fix the heading", readme, m.Section+d)
			continue
		}
		for _, f := range goName.FindAllString(parts[d], -1) {
			if !exists(f) {
				t.Errorf("%s names %s, which is in none of the folders it maps", readme, f)
			}
		}
	}
	for _, d := range m.Dirs {
		part, ok := parts[d]
		if !ok {
			t.Errorf("%s has no section %q", readme, m.Section+d)
			continue
		}
		named := map[string]bool{}
		for _, f := range goName.FindAllString(part, -1) {
			named[f] = true
		}
		files, err := filepath.Glob(filepath.Join(m.Up, filepath.FromSlash(d), "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		here := map[string]bool{}
		for _, f := range files {
			base := filepath.Base(f)
			here[base] = true
			if named[base] {
				continue
			}
			if strings.HasSuffix(base, "_test.go") {
				if m.Placed == nil {
					continue
				}
				text, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if !m.Placed(base, string(text)) {
					continue
				}
			}
			hint := ""
			if m.Hint != "" {
				hint = " (" + m.Hint + ")"
			}
			t.Errorf("%s does not place %s: add a line for it in the part of %s%s", readme, path(m.Root, d, base), path(m.Root, d), hint)
		}
		for _, f := range slices.Sorted(maps.Keys(named)) {
			if !here[f] && !exists(f) {
				t.Errorf("%s names %s in the part of %s, where there is no such file", readme, f, path(m.Root, d))
			}
		}
	}
}

// path joins slash-separated path elements for a message ("align/segment").
func path(elem ...string) string {
	return filepath.ToSlash(filepath.Join(elem...))
}
