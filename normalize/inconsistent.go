package normalize

import (
	"errors"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// RuleInconsistent is the rule of a check's report of a name spelt two ways
// in one input when the glossary knows neither spelling ("Thabit Mohammad
// Saeed Reza" and "Thabit Mohammad Saeedreza"): the house form is unknown,
// so Rewrite reports it in a check and never rewrites it.
const RuleInconsistent = "inconsistent"

// maxCheckText is the most input a check keeps to look for inconsistent
// spellings; past it, only glossary names are reported.
const maxCheckText = 64 << 20

// inconsistencies returns, for text (a whole input, which may start with a
// byte-order mark), one Replacement for each occurrence of a spelling that
// the Discoverer clusters with another, more frequent spelling of the same
// name, when the glossary has neither: Form is the rarer spelling,
// Replacement and Canonical the more frequent, and OtherLine/OtherCol the
// first place the more frequent one is written. They come in text order.
func (g *Glossary) inconsistencies(text string) []Replacement {
	d := NewDiscoverer()
	d.noRelated = true // only spellings are inconsistencies
	d.Add(text)
	var out []Replacement
	for _, c := range d.Clusters(SameThreshold) {
		if len(c.Variants) < 2 {
			continue
		}
		if _, known := g.Lookup(c.Canonical); known {
			continue // the glossary's rewrite reports these
		}
		first := findWord(text, c.Canonical, 0)
		if first < 0 {
			continue
		}
		ol, oc := lineCol(text, first)
		for _, v := range c.Variants[1:] {
			if _, known := g.Lookup(v.Form); known {
				continue
			}
			for at := findWord(text, v.Form, 0); at >= 0; at = findWord(text, v.Form, at+len(v.Form)) {
				line, col := lineCol(text, at)
				out = append(out, Replacement{
					Mention:     Mention{Start: at, End: at + len(v.Form), Form: v.Form, Canonical: c.Canonical, Entry: -1, Rule: RuleInconsistent},
					Replacement: c.Canonical, Offset: int64(at), Line: line, Col: col, OtherLine: ol, OtherCol: oc,
				})
			}
		}
	}
	sortReplacements(out)
	return out
}

// Unified returns a copy of g whose Rewrite (with a writer) also rewrites
// each name the input spells two ways when g knows neither spelling: the
// rarer spelling becomes the more frequent one, reported under rule
// "inconsistent" — what a check reports under that rule. An editor asks for
// it (normalize --unify), since the house form of such a name is not known.
// Such a Rewrite reads its whole input before writing anything; an input
// longer than 64 MiB is an error ([ErrUnifyTooLong]) and nothing is written.
func (g *Glossary) Unified() *Glossary {
	c := *g
	c.unify = true
	return &c
}

// ErrUnifyTooLong is the error of a [Glossary.Unified] Rewrite of an input
// longer than it keeps (64 MiB).
var ErrUnifyTooLong = errors.New("input too long to unify spellings (over 64 MiB)")

// rewriteUnified is Rewrite for a Unified glossary: the input's
// inconsistent spellings become entries of a glossary made for this input.
func (g *Glossary) rewriteUnified(dst io.Writer, src io.Reader, report func(Replacement) error) error {
	b, err := io.ReadAll(io.LimitReader(src, maxCheckText+1))
	if err != nil {
		return err
	}
	if len(b) > maxCheckText {
		return ErrUnifyTooLong
	}
	text := string(b)
	byCanon := map[string]int{}
	other := map[string][2]int{} // canonical -> where the input first writes it
	entries := slices.Clone(g.entries)
	for _, r := range g.inconsistencies(text) {
		i, ok := byCanon[r.Canonical]
		if !ok {
			i = len(entries)
			byCanon[r.Canonical] = i
			other[r.Canonical] = [2]int{r.OtherLine, r.OtherCol}
			entries = append(entries, Entry{Canonical: r.Canonical})
		}
		if !slices.Contains(entries[i].Variants, r.Form) {
			entries[i].Variants = append(entries[i].Variants, r.Form)
		}
	}
	u := g
	if len(byCanon) > 0 {
		u = NewGlossary(entries)
		u.noArticles, u.discovered = g.noArticles, len(g.entries)
	} else {
		c := *g
		c.unify = false
		u = &c
	}
	rep := report
	if report != nil {
		rep = func(r Replacement) error {
			if r.Rule == RuleInconsistent {
				o := other[r.Canonical]
				r.OtherLine, r.OtherCol = o[0], o[1]
			}
			return report(r)
		}
	}
	return u.Rewrite(dst, strings.NewReader(text), rep)
}

// findWord returns the byte offset of the first occurrence of form in text
// at or after from that is not part of a longer word, or -1.
func findWord(text, form string, from int) int {
	for from <= len(text) {
		i := strings.Index(text[from:], form)
		if i < 0 {
			return -1
		}
		at := from + i
		end := at + len(form)
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (at == 0 || !isWordRune(before)) && (end == len(text) || !isWordRune(after)) {
			return at
		}
		from = at + 1
	}
	return -1
}

// lineCol returns the 1-based line and column (in characters, a leading
// byte-order mark not counted) of byte offset at of text.
func lineCol(text string, at int) (line, col int) {
	head := text[:at]
	line = strings.Count(head, "\n") + 1
	if i := strings.LastIndexByte(head, '\n'); i >= 0 {
		head = head[i+1:]
	} else {
		head = strings.TrimPrefix(head, "\ufeff")
	}
	return line, utf8.RuneCountInString(head) + 1
}

func sortReplacements(rs []Replacement) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Offset < rs[j-1].Offset; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}
