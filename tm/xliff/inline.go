package xliff

import (
	"encoding/xml"
	"fmt"
	"slices"
	"strings"

	"github.com/bitext/bitext/tm/internal/xmlin"
	"github.com/bitext/bitext/tm/textio"
)

// TokenKind tells a Token's kind.
type TokenKind uint8

// The kinds of tokens of segment markup.
const (
	// Text is character data.
	Text TokenKind = iota
	// Start is an inline element's start tag.
	Start
	// End is an inline element's end tag; an empty element (<x/>) is a
	// Start followed by its End.
	End
)

// Token is a piece of segment markup: text, or an inline element's start
// or end.
type Token struct {
	Kind TokenKind
	// Name is the element's name for Start and End ("g", "bpt").
	Name string
	// Attrs are a Start's attributes in document order.
	Attrs []Attr
	// Text is the character data of a Text token.
	Text string
}

// inlineNames are the inline elements of XLIFF 1.2 and what they hold:
// text of the segment (g, mrk, sub), native code (bpt, ept, ph, it), or
// nothing (x, bx, ex).
var inlineNames = map[string]byte{
	"g": 't', "mrk": 't', "sub": 't',
	"bpt": 'c', "ept": 'c', "ph": 'c', "it": 'c',
	"x": 'e', "bx": 'e', "ex": 'e',
}

// IsCode reports whether the content of the inline element name is native
// code rather than text of the segment (bpt, ept, ph, it).
func IsCode(name string) bool { return inlineNames[name] == 'c' }

// place is where a token is: its line, and its column on a long line
// (Error.Col; 0 on any other). A start tag's is kept for the errors found
// past it, at the segment's end tag (a <bpt> without its <ept>), where
// the decoder's own column is that end tag's, or none when the segment
// ends on another line.
type place struct{ line, col int }

// tokenSource yields raw XML tokens and knows where the last one is.
type tokenSource interface {
	tok() (xml.Token, error)
	// here is the place of the token read last.
	here() place
	// errIn is an *Error at p.
	errIn(p place, format string, args ...any) error
	xprefix() string
	// repair reports whether a stray <bpt> or <ept> is to become an
	// <it>, telling the reader's Warn what is wrong at p when so.
	repair(p place, msg string) bool
}

// parseContent reads the content of a segment element up to its end tag
// and returns its plain text, its markup ("" without inline elements) and
// its tokens (appended to buf).
func parseContent(src tokenSource, in string, buf []Token) (text, markup string, toks []Token, err error) {
	toks = buf[:0]
	type open struct {
		name string
		at   place
		tok  int
	}
	var stack []open
	var plain strings.Builder
	codeDepth := 0
	hasTags := false
	var places []place // of each Start token, for messages
	for {
		t, err := src.tok()
		if err != nil {
			return "", "", toks, err
		}
		switch t := t.(type) {
		case xml.CharData:
			if codeDepth == 0 {
				plain.Write(t)
			}
			toks = append(toks, Token{Kind: Text, Text: string(t)})
		case xml.StartElement:
			name := t.Name.Local
			kind, ok := inlineNames[name]
			if !ok || t.Name.Space != src.xprefix() {
				return "", "", toks, src.errIn(src.here(), "unknown element <%s> in <%s>", xmlin.Name(t.Name), in)
			}
			parent := in
			if len(stack) > 0 {
				parent = stack[len(stack)-1].name
			}
			pk := inlineNames[parent]
			switch {
			case name == "sub" && pk != 'c':
				return "", "", toks, src.errIn(src.here(), "<sub> outside a bpt, ept, ph or it (in <%s>)", parent)
			case name != "sub" && pk == 'c':
				return "", "", toks, src.errIn(src.here(), "<%s> inside <%s>: native code holds only text and <sub>", name, parent)
			case pk == 'e':
				return "", "", toks, src.errIn(src.here(), "<%s> inside <%s>, which must be empty", name, parent)
			}
			hasTags = true
			if kind == 'c' {
				codeDepth++
			}
			as := make([]Attr, 0, len(t.Attr))
			for _, a := range t.Attr {
				as = append(as, Attr{xmlin.Name(a.Name), a.Value})
			}
			stack = append(stack, open{name, src.here(), len(toks)})
			places = append(places, src.here())
			toks = append(toks, Token{Kind: Start, Name: name, Attrs: as})
		case xml.EndElement:
			if len(stack) == 0 { // the segment's own end tag
				if err := checkPairs(src, toks, places); err != nil {
					return "", "", toks, err
				}
				if !hasTags {
					return plain.String(), "", toks, nil
				}
				return plain.String(), Serialize(toks), toks, nil
			}
			o := stack[len(stack)-1]
			if t.Name.Local != o.name {
				return "", "", toks, src.errIn(src.here(), "not well-formed XML: </%s> closes <%s>", xmlin.Name(t.Name), o.name)
			}
			stack = stack[:len(stack)-1]
			if inlineNames[o.name] == 'c' {
				codeDepth--
			}
			if inlineNames[o.name] == 'e' && o.tok != len(toks)-1 {
				return "", "", toks, src.errIn(o.at, "<%s> must be empty", o.name)
			}
			toks = append(toks, Token{Kind: End, Name: o.name})
		case xml.Comment, xml.ProcInst:
			// not content
		}
	}
}

// PairKeys returns what pairs a <bpt> with its <ept>: key is its rid, else
// its id, each in its own space (a bpt without rid pairs with the ept of
// its id, one with a rid with the ept of that rid); alt is the key of the
// other space, which an <ept> falls back on when no open <bpt> has key.
// memoQ writes both kinds in one segment with the same numbers: <bpt
// id="1" ctype="bold">{}</bpt><bpt id="2" rid="1">&lt;uf&gt;</bpt>x<ept
// id="1">{}</ept><ept id="3" rid="1">&lt;/uf&gt;</ept>.
func PairKeys(attrs []Attr) (key, alt string) {
	id := Get(attrs, "id")
	if r := Get(attrs, "rid"); r != "" {
		return "rid " + r, "id " + r
	}
	return "id " + id, "rid " + id
}

// LastOpen returns the key of the <bpt> opened last among open, whose
// values pos orders by place in the segment: an <ept> with neither id nor
// rid (Blackbird writes them) closes it. "" when none is open.
func LastOpen[V any](open map[string]V, pos func(V) int) string {
	last, at := "", -1
	for k, v := range open {
		if p := pos(v); p > at {
			last, at = k, p
		}
	}
	return last
}

// pairName is a key of PairKeys as messages name it: the number.
func pairName(key string) string {
	_, n, _ := strings.Cut(key, " ")
	return n
}

// checkPairs checks that every <ept> follows a <bpt> with the same rid (or
// id) in the segment, and that every <bpt> is closed; places[k] is the
// place of the k-th Start token. It also checks that x, bx, ex, bpt, ept, ph and
// it have their required id. An <mrk> without its (required) mtype is
// taken: MateCat's files hold <mrk id="1"> around whole segments, and
// MateCat and Translate Toolkit read them; it marks nothing bitext needs. When src repairs, a stray <ept>, a <bpt>
// left open or one whose key repeats before it is closed becomes an
// isolated tag, <it pos="close"> or <it pos="open"> (as XLIFF 1.2 says a
// code whose partner is outside the segment is written), in toks.
func checkPairs(src tokenSource, toks []Token, places []place) error {
	type at struct {
		place
		tok int
	}
	open := map[string]at{} // key -> the open bpt
	k := -1
	for ti, t := range toks {
		if t.Kind != Start {
			continue
		}
		k++
		switch t.Name {
		case "x", "bx", "ex", "bpt", "ept", "ph", "it", "g":
			if t.Name == "ept" && Get(t.Attrs, "id") == "" && Get(t.Attrs, "rid") == "" && len(open) > 0 {
				// Blackbird's XLIFF writes <ept> without id: it closes
				// the <bpt> opened last (see LastOpen).
				break
			}
			if Get(t.Attrs, "id") == "" {
				return src.errIn(places[k], "<%s> without its id attribute", t.Name)
			}
		}
		switch t.Name {
		case "bpt":
			key, _ := PairKeys(t.Attrs)
			if first, dup := open[key]; dup {
				msg := fmt.Sprintf("a second <bpt> %q before the first is closed", pairName(key))
				if !src.repair(first.place, msg+"; the first repaired as <it pos=\"open\">") {
					return repairable(src.errIn(places[k], "%s", msg))
				}
				isolate(toks, first.tok, "open")
			}
			open[key] = at{places[k], ti}
		case "ept":
			key, alt := PairKeys(t.Attrs)
			if Get(t.Attrs, "id") == "" && Get(t.Attrs, "rid") == "" {
				key = LastOpen(open, func(a at) int { return a.tok })
			}
			if _, ok := open[key]; !ok {
				key = alt
			}
			if _, ok := open[key]; !ok {
				msg := fmt.Sprintf("<ept> %q without a <bpt> before it in the segment", pairName(key))
				if !src.repair(places[k], msg+"; repaired as <it pos=\"close\">") {
					return repairable(src.errIn(places[k], "%s", msg))
				}
				isolate(toks, ti, "close")
				continue
			}
			delete(open, key)
		case "it":
			if p := Get(t.Attrs, "pos"); p != "open" && p != "close" {
				return src.errIn(places[k], "<it> pos %q: want open or close", p)
			}
		}
	}
	keys := make([]string, 0, len(open))
	for key := range open {
		keys = append(keys, key)
	}
	slices.SortFunc(keys, func(a, b string) int { return open[a].tok - open[b].tok })
	for _, key := range keys {
		msg := fmt.Sprintf("<bpt> %q without its <ept> in the segment", pairName(key))
		if !src.repair(open[key].place, msg+"; repaired as <it pos=\"open\">") {
			return repairable(src.errIn(open[key].place, "%s", msg))
		}
		isolate(toks, open[key].tok, "open")
	}
	return nil
}

// repairable marks err, an *Error, as one Reader.Repair fixes.
func repairable(err error) error {
	if e, ok := err.(*Error); ok {
		e.Repairable = true
	}
	return err
}

// isolate turns the <bpt> or <ept> whose Start is toks[i] (and its End)
// into <it pos="pos">, keeping its id and code and dropping rid, which
// <it> does not have.
func isolate(toks []Token, i int, pos string) {
	as := []Attr{}
	for _, a := range toks[i].Attrs {
		if a.Name != "rid" && a.Name != "pos" {
			as = append(as, a)
		}
	}
	toks[i].Name, toks[i].Attrs = "it", append(as, Attr{"pos", pos})
	depth := 0
	for j := i + 1; j < len(toks); j++ {
		switch toks[j].Kind {
		case Start:
			depth++
		case End:
			if depth == 0 {
				toks[j].Name = "it"
				return
			}
			depth--
		}
	}
}

// Serialize writes tokens as XML markup; an empty element is written as
// <x/>.
func Serialize(toks []Token) string {
	var b strings.Builder
	for k, t := range toks {
		switch t.Kind {
		case Start:
			b.WriteByte('<')
			b.WriteString(t.Name)
			for _, a := range t.Attrs {
				b.WriteByte(' ')
				b.WriteString(a.Name)
				b.WriteString(`="`)
				xmlin.AttrEscaper.WriteString(&b, a.Value)
				b.WriteByte('"')
			}
			if k+1 < len(toks) && toks[k+1].Kind == End {
				b.WriteString("/>")
			} else {
				b.WriteByte('>')
			}
		case End:
			if k > 0 && toks[k-1].Kind == Start {
				continue
			}
			b.WriteString("</")
			b.WriteString(t.Name)
			b.WriteByte('>')
		default:
			xmlin.TextEscaper.WriteString(&b, t.Text)
		}
	}
	return b.String()
}

// EscapeText returns s escaped as XML character data: the Markup of a
// segment without inline elements.
func EscapeText(s string) string { return xmlin.TextEscaper.Replace(s) }

// EscapeAttr returns s escaped as an XML attribute value between double
// quotes (XLIFF's and TMX's inline attributes alike).
func EscapeAttr(s string) string { return xmlin.AttrEscaper.Replace(s) }

// stringSource reads markup held in a string.
type stringSource struct {
	d     *xml.Decoder
	line  int
	depth int
}

func (s *stringSource) tok() (xml.Token, error) {
	s.line, _ = s.d.InputPos()
	t, err := s.d.RawToken()
	if err != nil {
		if se, ok := err.(*xml.SyntaxError); ok {
			return nil, &Error{Line: se.Line, Msg: textio.XMLSyntaxMsg(se)}
		}
		return nil, &Error{Line: s.line, Msg: "unexpected end of markup"}
	}
	switch t := t.(type) {
	case xml.StartElement:
		s.depth++
	case xml.EndElement:
		s.depth--
		if s.depth < 0 {
			return nil, &Error{Line: s.line, Msg: "not well-formed XML: unexpected </" + xmlin.Name(t.Name) + ">"}
		}
	}
	return t, nil
}

func (s *stringSource) errIn(p place, format string, args ...any) error {
	return &Error{Line: p.line, Col: p.col, Msg: fmt.Sprintf(format, args...)}
}

// here has no column: markup held in a string is a segment's, its lines
// short enough.
func (s *stringSource) here() place { return place{line: s.line} }

func (s *stringSource) xprefix() string { return "" }

func (s *stringSource) repair(place, string) bool { return false }

// Parse reads segment markup (the content of a <source> or <target>) and
// returns its plain text and tokens. Errors are *Error values whose line
// counts from the markup's first line.
func Parse(markup string) (text string, toks []Token, err error) {
	const wrap = "<seg>"
	s := &stringSource{d: xml.NewDecoder(strings.NewReader(wrap + markup + "</seg>")), line: 1}
	s.d.Strict = true
	if _, err := s.tok(); err != nil {
		return "", nil, err
	}
	text, _, toks, err = parseContent(s, "source", nil)
	if err != nil {
		return "", nil, err
	}
	// Nothing may follow </seg>: markup with a stray end tag closed it early.
	if _, err := s.d.RawToken(); err == nil {
		return "", nil, &Error{Line: s.line, Msg: "not well-formed XML: an end tag without its start"}
	}
	return text, toks, nil
}
