package textio

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"
)

func TestLangFromName(t *testing.T) {
	for name, want := range map[string]string{
		"story.en.txt": "en", "dir.fr/a.fr.seg.txt": "fr", "b.zh-Hans.txt": "zh-Hans", "x.pt-BR.txt": "pt-BR",
		"story.txt": "", "en.txt": "", "a.seg.txt": "", "-": "", "a.xx.txt": "",
	} {
		got, ok := LangFromName(name)
		if (want == "") == ok || (ok && got != language.MustParse(want)) {
			t.Errorf("LangFromName(%q) = %v, %v; want %q", name, got, ok, want)
		}
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out.txt")
	os.WriteFile(name, []byte("old"), 0o600)
	boom := errors.New("boom")
	if err := WriteFile(name, 0o644, func(w io.Writer) error { io.WriteString(w, "half"); return boom }); !errors.Is(err, boom) {
		t.Fatalf("WriteFile with a failing writer: %v; want boom", err)
	}
	if b, _ := os.ReadFile(name); string(b) != "old" {
		t.Errorf("after a failed write the file holds %q; want the old content", b)
	}
	if err := WriteFile(name, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(name); string(b) != "new" {
		t.Errorf("after a write the file holds %q; want new", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the folder; want no temporary file left", len(entries))
	}
	for _, bad := range []string{dir, filepath.Join(dir, "missing", "x.txt")} {
		if err := WriteFile(bad, 0o644, func(io.Writer) error { return nil }); !errors.Is(err, ErrPlace) {
			t.Errorf("WriteFile(%s): %v; want ErrPlace", bad, err)
		}
	}
}
