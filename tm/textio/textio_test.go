package textio_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/textio"
)

func TestReader(t *testing.T) {
	for _, tc := range []struct {
		in, want, err string
	}{
		{"line one\nline two\n", "line one\nline two\n", ""},
		{"", "", ""},
		{"line one\nline two \xff here\n", "line one\nline two ", "read in.txt: line 2: invalid UTF-8 (byte 0xff)"},
		{"a\nb\nc\x00d", "a\nb\nc", "read in.txt: line 3: NUL byte (binary or UTF-16 input?)"},
		{"\xff\xfeH\x00i\x00", "", "read in.txt: line 1: UTF-16 text (byte order mark FF FE), not UTF-8"},
		{"\xfe\xff\x00H", "", "read in.txt: line 1: UTF-16 text (byte order mark FE FF), not UTF-8"},
		{"ok\n\xe6\x9d", "ok\n", "read in.txt: line 2: invalid UTF-8 (byte 0xe6)"}, // cut short at the end
		{"\ufeffBOM is UTF-8", "\ufeffBOM is UTF-8", ""},
	} {
		r := textio.NewReader(strings.NewReader(tc.in), "in.txt")
		got, err := io.ReadAll(r)
		if string(got) != tc.want || (err == nil) != (tc.err == "") || err != nil && err.Error() != tc.err {
			t.Errorf("ReadAll(NewReader(%+q)) = %+q, %v; want %+q, %q", tc.in, got, err, tc.want, tc.err)
		}
		if !errors.Is(r.Err(), err) {
			t.Errorf("NewReader(%+q).Err() = %v; want %v", tc.in, r.Err(), err)
		}
	}
}

func TestReaderErrorFields(t *testing.T) {
	_, err := io.ReadAll(textio.NewReader(strings.NewReader("\xff\xfeH\x00"), "<stdin>"))
	var e *textio.Error
	if !errors.As(err, &e) || e.Name != "<stdin>" || e.Line != 1 || !strings.Contains(e.Hint, "iconv -f UTF-16 -t UTF-8 <stdin>") {
		t.Fatalf("UTF-16 input: %#v; want an *Error naming <stdin>, line 1, with an iconv hint", err)
	}
	broken := errors.New("disk on fire")
	_, err = io.ReadAll(textio.NewReader(iotest.ErrReader(broken), "x"))
	if !errors.As(err, &e) || !errors.Is(err, broken) || err.Error() != "read x: disk on fire" {
		t.Fatalf("a failed read = %v; want an *Error wrapping it", err)
	}
}

// TestReaderErrBeforeDrained: Err reports the bad byte while the bytes
// before it are still to be read, as a line scanner needs.
func TestReaderErrBeforeDrained(t *testing.T) {
	r := textio.NewReader(strings.NewReader("good\nbad \xff\n"), "x")
	b := make([]byte, 2)
	if _, err := r.Read(b); err != nil {
		t.Fatal(err)
	}
	if r.Err() == nil {
		t.Fatal("Err() = nil after the chunk with the bad byte was checked")
	}
}

// chunkReader returns the input in reads of the sizes given, in turn.
type chunkReader struct {
	s     []byte
	sizes []byte
	i     int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, io.EOF
	}
	n := 1
	if len(c.sizes) > 0 {
		n = int(c.sizes[c.i%len(c.sizes)])%17 + 1
		c.i++
	}
	n = copy(p, c.s[:min(n, len(c.s))])
	c.s = c.s[n:]
	return n, nil
}

// firstBad is the reference: the offset of the first byte that is not
// valid UTF-8 or is NUL, or -1.
func firstBad(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == 0 || r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

func FuzzReader(f *testing.F) {
	for _, s := range []string{"", "plain\ntext\n", "Téhéran قاسم 東京。\n", "a\xffb", "x\n\x00", "\xff\xfe", "\xe6\x9d\n\xe6", "ok\xf0\x9f\x98"} {
		f.Add([]byte(s), []byte{3, 1, 7}, uint8(5))
	}
	f.Fuzz(func(t *testing.T, in, sizes []byte, readSize uint8) {
		r := textio.NewReader(&chunkReader{s: in, sizes: sizes}, "f")
		var got bytes.Buffer
		buf := make([]byte, int(readSize)%64+1)
		var err error
		for {
			var n int
			n, err = r.Read(buf)
			got.Write(buf[:n])
			if err != nil {
				break
			}
		}
		bad := firstBad(in)
		if bad < 0 {
			if err != io.EOF || !bytes.Equal(got.Bytes(), in) {
				t.Fatalf("valid input %+q: read %+q, %v; want it whole and io.EOF", in, got.Bytes(), err)
			}
			return
		}
		var e *textio.Error
		if !errors.As(err, &e) || !bytes.Equal(got.Bytes(), in[:bad]) {
			t.Fatalf("input %+q: read %+q, %v; want %+q and an *Error", in, got.Bytes(), err, in[:bad])
		}
		if line := 1 + bytes.Count(in[:bad], []byte{'\n'}); e.Line != line {
			t.Fatalf("input %+q: error at line %d; want line %d", in, e.Line, line)
		}
	})
}

func BenchmarkReader(b *testing.B) {
	text := []byte(strings.Repeat("Téhéran (IP) - The Chief Commander of the IRGC met the minister. قاسم سلیمانی\n", 2000))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := io.Copy(io.Discard, textio.NewReader(bytes.NewReader(text), "x")); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want []string
		err  string
	}{
		{"one\r\ntwo\n\nthree", 100, []string{"one", "two", "", "three"}, ""},
		{"one\ntwo \xff\nthree\n", 100, []string{"one"}, "read in: line 2: invalid UTF-8 (byte 0xff)"},
		{"\xff", 100, nil, "read in: line 1: invalid UTF-8 (byte 0xff)"},
		{"short\n" + strings.Repeat("x", 2048) + "\n", 1024, []string{"short"}, "read in: line 2: a line longer than 1 KiB"},
		// A byte-order mark (a file saved by Notepad) is not part of the
		// first line; a U+FEFF further on is left alone.
		{"\ufeffone\r\n\ufefftwo\n", 100, []string{"one", "\ufefftwo"}, ""},
		{"\ufeff", 100, []string{""}, ""},
	} {
		var got []string
		var err error
		for l, e := range textio.Lines(strings.NewReader(tc.in), "in", tc.max) {
			if e != nil {
				err = e
				break
			}
			got = append(got, l)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || (err == nil) != (tc.err == "") || err != nil && err.Error() != tc.err {
			t.Errorf("Lines(%.20q) = %q, %v; want %q, %q", tc.in, got, err, tc.want, tc.err)
		}
	}
}

// TextLines ends a line at a lone "\r" too (classic Mac OS line ends), at
// "\r\n" once, even when the "\n" comes in a later read.
func TestTextLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"one\rtwo\r\rthree", []string{"one", "two", "", "three"}},
		{"one\r\ntwo\nthree\r", []string{"one", "two", "three"}},
		{"\ufeffone\rtwo", []string{"one", "two"}},
		{"one\r", []string{"one"}},
		{"\r", []string{""}},
	} {
		for _, r := range []io.Reader{strings.NewReader(tc.in), iotest.OneByteReader(strings.NewReader(tc.in))} {
			var got []string
			for l, err := range textio.TextLines(r, "in", 100) {
				if err != nil {
					t.Fatalf("TextLines(%q): %v", tc.in, err)
				}
				got = append(got, l)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("TextLines(%q) = %q; want %q", tc.in, got, tc.want)
			}
		}
	}
	// Lines keeps a lone "\r" in its line (a field's control character
	// for the formats that check them).
	for l := range textio.Lines(strings.NewReader("one\rtwo\n"), "in", 100) {
		if l != "one\rtwo" {
			t.Errorf("Lines of a lone CR = %q; want one line", l)
		}
	}
}

// BenchmarkLines reads 10,000 lines of a news-like text: the line reader
// every line-based command stands on.
func BenchmarkLines(b *testing.B) {
	text := strings.Repeat("KIEV, 7 Oct. (Reuters) - The minister said on Tuesday that talks would go on.\n", 10000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range textio.Lines(strings.NewReader(text), "x", 1<<20) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 10000 {
			b.Fatalf("%d lines; want 10000", n)
		}
	}
}

// TestReaderSingleByteHint: text in Latin-1 or Windows-1252 (a file saved
// by an older editor) gets a hint to convert it with iconv; it said only
// "invalid UTF-8 (byte 0xe9)" (trial33). Binary data gets none.
func TestReaderSingleByteHint(t *testing.T) {
	for _, tc := range []struct {
		in   string
		hint string
	}{
		{"Le caf\xe9 est pr\xeat.\n", "iconv -f WINDOWS-1252 -t UTF-8 story.fr.txt"},
		{"He said: \x93we are ready\x94.\r\n", "iconv -f WINDOWS-1252 -t UTF-8 story.fr.txt"},
		{"\x7fELF\x02\x01\x01\xe9\x03\x05>\x04\x01", ""},
		{"\x01\x8f\x1c\xe9\x13 some text after", ""},
	} {
		_, err := io.ReadAll(textio.NewReader(strings.NewReader(tc.in), "story.fr.txt"))
		var e *textio.Error
		if !errors.As(err, &e) || (tc.hint == "") != (e.Hint == "") || !strings.Contains(e.Hint, tc.hint) {
			t.Errorf("%+q: %v, hint %q; want hint %q", tc.in, err, e.Hint, tc.hint)
		}
	}
}

// TestLineCol: lines and columns count from 1, columns in characters, and
// a byte-order mark at the start of the text is no column.
func TestLineCol(t *testing.T) {
	for _, c := range []struct {
		text      string
		at        int
		line, col int
	}{
		{"abc", 0, 1, 1},
		{"abc", 2, 1, 3},
		{"ab\ncd", 4, 2, 2},
		{"é\nçà", len("é\nç"), 2, 2},
		{"\ufeffab", len("\ufeffa"), 1, 2},
		{"x\n\ufeffab", len("x\n\ufeffa"), 2, 3}, // a mark inside the text is a character
	} {
		if line, col := textio.LineCol(c.text, c.at); line != c.line || col != c.col {
			t.Errorf("LineCol(%q, %d) = %d:%d, want %d:%d", c.text, c.at, line, col, c.line, c.col)
		}
	}
}

func TestShellQuote(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"story.fr.txt", "story.fr.txt"},
		{"/tmp/été/a-b_c+1.txt", "/tmp/été/a-b_c+1.txt"},
		{"my story.txt", "'my story.txt'"},
		{"l'été.txt", `'l'\''été.txt'`},
		{"a\nb.txt", "'a\nb.txt'"},
		{"$HOME.txt", "'$HOME.txt'"},
		{"", "''"},
	} {
		if got := textio.ShellQuote(c.in); got != c.want {
			t.Errorf("ShellQuote(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}
