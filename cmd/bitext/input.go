package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// stdinName is how standard input is named in messages.
const stdinName = "<stdin>"

// inputNames returns the files named on the command line, or "-" (standard
// input) when there are none.
func inputNames(args []string) []string {
	if len(args) == 0 {
		return []string{"-"}
	}
	return args
}

// displayName is the name of an input as messages show it.
func displayName(name string) string {
	if name == "-" {
		return stdinName
	}
	return name
}

// openInput opens a named input ("-" is standard input) as a reader that
// fails with a bad-input error, naming the file and line, at the first byte
// that is not UTF-8 or is NUL. The caller closes it.
func openInput(ios *IOStreams, name string) (io.ReadCloser, error) {
	if name == "-" {
		return &utf8Reader{name: stdinName, r: ios.In, c: io.NopCloser(nil), line: 1, start: true}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, openError(name, err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, badInputf("read %s: is a directory", name)
	}
	return &utf8Reader{name: name, r: f, c: f, line: 1, start: true}, nil
}

// readInput reads a whole named input, checked to be UTF-8.
func readInput(ios *IOStreams, name string) ([]byte, error) {
	r, err := openInput(ios, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// openError turns an os.Open error into a bad-input error naming the file.
func openError(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return badInputf("open %s: no such file", name)
	case errors.Is(err, fs.ErrPermission):
		return badInputf("open %s: permission denied", name)
	}
	return badInputf("open %s: %v", name, err)
}

// utf8Reader passes bytes through and fails at the first invalid UTF-8
// sequence with the file name and line number. A sequence cut by a read
// boundary is held back until the next read completes it.
type utf8Reader struct {
	name    string
	r       io.Reader
	c       io.Closer
	line    int    // line number at the start of pending
	buf     []byte // read buffer
	ready   []byte // checked bytes not yet returned
	pending []byte // an incomplete sequence at the end of the last read
	err     error  // sticky: the error to return once ready is drained
	start   bool   // nothing has been checked yet (for a UTF-16 byte order mark)
}

// utf8ReadSize is the size of the reader's buffer.
const utf8ReadSize = 32 << 10

func (u *utf8Reader) Read(p []byte) (int, error) {
	for len(u.ready) == 0 {
		if u.err != nil {
			return 0, u.err
		}
		u.fill()
	}
	n := copy(p, u.ready)
	u.ready = u.ready[n:]
	return n, nil
}

// fill reads the next chunk, checks it and makes it ready, or sets u.err.
func (u *utf8Reader) fill() {
	if u.buf == nil {
		u.buf = make([]byte, utf8ReadSize+utf8.UTFMax)
	}
	k := copy(u.buf, u.pending)
	m, rerr := u.r.Read(u.buf[k : utf8ReadSize+k])
	data := u.buf[:k+m]
	keep := 0
	if rerr == nil {
		keep = incompleteTail(data)
	}
	checked := data[:len(data)-keep]
	if i, bad := firstInvalid(checked); bad {
		line := u.line + bytes.Count(checked[:i], []byte{'\n'})
		u.ready = checked[:i]
		switch {
		case u.start && i == 0 && len(checked) >= 2 && (checked[0] == 0xFF && checked[1] == 0xFE || checked[0] == 0xFE && checked[1] == 0xFF):
			u.err = badInput(fmt.Errorf("read %s: line 1: UTF-16 text (byte order mark %02X %02X); bitext reads UTF-8", u.name, checked[0], checked[1]),
				"convert it: iconv -f UTF-16 -t UTF-8 "+u.name)
		case checked[i] == 0:
			u.err = badInputf("read %s: line %d: NUL byte (binary or UTF-16 input?)", u.name, line)
		default:
			u.err = badInputf("read %s: line %d: invalid UTF-8 (byte 0x%02x)", u.name, line, checked[i])
		}
		return
	}
	u.start = u.start && len(checked) == 0
	u.line += bytes.Count(checked, []byte{'\n'})
	u.ready = checked
	u.pending = append(u.pending[:0], data[len(checked):]...)
	switch {
	case rerr == io.EOF:
		u.err = io.EOF
	case rerr != nil:
		u.err = badInputf("read %s: %v", u.name, rerr)
	}
}

func (u *utf8Reader) Close() error { return u.c.Close() }

// readErr is the bad-input error an openInput reader has met, if any. A
// bufio.Scanner hands out the bytes before an invalid one as a last, partial
// line: a line-by-line command checks readErr before using a line, so that
// it reports the invalid byte rather than acting on, or complaining about,
// half a line.
func readErr(r io.Reader) error {
	if u, ok := r.(*utf8Reader); ok && u.err != nil && u.err != io.EOF {
		return u.err
	}
	return nil
}

// incompleteTail is the length of a UTF-8 sequence at the end of b that is
// cut short (0 when b ends on a rune boundary or with an invalid byte).
func incompleteTail(b []byte) int {
	for k := 1; k < utf8.UTFMax && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < 0x80 {
			return 0
		}
		if c >= 0xC0 { // a leading byte
			if !utf8.FullRune(b[len(b)-k:]) {
				return k
			}
			return 0
		}
	}
	return 0
}

// firstInvalid returns the offset of the first invalid UTF-8 byte or NUL
// byte in b: text with NUL bytes is binary (or UTF-16), not text.
func firstInvalid(b []byte) (int, bool) {
	nul := bytes.IndexByte(b, 0)
	if utf8.Valid(b) {
		return nul, nul >= 0
	}
	for i := 0; i < len(b); {
		if i == nul {
			return i, true
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i, true
		}
		i += size
	}
	return 0, false
}

// parseLang parses a BCP 47 language tag given with the flag named flag.
func parseLang(flag, value string) (language.Tag, error) {
	if value == "" {
		return language.Und, usageErr(fmt.Errorf("--%s is required", flag))
	}
	t, err := language.Parse(value)
	if err != nil {
		return language.Und, usageErr(fmt.Errorf("--%s %q: not a BCP 47 language tag", flag, value),
			"use a tag such as en, fr, de, fa, ar, zh-Hans, pt-BR")
	}
	return t, nil
}

// langFromName finds a language tag among the dot-separated parts of a
// file name, between the stem and the extension: "story.en.txt",
// "a.fr.seg.txt", "b.zh-Hans.txt". Only two-letter languages (with
// optional subtags) count, so that "seg" or "txt" are not taken for
// languages.
func langFromName(name string) (language.Tag, bool) {
	if name == "-" {
		return language.Und, false
	}
	parts := strings.Split(filepath.Base(name), ".")
	for i := len(parts) - 2; i >= 1; i-- {
		p := parts[i]
		base, _, _ := strings.Cut(p, "-")
		if len(base) != 2 {
			continue
		}
		if t, err := language.Parse(p); err == nil {
			return t, true
		}
	}
	return language.Und, false
}
