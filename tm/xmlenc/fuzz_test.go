package xmlenc

import (
	"bufio"
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"
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
