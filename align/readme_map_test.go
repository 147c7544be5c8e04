package align

import (
	"testing"

	"github.com/bitext/bitext/tm/readmetest"
)

// TestReadmePlacesEveryFile: README.md, the map of the package for
// whoever changes it, names every source file of the package and of its
// subfolders, and every test file that holds a measurement
// (readmetest.Harness), each in its folder's part: this package's in the
// text before the first subfolder's section, each subfolder's in the
// section headed with its path ("## align/segment"); and every file it
// names exists (here, in another folder it maps, or in cmd/bitext). A new
// file fails this test until README.md says where it stands; a renamed
// or removed one, until README.md follows.
func TestReadmePlacesEveryFile(t *testing.T) {
	readmetest.Map{
		Root:      "align",
		Section:   "## align/",
		Dirs:      []string{".", "segment", "langwords", "internal/cedict"},
		Elsewhere: []string{"../cmd/bitext"},
		Placed:    readmetest.Harness,
		Hint:      "its area, or the development sets for a measurement",
	}.Check(t)
}
