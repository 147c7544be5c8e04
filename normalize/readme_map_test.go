package normalize

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReadmePlacesEveryFile: README.md, the map of the package for whoever
// changes it, names every source file of the package, so that a newcomer
// who finds a rule's file in a stage of the map finds every rule there.
// A new file fails this test until README.md says where it stands.
func TestReadmePlacesEveryFile(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	for _, m := range regexp.MustCompile(`[a-z0-9_]+\.go\b`).FindAllString(string(readme), -1) {
		named[m] = true
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !strings.HasSuffix(f, "_test.go") && !named[f] {
			t.Errorf("README.md does not name %s: place it in the map (the area table, or the stage whose rule it holds)", f)
		}
	}
}
