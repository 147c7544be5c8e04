package tm

import (
	"testing"

	"github.com/bitext/bitext/tm/readmetest"
)

// TestReadmePlacesEveryFile: README.md, the map of tm and its
// sub-packages for whoever changes them, names every source file of each
// folder it maps and every test file that is a measurement or a harness
// (readmetest.Harness), each in its folder's part: this package's in the
// text before the first sub-package's section, each sub-package's in the
// section headed with its path ("### tm/sqlite"); and every file it names
// exists (in a folder it maps, such as the stores' write.go named in the
// import's steps, or in cmd/bitext). A new file fails this test until
// README.md says where it stands; a renamed or removed one, until
// README.md follows.
func TestReadmePlacesEveryFile(t *testing.T) {
	readmetest.Map{
		Root:    "tm",
		Section: "### tm/",
		Dirs: []string{
			".", "dial", "extract", "po", "postgres", "postgres/pgtest",
			"readmetest", "sqlite", "storetest", "textio", "tmx", "xliff", "xmlenc",
			"internal/langcache", "internal/storekit", "internal/xmlin",
		},
		Elsewhere: []string{"../cmd/bitext"},
		Placed:    readmetest.Harness,
	}.Check(t)
}
