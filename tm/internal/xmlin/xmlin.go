// Package xmlin is the XML input layer the TMX and XLIFF readers share:
// bytes to UTF-8 (a byte order mark, UTF-16, the encoding an XML
// declaration names: package tm/xmlenc), a cap on text between two tags,
// and a token stream that checks end tags against start tags and counts
// lines.
//
// Errors from a Decoder carry the line; each reader has them made as its
// own format's error type (Options.NewError).
package xmlin

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/xmlenc"
)

// Error is a problem in an XML document, with the line where it is, and
// on a long line its column (see Decoder.Column; 0: none).
type Error struct {
	Line, Col int
	Msg       string
}

func (e *Error) Error() string { return textio.Where(e.Line, e.Col) + ": " + e.Msg }

// MaxTextRun is the most text a Decoder takes between two tags. The XML
// decoder holds a text run in memory whole, and storing a segment costs some
// forty times its size in token and index arrays: a real segment, even a
// long paragraph, is a few KiB; 1 MiB is a file that is not segmented at
// all, or not a TM document.
const MaxTextRun = 1 << 20

// Options say how NewDecoder reads a document. The zero value makes
// *Error values, reads the encoding as declared and keeps no character data
// past the next token.
type Options struct {
	// NewError makes the error for a problem at a line, and on a long
	// line at a column (0: none; see Decoder.Column); nil makes an *Error.
	NewError func(line, col int, msg string) error
	// TextRunHint is appended to the error for more than MaxTextRun bytes
	// of text without markup ("" adds nothing).
	TextRunHint string
	// TrustUTF8 reads a document that declares a single-byte Latin
	// encoding but whose bytes are UTF-8 as UTF-8 (see Decoder.ReadAsUTF8).
	TrustUTF8 bool
	// CopyText makes each xml.CharData token a copy the caller may keep;
	// otherwise it is valid only until the next call of Tok.
	CopyText bool
}

// Decoder reads the tokens of one XML document. It is not safe for
// concurrent use.
type Decoder struct {
	// XML is the underlying decoder (for its Entity map and InputPos).
	XML *xml.Decoder
	// Line is the line where the token last read starts.
	Line int
	// Stack holds the names of the open elements, outermost first.
	Stack []string
	// ReadAsUTF8 is the encoding the document declared when Options.TrustUTF8
	// found its bytes to be UTF-8 and read them so; "" otherwise.
	ReadAsUTF8 string
	// NewError is Options.NewError; nil makes an *Error.
	NewError func(line, col int, msg string) error

	copyText bool
	// ns are the namespace declarations of the open elements, outermost
	// first (RawToken leaves prefixes unresolved: see NS).
	ns []nsDecl
}

// nsDecl is a namespace declaration: xmlns:prefix="uri" (prefix "" for
// xmlns="uri") on the element at depth (its len(Stack)).
type nsDecl struct {
	prefix, uri string
	depth       int
}

// xmlNS is the namespace the prefix xml is bound to by definition.
const xmlNS = "http://www.w3.org/XML/1998/namespace"

// NS returns the namespace URI that prefix (a Name.Space as the tokens
// write it: "" for none) is bound to where the decoder is, "" if none: the
// innermost declaration of the open elements, the last token's included.
// Unprefixed attributes are in no namespace, whatever NS("") says.
func (d *Decoder) NS(prefix string) string {
	if prefix == "xml" {
		return xmlNS
	}
	for i := len(d.ns) - 1; i >= 0; i-- {
		if d.ns[i].prefix == prefix {
			return d.ns[i].uri
		}
	}
	return ""
}

// NewDecoder returns a Decoder over r. It detects UTF-16 (by byte order
// mark or by the first bytes) and UTF-8 with or without a byte order mark;
// other encodings named in the XML declaration are decoded too.
func NewDecoder(r io.Reader, opt Options) (*Decoder, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	src, err := xmlenc.NewReader(br)
	if err != nil {
		return nil, err
	}
	d := &Decoder{
		Line:     1,
		NewError: opt.NewError,
		copyText: opt.CopyText,
	}
	// The cap counts an entity the document declares (a TMX DOCTYPE's,
	// put in d.XML.Entity) as the text it expands to.
	d.XML = xml.NewDecoder(xmlenc.LimitExpandedTextRuns(src, MaxTextRun, opt.TextRunHint, func(name []byte) (int, bool) {
		v, ok := d.XML.Entity[string(name)]
		return len(v), ok
	}))
	d.XML.CharsetReader = xmlenc.CharsetReader
	if opt.TrustUTF8 && src == io.Reader(br) {
		if label, lie := latin1Lie(br); lie {
			d.XML.CharsetReader = func(l string, in io.Reader) (io.Reader, error) {
				if l == label {
					return in, nil
				}
				return xmlenc.CharsetReader(l, in)
			}
			d.ReadAsUTF8 = label
		}
	}
	return d, nil
}

// Column is the column of the decoder's position on line, for an error
// there: the byte (counted from 1) that ends the token last read, or
// where the XML decoder stopped on a syntax error. It is 0 when the
// position is on another line, or not past textio.LongLine (the line's
// number finds the problem).
func (d *Decoder) Column(line int) int { return ColumnOf(d.XML, line) }

// ColumnOf is Decoder.Column for an encoding/xml decoder of the package's
// users that read with their own (the XLIFF rewriter of pretranslate).
func ColumnOf(dec *xml.Decoder, line int) int {
	l, c := dec.InputPos()
	if l != line {
		return 0
	}
	return textio.LongLineColumn(c)
}

// Errorf returns the error for a problem at the current line.
func (d *Decoder) Errorf(format string, args ...any) error {
	return d.ErrorAt(d.Line, format, args...)
}

// ErrorAt returns the error for a problem at line, with its column on a
// long line (see Column).
func (d *Decoder) ErrorAt(line int, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if d.NewError == nil {
		return &Error{Line: line, Col: d.Column(line), Msg: msg}
	}
	return d.NewError(line, d.Column(line), msg)
}

// Tok returns the next token, checking that end tags match start tags. At
// the end of the document it returns io.EOF, or an error (see NewError)
// when an element is still open; every other error is made by NewError.
func (d *Decoder) Tok() (xml.Token, error) {
	d.Line, _ = d.XML.InputPos()
	t, err := d.XML.RawToken()
	if err != nil {
		if err == io.EOF {
			if len(d.Stack) > 0 {
				d.Line, _ = d.XML.InputPos()
				return nil, d.Errorf("unexpected end of file inside <%s>", d.Stack[len(d.Stack)-1])
			}
			return nil, io.EOF
		}
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, d.ErrorAt(se.Line, "%s", textio.XMLSyntaxMsg(se))
		}
		return nil, d.Errorf("%v", err)
	}
	switch t := t.(type) {
	case xml.StartElement:
		d.Stack = append(d.Stack, Name(t.Name))
		for _, a := range t.Attr {
			switch {
			case a.Name.Space == "xmlns":
				d.ns = append(d.ns, nsDecl{a.Name.Local, a.Value, len(d.Stack)})
			case a.Name.Space == "" && a.Name.Local == "xmlns":
				d.ns = append(d.ns, nsDecl{"", a.Value, len(d.Stack)})
			}
		}
	case xml.EndElement:
		name := Name(t.Name)
		if len(d.Stack) == 0 {
			return nil, d.Errorf("not well-formed XML: unexpected </%s>", name)
		}
		if top := d.Stack[len(d.Stack)-1]; top != name {
			return nil, d.Errorf("not well-formed XML: </%s> closes <%s>", name, top)
		}
		for len(d.ns) > 0 && d.ns[len(d.ns)-1].depth == len(d.Stack) {
			d.ns = d.ns[:len(d.ns)-1]
		}
		d.Stack = d.Stack[:len(d.Stack)-1]
	case xml.CharData:
		if d.copyText {
			return t.Copy(), nil
		}
	}
	return t, nil
}

// Root reads up to the document's root element and returns its start tag,
// which must be named root (its local name). what names the format in
// errors ("a TMX document"). directive, if not nil, is called with each
// directive (<!DOCTYPE ...>) before the root; otherwise they are skipped.
func (d *Decoder) Root(what, root string, directive func(xml.Directive) error) (xml.StartElement, error) {
	for {
		t, err := d.Tok()
		if err == io.EOF {
			return xml.StartElement{}, d.Errorf("not %s: no <%s> element", what, root)
		}
		if err != nil {
			return xml.StartElement{}, err
		}
		if dir, ok := t.(xml.Directive); ok && directive != nil {
			if err := directive(dir); err != nil {
				return xml.StartElement{}, err
			}
			continue
		}
		if Ignorable(t) {
			continue
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			return xml.StartElement{}, d.Errorf("not %s: text before the root element", what)
		}
		if se.Name.Local != root {
			return xml.StartElement{}, d.Errorf("not %s: root element is <%s>, want <%s>", what, Name(se.Name), root)
		}
		return se, nil
	}
}

// Text reads character data up to the end of the current element, which
// must contain no elements; in names the element for the error.
func (d *Decoder) Text(in string) (string, error) {
	var b strings.Builder
	for {
		t, err := d.Tok()
		if err != nil {
			return "", err
		}
		switch t := t.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.EndElement:
			return b.String(), nil
		case xml.StartElement:
			return "", d.Errorf("unexpected <%s> in <%s>", Name(t.Name), in)
		}
	}
}

// Name returns n as written: "prefix:local" or "local".
func Name(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

// Ignorable reports whether t may be skipped between elements: white
// space, a comment, a processing instruction or a directive.
func Ignorable(t xml.Token) bool {
	switch t := t.(type) {
	case xml.CharData:
		return len(bytes.TrimSpace(t)) == 0
	case xml.Comment, xml.ProcInst, xml.Directive:
		return true
	}
	return false
}

// Attr returns the value of the attribute space:local, or "".
func Attr(attrs []xml.Attr, space, local string) string {
	for _, a := range attrs {
		if a.Name.Local == local && a.Name.Space == space {
			return a.Value
		}
	}
	return ""
}

// All iterates over what next returns until io.EOF; after an error it
// stops.
func All[T any](next func() (T, error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for {
			v, err := next()
			if err == io.EOF {
				return
			}
			if !yield(v, err) || err != nil {
				return
			}
		}
	}
}

// xmlEncoding, compiled on first use, matches the encoding declaration of an XML prolog.
var xmlEncoding = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']`) })

// latin1Lie says whether the document in br declares a single-byte Latin
// encoding (ISO-8859-1, windows-1252 and their aliases) while what br
// holds (the first 64 KiB) is valid UTF-8 with multi-byte sequences: a
// file saved as UTF-8 under a stale declaration, which read as declared
// turns every accented letter into two (mojibake). Text in a real
// Latin-1 file is almost never valid UTF-8: an accented letter there is
// one byte of 0xC0 or more followed by ASCII. label is the declared name.
func latin1Lie(br *bufio.Reader) (label string, lie bool) {
	head, _ := br.Peek(br.Size())
	m := xmlEncoding().FindSubmatch(head)
	if m == nil {
		return "", false
	}
	label = string(m[1])
	switch strings.ToLower(label) {
	case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252",
		"iso-8859-15", "latin-9", "us-ascii", "ascii":
	default:
		return label, false
	}
	// A multi-byte sequence cut by the end of the window is not an error.
	for i := 0; i < utf8.UTFMax && len(head) > 0 && !utf8.Valid(head); i++ {
		head = head[:len(head)-1]
	}
	if !utf8.Valid(head) {
		return label, false
	}
	for _, b := range head {
		if b >= 0x80 {
			return label, true
		}
	}
	return label, false
}

// NotXML are strings.NewReplacer pairs for the characters XML 1.0 cannot
// carry, not even as character references: the C0 controls other than
// tab, line feed and carriage return become U+FFFD, except the vertical
// tab and the form feed (white space), which become a space; U+FFFE and
// U+FFFF become U+FFFD. A writer that adds them to its escaper never
// writes a document no parser reads.
var NotXML = func() []string {
	var pairs []string
	for r := rune(0); r < 0x20; r++ {
		switch r {
		case '\t', '\n', '\r':
		case '\v', '\f':
			pairs = append(pairs, string(r), " ")
		default:
			pairs = append(pairs, string(r), "\uFFFD")
		}
	}
	return append(pairs, "\uFFFE", "\uFFFD", "\uFFFF", "\uFFFD")
}()

// TextEscaper and AttrEscaper escape XML character data and attribute
// values (between double quotes), for the writers of tm/tmx and
// tm/xliff. A carriage return is written as a character reference so
// that it survives XML's line-end normalization, and so are a tab and a
// line feed in an attribute, which would otherwise be read back as
// spaces. The characters XML 1.0 cannot carry at all are replaced
// (NotXML): a TM or an alignment holding an ESC or a BEL from its source
// made a TMX file no XML parser reads, and a pretranslated XLIFF no CAT
// tool opens.
var (
	TextEscaper = strings.NewReplacer(append([]string{"&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#xD;"}, NotXML...)...)
	AttrEscaper = strings.NewReplacer(append([]string{"&", "&amp;", "<", "&lt;", "\"", "&quot;", "\t", "&#x9;", "\n", "&#xA;", "\r", "&#xD;"}, NotXML...)...)
)
