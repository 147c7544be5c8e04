package tmx

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"github.com/bitext/bitext/tm/internal/xmlin"
)

// item is one piece of a <seg>: text, or an inline element's start or end.
type item struct {
	start, end bool
	name       string
	attrs      []Attr
	text       string
	match      int // for a start: index of its end item
	line       int
	col        int // on a long line, the column that ends the start tag (Error.Col); 0 else
	// native, on a start item, is the native code written as the element's
	// whole content: the element is complete, its end item is not written
	// (a foreign element read as a code, see foreign).
	native  string
	foreign bool // a start item standing for a foreign element, until its end
}

// inlineAttrs lists the attributes the TMX 1.4 DTD allows on each inline
// element; others are dropped so that what we write stays valid.
var inlineAttrs = map[string][]string{
	"bpt": {"i", "x", "type"},
	"ept": {"i"},
	"it":  {"pos", "x", "type"},
	"ph":  {"x", "assoc", "type"},
	"hi":  {"x", "type"},
	"ut":  {"x"},
	"sub": {"datatype", "type"},
}

// isCode reports whether the content of an inline element is native code
// (not text of the segment).
func isCode(name string) bool {
	return name != "hi"
}

// parseSeg reads the content of a <seg> and returns its plain text and its
// markup ("" when it has no inline elements).
func (r *Reader) parseSeg() (text, markup string, err error) {
	items := r.items[:0]
	var open []int // indexes of open start items
	var plain strings.Builder
	codeDepth := 0
	hasTags := false
	for {
		t, err := r.in.Tok()
		if err != nil {
			return "", "", eofIs(err, r, "seg")
		}
		switch t := t.(type) {
		case xml.CharData:
			if codeDepth == 0 {
				plain.Write(t)
			}
			items = append(items, item{text: string(t)})
		case xml.StartElement:
			name := t.Name.Local
			allowed, ok := inlineAttrs[name]
			if !ok || t.Name.Space != "" {
				hasTags = true
				r.noteForeign(t.Name)
				open = append(open, len(items))
				items = append(items, item{start: true, foreign: true, name: xmlin.Name(t.Name), attrs: foreignAttrs(t.Attr), line: r.in.Line, col: r.in.Column(r.in.Line), native: nativeStart(t), text: strings.Repeat("c", min(codeDepth, 1))})
				continue
			}
			if name == "sub" && (len(open) == 0 || !isCode(items[open[len(open)-1]].name)) {
				return "", "", r.errf("<sub> outside a bpt, ept, it, ph or ut")
			}
			hasTags = true
			var as []Attr
			for _, a := range t.Attr {
				for _, n := range allowed {
					if a.Name.Space == "" && a.Name.Local == n {
						as = append(as, Attr{n, a.Value})
					}
				}
			}
			if isCode(name) {
				codeDepth++
			}
			open = append(open, len(items))
			items = append(items, item{start: true, name: name, attrs: as, line: r.in.Line, col: r.in.Column(r.in.Line)})
		case xml.EndElement:
			if len(open) == 0 { // </seg>
				numberForeign(items)
				r.items = items
				if err := r.checkPairs(items); err != nil {
					return "", "", err
				}
				if !hasTags {
					return plain.String(), "", nil
				}
				return plain.String(), serialize(items), nil
			}
			s := open[len(open)-1]
			open = open[:len(open)-1]
			if items[s].foreign {
				items = closeForeign(items, s)
				continue
			}
			items[s].match = len(items)
			if isCode(items[s].name) {
				codeDepth--
			}
			items = append(items, item{end: true, name: items[s].name})
		}
	}
}

// checkPairs checks that every <ept> follows a <bpt> with the same i in the
// segment, that every <bpt> has its <ept>, and that no i opens twice. With
// Repair, a stray tag becomes an isolated <it>.
func (r *Reader) checkPairs(items []item) error {
	open := map[string]int{} // i -> index of the open bpt
	for k := range items {
		it := &items[k]
		if !it.start || (it.name != "bpt" && it.name != "ept") {
			continue
		}
		i := Get(it.attrs, "i")
		if i == "" {
			return &Error{Line: it.line, Col: it.col, Msg: "<" + it.name + "> without its i attribute"}
		}
		switch it.name {
		case "bpt":
			if _, dup := open[i]; dup {
				if err := r.isolate(items, k, "begin", `a second <bpt i="`+i+`"> before the first is closed`); err != nil {
					return err
				}
				continue
			}
			open[i] = k
		case "ept":
			if _, ok := open[i]; !ok {
				if err := r.isolate(items, k, "end", `<ept i="`+i+`"> without a <bpt i="`+i+`"> before it`); err != nil {
					return err
				}
				continue
			}
			delete(open, i)
		}
	}
	if len(open) == 0 {
		return nil
	}
	for k := range items { // in document order, for stable messages
		if i := Get(items[k].attrs, "i"); items[k].start && items[k].name == "bpt" && open[i] == k {
			if err := r.isolate(items, k, "begin", `<bpt i="`+i+`"> without its <ept>`); err != nil {
				return err
			}
		}
	}
	return nil
}

// isolate turns the paired tag at items[k] into <it pos=pos> if repairing,
// else returns the problem as an error.
func (r *Reader) isolate(items []item, k int, pos, msg string) error {
	it := &items[k]
	e := &Error{Line: it.line, Col: it.col, Msg: msg}
	if !r.Repair {
		e.Repairable = true
		return e
	}
	e.Msg += "; repaired as <it pos=\"" + pos + "\">"
	if r.Warn != nil {
		r.Warn(e)
	}
	attrs := []Attr{{"pos", pos}}
	if x := Get(it.attrs, "x"); x != "" {
		attrs = append(attrs, Attr{"x", x})
	}
	if t := Get(it.attrs, "type"); t != "" {
		attrs = append(attrs, Attr{"type", t})
	}
	it.name, it.attrs = "it", attrs
	items[it.match].name = "it"
	return nil
}

// serialize writes items as XML.
func serialize(items []item) string {
	var b strings.Builder
	for k, it := range items {
		switch {
		case it.start && it.foreign:
			escapeText(&b, it.native) // in a code: its text
		case it.start:
			b.WriteByte('<')
			b.WriteString(it.name)
			for _, a := range it.attrs {
				b.WriteByte(' ')
				b.WriteString(a.Name)
				b.WriteString(`="`)
				escapeAttr(&b, a.Value)
				b.WriteByte('"')
			}
			switch {
			case it.native != "":
				b.WriteByte('>')
				escapeText(&b, it.native)
				b.WriteString("</" + it.name + ">")
			case it.match == k+1:
				b.WriteString("/>")
			default:
				b.WriteByte('>')
			}
		case it.end && it.foreign:
			escapeText(&b, it.native)
		case it.end:
			if k > 0 && items[k-1].start && items[k-1].native == "" {
				continue
			}
			b.WriteString("</")
			b.WriteString(it.name)
			b.WriteByte('>')
		default:
			escapeText(&b, it.text)
		}
	}
	return b.String()
}

// escapeText writes s as XML character data.
func escapeText(b *strings.Builder, s string) { xmlin.TextEscaper.WriteString(b, s) }

// escapeAttr writes s as an attribute value between double quotes.
func escapeAttr(b *strings.Builder, s string) { xmlin.AttrEscaper.WriteString(b, s) }

// EscapeText returns s escaped as XML character data, as the Markup of a
// segment without inline elements would be.
func EscapeText(s string) string {
	var b strings.Builder
	escapeText(&b, s)
	return b.String()
}

// PlainText returns the plain text of segment markup (see TUV.Text). It is
// the inverse of building Markup: PlainText(markup) == Text.
func PlainText(markup string) (string, error) {
	r := &Reader{in: &xmlin.Decoder{XML: xml.NewDecoder(strings.NewReader("<seg>" + markup + "</seg>")), Line: 1, NewError: newError}}
	if _, err := r.in.Tok(); err != nil {
		return "", err
	}
	text, _, err := r.parseSeg()
	return text, err
}

// A foreign element in a <seg> is one TMX 1.4 does not define, or one in
// another namespace: t5memory (translate5's TM, from OpenTM2) writes XLIFF
// placeholders in its TMX (<x id="1"/>) and its own number tags (<t5:n
// id="2" r="..." n="10"/>, with the t5 prefix never declared). Such an
// element is kept as TMX native code holding the element as written, as
// XLIFFToTMX does for XLIFF's <x> and <g>: an empty one becomes <ph> (x its
// id; <bx/> and <ex/> an <it> pos begin and end), one with content a
// <bpt>/<ept> pair around its content, whose text stays text of the
// segment. Inside a code (a bpt, ept, it, ph or ut) it is
// more native code. The reader warns once per element name.

// nativeStart writes the start tag of t as it was written.
func nativeStart(t xml.StartElement) string {
	var b strings.Builder
	b.WriteString("<" + xmlin.Name(t.Name))
	for _, a := range t.Attr {
		b.WriteString(" " + xmlin.Name(a.Name) + `="`)
		escapeAttr(&b, a.Value)
		b.WriteByte('"')
	}
	b.WriteByte('>')
	return b.String()
}

// foreignAttrs keeps the id of a foreign element, for the code's x.
func foreignAttrs(as []xml.Attr) []Attr {
	for _, a := range as {
		if a.Name.Space == "" && a.Name.Local == "id" && a.Value != "" {
			return []Attr{{"x", a.Value}}
		}
	}
	return nil
}

// closeForeign ends the foreign element whose start is items[s]. Its text
// field marks it as met inside a code ("c"): then start and end are text of
// that code. Else an empty element becomes a <ph>, and one with content
// a <bpt> (numbered by numberForeign) whose <ept> is appended.
func closeForeign(items []item, s int) []item {
	st := &items[s]
	inCode := st.text != ""
	st.text = ""
	empty := s == len(items)-1
	endTag := "</" + st.name + ">"
	if empty {
		st.native = strings.TrimSuffix(st.native, ">") + "/>"
	}
	if inCode {
		if !empty {
			items = append(items, item{end: true, foreign: true, native: endTag})
		}
		return items
	}
	st.foreign = false
	switch {
	case empty && (st.name == "bx" || st.name == "ex"):
		// XLIFF's isolated codes stay isolated, as XLIFFToTMX writes them.
		pos := map[string]string{"bx": "begin", "ex": "end"}[st.name]
		st.name, st.attrs = "it", append([]Attr{{"pos", pos}}, st.attrs...)
		return items
	case empty:
		st.name = "ph"
		return items
	}
	st.name = "bpt"
	return append(items, item{start: true, name: "ept", native: endTag, match: -1, line: st.line, attrs: []Attr{{"i", ""}}})
}

// numberForeign gives the <bpt>/<ept> pairs made of foreign elements an i
// above every i of the segment's own pairs.
func numberForeign(items []item) {
	next := 0
	for _, it := range items {
		if n, err := strconv.Atoi(Get(it.attrs, "i")); err == nil && n > next {
			next = n
		}
	}
	var stack []int
	for k := range items {
		it := &items[k]
		if !it.start || it.native == "" || it.foreign {
			continue
		}
		switch it.name {
		case "bpt":
			if Get(it.attrs, "i") == "" {
				next++
				it.attrs = append([]Attr{{"i", strconv.Itoa(next)}}, it.attrs...)
				stack = append(stack, next)
			}
		case "ept":
			if Get(it.attrs, "i") == "" && len(stack) > 0 {
				it.attrs = []Attr{{"i", strconv.Itoa(stack[len(stack)-1])}}
				stack = stack[:len(stack)-1]
			}
		}
	}
}

// noteForeign warns, once per element name in a document, that a foreign
// element is kept as a code.
func (r *Reader) noteForeign(n xml.Name) {
	name := xmlin.Name(n)
	if r.foreign[name] {
		return
	}
	if r.foreign == nil {
		r.foreign = map[string]bool{}
	}
	r.foreign[name] = true
	r.warn(&Error{Line: r.in.Line, Msg: fmt.Sprintf("<%s> in <seg> is not TMX 1.4 markup: kept as a code holding it as written", name)})
}
