package tm

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/bitext/bitext/tm/extract"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/bitext/bitext/tm/xliff"
)

// omegatItem is a piece of a paragraph's segments as OmegaT's HTML filter
// reads it: text, or an inline code with its element letter.
type omegatItem struct {
	seg    int    // the segment's index in the document
	text   string // text, for a text item
	code   string // bpt, ept, ph, it-open, it-close; "" for text
	id     string // the XLIFF id (pairs a bpt with its ept in a segment)
	letter string // OmegaT's shortcut letter(s)
	strip  bool   // OmegaT leaves the code out of the paragraph
}

// nativeName, compiled on first use, reads the element name of an HTML tag ("<strong>" ->
// "strong", "</a>" -> "a").
var nativeName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^<\s*/?\s*([A-Za-z][A-Za-z0-9:-]*)`) })

// shortcutLetter is OmegaT's letter for an HTML element: its first letter,
// lower case; "br" whole.
func shortcutLetter(native string) string {
	m := nativeName().FindStringSubmatch(native)
	if m == nil {
		return "f"
	}
	name := strings.ToLower(m[1])
	if name == "br" {
		return "br"
	}
	return name[:1]
}

// omegatItems reads XLIFF segment markup into items (a segment without
// markup is its text).
func omegatItems(seg int, markup, text string) []omegatItem {
	if markup == "" {
		return []omegatItem{{seg: seg, text: text}}
	}
	_, toks, err := xliff.Parse(markup)
	if err != nil {
		return []omegatItem{{seg: seg, text: text}}
	}
	var items []omegatItem
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.Kind == xliff.Text {
			items = append(items, omegatItem{seg: seg, text: t.Text})
			continue
		}
		if t.Kind != xliff.Start || !xliff.IsCode(t.Name) {
			continue // g, mrk, x and their ends: their text comes as Text
		}
		var native strings.Builder // the code's content, up to its end
		for depth := 1; k+1 < len(toks) && depth > 0; {
			k++
			switch toks[k].Kind {
			case xliff.Start:
				depth++
			case xliff.End:
				depth--
			case xliff.Text:
				native.WriteString(toks[k].Text)
			}
		}
		code := t.Name
		if code == "it" {
			code += "-" + xliff.Get(t.Attrs, "pos")
		}
		items = append(items, omegatItem{seg: seg, code: code, id: xliff.Get(t.Attrs, "id"), letter: shortcutLetter(native.String())})
	}
	return items
}

// omegatStrip marks the codes OmegaT's HTML filter leaves out of a
// paragraph: before its first text, lone codes and opening ones closed
// after its last text (<strong>...</strong> around a whole paragraph,
// <code>...</code> around a table cell's), after its last text lone codes.
func omegatStrip(items []omegatItem) {
	blank := func(it omegatItem) bool { return it.code == "" && strings.TrimSpace(it.text) == "" }
	closing := func(i int) int { // the index of the code closing items[i], or -1
		for j := i + 1; j < len(items); j++ {
			c := items[j]
			if items[i].code == "bpt" && c.code == "ept" && c.seg == items[i].seg && c.id == items[i].id ||
				items[i].code == "it-open" && c.code == "it-close" {
				return j
			}
		}
		return -1
	}
	lo, hi := 0, len(items)-1
	for lo <= hi {
		switch {
		case blank(items[lo]) || items[lo].strip:
			lo++
		case blank(items[hi]) || items[hi].strip:
			hi--
		case items[lo].code == "ph" || items[lo].code == "it-close":
			items[lo].strip = true
		case items[hi].code == "ph" || items[hi].code == "it-open":
			items[hi].strip = true
		case items[lo].code == "bpt" || items[lo].code == "it-open":
			j := closing(lo)
			for j >= 0 && j < hi && blank(items[j+1]) {
				j++ // blank text after the closing code: look past it
			}
			if j != hi || items[hi].code == "" {
				return
			}
			if c := closing(lo); c >= 0 {
				items[lo].strip, items[c].strip = true, true
			}
		default:
			return
		}
	}
}

// omegatSegments returns each segment of ed as OmegaT 3.6 shows it (the
// HTML filter's whitespace made one space, trimmed; the codes as OmegaT's
// tag shortcuts, numbered by paragraph from 0, those around the paragraph
// left out), and each segment's shortcut by code (element name and id).
func omegatSegments(ed *extract.Document) ([]string, []map[string]string) {
	texts := make([]string, len(ed.Segments))
	tags := make([]map[string]string, len(ed.Segments))
	html := ed.Kind == extract.KindHTML
	for i := 0; i < len(ed.Segments); {
		j := i
		var items []omegatItem
		for ; j < len(ed.Segments) && ed.Segments[j].Block == ed.Segments[i].Block; j++ {
			items = append(items, omegatItems(j, ed.Segments[j].Markup, ed.Segments[j].Text)...)
			tags[j] = map[string]string{}
		}
		if html {
			omegatStrip(items)
		}
		n := 0
		open := map[string]string{}       // bpt and it-open numbers, by segment and id
		isolated := map[string][]string{} // it-open numbers not closed yet, by letter
		var b strings.Builder
		for k, it := range items {
			if it.code == "" {
				b.WriteString(it.text)
			} else if !it.strip {
				var tag string
				key := strconv.Itoa(it.seg) + "/" + it.id
				switch it.code {
				case "bpt", "it-open":
					open[key] = strconv.Itoa(n)
					if it.code == "it-open" {
						isolated[it.letter] = append(isolated[it.letter], open[key])
					}
					tag = "<" + it.letter + strconv.Itoa(n) + ">"
					n++
				case "ept", "it-close":
					num, ok := open[key]
					if it.code == "it-close" { // the last code left open by an earlier sentence
						num, ok = "", false
						if k := len(isolated[it.letter]); k > 0 {
							num, ok = isolated[it.letter][k-1], true
							isolated[it.letter] = isolated[it.letter][:k-1]
						}
					}
					if !ok {
						num = strconv.Itoa(n)
						n++
					}
					tag = "</" + it.letter + num + ">"
				default:
					tag = "<" + it.letter + strconv.Itoa(n) + ">"
					n++
				}
				b.WriteString(tag)
				tags[it.seg][strings.TrimSuffix(strings.TrimSuffix(it.code, "-open"), "-close")+"/"+it.id] = tag
			} else {
				tags[it.seg][strings.TrimSuffix(strings.TrimSuffix(it.code, "-open"), "-close")+"/"+it.id] = ""
			}
			if k+1 == len(items) || items[k+1].seg != it.seg {
				texts[it.seg] = omegatSpace(b.String(), html)
				b.Reset()
			}
		}
		i = j
	}
	return texts, tags
}

// omegatSpace trims s, and for HTML makes each run of ASCII whitespace
// one space, as OmegaT's HTML filter does (a no-break space stays).
func omegatSpace(s string, html bool) string {
	if html {
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r < 0x80 && unicode.IsSpace(r) }), " ")
	}
	return strings.TrimSpace(s)
}

// omegatTarget writes a target's XLIFF markup with OmegaT's shortcuts of
// its segment's codes (tags, by code and id).
func omegatTarget(markup, text string, tags map[string]string, html bool) string {
	if markup == "" {
		return omegatSpace(text, html)
	}
	var b strings.Builder
	for _, it := range omegatItems(0, markup, text) {
		if it.code == "" {
			b.WriteString(it.text)
			continue
		}
		code := strings.TrimSuffix(strings.TrimSuffix(it.code, "-open"), "-close")
		tag, ok := tags[code+"/"+it.id]
		if !ok && code == "ept" {
			tag, ok = tags["bpt/"+it.id], true
			tag = strings.Replace(tag, "<", "</", 1)
		}
		b.WriteString(tag)
	}
	return omegatSpace(b.String(), html)
}

// omegatUnit is the TMX unit of segment s (seg as OmegaT shows it, tags
// its codes' shortcuts) for an OmegaT project, or false when no match
// reaches minScore. An exact or context match's unit has seg as source
// (OmegaT's tm/auto inserts its target where a segment's text is the same)
// and the match's target with the segment's codes kept as OmegaT's tags; a
// fuzzy match's unit has the stored source, so that OmegaT rates it itself
// and offers it, not inserts it. Props give bitext's score, kind and
// origin.
func omegatUnit(s extract.Segment, seg string, tags map[string]string, html bool, m *Match, minScore int, src, tgt string) (tmx.TU, bool) {
	if m == nil || m.Score < minScore {
		return tmx.TU{}, false
	}
	source, target := seg, omegatTarget(targetWithCodes(s, m), m.Target, tags, html)
	if m.Score < 100 {
		source, target = strings.TrimSpace(m.Source), strings.TrimSpace(m.Target)
	}
	tu := tmx.TU{
		Props: []tmx.Prop{
			{Type: "x-bitext-score", Text: strconv.Itoa(m.Score)},
			{Type: "x-bitext-kind", Text: MatchKind(s.Text, m)},
			{Type: "x-bitext-origin", Text: matchOrigin(m)},
		},
		Variants: []tmx.TUV{{Lang: src, Text: source}, {Lang: tgt, Text: target}},
	}
	if n := alignNote(m); n != "" {
		tu.Notes = []tmx.Note{{Text: "score lowered: " + n}}
	}
	return tu, true
}
