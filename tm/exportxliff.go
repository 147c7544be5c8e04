package tm

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/bitext/bitext/tm/xliff"
)

// exportXLIFF writes the units opt keeps as one XLIFF 1.2 <file> of
// trans-units, opt.Src the source and opt.Tgt the target (Export checks
// both are set), so that a CAT tool opens the TM's pairs as a bilingual
// document: to review them, or to fill its own TM from them. A unit's
// target state says how far it is to be trusted (xliffState); its notes are
// kept, and an aligned pair's score is a note. It streams, as TMX does.
func (d *DB) exportXLIFF(ctx context.Context, w io.Writer, opt ExportOptions) error {
	xw, err := xliff.NewWriter(w, xliff.Header{Original: ownExportOriginal, SourceLang: opt.Src.String(),
		TargetLang: opt.Tgt.String(), ToolID: "bitext", ToolName: "bitext", ToolVersion: opt.ToolVersion})
	if err != nil {
		return err
	}
	n := 0
	for u, err := range d.Units(ctx, opt) {
		if err != nil {
			return err
		}
		n++
		xu, err := xliffUnit(u, n)
		if err != nil {
			return fmt.Errorf("export: unit %d: %w", n, err)
		}
		if err := xw.Write(&xu); err != nil {
			return err
		}
	}
	return xw.Close()
}

// xliffUnit is the n-th exported unit as a trans-unit: id n, its TMX tuid
// as resname, the first two variants (Units puts the source's and the
// target's first) as source and target.
func xliffUnit(u Unit, n int) (xliff.Unit, error) {
	if len(u.Variants) < 2 {
		return xliff.Unit{}, errors.New("no source and target variant")
	}
	seg := func(v Variant) (xliff.Segment, error) {
		m, err := TMXToXLIFF(v.Markup)
		return xliff.Segment{Lang: v.Lang.String(), Text: v.Text, Markup: m}, err
	}
	src, err := seg(u.Variants[0])
	if err != nil {
		return xliff.Unit{}, fmt.Errorf("source: %w", err)
	}
	tgt, err := seg(u.Variants[1])
	if err != nil {
		return xliff.Unit{}, fmt.Errorf("target: %w", err)
	}
	xu := xliff.Unit{ID: strconv.Itoa(n), ResName: u.ID, Translate: true, Source: src, Target: &tgt}
	xu.State, xu.Approved = xliffState(u)
	// The unit's context, which an import of the file reads back
	// (ownExport): with it the unit is the one it was. Then the target
	// as exported: an import of the reviewed file tells by it whether
	// the TM's target changed since (ImportConflict).
	prev, next := u.Prev, u.Next
	for _, p := range u.Props { // OmegaT's, which the store keeps as props
		switch {
		case p.Type == "prev" && prev == "":
			prev = p.Text
		case p.Type == "next" && next == "":
			next = p.Text
		}
	}
	for _, c := range [][2]string{{ctxTypePrev, prev}, {ctxTypeNext, next}, {ctxTypeTarget, tgt.Text}} {
		if c[1] != "" {
			xu.Contexts = append(xu.Contexts, xliff.Context{Type: c[0], Text: c[1]})
		}
	}
	for _, nt := range u.Notes {
		xu.Notes = append(xu.Notes, xliff.Note{Lang: nt.Lang, Text: nt.Text})
	}
	if OriginKind(u.Origin) == OriginAligned {
		note := alignNotePrefix + strconv.FormatFloat(u.Origin.Score, 'f', 2, 64)
		if u.Origin.File == ReviewedFile {
			note += ", confirmed by a reviewer"
		} else if u.Origin.SrcDoc != "" {
			note += " (" + u.Origin.SrcDoc + " / " + u.Origin.TgtDoc + ")"
		}
		xu.Notes = append(xu.Notes, xliff.Note{From: "bitext", Text: note})
	}
	return xu, nil
}

// The context-types of the <context>s in which the export writes a unit's
// Prev and Next.
const (
	ctxTypePrev = "x-bitext-prev"
	ctxTypeNext = "x-bitext-next"
)

// alignNotePrefix begins the note an aligned pair's trans-unit gets
// (from="bitext"); an import reads it back (readAlignNote).
const alignNotePrefix = "aligned pair scored "

// xliffState is the target's state and the unit's approved flag: those
// an XLIFF file gave the unit when it was imported from one; else
// needs-review-translation for an aligned pair that no reviewer confirmed
// and scored under TrustedAlignScore (a lookup lowers its matches too),
// signed-off and approved for one a reviewer confirmed, translated for
// the rest.
func xliffState(u Unit) (state, approved string) {
	for _, p := range u.Props {
		switch p.Type {
		case PropXLIFFState:
			state = p.Text
		case PropXLIFFApproved:
			approved = p.Text
		}
	}
	if state != "" || approved != "" {
		return state, approved
	}
	switch {
	case OriginKind(u.Origin) != OriginAligned:
		return "translated", ""
	case u.Origin.File == ReviewedFile:
		return "signed-off", "yes"
	case u.Origin.Score < TrustedAlignScore:
		return "needs-review-translation", ""
	}
	return "translated", ""
}

// TMXToXLIFF converts TMX 1.4 segment markup to XLIFF 1.2 segment markup
// with the same plain text, the inverse of XLIFFToTMX: <bpt>/<ept> keep
// their native code and are paired by rid (TMX's i), <ph> and <ut> become
// <ph> (assoc p, f, b: preceding, following, both), <it> an <it> whose pos is open or close, <hi> a <mrk> whose mtype
// is its type, <sub> stays. Every code element gets an id of its own; a TMX
// type that XLIFF's ctype does not list is written x-TYPE. A <ph> or <it>
// whose data is the XLIFF placeholder XLIFFToTMX read it from (<x/>, <bx/>,
// <ex/>: Angular's <x id="INTERPOLATION" equiv-text="{{ name }}"/>) is that
// placeholder again (nativeXLIFF). "" stays "".
func TMXToXLIFF(markup string) (string, error) {
	if markup == "" {
		return "", nil
	}
	var b strings.Builder
	var stack []string // XLIFF names of the open elements
	ids := codeIDs{used: map[string]bool{}, taken: map[string]bool{}}
	for _, m := range tmxCodeX().FindAllStringSubmatch(markup, -1) {
		ids.used[m[1]] = true
	}
	toks, err := segTokens(markup)
	if err != nil {
		return "", err
	}
	depth := 0
	for k := 0; k < len(toks); k++ {
		switch t := toks[k].(type) {
		case xml.CharData:
			if depth > 0 {
				b.WriteString(xliff.EscapeText(string(t)))
			}
		case xml.StartElement:
			depth++
			if depth == 1 {
				continue // the <seg> around the markup
			}
			if el, id, ok := nativeXLIFF(t, toks[k+1:]); ok {
				// The code's data is the XLIFF element it was read
				// from (Angular's <x id="INTERPOLATION"
				// equiv-text="{{ name }}"/>): that element again.
				b.WriteString(el)
				ids.taken[id] = true // a later code whose x is id gets another
				depth--              // for the end tag skipped:
				k += 2               // past the data and the end tag nativeXLIFF read
				continue
			}
			name, err := xliffStartTag(&b, t, &ids)
			if err != nil {
				return "", err
			}
			stack = append(stack, name)
		case xml.EndElement:
			depth--
			if depth == 0 {
				continue
			}
			b.WriteString("</" + stack[len(stack)-1] + ">")
			stack = stack[:len(stack)-1]
		}
	}
	return b.String(), nil
}

// codeIDs is the ids TMXToXLIFF gives the codes of a segment.
type codeIDs struct {
	used  map[string]bool // every x of the segment
	taken map[string]bool // the ids given
	next  int             // the last number tried for an id
}

// newID is a code element's id: its TMX x, which links it to the same
// code in the other language's segment, unless an element before it has
// it; else the next number that no x of the segment is.
func (ids *codeIDs) newID(x string) string {
	if x == "" || ids.taken[x] {
		for ids.next++; ids.used[strconv.Itoa(ids.next)]; ids.next++ {
		}
		x = strconv.Itoa(ids.next)
	}
	ids.taken[x] = true
	return x
}

// xliffStartTag writes to b the XLIFF start tag of the TMX inline element
// t (one that is not an XLIFF placeholder's data, nativeXLIFF) and gives
// the XLIFF element's name: a code with an id of its own (ids.newID), a
// <bpt>/<ept> paired by rid, an <it> open or close, a <ph>'s assoc; a
// <hi> as <mrk>; a <sub>. Any other element is an error.
func xliffStartTag(b *strings.Builder, t xml.StartElement, ids *codeIDs) (string, error) {
	name := t.Name.Local
	x := name
	switch name {
	case "bpt", "ept", "ph", "ut", "it":
		if name == "ut" {
			x = "ph"
		}
		b.WriteString("<" + x)
		writeAttr(b, "id", ids.newID(tmxAttr(t.Attr, "x")))
		switch name {
		case "bpt", "ept":
			writeAttr(b, "rid", tmxAttr(t.Attr, "i"))
		case "it":
			pos := "open"
			if tmxAttr(t.Attr, "pos") == "end" {
				pos = "close"
			}
			writeAttr(b, "pos", pos)
		case "ph":
			writeAttr(b, "assoc", map[string]string{"p": "preceding", "f": "following", "b": "both"}[tmxAttr(t.Attr, "assoc")])
		}
		if name != "ept" {
			writeAttr(b, "ctype", xliffCtype(tmxAttr(t.Attr, "type")))
		}
	case "hi":
		x = "mrk"
		b.WriteString("<mrk")
		writeAttr(b, "mtype", xliffMtype(tmxAttr(t.Attr, "type")))
	case "sub":
		b.WriteString("<sub")
		writeAttr(b, "datatype", tmxAttr(t.Attr, "datatype"))
		writeAttr(b, "ctype", xliffCtype(tmxAttr(t.Attr, "type")))
	default:
		return "", fmt.Errorf("segment markup: <%s> is no TMX inline element", name)
	}
	b.WriteString(">")
	return x, nil
}

// writeAttr writes to b the attribute name="value", unless value is "".
func writeAttr(b *strings.Builder, name, value string) {
	if value != "" {
		b.WriteString(" " + name + `="` + xliff.EscapeAttr(value) + `"`)
	}
}

// tmxAttr is the value of the attribute name (in any namespace) of as,
// "" if it has none.
func tmxAttr(as []xml.Attr, name string) string {
	for _, a := range as {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// segTokens returns the tokens of TMX segment markup inside a <seg>
// around it, copied: TMXToXLIFF reads a code's data and end tag ahead
// (nativeXLIFF) before it writes the code.
func segTokens(markup string) ([]xml.Token, error) {
	dec := xml.NewDecoder(strings.NewReader("<seg>" + markup + "</seg>"))
	var toks []xml.Token
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return toks, nil
		}
		if err != nil {
			return nil, fmt.Errorf("segment markup: %w", err)
		}
		toks = append(toks, xml.CopyToken(t))
	}
}

// nativeXLIFF returns, for a TMX <ph> or <it> start tag t followed by
// rest, the XLIFF 1.2 placeholder its data is when that data is the one
// element XLIFFToTMX stores there: an <x/> in a <ph>, a <bx/> in an <it
// pos="begin">, an <ex/> in an <it pos="end">, each with an id and only
// the attributes and values the strict schema allows it (XLIFF's own,
// none in another namespace, whose declaration the data does not carry).
// It returns the element written again, its id, and whether it is one.
func nativeXLIFF(t xml.StartElement, rest []xml.Token) (el, id string, ok bool) {
	if len(rest) < 2 {
		return "", "", false
	}
	data, isData := rest[0].(xml.CharData)
	if _, isEnd := rest[1].(xml.EndElement); !isData || !isEnd {
		return "", "", false
	}
	var want string
	switch t.Name.Local {
	case "ph":
		want = "x"
	case "it":
		want = "bx"
		for _, a := range t.Attr {
			if a.Name.Local == "pos" && a.Value == "end" {
				want = "ex"
			}
		}
	default:
		return "", "", false
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var start xml.StartElement
	for n := 0; ; n++ {
		tok, err := dec.Token()
		if err == io.EOF && n == 2 {
			break
		}
		if err != nil {
			return "", "", false
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if n != 0 {
				return "", "", false
			}
			start = tok.Copy()
		case xml.EndElement:
			if n != 1 {
				return "", "", false
			}
		default:
			return "", "", false
		}
	}
	if start.Name.Space != "" || start.Name.Local != want {
		return "", "", false
	}
	var b strings.Builder
	b.WriteString("<" + want)
	for _, a := range start.Attr {
		if a.Name.Space != "" || !xliffPlaceholderAttr(want, a.Name.Local, a.Value) {
			return "", "", false
		}
		if a.Name.Local == "id" {
			id, ok = a.Value, true
		}
		b.WriteString(" " + a.Name.Local + `="` + xliff.EscapeAttr(a.Value) + `"`)
	}
	if !ok {
		return "", "", false
	}
	b.WriteString("/>")
	return b.String(), id, true
}

// xliffPlaceholderAttr reports whether XLIFF 1.2's strict schema allows
// attribute name with value on a placeholder element el (x, bx or ex).
func xliffPlaceholderAttr(el, name, value string) bool {
	switch name {
	case "id":
		return value != "" // the XLIFF reader wants one, as Angular's tooling does
	case "xid", "equiv-text":
		return true
	case "rid":
		return el != "x" && nmtoken(value)
	case "clone":
		return el != "ex" && (value == "yes" || value == "no")
	case "ctype":
		if strings.HasPrefix(value, "x-") {
			return len(value) > 2 && !strings.ContainsFunc(value, unicode.IsSpace) // XTend: x-[^\s]+
		}
		switch el {
		case "x":
			return value == "image" || value == "pb" || value == "lb"
		case "bx":
			return value == "bold" || value == "italic" || value == "underlined" || value == "link"
		}
	}
	return false
}

// nmtoken reports whether s is an XML NMTOKEN: name characters only
// (letters, digits, ".", "-", "_", ":", combining marks).
func nmtoken(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return !unicode.In(r, unicode.L, unicode.Nd, unicode.Mn, unicode.Mc) && !strings.ContainsRune(".-_:·", r)
	})
}

// tmxCodeX, compiled on first use, finds the x attributes of TMX markup's elements (markup as
// the TMX reader writes it: attribute values in double quotes).
var tmxCodeX = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<[a-z]+ [^>]*\bx="([^"]*)"`) })

// xliffCtype is XLIFF 1.2's ctype for a TMX type: the values both list
// (bold, italic, link), TMX's ulined as underlined, the rest as x-TYPE.
func xliffCtype(t string) string {
	switch t {
	case "", "bold", "italic", "link":
		return t
	case "ulined":
		return "underlined"
	}
	if strings.HasPrefix(t, "x-") {
		return t
	}
	return "x-" + t
}

// xliffMtypes are the mtype values XLIFF 1.2 lists (besides x-...).
var xliffMtypes = map[string]bool{"abbrev": true, "abbreviated-form": true, "abbreviation": true,
	"acronym": true, "appellation": true, "collocation": true, "common-name": true, "datetime": true,
	"equation": true, "expanded-form": true, "formula": true, "head-term": true, "initialism": true,
	"international-scientific-term": true, "internationalism": true, "logical-expression": true,
	"materials-management-unit": true, "name": true, "near-synonym": true, "part-number": true,
	"phrase": true, "phraseological-unit": true, "protected": true, "romanized-form": true,
	"seg": true, "set-phrase": true, "short-form": true, "sku": true, "standard-text": true,
	"symbol": true, "synonym": true, "synonymous-phrase": true, "term": true,
	"transcribed-form": true, "transliterated-form": true, "truncated-term": true, "variant": true}

// xliffMtype is the mtype of a <mrk> for a TMX <hi> of type t: t when
// XLIFF lists it, x-hi for none, x-TYPE else (mtype is required).
func xliffMtype(t string) string {
	switch {
	case t == "":
		return "x-hi"
	case xliffMtypes[t] || strings.HasPrefix(t, "x-"):
		return t
	}
	return "x-" + t
}
