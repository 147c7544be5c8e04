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
// byte-order mark), one Replacement for each mention of a spelling that the
// Discoverer (for g's language) clusters with another, more frequent
// spelling of the same name, when the glossary has neither: Form is the
// rarer spelling as written, Replacement the more frequent in its case
// style, Canonical the more frequent, and OtherLine/OtherCol the first
// place the more frequent one is written. They are found as a Unified
// Rewrite finds what it rewrites, so that a check reports what --unify
// changes (a name broken over two lines too), and come in text order.
func (g *Glossary) inconsistencies(text string) ([]Replacement, error) {
	u, other := g.unifiedFor(text)
	if u == nil {
		return nil, nil
	}
	var out []Replacement
	err := u.rewrite(nil, strings.NewReader(text), placeOther(u, other, func(r Replacement) error {
		if r.Rule == RuleInconsistent {
			out = append(out, r)
		}
		return nil
	}), false)
	return out, err
}

// placeOther returns report with each inconsistent spelling's OtherLine
// and OtherCol set to where the text first writes its canonical: other[i]
// for the i-th entry unifiedFor added to u.
func placeOther(u *Glossary, other [][2]int, report func(Replacement) error) func(Replacement) error {
	return func(r Replacement) error {
		if r.Rule == RuleInconsistent {
			o := other[r.Entry-u.discovered]
			r.OtherLine, r.OtherCol = o[0], o[1]
		}
		return report(r)
	}
}

// unifiedFor returns g with an entry added for each name text spells two
// ways when g knows neither spelling (the more frequent spelling canonical,
// the rarer ones variants), and, for each added entry in order, the line
// and column where text first writes its canonical; nil if there is none.
func (g *Glossary) unifiedFor(text string) (*Glossary, [][2]int) {
	d := NewDiscovererFor(g.lang) // one German noun is no name
	d.noRelated = true            // only spellings are inconsistencies
	d.typos = true                // one text: "Zatov" once among nine "Zotov" is a typo
	d.Add(text)
	var add []Entry
	var other [][2]int
	for _, c := range d.Clusters(SameThreshold) {
		if len(c.Variants) < 2 {
			continue
		}
		if _, known := g.Lookup(c.Canonical); known || shortWord(c.Canonical) {
			continue // the glossary's rewrite reports these
		}
		first := findWord(text, c.Canonical, 0)
		if first < 0 {
			continue
		}
		e := Entry{Canonical: c.Canonical}
		for _, v := range c.spellings() { // no title added or deleted
			if _, known := g.Lookup(v); !known && !shortWord(v) {
				e.Variants = append(e.Variants, v)
			}
		}
		if len(e.Variants) == 0 {
			continue
		}
		line, col := lineCol(text, first)
		add = append(add, e)
		other = append(other, [2]int{line, col})
	}
	add, other = g.addSurnameSlips(d, text, add, other)
	if len(add) == 0 {
		return nil, nil
	}
	u := NewGlossary(append(slices.Clone(g.entries), add...))
	u.noArticles, u.possessiveS, u.lang, u.discovered = g.noArticles, g.possessiveS, g.lang, len(g.entries)
	return u, other
}

// shortWord reports whether form is one word shorter than spellingMinLen:
// like a word that merely folds like a glossary name, it is more likely an
// ordinary word ("Ger", "Eger"; "I've", "IV A") than a spelling.
func shortWord(form string) bool {
	return !strings.ContainsAny(form, " -") && utf8.RuneCountInString(form) < spellingMinLen
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

// PossessiveS returns g writing the possessive of a singular name ending
// in s that it rewrites as Reuters and the Guardian do, "'s" ("Hamas's
// leader", "Khan Younis's mayor"), not as AP does, an apostrophe alone
// ("Hamas' leader"); plural names ("Houthis' drones") take the apostrophe
// alone in both. A name the input writes in house spelling is left as it
// is, possessive and all.
func (g *Glossary) PossessiveS() *Glossary {
	c := *g
	c.possessiveS = true
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
	u, other := g.unifiedFor(text)
	if u == nil {
		c := *g
		c.unify = false
		u = &c
	}
	rep := report
	if report != nil && other != nil {
		rep = placeOther(u, other, report)
	}
	return u.rewrite(dst, strings.NewReader(text), rep, false)
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
