package tm

import (
	"maps"
	"slices"
	"strings"

	"github.com/bitext/bitext/tm/extract"
	"github.com/bitext/bitext/tm/xliff"
)

// Inline codes in pretranslation.
//
// Lookup compares plain text: a segment "Click <b>Save</b>." and a stored
// "Click Save</b>." are the same words. Pretranslate writes the segment's
// own code elements into a target, so what decides whether a match needs
// the translator's touch is where the codes are: a match whose stored
// source has codes, whose text is the segment's but whose codes are not in
// the segment's places (as many opening, closing and standalone codes, in
// the same order around the same words), is no exact match. It scores
// exactScoreOtherCodes, is a fuzzy match (its target needs review), and
// comes after exact matches. A stored source without codes stays exact
// when the segment's codes only wrap its text (a whole-bold paragraph, a
// link on the whole sentence): they go around its target (withCodes). When
// a code is inside the segment's words (`<b>The minister</b> arrived`), it
// cannot be placed without knowing the translation's words: the match is
// exactScoreOtherCodes too ("codes to place", as Trados and memoQ take
// points for a formatting difference), with the codes after the text and
// a note saying so (codesToPlaceNote). When a
// match's stored translation has as many codes of each role as the
// segment, the target keeps them where the translator put them, each
// written as the segment's own element (its id, ctype, native code); the
// k-th code of one native code (else of one role) in the translation is
// the segment's k-th. Otherwise withCodes places the segment's codes.

// exactScoreOtherCodes is the score of a match whose text is the
// segment's but whose inline codes are not.
const exactScoreOtherCodes = 99

// codesToPlaceNote is the note of a trans-unit whose target has the
// source's codes after its text (withCodes: a code inside the source's
// words that the match's translation does not place).
const codesToPlaceNote = "codes to place: the match does not say where the source's inline codes go in its translation; they are after its text"

// codeItem is a piece of XLIFF segment markup: text, or one inline element
// (a code with its native code, or an empty placeholder), or the start or
// end tag of an element holding text (g, mrk, sub).
type codeItem struct {
	text string // text (code false)
	code bool
	role string // "open", "close" or "ph" (a standalone code; an <it> its pos)
	key  string // its role and native code
	toks []xliff.Token
}

// codeItems cuts XLIFF segment markup into codeItems; ok is false when the
// markup does not parse.
func codeItems(markup string) (items []codeItem, ok bool) {
	_, toks, err := xliff.Parse(markup)
	if err != nil {
		return nil, false
	}
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.Kind == xliff.Text:
			items = append(items, codeItem{text: t.Text})
		case t.Kind == xliff.Start && (xliff.IsCode(t.Name) || t.Name == "x" || t.Name == "bx" || t.Name == "ex"):
			// A code element (bpt, ept, ph, it) to its end, or an empty one (x, bx, ex).
			depth, end := 0, k
			var native strings.Builder
			for end = k; end < len(toks); end++ {
				switch toks[end].Kind {
				case xliff.Start:
					depth++
				case xliff.End:
					depth--
				case xliff.Text:
					native.WriteString(toks[end].Text)
				}
				if depth == 0 {
					break
				}
			}
			end = min(end, len(toks)-1)
			r := codeRole(t)
			items = append(items, codeItem{code: true, toks: toks[k : end+1], role: r, key: r + "\x00" + native.String()})
			k = end
		case t.Kind == xliff.Start:
			items = append(items, codeItem{code: true, toks: toks[k : k+1], role: "open", key: "open\x00" + t.Name})
		default:
			items = append(items, codeItem{code: true, toks: toks[k : k+1], role: "close", key: "close\x00" + t.Name})
		}
	}
	return items, true
}

// codeRole is the role of the code element that t starts: "open" (bpt,
// bx), "close" (ept, ex), else "ph" (ph, x; an <it> "ph-" and its pos).
func codeRole(t xliff.Token) string {
	switch t.Name {
	case "bpt", "bx":
		return "open"
	case "ept", "ex":
		return "close"
	case "it":
		return "ph-" + xliff.Get(t.Attrs, "pos")
	}
	return "ph"
}

// codeShape is the segment's text with the role of each code in its
// place, white space collapsed: a target written with the segment's
// elements in the places of another segment's of one shape needs no
// touch.
func codeShape(items []codeItem) string {
	var b strings.Builder
	for _, it := range items {
		if it.code {
			b.WriteString(" \x01" + it.role + "\x01 ")
		} else {
			b.WriteString(it.text)
		}
	}
	return typoFold(textForm(b.String())) // Lookup's 100 reads ’ as '
}

// codeCounts counts the code items of each key (role: by role).
func codeCounts(items []codeItem, role bool) map[string]int {
	n := map[string]int{}
	for _, it := range items {
		if it.code {
			n[it.keyOf(role)]++
		}
	}
	return n
}

func (it *codeItem) keyOf(role bool) string {
	if role {
		return it.role
	}
	return it.key
}

// segmentShape is the codeShape of segment s ("" and ok false when its
// markup does not parse).
func segmentShape(s extract.Segment) (shape string, items []codeItem, ok bool) {
	if s.Markup == "" {
		return typoFold(textForm(s.Text)), nil, true
	}
	items, ok = codeItems(s.Markup)
	return codeShape(items), items, ok
}

// codesInside reports whether XLIFF segment markup has an inline code
// between its first and last words (not only codes that wrap its text).
func codesInside(markup string) bool {
	if markup == "" {
		return false
	}
	items, ok := codeItems(markup)
	return ok && itemsInside(items)
}

// itemsInside is codesInside of codeItems.
func itemsInside(items []codeItem) bool {
	text, code := false, false // a word seen; a code after one
	for _, it := range items {
		switch {
		case it.code:
			code = code || text
		case strings.TrimSpace(it.text) != "":
			if code {
				return true
			}
			text = true
		}
	}
	return false
}

// codeTokens are the tokens of the code elements of toks (bpt, ept, ph,
// it and their content), without the text and the elements holding text
// (g, x, mrk: not carried over to a target written from plain text).
func codeTokens(toks []xliff.Token) []xliff.Token {
	var out []xliff.Token
	depth := 0
	for _, t := range toks {
		in := depth > 0
		switch {
		case t.Kind == xliff.Start && (xliff.IsCode(t.Name) || depth > 0):
			depth++
		case t.Kind == xliff.End && depth > 0:
			depth--
		}
		if in || depth > 0 || (t.Kind != xliff.Text && xliff.IsCode(t.Name)) {
			out = append(out, t)
		}
	}
	return out
}

// sameCodes reports whether match m's stored source is segment s with its
// codes (shape: segmentShape's; items: its codeItems), or has none and
// the segment's codes only wrap its text (withCodes puts them around the
// target). A stored source without codes for a segment with a code inside
// its words is no exact match: the codes have no place in its target.
func sameCodes(shape string, items []codeItem, m *Match) bool {
	if m.SourceMarkup == "" {
		return !itemsInside(items)
	}
	x, err := TMXToXLIFF(m.SourceMarkup)
	if err != nil {
		return false
	}
	items, ok := codeItems(x)
	return ok && codeShape(items) == shape
}

// rankByCodes lowers to exactScoreOtherCodes the exact (and context)
// matches of segment s whose codes are not the segment's, and sorts the
// matches by score again (stably: equal scores keep Lookup's order). It
// returns ms itself when nothing changes, else a new slice.
func rankByCodes(s extract.Segment, ms []Match) []Match {
	shape, items, ok := segmentShape(s)
	if !ok {
		return ms
	}
	var out []Match
	for i := range ms {
		if ms[i].Score < 100 || sameCodes(shape, items, &ms[i]) {
			continue
		}
		if out == nil {
			out = slices.Clone(ms)
		}
		out[i].Score, out[i].Kind = exactScoreOtherCodes, KindFuzzy
	}
	if out == nil {
		return ms
	}
	slices.SortStableFunc(out, func(a, b Match) int { return b.Score - a.Score })
	return out
}

// targetWithCodes is the target of segment s from match m as XLIFF
// content: the stored translation with its codes in their places, each
// the segment's element, when its codes are the segment's (targetCodes);
// else the segment's codes around the match's text (withCodes).
func targetWithCodes(s extract.Segment, m *Match) string {
	if out, ok := targetCodes(s, m); ok {
		return out
	}
	return withCodes(s.Markup, m.Target)
}

// targetCodes is match m's stored translation as XLIFF content with its
// codes in their places, each written as segment s's own element; ok is
// false when the segment or the translation has no codes, numbers were
// substituted in it, or its codes are not the segment's (as many of each
// native code, else of each role, pairing as they did).
func targetCodes(s extract.Segment, m *Match) (string, bool) {
	if s.Markup == "" || m.TargetMarkup == "" || m.Substituted {
		return "", false
	}
	segItems, ok := codeItems(s.Markup)
	x, err := TMXToXLIFF(m.TargetMarkup)
	if !ok || err != nil {
		return "", false
	}
	tgtItems, ok := codeItems(x)
	if !ok {
		return "", false
	}
	// The k-th code of a native code in the target is the segment's k-th
	// of it; when the codes are others (a TM of another file format: <g>
	// for <b>), the k-th of a role.
	role := !maps.Equal(codeCounts(segItems, false), codeCounts(tgtItems, false))
	if role && !maps.Equal(codeCounts(segItems, true), codeCounts(tgtItems, true)) {
		return "", false
	}
	bySeg := map[string][]codeItem{}
	for _, it := range segItems {
		if it.code {
			bySeg[it.keyOf(role)] = append(bySeg[it.keyOf(role)], it)
		}
	}
	used := map[string]int{}
	var b strings.Builder
	for _, it := range tgtItems {
		if !it.code {
			b.WriteString(xliff.EscapeText(it.text))
			continue
		}
		k := it.keyOf(role)
		b.WriteString(xliff.Serialize(bySeg[k][used[k]].toks))
		used[k]++
	}
	out := b.String()
	// The segment's elements in the translation's order must still pair
	// (a bpt before its ept) and read as the match's text.
	if text, _, err := xliff.Parse(out); err != nil || textForm(text) != textForm(m.Target) {
		return "", false
	}
	return out, true
}
