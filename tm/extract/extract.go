// Package extract takes the translatable segments out of a document and
// puts translations back: the document filter of pretranslation.
//
// Text extracts the sentences of plain text; HTML extracts the text of an
// article's paragraphs, headings, list items and captions, with inline
// tags (<b>, <a href>, <br>, ...) kept as XLIFF inline codes that carry
// the tag itself as native code (<bpt>/<ept> for a pair, <it> for half a
// pair cut by a sentence end, <ph> for an empty element), and leaves out
// boilerplate: navigation, menus, headers and footers outside the article,
// forms, scripts, and link lists such as "Read more". Each returns a
// Document: its segments and a skeleton, the document with each segment
// replaced by a marker. Merge puts segments (translated or not) back into
// the skeleton.
//
// # Boilerplate
//
// When the page has an <article> or <main> element, only text inside one is
// taken. Elements nav, aside, footer, form, menu, script, style, noscript,
// template, svg, button and select are skipped, and so is any element whose
// class or id names a boilerplate part (nav, menu, footer, sidebar, related,
// read-more, share, social, breadcrumb, comment, promo, newsletter, cookie,
// ad). A list item or heading whose text is mostly link text (at least
// half) is a link list entry and is skipped, as is a heading reading "Read
// more", "Related", "See also" or "More on this".
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/tm/xliff"
)

// Kind is a document kind.
type Kind string

// The kinds of documents.
const (
	KindText Kind = "plaintext"
	KindHTML Kind = "html"
)

// DetectKind tells an HTML document from plain text by its name (.html,
// .htm, .xhtml) or, failing that, by a leading "<" followed by an html,
// head, body, article, p, div or DOCTYPE tag.
func DetectKind(name string, doc []byte) Kind {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm") || strings.HasSuffix(n, ".xhtml") {
		return KindHTML
	}
	if strings.HasSuffix(n, ".txt") {
		return KindText
	}
	s := bytes.ToLower(bytes.TrimLeft(doc, " \t\r\n\ufeff"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div"} {
		if bytes.HasPrefix(s, []byte(p)) {
			return KindHTML
		}
	}
	return KindText
}

// Segment is one translatable segment of a document.
type Segment struct {
	// ID names the segment in the skeleton ("1", "2", ...).
	ID string
	// Block counts the paragraphs (text) or block elements (HTML) from 0:
	// the segments of one block share it, and context does not cross
	// blocks.
	Block int
	// Text is the segment's plain text, what a TM lookup takes.
	Text string
	// Markup is the segment as XLIFF content with its inline codes, ""
	// when it has none.
	Markup string
}

// Document is a document's segments and its skeleton.
type Document struct {
	Kind     Kind
	Segments []Segment
	// Skeleton is the document with each segment replaced by a marker
	// (U+E000, the segment's ID, U+E001).
	Skeleton []byte
}

// Marker characters around a segment's ID in a skeleton (private use).
const (
	markOpen  = "\ue000"
	markClose = "\ue001"
)

// ErrMarker is the error of a document that already holds the marker
// characters (U+E000, U+E001).
var ErrMarker = errors.New("the document holds U+E000 or U+E001, which the skeleton uses as markers")

func marker(id string) string { return markOpen + id + markClose }

// check refuses a document that XLIFF cannot carry: invalid UTF-8, a
// control character other than tab and line breaks, U+FFFE or U+FFFF, or
// the skeleton's markers.
func check(doc []byte) error {
	line := 1
	for i := 0; i < len(doc); {
		r, n := utf8.DecodeRune(doc[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return fmt.Errorf("line %d: invalid UTF-8", line)
		case r == '\n':
			line++
		case r < 0x20 && r != '\t' && r != '\r', r == 0xFFFE, r == 0xFFFF, r >= 0x7F && r < 0xA0 && r != 0x85:
			return fmt.Errorf("line %d: the character %U, which XML cannot carry", line, r)
		case r == 0xE000 || r == 0xE001:
			return fmt.Errorf("line %d: %w", line, ErrMarker)
		}
		i += n
	}
	return nil
}

// Text extracts the sentences of plain text, as seg splits them: each
// blank-line paragraph is a block.
func Text(doc []byte, seg *segment.Segmenter) (*Document, error) {
	if err := check(doc); err != nil {
		return nil, err
	}
	d := &Document{Kind: KindText}
	var skl bytes.Buffer
	last := 0
	for i, s := range seg.SplitString(string(doc)) {
		id := strconv.Itoa(i + 1)
		d.Segments = append(d.Segments, Segment{ID: id, Block: s.Para, Text: s.Text})
		skl.Write(doc[last:s.Start])
		skl.WriteString(marker(id))
		last = s.End
	}
	skl.Write(doc[last:])
	d.Skeleton = skl.Bytes()
	return d, nil
}

// Merge puts segments back into a skeleton of kind: segs maps a segment's
// ID to its XLIFF content (a translation, or the source), as markup. For
// plain text the plain text of the markup is written; for HTML its text
// is escaped and its inline codes are written as their native code. A
// marker without a segment in segs is an error.
func Merge(kind Kind, skeleton []byte, segs map[string]string) ([]byte, error) {
	var out bytes.Buffer
	s := skeleton
	for {
		i := bytes.Index(s, []byte(markOpen))
		if i < 0 {
			out.Write(s)
			return out.Bytes(), nil
		}
		out.Write(s[:i])
		s = s[i+len(markOpen):]
		j := bytes.Index(s, []byte(markClose))
		if j < 0 {
			return nil, errors.New("a broken skeleton: a marker is not closed")
		}
		id := string(s[:j])
		s = s[j+len(markClose):]
		m, ok := segs[id]
		if !ok {
			return nil, fmt.Errorf("no segment %q for the skeleton", id)
		}
		if err := writeSegment(&out, kind, m); err != nil {
			return nil, fmt.Errorf("segment %q: %w", id, err)
		}
	}
}

// IDs returns the IDs of the segments a skeleton has a place for, in
// document order.
func IDs(skeleton []byte) []string {
	var ids []string
	for s := skeleton; ; {
		i := bytes.Index(s, []byte(markOpen))
		if i < 0 {
			return ids
		}
		s = s[i+len(markOpen):]
		j := bytes.Index(s, []byte(markClose))
		if j < 0 {
			return ids
		}
		ids = append(ids, string(s[:j]))
		s = s[j+len(markClose):]
	}
}

// writeSegment writes XLIFF content as the document's text.
func writeSegment(out *bytes.Buffer, kind Kind, markup string) error {
	text, toks, err := xliff.Parse(markup)
	if err != nil {
		return err
	}
	if kind != KindHTML {
		out.WriteString(text)
		return nil
	}
	code := 0 // depth inside native code
	for _, t := range toks {
		switch t.Kind {
		case xliff.Start:
			if xliff.IsCode(t.Name) {
				code++
			}
		case xliff.End:
			if xliff.IsCode(t.Name) {
				code--
			}
		case xliff.Text:
			if code > 0 {
				out.WriteString(t.Text) // the tag as it stood
			} else {
				out.WriteString(htmlEscaper.Replace(t.Text))
			}
		}
	}
	return nil
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
