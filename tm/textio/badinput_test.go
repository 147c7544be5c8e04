package textio_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// TestIsBadInput: the libraries' errors about the user's input are marked,
// wrapped or not, across packages; the machine's failures, a cancelled
// context and plain errors are not.
func TestIsBadInput(t *testing.T) {
	bad := []error{
		&textio.Error{Name: "a.txt", Line: 3, Msg: "invalid UTF-8"}, textio.ErrPlace, textio.ErrOpen,
		&tmx.Error{Line: 2, Msg: "no body"}, &tm.LineError{Line: 4, Msg: "one column"},
		tm.ErrBadInput, tm.ErrBadUnit, tm.ErrNotTM, tm.ErrNewerSchema, tm.ErrReadOnly,
		&normalize.ParseError{}, normalize.ErrNotRegular, &segment.SRXError{},
		&align.DictFileError{Path: "d.tsv", Err: errors.New("line 1: no tab")}, &align.RecordError{Line: 1, Msg: "x"},
		&align.GroupsError{}, textio.NewBadInput("a new kind"),
	}
	for _, err := range bad {
		if !textio.IsBadInput(err) {
			t.Errorf("%T %v: not bad input", err, err)
		}
		if w := fmt.Errorf("import x.tmx: %w", err); !textio.IsBadInput(w) {
			t.Errorf("wrapped %T: not bad input", err)
		}
		if j := errors.Join(errors.New("first"), err); !textio.IsBadInput(j) {
			t.Errorf("joined %T: not bad input", err)
		}
	}
	for _, err := range []error{nil, errors.New("disk full"), context.Canceled, tm.ErrBusy, tm.ErrUnavailable,
		fs.ErrPermission, fmt.Errorf("write: %w", fs.ErrClosed)} {
		if textio.IsBadInput(err) {
			t.Errorf("%v: bad input; want not", err)
		}
	}
	if a, b := textio.NewBadInput("x"), textio.NewBadInput("x"); errors.Is(a, b) {
		t.Error("two NewBadInput sentinels are the same error")
	}
}

// TestNotText: the one check of a text given (CheckArg, tm's names, the
// server's fields): UTF-8 first, then NUL, both bad input.
func TestNotText(t *testing.T) {
	for _, c := range []struct {
		s    string
		want error
	}{{"Hello.", nil}, {"", nil}, {"caf\u00e9", nil}, {"a\xffb", textio.ErrNotUTF8}, {"a\x00b", textio.ErrNUL}, {"\x00\xff", textio.ErrNotUTF8}} {
		err := textio.NotText(c.s)
		if err != c.want || err != nil && !textio.IsBadInput(err) {
			t.Errorf("NotText(%+q) = %v; want %v, bad input", c.s, err, c.want)
		}
	}
}

func TestCheckArg(t *testing.T) {
	for _, tc := range []struct{ s, arg, text string }{
		{"Hello.", "", ""},
		{" ", "", `SOURCE is empty`},
		{"a\xffb", `SOURCE argument "a\xffb": invalid UTF-8`, `SOURCE argument "a\xffb": invalid UTF-8`},
		{"a\x00b", `SOURCE argument "a\x00b": a NUL byte`, `SOURCE argument "a\x00b": a NUL byte`},
	} {
		for _, c := range []struct {
			f    func(string, string) error
			want string
		}{{textio.CheckArg, tc.arg}, {textio.CheckText, tc.text}} {
			err := c.f("SOURCE", tc.s)
			switch {
			case c.want == "" && err != nil:
				t.Errorf("%q: %v", tc.s, err)
			case c.want != "" && (err == nil || err.Error() != c.want || !textio.IsBadInput(err)):
				t.Errorf("%q: %v; want bad input %q", tc.s, err, c.want)
			}
		}
	}
}

func TestWriteOutput(t *testing.T) {
	var out strings.Builder
	if err := textio.WriteOutput("-", &out, func(w io.Writer) error { _, err := io.WriteString(w, "x\n"); return err }); err != nil || out.String() != "x\n" {
		t.Errorf(`"-": %q, %v`, out.String(), err)
	}
	out.Reset()
	failed := errors.New("failed")
	if err := textio.WriteOutput("", &out, func(w io.Writer) error { io.WriteString(w, "part"); return failed }); err != failed || out.Len() != 0 {
		t.Errorf("failing write: %q, %v; want nothing written, the error", out.String(), err)
	}
	name := filepath.Join(t.TempDir(), "out.tsv")
	if err := textio.WriteOutput(name, &out, func(w io.Writer) error { _, err := io.WriteString(w, "y\n"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(name); string(b) != "y\n" || out.Len() != 0 {
		t.Errorf("file: %q, stdout %q", b, out.String())
	}
	if err := textio.WriteOutput(name, &out, func(io.Writer) error { return failed }); err != failed {
		t.Errorf("failing write to a file: %v", err)
	}
	if b, _ := os.ReadFile(name); string(b) != "y\n" {
		t.Errorf("after a failed write the file is %q; want it as it was", b)
	}
}

func TestFileLangWithInput(t *testing.T) {
	fr := language.French
	for _, tc := range []struct {
		lang language.Tag
		file string
		want language.Tag
	}{{language.Und, "story.en.txt", language.English}, {fr, "story.en.txt", fr}, {language.Und, "notes.txt", language.Und}, {language.Und, "-", language.Und}} {
		if got := textio.FileLang(tc.lang, tc.file); got != tc.want {
			t.Errorf("FileLang(%v, %s) = %v; want %v", tc.lang, tc.file, got, tc.want)
		}
	}
	var got string
	err := textio.WithInput("-", strings.NewReader("ok\n\xff\n"), func(r io.Reader) error {
		b, err := io.ReadAll(r)
		got = string(b)
		return err
	})
	var te *textio.Error
	if !errors.As(err, &te) || te.Line != 2 || te.Name != textio.StdinName || got != "ok\n" {
		t.Errorf("WithInput of bad UTF-8: read %q, %v; want the error at <stdin> line 2", got, err)
	}
	if err := textio.WithInput(filepath.Join(t.TempDir(), "none.txt"), nil, func(io.Reader) error { return nil }); !errors.Is(err, textio.ErrOpen) {
		t.Errorf("WithInput of a missing file: %v; want ErrOpen", err)
	}
	// Interrupted: the input is named, not "context canceled", on stdin
	// (the read fails) as on a file (the work on it stops).
	name := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(name, []byte("text\n"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct{ name, want string }{
		{"-", "read <stdin>: interrupted"},
		{name, "read " + name + ": interrupted"},
	} {
		err := textio.WithInput(tc.name, textio.ContextReader(ctx, strings.NewReader("text\n")), func(r io.Reader) error {
			if _, err := io.ReadAll(r); err != nil {
				return err
			}
			return ctx.Err()
		})
		if err == nil || err.Error() != tc.want || !errors.Is(err, context.Canceled) {
			t.Errorf("WithInput(%s), interrupted: %v; want %q wrapping context.Canceled", tc.name, err, tc.want)
		}
	}
}

func TestOpenRawReadInput(t *testing.T) {
	r, err := textio.OpenRaw("-", strings.NewReader("\xff raw\n"))
	if err != nil {
		t.Fatal(err)
	}
	if b, err := io.ReadAll(r); string(b) != "\xff raw\n" || err != nil {
		t.Errorf("OpenRaw(-) read %q, %v; want the bytes as they are", b, err)
	}
	name := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(name, []byte("fine\n\x00\n"), 0o644)
	if _, err := textio.ReadInput(name, nil); !textio.IsBadInput(err) || !strings.Contains(err.Error(), name) {
		t.Errorf("ReadInput of a NUL byte: %v; want bad input naming %s", err, name)
	}
	if b, err := textio.ReadInput("-", strings.NewReader("ok\n")); string(b) != "ok\n" || err != nil {
		t.Errorf("ReadInput(-) = %q, %v", b, err)
	}
	for _, f := range []func(string) error{
		func(n string) error { _, err := textio.OpenRaw(n, nil); return err },
		func(n string) error { _, err := textio.ReadInput(n, nil); return err },
	} {
		if err := f(filepath.Join(t.TempDir(), "none")); !errors.Is(err, textio.ErrOpen) {
			t.Errorf("a missing file: %v; want ErrOpen", err)
		}
	}
}

func TestQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"kind", `"kind"`},
		{"a\tb", `"a\tb"`},
		{strings.Repeat("x", 60), `"` + strings.Repeat("x", 60) + `"`},
		{strings.Repeat("x", 61), `"` + strings.Repeat("x", 60) + `"...`},
		{strings.Repeat("é", 40), `"` + strings.Repeat("é", 30) + `"...`}, // cut between runes
		{"x" + strings.Repeat("é", 40), `"x` + strings.Repeat("é", 29) + `"...`},
	} {
		if got := textio.Quote(tc.in); got != tc.want {
			t.Errorf("Quote(%.20q...) = %s; want %s", tc.in, got, tc.want)
		}
	}
}
