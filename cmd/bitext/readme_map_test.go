package main

import (
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/bitext/bitext/tm/readmetest"
)

// cmdReadmeDirs are the folders ../README.md maps, each in the section
// headed with its path ("## cmd/bitext"), relative to cmd/.
var cmdReadmeDirs = []string{"bitext", "internal/cmdutil", "internal/server"}

// needsMore matches a test file's text that needs chromium, PostgreSQL or
// a program it runs (a built bitext, a peer tool).
var needsMore = regexp.MustCompile(`chromedp|pgtest\.|exec\.Command`)

// placedTest reports whether the test file name, with its text, is one
// ../README.md must place: a harness (readmetest.Harness), or a test that
// needs something beyond `go test` (needsMore). The rest run in process
// and need no word.
func placedTest(name, text string) bool {
	return readmetest.Harness(name, text) || needsMore.MatchString(text)
}

// TestCmdReadmePlacesEveryFile: cmd/README.md, the map of cmd/ for
// whoever changes it, names every source file of cmd/bitext and
// cmd/internal/*, and every test file placedTest picks, each in its
// folder's section; and every file it names exists. A new file (or a new
// folder under cmd/internal) fails this test until README.md says where
// it stands; a renamed or removed one, until README.md follows.
func TestCmdReadmePlacesEveryFile(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "internal", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if rel, _ := filepath.Rel("..", d); !slices.Contains(cmdReadmeDirs, filepath.ToSlash(rel)) {
			t.Errorf("cmd/README.md does not map %s: add it to cmdReadmeDirs and a section \"## cmd/%s\"", rel, filepath.ToSlash(rel))
		}
	}
	readmetest.Map{
		Root:    "cmd",
		Up:      "..",
		Section: "## cmd/",
		Dirs:    cmdReadmeDirs,
		Placed:  placedTest,
		Hint:    "what it holds; for a test, what it needs",
	}.Check(t)
}
