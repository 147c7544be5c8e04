package align

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm/textio"
)

func TestNamedFile(t *testing.T) {
	name := filepath.Join(t.TempDir(), "story.en.txt")
	os.WriteFile(name, []byte("One.\nTwo \xff.\n"), 0o644)
	f := NamedFile(name, nil)
	if f.Name != name || f.Size != 12 {
		t.Errorf("NamedFile(%s) = name %q, size %d; want the name and 12", name, f.Name, f.Size)
	}
	r, err := f.Open()
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(r)
	r.Close()
	var te *textio.Error
	if !errors.As(err, &te) || te.Name != name || te.Line != 2 {
		t.Errorf("reading bad UTF-8: %v; want a textio.Error at %s line 2", err, name)
	}
	s := NamedFile("-", strings.NewReader("Hi.\n"))
	if s.Name != textio.StdinName || s.Size != 0 {
		t.Errorf(`NamedFile("-") = %q, size %d`, s.Name, s.Size)
	}
	if r, err := s.Open(); err != nil {
		t.Fatal(err)
	} else if b, _ := io.ReadAll(r); string(b) != "Hi.\n" {
		t.Errorf("stdin read %q", b)
	}
	if _, err := NamedFile(filepath.Join(t.TempDir(), "none.txt"), nil).Open(); !errors.Is(err, textio.ErrOpen) {
		t.Errorf("a missing file: %v; want textio.ErrOpen", err)
	}
}
