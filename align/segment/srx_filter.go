package segment

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
)

// This file derives, from a rule's beforebreak or afterbreak pattern, a
// cheap necessary condition for it to match: the runes that can stand at
// each of the first (or last) few places of a match. The fast SRX engine
// (srx_match.go) runs a rule's regular expressions at a position only when
// the runes around it pass this test, so the test must never reject a
// position where the pattern matches: every set below is a superset.

// edgeDepth is how many runes from a match's edge the filter knows: enough
// to tell "Jan. " from "Feb. " and "U.S. " from ". ", while a failing test
// costs one or two comparisons.
const edgeDepth = 6

// maxFoldSet bounds the case-insensitive sets the filter builds rune by
// rune; a larger class (\p{L}) is left unconstrained.
const maxFoldSet = 4096

// runeSet is a set of runes: a bitmap for ASCII and sorted, merged ranges
// for the rest. A nil *runeSet means every rune.
type runeSet struct {
	ascii  [2]uint64
	ranges []rune // lo, hi pairs above ASCII, sorted and disjoint
}

func (s *runeSet) has(r rune) bool {
	if s == nil {
		return true
	}
	if r < 128 {
		return s.ascii[r>>6]&(1<<(r&63)) != 0
	}
	return s.hasWide(r)
}

func (s *runeSet) hasWide(r rune) bool {
	rs := s.ranges
	i, _ := slices.BinarySearch(rs, r) // first index with rs[i] >= r
	if i < len(rs) && rs[i] == r {
		return true
	}
	return i%2 == 1 // r falls between a lo and its hi
}

// newRuneSet builds a set from lo, hi pairs in any order.
func newRuneSet(pairs []rune) *runeSet {
	s := &runeSet{}
	type rng struct{ lo, hi rune }
	var rs []rng
	for i := 0; i+1 < len(pairs); i += 2 {
		lo, hi := pairs[i], pairs[i+1]
		for ; lo <= hi && lo < 128; lo++ {
			s.ascii[lo>>6] |= 1 << (lo & 63)
		}
		if lo <= hi {
			rs = append(rs, rng{lo, hi})
		}
	}
	slices.SortFunc(rs, func(a, b rng) int { return int(a.lo - b.lo) })
	for _, r := range rs {
		if n := len(s.ranges); n > 0 && r.lo <= s.ranges[n-1]+1 {
			s.ranges[n-1] = max(s.ranges[n-1], r.hi)
			continue
		}
		s.ranges = append(s.ranges, r.lo, r.hi)
	}
	return s
}

// pairs returns the set as lo, hi pairs.
func (s *runeSet) pairs() []rune {
	var out []rune
	for r := rune(0); r < 128; r++ {
		if s.has(r) {
			if n := len(out); n > 0 && out[n-1] == r-1 {
				out[n-1] = r
			} else {
				out = append(out, r, r)
			}
		}
	}
	return append(out, s.ranges...)
}

func (s *runeSet) size() int {
	n := 0
	for r := rune(0); r < 128; r++ {
		if s.has(r) {
			n++
		}
	}
	for i := 0; i < len(s.ranges); i += 2 {
		n += int(s.ranges[i+1]-s.ranges[i]) + 1
	}
	return n
}

func union(a, b *runeSet) *runeSet {
	if a == nil || b == nil {
		return nil
	}
	if a == b {
		return a
	}
	return newRuneSet(append(a.pairs(), b.pairs()...))
}

// lowerClosed returns s with the lower case of each of its runes added, or
// nil (every rune) when s is too large to enumerate. A case-insensitive
// regexp2 pattern matches r only if unicode.ToLower(r) is in it (the
// pattern's runes are lower-cased too, and a negated class holds the
// lower-case form of what it does not exclude).
func lowerClosed(s *runeSet) *runeSet {
	if s == nil || s.size() > maxFoldSet {
		return nil
	}
	p := s.pairs()
	out := slices.Clone(p)
	for i := 0; i < len(p); i += 2 {
		for r := p[i]; r <= p[i+1]; r++ {
			l := unicode.ToLower(r)
			out = append(out, l, l)
		}
	}
	return newRuneSet(out)
}

var emptySet = &runeSet{}

// edges is what the filter knows about a pattern: the bounds of a match's
// length in runes (max < 0: unbounded), the runes that can stand at each of
// its first and last edgeDepth places (first[j] holds rune j of every match
// longer than j; last[j] rune j from the end), and every rune a match can
// hold. A nil set allows every rune.
type edges struct {
	min, max    int
	first, last [edgeDepth]*runeSet
	chars       *runeSet
}

func emptyEdges() edges {
	e := edges{chars: emptySet}
	for j := range edgeDepth {
		e.first[j], e.last[j] = emptySet, emptySet
	}
	return e
}

func anyEdges(min, max int) edges { return edges{min: min, max: max} }

func addLen(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	return a + b
}

// longer reports whether a match of length bounds [_, max] can be longer
// than j runes.
func longer(max, j int) bool { return max < 0 || max > j }

// edgesOf computes the edges of a parsed pattern.
func edgesOf(re *syntax.Regexp) edges {
	switch re.Op {
	case syntax.OpNoMatch:
		return emptyEdges()
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return emptyEdges()
	case syntax.OpLiteral:
		e := emptyEdges()
		n := len(re.Rune)
		e.min, e.max = n, n
		// The parser writes [Aa] as a case-folded literal A.
		fold := re.Flags&syntax.FoldCase != 0
		one := func(r rune) []rune {
			out := []rune{r, r}
			for f := unicode.SimpleFold(r); fold && f != r; f = unicode.SimpleFold(f) {
				out = append(out, f, f)
			}
			return out
		}
		var all []rune
		for j, r := range re.Rune {
			if j < edgeDepth {
				e.first[j] = newRuneSet(one(r))
				e.last[j] = newRuneSet(one(re.Rune[n-1-j]))
			}
			all = append(all, one(r)...)
		}
		e.chars = newRuneSet(all)
		return e
	case syntax.OpCharClass:
		e := emptyEdges()
		e.min, e.max = 1, 1
		s := newRuneSet(re.Rune)
		e.first[0], e.last[0], e.chars = s, s, s
		return e
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return anyEdges(1, 1)
	case syntax.OpCapture:
		return edgesOf(re.Sub[0])
	case syntax.OpConcat:
		e := emptyEdges()
		for _, sub := range re.Sub {
			e = concatEdges(e, edgesOf(sub))
		}
		return e
	case syntax.OpAlternate:
		e := edgesOf(re.Sub[0])
		for _, sub := range re.Sub[1:] {
			f := edgesOf(sub)
			e.min = min(e.min, f.min)
			if e.max >= 0 && f.max >= 0 {
				e.max = max(e.max, f.max)
			} else {
				e.max = -1
			}
			for j := range edgeDepth {
				e.first[j] = union(e.first[j], f.first[j])
				e.last[j] = union(e.last[j], f.last[j])
			}
			e.chars = union(e.chars, f.chars)
		}
		return e
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		lo, hi := 0, -1
		switch re.Op {
		case syntax.OpPlus:
			lo = 1
		case syntax.OpQuest:
			hi = 1
		case syntax.OpRepeat:
			lo, hi = re.Min, re.Max
		}
		return repeatEdges(edgesOf(re.Sub[0]), lo, hi)
	}
	return anyEdges(0, -1)
}

// concatEdges returns the edges of x followed by y.
func concatEdges(x, y edges) edges {
	e := edges{min: x.min + y.min, max: addLen(x.max, y.max), chars: union(x.chars, y.chars)}
	for j := range edgeDepth {
		e.first[j] = concatPlace(j, x, &x.first, &y.first)
		e.last[j] = concatPlace(j, y, &y.last, &x.last)
	}
	return e
}

// concatPlace is the set of place j from one end of a concatenation: near
// is the part at that end, nearSets and farSets the two parts' sets counted
// from it (the firsts of x and y from the start, the lasts of y and x from
// the end). The place is in near if near is longer than j, else it is
// place j-l of the far part, where l (near's length) is at most j.
func concatPlace(j int, near edges, nearSets, farSets *[edgeDepth]*runeSet) *runeSet {
	f := emptySet
	if longer(near.max, j) {
		f = nearSets[j]
	}
	for l := near.min; l <= j && (near.max < 0 || l <= near.max); l++ {
		f = union(f, farSets[j-l])
	}
	return f
}

// repeatEdges returns the edges of x repeated lo to hi times (hi < 0:
// unbounded).
func repeatEdges(x edges, lo, hi int) edges {
	if hi == 0 {
		return emptyEdges()
	}
	e := edges{min: lo * x.min, max: -1, chars: x.chars}
	if hi > 0 && x.max >= 0 {
		e.max = hi * x.max
	}
	// The first rune is the first of some repetition; deeper places are
	// known when x has a fixed length, else only as "some rune of x".
	fixed := x.min == x.max && x.min > 0
	for j := range edgeDepth {
		switch {
		case j == 0:
			e.first[j], e.last[j] = x.first[0], x.last[0]
		case fixed:
			e.first[j], e.last[j] = x.first[j%x.min], x.last[j%x.min]
		default:
			e.first[j], e.last[j] = x.chars, x.chars
		}
	}
	return e
}

// edgeFilter is the test derived from one pattern: the rune sets, nearest
// the break first, that every match must fill (only places that every match
// covers, so at most its minimum length), and whether they are compared
// case-insensitively.
type edgeFilter struct {
	sets []*runeSet
	fold bool
	// The runes a match can start with and those it can hold (nil: any),
	// and whether it can be empty; read only if known.
	start, chars *runeSet
	nullable     bool
	known        bool
}

func (f *edgeFilter) ok(j int, r rune) bool {
	return f.ok2(f.sets[j], r)
}

// ok2 tests r against one of the filter's sets.
func (f *edgeFilter) ok2(s *runeSet, r rune) bool {
	if f.fold {
		r = unicode.ToLower(r)
	}
	return s.has(r)
}

// newEdgeFilter derives the filter of a (translated) regexp2 pattern; fromEnd
// selects the runes before the break (beforebreak) rather than after it. A
// pattern that Go cannot read even in its widened form gets an empty
// filter, which passes everything.
func newEdgeFilter(pat string, fromEnd bool) edgeFilter {
	wide, fold, ok := widenForRE2(pat)
	if !ok {
		return edgeFilter{}
	}
	re, err := syntax.Parse(wide, syntax.Perl)
	if err != nil {
		return edgeFilter{}
	}
	e := edgesOf(re)
	n := min(e.min, edgeDepth)
	f := edgeFilter{fold: fold, start: e.first[0], chars: e.chars, nullable: e.min == 0, known: true}
	if fold {
		f.start, f.chars = lowerClosed(f.start), lowerClosed(f.chars)
	}
	for j := range n {
		s := e.first[j]
		if fromEnd {
			s = e.last[j]
		}
		if fold {
			s = lowerClosed(s)
		}
		f.sets = append(f.sets, s)
	}
	// Trailing unconstrained places test nothing.
	for len(f.sets) > 0 && f.sets[len(f.sets)-1] == nil {
		f.sets = f.sets[:len(f.sets)-1]
	}
	return f
}

// The regexp2 (.NET) meanings of the Perl classes, written for Go: exact
// for \w (regexp2's IsWordChar), \d and \s (unicode.IsSpace).
const (
	wordClassRE2  = `\p{L}\p{Mn}\p{Nd}\p{Pc}\x{200C}\x{200D}`
	digitClassRE2 = `\p{Nd}`
	spaceClassRE2 = `\t-\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}`
	allRunesRE2   = `\x{0}-\x{10FFFF}`
)

// widenForRE2 rewrites a translated regexp2 pattern into Go syntax that
// matches at least what it matches: lookaround groups and \G, \Z are
// dropped (zero-width, so dropping them only allows more), .NET class
// subtraction keeps only the outer class, atomic groups become plain ones,
// \w \d \s get their Unicode meaning and \W \S \D (inside a class) every
// rune. The case-insensitive flag is dropped and reported as fold: the
// filter then compares lower-cased runes against lower-case-closed sets.
// ok is false for what it cannot widen safely (backreferences, a
// negated class holding \W, the x flag).
func widenForRE2(p string) (out string, fold, ok bool) {
	w := widener{p: p}
	for i := 0; i < len(p); {
		switch c := p[i]; {
		case c == '\\' && i+1 < len(p):
			i = w.escape(i)
		case c == '[':
			i = w.openClass(i)
		case c == ']' && w.inClass():
			w.classes = w.classes[:len(w.classes)-1]
			i = w.copyByte(i)
		case c == '(' && !w.inClass() && strings.HasPrefix(p[i:], "(?"):
			i = w.group(i)
		default:
			i = w.copyByte(i)
		}
		if i < 0 {
			return "", false, false
		}
	}
	return w.b.String(), w.fold, true
}

// widener is widenForRE2's state. Each step reads the pattern at p[i],
// writes its widened form and returns where the pattern goes on, or -1
// for what cannot be widened safely.
type widener struct {
	p       string
	b       strings.Builder
	classes []bool // the open character classes, outermost first: negated
	fold    bool   // the pattern sets the case-insensitive flag
}

func (w *widener) inClass() bool { return len(w.classes) > 0 }

// negated reports whether an open class is negated.
func (w *widener) negated() bool {
	for _, neg := range w.classes {
		if neg {
			return true
		}
	}
	return false
}

// copyByte copies p[i] as it is.
func (w *widener) copyByte(i int) int {
	w.b.WriteByte(w.p[i])
	return i + 1
}

// escape widens the escape p[i:i+2] (\u with its four hex digits): \w \d
// \s get their Unicode meaning, \W \D \S outside a class too and inside a
// (not negated) class every rune, \G and \Z are dropped; backreferences,
// \k, \c and \e cannot be widened.
func (w *widener) escape(i int) int {
	p, n := w.p, w.p[i+1]
	switch {
	case n == 'w' || n == 'd' || n == 's':
		if w.inClass() {
			w.b.WriteString(perlClassRE2(n))
		} else {
			w.b.WriteString("[" + perlClassRE2(n) + "]")
		}
	case n == 'W' || n == 'D' || n == 'S':
		switch {
		case !w.inClass():
			w.b.WriteString("[^" + perlClassRE2(n) + "]")
		case w.negated():
			return -1
		default:
			w.b.WriteString(allRunesRE2)
		}
	case n == 'G' || n == 'Z':
		// zero-width: dropping allows more
	case n == 'u' && i+6 <= len(p) && isHex(p[i+2:i+6]):
		w.b.WriteString(`\x{` + p[i+2:i+6] + `}`)
		return i + 6
	case n >= '0' && n <= '9', n == 'k', n == 'c', n == 'e':
		return -1
	default:
		w.b.WriteString(p[i : i+2])
	}
	return i + 2
}

// perlClassRE2 is the Go class body (without brackets) of \w, \d or \s,
// in either case: the letter's positive meaning.
func perlClassRE2(n byte) string {
	switch n {
	case 'w', 'W':
		return wordClassRE2
	case 'd', 'D':
		return digitClassRE2
	}
	return spaceClassRE2
}

// openClass widens a "[": it opens a class (a "]" first in it is a
// literal), or inside a class is .NET subtraction [A-[B]], which keeps A
// and skips [B]; any other nested class cannot be widened.
func (w *widener) openClass(i int) int {
	p := w.p
	if w.inClass() {
		if i > 0 && p[i-1] == '-' && (i < 2 || p[i-2] != '\\') {
			s := w.b.String()
			w.b.Reset()
			w.b.WriteString(s[:len(s)-1])
			return skipClass(p, i)
		}
		return -1
	}
	neg := i+1 < len(p) && p[i+1] == '^'
	w.classes = append(w.classes, neg)
	j := i + 1
	if neg {
		j++
	}
	if j < len(p) && p[j] == ']' {
		w.b.WriteString(p[i:j] + `\]`)
		return j + 1
	}
	return w.copyByte(i)
}

// group widens a "(?" group opening: a lookaround group is dropped whole,
// an atomic group becomes a plain one, a non-capturing or named group
// stays, and the rest are flag groups (flagGroup).
func (w *widener) group(i int) int {
	rest := w.p[i+2:]
	switch {
	case strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, "!") ||
		strings.HasPrefix(rest, "<=") || strings.HasPrefix(rest, "<!"):
		return skipGroup(w.p, i)
	case strings.HasPrefix(rest, ">"):
		w.b.WriteString("(?:")
		return i + 3
	case strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "<") || strings.HasPrefix(rest, "P<"):
		return w.copyByte(i)
	}
	return w.flagGroup(i)
}

// flagGroup widens (?flags) or (?flags:: i is dropped and sets fold, n is
// dropped, m, s and - stay; any other flag (x) cannot be widened.
func (w *widener) flagGroup(i int) int {
	rest := w.p[i+2:]
	j := 0
	for j < len(rest) && (rest[j] >= 'a' && rest[j] <= 'z' || rest[j] == '-') {
		j++
	}
	if j == len(rest) || (rest[j] != ')' && rest[j] != ':') {
		return -1
	}
	var keep strings.Builder
	for _, f := range rest[:j] {
		switch f {
		case 'i':
			w.fold = true
		case 'm', 's', '-':
			keep.WriteRune(f)
		case 'n':
		default:
			return -1
		}
	}
	flags := strings.TrimSuffix(keep.String(), "-")
	if rest[j] == ')' {
		if flags != "" {
			w.b.WriteString("(?" + flags + ")")
		}
	} else {
		w.b.WriteString("(?" + flags + ":")
	}
	return i + 2 + j + 1
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// skipClass returns the index after the character class opening at p[i],
// or -1 if it does not close.
func skipClass(p string, i int) int {
	depth := 0
	for ; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// skipGroup returns the index after the group opening at p[i], or -1 if it
// does not close.
func skipGroup(p string, i int) int {
	depth := 0
	for ; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '[':
			j := skipClass(p, i)
			if j < 0 {
				return -1
			}
			i = j - 1
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}
