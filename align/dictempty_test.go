package align

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/bitext/bitext/tm/textio"
)

// TestOpenDictNoEntries: a dictionary file that gives no word pair (empty,
// comments and blank lines, phrases only) is a *DictFileError naming it
// and wrapping ErrNoEntries, bad input; one usable pair is enough.
func TestOpenDictNoEntries(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"empty.txt":    "",
		"comments.txt": "# nothing here\n\n",
		"phrases.tsv":  "good morning\tbon jour\n",
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(text), 0o644)
		_, err := OpenDict(p, FormatAuto)
		var de *DictFileError
		if !errors.Is(err, ErrNoEntries) || !errors.As(err, &de) || de.Path != p || !textio.IsBadInput(err) {
			t.Errorf("OpenDict(%s): %v; want a *DictFileError naming it, wrapping ErrNoEntries", name, err)
		}
	}
	p := filepath.Join(dir, "one.tsv")
	os.WriteFile(p, []byte("# a comment\nmorning\tmatin\n"), 0o644)
	if d, err := OpenDict(p, FormatAuto); err != nil || d.Lexicon().Len() != 1 {
		t.Errorf("OpenDict(one.tsv): %v; want its one pair", err)
	}
}
