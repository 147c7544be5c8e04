package tm

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/bitext/bitext/tm/extract"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/bitext/bitext/tm/xliff"
)

// omegatShortcuts numbers the inline codes of one paragraph as OmegaT's
// HTML filter shows them in a segment: each paired code and each lone one
// gets the next number of its paragraph, from 0 ("<s0>Tehran</s0>",
// "<br1>", "<i2>" for an <img>), across the paragraph's sentences.
type omegatShortcuts struct {
	block int
	next  int
}

// nativeName reads the element name of an HTML tag ("<strong>" ->
// "strong", "</a>" -> "a").
var nativeName = regexp.MustCompile(`^<\s*/?\s*([A-Za-z][A-Za-z0-9:-]*)`)

// shortcutLetter is OmegaT's letter for an HTML element: its first letter,
// lower case; "br" whole.
func shortcutLetter(native string) string {
	m := nativeName.FindStringSubmatch(native)
	if m == nil {
		return "f"
	}
	name := strings.ToLower(m[1])
	if name == "br" {
		return "br"
	}
	return name[:1]
}

// text writes the XLIFF markup of a segment as OmegaT shows the segment:
// its text, whitespace runs made one space and trimmed (as OmegaT's HTML
// filter does), and its codes as OmegaT's tag shortcuts, numbered as this
// paragraph's codes so far (ids, by XLIFF id, give the numbers of paired
// codes; nil makes a new map). "" markup gives plain, the text.
func (sc *omegatShortcuts) text(markup, plain string, ids map[string]string, html bool) string {
	if markup == "" {
		if html {
			return strings.Join(strings.Fields(plain), " ")
		}
		return strings.TrimSpace(plain)
	}
	_, toks, err := xliff.Parse(markup)
	if err != nil {
		return strings.TrimSpace(plain)
	}
	var b strings.Builder
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.Kind == xliff.Text {
			b.WriteString(t.Text)
			continue
		}
		if t.Kind != xliff.Start || !xliff.IsCode(t.Name) {
			continue // g, mrk, x and their ends: their text comes as Text
		}
		var native strings.Builder // the code's content, up to its end
		depth := 1
		for k++; k < len(toks) && depth > 0; k++ {
			switch toks[k].Kind {
			case xliff.Start:
				depth++
			case xliff.End:
				depth--
			case xliff.Text:
				native.WriteString(toks[k].Text)
			}
		}
		k--
		letter := shortcutLetter(native.String())
		id := xliff.Get(t.Attrs, "id")
		switch {
		case t.Name == "bpt" || (t.Name == "it" && xliff.Get(t.Attrs, "pos") == "open"):
			n := strconv.Itoa(sc.next)
			sc.next++
			ids[id] = n
			b.WriteString("<" + letter + n + ">")
		case t.Name == "ept" || t.Name == "it":
			n, ok := ids[id]
			if !ok || t.Name == "it" {
				n = strconv.Itoa(sc.next)
				sc.next++
			}
			b.WriteString("</" + letter + n + ">")
		default: // ph
			b.WriteString("<" + letter + strconv.Itoa(sc.next) + ">")
			sc.next++
		}
	}
	if html {
		return strings.Join(strings.Fields(b.String()), " ")
	}
	return strings.TrimSpace(b.String())
}

// omegatUnit is the TMX unit of segment s for an OmegaT project, or false
// when no match reaches minScore. An exact or context match's unit has the
// segment as OmegaT shows it as source (OmegaT's tm/auto inserts its
// target where a segment's text is the same) and the match's target with
// the segment's codes kept as OmegaT's tags; a fuzzy match's unit has the
// stored source, so that OmegaT rates it itself and offers it, not
// inserts it. Props give bitext's score, kind and origin.
func omegatUnit(sc *omegatShortcuts, s extract.Segment, kind extract.Kind, m *Match, minScore int, src, tgt string) (tmx.TU, bool) {
	if s.Block != sc.block {
		sc.block, sc.next = s.Block, 0
	}
	html := kind == extract.KindHTML
	ids := map[string]string{}
	start := sc.next
	segment := sc.text(s.Markup, s.Text, ids, html)
	if m == nil || m.Score < minScore {
		return tmx.TU{}, false
	}
	source, target := segment, m.Target
	if m.Score >= 100 {
		end := sc.next
		sc.next = start // the target's codes take the source's numbers
		target = sc.text(withCodes(s.Markup, m.Target), m.Target, map[string]string{}, html)
		sc.next = end
	} else {
		source = strings.TrimSpace(m.Source)
	}
	tu := tmx.TU{
		Props: []tmx.Prop{
			{Type: "x-bitext-score", Text: strconv.Itoa(m.Score)},
			{Type: "x-bitext-kind", Text: MatchKind(s.Text, m)},
			{Type: "x-bitext-origin", Text: matchOrigin(m)},
		},
		Variants: []tmx.TUV{{Lang: src, Text: source}, {Lang: tgt, Text: strings.TrimSpace(target)}},
	}
	if n := alignNote(m); n != "" {
		tu.Notes = []tmx.Note{{Text: "score lowered: " + n}}
	}
	return tu, true
}
