package align

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
// before the first section of a subfolder, and each subfolder in the
// section headed with its path ("## align/segment").
var readmeDirs = []string{".", "segment", "langwords", filepath.Join("internal", "cedict")}

// harnessTest reports whether the test file name, with its text, is one
// of the measurements README.md must place: a development or held-out
// run, a diagnostic or a benchmark. Such a file is named so (_dev_test,
// heldout, bench, speed), takes a flag or a BITEXT_ variable, or skips
// when its data or flag is missing.
func harnessTest(name, text string) bool {
	if regexp.MustCompile(`_dev_test|heldout|bench|speed`).MatchString(name) {
		return true
	}
	return regexp.MustCompile(`flag\.(Bool|String|Int|Float64|Duration)\(|os\.Getenv\("BITEXT_|\.Skip(f|Now)?\(`).MatchString(text)
}

// TestReadmePlacesEveryFile: README.md, the map of the package for
// whoever changes it, names every source file of the package and of its
// subfolders, and every test file that holds a measurement (harnessTest),
// each in its folder's part; and every file it names exists. A new file
// fails this test until README.md says where it stands; a renamed or
// removed one, until README.md follows.
func TestReadmePlacesEveryFile(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	// parts[dir] is the README text that places dir's files.
	parts := map[string]string{}
	dir := "."
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if h, ok := strings.CutPrefix(line, "## align/"); ok {
			dir = filepath.FromSlash(strings.TrimSpace(h))
		}
		parts[dir] += line
	}
	goName := regexp.MustCompile(`[a-z0-9_]+\.go\b`)
	for _, d := range readmeDirs {
		part, ok := parts[d]
		if !ok {
			t.Errorf("README.md has no section \"## align/%s\"", filepath.ToSlash(d))
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
				if !harnessTest(base, string(text)) {
					continue
				}
			}
			t.Errorf("README.md does not place %s: add a line for it (its area, or the development sets for a measurement)", f)
		}
		for _, m := range slices.Sorted(maps.Keys(named)) {
			if !exists[m] && !elsewhere(m) {
				t.Errorf("README.md names %s in the part of %s, where there is no such file", m, filepath.ToSlash(d))
			}
		}
	}
}

// elsewhere reports whether a file README.md names in one folder's part
// is a file of another folder it maps (cedict_embed.go, named beside
// internal/cedict) or of the command (cmd/bitext).
func elsewhere(name string) bool {
	for _, d := range append(readmeDirs, filepath.Join("..", "cmd", "bitext")) {
		if _, err := os.Stat(filepath.Join(d, name)); err == nil {
			return true
		}
	}
	return false
}
