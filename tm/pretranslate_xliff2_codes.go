package tm

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// XLIFF 2 inline codes in a pretranslated target.
//
// An XLIFF 2 segment's codes are <ph/> (standalone), <pc> ... </pc>
// (paired, holding text) and <sc/> ... <ec/> (paired, apart). A match
// whose stored translation has as many opening, closing and standalone
// codes as the segment is written with the segment's own elements where
// the translation has its codes, the k-th of a role in the translation
// being the segment's k-th (as targetCodes does for 1.2 by role); the
// target must still be well-formed, each <ec startRef> after its <sc>,
// and read as the match's text. Otherwise a segment with codes inside its
// text is offered, not filled.

// code2 is a piece of an XLIFF 2 segment's content: text, or a code
// element's bytes as written.
type code2 struct {
	text string
	code bool
	role string // "open" (<pc>, <sc/>), "close" (</pc>, <ec/>), "ph"
	raw  []byte
}

// codes2 cuts XLIFF 2 content into text and codes; ok is false when it
// does not parse or holds an element that is no code (<mrk> and <cp>
// are left to the translator).
func codes2(raw []byte) (items []code2, ok bool) {
	const wrap = "<w>"
	d := xml.NewDecoder(io.MultiReader(strings.NewReader(wrap), bytes.NewReader(raw), strings.NewReader("</w>")))
	d.Strict = true
	depth := 0
	for {
		at := d.InputOffset() - int64(len(wrap))
		t, err := d.RawToken()
		if err == io.EOF {
			return items, true
		}
		if err != nil {
			return nil, false
		}
		end := d.InputOffset() - int64(len(wrap))
		switch t := t.(type) {
		case xml.StartElement:
			depth++
			if depth == 1 {
				continue
			}
			role := ""
			switch t.Name.Local {
			case "pc", "sc":
				role = "open"
			case "ec":
				role = "close"
			case "ph":
				role = "ph"
			default:
				return nil, false
			}
			// A self-closing tag gives its end at the same offset.
			items = append(items, code2{code: true, role: role, raw: raw[at:end]})
		case xml.EndElement:
			depth--
			if depth == 0 {
				continue
			}
			last := &items[len(items)-1]
			if last.code && bytes.HasSuffix(last.raw, []byte("/>")) && at == end {
				continue // the end of <ph/>, <sc/>, <ec/>
			}
			if t.Name.Local == "pc" {
				items = append(items, code2{code: true, role: "close", raw: raw[at:end]})
			}
		case xml.CharData:
			if depth >= 1 {
				items = append(items, code2{text: string(t)})
			}
		}
	}
}

// targetCodes2 is the target content of match m for XLIFF 2 segment s
// with the segment's codes where the match's translation has its own.
func targetCodes2(s *xlfSeg, m *Match) (string, bool) {
	if m.TargetMarkup == "" || m.Substituted {
		return "", false
	}
	segItems, ok := codes2(s.raw)
	if !ok {
		return "", false
	}
	x, err := TMXToXLIFF(m.TargetMarkup)
	if err != nil {
		return "", false
	}
	tgtItems, ok := codeItems(x)
	if !ok {
		return "", false
	}
	bySeg := map[string][][]byte{}
	for _, it := range segItems {
		if it.code {
			bySeg[it.role] = append(bySeg[it.role], it.raw)
		}
	}
	used := map[string]int{}
	var b strings.Builder
	for _, it := range tgtItems {
		if !it.code {
			b.WriteString(escapeText2(it.text))
			continue
		}
		r := it.role
		if strings.HasPrefix(r, "ph-") { // an <it>: its pos
			r = map[string]string{"ph-open": "open", "ph-begin": "open", "ph-close": "close", "ph-end": "close"}[r]
		}
		if used[r] >= len(bySeg[r]) {
			return "", false
		}
		b.Write(bySeg[r][used[r]])
		used[r]++
	}
	for r, codes := range bySeg {
		if used[r] != len(codes) {
			return "", false // codes of the segment the translation does not have
		}
	}
	out := b.String()
	// Well-formed (each <pc> closed in its order), each <ec startRef>
	// after its <sc>, and the match's text.
	t := &xlfSeg{raw: []byte(out)}
	if err := t.readContent(true); err != nil || textForm(t.text) != textForm(m.Target) || !startsBeforeEnds(out) {
		return "", false
	}
	return out, true
}

// startsBeforeEnds reports whether each <ec startRef="x"/> of XLIFF 2
// content comes after the <sc id="x"/> it closes.
func startsBeforeEnds(content string) bool {
	d := xml.NewDecoder(strings.NewReader("<w>" + content + "</w>"))
	open := map[string]bool{}
	for {
		t, err := d.RawToken()
		if err != nil {
			return err == io.EOF
		}
		if se, ok := t.(xml.StartElement); ok {
			switch se.Name.Local {
			case "sc":
				id, _ := attr(se.Attr, "id")
				open[id] = true
			case "ec":
				if ref, ok := attr(se.Attr, "startRef"); ok && !open[ref] {
					return false
				}
			}
		}
	}
}

// escapeText2 escapes text for XLIFF 2 content.
func escapeText2(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
