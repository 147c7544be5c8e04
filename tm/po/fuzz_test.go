package po

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead checks that any input is read or refused with an *Error (never a
// panic or another error), and that what is read is UTF-8.
func FuzzRead(f *testing.F) {
	f.Add(sample)
	// Real files: Symfony's and Translate Toolkit's samples.
	for _, glob := range []string{"../testdata/foreign/*.po", "../testdata/ttk/*.po"} {
		names, _ := filepath.Glob(glob)
		for _, name := range names {
			if b, err := os.ReadFile(name); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Add("msgid \"a\"\nmsgstr \"b\"\n")
	f.Add("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=KOI8-R\\n\"\n\nmsgid \"x\"\nmsgstr \"\xf0\"\n")
	f.Add("#| msgid \"old\"\n#| \"more\"\nmsgid \"\\x41\\101\"\nmsgid_plural \"p\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n#~ msgid \"o\"\n")
	f.Fuzz(func(t *testing.T, src string) {
		r, err := NewReader(strings.NewReader(src))
		var pe *Error
		if err != nil {
			if !errors.As(err, &pe) {
				t.Fatalf("NewReader: %v is not an *Error", err)
			}
			return
		}
		for e, err := range r.All() {
			if err != nil {
				if !errors.As(err, &pe) || pe.Line < 1 {
					t.Fatalf("All: %v is not an *Error with a line", err)
				}
				return
			}
			if e.Line < 1 || len(e.Str) == 0 || e.Plural != (e.IDPlural != "" || e.Plural) {
				t.Fatalf("entry %+v", e)
			}
			for _, s := range append([]string{e.Context, e.ID, e.IDPlural}, e.Str...) {
				if !utf8.ValidString(s) {
					t.Fatalf("not UTF-8: %q", s)
				}
			}
		}
	})
}
