package xliff

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// Reader reads an XLIFF document one trans-unit at a time, in constant
// memory (a unit's segments at a time). It is not safe for concurrent use.
type Reader struct {
	d       *xml.Decoder
	version string
	prefix  string   // the prefix bound to the XLIFF namespace, "" for the default one
	stack   []string // open elements, to check that end tags match
	line    int      // line where the current token starts
	file    *File
	groups  []string
	toks    []Token
	done    bool
	err     error
}

// NewReader reads the prolog and the <xliff> start tag from r and returns a
// reader positioned before the first unit. It detects UTF-16 and UTF-8 with
// or without a byte order mark; other encodings named in the XML
// declaration are decoded.
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	src, err := decodeBOM(br)
	if err != nil {
		return nil, err
	}
	rd := &Reader{d: xml.NewDecoder(&textRunGuard{r: src}), line: 1}
	rd.d.CharsetReader = charsetReader
	if err := rd.readRoot(); err != nil {
		return nil, err
	}
	return rd, nil
}

// Version is the version attribute of the <xliff> element ("1.2").
func (r *Reader) Version() string { return r.version }

// maxTextRun is the most text the reader takes between two tags: a
// segment, even a long paragraph, is a few KiB; 1 MiB is not XLIFF.
const maxTextRun = 1 << 20

// textRunGuard fails a read once more than maxTextRun bytes have passed
// without a '<', before the decoder has buffered them all.
type textRunGuard struct {
	r   io.Reader
	run int
}

func (g *textRunGuard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	b := p[:n]
	if first := bytes.IndexByte(b, '<'); first < 0 {
		g.run += n
	} else {
		g.run += first
		if g.run <= maxTextRun {
			g.run = n - 1 - bytes.LastIndexByte(b, '<')
		}
	}
	if g.run > maxTextRun {
		return n, fmt.Errorf("more than %d MiB of text without markup", maxTextRun>>20)
	}
	return n, err
}

// decodeBOM returns a UTF-8 reader over br, transcoding UTF-16.
func decodeBOM(br *bufio.Reader) (io.Reader, error) {
	head, err := br.Peek(4)
	if err != nil && err != io.EOF {
		return nil, err
	}
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return br, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{'<', 0}):
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Reader(br), nil
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}), bytes.HasPrefix(head, []byte{0, '<'}):
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Reader(br), nil
	}
	return br, nil
}

// charsetReader decodes the encoding named in the XML declaration; UTF-16
// has been transcoded by decodeBOM already.
func charsetReader(label string, in io.Reader) (io.Reader, error) {
	l := strings.ToLower(strings.TrimSpace(label))
	if l == "utf-8" || l == "utf8" || strings.HasPrefix(l, "utf-16") || l == "ucs-2" {
		return in, nil
	}
	enc, err := ianaindex.IANA.Encoding(label)
	if err != nil || enc == nil {
		return nil, fmt.Errorf("unsupported encoding %q", label)
	}
	return enc.NewDecoder().Reader(in), nil
}

func elemName(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

func (r *Reader) errf(format string, args ...any) error {
	return &Error{Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

func (r *Reader) errAt(line int, format string, args ...any) error {
	return &Error{Line: line, Msg: fmt.Sprintf(format, args...)}
}

func (r *Reader) curLine() int { return r.line }

func (r *Reader) xprefix() string { return r.prefix }

// tok returns the next token, checking that end tags match start tags.
func (r *Reader) tok() (xml.Token, error) {
	r.line, _ = r.d.InputPos()
	t, err := r.d.RawToken()
	if err != nil {
		if err == io.EOF {
			if len(r.stack) > 0 {
				r.line, _ = r.d.InputPos()
				return nil, r.errf("unexpected end of file inside <%s>", r.stack[len(r.stack)-1])
			}
			return nil, io.EOF
		}
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, &Error{Line: se.Line, Msg: "not well-formed XML: " + se.Msg}
		}
		return nil, r.errf("%v", err)
	}
	switch t := t.(type) {
	case xml.StartElement:
		r.stack = append(r.stack, elemName(t.Name))
	case xml.EndElement:
		name := elemName(t.Name)
		if len(r.stack) == 0 {
			return nil, r.errf("not well-formed XML: unexpected </%s>", name)
		}
		if top := r.stack[len(r.stack)-1]; top != name {
			return nil, r.errf("not well-formed XML: </%s> closes <%s>", name, top)
		}
		r.stack = r.stack[:len(r.stack)-1]
	case xml.CharData:
		t = t.Copy()
		return t, nil
	}
	return t, nil
}

// ignorable reports whether t may be skipped between elements.
func ignorable(t xml.Token) bool {
	switch t := t.(type) {
	case xml.CharData:
		return len(bytes.TrimSpace(t)) == 0
	case xml.Comment, xml.ProcInst, xml.Directive:
		return true
	}
	return false
}

func attr(attrs []xml.Attr, space, local string) string {
	for _, a := range attrs {
		if a.Name.Local == local && a.Name.Space == space {
			return a.Value
		}
	}
	return ""
}

// isX reports whether n is the XLIFF element named local.
func (r *Reader) isX(n xml.Name, local string) bool {
	return n.Local == local && n.Space == r.prefix
}

func (r *Reader) readRoot() error {
	for {
		t, err := r.tok()
		if err == io.EOF {
			return r.errf("not an XLIFF document: no <xliff> element")
		}
		if err != nil {
			return err
		}
		if ignorable(t) {
			continue
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			return r.errf("not an XLIFF document: text before the root element")
		}
		if se.Name.Local != "xliff" {
			return r.errf("not an XLIFF document: root element is <%s>, want <xliff>", elemName(se.Name))
		}
		r.prefix = se.Name.Space
		ns := attr(se.Attr, "", "xmlns")
		if r.prefix != "" {
			ns = attr(se.Attr, "xmlns", r.prefix)
		}
		r.version = attr(se.Attr, "", "version")
		switch ns {
		case Namespace12, Namespace11:
		case "":
			if r.version == "" {
				return r.errf("not an XLIFF document: <xliff> has neither the XLIFF namespace nor a version")
			}
		default:
			if strings.HasPrefix(ns, "urn:oasis:names:tc:xliff:document:2") {
				return r.errf("XLIFF 2 (namespace %q) is not read: want XLIFF 1.2", ns)
			}
			return r.errf("not an XLIFF 1.2 document: <xliff> namespace %q, want %q", ns, Namespace12)
		}
		return nil
	}
}

// skip reads up to the end of the element whose start tag was just read.
func (r *Reader) skip() error {
	depth := len(r.stack)
	for len(r.stack) >= depth {
		if _, err := r.tok(); err != nil {
			return err
		}
	}
	return nil
}

// text reads the character data of the current element, which must hold
// no elements.
func (r *Reader) text(in string) (string, error) {
	var b strings.Builder
	for {
		t, err := r.tok()
		if err != nil {
			return "", err
		}
		switch t := t.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.EndElement:
			return b.String(), nil
		case xml.StartElement:
			return "", r.errf("unexpected <%s> in <%s>", elemName(t.Name), in)
		}
	}
}

// Next returns the next trans-unit, or io.EOF after the last one. Errors
// are *Error values naming the line (or read errors).
func (r *Reader) Next() (Unit, error) {
	if r.err != nil {
		return Unit{}, r.err
	}
	u, err := r.next()
	if err != nil {
		r.err = err
	}
	return u, err
}

// All iterates over the remaining units; after an error it stops.
func (r *Reader) All() iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		for {
			u, err := r.Next()
			if err == io.EOF {
				return
			}
			if !yield(u, err) || err != nil {
				return
			}
		}
	}
}

func (r *Reader) next() (Unit, error) {
	if r.done {
		return Unit{}, io.EOF
	}
	for {
		t, err := r.tok()
		if err == io.EOF {
			r.done = true
			return Unit{}, io.EOF
		}
		if err != nil {
			return Unit{}, err
		}
		if ignorable(t) {
			continue
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch {
			case r.isX(t.Name, "file"):
				if len(r.stack) != 2 {
					return Unit{}, r.errf("<file> outside <xliff>")
				}
				r.file = &File{Line: r.line}
				f := r.file
				for _, a := range t.Attr {
					switch n := elemName(a.Name); n {
					case "original":
						f.Original = a.Value
					case "source-language":
						f.SourceLang = a.Value
					case "target-language":
						f.TargetLang = a.Value
					case "datatype":
						f.Datatype = a.Value
					default:
						f.Attrs = append(f.Attrs, Attr{n, a.Value})
					}
				}
				if f.SourceLang == "" {
					return Unit{}, r.errf("<file> without source-language")
				}
			case r.isX(t.Name, "header"):
				if err := r.parseHeader(); err != nil {
					return Unit{}, err
				}
			case r.isX(t.Name, "body"):
				if r.file == nil {
					return Unit{}, r.errf("<body> outside <file>")
				}
			case r.isX(t.Name, "group"):
				r.groups = append(r.groups, attr(t.Attr, "", "id"))
			case r.isX(t.Name, "trans-unit"):
				if r.file == nil {
					return Unit{}, r.errf("<trans-unit> outside <file>")
				}
				return r.parseUnit(t)
			default: // bin-unit, context-group, note, count-group, extensions
				if err := r.skip(); err != nil {
					return Unit{}, err
				}
			}
		case xml.EndElement:
			switch {
			case r.isX(t.Name, "group"):
				r.groups = r.groups[:len(r.groups)-1]
			case r.isX(t.Name, "file"):
				r.file = nil
			}
		default:
			return Unit{}, r.errf("unexpected text %q", clip(t))
		}
	}
}

func clip(t xml.Token) string {
	s, _ := t.(xml.CharData)
	x := strings.TrimSpace(string(s))
	if len(x) > 20 {
		x = x[:20] + "..."
	}
	return x
}

func (r *Reader) parseHeader() error {
	for {
		t, err := r.tok()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			switch {
			case r.isX(t.Name, "tool"):
				if r.file.Tool == "" {
					r.file.Tool = attr(t.Attr, "", "tool-name")
				}
				if err := r.skip(); err != nil {
					return err
				}
			case r.isX(t.Name, "skl"):
				if err := r.parseSkeleton(); err != nil {
					return err
				}
			default:
				if err := r.skip(); err != nil {
					return err
				}
			}
		}
	}
}

func (r *Reader) parseSkeleton() error {
	for {
		t, err := r.tok()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if !r.isX(t.Name, "internal-file") {
				if err := r.skip(); err != nil {
					return err
				}
				continue
			}
			line := r.line
			s, err := r.text("internal-file")
			if err != nil {
				return err
			}
			if attr(t.Attr, "", "form") == "base64" {
				b, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(s), ""))
				if err != nil {
					return r.errAt(line, "<internal-file form=\"base64\">: %v", err)
				}
				r.file.Skeleton = b
			} else {
				r.file.Skeleton = []byte(s)
			}
		}
	}
}

func (r *Reader) parseSegment(se xml.StartElement, in string) (Segment, error) {
	s := Segment{Lang: attr(se.Attr, "xml", "lang")}
	var err error
	s.Text, s.Markup, r.toks, err = parseContent(r, in, r.toks)
	return s, err
}

func (r *Reader) parseNote(se xml.StartElement) (Note, error) {
	n := Note{From: attr(se.Attr, "", "from"), Lang: attr(se.Attr, "xml", "lang")}
	var err error
	n.Text, err = r.text("note")
	return n, err
}

func (r *Reader) parseUnit(se xml.StartElement) (Unit, error) {
	u := Unit{File: r.file, Line: r.line, Translate: true}
	if len(r.groups) > 0 {
		u.Groups = append([]string(nil), r.groups...)
	}
	for _, a := range se.Attr {
		switch n := elemName(a.Name); n {
		case "id":
			u.ID = a.Value
		case "resname":
			u.ResName = a.Value
		case "approved":
			if a.Value != "yes" && a.Value != "no" {
				return u, r.errf("<trans-unit> approved %q: want yes or no", a.Value)
			}
			u.Approved = a.Value
		case "translate":
			u.Translate = a.Value != "no"
		default:
			u.Attrs = append(u.Attrs, Attr{n, a.Value})
		}
	}
	if u.ID == "" {
		return u, r.errf("<trans-unit> without its id attribute")
	}
	seen := false
	for {
		t, err := r.tok()
		if err != nil {
			return u, err
		}
		if ignorable(t) {
			continue
		}
		switch t := t.(type) {
		case xml.EndElement:
			if !seen {
				return u, r.errAt(u.Line, "<trans-unit id=%q> without <source>", u.ID)
			}
			return u, nil
		case xml.StartElement:
			switch {
			case r.isX(t.Name, "source"):
				if seen {
					return u, r.errf("a second <source> in <trans-unit id=%q>", u.ID)
				}
				seen = true
				if u.Source, err = r.parseSegment(t, "source"); err != nil {
					return u, err
				}
			case r.isX(t.Name, "seg-source"):
				s, err := r.parseSegment(t, "seg-source")
				if err != nil {
					return u, err
				}
				u.SegSource = &s
			case r.isX(t.Name, "target"):
				if u.Target != nil {
					return u, r.errf("a second <target> in <trans-unit id=%q>", u.ID)
				}
				u.State = attr(t.Attr, "", "state")
				u.StateQualifier = attr(t.Attr, "", "state-qualifier")
				s, err := r.parseSegment(t, "target")
				if err != nil {
					return u, err
				}
				u.Target = &s
			case r.isX(t.Name, "alt-trans"):
				a, err := r.parseAltTrans(t)
				if err != nil {
					return u, err
				}
				u.AltTrans = append(u.AltTrans, a)
			case r.isX(t.Name, "note"):
				n, err := r.parseNote(t)
				if err != nil {
					return u, err
				}
				u.Notes = append(u.Notes, n)
			default:
				if err := r.skip(); err != nil {
					return u, err
				}
			}
		default:
			return u, r.errf("unexpected text %q in <trans-unit id=%q>", clip(t), u.ID)
		}
	}
}

func (r *Reader) parseAltTrans(se xml.StartElement) (AltTrans, error) {
	line := r.line
	a := AltTrans{
		MatchQuality: attr(se.Attr, "", "match-quality"), Origin: attr(se.Attr, "", "origin"),
		ToolID: attr(se.Attr, "", "tool-id"), Type: attr(se.Attr, "", "alttranstype"),
		ExType: attr(se.Attr, "", "extype"),
	}
	seen := false
	for {
		t, err := r.tok()
		if err != nil {
			return a, err
		}
		if ignorable(t) {
			continue
		}
		switch t := t.(type) {
		case xml.EndElement:
			if !seen {
				return a, r.errAt(line, "<alt-trans> without <target>")
			}
			return a, nil
		case xml.StartElement:
			switch {
			case r.isX(t.Name, "source"):
				s, err := r.parseSegment(t, "source")
				if err != nil {
					return a, err
				}
				a.Source = &s
			case r.isX(t.Name, "target"):
				if seen { // the transitional schema allows several; the first is kept
					if err := r.skip(); err != nil {
						return a, err
					}
					continue
				}
				seen = true
				if a.Target, err = r.parseSegment(t, "target"); err != nil {
					return a, err
				}
			case r.isX(t.Name, "note"):
				n, err := r.parseNote(t)
				if err != nil {
					return a, err
				}
				a.Notes = append(a.Notes, n)
			default:
				if err := r.skip(); err != nil {
					return a, err
				}
			}
		default:
			return a, r.errf("unexpected text %q in <alt-trans>", clip(t))
		}
	}
}
