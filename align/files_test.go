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

// TestScoreFilesLongLine: a line of a gold or hypothesis file longer than
// MaxLinkLine is refused, naming the file and the line, once the bound is
// read: it was read whole (a 52 MB line took 196 MB before its error).
func TestScoreFilesLongLine(t *testing.T) {
	const long = MaxLinkLine + 4<<20
	var read int64
	big := File{Name: "gold.txt", Open: func() (io.ReadCloser, error) {
		r := io.MultiReader(strings.NewReader("[0]:[0]\n[1]:"), io.LimitReader(repeatByte('7'), long))
		return io.NopCloser(&countReader{r: r, n: &read}), nil
	}}
	small := textFile("hyp.txt", "[0]:[0]\n", nil)
	for _, files := range [][]File{{big, small}, {small, big}} {
		read = 0
		_, err := ScoreFiles(files, ScoreFilesOptions{})
		want := "read gold.txt: line 2: a line longer than 16 MiB"
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("ScoreFiles(%s, %s) = %v; want %q...", files[0].Name, files[1].Name, err, want)
		}
		if read > MaxLinkLine+1<<20 {
			t.Errorf("ScoreFiles(%s, %s) read %d bytes of gold.txt; want at most the bound and a buffer", files[0].Name, files[1].Name, read)
		}
	}
}

type repeatByte byte

func (b repeatByte) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

type countReader struct {
	r io.Reader
	n *int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.n += int64(n)
	return n, err
}
