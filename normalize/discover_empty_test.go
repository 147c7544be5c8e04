package normalize

import (
	"context"
	"os"
	"path/filepath"
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

// TestDiscoverFSSymlinks: a file of the folder that is a symbolic link to
// a text file (a corpus linked into a working folder) was left out
// silently, and a folder of such links was "no text file in the folder".
// It is read as the file; a link to a folder is not followed (a link back
// up would walk for ever), and a link to nothing is left out.
func TestDiscoverFSSymlinks(t *testing.T) {
	root := t.TempDir()
	real, corpus := filepath.Join(root, "real"), filepath.Join(root, "corpus")
	for _, d := range []string{real, corpus} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	text := "The man, Thabit Mohammad Saeedreza, left. And again Thabit Mohammad Saeed Reza.\n"
	if err := os.WriteFile(filepath.Join(real, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, l := range [][2]string{{"../real/a.txt", "a.txt"}, {"..", "up"}, {"nowhere", "dangling"}} {
		if err := os.Symlink(l[0], filepath.Join(corpus, l[1])); err != nil {
			t.Fatal(err)
		}
	}
	d := NewDiscoverer()
	if err := d.AddFS(context.Background(), os.DirFS(corpus), "corpus"); err != nil {
		t.Fatalf("AddFS of a folder of links: %v; want the linked file read", err)
	}
	if cl := d.Clusters(SameThreshold); len(cl) != 1 || len(cl[0].Variants) != 2 || cl[0].Variants[0].Seen != "corpus/a.txt:1" {
		t.Errorf("Clusters = %+v; want the two spellings of the linked file", cl)
	}
}
