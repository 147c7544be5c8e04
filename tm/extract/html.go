package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/bitext/bitext/align/segment"
	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/net/html"
)

// blockNames are the elements whose text is extracted; each is a block.
var blockNames = set("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "figcaption", "td", "th", "caption")

// inlineNames are the elements kept inside a segment as inline codes.
var inlineNames = set("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q",
	"s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "br", "img", "wbr", "font", "del", "ins")

// skipNames are boilerplate elements, never extracted.
var skipNames = set("nav", "aside", "footer", "form", "menu", "script", "style", "noscript", "template", "svg",
	"button", "select", "textarea", "iframe", "object", "head")

// voidNames have no end tag.
var voidNames = set("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr")

// boilerplateClass, compiled on first use, matches a class or id naming a boilerplate part.
var boilerplateClass = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(^|[\s_-])(nav|navbar|menu|footer|sidebar|related|read-?more|readmore|share|sharing|social|breadcrumbs?|comments?|promo|newsletter|cookies?|ads?|advert|advertisement|subscribe|tags)($|[\s_-])`)
})

// readMoreHeading, compiled on first use, matches the heading of a link list.
var readMoreHeading = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^\W*(read more|related( (articles|stories|news))?|see also|more on this|more news|recommended)\b`)
})

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// piece is a token of a block: text or a tag.
type piece struct {
	tag    bool
	name   string
	kind   byte // tags: 's' start, 'e' end, '0' empty
	raw    string
	text   string // text: decoded
	ps, pe int    // text: range in the block's plain text; tags: ps is the position
	inLink bool
}

type elem struct {
	name  string
	skip  bool
	scope bool
	block bool
}

type htmlExtractor struct {
	seg    *segment.Segmenter
	d      *Document
	skl    bytes.Buffer
	stack  []elem
	skip   int // open boilerplate elements
	scope  int // open article/main elements
	blocks int // open block elements
	scoped bool
	pieces []piece
	links  int // open <a> inside the block
	nextID int
	block  int
}

// HTML extracts the text of an HTML article (see the package
// documentation), segmenting each block with seg.
func HTML(doc []byte, seg *segment.Segmenter) (*Document, error) {
	if err := check(doc); err != nil {
		return nil, err
	}
	low := bytes.ToLower(doc)
	x := &htmlExtractor{seg: seg, d: &Document{Kind: KindHTML},
		scoped: bytes.Contains(low, []byte("<article")) || bytes.Contains(low, []byte("<main"))}
	z := html.NewTokenizer(bytes.NewReader(doc))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := string(z.Raw())
		switch tt {
		case html.TextToken:
			if x.collecting() {
				x.pieces = append(x.pieces, piece{raw: raw, text: html.UnescapeString(raw), inLink: x.links > 0})
			} else {
				x.skl.WriteString(raw)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			n := string(name)
			var class string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if string(k) == "class" || string(k) == "id" || string(k) == "role" {
					class += " " + string(v)
				}
			}
			x.start(n, raw, class, tt == html.SelfClosingTagToken || voidNames[n])
		case html.EndTagToken:
			name, _ := z.TagName()
			x.end(string(name), raw)
		default: // comments, doctype
			if x.collecting() {
				x.pieces = append(x.pieces, piece{tag: true, kind: '0', name: "#comment", raw: raw})
			} else {
				x.skl.WriteString(raw)
			}
		}
	}
	x.flush()
	x.d.Skeleton = x.skl.Bytes()
	return x.d, nil
}

func (x *htmlExtractor) collecting() bool {
	return x.blocks > 0 && x.skip == 0 && (!x.scoped || x.scope > 0)
}

func (x *htmlExtractor) start(n, raw, class string, void bool) {
	boiler := skipNames[n] || (class != "" && boilerplateClass().MatchString(class)) ||
		(n == "header" && x.scope == 0)
	if !boiler && inlineNames[n] && x.collecting() {
		if void {
			x.pieces = append(x.pieces, piece{tag: true, name: n, kind: '0', raw: raw})
			return
		}
		x.pieces = append(x.pieces, piece{tag: true, name: n, kind: 's', raw: raw})
		if n == "a" {
			x.links++
		}
		x.stack = append(x.stack, elem{name: n})
		return
	}
	// A structural element: the block so far ends here.
	if blockNames[n] && len(x.stack) > 0 {
		if top := x.stack[len(x.stack)-1]; top.block && (top.name == n || top.name == "p") {
			x.flush()
			x.pop(len(x.stack) - 1) // <p>a<p>b: the first p ends
		}
	}
	x.flush()
	x.skl.WriteString(raw)
	if void {
		return
	}
	e := elem{name: n, skip: boiler, scope: n == "article" || n == "main", block: blockNames[n]}
	x.push(e)
}

func (x *htmlExtractor) push(e elem) {
	x.stack = append(x.stack, e)
	if e.skip {
		x.skip++
	}
	if e.scope {
		x.scope++
	}
	if e.block {
		x.blocks++
	}
}

// pop closes the elements from stack index i up.
func (x *htmlExtractor) pop(i int) {
	for k := len(x.stack) - 1; k >= i; k-- {
		e := x.stack[k]
		if e.skip {
			x.skip--
		}
		if e.scope {
			x.scope--
		}
		if e.block {
			x.blocks--
		}
		if e.name == "a" && x.links > 0 {
			x.links--
		}
	}
	x.stack = x.stack[:i]
}

func (x *htmlExtractor) end(n, raw string) {
	i := len(x.stack) - 1
	for i >= 0 && x.stack[i].name != n {
		i--
	}
	if i < 0 { // a stray end tag
		if x.collecting() {
			x.pieces = append(x.pieces, piece{tag: true, name: "#stray", kind: '0', raw: raw})
		} else {
			x.skl.WriteString(raw)
		}
		return
	}
	if inlineNames[n] && x.collecting() {
		x.pieces = append(x.pieces, piece{tag: true, name: n, kind: 'e', raw: raw})
		// <b><p>One.</b> Two.: the end tag closes the block opened
		// inside the element too; the block ends here, so that what
		// follows goes to the skeleton after it, not before.
		if slices.ContainsFunc(x.stack[i+1:], func(e elem) bool { return e.block || e.scope }) {
			x.flush()
		}
		x.pop(i)
		return
	}
	x.flush()
	x.pop(i)
	x.skl.WriteString(raw)
}

// innerBlock is the name of the innermost open block element.
func (x *htmlExtractor) innerBlock() string {
	for k := len(x.stack) - 1; k >= 0; k-- {
		if x.stack[k].block {
			return x.stack[k].name
		}
	}
	return ""
}

// flush segments the pieces collected and writes the block's skeleton.
func (x *htmlExtractor) flush() {
	ps := x.pieces
	x.pieces = x.pieces[:0]
	if len(ps) == 0 {
		return
	}
	text, letters, linkLetters := blockText(ps)
	if x.boilerplate(text, letters, linkLetters) {
		for _, p := range ps {
			x.skl.WriteString(p.raw)
		}
		return
	}
	// Line breaks in HTML source are spaces; the segmenter would read them
	// as wrapped lines and headlines.
	flat := strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' || r == '\f' {
			return ' '
		}
		return r
	}, text)
	sents := x.seg.SplitString(flat)
	segs, skel := assign(ps, sents, text)
	x.write(sents, segs, skel)
	x.block++
}

// blockText joins the text of a block's pieces, setting each piece's range
// in it, and counts its letters and digits, all and inside links.
func blockText(ps []piece) (text string, letters, linkLetters int) {
	var plain strings.Builder
	for k := range ps {
		p := &ps[k]
		p.ps = plain.Len()
		if !p.tag {
			plain.WriteString(p.text)
			for _, r := range p.text {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					letters++
					if p.inLink {
						linkLetters++
					}
				}
			}
		}
		p.pe = plain.Len()
	}
	return plain.String(), letters, linkLetters
}

// boilerplate tells whether the block is left out: no letters, a list
// item, heading or definition that is mostly links, or the heading of a
// link list ("Read more").
func (x *htmlExtractor) boilerplate(text string, letters, linkLetters int) bool {
	b := x.innerBlock()
	heading := len(b) == 2 && b[0] == 'h' && b[1] >= '1' && b[1] <= '6'
	return letters == 0 || ((b == "li" || heading || b == "dt" || b == "dd") && 2*linkLetters >= letters) ||
		(heading && readMoreHeading().MatchString(strings.TrimSpace(text)))
}

// part is a piece, or the part of a text piece, given to a sentence or to
// the skeleton. In the skeleton, p == nil marks where sentence text (its
// index) goes.
type part struct {
	p    *piece
	text string
	raw  bool // the whole piece
}

// openTag is a start tag of the block, the sentence it went to and its
// place in the block's text.
type openTag struct {
	name string
	sent int
	ps   int
}

// assign gives each piece, or each part of a text piece, to a sentence
// (segs) or to the block's skeleton (skel, in order, with a marker before
// the first part of each sentence).
func assign(ps []piece, sents []segment.Sentence, text string) (segs [][]part, skel []part) {
	segs = make([][]part, len(sents))
	emitted := make([]bool, len(sents))
	add := func(s int, pt part) {
		if s < 0 {
			skel = append(skel, pt)
			return
		}
		if !emitted[s] {
			emitted[s] = true
			skel = append(skel, part{text: strconv.Itoa(s)})
		}
		segs[s] = append(segs[s], pt)
	}
	k := 0
	var opens []openTag
	for i := range ps {
		p := &ps[i]
		if p.tag {
			for k < len(sents) && sents[k].End < p.ps {
				k++
			}
			s := tagSentence(p, k, sents, opens)
			switch p.kind {
			case 's':
				opens = append(opens, openTag{p.name, s, p.ps})
			case 'e':
				if len(opens) > 0 {
					opens = opens[:len(opens)-1]
				}
			}
			add(s, part{p: p, raw: true})
			continue
		}
		// A text piece: cut at sentence boundaries.
		a := p.ps
		whole := true
		for a < p.pe {
			for k < len(sents) && sents[k].End <= a {
				k++
			}
			if k >= len(sents) {
				break
			}
			st := sents[k]
			if a < st.Start { // a gap before sentence k
				b := min(st.Start, p.pe)
				if a == p.ps && b == p.pe {
					break
				}
				whole = false
				add(-1, part{p: p, text: text[a:b]})
				a = b
				continue
			}
			b := min(st.End, p.pe)
			if a == p.ps && b == p.pe {
				add(k, part{p: p, raw: true})
				a = b
				break
			}
			whole = false
			add(k, part{p: p, text: text[a:b]})
			a = b
		}
		if a < p.pe {
			if whole && a == p.ps {
				add(-1, part{p: p, raw: true})
			} else {
				add(-1, part{p: p, text: text[a:p.pe]})
			}
		}
	}
	return segs, skel
}

// tagSentence is the sentence a tag at p.ps goes with (-1: the skeleton),
// sentence k being the first that does not end before it: a tag inside a
// sentence belongs to it; an end tag at a sentence's end closes that
// sentence, unless its start tag went to another sentence and the next
// sentence starts here, or to the skeleton after the sentence's end
// (both then stay there, in their order); a start tag at a sentence's start (or at the end
// of one where the next starts) opens it; an end tag at a sentence's start
// closes a start tag of that sentence.
func tagSentence(p *piece, k int, sents []segment.Sentence, opens []openTag) int {
	if k >= len(sents) {
		return -1
	}
	st := sents[k]
	lastOpen := func(sent int) bool {
		return len(opens) > 0 && opens[len(opens)-1].name == p.name && opens[len(opens)-1].sent == sent
	}
	nextStartsHere := k+1 < len(sents) && sents[k+1].Start == p.ps
	switch {
	case st.Start < p.ps && p.ps < st.End:
		return k
	case p.ps == st.End && p.kind == 'e':
		if len(opens) == 0 || opens[len(opens)-1].name != p.name || lastOpen(k) {
			return k
		}
		if top := opens[len(opens)-1]; nextStartsHere {
			return k + 1
		} else if top.sent < 0 && top.ps >= st.End {
			return -1 // opened after the sentence, in the skeleton: closed there
		}
		return k
	case p.ps == st.Start && p.kind != 'e':
		return k
	case p.ps == st.End && nextStartsHere && p.kind != 'e':
		return k + 1
	case p.ps == st.Start && p.kind == 'e' && lastOpen(k):
		return k
	}
	return -1
}

// write writes the block's skeleton, with a marker for each sentence, and
// appends its segments to the document.
func (x *htmlExtractor) write(sents []segment.Sentence, segs [][]part, skel []part) {
	ids := make([]string, len(sents))
	for s := range sents {
		x.nextID++
		ids[s] = strconv.Itoa(x.nextID)
	}
	for _, pt := range skel {
		switch {
		case pt.p == nil:
			s, _ := strconv.Atoi(pt.text)
			x.skl.WriteString(marker(ids[s]))
		case pt.raw:
			x.skl.WriteString(pt.p.raw)
		default:
			x.skl.WriteString(htmlEscaper.Replace(pt.text))
		}
	}
	for s, st := range sents {
		var toks []xliff.Token
		hasTags := false
		for _, pt := range segs[s] {
			if pt.p.tag {
				hasTags = true
				toks = append(toks, xliff.Token{Kind: xliff.Start, Name: pt.p.name, Text: pt.p.raw, Attrs: []xliff.Attr{{Name: "kind", Value: string(pt.p.kind)}}})
				continue
			}
			t := pt.text
			if pt.raw {
				t = pt.p.text
			}
			toks = append(toks, xliff.Token{Kind: xliff.Text, Text: t})
		}
		seg := Segment{ID: ids[s], Block: x.block, Text: st.Text}
		if hasTags {
			seg.Markup = codes(toks)
		}
		x.d.Segments = append(x.d.Segments, seg)
	}
}

// codes writes a segment's text and tags (Start tokens holding the tag's
// raw text in Text and its kind, s, e or 0, in the attribute "kind") as
// XLIFF content: paired tags as bpt/ept, unpaired ones as it, empty ones
// as ph, each holding the tag as native code.
func codes(toks []xliff.Token) string {
	ctype := map[string]string{"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underlined", "a": "link"}
	n := len(toks)
	match := make([]int, n)
	for i := range match {
		match[i] = -1
	}
	var stack []int
	for i, t := range toks {
		if t.Kind != xliff.Start {
			continue
		}
		switch xliff.Get(t.Attrs, "kind") {
		case "s":
			stack = append(stack, i)
		case "e":
			for j := len(stack) - 1; j >= 0; j-- {
				if toks[stack[j]].Name == t.Name {
					match[stack[j]], match[i] = i, stack[j]
					stack = append(stack[:j], stack[j+1:]...)
					break
				}
			}
		}
	}
	var out []xliff.Token
	id := 0
	ids := make([]int, n)
	code := func(name string, attrs []xliff.Attr, native string) {
		out = append(out, xliff.Token{Kind: xliff.Start, Name: name, Attrs: attrs})
		if native != "" {
			out = append(out, xliff.Token{Kind: xliff.Text, Text: native})
		}
		out = append(out, xliff.Token{Kind: xliff.End, Name: name})
	}
	for i, t := range toks {
		if t.Kind == xliff.Text {
			out = append(out, t)
			continue
		}
		kind := xliff.Get(t.Attrs, "kind")
		switch {
		case kind == "s" && match[i] >= 0:
			id++
			ids[i] = id
			attrs := []xliff.Attr{{Name: "id", Value: strconv.Itoa(id)}}
			if c := ctype[t.Name]; c != "" {
				attrs = append(attrs, xliff.Attr{Name: "ctype", Value: c})
			}
			code("bpt", attrs, t.Text)
		case kind == "e" && match[i] >= 0:
			code("ept", []xliff.Attr{{Name: "id", Value: strconv.Itoa(ids[match[i]])}}, t.Text)
		case kind == "s":
			id++
			code("it", []xliff.Attr{{Name: "id", Value: strconv.Itoa(id)}, {Name: "pos", Value: "open"}}, t.Text)
		case kind == "e":
			id++
			code("it", []xliff.Attr{{Name: "id", Value: strconv.Itoa(id)}, {Name: "pos", Value: "close"}}, t.Text)
		default:
			id++
			code("ph", []xliff.Attr{{Name: "id", Value: strconv.Itoa(id)}}, t.Text)
		}
	}
	return xliff.Serialize(out)
}
