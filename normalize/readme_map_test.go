package normalize

import (
	"testing"

	"github.com/bitext/bitext/tm/readmetest"
)

// TestReadmePlacesEveryFile: README.md, the map of the package for whoever
// changes it, names every source file of the package, so that a newcomer
// who finds a rule's file in a stage of the map finds every rule there;
// and every file it names exists (here or in cmd/bitext). A new file
// fails this test until README.md says where it stands; a renamed or
// removed one, until README.md follows.
func TestReadmePlacesEveryFile(t *testing.T) {
	readmetest.Map{
		Root:      "normalize",
		Dirs:      []string{"."},
		Elsewhere: []string{"../cmd/bitext"},
		Hint:      "the area table, or the stage whose rule it holds",
	}.Check(t)
}
