package segment

import (
	"bytes"
	"slices"
	"unicode/utf8"
)

// List detection. A list marker is a short token at the start of a line or
// after a space: "1." "2.)" "3)" "a." "b)" "(c)" "(iv)" "ii)", possibly after
// a bullet. Inline markers make a list only when at least two of the same
// kind count up by one ("1. The first item 2. The second item"); then each
// starts a sentence and its period ends none. A marker at the start of a line
// is taken on its own.

type markerKind uint8

const (
	mkNumDot      markerKind = iota // 1.
	mkNumDotParen                   // 1.)
	mkNumParen                      // 1)
	mkParenNum                      // (1)
	mkLetDot                        // a.
	mkLetDotParen                   // a.)
	mkLetParen                      // a)
	mkParenLet                      // (a)
	mkRomanParen                    // iv)
	mkParenRoman                    // (iv)
	mkUpperDot                      // A.  (only at line starts: initials otherwise)
	mkUpperParen                    // A)
	mkParenUpper                    // (A)
	mkKinds
)

type marker struct {
	start int // where the item starts (its bullet, if any)
	dot   int // the period inside the marker, or -1
	kind  markerKind
	val   int
	line  bool // at the start of a line or of the paragraph
	// weak: "1. Erster Punkt" in a language with ordinals, where "der
	// 2. Weltkrieg" reads the same; an item only in a run counting up
	// from 1 at the start of a line or after a colon or a stop.
	weak    bool
	chained bool // weak, and in such a run so far
}

// listTrigger marks the bytes findLists stops at: the ends of markers (. and
// ")"), line feeds (line-start bullets), and the lead bytes of bullets.
var listTrigger = func() (t [256]bool) {
	for _, c := range []byte{'.', ')', '\n', 0xC2, 0xE2} {
		t[c] = true
	}
	return t
}()

// maxMarker is the longest marker findLists considers, "(viii)" or "10.)".
const maxMarker = 7

// maxMarkerBody is the most letters or digits in a marker: "xxxix", the
// largest roman numeral that roman reads. maxListDigits is the most digits
// in a list number: items run to 99, and "2020." is a year.
const (
	maxMarkerBody = 5
	maxListDigits = 2
)

// findLists records list-marker periods in ps.listDot and the starts of
// list items in ps.cuts. It visits only the bytes in listTrigger.
func (ps *paraSplitter) findLists() {
	ms := ps.scanMarkers(ps.markers[:0])
	if len(ms) > 0 {
		ps.keepListItems(ms, ps.inlineRuns(ms))
	}
	ps.markers = ms[:0]
}

// scanMarkers appends to ms the list markers of the paragraph, and cuts
// before its bullets. It visits only the bytes in listTrigger.
func (ps *paraSplitter) scanMarkers(ms []marker) []marker {
	p := ps.p
	for q := 0; q < len(p); q++ {
		c := p[q]
		if !listTrigger[c] && q > 0 {
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := decode(p, q)
			if isBullet(r) && inlineBullet(r) && (q == 0 || isSpaceBefore(p, q)) {
				ps.cutBullet(q, size)
			}
			q += size - 1
			continue
		}
		if c == '\n' || q == 0 {
			ps.lineStartBullet(q)
		}
		if c == '.' || c == ')' {
			ms, q = ps.markerEndingAt(ms, q)
		}
	}
	return ms
}

// cutBullet cuts before the bullet of size bytes at at when a space or a
// marker follows it: it starts an item.
func (ps *paraSplitter) cutBullet(at, size int) {
	if n, _ := decode(ps.p, at+size); at > 0 && (isSpace(n) || isDigit(n)) {
		ps.cuts = append(ps.cuts, at)
	}
}

// lineStartBullet cuts before a bullet, dash or asterisk that starts the
// line at q (the paragraph's start, or a line feed).
func (ps *paraSplitter) lineStartBullet(q int) {
	p := ps.p
	m := q
	if p[q] == '\n' {
		m++
	}
	for m < len(p) && (p[m] == ' ' || p[m] == '\t') {
		m++
	}
	if r, size := decode(p, m); isBullet(r) && !inlineBullet(r) {
		ps.cutBullet(m, size)
	}
}

// markerEndingAt reads the list marker that may end at the "." or ")" at
// q, when a space follows: it finds the marker's start (after a bullet it
// is glued to) and appends its readings to ms. It returns ms and the last
// byte read.
func (ps *paraSplitter) markerEndingAt(ms []marker, q int) ([]marker, int) {
	p, c := ps.p, ps.p[q]
	e := q + 1
	if c == '.' && e < len(p) && p[e] == ')' {
		e++
	}
	if e >= len(p) || p[e] != ' ' && p[e] != '\t' {
		return ms, q
	}
	s := q
	for s > 0 && q-s < maxMarker && !isSpaceByte(p[s-1]) && p[s-1] < utf8.RuneSelf {
		s--
	}
	if s == q && c == ')' {
		// "а) суп", "β) φόροι": a Cyrillic or Greek letter.
		if r, size := decodeLast(p, q); alphabetIndex(r) > 0 && (q == size || isSpaceByte(p[q-size-1])) {
			return ps.addMarker(ms, q-size, []marker{{dot: -1, kind: mkLetParen, val: alphabetIndex(r)}}), e - 1
		}
	}
	if s > 0 && !isSpaceByte(p[s-1]) {
		// Glued to a bullet ("⁃9.") or part of a longer word.
		r, size := decodeLast(p, s)
		if !isBullet(r) {
			return ms, q
		}
		s -= size
	}
	found, ok := ps.parseMarker(skipBullet(p, s))
	if !ok {
		return ms, q
	}
	return ps.addMarker(ms, s, found), e - 1
}

// inlineRuns finds the inline lists: runs of markers of the same kind
// counting up by one. It reports which markers are in one, and marks the
// weak markers chained in such a run.
func (ps *paraSplitter) inlineRuns(ms []marker) []bool {
	var last [mkKinds]int
	for k := range last {
		last[k] = -1
	}
	inList := ps.inList[:0]
	for range ms {
		inList = append(inList, false)
	}
	ps.inList = inList
	for idx, m := range ms {
		prev := last[m.kind]
		follows := prev >= 0 && ms[prev].val+1 == m.val && (!ms[prev].weak || ms[prev].chained)
		if m.weak {
			ms[idx].chained = follows || m.val == 1 && ps.listOpening(m.start)
		}
		if follows && (!m.weak || ms[idx].chained) {
			inList[prev], inList[idx] = true, true
		}
		last[m.kind] = idx
	}
	return inList
}

// keepListItems records the markers that are items (in an inline list, or
// at a line start and not weak): their periods in ps.listDot, their starts
// in ps.cuts.
func (ps *paraSplitter) keepListItems(ms []marker, inList []bool) {
	for idx, m := range ms {
		if !inList[idx] && (!m.line || m.weak) {
			continue
		}
		if m.kind == mkUpperDot && !m.line {
			continue
		}
		if m.dot >= 0 {
			ps.listDot = append(ps.listDot, m.dot)
		}
		if m.start > 0 && (inList[idx] || m.line) {
			ps.cuts = append(ps.cuts, m.start)
		}
	}
}

// addMarker appends the readings found of the marker at s to ms. The item
// starts at its bullet, if any, and is at a line start when only blanks
// stand before it on its line, or when a bullet that opens items inline
// (inlineBullet: "• 1.") stands before it. A dash in mid-line ("Kogi -
// 5.", "Arsenal – 2.") opens none: it is read as if it were not there.
func (ps *paraSplitter) addMarker(ms []marker, s int, found []marker) []marker {
	p := ps.p
	start, inline := s, false
	if b := bulletBefore(p, s); b >= 0 {
		r, _ := decode(p, b)
		start, inline = b, inlineBullet(r)
		if !inline && !lineStart(p, b) {
			start = s
		}
	}
	line := true
	for k := start - 1; k >= 0 && p[k] != '\n'; k-- {
		if p[k] != ' ' && p[k] != '\t' {
			line = false
			break
		}
	}
	for _, m := range found {
		m.start = start
		m.line = line || inline
		ms = append(ms, m)
	}
	return ms
}

// listAlphabets are the letters that count list items in Cyrillic (without
// ё, й and the signs) and Greek.
var listAlphabets = [...][]rune{[]rune("абвгдежзиклмнопрстуфхцчшщэюя"), []rune("αβγδεζηθικλμνξοπρστυφχψω")}

// alphabetIndex returns the place of r in a Cyrillic or Greek list
// alphabet, from 1, or 0.
func alphabetIndex(r rune) int {
	if r < 0x370 {
		return 0
	}
	for _, a := range listAlphabets {
		if i := slices.Index(a, r); i >= 0 {
			return i + 1
		}
	}
	return 0
}

// parseMarker parses a list marker at i followed by a space. A token may
// read two ways ("(i)" is a letter and a roman numeral); both are returned.
func (ps *paraSplitter) parseMarker(i int) ([]marker, bool) {
	t, ok := readMarkerToken(ps.p, i)
	if !ok {
		return nil, false
	}
	var out []marker
	if allDigits(t.body) {
		out = ps.numberMarker(t)
	} else {
		out = letterMarkers(t)
	}
	return out, len(out) > 0
}

// markerToken is the shape of a list marker: "(" body ")" or body "."
// and/or ")", body letters or digits.
type markerToken struct {
	at         int // where it starts
	body       []byte
	paren      bool // it opens with "("
	dot        int  // the period after the body, or -1
	closeParen bool // it ends with ")"
	next       int  // the space after it
}

// readMarkerToken reads the marker token at i, which must be followed by a
// space.
func readMarkerToken(p []byte, i int) (markerToken, bool) {
	t := markerToken{at: i, dot: -1, paren: i < len(p) && p[i] == '('}
	j := i
	if t.paren {
		j++
	}
	s := j
	for j < len(p) && j-s < maxMarkerBody && ('0' <= p[j] && p[j] <= '9' || 'a' <= p[j] && p[j] <= 'z' || 'A' <= p[j] && p[j] <= 'Z') {
		j++
	}
	t.body = p[s:j]
	if len(t.body) == 0 {
		return t, false
	}
	if j < len(p) && p[j] == '.' && !t.paren {
		t.dot = j
		j++
	}
	if j < len(p) && p[j] == ')' {
		t.closeParen = true
		j++
	}
	if t.paren && !t.closeParen || t.dot < 0 && !t.closeParen {
		return t, false
	}
	// The marker must be followed by a space and some text.
	if j >= len(p) || (p[j] != ' ' && p[j] != '\t') {
		return t, false
	}
	t.next = j
	return t, true
}

// numberMarker returns the reading of a numbered marker ("1." "(2)"
// "3)"), none for a number too long or a man page section.
func (ps *paraSplitter) numberMarker(t markerToken) []marker {
	if len(t.body) > maxListDigits {
		return nil
	}
	v := 0
	for _, c := range t.body {
		v = v*10 + int(c-'0')
	}
	one := func(k markerKind) []marker { return []marker{{dot: t.dot, kind: k, val: v}} }
	switch {
	case t.paren && manSection(ps.p, t.at, v):
		// "see stat\n(1) and readlink(1).": no item.
		return nil
	case t.paren:
		return one(mkParenNum)
	case t.dot >= 0 && t.closeParen:
		return one(mkNumDotParen)
	case t.dot >= 0:
		return ps.numberDotMarker(t, v)
	}
	return one(mkNumParen)
}

// numberDotMarker returns the reading of "1." followed by its item, if it
// is one: an inline numbered item needs a capital after it ("1. above" is
// none); "am 23. Mai" is a date, and in languages with ordinals "der 2.
// Weltkrieg" is one: there the item must start with a sentence starter
// ("1. Die erste ...") or is a weak marker.
func (ps *paraSplitter) numberDotMarker(t markerToken, v int) []marker {
	p, i := ps.p, t.at
	f, fpos := ps.firstLetter(t.next)
	next := ps.lowerKey(ps.nextWord(fpos))
	// At the start of a line ("σημεία:\n1. μισθοί·") a
	// lower-case item is a list item too, except where a
	// wrapped line may begin with an ordinal.
	lower := isLower(f) && (ps.d.ordinals || !lineStart(p, i))
	// Lines numbered one after another are a list in any
	// language: "vor:\n1. höhere Löhne,\n2. niedrigere ...".
	run := lineStart(p, i) && numberedNeighbour(p, i, v)
	switch {
	case run || !lower && !ps.d.months[string(next)] && (!ps.d.ordinals || ps.d.starters[string(next)]):
		return []marker{{dot: t.dot, kind: mkNumDot, val: v}}
	case ps.d.ordinals && isUpper(f) && !ps.d.months[string(next)]:
		return []marker{{dot: t.dot, kind: mkNumDot, val: v, weak: true}}
	}
	return nil
}

// letterMarkers returns the readings of a marker of letters: a roman
// numeral ("(iv)" "ii)"), a letter ("a." "(b)" "c)" "A." "(B)"), or both
// ("(i)").
func letterMarkers(t markerToken) []marker {
	var out []marker
	add := func(k markerKind, v int) { out = append(out, marker{dot: t.dot, kind: k, val: v}) }
	if v := roman(t.body); v > 0 {
		switch {
		case t.paren:
			add(mkParenRoman, v)
		case t.closeParen && t.dot < 0:
			add(mkRomanParen, v)
		}
	}
	if len(t.body) != 1 {
		return out
	}
	switch c := t.body[0]; {
	case 'a' <= c && c <= 'z':
		v := int(c-'a') + 1
		switch {
		case t.paren:
			add(mkParenLet, v)
		case t.dot >= 0 && t.closeParen:
			add(mkLetDotParen, v)
		case t.dot >= 0:
			add(mkLetDot, v)
		default:
			add(mkLetParen, v)
		}
	case 'A' <= c && c <= 'Z':
		v := int(c-'A') + 1
		switch {
		case t.paren:
			add(mkParenUpper, v)
		case t.dot >= 0 && !t.closeParen:
			add(mkUpperDot, v)
		case !t.closeParen:
		default:
			add(mkUpperParen, v)
		}
	}
	return out
}

// listOpening reports whether a list may open at s: at the start of the
// paragraph or a line, or after a colon or a sentence stop.
func (ps *paraSplitter) listOpening(s int) bool {
	p := ps.p
	for s > 0 && (p[s-1] == ' ' || p[s-1] == '\t') {
		s--
	}
	if s == 0 || p[s-1] == '\n' {
		return true
	}
	r, _ := decodeLast(p, s)
	return r == ':' || ps.d.classify(r) != termNone
}

// manSection reports whether "(v)" at i, at the start of a line, is a
// manual page's section wrapped away from the page's name ("use stat" |
// "(1) and readlink(1)."): the line above ends in a letter or a digit, no
// stop nor colon, and no other line of the paragraph starts with "(v-1)"
// or "(v+1)", as the items of a list do.
func manSection(p []byte, i, v int) bool {
	if !lineStart(p, i) {
		return false
	}
	e := i
	for e > 0 && isSpaceByte(p[e-1]) {
		e--
	}
	if e == 0 || bytes.LastIndexByte(p[e:i], '\n') < 0 {
		return false // the paragraph's first line
	}
	if last, _ := decodeLast(p, e); !isLetter(last) && !isDigit(last) {
		return false
	}
	for s := 0; s < len(p); {
		t := bytes.IndexByte(p[s:], '\n')
		if t < 0 {
			t = len(p)
		} else {
			t += s
		}
		if s != i && (lineParenNumbered(p, s, v-1) || lineParenNumbered(p, s, v+1)) {
			return false
		}
		s = t + 1
	}
	return true
}

// lineParenNumbered reports whether the line at s starts with "(v)" and a
// space, after any indentation.
func lineParenNumbered(p []byte, s, v int) bool {
	for s < len(p) && (p[s] == ' ' || p[s] == '\t') {
		s++
	}
	if v < 0 || s >= len(p) || p[s] != '(' {
		return false
	}
	n, j := 0, s+1
	for j < len(p) && j-s-1 < maxListDigits && '0' <= p[j] && p[j] <= '9' {
		n = n*10 + int(p[j]-'0')
		j++
	}
	return j > s+1 && n == v && j+1 < len(p) && p[j] == ')' && (p[j+1] == ' ' || p[j+1] == '\t')
}

// numberedNeighbour reports whether the line before or after the one that
// starts at i begins with the number v-1 or v+1 and a period.
func numberedNeighbour(p []byte, i, v int) bool {
	next := bytes.IndexByte(p[i:], '\n')
	if next >= 0 && lineNumbered(p, i+next+1, v+1) {
		return true
	}
	prev := bytes.LastIndexByte(p[:i], '\n')
	if prev <= 0 || v <= 1 {
		return false
	}
	return lineNumbered(p, bytes.LastIndexByte(p[:prev], '\n')+1, v-1)
}

// lineNumbered reports whether the line at i starts with the number v, a
// period and a space, after any indentation.
func lineNumbered(p []byte, i, v int) bool {
	for i < len(p) && (p[i] == ' ' || p[i] == '\t') {
		i++
	}
	n, j := 0, i
	for j < len(p) && j-i < maxListDigits && '0' <= p[j] && p[j] <= '9' {
		n = n*10 + int(p[j]-'0')
		j++
	}
	return j > i && n == v && j+1 < len(p) && p[j] == '.' && (p[j+1] == ' ' || p[j+1] == '\t')
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// roman parses a lower-case roman numeral up to 39, or returns 0.
func roman(b []byte) int {
	total, prev := 0, 0
	for k := len(b) - 1; k >= 0; k-- {
		var v int
		switch b[k] {
		case 'i':
			v = 1
		case 'v':
			v = 5
		case 'x':
			v = 10
		default:
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	return total
}

// maxSectionDigits is the most digits of each number in a section
// number: "10.1.12." is one, "2024.06.01." a date.
const maxSectionDigits = 3

// sectionNumberDot reports whether the period at i ends a section number
// that opens the paragraph, before its heading: two numbers or more, each
// closed by a period ("8.1. The locale", "2.6.5.\u00a0Fixing broken package
// script", as DocBook and Sphinx number their sections), or after a
// capitalized word when the paragraph is a heading, one line with no stop
// at its end ("Chapter 7. GUI System", "Table 3.2. List of boot loaders").
// Any other number with one period is left to the list rules ("1. Select
// ..."); a decimal opens no paragraph with a period after it.
func (ps *paraSplitter) sectionNumberDot(i int) bool {
	p := ps.p
	s := 0
	for s < i && (p[s] == ' ' || p[s] == '\t') {
		s++
	}
	label := false
	if r, _ := decode(p, s); isUpper(r) {
		k := s
		for k < i {
			r, size := decode(p, k)
			if !isLetter(r) {
				break
			}
			k += size
		}
		if r, size := decode(p, k); k < i && isSpace(r) && !isLineBreak(r) {
			label, s = true, k+size
		}
	}
	numbers, digits := 0, 0
	for k := s; k <= i; k++ {
		switch c := p[k]; {
		case '0' <= c && c <= '9':
			digits++
			if digits > maxSectionDigits {
				return false
			}
		case c == '.' && digits > 0:
			numbers++
			digits = 0
		default:
			return false
		}
	}
	if numbers < 2 && !label || label && !ps.headingAfter(i) {
		return false
	}
	r, size := decode(p, i+1)
	if !isSpace(r) || isLineBreak(r) {
		return false
	}
	next, _ := decode(p, i+1+size)
	return next >= 0 && !isSpace(next)
}

// headingAfter reports whether the paragraph after i is the rest of a
// heading: one line that ends in no stop.
func (ps *paraSplitter) headingAfter(i int) bool {
	rest := trimRight(ps.p[i+1:])
	if bytes.IndexByte(rest, '\n') >= 0 || len(rest) == 0 {
		return false
	}
	last, _ := decodeLast(rest, len(rest))
	return ps.d.classify(last) == termNone
}

func (ps *paraSplitter) isListDot(i int) bool {
	_, found := slices.BinarySearch(ps.listDot, i)
	return found
}

// listMarkerAt reports whether a list marker starts at m (a line start);
// a weak one ("2. Weltkrieg") does not count on its own.
func (ps *paraSplitter) listMarkerAt(m int) bool {
	found, _ := ps.parseMarker(m)
	return slices.ContainsFunc(found, func(mk marker) bool { return !mk.weak })
}

// inlineBullet reports whether bullet r starts a list item even in the
// middle of a line; dashes, asterisks and middle dots do so only at a line
// start.
func inlineBullet(r rune) bool {
	switch r {
	case '-', '*', '–', '—', '·', '∙':
		return false
	}
	return true
}

// lineStart reports whether only blanks stand before i on its line.
func lineStart(p []byte, i int) bool {
	for k := i - 1; k >= 0 && p[k] != '\n'; k-- {
		if p[k] != ' ' && p[k] != '\t' {
			return false
		}
	}
	return true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isSpaceBefore reports whether white space (or nothing) precedes q.
func isSpaceBefore(p []byte, q int) bool {
	r, _ := decodeLast(p, q)
	return r < 0 || isSpace(r)
}

// skipBullet returns the position after a bullet and blanks at s.
func skipBullet(p []byte, s int) int {
	if r, size := decode(p, s); isBullet(r) {
		s += size
		for s < len(p) && (p[s] == ' ' || p[s] == '\t') {
			s++
		}
	}
	return s
}

// bulletBefore returns the position of a bullet standing (after blanks)
// just before s, or -1.
func bulletBefore(p []byte, s int) int {
	k := s
	for k > 0 && (p[k-1] == ' ' || p[k-1] == '\t') {
		k--
	}
	if r, size := decodeLast(p, k); isBullet(r) && size > 0 {
		if b := k - size; b == 0 || isSpaceBefore(p, b) {
			return b
		}
	}
	return -1
}
