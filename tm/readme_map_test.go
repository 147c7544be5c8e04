package tm

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readmeDirs are the folders README.md maps: this package, in the text
// before the first section of a sub-package, and each sub-package in the
// section headed with its path ("### tm/sqlite").
var readmeDirs = []string{
	".", "dial", "extract", "po", "postgres", filepath.Join("postgres", "pgtest"),
	"sqlite", "storetest", "textio", "tmx", "xliff", "xmlenc",
	filepath.Join("internal", "langcache"), filepath.Join("internal", "storekit"),
	filepath.Join("internal", "xmlin"),
}

// readmeHarness reports whether the test file name, with its text, is
// one of the measurements and harnesses README.md must place: a
// benchmark, or a test that takes a flag or a BITEXT_ variable or skips
// when a tool, a server, its data or its flag is missing.
func readmeHarness(name, text string) bool {
	if regexp.MustCompile(`_dev_test|heldout|bench|speed`).MatchString(name) {
		return true
	}
	return regexp.MustCompile(`flag\.(Bool|String|Int|Float64|Duration)\(|os\.Getenv\("BITEXT_|\.Skip(f|Now)?\(`).MatchString(text)
}

// TestReadmePlacesEveryFile: README.md, the map of tm and its
// sub-packages for whoever changes them, names every source file of each
// folder it maps (readmeDirs) and every test file that is a measurement
// or a harness (readmeHarness), each in its folder's part; and every file
// it names exists. A new file fails this test until README.md says where
// it stands; a renamed or removed one, until README.md follows.
func TestReadmePlacesEveryFile(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	// parts[dir] is the README text that places dir's files.
	parts := map[string]string{}
	dir := "."
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if h, ok := strings.CutPrefix(line, "### tm/"); ok {
			dir = filepath.FromSlash(strings.TrimSpace(h))
		}
		parts[dir] += line
	}
	goName := regexp.MustCompile(`[a-z0-9_]+\.go\b`)
	for _, d := range readmeDirs {
		part, ok := parts[d]
		if !ok {
			t.Errorf("README.md has no section \"### tm/%s\"", filepath.ToSlash(d))
			continue
		}
		named := map[string]bool{}
		for _, m := range goName.FindAllString(part, -1) {
			named[m] = true
		}
		files, err := filepath.Glob(filepath.Join(d, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		exists := map[string]bool{}
		for _, f := range files {
			base := filepath.Base(f)
			exists[base] = true
			if named[base] {
				continue
			}
			if strings.HasSuffix(base, "_test.go") {
				text, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if !readmeHarness(base, string(text)) {
					continue
				}
			}
			t.Errorf("README.md does not place %s: add a line for it in the part of %s", f, filepath.ToSlash(d))
		}
		for _, m := range slices.Sorted(maps.Keys(named)) {
			if !exists[m] && !readmeElsewhere(m) {
				t.Errorf("README.md names %s in the part of %s, where there is no such file", m, filepath.ToSlash(d))
			}
		}
	}
	for d := range parts {
		if !slices.Contains(readmeDirs, d) {
			t.Errorf("README.md has a section \"### tm/%s\" that readmeDirs does not list", filepath.ToSlash(d))
		}
	}
}

// readmeElsewhere reports whether a file README.md names in one folder's
// part is a file of another folder it maps (the stores' write.go, named
// in the import's steps) or of the command (cmd/bitext).
func readmeElsewhere(name string) bool {
	for _, d := range append(slices.Clone(readmeDirs), filepath.Join("..", "cmd", "bitext")) {
		if _, err := os.Stat(filepath.Join(d, name)); err == nil {
			return true
		}
	}
	return false
}
