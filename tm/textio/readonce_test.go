package textio_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/bitext/bitext/tm/textio"
)

// TestReadOnce: of a command's inputs, those another reads already are
// left out with a note: a file in a folder given (not when a hidden folder
// on the way keeps the walk from it), a folder in a folder given, a name
// given twice (or through a link); "-" and missing names are kept.
func TestReadOnce(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "news")
	for _, d := range []string{"sub", ".hidden"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	a, hid := filepath.Join(dir, "a.txt"), filepath.Join(dir, ".hidden", "h.txt")
	for _, f := range []string{a, hid} {
		if err := os.WriteFile(f, []byte("x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(filepath.Dir(dir), "link.txt")
	if err := os.Symlink(a, link); err != nil {
		t.Fatal(err)
	}
	sub, missing := filepath.Join(dir, "sub"), filepath.Join(dir, "none.txt")
	for _, c := range []struct {
		in, keep []string
		notes    int
	}{
		{[]string{a, dir}, []string{dir}, 1},
		{[]string{dir, a, sub}, []string{dir}, 2},
		{[]string{hid, dir}, []string{hid, dir}, 0},
		{[]string{a, link}, []string{a}, 1},
		{[]string{"-", a, "-"}, []string{"-", a, "-"}, 0},
		{[]string{missing, dir}, []string{missing, dir}, 0},
		{[]string{sub, dir + "/"}, []string{dir + "/"}, 1},
	} {
		keep, notes := textio.ReadOnce(c.in)
		if !slices.Equal(keep, c.keep) || len(notes) != c.notes {
			t.Errorf("ReadOnce(%q) = %q, notes %q; want %q and %d notes", c.in, keep, notes, c.keep, c.notes)
		}
	}
}

// TestTextGivenAsFile: a missing name with white space in it is taken
// for text given where a file goes (its error is OpenError's, with a
// hint); a missing name without is a mistyped file, OpenError's alone.
func TestTextGivenAsFile(t *testing.T) {
	err := textio.TextGivenAsFile("segment", []string{"-", "The minister left."})
	var h interface{ Hint() string }
	if !errors.Is(err, textio.ErrOpen) || !errors.As(err, &h) || h.Hint() != "bitext segment reads files, or text on standard input: echo 'The text.' | bitext segment" {
		t.Errorf("TextGivenAsFile(text) = %v; want an open error with the standard input hint", err)
	}
	if err := textio.TextGivenAsFile("segment", []string{"story.txt", t.TempDir()}); err != nil {
		t.Errorf("TextGivenAsFile(a missing name, a folder) = %v; want nil", err)
	}
}
