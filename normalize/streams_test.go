package normalize

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// TestRewriteStreams rewrites a file and stdin in turn, reporting each
// replacement with its input's name; with no writer it only reports; an
// input that is not text or cannot be opened stops it with an error naming
// the input.
func TestRewriteStreams(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte("Qasim Soleimani spoke.\n"), 0o644)
	g := NewGlossarySet(nil, false)
	glossary := func(string) *Glossary { return g.For(language.English) }
	var out bytes.Buffer
	var reported []string
	report := func(file string, r Replacement) error {
		reported = append(reported, file+": "+r.Replacement)
		return nil
	}
	err := RewriteStreams(context.Background(), &out, []string{a, "-"}, strings.NewReader("Nothing here.\nQasim Soleimani again.\n"), glossary, report)
	if err != nil || out.String() != "Qassem Soleimani spoke.\nNothing here.\nQassem Soleimani again.\n" ||
		len(reported) != 2 || reported[0] != a+": Qassem Soleimani" || reported[1] != "-: Qassem Soleimani" {
		t.Fatalf("RewriteStreams = %v:\n%s\nreported %q", err, out.String(), reported)
	}
	reported = nil
	if err := RewriteStreams(context.Background(), nil, []string{a}, nil, glossary, report); err != nil || len(reported) != 1 {
		t.Errorf("report only: %v, reported %q; want one", err, reported)
	}
	err = RewriteStreams(context.Background(), nil, []string{"-"}, strings.NewReader("ok\n\xff\n"), glossary, report)
	if xe := (*textio.Error)(nil); !errors.As(err, &xe) || !strings.Contains(err.Error(), textio.StdinName) {
		t.Errorf("invalid UTF-8 on stdin: %v; want a *textio.Error naming %s", err, textio.StdinName)
	}
	if err := RewriteStreams(context.Background(), nil, []string{filepath.Join(dir, "none.txt")}, nil, glossary, report); !errors.Is(err, textio.ErrOpen) {
		t.Errorf("missing file: %v; want textio.ErrOpen", err)
	}
}
