package xmlenc

import (
	"bufio"
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// FuzzNewReader checks that a document NewReader reads comes back as the
// UTF-8 it was written from: as UTF-8 with and without a byte order mark,
// as UTF-16 in both byte orders with a byte order mark, and without one
// when it starts with '<' (as an XML document does); and that
// CharsetReader either takes a label or refuses it naming it.
func FuzzNewReader(f *testing.F) {
	f.Add(`<?xml version="1.0" encoding="UTF-16"?><tmx/>`, "UTF-16")
	f.Add("<a>caf\u00e9 \U0001F600</a>", "ISO-8859-1")
	f.Add("plain text", "windows-1252")
	f.Add("<", "Shift_JIS")
	f.Add("", "x-unknown")
	f.Fuzz(func(t *testing.T, s, label string) {
		if !utf8.ValidString(s) {
			return
		}
		encode := func(e unicode.Endianness, bom unicode.BOMPolicy) []byte {
			b, err := unicode.UTF16(e, bom).NewEncoder().Bytes([]byte(s))
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
		forms := map[string][]byte{
			"UTF-8 with BOM":    append([]byte("\uFEFF"), s...),
			"UTF-16LE with BOM": encode(unicode.LittleEndian, unicode.UseBOM),
			"UTF-16BE with BOM": encode(unicode.BigEndian, unicode.UseBOM),
		}
		// Without a byte order mark, UTF-8 is read as it is unless its
		// first bytes look like another form's.
		if !strings.HasPrefix(s, "\uFEFF") && !bytes.HasPrefix([]byte(s), []byte{'<', 0}) && !bytes.HasPrefix([]byte(s), []byte{0, '<'}) {
			forms["UTF-8"] = []byte(s)
		}
		if strings.HasPrefix(s, "<") {
			forms["UTF-16LE"] = encode(unicode.LittleEndian, unicode.IgnoreBOM)
			forms["UTF-16BE"] = encode(unicode.BigEndian, unicode.IgnoreBOM)
		}
		for name, b := range forms {
			r, err := NewReader(bufio.NewReader(bytes.NewReader(b)))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			got, err := io.ReadAll(r)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if string(got) != s {
				t.Fatalf("%s of %+q reads as %+q", name, s, got)
			}
		}
		r, err := CharsetReader(label, strings.NewReader(s))
		if err != nil {
			if !strings.Contains(err.Error(), strconv.Quote(label)) {
				t.Fatalf("CharsetReader(%q): %v does not name the label", label, err)
			}
			return
		}
		got, err := io.ReadAll(r)
		if err != nil {
			return // an encoding's decoder may refuse the bytes
		}
		if l := strings.ToLower(strings.TrimSpace(label)); l == "utf-8" || l == "utf8" {
			if string(got) != s {
				t.Fatalf("CharsetReader(%q) changed %+q to %+q", label, s, got)
			}
		}
	})
}

// FuzzLimitExpandedTextRuns: the guard passes the bytes it reads
// unchanged, in order, however the reads cut them, and ends with its error
// or reads them all; with a bound no run reaches, it reads them all.
func FuzzLimitExpandedTextRuns(f *testing.F) {
	f.Add([]byte(`<!DOCTYPE a [<!ENTITY e "x">]><a>&e;&e;&amp;&#233;&e</a>`), uint8(1), uint16(300))
	f.Add([]byte(`<a>&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</a>&e;<b>&f;&nope;&`), uint8(3), uint16(1000))
	f.Fuzz(func(t *testing.T, doc []byte, chunk uint8, max uint16) {
		entity := func(name []byte) (int, bool) {
			switch string(name) {
			case "e":
				return 100, true
			case "f":
				return 0, true
			}
			return 0, false
		}
		src := iotest.OneByteReader(bytes.NewReader(doc))
		if chunk > 1 {
			src = &chunkReader{bytes.NewReader(doc), int(chunk)}
		}
		got, err := io.ReadAll(LimitExpandedTextRuns(src, int(max), "", entity))
		if !bytes.HasPrefix(doc, got) {
			t.Fatalf("read %q of %q; want a prefix of it", got, doc)
		}
		if err == nil && len(got) != len(doc) {
			t.Fatalf("read %d of %d bytes and no error", len(got), len(doc))
		}
		all, err := io.ReadAll(LimitExpandedTextRuns(bytes.NewReader(doc), 1<<30, "", entity))
		if err != nil || !bytes.Equal(all, doc) {
			t.Fatalf("with a bound of 1 GiB: %q, %v; want the document", all, err)
		}
	})
}

// chunkReader reads at most n bytes at a time.
type chunkReader struct {
	r io.Reader
	n int
}

func (c *chunkReader) Read(p []byte) (int, error) { return c.r.Read(p[:min(len(p), c.n)]) }
