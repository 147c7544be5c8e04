package normalize

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/bitext/bitext/tm/textio"
)

// TestDiscoverFSNoText: a folder with no text file in it (empty, or only
// hidden or binary files) is bad input naming the folder: names discover
// FOLDER printed nothing and exited 0, as if the corpus had no names
// (faults36).
func TestDiscoverFSNoText(t *testing.T) {
	for desc, fsys := range map[string]fstest.MapFS{
		"empty":       {},
		"hidden only": {".notes.txt": {Data: []byte("Saeed Reza.\n")}},
		"binary only": {"a.jpg": {Data: []byte("\xff\xd8\xff\xe0\x00\x10JFIF")}},
		"subfolders":  {"sub/deeper/.keep": {Data: nil}},
	} {
		err := NewDiscoverer().AddFS(context.Background(), fsys, "corpus")
		if err == nil || !textio.IsBadInput(err) || !strings.Contains(err.Error(), "corpus: no text file in the folder") {
			t.Errorf("AddFS(%s) = %v; want bad input naming the folder", desc, err)
		}
	}
	if err := NewDiscoverer().AddFS(context.Background(), fstest.MapFS{"a.txt": {Data: []byte("x\n")}}, "corpus"); err != nil {
		t.Errorf("AddFS with a text file: %v", err)
	}
}
