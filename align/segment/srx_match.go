package segment

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/dlclark/regexp2/syntax"
)

// This file is the SRX engine. It gives exactly the breaks of the
// reference search (srxSplitSlow: every rule searched over the whole
// paragraph from every match start), but looks only where a rule can
// apply: at the positions whose neighbouring runes pass some break rule's
// edge filter (srx_filter.go). At such a position the rules are tried in
// order; a rule whose filter passes is run there with anchored regexp2
// matches, and the first that matches decides.

// srxFast holds what the engine needs of one rule, built on first use.
type srxFast struct {
	// after matches afterbreak at a position (\G(?:after)); nil if empty.
	after *regexp2.Regexp
	// before matches beforebreak ending at a position, searched
	// right to left ((?:before)\G); nil if empty.
	before *regexp2.Regexp
	// anchored is the whole rule matched at a start, \G(?:before)(?=after):
	// where its match ends is the break the reference search finds from
	// that start.
	anchored *regexp2.Regexp
	bf, af   edgeFilter
}

// srxLazy builds a rule's srxFast once, when a segmenter first uses the
// rule: a LanguageTool file has 1,347 rules and a language uses about 60.
type srxLazy struct {
	once sync.Once
	fast *srxFast // nil: the rule runs the reference search (see fastPath)
}

// fastPath returns the rule's fast path, or nil when the rule must run the
// reference search: a side that is not a regular expression on its own, a
// backreference, or an anchored form that does not compile.
func (r *srxRule) fastPath() *srxFast {
	r.lazy.once.Do(func() {
		f := &srxFast{
			bf: newEdgeFilter(translateJavaRegex(r.before), true),
			af: newEdgeFilter(translateJavaRegex(r.after), false),
		}
		// Each side must be a regular expression on its own, so that the
		// rule's expression is their concatenation ("[" and "0]" are not:
		// together they make one class).
		for _, side := range []string{r.before, r.after} {
			t := translateJavaRegex(side)
			if _, err := syntax.Parse(t, syntax.RegexOptions(regexp2.None)); err != nil || refersToGroup(t) {
				return
			}
		}
		var err error
		compile := func(pat string, opt regexp2.RegexOptions) *regexp2.Regexp {
			if err != nil {
				return nil
			}
			var re *regexp2.Regexp
			re, err = compileJava(pat, opt)
			return re
		}
		if r.after != "" {
			f.after = compile(`\G(?:`+r.after+`)`, regexp2.None)
		}
		if r.before != "" {
			f.before = compile(`(?:`+r.before+`)\G`, regexp2.RightToLeft)
			f.anchored = compile(`\G`+rulePattern(r.before, r.after), regexp2.None)
		}
		if err == nil {
			r.lazy.fast = f
		}
	})
	return r.lazy.fast
}

// refersToGroup reports whether a pattern holds a backreference or a
// conditional: group numbers differ between a side alone and the whole
// rule, and a backreference read right to left refers to a group not yet
// matched, so such a rule runs only the reference search.
func refersToGroup(p string) bool {
	for i := 0; i < len(p); i++ {
		switch {
		case p[i] == '\\' && i+1 < len(p):
			if n := p[i+1]; n >= '1' && n <= '9' || n == 'k' {
				return true
			}
			i++
		case strings.HasPrefix(p[i:], "(?("):
			return true
		}
	}
	return false
}

// mayMatch reports whether the runes around pos pass the rule's edge
// filters: false means the rule cannot match at pos.
func (f *srxFast) mayMatch(runes []rune, pos int) bool {
	for j := range f.bf.sets {
		k := pos - 1 - j
		if k < 0 || !f.bf.ok(j, runes[k]) {
			return false
		}
	}
	for j := range f.af.sets {
		k := pos + j
		if k >= len(runes) || !f.af.ok(j, runes[k]) {
			return false
		}
	}
	return true
}

// srxPara is the per-paragraph state of the engine, pooled.
type srxPara struct {
	runes []rune
	// slow holds, for a rule that needed it, the positions the reference
	// search decides for that rule; keyed by the rule's index.
	slow  map[int][]bool
	err   error  // the first search that failed (timed out), as an SRXError
	p     []byte // the paragraph
	lower string // the paragraph lower-cased, once needed
}

// srxGate is the first, cheapest test of a position: the runes that can
// stand before it (the last rune of some break rule's beforebreak) or after
// it (the first of the afterbreak, for a break rule whose beforebreak tells
// nothing). A position that fails it cannot break.
type srxGate struct {
	fast       []*srxFast // each rule's fast path (nil: reference search only)
	breaks     []int      // indexes of the break rules
	prev, next bmpSet
	all        bool // some break rule constrains neither rune
}

func (g *srxGate) pass(runes []rune, pos int) bool {
	return g.all || g.prev.has(runes[pos-1]) || g.next.has(runes[pos])
}

// bmpSet is a rune set with a bitmap for the Basic Multilingual Plane
// (8 KB), so that text in any script is tested in constant time.
type bmpSet struct {
	bits [1 << 16 / 64]uint64
	set  *runeSet
}

func newBMPSet(s *runeSet) bmpSet {
	b := bmpSet{set: s}
	p := s.pairs()
	for i := 0; i < len(p); i += 2 {
		for r := p[i]; r <= min(p[i+1], 1<<16-1); r++ {
			b.bits[r>>6] |= 1 << (r & 63)
		}
	}
	return b
}

func (b *bmpSet) has(r rune) bool {
	if r < 1<<16 {
		return b.bits[r>>6]&(1<<(r&63)) != 0
	}
	return b.set.has(r)
}

// newSRXGate builds the gate of a segmenter's rule list, compiling the
// rules' fast paths; a Segmenter builds it once, on first use (srxGate).
func newSRXGate(rules []srxRule) *srxGate {
	g := &srxGate{}
	prev, next := emptySet, emptySet
	for i := range rules {
		f := rules[i].fastPath()
		g.fast = append(g.fast, f)
		if !rules[i].brk {
			continue
		}
		g.breaks = append(g.breaks, i)
		switch {
		case f == nil:
			g.all = true
		case len(f.bf.sets) > 0 && f.bf.sets[0] != nil && !f.bf.fold:
			prev = union(prev, f.bf.sets[0])
		case len(f.af.sets) > 0 && f.af.sets[0] != nil && !f.af.fold:
			next = union(next, f.af.sets[0])
		default:
			g.all = true
		}
	}
	g.prev, g.next = newBMPSet(prev), newBMPSet(next)
	return g
}

var srxParaPool = sync.Pool{New: func() any { return &srxPara{slow: map[int][]bool{}} }}

func (sp *srxPara) load(p []byte) {
	n := utf8.RuneCount(p)
	if cap(sp.runes) < n {
		sp.runes = make([]rune, 0, n)
	}
	sp.runes = sp.runes[:0]
	for off := 0; off < len(p); {
		r, size := utf8.DecodeRune(p[off:])
		sp.runes = append(sp.runes, r)
		off += size
	}
	clear(sp.slow)
	sp.p, sp.lower, sp.err = p, "", nil
}

// srxSplit applies the SRX rules to paragraph p: a break wherever the first
// rule (in order) that matches there is a break rule.
func (s *Segmenter) srxSplit(ps *paraSplitter, p []byte, dst []span) []span {
	sp := srxParaPool.Get().(*srxPara)
	defer func() {
		sp.p = nil // do not keep the caller's buffer
		srxParaPool.Put(sp)
	}()
	sp.load(p)
	rules := s.srx
	gate := s.srxGate()
	ps.reset(p)
	runes := sp.runes
	at, off := 0, 0 // rune at and its byte offset off, for the cuts
	for pos := 1; pos < len(runes); pos++ {
		if gate.pass(runes, pos) && sp.mayBreak(gate, rules, pos) && sp.breakAt(rules, gate.fast, pos) {
			for ; at < pos; at++ {
				_, size := utf8.DecodeRune(p[off:])
				off += size
			}
			ps.cuts = append(ps.cuts, off)
		}
	}
	if sp.err != nil && ps.err == nil {
		ps.err = sp.err
	}
	return ps.spans(dst)
}

// mayBreak reports whether some break rule may match at pos: its edge
// test passes there or, for a rule without a fast path, its reference
// search ends there.
func (sp *srxPara) mayBreak(g *srxGate, rules []srxRule, pos int) bool {
	for _, i := range g.breaks {
		if f := g.fast[i]; f == nil {
			if sp.slowEnds(i, &rules[i])[pos] {
				return true
			}
		} else if f.mayMatch(sp.runes, pos) {
			return true
		}
	}
	return false
}

// breakAt decides position pos: the first rule in order that matches
// there says break or not; no matching rule means no break. fast holds
// the rules' fast paths.
func (sp *srxPara) breakAt(rules []srxRule, fast []*srxFast, pos int) bool {
	for i, f := range fast {
		r := &rules[i]
		if f == nil {
			if sp.slowEnds(i, r)[pos] {
				return r.brk
			}
			continue
		}
		if f.mayMatch(sp.runes, pos) && sp.matchesAt(i, r, f, pos) {
			return r.brk
		}
	}
	return false
}

// matchesAt reports whether the reference search of rule r (index i)
// decides pos: some start from which the rule's preferred match ends at
// pos. The right-to-left search finds one start whose beforebreak ends at
// pos; if the rule's match from there ends at pos, that settles it. If it
// ends elsewhere (another start may still end at pos, as with a
// beforebreak "x\s*" and an afterbreak "\s*y"), the reference search of the
// rule over the paragraph decides, once per paragraph.
//
// Next to a long run of runes that a side can end with (a line of a
// thousand spaces before "\s+"), one search from pos may go over the whole
// run, at every position of it: quadratic. There the rule's reference
// search is run once instead, and its answers are kept for the rest of the
// paragraph.
func (sp *srxPara) matchesAt(i int, r *srxRule, f *srxFast, pos int) bool {
	runes := sp.runes
	if ends, ok := sp.slow[i]; ok {
		return ends[pos]
	}
	if f.bf.longRun(runes, pos, true) || f.af.longRun(runes, pos, false) {
		return sp.slowEnds(i, r)[pos]
	}
	if f.after != nil {
		m, err := f.after.FindRunesMatchStartingAt(runes, pos)
		if r.noteFailure(err, &sp.err); m == nil || err != nil {
			return false
		}
	}
	if f.before == nil {
		return true // (?=after) matches, empty, at every position where after does
	}
	m, err := f.before.FindRunesMatchStartingAt(runes, pos)
	if r.noteFailure(err, &sp.err); m == nil || err != nil {
		return false
	}
	m, err = f.anchored.FindRunesMatchStartingAt(runes, m.Index)
	if r.noteFailure(err, &sp.err); err == nil && m != nil && m.Index+m.Length == pos {
		return true
	}
	if found, ok := f.anyStartEndsAt(runes, pos, func(err error) { r.noteFailure(err, &sp.err) }); ok {
		return found
	}
	return sp.slowEnds(i, r)[pos]
}

// maxLocalScan bounds how far from a position the engine lets a rule's
// search go (matchesAt, longRun) and how far left anyStartEndsAt looks for
// the starts of a beforebreak match: far enough for any abbreviation, word
// or run of punctuation and spaces, short enough that a pathological line
// (a megabyte of letters or spaces) falls back to one reference search.
const maxLocalScan = 256

// longRun reports whether more than maxLocalScan runes that can stand at
// the filter's nearest place (the last rune of a beforebreak, the first of
// an afterbreak) stand next to pos: before it (leftwards) or from it. A
// search from pos may go over all of them ("\s+" over a line of spaces).
// In prose the first rune or two settle it.
func (f *edgeFilter) longRun(runes []rune, pos int, leftwards bool) bool {
	if len(f.sets) == 0 {
		return false
	}
	step, i := 1, pos
	if leftwards {
		step, i = -1, pos-1
	}
	for n := 0; n <= maxLocalScan; n++ {
		if i < 0 || i >= len(runes) || !f.ok(0, runes[i]) {
			return false
		}
		i += step
	}
	return true
}

// anyStartEndsAt reports whether the rule's preferred match from some
// start ends at pos, trying every start the beforebreak's filter allows:
// leftwards from pos over runes a match can hold, each rune a match can
// start with. ok is false when that cannot be told within maxLocalScan
// runes (or the pattern could not be read).
func (f *srxFast) anyStartEndsAt(runes []rune, pos int, fail func(error)) (found, ok bool) {
	bf := &f.bf
	if !bf.known || bf.chars == nil {
		return false, false
	}
	try := func(i int) bool {
		m, err := f.anchored.FindRunesMatchStartingAt(runes, i)
		fail(err)
		return err == nil && m != nil && m.Index+m.Length == pos
	}
	if bf.nullable && try(pos) {
		return true, true
	}
	for i := pos - 1; i >= 0 && bf.ok2(bf.chars, runes[i]); i-- {
		if pos-i > maxLocalScan {
			return false, false
		}
		if bf.ok2(bf.start, runes[i]) && try(i) {
			return true, true
		}
	}
	return false, true
}

// slowEnds returns, for rule r (index i), the positions its reference
// search decides in the paragraph, computing them on first use.
func (sp *srxPara) slowEnds(i int, r *srxRule) []bool {
	if ends, ok := sp.slow[i]; ok {
		return ends
	}
	ends := make([]bool, len(sp.runes)+1)
	if r.mayOccurIn(string(sp.p), &sp.lower) {
		for pos := range r.ruleEnds(sp.runes, &sp.err) {
			ends[pos] = true
		}
	}
	sp.slow[i] = ends
	return ends
}
