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

// LimitExpandedTextRuns is LimitTextRuns for a decoder that expands
// entities a document declares (xml.Decoder.Entity): each reference
// "&name;" counts as the length of the text it stands for, as entity
// gives it (ok false: not declared). A short file can repeat a reference
// to an entity of tens of KiB thousands of times between two tags, and
// encoding/xml expands them all into one text run before a caller sees any
// of it (a 60 KB TMX took 1 GiB and ended in "fatal error: out of
// memory"). A read ends before a reference to a name entity does not know
// yet, so that the decoder reaches the DOCTYPE that may declare it first;
// the next read passes it as written. The read that passes the bound ends
// before the reference that passes it, so the decoder expands at most max
// bytes and the error names the place.
func LimitExpandedTextRuns(r io.Reader, max int, hint string, entity func(name []byte) (n int, ok bool)) io.Reader {
	return &textRunGuard{r: r, max: max, hint: hint, entity: entity}
}

// maxRefName bounds the name of an entity reference the guard reads; a
// longer one is no reference it counts (the XML decoder refuses it).
const maxRefName = 256

// textRunGuard is LimitTextRuns's reader.
type textRunGuard struct {
	r    io.Reader
	max  int
	run  int    // bytes since the last '<', entity references expanded
	hint string // appended to the error
	// entity, if not nil, gives the length of a declared entity's text.
	entity func(name []byte) (int, bool)
	// carry is the start of a reference a read ended inside (inRef): the
	// bytes after its '&'.
	carry []byte
	inRef bool
	// held is what a read that ended early (before a reference) left of
	// the bytes it read, for the next read.
	held []byte
	// err is the error of the read whose bytes held keeps.
	err error
}

func (g *textRunGuard) Read(p []byte) (int, error) {
	var n int
	var err error
	if len(g.held) > 0 {
		n = copy(p, g.held)
		g.held = g.held[n:]
		if len(g.held) == 0 {
			err, g.err = g.err, nil
		}
	} else {
		n, err = g.r.Read(p)
	}
	b := p[:n]
	if g.entity == nil || !g.inRef && bytes.IndexByte(b, '&') < 0 {
		// No reference: only the run since the last '<' matters.
		if first := bytes.IndexByte(b, '<'); first < 0 {
			g.run += n
		} else {
			g.run += first
			if g.run <= g.max {
				g.run = n - 1 - bytes.LastIndexByte(b, '<')
				g.carry = g.carry[:0]
			}
		}
		if g.run > g.max {
			return n, fmt.Errorf("more than %d MiB of text without markup%s", g.max>>20, g.hint)
		}
		return n, err
	}
	off := 0 // of b in p[:n]
	for {
		lt := bytes.IndexByte(b, '<')
		piece := b
		if lt >= 0 {
			piece = b[:lt]
		}
		if stop, over := g.expand(piece, lt < 0, off == 0); stop >= 0 {
			// End the read before the reference at stop.
			end := off + stop
			if over {
				return end, fmt.Errorf("more than %d MiB of text without markup once its entity references are expanded (an entity bomb?)", g.max>>20)
			}
			g.hold(p[end:n], err)
			return end, nil
		}
		if g.run > g.max {
			return n, fmt.Errorf("more than %d MiB of text without markup%s", g.max>>20, g.hint)
		}
		if lt < 0 {
			return n, err
		}
		g.run, g.carry, g.inRef = 0, g.carry[:0], false
		b = b[lt+1:]
		off += lt + 1
	}
}

// hold keeps rest, read but not returned, before what it holds already,
// for the next read, with err, the error of the read of rest.
func (g *textRunGuard) hold(rest []byte, err error) {
	if len(g.held) == 0 && err != nil {
		g.err = err
	}
	if len(rest) == 0 {
		return
	}
	g.held = append(append(make([]byte, 0, len(rest)+len(g.held)), rest...), g.held...)
}

// expand adds to g.run the bytes of piece (text of one run) with its
// entity references expanded. It returns the index of the '&' of a
// reference to stop before, or -1: one to a name not known yet (unless
// first, the read's first piece, starts with it: that one the read
// passes as written), or (over) the first with which the run passes max.
// A reference piece ends inside is kept in carry when more of the run may
// follow (open), to be read with the next.
func (g *textRunGuard) expand(piece []byte, open, first bool) (stop int, over bool) {
	from := 0
	if g.inRef {
		head := piece[:min(len(piece), maxRefName-len(g.carry))]
		if j := bytes.IndexByte(head, ';'); j >= 0 {
			g.carry = append(g.carry, head[:j]...)
			g.run += j + 1 + g.refExtra(g.carry)
			if g.run > g.max {
				return 0, true
			}
			from = j + 1
		} else if open && len(head) == len(piece) {
			g.carry = append(g.carry, piece...)
			g.run += len(piece)
			return -1, false
		}
		g.carry, g.inRef = g.carry[:0], false
	}
	for {
		i := bytes.IndexByte(piece[from:], '&')
		if i < 0 {
			g.run += len(piece) - from
			return -1, false
		}
		amp := from + i
		rest := piece[amp+1:]
		head := rest[:min(len(rest), maxRefName)]
		j := bytes.IndexByte(head, ';')
		if j < 0 {
			g.run += amp + 1 - from
			from = amp + 1
			if open && len(head) == len(rest) {
				g.carry, g.inRef = append(g.carry[:0], rest...), true
				g.run += len(rest)
				return -1, false
			}
			continue
		}
		name := head[:j]
		n, known := g.entity(name)
		if !known && !(first && amp == 0) && len(name) > 0 && !predefined(name) {
			g.run += amp - from
			return amp, false
		}
		g.run += amp - from + j + 2
		if known && n > j+2 {
			g.run += n - j - 2
		}
		if g.run > g.max {
			return amp, true
		}
		from = amp + j + 2
	}
}

// predefined says whether name is one XML predefines or a character
// reference's (#...), which expand to a character.
func predefined(name []byte) bool {
	switch string(name) {
	case "amp", "lt", "gt", "quot", "apos":
		return true
	}
	return name[0] == '#'
}

// refExtra is how many bytes the reference &name; adds when expanded.
func (g *textRunGuard) refExtra(name []byte) int {
	n, ok := g.entity(name)
	if !ok || n <= len(name)+2 {
		return 0
	}
	return n - len(name) - 2
}
