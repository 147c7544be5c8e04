package tmx

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// Error is a problem in a TMX document, with the line where it is.
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Reader reads a TMX document one translation unit at a time, in constant
// memory. It is not safe for concurrent use.
type Reader struct {
	// Repair makes the reader fix broken inline markup instead of failing:
	// an <ept> without its <bpt>, a <bpt> without its <ept> or a repeated
	// <bpt i> becomes an isolated tag <it>. Each fix is reported to Warn.
	Repair bool
	// Warn, if set, receives each repair, each language code read with a
	// subtag dropped (see ParseLang; once per code) and an encoding lie
	// (a file declared ISO-8859-1 or windows-1252 whose bytes are UTF-8,
	// read as UTF-8). What the header gave rise to is reported at the
	// first call of Next.
	Warn func(*Error)

	d      *xml.Decoder
	header Header
	stack  []string // open elements, to check that end tags match
	line   int      // line where the current token starts
	items  []item   // the current <seg>, reused
	langs  map[string]string
	notes  []*Error // warnings from before Warn was set
	done   bool
	err    error
}

// NewReader reads the TMX prolog and header from r and returns a reader
// positioned at the first translation unit. It detects UTF-16 (by byte order
// mark or by the first bytes) and UTF-8 with or without a byte order mark;
// other encodings named in the XML declaration are decoded too.
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	src, err := decodeBOM(br)
	if err != nil {
		return nil, err
	}
	rd := &Reader{d: xml.NewDecoder(&textRunGuard{r: src}), line: 1}
	rd.d.CharsetReader = charsetReader
	if src == io.Reader(br) {
		if label, lie := latin1Lie(br); lie {
			rd.d.CharsetReader = func(l string, in io.Reader) (io.Reader, error) {
				if l == label {
					return in, nil
				}
				return charsetReader(l, in)
			}
			rd.notes = append(rd.notes, &Error{Line: 1, Msg: fmt.Sprintf(
				"declared encoding %q, but the bytes are UTF-8 (multi-byte sequences): read as UTF-8", label)})
		}
	}
	if err := rd.readHeader(); err != nil {
		return nil, err
	}
	return rd, nil
}

// maxTextRun is the most text the reader takes between two tags. The XML
// decoder holds a text run in memory whole, and storing a segment costs some
// forty times its size in token and index arrays: a real segment, even a
// long paragraph, is a few KiB; 1 MiB is a file that is not segmented at
// all, or not TMX.
const maxTextRun = 1 << 20

// textRunGuard fails a read once more than maxTextRun bytes have passed
// without a '<', before the decoder has buffered them all.
type textRunGuard struct {
	r   io.Reader
	run int // bytes since the last '<'
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
		return n, fmt.Errorf("more than %d MiB of text without markup (a whole document in one segment?)", maxTextRun>>20)
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

// xmlEncoding matches the encoding declaration of an XML prolog.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']`)

// latin1Lie says whether the document in br declares a single-byte Latin
// encoding (ISO-8859-1, windows-1252 and their aliases) while what br
// holds (the first 64 KiB) is valid UTF-8 with multi-byte sequences: a
// file saved as UTF-8 under a stale declaration, which read as declared
// turns every accented letter into two (mojibake). Text in a real
// Latin-1 file is almost never valid UTF-8: an accented letter there is
// one byte of 0xC0 or more followed by ASCII. label is the declared name.
func latin1Lie(br *bufio.Reader) (label string, lie bool) {
	head, _ := br.Peek(br.Size())
	m := xmlEncoding.FindSubmatch(head)
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

// charsetReader decodes the encoding named in the XML declaration. UTF-16
// has already been transcoded by decodeBOM, so its label passes through.
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

// entityDecl matches an internal general entity declaration of a DOCTYPE:
// <!ENTITY nbsp "&#160;">.
var entityDecl = regexp.MustCompile(`<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>`)

// entityRef matches a character or entity reference in an entity's value.
var entityRef = regexp.MustCompile(`&(#x[0-9a-fA-F]+|#[0-9]+|[\w.-]+);`)

// maxEntityLen caps what one declared entity expands to. Real TMX files
// declare &nbsp; and the like, a few bytes each; an entity nesting others
// tenfold per level (the "billion laughs") would otherwise take gigabytes.
const maxEntityLen = 64 << 10

// xmlEntities are the five entities XML predefines.
var xmlEntities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// declareEntities makes the entities a DOCTYPE declares (as some tools
// write for &nbsp; and the like) known to the decoder. A value may refer to
// characters and to entities declared before it, which are expanded, so a
// declaration cannot refer to itself.
func (r *Reader) declareEntities(doctype string) error {
	for _, m := range entityDecl.FindAllStringSubmatch(doctype, -1) {
		name, v := m[1], m[2]+m[3]
		var bad error
		v = entityRef.ReplaceAllStringFunc(v, func(ref string) string {
			body := ref[1 : len(ref)-1]
			if body[0] == '#' {
				num, base := body[1:], 10
				if num[0] == 'x' {
					num, base = num[1:], 16
				}
				n, err := strconv.ParseUint(num, base, 32)
				if err != nil || !utf8.ValidRune(rune(n)) {
					bad = r.errf("entity %s: bad character reference %s", name, ref)
					return ref
				}
				return string(rune(n))
			}
			if x, ok := xmlEntities[body]; ok {
				return x
			}
			if x, ok := r.d.Entity[body]; ok {
				return x
			}
			bad = r.errf("entity %s refers to %s, which is not declared before it", name, ref)
			return ref
		})
		if bad != nil {
			return bad
		}
		if len(v) > maxEntityLen {
			return r.errf("entity %s expands to more than %d KiB (an entity bomb?)", name, maxEntityLen>>10)
		}
		if r.d.Entity == nil {
			r.d.Entity = map[string]string{}
		}
		r.d.Entity[name] = v
	}
	return nil
}

// Header is the document's header.
func (r *Reader) Header() Header { return r.header }

func (r *Reader) errf(format string, args ...any) error {
	return &Error{Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

func elemName(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

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
	}
	return t, nil
}

// skipSpace reports whether t is a token outside text that may be ignored:
// white space, a comment, a processing instruction or a directive.
func ignorable(t xml.Token) bool {
	switch t := t.(type) {
	case xml.CharData:
		return len(bytes.TrimSpace(t)) == 0
	case xml.Comment, xml.ProcInst, xml.Directive:
		return true
	}
	return false
}

func (r *Reader) readHeader() error {
	// The root element.
	for {
		t, err := r.tok()
		if err == io.EOF {
			return r.errf("not a TMX document: no <tmx> element")
		}
		if err != nil {
			return err
		}
		if d, ok := t.(xml.Directive); ok {
			if err := r.declareEntities(string(d)); err != nil {
				return err
			}
			continue
		}
		if ignorable(t) {
			continue
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			return r.errf("not a TMX document: text before the root element")
		}
		if se.Name.Local != "tmx" {
			return r.errf("not a TMX document: root element is <%s>, want <tmx>", elemName(se.Name))
		}
		r.header.Version = attr(se.Attr, "", "version")
		break
	}
	for {
		t, err := r.tok()
		if err == io.EOF {
			return r.errf("unexpected end of file: no <body>")
		}
		if err != nil {
			return err
		}
		if ignorable(t) {
			continue
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			return r.errf("unexpected %s in <tmx>", describe(t))
		}
		switch se.Name.Local {
		case "header":
			if err := r.parseHeader(se); err != nil {
				return err
			}
		case "body":
			return nil
		default:
			return r.errf("unexpected <%s> in <tmx>", elemName(se.Name))
		}
	}
}

func describe(t xml.Token) string {
	switch t := t.(type) {
	case xml.StartElement:
		return "<" + elemName(t.Name) + ">"
	case xml.EndElement:
		return "</" + elemName(t.Name) + ">"
	case xml.CharData:
		s := strings.TrimSpace(string(t))
		if len(s) > 20 {
			s = s[:20] + "..."
		}
		return fmt.Sprintf("text %q", s)
	}
	return fmt.Sprintf("%T", t)
}

func attr(attrs []xml.Attr, space, local string) string {
	for _, a := range attrs {
		if a.Name.Local == local && a.Name.Space == space {
			return a.Value
		}
	}
	return ""
}

// plainAttrs converts attributes, leaving out those named in skip.
func plainAttrs(attrs []xml.Attr, skip ...string) []Attr {
	var out []Attr
next:
	for _, a := range attrs {
		n := elemName(a.Name)
		for _, s := range skip {
			if n == s {
				continue next
			}
		}
		out = append(out, Attr{n, a.Value})
	}
	return out
}

func (r *Reader) srcLang(v string) (string, error) {
	if v == "" || v == "*all*" {
		return v, nil
	}
	l, err := r.parseLang(v)
	if err != nil {
		return "", r.errf("srclang: %v", err)
	}
	return l, nil
}

// parseLang reads a language code with ParseLang, remembering it, and
// warns (once per code) of the subtags it dropped.
func (r *Reader) parseLang(v string) (string, error) {
	if l, ok := r.langs[v]; ok {
		return l, nil
	}
	l, dropped, err := ParseLang(v)
	if err != nil {
		return "", err
	}
	if len(dropped) > 0 {
		r.warn(&Error{Line: r.line, Msg: fmt.Sprintf("language code %q read as %s (%s dropped: not BCP 47)",
			v, l, strings.Join(dropped, ", "))})
	}
	if r.langs == nil {
		r.langs = map[string]string{}
	}
	r.langs[v] = l
	return l, nil
}

// warn hands e to Warn, or keeps it until Warn is set.
func (r *Reader) warn(e *Error) {
	if r.Warn == nil {
		r.notes = append(r.notes, e)
		return
	}
	for _, n := range r.notes {
		r.Warn(n)
	}
	r.notes = nil
	r.Warn(e)
}

func (r *Reader) parseHeader(se xml.StartElement) error {
	h := &r.header
	h.Attrs = plainAttrs(se.Attr)
	for i, a := range h.Attrs {
		if a.Name == "srclang" {
			l, err := r.srcLang(a.Value)
			if err != nil {
				return err
			}
			h.Attrs[i].Value = l
		}
	}
	for {
		t, err := r.tok()
		if err != nil {
			return eofIs(err, r, "header")
		}
		if ignorable(t) {
			continue
		}
		switch t := t.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			switch t.Name.Local {
			case "note":
				n, err := r.parseNote(t)
				if err != nil {
					return err
				}
				h.Notes = append(h.Notes, n)
			case "prop":
				p, err := r.parseProp(t)
				if err != nil {
					return err
				}
				h.Props = append(h.Props, p)
			case "ude":
				u, err := r.parseUDE(t)
				if err != nil {
					return err
				}
				h.UDEs = append(h.UDEs, u)
			default:
				return r.errf("unexpected <%s> in <header>", elemName(t.Name))
			}
		default:
			return r.errf("unexpected %s in <header>", describe(t))
		}
	}
}

func eofIs(err error, r *Reader, in string) error {
	if err == io.EOF {
		return r.errf("unexpected end of file inside <%s>", in)
	}
	return err
}

// text reads character data up to the end of the current element, which
// must contain no elements.
func (r *Reader) text(in string) (string, error) {
	var b strings.Builder
	for {
		t, err := r.tok()
		if err != nil {
			return "", eofIs(err, r, in)
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

func (r *Reader) lang(attrs []xml.Attr) (string, error) {
	v := attr(attrs, "xml", "lang")
	if v == "" {
		v = attr(attrs, "", "lang")
	}
	if v == "" {
		return "", nil
	}
	l, err := r.parseLang(v)
	if err != nil {
		return "", r.errf("%v", err)
	}
	return l, nil
}

func (r *Reader) parseNote(se xml.StartElement) (Note, error) {
	l, err := r.lang(se.Attr)
	if err != nil {
		return Note{}, err
	}
	s, err := r.text("note")
	return Note{Lang: l, Text: s}, err
}

func (r *Reader) parseProp(se xml.StartElement) (Prop, error) {
	l, err := r.lang(se.Attr)
	if err != nil {
		return Prop{}, err
	}
	s, err := r.text("prop")
	return Prop{Type: attr(se.Attr, "", "type"), Lang: l, Text: s}, err
}

func (r *Reader) parseUDE(se xml.StartElement) (UDE, error) {
	u := UDE{Name: attr(se.Attr, "", "name"), Base: attr(se.Attr, "", "base")}
	for {
		t, err := r.tok()
		if err != nil {
			return u, eofIs(err, r, "ude")
		}
		if ignorable(t) {
			continue
		}
		switch t := t.(type) {
		case xml.EndElement:
			return u, nil
		case xml.StartElement:
			if t.Name.Local != "map" {
				return u, r.errf("unexpected <%s> in <ude>", elemName(t.Name))
			}
			u.Maps = append(u.Maps, Map{
				Unicode: attr(t.Attr, "", "unicode"), Code: attr(t.Attr, "", "code"),
				Ent: attr(t.Attr, "", "ent"), Subst: attr(t.Attr, "", "subst"),
			})
			if _, err := r.text("map"); err != nil {
				return u, err
			}
		default:
			return u, r.errf("unexpected %s in <ude>", describe(t))
		}
	}
}

// Next returns the next translation unit, or io.EOF after the last one.
// Errors are *Error values naming the line.
func (r *Reader) Next() (TU, error) {
	if r.err != nil {
		return TU{}, r.err
	}
	if r.Warn != nil && len(r.notes) > 0 {
		for _, n := range r.notes {
			r.Warn(n)
		}
		r.notes = nil
	}
	tu, err := r.next()
	if err != nil {
		r.err = err
	}
	return tu, err
}

func (r *Reader) next() (TU, error) {
	if r.done {
		return TU{}, io.EOF
	}
	for {
		t, err := r.tok()
		if err != nil {
			return TU{}, eofIs(err, r, "body")
		}
		if ignorable(t) {
			continue
		}
		switch t := t.(type) {
		case xml.StartElement:
			if t.Name.Local != "tu" {
				return TU{}, r.errf("unexpected <%s> in <body>", elemName(t.Name))
			}
			return r.parseTU(t)
		case xml.EndElement: // </body>
			return TU{}, r.finish()
		default:
			return TU{}, r.errf("unexpected %s in <body>", describe(t))
		}
	}
}

// finish reads what follows </body>: </tmx> and nothing else.
func (r *Reader) finish() error {
	for {
		t, err := r.tok()
		if err == io.EOF {
			r.done = true
			return io.EOF
		}
		if err != nil {
			return err
		}
		if !ignorable(t) {
			if _, ok := t.(xml.EndElement); ok && len(r.stack) == 0 {
				continue
			}
			return r.errf("unexpected %s after <body>", describe(t))
		}
	}
}

// All iterates over the remaining translation units. After an error it
// stops.
func (r *Reader) All() iter.Seq2[TU, error] {
	return func(yield func(TU, error) bool) {
		for {
			tu, err := r.Next()
			if err == io.EOF {
				return
			}
			if !yield(tu, err) || err != nil {
				return
			}
		}
	}
}

func (r *Reader) parseTU(se xml.StartElement) (TU, error) {
	tu := TU{Line: r.line, Attrs: plainAttrs(se.Attr)}
	for i, a := range tu.Attrs {
		if a.Name == "srclang" {
			l, err := r.srcLang(a.Value)
			if err != nil {
				return tu, err
			}
			tu.Attrs[i].Value = l
		}
		if a.Name == "usagecount" {
			if _, err := strconv.Atoi(a.Value); err != nil {
				return tu, r.errf("usagecount %q is not a number", a.Value)
			}
		}
	}
	for {
		t, err := r.tok()
		if err != nil {
			return tu, eofIs(err, r, "tu")
		}
		if ignorable(t) {
			continue
		}
		switch t := t.(type) {
		case xml.EndElement:
			if len(tu.Variants) == 0 {
				return tu, &Error{Line: tu.Line, Msg: "<tu> without <tuv>"}
			}
			return tu, nil
		case xml.StartElement:
			switch t.Name.Local {
			case "note":
				n, err := r.parseNote(t)
				if err != nil {
					return tu, err
				}
				tu.Notes = append(tu.Notes, n)
			case "prop":
				p, err := r.parseProp(t)
				if err != nil {
					return tu, err
				}
				tu.Props = append(tu.Props, p)
			case "tuv":
				v, err := r.parseTUV(t)
				if err != nil {
					return tu, err
				}
				tu.Variants = append(tu.Variants, v)
			default:
				return tu, r.errf("unexpected <%s> in <tu>", elemName(t.Name))
			}
		default:
			return tu, r.errf("unexpected %s in <tu>", describe(t))
		}
	}
}

func (r *Reader) parseTUV(se xml.StartElement) (TUV, error) {
	line := r.line
	l, err := r.lang(se.Attr)
	if err != nil {
		return TUV{}, err
	}
	if l == "" {
		return TUV{}, r.errf("<tuv> without xml:lang")
	}
	v := TUV{Lang: l, Attrs: plainAttrs(se.Attr, "xml:lang", "lang")}
	seen := false
	for {
		t, err := r.tok()
		if err != nil {
			return v, eofIs(err, r, "tuv")
		}
		if ignorable(t) {
			continue
		}
		switch t := t.(type) {
		case xml.EndElement:
			if !seen {
				return v, &Error{Line: line, Msg: "<tuv> without <seg>"}
			}
			return v, nil
		case xml.StartElement:
			switch t.Name.Local {
			case "note":
				n, err := r.parseNote(t)
				if err != nil {
					return v, err
				}
				v.Notes = append(v.Notes, n)
			case "prop":
				p, err := r.parseProp(t)
				if err != nil {
					return v, err
				}
				v.Props = append(v.Props, p)
			case "seg":
				if seen {
					return v, r.errf("a second <seg> in <tuv>")
				}
				seen = true
				if v.Text, v.Markup, err = r.parseSeg(); err != nil {
					return v, err
				}
			default:
				return v, r.errf("unexpected <%s> in <tuv>", elemName(t.Name))
			}
		default:
			return v, r.errf("unexpected %s in <tuv>", describe(t))
		}
	}
}
