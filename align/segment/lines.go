package segment

import (
	"bytes"
	"unicode/utf8"
)

// lineBreakEnds decides a line feed at i inside a paragraph: wrapped text
// goes on, but a list item, a bullet, or a short line (a headline: the next
// line's first word would have fitted on it) followed by a capital starts a
// new sentence.
func (ps *paraSplitter) lineBreakEnds(i int) bool {
	p := ps.p
	ls, e, m, ok := linesAround(p, i)
	if !ok {
		return false
	}
	f, size := decode(p, m)
	if isBullet(f) {
		if n, _ := decode(p, m+size); isSpace(n) || isDigit(n) || f != '-' && f != '*' {
			return true
		}
	}
	if ps.listMarkerAt(m) {
		return true
	}
	if fragmentLine(p[ls:e]) && fragmentLine(trimRight(p[m:lineEnd(p, m)])) {
		// "W\nA\nRN\nI\nNG": a word broken into letters, one line
		// each; a lone short line ("II" over a chapter) stays a line.
		return false
	}
	if ends, decided := ps.lineEndDecides(i, e, m); decided {
		return ends
	}
	if itemLine(p[ls:e]) && (itemLine(trimRight(p[m:lineEnd(p, m)])) || numberedLine(p, m)) {
		// "features\ncontact manager\nevents, activities": one item a
		// line; "spiele\n2. Karl ...": after such a line a number is an
		// item's, not an ordinal ("der\n2. Weltkrieg" wraps a longer line).
		return true
	}
	fl, fpos := ps.firstLetter(m)
	if !(isUpper(fl) || isDigit(fl) || f == '(' || f == '[') {
		return false
	}
	if ps.d.capNouns && !ps.isStarter(ps.nextWord(fpos)) {
		return false
	}
	return ps.shortLine(ls, e, m)
}

// linesAround finds the lines around the line feed at i: the previous
// line's content is p[ls:e] (trailing white space dropped), and the next
// line's first rune is at m. ok is false when either is empty.
func linesAround(p []byte, i int) (ls, e, m int, ok bool) {
	ls = i
	for ls > 0 && p[ls-1] != '\n' {
		ls--
	}
	e = i
	for e > ls {
		r, size := decodeLast(p, e)
		if !isSpace(r) {
			break
		}
		e -= size
	}
	if e == ls {
		return ls, e, m, false
	}
	m = i + 1
	for m < len(p) {
		r, size := decode(p, m)
		if !isSpace(r) || r == '\n' {
			break
		}
		m += size
	}
	return ls, e, m, m < len(p)
}

// lineEndDecides decides the line feed at i by how the previous line,
// whose content ends at e, ends, where that is enough: a terminator
// decides for itself and a comma (、 and ， too) or hyphen continues; in
// text without spaces between words a space before the break ends the
// line, unless a Latin word or a number follows; elsewhere such a space is
// a soft wrap. The next line's first rune is at m.
func (ps *paraSplitter) lineEndDecides(i, e, m int) (ends, decided bool) {
	p := ps.p
	last, _ := decodeLast(p, e)
	if ps.d.classify(last) != termNone || last == ',' || last == '-' || last == '\u00ad' ||
		last == '、' || last == '，' {
		return false, true
	}
	if isCJK(last) || last >= 0x3000 && last <= 0x30FF || last >= 0xFF00 && last <= 0xFFEF {
		// (0x3040-0x30FF: kana with their marks, some of no script, as
		// the prolonged sound mark that ends "パッケー" | "ジ".)
		// Text without spaces between words wraps anywhere; a space
		// before the break is the one sign of a line that ended on
		// purpose (a heading, an item without a stop).
		r, _ := decode(p, e)
		if e < i && isSpace(r) && !isLineBreak(r) {
			if f, _ := decode(p, m); !joinsWithoutSpace(f) && !isCJK(f) && (isLetter(f) || isDigit(f)) {
				// "(詳しくは " | "lintian(1)": Japanese puts a space
				// between its words and a Latin word or number, so a
				// break there is a wrap like any other; the rules for
				// spaced text decide.
				return false, false
			}
			return true, true
		}
		return false, true
	}
	if e < i && (p[e] == ' ' || p[e] == '\t') && p[i+1] != '\t' {
		// "a cold \nnight": a space before the break marks a soft wrap;
		// but a line indented with a tab was laid out on purpose.
		return false, true
	}
	return false, false
}

// shortLine reports whether the line p[ls:e] is short: the next line's
// first word, at m, would have fitted on it within the paragraph's width
// (a headline).
func (ps *paraSplitter) shortLine(ls, e, m int) bool {
	p := ps.p
	// The next line's first word runs to a space a line may break at: a
	// no-break space binds ("(«\u00a0Native\u00a0Language»" in French
	// wraps as one piece, so a line ends early before it).
	w := m
	for w < len(p) {
		r, size := decode(p, w)
		if isSpace(r) && !isNoBreakSpace(r) {
			break
		}
		w += size
	}
	prev := utf8.RuneCount(p[ls:e])
	if ls == 0 {
		prev += ps.indent // the first line's indentation is outside p
	}
	return prev+1+utf8.RuneCount(p[m:w]) <= max(ps.longestLine(), minWrapWidth)
}

// isNoBreakSpace reports whether r is a space no line breaks at: NO-BREAK
// SPACE, FIGURE SPACE, NARROW NO-BREAK SPACE.
func isNoBreakSpace(r rune) bool { return r == '\u00a0' || r == '\u2007' || r == '\u202f' }

// longestLine returns the length in runes of the paragraph's longest line,
// trimmed: the column width its text was wrapped at. It is counted once per
// paragraph, when first needed.
func (ps *paraSplitter) longestLine() int {
	if ps.maxLine >= 0 {
		return ps.maxLine
	}
	p := ps.p
	ps.maxLine = 0
	for s := 0; s < len(p); {
		t := lineEnd(p, s)
		n := utf8.RuneCount(trimRight(p[s:t]))
		if s == 0 {
			n += ps.indent
		}
		ps.maxLine = max(ps.maxLine, n)
		s = t + 1
	}
	return ps.maxLine
}

// minWrapWidth is the narrowest column width taken for wrapped text: in a
// paragraph of short lines (a heading over a line or two), a line that ends
// early is still a line of its own.
const minWrapWidth = 50

func trimRight(b []byte) []byte {
	for len(b) > 0 {
		r, size := decodeLast(b, len(b))
		if !isSpace(r) {
			break
		}
		b = b[:len(b)-size]
	}
	return b
}

// maxFragment is the longest line (in letters) taken for a piece of a word
// rather than a line of its own: letters stacked one or two per line, as
// vertical text and some PDF extraction leave a word ("W\nA\nRN\nI\nNG").
// No headline or list item is that short.
const maxFragment = 2

// fragmentLine reports whether a line is nothing but one or two letters.
func fragmentLine(line []byte) bool {
	n, all := countRunes(line, isLetter)
	return all && n > 0 && n <= maxFragment
}

// lineEnd returns the position of the line feed ending the line at m, or
// len(p).
func lineEnd(p []byte, m int) int {
	for m < len(p) && p[m] != '\n' {
		m++
	}
	return m
}

// maxItemWords is the most words of a line-per-item line: a word list, a
// menu, exercise answers ("spielen\nspielt\nspiele"). When a line and the
// next both have this few words, the break ends a sentence whatever the
// case of the next line; wrapped prose fills its lines with more words
// (and a soft wrap, a space before the break, still goes on).
const maxItemWords = 3

// itemLine reports whether a line has at least one and at most
// maxItemWords words and ends in a letter or digit, or in a parenthesis
// it opened after a word: a qualified item ("Conffiles (intern)" in a
// manual page's list of fields) is one as well.
func itemLine(line []byte) bool {
	words, inWord := 0, false
	for i := 0; i < len(line); {
		r, size := decode(line, i)
		space := isSpace(r)
		if !space && !inWord {
			words++
			if words > maxItemWords {
				return false
			}
		}
		inWord = !space
		i += size
	}
	if words == 0 {
		return false
	}
	last, _ := decodeLast(line, len(line))
	if last == ')' {
		// A word and then "(...)" holding no other parenthesis.
		o := bytes.LastIndexByte(line, '(')
		return o > 0 && line[o-1] == ' ' && bytes.IndexByte(line[o:len(line)-1], ')') < 0
	}
	return isLetter(last) || isDigit(last)
}

// itemLineAt reports whether the white space p[k:m] after a stop holds a
// line break and the line at m is a line-per-item line ("Tennis.\nspielen"):
// there a lower-case word starts a new sentence.
func (ps *paraSplitter) itemLineAt(k, m int) bool {
	p := ps.p
	for j := k; j < m; j++ {
		if p[j] == '\n' {
			return itemLine(trimRight(p[m:lineEnd(p, m)]))
		}
	}
	return false
}

// numberedLine reports whether the line at m starts with a number of one
// or two digits, a period, a space and no lower-case letter: "2. Karl",
// "4. ___ Susi" (a gap to fill in).
func numberedLine(p []byte, m int) bool {
	j := m
	for j < len(p) && j-m < maxListDigits && '0' <= p[j] && p[j] <= '9' {
		j++
	}
	if j == m || j+2 >= len(p) || p[j] != '.' || p[j+1] != ' ' {
		return false
	}
	f, _ := decode(p, j+2)
	return !isLower(f) && !isSpace(f)
}
