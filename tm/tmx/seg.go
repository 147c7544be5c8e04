package tmx

import (
	"encoding/xml"
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
				return "", "", r.errf("unknown element <%s> in <seg>", xmlin.Name(t.Name))
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
			items = append(items, item{start: true, name: name, attrs: as, line: r.in.Line})
		case xml.EndElement:
			if len(open) == 0 { // </seg>
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
			return &Error{Line: it.line, Msg: "<" + it.name + "> without its i attribute"}
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
	e := &Error{Line: it.line, Msg: msg}
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
			if it.match == k+1 {
				b.WriteString("/>")
			} else {
				b.WriteByte('>')
			}
		case it.end:
			if k > 0 && items[k-1].start {
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
