package textio

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestParseLang(t *testing.T) {
	for s, want := range map[string]string{"en": "en", "pt-BR": "pt-BR", "zh-Hans": "zh-Hans",
		"xx": "well-formed but unknown", "": "not a BCP 47", "en_US!": "not a BCP 47"} {
		got, err := ParseLang(s)
		if err != nil && !strings.HasPrefix(err.Error(), want) || err == nil && got.String() != want {
			t.Errorf("ParseLang(%q) = %v, %v; want %s", s, got, err, want)
		}
		if err != nil && got != language.Und {
			t.Errorf("ParseLang(%q) = %v with an error; want und", s, got)
		}
	}
}

func TestIsStream(t *testing.T) {
	for name, want := range map[string]bool{"-": true, "/dev/stdin": true, "/dev/fd/0": true, "/dev/./stdout": true,
		"/proc/self/fd/1": true, "story.txt": false, "/dev/null": false, "dev/stdin": false} {
		if got := IsStream(name); got != want {
			t.Errorf("IsStream(%q) = %v; want %v", name, got, want)
		}
	}
}

// TestOpenInput: a file or standard input, read as checked text; a missing
// file or a directory is ErrOpen, naming it.
func TestOpenInput(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.txt")
	os.WriteFile(name, []byte("one\ntwo\xff\n"), 0o644)
	for _, tc := range []struct{ name, stdin, want string }{
		{name, "", name + ": line 2"},
		{"-", "ok\n\x00", StdinName + ": line 2"},
	} {
		r, err := OpenInput(tc.name, strings.NewReader(tc.stdin))
		if err != nil {
			t.Fatal(err)
		}
		_, err = io.ReadAll(r)
		if xe := (*Error)(nil); !errors.As(err, &xe) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("OpenInput(%s): read error %v; want a *Error naming %s", tc.name, err, tc.want)
		}
		if err := r.Close(); err != nil {
			t.Error(err)
		}
	}
	for _, n := range []string{filepath.Join(dir, "missing.txt"), dir} {
		if _, err := OpenInput(n, nil); !errors.Is(err, ErrOpen) || !strings.Contains(err.Error(), n) {
			t.Errorf("OpenInput(%s) = %v; want ErrOpen naming it", n, err)
		}
	}
	if DisplayName("-") != StdinName || DisplayName("a") != "a" {
		t.Error("DisplayName")
	}
}

func TestNoTextLang(t *testing.T) {
	for _, s := range []string{"zxx", "mul", "zxx-Latn", "mul-FR"} {
		if err := NoTextLang(language.MustParse(s)); err == nil {
			t.Errorf("NoTextLang(%s) = nil; want an error", s)
		}
	}
	for _, s := range []string{"en", "fr-CA", "qaa", "qtz", "qab-Latn", "mis", "und"} {
		if err := NoTextLang(language.MustParse(s)); err != nil {
			t.Errorf("NoTextLang(%s) = %v; want nil", s, err)
		}
	}
}
