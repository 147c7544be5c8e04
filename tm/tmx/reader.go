package tmx

import (
	"encoding/xml"
	"fmt"
	"io"
	"iter"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/internal/xmlin"
	"github.com/bitext/bitext/tm/textio"
)

// Error is a problem in a TMX document, with the line where it is.
type Error struct {
	Line int
	// Col is the column on a long line (a file written without line
	// breaks; see xmlin.Decoder.Column), 0 on any other.
	Col int
	Msg string
	// Repairable is true when Reader.Repair would have fixed the problem
	// (a stray inline tag).
	Repairable bool
}

// BadInput is true: the TMX file is malformed (see textio.IsBadInput in package bitext/tm/textio).
func (e *Error) BadInput() bool { return true }

func (e *Error) Error() string { return textio.Where(e.Line, e.Col) + ": " + e.Msg }

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

	in     *xmlin.Decoder
	header Header
	items  []item // the current <seg>, reused
	langs  map[string]string
	notes  []*Error // warnings from before Warn was set
	// foreign holds the names of the foreign elements met in a <seg>
	// (see noteForeign).
	foreign map[string]bool
	done    bool
	err     error
}

// NewReader reads the TMX prolog and header from r and returns a reader
// positioned at the first translation unit. It detects UTF-16 (by byte order
// mark or by the first bytes) and UTF-8 with or without a byte order mark;
// other encodings named in the XML declaration are decoded too.
func NewReader(r io.Reader) (*Reader, error) {
	in, err := xmlin.NewDecoder(r, xmlin.Options{
		NewError:    newError,
		TextRunHint: " (a whole document in one segment?)",
		TrustUTF8:   true,
	})
	if err != nil {
		return nil, err
	}
	rd := &Reader{in: in}
	if label := in.ReadAsUTF8; label != "" {
		rd.notes = append(rd.notes, &Error{Line: 1, Msg: fmt.Sprintf(
			"declared encoding %q, but the bytes are UTF-8 (multi-byte sequences): read as UTF-8", label)})
	}
	if err := rd.readHeader(); err != nil {
		return nil, err
	}
	return rd, nil
}

// entityDecl, compiled on first use, matches an internal general entity declaration of a DOCTYPE:
// <!ENTITY nbsp "&#160;">.
var entityDecl = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>`) })

// entityRef, compiled on first use, matches a character or entity reference in an entity's value.
var entityRef = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`&(#x[0-9a-fA-F]+|#[0-9]+|[\w.-]+);`) })

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
	for _, m := range entityDecl().FindAllStringSubmatch(doctype, -1) {
		name, v := m[1], m[2]+m[3]
		var bad error
		v = entityRef().ReplaceAllStringFunc(v, func(ref string) string {
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
			if x, ok := r.in.XML.Entity[body]; ok {
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
		if r.in.XML.Entity == nil {
			r.in.XML.Entity = map[string]string{}
		}
		r.in.XML.Entity[name] = v
	}
	return nil
}

// Header is the document's header.
func (r *Reader) Header() Header { return r.header }

// newError makes the errors of the XML input layer *Error values.
func newError(line, col int, msg string) error { return &Error{Line: line, Col: col, Msg: msg} }

// errf is an *Error at the current line (newError, by way of the decoder).
func (r *Reader) errf(format string, args ...any) error { return r.in.Errorf(format, args...) }

func (r *Reader) readHeader() error {
	se, err := r.in.Root("a TMX document", "tmx", func(d xml.Directive) error {
		return r.declareEntities(string(d))
	})
	if err != nil {
		return err
	}
	r.header.Version = xmlin.Attr(se.Attr, "", "version")
	for {
		t, err := r.in.Tok()
		if err == io.EOF {
			return r.errf("unexpected end of file: no <body>")
		}
		if err != nil {
			return err
		}
		if xmlin.Ignorable(t) {
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
			return r.errf("unexpected <%s> in <tmx>", xmlin.Name(se.Name))
		}
	}
}

func describe(t xml.Token) string {
	switch t := t.(type) {
	case xml.StartElement:
		return "<" + xmlin.Name(t.Name) + ">"
	case xml.EndElement:
		return "</" + xmlin.Name(t.Name) + ">"
	case xml.CharData:
		s := strings.TrimSpace(string(t))
		if len(s) > 20 {
			s = s[:20] + "..."
		}
		return fmt.Sprintf("text %q", s)
	}
	return fmt.Sprintf("%T", t)
}

// plainAttrs converts attributes, leaving out those named in skip.
func plainAttrs(attrs []xml.Attr, skip ...string) []Attr {
	var out []Attr
next:
	for _, a := range attrs {
		n := xmlin.Name(a.Name)
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
		r.warn(&Error{Line: r.in.Line, Msg: fmt.Sprintf("language code %q read as %s (%s dropped: not BCP 47)",
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
	if err := r.srcLangAttr(h.Attrs, nil); err != nil {
		return err
	}
	return r.children("header", func(c xml.StartElement) error {
		switch c.Name.Local {
		case "note":
			return r.addNote(c, &h.Notes)
		case "prop":
			return r.addProp(c, &h.Props)
		case "ude":
			u, err := r.parseUDE(c)
			if err == nil {
				h.UDEs = append(h.UDEs, u)
			}
			return err
		}
		return r.errf("unexpected <%s> in <header>", xmlin.Name(c.Name))
	})
}

// srcLangAttr reads the srclang among attrs (a <header>'s or a <tu>'s) as
// a language code, rewriting it as read; check, if not nil, vets every
// attribute too, in their order.
func (r *Reader) srcLangAttr(attrs []Attr, check func(Attr) error) error {
	for i, a := range attrs {
		if a.Name == "srclang" {
			l, err := r.srcLang(a.Value)
			if err != nil {
				return err
			}
			attrs[i].Value = l
		}
		if check != nil {
			if err := check(a); err != nil {
				return err
			}
		}
	}
	return nil
}

// children reads the children of the element in, whose start tag was just
// read, up to its end tag: f reads each child element whole, or fails for
// one that may not stand there. Text between them other than white space
// is an error.
func (r *Reader) children(in string, f func(c xml.StartElement) error) error {
	for {
		t, err := r.in.Tok()
		if err != nil {
			return eofIs(err, r, in)
		}
		if xmlin.Ignorable(t) {
			continue
		}
		switch t := t.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if err := f(t); err != nil {
				return err
			}
		default:
			return r.errf("unexpected %s in <%s>", describe(t), in)
		}
	}
}

func eofIs(err error, r *Reader, in string) error {
	if err == io.EOF {
		return r.errf("unexpected end of file inside <%s>", in)
	}
	return err
}

func (r *Reader) lang(attrs []xml.Attr) (string, error) {
	v := xmlin.Attr(attrs, "xml", "lang")
	if v == "" {
		v = xmlin.Attr(attrs, "", "lang")
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

// addNote reads the <note> se and appends it to notes.
func (r *Reader) addNote(se xml.StartElement, notes *[]Note) error {
	l, err := r.lang(se.Attr)
	if err != nil {
		return err
	}
	s, err := r.in.Text("note")
	if err == nil {
		*notes = append(*notes, Note{Lang: l, Text: s, Encoding: xmlin.Attr(se.Attr, "", "o-encoding")})
	}
	return err
}

// addProp reads the <prop> se and appends it to props.
func (r *Reader) addProp(se xml.StartElement, props *[]Prop) error {
	l, err := r.lang(se.Attr)
	if err != nil {
		return err
	}
	s, err := r.in.Text("prop")
	if err == nil {
		*props = append(*props, Prop{Type: xmlin.Attr(se.Attr, "", "type"), Lang: l, Text: s, Encoding: xmlin.Attr(se.Attr, "", "o-encoding")})
	}
	return err
}

func (r *Reader) parseUDE(se xml.StartElement) (UDE, error) {
	u := UDE{Name: xmlin.Attr(se.Attr, "", "name"), Base: xmlin.Attr(se.Attr, "", "base")}
	err := r.children("ude", func(c xml.StartElement) error {
		if c.Name.Local != "map" {
			return r.errf("unexpected <%s> in <ude>", xmlin.Name(c.Name))
		}
		u.Maps = append(u.Maps, Map{
			Unicode: xmlin.Attr(c.Attr, "", "unicode"), Code: xmlin.Attr(c.Attr, "", "code"),
			Ent: xmlin.Attr(c.Attr, "", "ent"), Subst: xmlin.Attr(c.Attr, "", "subst"),
		})
		_, err := r.in.Text("map")
		return err
	})
	return u, err
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
		t, err := r.in.Tok()
		if err != nil {
			return TU{}, eofIs(err, r, "body")
		}
		if xmlin.Ignorable(t) {
			continue
		}
		switch t := t.(type) {
		case xml.StartElement:
			if t.Name.Local != "tu" {
				return TU{}, r.errf("unexpected <%s> in <body>", xmlin.Name(t.Name))
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
		t, err := r.in.Tok()
		if err == io.EOF {
			r.done = true
			return io.EOF
		}
		if err != nil {
			return err
		}
		if !xmlin.Ignorable(t) {
			if _, ok := t.(xml.EndElement); ok && len(r.in.Stack) == 0 {
				continue
			}
			return r.errf("unexpected %s after <body>", describe(t))
		}
	}
}

// All iterates over the remaining translation units. After an error it
// stops.
func (r *Reader) All() iter.Seq2[TU, error] { return xmlin.All(r.Next) }

func (r *Reader) parseTU(se xml.StartElement) (TU, error) {
	tu := TU{Line: r.in.Line, Attrs: plainAttrs(se.Attr)}
	err := r.srcLangAttr(tu.Attrs, func(a Attr) error {
		if a.Name != "usagecount" {
			return nil
		}
		if _, err := strconv.Atoi(a.Value); err != nil {
			return r.errf("usagecount %q is not a number", a.Value)
		}
		return nil
	})
	if err != nil {
		return tu, err
	}
	err = r.children("tu", func(c xml.StartElement) error {
		switch c.Name.Local {
		case "note":
			return r.addNote(c, &tu.Notes)
		case "prop":
			return r.addProp(c, &tu.Props)
		case "tuv":
			v, err := r.parseTUV(c)
			if err == nil {
				tu.Variants = append(tu.Variants, v)
			}
			return err
		}
		return r.errf("unexpected <%s> in <tu>", xmlin.Name(c.Name))
	})
	if err == nil && len(tu.Variants) == 0 {
		err = &Error{Line: tu.Line, Msg: "<tu> without <tuv>"}
	}
	return tu, err
}

func (r *Reader) parseTUV(se xml.StartElement) (TUV, error) {
	line := r.in.Line
	l, err := r.lang(se.Attr)
	if err != nil {
		return TUV{}, err
	}
	if l == "" {
		return TUV{}, r.errf("<tuv> without xml:lang")
	}
	v := TUV{Lang: l, Attrs: plainAttrs(se.Attr, "xml:lang", "lang")}
	seen := false
	err = r.children("tuv", func(c xml.StartElement) (err error) {
		switch c.Name.Local {
		case "note":
			return r.addNote(c, &v.Notes)
		case "prop":
			return r.addProp(c, &v.Props)
		case "seg":
			if seen {
				return r.errf("a second <seg> in <tuv>")
			}
			seen = true
			v.Text, v.Markup, err = r.parseSeg()
			return err
		}
		return r.errf("unexpected <%s> in <tuv>", xmlin.Name(c.Name))
	})
	if err == nil && !seen {
		err = &Error{Line: line, Msg: "<tuv> without <seg>"}
	}
	return v, err
}
