// Package xmlenc reads the bytes of an XML document as the UTF-8 that
// encoding/xml takes: a byte order mark is dropped, UTF-16 (little or big
// endian, with a byte order mark or without one, told by the first bytes)
// is transcoded, and an encoding the XML declaration names is decoded by
// CharsetReader. The TMX and XLIFF readers (through tm/internal/xmlin) and
// the SRX reader of align/segment share it; it imports no package of the
// project, so that any of them may.
//
//	src, err := xmlenc.NewReader(bufio.NewReader(f))
//	if err != nil {
//		return err
//	}
//	dec := xml.NewDecoder(src)
//	dec.CharsetReader = xmlenc.CharsetReader
package xmlenc

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// NewReader returns a UTF-8 reader of the XML document br holds: br itself,
// past a UTF-8 byte order mark if there is one, or a transcoding reader for
// UTF-16, known by its byte order mark or, without one, by the first
// character '<' as two bytes with a zero. The document's XML declaration may
// then still name UTF-16 (CharsetReader passes it). An error is br's, from
// reading the first bytes.
func NewReader(br *bufio.Reader) (io.Reader, error) {
	head, err := br.Peek(4)
	if err != nil && err != io.EOF {
		return nil, err
	}
	if bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
		return br, nil
	}
	if order, _, ok := UTF16Order(head); ok {
		return unicode.UTF16(order, unicode.UseBOM).NewDecoder().Reader(br), nil
	}
	return br, nil
}

// UTF16Order reports whether an XML document whose first bytes are head is
// in UTF-16, known by its byte order mark or, without one, by the first
// character '<' as two bytes with a zero; its byte order; and whether it
// has the mark.
func UTF16Order(head []byte) (order unicode.Endianness, bom, ok bool) {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return unicode.LittleEndian, true, true
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return unicode.BigEndian, true, true
	case bytes.HasPrefix(head, []byte{'<', 0}):
		return unicode.LittleEndian, false, true
	case bytes.HasPrefix(head, []byte{0, '<'}):
		return unicode.BigEndian, false, true
	}
	return unicode.BigEndian, false, false
}

// CharsetReader is an xml.Decoder's CharsetReader for a reader made by
// NewReader: UTF-8 and UTF-16 (already transcoded) pass through; another
// encoding is decoded by its IANA name or alias (ISO-8859-1, windows-1252,
// Shift_JIS...), else by its WHATWG label (GB2312 as GBK, ks_c_5601-1987 as
// EUC-KR), and one unknown is an error naming it.
func CharsetReader(label string, in io.Reader) (io.Reader, error) {
	l := strings.ToLower(strings.TrimSpace(label))
	if l == "utf-8" || l == "utf8" || strings.HasPrefix(l, "utf-16") || l == "ucs-2" {
		return in, nil
	}
	enc, err := Encoding(label)
	if err != nil {
		return nil, err
	}
	return enc.NewDecoder().Reader(in), nil
}

// Encoding is the encoding an XML declaration's label names: by its IANA
// name or alias, else by its WHATWG label; one unknown is an error naming
// it.
func Encoding(label string) (encoding.Encoding, error) {
	enc, err := ianaindex.IANA.Encoding(label)
	if err != nil || enc == nil {
		// A label the IANA index cannot decode (GB2312, TIS-620) or does
		// not know (Windows' ks_c_5601-1987, cp1252, x-sjis) is read as
		// browsers read it (WHATWG's labels: as GBK, windows-874, EUC-KR,
		// windows-1252, Shift_JIS, each a superset), but not when that is
		// their "replacement" encoding, which makes every byte U+FFFD.
		enc, err = htmlindex.Get(label)
		if err != nil || enc == nil || enc == encoding.Replacement {
			return nil, fmt.Errorf("unsupported encoding %q", label)
		}
	}
	return enc, nil
}

// LimitTextRuns returns a reader of r that fails a read once more than max
// bytes (a whole number of MiB) have passed without a '<' (text between two
// tags, or no markup at all): encoding/xml holds a text run in memory whole before it checks a
// character of it, so a file with no markup (a stream of NUL bytes from
// /dev/zero, a text file given for XML) was read until memory ran out.
// The error says "more than N MiB of text without markup" and then hint.
func LimitTextRuns(r io.Reader, max int, hint string) io.Reader {
	return &textRunGuard{r: r, max: max, hint: hint}
}

// textRunGuard is LimitTextRuns's reader.
type textRunGuard struct {
	r    io.Reader
	max  int
	run  int    // bytes since the last '<'
	hint string // appended to the error
}

func (g *textRunGuard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	b := p[:n]
	if first := bytes.IndexByte(b, '<'); first < 0 {
		g.run += n
	} else {
		g.run += first
		if g.run <= g.max {
			g.run = n - 1 - bytes.LastIndexByte(b, '<')
		}
	}
	if g.run > g.max {
		return n, fmt.Errorf("more than %d MiB of text without markup%s", g.max>>20, g.hint)
	}
	return n, err
}
