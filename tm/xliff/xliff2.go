package xliff

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/internal/xmlin"
)

// XLIFF 2 (OASIS XLIFF Version 2.0, 2.1, 2.2: <xliff srcLang trgLang>,
// <file>, <group>, <unit> of <segment>s) is read into the same Units as
// XLIFF 1.2, so that whoever reads one reads the other: a Unit for each
// <segment> with a <source>, its id the unit's ("u1"), or the unit's and
// the segment's ("u1/s2") when the unit has more than one segment; the
// segment's state ("initial", "translated", "reviewed", "final") as State;
// the unit's notes as Notes; translate="no" on the unit, or inherited from
// its group or file, as Translate.
//
// Inline content becomes XLIFF 1.2 markup: <ph> an <x/> (or a <ph> holding
// its original data, when its dataRef names one), <pc> a <g> (or a <bpt>
// and <ept> holding its data), <sc>/<ec> a <bx/>/<ex/> (an <it> when
// isolated), <mrk> an <mrk> (mtype "protected" when translate="no", else
// "x-" and its type), <cp hex> the character; <sm>/<em>, which only mark
// where an annotation starts and ends, are left out.

// isV2 reports whether ns is an XLIFF 2 namespace.
func isV2(ns string) bool { return strings.HasPrefix(ns, "urn:oasis:names:tc:xliff:document:2") }

// next2 is next for XLIFF 2.
func (r *Reader) next2() (Unit, error) {
	for {
		if len(r.queue) > 0 {
			u := r.queue[0]
			r.queue = r.queue[1:]
			return u, nil
		}
		if r.done {
			return Unit{}, io.EOF
		}
		t, err := r.bodyToken() // the queue is empty here: io.EOF is the end
		if err != nil {
			return Unit{}, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch {
			case r.isX(t.Name, "file"):
				if len(r.in.Stack) != 2 {
					return Unit{}, r.errf("<file> outside <xliff>")
				}
				r.file = &File{Line: r.in.Line, SourceLang: r.v2src, TargetLang: r.v2tgt}
				r.v2no = []bool{xmlin.Attr(t.Attr, "", "translate") == "no"}
				for _, a := range t.Attr {
					switch n := xmlin.Name(a.Name); n {
					case "original":
						r.file.Original = a.Value
					case "id":
						if r.file.Original == "" {
							r.file.Original = a.Value
						}
						r.file.Attrs = append(r.file.Attrs, Attr{n, a.Value})
					default:
						r.file.Attrs = append(r.file.Attrs, Attr{n, a.Value})
					}
				}
			case r.isX(t.Name, "group"):
				if r.file == nil {
					return Unit{}, r.errf("<group> outside <file>")
				}
				r.openGroup(t)
			case r.isX(t.Name, "unit"):
				if r.file == nil {
					return Unit{}, r.errf("<unit> outside <file>")
				}
				us, err := r.parseUnit2(t)
				if err != nil {
					return Unit{}, err
				}
				r.queue = us
			default: // skeleton, notes of a file or group, extensions
				if err := r.skip(); err != nil {
					return Unit{}, err
				}
			}
		case xml.EndElement:
			switch {
			case r.isX(t.Name, "group"):
				r.closeGroup()
			case r.isX(t.Name, "file"):
				r.file = nil
			}
		default:
			return Unit{}, r.errf("unexpected text %q", clip(t))
		}
	}
}

// inheritNo reports whether the file, group or unit se says translate="no",
// or, without a translate attribute, its parent does (XLIFF 2's
// translate is inherited).
func (r *Reader) inheritNo(se xml.StartElement) bool {
	switch xmlin.Attr(se.Attr, "", "translate") {
	case "no":
		return true
	case "yes":
		return false
	}
	return len(r.v2no) > 0 && r.v2no[len(r.v2no)-1]
}

// segment2 is a <segment> being read.
type segment2 struct {
	id, state, subState string
	line, col           int
	source, target      *Segment
}

// unit2 is what parseUnit2 reads of a <unit> before it makes its Units
// (its <originalData> apart: held here, the map would go to the heap).
type unit2 struct {
	id        string
	translate bool
	attrs     []Attr // the start tag's but id and translate
	notes     []Note
	matches   int // <mtc:match>es
	segs      []segment2
}

// parseUnit2 reads a <unit> whose start tag se was just read and returns a
// Unit for each of its segments: its children read by unitChild2, then
// made Units by units2.
func (r *Reader) parseUnit2(se xml.StartElement) ([]Unit, error) {
	line := r.in.Line
	u := unit2{id: xmlin.Attr(se.Attr, "", "id"), translate: !r.inheritNo(se)}
	data := map[string]string{} // <originalData>: native code by id
	for _, a := range se.Attr {
		if n := xmlin.Name(a.Name); n != "id" && n != "translate" {
			u.attrs = append(u.attrs, Attr{n, a.Value})
		}
	}
	err := r.children(func(clip string) error {
		return r.errf("unexpected text %q in <unit id=%q>", clip, u.id)
	}, func(c xml.StartElement) (bool, error) {
		return r.unitChild2(&u, data, c)
	})
	if err != nil {
		return nil, err
	}
	if u.id == "" {
		return nil, r.errAt(line, "<unit> without its id attribute")
	}
	return r.units2(&u), nil
}

// unitChild2 reads the child c of a <unit> into u: its <originalData>
// (into data), <notes>, the count of its <mtc:matches>, a <segment>
// (segment2); any other child is left to be skipped (ignorable,
// extensions).
func (r *Reader) unitChild2(u *unit2, data map[string]string, c xml.StartElement) (bool, error) {
	switch {
	case r.isX(c.Name, "originalData"):
		return true, r.children(nil, func(d xml.StartElement) (bool, error) {
			if !r.isX(d.Name, "data") {
				return false, nil
			}
			s, err := r.data2()
			data[xmlin.Attr(d.Attr, "", "id")] = s
			return true, err
		})
	case r.isX(c.Name, "notes"):
		return true, r.children(nil, func(n xml.StartElement) (bool, error) {
			if !r.isX(n.Name, "note") {
				return false, nil
			}
			text, err := r.in.Text("note")
			u.notes = append(u.notes, Note{Lang: xmlin.Attr(n.Attr, "xml", "lang"), Text: text})
			return true, err
		})
	case c.Name.Local == "matches" && r.in.NS(c.Name.Space) == MatchesNamespace:
		return true, r.children(nil, func(m xml.StartElement) (bool, error) {
			if m.Name.Local == "match" {
				u.matches++
			}
			return false, nil
		})
	case r.isX(c.Name, "segment"):
		s, err := r.segment2(c, data, u.id)
		u.segs = append(u.segs, s)
		return true, err
	}
	return false, nil // ignorable, matches, extensions
}

// segment2 reads the <segment> whose start tag c was just read, of the
// unit unitID: its source and target (at most one of each; the source
// required), their codes' data from the unit's <originalData> read
// before (data).
func (r *Reader) segment2(c xml.StartElement, data map[string]string, unitID string) (segment2, error) {
	s := segment2{id: xmlin.Attr(c.Attr, "", "id"), state: xmlin.Attr(c.Attr, "", "state"),
		subState: xmlin.Attr(c.Attr, "", "subState"), line: r.in.Line, col: r.in.Column(r.in.Line)}
	err := r.children(func(clip string) error {
		return r.errf("unexpected text %q in <segment>", clip)
	}, func(st xml.StartElement) (bool, error) {
		var seg **Segment
		switch {
		case r.isX(st.Name, "source"):
			seg = &s.source
		case r.isX(st.Name, "target"):
			seg = &s.target
		default:
			return false, nil
		}
		if *seg != nil {
			return true, r.errf("a second <%s> in <segment>", st.Name.Local)
		}
		x, err := r.content2(st.Name.Local, data)
		if err != nil {
			return true, err
		}
		x.Lang = xmlin.Attr(st.Attr, "xml", "lang")
		*seg = &x
		return true, nil
	})
	if err == nil && s.source == nil {
		err = r.errAt(s.line, "<segment> without <source> in <unit id=%q>", unitID)
	}
	return s, err
}

// units2 makes a Unit of each segment of u, each with the unit's
// attributes and notes (the matches counted on the first): a unit of
// several segments gives each the id UNIT/SEGMENT, the segment's id or
// its place from 1.
func (r *Reader) units2(u *unit2) []Unit {
	us := make([]Unit, 0, len(u.segs))
	for i, s := range u.segs {
		x := Unit{File: r.file, Line: s.line, Col: s.col, ID: u.id, Translate: u.translate, Attrs: u.attrs,
			Source: *s.source, Target: s.target, State: s.state, StateQualifier: s.subState, Notes: u.notes, v2: true}
		if len(u.segs) > 1 {
			sid := s.id
			if sid == "" {
				sid = strconv.Itoa(i + 1)
			}
			x.ID = u.id + "/" + sid
		}
		if len(r.groups) > 0 {
			x.Groups = append([]string(nil), r.groups...)
		}
		if i == 0 {
			x.Matches = u.matches
		}
		us = append(us, x)
	}
	return us
}

// data2 reads the content of a <data> element: text and <cp hex>.
func (r *Reader) data2() (string, error) {
	var b strings.Builder
	for {
		t, err := r.tok()
		if err != nil {
			return "", err
		}
		switch t := t.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			if !r.isX(t.Name, "cp") {
				return "", r.errf("unknown element <%s> in <data>", xmlin.Name(t.Name))
			}
			c, err := r.cp2(t)
			if err != nil {
				return "", err
			}
			b.WriteString(c)
		case xml.EndElement:
			return b.String(), nil
		}
	}
}

// cp2 reads a <cp hex="..."/> whose start tag c was just read.
func (r *Reader) cp2(c xml.StartElement) (string, error) {
	h := xmlin.Attr(c.Attr, "", "hex")
	n, err := strconv.ParseUint(h, 16, 32)
	if err != nil || !utf8.ValidRune(rune(n)) {
		return "", r.errf("<cp hex=%q>: not a character", h)
	}
	return string(rune(n)), r.skip()
}

// content2 reads the content of a <source> or <target> (named in) as XLIFF
// 1.2 markup (see the package comment above) and parses that: text as it
// is, each inline element as markup2 writes it, the markup parsed at the
// end of in (parsed2).
func (r *Reader) content2(in string, data map[string]string) (Segment, error) {
	var m markup2
	// The markup is checked at in's end tag: an error in it gives in's
	// start tag's place (its column on a long line, not the end tag's).
	start := r.here()
	for {
		t, err := r.tok()
		if err != nil {
			return Segment{}, err
		}
		switch t := t.(type) {
		case xml.CharData:
			xmlin.TextEscaper.WriteString(&m.b, string(t))
		case xml.StartElement:
			if t.Name.Space != r.prefix {
				return Segment{}, r.errf("unknown element <%s> in <%s>", xmlin.Name(t.Name), in)
			}
			switch t.Name.Local {
			case "cp":
				c, err := r.cp2(t)
				if err != nil {
					return Segment{}, err
				}
				xmlin.TextEscaper.WriteString(&m.b, c)
				continue
			case "pc":
				m.pc(t, data)
				continue
			case "mrk":
				m.mrk(t)
				continue
			case "ph", "sc", "ec", "sm", "em":
				m.placeholder(t, data)
			default:
				return Segment{}, r.errf("unknown element <%s> in <%s>", xmlin.Name(t.Name), in)
			}
			if err := r.skip(); err != nil { // an empty element: its end tag
				return Segment{}, err
			}
		case xml.EndElement:
			if len(m.ends) == 0 {
				s, err := parsed2(m.b.String())
				if err != nil {
					return Segment{}, r.errIn(start, "<%s>: %v", in, err)
				}
				return s, nil
			}
			m.b.WriteString(m.ends[len(m.ends)-1])
			m.ends = m.ends[:len(m.ends)-1]
		}
	}
}

// markup2 is the XLIFF 1.2 markup content2 writes of XLIFF 2 content: the
// markup so far, and the 1.2 end tag of each <pc> and <mrk> open. The
// codes' native data comes from the unit's <originalData> (data by id),
// passed to each method rather than held: held, the map would go to the
// heap with markup2.
type markup2 struct {
	b    strings.Builder
	ends []string
}

// code writes the 1.2 element tag (id, attrs as name-value pairs, written
// as they are) with native code d.
func (m *markup2) code(tag, id, d string, attrs ...string) {
	m.b.WriteString("<" + tag + ` id="`)
	xmlin.AttrEscaper.WriteString(&m.b, id)
	m.b.WriteString(`"`)
	for i := 0; i+1 < len(attrs); i += 2 {
		m.b.WriteString(" " + attrs[i] + `="` + attrs[i+1] + `"`)
	}
	m.b.WriteString(">")
	xmlin.TextEscaper.WriteString(&m.b, d)
	m.b.WriteString("</" + tag + ">")
}

// placeholder writes an empty XLIFF 2 code: <ph> a <ph> with its data (in data),
// else an <x>; <sc>/<ec> an isolated <it> (open, close) with its data,
// else a <bx>/<ex> of the pair's id (an <ec>'s startRef); <sm>/<em>
// (annotations spread over codes) nothing.
func (m *markup2) placeholder(t xml.StartElement, data map[string]string) {
	a := func(n string) string { return xmlin.Attr(t.Attr, "", n) }
	id := a("id")
	switch t.Name.Local {
	case "ph":
		if d, ok := data[a("dataRef")]; ok {
			m.code("ph", id, d)
		} else {
			m.b.WriteString(`<x id="` + xmlin.AttrEscaper.Replace(id) + `"/>`)
		}
	case "sc", "ec":
		ref := id
		if t.Name.Local == "ec" && a("startRef") != "" {
			ref = a("startRef")
		}
		switch {
		case a("isolated") == "yes" && t.Name.Local == "sc":
			m.code("it", ref, data[a("dataRef")], "pos", "open")
		case a("isolated") == "yes":
			m.code("it", ref, data[a("dataRef")], "pos", "close")
		case t.Name.Local == "sc":
			m.b.WriteString(`<bx id="` + xmlin.AttrEscaper.Replace(ref) + `"/>`)
		default:
			m.b.WriteString(`<ex id="` + xmlin.AttrEscaper.Replace(ref) + `"/>`)
		}
	}
}

// pc opens a paired code: a <bpt> with its start data and, at its end, an
// <ept> with its end data (in data), when it has either; else a <g>.
func (m *markup2) pc(t xml.StartElement, data map[string]string) {
	a := func(n string) string { return xmlin.Attr(t.Attr, "", n) }
	id := a("id")
	ds, okS := data[a("dataRefStart")]
	de, okE := data[a("dataRefEnd")]
	end := "</g>"
	if okS || okE {
		m.code("bpt", id, ds)
		var e strings.Builder
		e.WriteString(`<ept id="` + xmlin.AttrEscaper.Replace(id) + `">`)
		xmlin.TextEscaper.WriteString(&e, de)
		e.WriteString("</ept>")
		end = e.String()
	} else {
		m.b.WriteString(`<g id="` + xmlin.AttrEscaper.Replace(id) + `">`)
	}
	m.ends = append(m.ends, end)
}

// mrk opens an annotation as a 1.2 <mrk>: translate="no" protected, else
// typed x-TYPE (x-generic without a type).
func (m *markup2) mrk(t xml.StartElement) {
	a := func(n string) string { return xmlin.Attr(t.Attr, "", n) }
	mtype := "x-" + a("type")
	switch {
	case a("translate") == "no":
		mtype = "protected"
	case a("type") == "":
		mtype = "x-generic"
	}
	m.b.WriteString(`<mrk mtype="` + xmlin.AttrEscaper.Replace(mtype) + `">`)
	m.ends = append(m.ends, "</mrk>")
}

// parsed2 is the Segment of the 1.2 markup: its text, and the markup
// (serialized again) if it holds any element.
func parsed2(markup string) (Segment, error) {
	text, toks, err := Parse(markup)
	if err != nil {
		return Segment{}, err
	}
	s := Segment{Text: text}
	for _, tk := range toks {
		if tk.Kind != Text {
			s.Markup = Serialize(toks)
			break
		}
	}
	return s, nil
}
