package main

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// cmdReadmeDirs are the folders ../README.md maps, each in the section
// headed with its path ("## cmd/bitext"), relative to cmd/.
var cmdReadmeDirs = []string{"bitext", filepath.Join("internal", "cmdutil"), filepath.Join("internal", "server")}

// placedTest reports whether the test file name, with its text, is one
// ../README.md must place: a harness (a benchmark, a flag, a BITEXT_
// variable, a skip when something is missing), or a test that needs
// chromium, PostgreSQL or a program it runs (a built bitext, a peer
// tool). The rest run in process and need no word.
func placedTest(name, text string) bool {
	if regexp.MustCompile(`_dev_test|heldout|bench|speed`).MatchString(name) {
		return true
	}
	return regexp.MustCompile(`flag\.(Bool|String|Int|Float64|Duration)\(|os\.Getenv\("BITEXT_|\.Skip(f|Now)?\(|chromedp|pgtest\.|exec\.Command`).MatchString(text)
}

// TestCmdReadmePlacesEveryFile: cmd/README.md, the map of cmd/ for
// whoever changes it, names every source file of cmd/bitext and
// cmd/internal/*, and every test file placedTest picks, each in its
// folder's section; and every file it names exists. A new file fails this
// test until README.md says where it stands; a renamed or removed one,
// until README.md follows.
func TestCmdReadmePlacesEveryFile(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	// parts[dir] is the README text that places dir's files; "." is
	// the text before the first folder's section.
	parts := map[string]string{}
	dir := "."
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if h, ok := strings.CutPrefix(line, "## cmd/"); ok {
			dir = filepath.FromSlash(strings.TrimSpace(h))
		}
		parts[dir] += line
	}
	if dirs, err := filepath.Glob(filepath.Join("..", "internal", "*")); err != nil {
		t.Fatal(err)
	} else {
		for _, d := range dirs {
			if rel, _ := filepath.Rel("..", d); !slices.Contains(cmdReadmeDirs, rel) {
				t.Errorf("cmd/README.md does not map %s: add it to cmdReadmeDirs and a section \"## cmd/%s\"", rel, filepath.ToSlash(rel))
			}
		}
	}
	goName := regexp.MustCompile(`[a-z0-9_]+\.go\b`)
	// exists reports whether a file named in the README is in one of
	// the folders it maps.
	exists := func(name string) bool {
		for _, d := range cmdReadmeDirs {
			if _, err := os.Stat(filepath.Join("..", d, name)); err == nil {
				return true
			}
		}
		return false
	}
	for _, m := range goName.FindAllString(parts["."], -1) {
		if !exists(m) {
			t.Errorf("cmd/README.md names %s, which is in none of the folders it maps", m)
		}
	}
	for _, d := range cmdReadmeDirs {
		part, ok := parts[d]
		if !ok {
			t.Errorf("cmd/README.md has no section \"## cmd/%s\"", filepath.ToSlash(d))
			continue
		}
		named := map[string]bool{}
		for _, m := range goName.FindAllString(part, -1) {
			named[m] = true
		}
		files, err := filepath.Glob(filepath.Join("..", d, "*.go"))
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
				text, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if !placedTest(base, string(text)) {
					continue
				}
			}
			t.Errorf("cmd/README.md does not place cmd/%s/%s: add a line for it in its section (what it holds; for a test, what it needs)", filepath.ToSlash(d), base)
		}
		for _, m := range slices.Sorted(maps.Keys(named)) {
			if !here[m] && !exists(m) {
				t.Errorf("cmd/README.md names %s in the section of cmd/%s, where there is no such file", m, filepath.ToSlash(d))
			}
		}
	}
}
