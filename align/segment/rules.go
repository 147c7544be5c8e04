package segment

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a sentence inside a paragraph: bytes [start, end).
type span struct{ start, end int }

// candidate marks the bytes at which the scanner stops to look closer: the
// straight double quote (for speech broken off with a dash), ASCII
// terminators, line feeds, list-marker parentheses, and the lead bytes of the
// multi-byte terminators of other scripts (checked after decoding).
var candidate = func() (t [256]bool) {
	for _, c := range []byte(".!?;:|\n\"") {
		t[c] = true
	}
	// ؟ ۔ (D8, DB), ։ (D6), । ॥ (E0), ። ፧ ။ (E1), … ‼ ⁇ (E2), 。 (E3),
	// ！ ？ ． ｡ (EF).
	for _, c := range []byte{0xD6, 0xD8, 0xDB, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF} {
		t[c] = true
	}
	return t
}()

// termClass sorts terminator runes.
type termClass uint8

const (
	termNone   termClass = iota
	termPeriod           // .
	termExcl             // ! ? and their doubles
	termEllips           // …
	termStrong           // a full stop of a script that does not need a following space or capital: 。！？ ؟ ۔ । ॥ ። ፧ ။ ։
	termGreekQ           // ; in Greek
	termColon            // : as a full stop (Armenian typed without ։)
)

func (d *langData) classify(r rune) termClass {
	switch r {
	case '.':
		return termPeriod
	case '!', '?', '‼', '⁇', '⁈', '⁉':
		return termExcl
	case '…':
		return termEllips
	case '。', '！', '？', '｡', '．', '؟', '۔', '।', '॥', '።', '፧', '፨', '။', '։', '܁', '܂', '߹', '᠃', '᠉', '꓿', '꘎', '꛳', '꛷':
		return termStrong
	case ';':
		if d.greekQuestion {
			return termGreekQ
		}
	case '\u037e': // GREEK QUESTION MARK
		return termGreekQ
	case ':':
		if d.colonStop {
			return termColon
		}
	case '|':
		if d.pipeStop {
			return termStrong
		}
	}
	return termNone
}

// ethiopicDoubleColon reports whether two Ethiopic wordspaces "፡፡" stand
// at i: the way Amharic news is often typed for the full stop "።". One
// wordspace alone separates words.
func ethiopicDoubleColon(p []byte, i int) bool {
	const ws = "\u1361"
	return len(p)-i >= 2*len(ws) && string(p[i:i+len(ws)]) == ws && string(p[i+len(ws):i+2*len(ws)]) == ws
}

// paraSplitter finds the sentences of one paragraph. Its slices are reused
// from paragraph to paragraph.
type paraSplitter struct {
	d       *langData
	p       []byte
	cuts    []int // positions where a sentence ends or a new one starts
	listDot []int // periods that belong to list markers ("1." "a.")
	maxLine int   // longest line in runes, for the wrapped-line test
	lower   []byte
	markers []marker // scratch for findLists
	inList  []bool   // scratch for findLists

	keepQuotes bool        // QuotesKeep: no sentence ends inside a quotation
	quotesDone bool        // quotes holds this paragraph's quotations
	quotes     []quotation // the paragraph's quotations, by opening mark
	quoteStack []openQuote // scratch for findQuotations
	openQuotes []quotation // quotations around the last stop looked at
	nextQuote  int         // first quotation not yet in openQuotes
}

// split appends the sentences of paragraph p to dst.
func (ps *paraSplitter) split(p []byte, dst []span) []span {
	ps.p = p
	ps.cuts = ps.cuts[:0]
	ps.listDot = ps.listDot[:0]
	ps.maxLine = -1
	ps.quotesDone = false
	ps.findLists()
	n := len(p)
	for i := 0; i < n; i++ {
		if !candidate[p[i]] {
			continue
		}
		if p[i] == '\n' {
			if ps.lineBreakEnds(i) {
				ps.cuts = append(ps.cuts, i)
			}
			continue
		}
		if p[i] == '"' {
			if ps.brokenOff(i, 1) {
				ps.cuts = append(ps.cuts, i+1)
			}
			continue
		}
		if p[i] == '.' && ps.d.periodPause && (i+1 >= n || p[i+1] != '.') && (i == 0 || p[i-1] != '.') {
			continue // "Պատասխանում եմ. սեր": a pause
		}
		r, size := decode(p, i)
		if r == '”' && ps.brokenOff(i, size) {
			ps.cuts = append(ps.cuts, i+size)
		}
		if ps.d.classify(r) == termNone && !ethiopicDoubleColon(p, i) {
			i += size - 1
			continue
		}
		if r == '．' || r == '｡' {
			// "３．２９％": a full-width decimal point; "Ｎｏ．１": an
			// abbreviation before a number.
			prev, _ := decodeLast(p, i)
			if next, _ := decode(p, i+size); isDigit(next) && (isDigit(prev) || unicode.Is(unicode.Latin, prev)) {
				i += size - 1
				continue
			}
		}
		end, cut := ps.terminator(i)
		if cut >= 0 && ps.keepQuotes {
			if !ps.quotesDone {
				ps.findQuotations()
				ps.quotesDone = true
			}
			if ps.quoted(i, cut) {
				cut = -1
			}
		}
		if cut >= 0 {
			ps.cuts = append(ps.cuts, cut)
		}
		i = end - 1
	}
	return ps.spans(dst)
}

// spans turns the cut positions into trimmed, non-empty sentences.
func (ps *paraSplitter) spans(dst []span) []span {
	p := ps.p
	slices.Sort(ps.cuts)
	start := 0
	emit := func(a, b int) {
		for a < b {
			r, size := decode(p, a)
			if !isSpace(r) {
				break
			}
			a += size
		}
		for b > a {
			r, size := decodeLast(p, b)
			if !isSpace(r) {
				break
			}
			b -= size
		}
		if a < b {
			dst = append(dst, span{a, b})
		}
	}
	for _, c := range ps.cuts {
		if c <= start {
			continue
		}
		emit(start, c)
		start = c
	}
	emit(start, len(p))
	return dst
}

// terminator examines the run of final punctuation that starts at i. It
// returns the end of the run with its closing quotes and brackets, and the
// position where the sentence ends, or -1 if it does not end there.
func (ps *paraSplitter) terminator(i int) (end, cut int) {
	p, d := ps.p, ps.d
	n := len(p)
	var periods, excl, ellips, strong, greekQ, colon int
	spaced := false
	j := i
	for j < n {
		r, size := decode(p, j)
		switch d.classify(r) {
		case termPeriod:
			periods++
		case termExcl:
			excl++
		case termEllips:
			ellips++
		case termStrong:
			strong++
		case termGreekQ:
			greekQ++
		case termColon:
			colon++
		default:
			if ethiopicDoubleColon(p, j) {
				strong++
				j += 2 * size
				continue
			}
			// ". . ." spaced ellipsis
			if r == ' ' && periods > 0 && j+1 < n && p[j+1] == '.' {
				spaced = true
				j++
				continue
			}
			goto closers
		}
		j += size
	}
closers:
	k := j
	for k < n {
		r, size := decode(p, k)
		if isCloser(r) || unicode.Is(unicode.Cf, r) || d.classify(r) != termNone && d.classify(r) != termPeriod {
			k += size
			continue
		}
		if r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' {
			// French spacing: "… en Iran. »"; a stray space before a
			// CJK closing quote: "你不会摔交。 ”".
			if r2, size2 := decode(p, k+size); r2 == '»' || r2 == '›' || strong > 0 && isCloser(r2) {
				k += size + size2
				continue
			}
		}
		if r == '[' { // a footnote mark: [1] [7][8] [2–11]
			m := k + 1
			for m < n && (isDigit(rune(p[m])) || p[m] == ',' || p[m] == '-') {
				m++
			}
			if m > k+1 && m < n && p[m] == ']' {
				k = m + 1
				continue
			}
		}
		break
	}
	end = k
	// A period between digits or letters without a space ("3.5", "www.x")
	// is not a terminator; the missing-space rule below may still apply.
	if periods == 1 && j == i+1 && ps.isListDot(i) {
		return end, -1
	}
	if k >= n {
		return end, -1 // the paragraph ends here anyway
	}
	x, _ := decode(p, k)
	if strong > 0 && ps.insideBrackets(k) {
		return end, -1
	}
	if !isSpace(x) {
		if strong > 0 {
			if k > j && isCloseBracket(p, j, k) && unicode.Is(unicode.Hiragana, x) {
				// 「こんにちは。」と言った: a particle after a closing
				// quotation carries the sentence on. In Chinese the
				// text after “……。” is a new sentence (说着也站了起来).
				return end, -1
			}
			return end, k
		}
		if isCJK(x) && (excl > 0 || periods == 1 && ellips == 0) {
			// "他来了!我很高兴.": Western stops in text without spaces.
			if prev, _ := decodeLast(p, i); isCJK(prev) || isCloser(prev) {
				return end, k
			}
		}
		if periods == 1 && excl == 0 && ellips == 0 && j == i+1 && k == j && unicode.Is(unicode.Devanagari, x) {
			// "आज दसरा आहे.आज खूप": Devanagari has no case to tell a
			// missing space from an abbreviation, so a listed one decides.
			// Devanagari digits ("७.२") make a decimal number.
			if prev, _ := decodeLast(p, i); unicode.Is(unicode.Devanagari, prev) && !isDigit(prev) && !isDigit(x) {
				if ps.d.abbr[string(ps.lowerKey(p[ps.word(i):i]))] == abbrNone && !dottedSyllables(p, i) {
					return end, k
				}
			}
		}
		if periods == 1 && excl == 0 && ellips == 0 && j == i+1 && k == j {
			if c := ps.footnote(i, j); c >= 0 {
				return c, c
			}
			return end, ps.missingSpace(i)
		}
		return end, -1
	}
	// The first letter of what follows, past opening quotes and dashes.
	m := k
	for m < n {
		r, size := decode(p, m)
		if !isSpace(r) {
			break
		}
		m += size
	}
	if m >= n {
		return end, -1
	}
	f, fpos := ps.firstLetter(m)
	if isLower(f) {
		// "'s Avonds", "'t Is": a Dutch elided article before the
		// sentence's first word.
		f, fpos = ps.pastElidedArticle(f, fpos)
	}
	switch {
	case strong > 0 && k > j && ps.quotative(m):
		return end, -1
	case strong > 0 || greekQ > 0:
		return end, k
	case !isLetter(f) && !isDigit(f):
		// "! ! !", ",,Das", "/ [...]": punctuation goes on the sentence.
		return end, -1
	case colon > 0:
		if isLower(f) {
			return end, -1
		}
		return end, k
	case periods == 0 && ellips == 0: // ! ? runs
		if isLower(f) && ps.itemLineAt(k, m) {
			return end, k
		}
		if isLower(f) || isDigit(f) {
			return end, -1
		}
		if excl == 1 && j == i+1 && p[i] == '!' && exclaimedNames[string(ps.lowerKey(p[ps.word(i):i]))] {
			return end, -1 // "Yahoo! Research": the "!" is part of a name
		}
		return end, k
	case ellips > 0 || periods >= 2:
		if prev, _ := decodeLast(p, i); prev == '[' || prev == '(' {
			return end, -1 // "[...]": an omission mark
		}
		dots := periods + 3*ellips
		if spaced && dots == 3 {
			return end, -1 // ". . ." inside a sentence
		}
		if isCJK(f) {
			return end, -1 // "大丈夫一言既出，…… 马难追": a pause, not an end
		}
		if isUpper(f) || isLetter(f) && !isLower(f) {
			return end, k
		}
		return end, -1
	}
	// A single period.
	if isLower(f) && !ps.d.lowerStarts && !ps.itemLineAt(k, m) {
		return end, -1
	}
	return end, ps.period(i, k, f, fpos)
}

// bracketLookahead bounds the search for a closing bracket after a full
// stop of a script without spaces: enough for a parenthetical sentence.
const bracketLookahead = 256

// insideBrackets reports whether position k lies inside a full-width
// bracket or quotation that closes later without opening first: "（これは
// 山です。これは山です）" is one sentence.
func (ps *paraSplitter) insideBrackets(k int) bool {
	p := ps.p
	for m := k; m < len(p) && m-k < bracketLookahead; {
		r, size := decode(p, m)
		switch r {
		case '）', '」', '』', '】', '〕', '》', '〉':
			return true
		case '（', '「', '『', '【', '〔', '《', '〈', '\n':
			return false
		}
		if ps.d.classify(r) == termStrong {
			return false
		}
		m += size
	}
	return false
}

// isCloseBracket reports whether p[j:k] (closers after a full stop) holds a
// closing bracket or quotation mark of CJK or Western typography.
func isCloseBracket(p []byte, j, k int) bool {
	for m := j; m < k; {
		r, size := decode(p, m)
		switch r {
		case '）', '」', '』', '】', '〕', '》', '〉', '”', '’', '"', '\'', ')', ']':
			return true
		}
		m += size
	}
	return false
}

// prevWordEnd returns the end of the word before position ws: ws less the
// white space in front of it. ok is false when no space precedes ws or the
// space runs to the start of the paragraph.
func (ps *paraSplitter) prevWordEnd(ws int) (e int, ok bool) {
	e = ws
	for e > 0 {
		r, size := decodeLast(ps.p, e)
		if !isSpace(r) {
			break
		}
		e -= size
	}
	return e, e != ws && e > 0
}

// prevWordNumeric reports whether the word before position ws starts with
// a digit, a number ("5", "1,5", "2.000", "20,30") or a numeral with a
// suffix ("1950-х", "3-й"), or is a Roman numeral ("XIX в.").
func (ps *paraSplitter) prevWordNumeric(ws int) bool {
	e, ok := ps.prevWordEnd(ws)
	if !ok {
		return false
	}
	s := ps.word(e)
	if s == e {
		return false // only openers: "( s."
	}
	r, size := decode(ps.p, s)
	if (r == '-' || r == '−' || r == '+' || r == '±') && s+size < e {
		r, _ = decode(ps.p, s+size) // "-20 st. C."
	}
	if isDigit(r) {
		return true
	}
	// Latin letters, or Cyrillic ones as Russian and Bulgarian type
	// them ("ХХ в.", "ХІV в.").
	for _, r := range string(ps.p[s:e]) {
		if !strings.ContainsRune("IVXLCDMХІ", r) {
			return false
		}
	}
	return true
}

// prevWordYear reports whether the word before position ws starts with a
// year of four digits ("2020", "1950-х").
func (ps *paraSplitter) prevWordYear(ws int) bool {
	e, ok := ps.prevWordEnd(ws)
	if !ok {
		return false
	}
	s := ps.word(e)
	n := 0
	for s+n < e && '0' <= ps.p[s+n] && ps.p[s+n] <= '9' {
		n++
	}
	return n == 4 && (s+n == e || !isDigit(rune(ps.p[s+n])) && ps.p[s+n] != '.' && ps.p[s+n] != ',')
}

// abbrSuffix reports whether w ends in one of the language's compound
// abbreviations: "Goethestr" ends in "str".
func (ps *paraSplitter) abbrSuffix(w []byte) bool {
	key := ps.lowerKey(w)
	for i := 1; i < len(key); i++ {
		if utf8.RuneStart(key[i]) && ps.d.compounds[string(key[i:])] {
			return true
		}
	}
	return false
}

// afterAmount reports whether the word before position ws is a number or a
// unit abbreviation: what a unit follows ("5 млн. руб.", "500 mln zł.").
func (ps *paraSplitter) afterAmount(ws int) bool {
	if ps.prevWordNumeric(ws) {
		return true
	}
	p := ps.p
	e, ok := ps.prevWordEnd(ws)
	if !ok {
		return false
	}
	if p[e-1] == '.' {
		e--
	}
	s := ps.word(e)
	return s < e && ps.d.abbr[string(ps.lowerKey(p[s:e]))] == abbrUnit
}

// openingDate reports whether a unit at ws follows a year and the words
// between the start of the clause (the last sentence end, or a comma,
// semicolon or colon after it) and ws are only an opening date: a first
// word of any kind followed by numbers and month names ("W 2004", "GUS, w
// 2023", "15 марта 2020", "Летом 2020"). A year unit after such a phrase
// is followed by the clause's subject, often a name: "През 2007 г.
// България влезе ...".
func (ps *paraSplitter) openingDate(ws int) bool {
	if !ps.prevWordYear(ws) {
		return false
	}
	start := ps.clauseStart(ws)
	p := ps.p
	for e := ws; ; {
		end, ok := ps.prevWordEnd(e)
		if !ok || end <= start {
			return true
		}
		s := ps.word(end)
		if ps.sentenceStart(start, s) {
			return true // the first word may be anything: "Летом", "On"
		}
		if r, _ := decode(p, s); !isDigit(r) && !ps.d.months[string(ps.lowerKey(p[s:end]))] {
			return false
		}
		e = s
	}
}

// clauseStart returns where the clause around ws starts: after the last
// sentence end before ws, or after a later comma, semicolon or colon
// followed by a space ("Jak podał GUS, w 2023 r. Polska").
func (ps *paraSplitter) clauseStart(ws int) int {
	start := 0
	if n := len(ps.cuts); n > 0 && ps.cuts[n-1] < ws {
		start = ps.cuts[n-1]
	}
	for j := ws - 1; j > start; j-- {
		if c := ps.p[j-1]; (c == ',' || c == ';' || c == ':') && isSpace(rune(ps.p[j])) {
			return j
		}
	}
	return start
}

// sentenceStart reports whether only space and openers stand between the
// sentence start and position s.
func (ps *paraSplitter) sentenceStart(start, s int) bool {
	for j := start; j < s; {
		r, size := decode(ps.p, j)
		if !isSpace(r) && !isOpener(r) {
			return false
		}
		j += size
	}
	return true
}

// afterNumberAbbr reports whether the word before position ws is a number
// abbreviation with its period ("godz.", "nr", "s.").
func (ps *paraSplitter) afterNumberAbbr(ws int) bool {
	p := ps.p
	e, ok := ps.prevWordEnd(ws)
	if !ok || p[e-1] != '.' {
		return false
	}
	s := ps.word(e - 1)
	return s < e-1 && ps.d.abbr[string(ps.lowerKey(p[s:e-1]))] == abbrNumber
}

// quotative reports whether the word at m is one of the language's
// quotative words. A word runs to the next rune that is neither a letter
// nor a combining mark (Burmese vowel signs are marks).
func (ps *paraSplitter) quotative(m int) bool {
	if len(ps.d.quotatives) == 0 {
		return false
	}
	p := ps.p
	e := m
	for e < len(p) && e-m < maxWord {
		r, size := decode(p, e)
		if !isLetter(r) && !unicode.IsMark(r) {
			break
		}
		e += size
	}
	return e > m && ps.d.quotatives[string(p[m:e])]
}

// firstLetter returns the first rune at or after m past openers and its
// position.
func (ps *paraSplitter) firstLetter(m int) (rune, int) {
	p := ps.p
	for m < len(p) {
		r, size := decode(p, m)
		if !isOpener(r) && !isSpace(r) {
			return r, m
		}
		m += size
	}
	return -1, m
}

// word returns the token that ends at i (exclusive), without leading
// openers: the word before a period.
func (ps *paraSplitter) word(i int) (start int) {
	p := ps.p
	s := i
	for s > 0 && i-s < maxWord {
		r, size := decodeLast(p, s)
		if isSpace(r) {
			break
		}
		s -= size
	}
	for s < i {
		r, size := decode(p, s)
		if !isOpener(r) || r == '…' {
			break
		}
		s += size
	}
	return s
}

// maxNumberAbbr is the longest word (in letters) that is taken for an
// abbreviation when a number follows its period.
const maxNumberAbbr = 4

// maxWord bounds the bytes looked at around a period for the words before
// and after it, so that a long run of text without spaces costs linear time.
// Abbreviations and sentence starters are far shorter.
const maxWord = 64

// prevWordLower reports whether the word before position ws starts with a
// lower-case letter and does not end a sentence.
func (ps *paraSplitter) prevWordLower(ws int) bool {
	p := ps.p
	e, ok := ps.prevWordEnd(ws)
	if !ok {
		return false
	}
	if last, _ := decodeLast(p, e); ps.d.classify(last) != termNone || isCloser(last) {
		return false
	}
	s := ps.word(e)
	r, _ := decode(p, s)
	return isLower(r)
}

// nextWord returns the letters starting at fpos.
func (ps *paraSplitter) nextWord(fpos int) []byte {
	p := ps.p
	e := fpos
	for e < len(p) && e-fpos < maxWord {
		r, size := decode(p, e)
		if !isLetter(r) {
			break
		}
		e += size
	}
	return p[fpos:e]
}

// lowerKey lower-cases b into the splitter's scratch buffer.
func (ps *paraSplitter) lowerKey(b []byte) []byte {
	ps.lower = ps.lower[:0]
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			ps.lower = append(ps.lower, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		ps.lower = utf8.AppendRune(ps.lower, unicode.ToLower(r))
		i += size
	}
	return ps.lower
}

func (ps *paraSplitter) isStarter(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	return ps.d.starters[string(ps.lowerKey(w))]
}

// period decides a single period at i followed by space and a non-lowercase
// rune f at fpos; k is where the sentence would end.
func (ps *paraSplitter) period(i, k int, f rune, fpos int) int {
	p, d := ps.p, ps.d
	ws := ps.word(i)
	w := p[ws:i]
	// Bidi and other format marks ("د\u202a.\u202c") are invisible.
	for len(w) > 0 {
		r, size := decodeLast(w, len(w))
		if !unicode.Is(unicode.Cf, r) {
			break
		}
		w = w[:len(w)-size]
	}
	if len(w) == 0 || webAddress(w) {
		// "www.gov.pl. Tam": an address ends with its last label, and
		// that label ("pl", "org") is no abbreviation.
		return k
	}
	next := ps.nextWord(fpos)
	kind, cased := d.abbrCase[string(w)]
	if !cased {
		kind = d.abbr[string(ps.lowerKey(w))]
	}
	if kind == abbrNone {
		// "Tuesday.Mr." after a missing space, "l'Ing." after an elided
		// article: the abbreviation is the part after the period or
		// apostrophe.
		if cut := lastAnyOf(w, ".'’"); cut >= 0 && cut < len(w)-1 {
			// After a period only a capitalized part: "README.md" is
			// a file name, not the abbreviation "Md.".
			if r, _ := decode(w, cut); w[cut-1] != '.' || isUpper(r) {
				kind = d.abbr[string(ps.lowerKey(w[cut:]))]
			}
		}
	}
	kind, ws = ps.kindInContext(kind, w, ws, f, fpos)
	switch kind {
	case abbrTitle:
		return -1
	case abbrUnit:
		if !isUpper(f) {
			// A digit, a lower-case word, or a script without case
			// ("500 रु. है"): nothing says a sentence ended.
			return -1
		}
		if ps.afterAmount(ws) {
			if d.capNouns && !ps.isStarter(next) || ps.openingDate(ws) {
				return -1
			}
			return k
		}
		if !ps.isStarter(next) {
			return -1
		}
		return k
	case abbrNumber:
		if isDigit(f) {
			return -1
		}
	case abbrFinal:
		// Where sentences may start in lower case (Greek), a starter
		// after an abbreviation still needs its capital: "π.Χ. από".
		if isDigit(f) || isLower(f) || !ps.isStarter(next) {
			return -1
		}
		return k
	case abbrEtc:
		// Before a bracket only a starter: "Roma, 12 mar. (ANSA) - Il".
		bracket, _ := decodeLast(p, fpos)
		if isDigit(f) || isLower(f) || !ps.isStarter(next) && (d.capNouns || !isUpper(f) || bracket == '(' || bracket == '[') {
			return -1
		}
		return k
	case abbrTime:
		if isDigit(f) || isLower(f) || timeZones[string(next)] || ps.wordsSinceCut(ws) <= maxTimePhrase {
			// "At 5 a.m. Mr. Smith went ...": a sentence is not just a
			// time phrase, so the time opens the sentence.
			return -1
		}
		return k
	}
	letters, digits, dots, runes, marks, seps := 0, 0, 0, 0, 0, 0
	maxPart, part := 0, 0
	for j := 0; j < len(w); {
		r, size := decode(w, j)
		runes++
		switch {
		case unicode.IsMark(r):
			marks++
		case isLetter(r):
			letters++
			part++
			maxPart = max(maxPart, part)
		case isDigit(r):
			digits++
		case r == '.':
			dots++
			part = 0
		case r == ':' || r == ',' || r == '/':
			seps++ // "0:3", "1,5", "2/3": no ordinal
		}
		j += size
	}
	switch {
	case letters == 1 && runes == 1:
		// An initial ("Albert I. Jones", "А. И. Семенов"), a list letter
		// ("Q. What is ...? A. His name ..."), a variable ("contain v.
		// If"): rarely the last word of a sentence. But a capital letter
		// after a lower-case word, before a sentence starter, is a word
		// of its own ("you and I. Did you").
		initialNext := utf8.RuneCount(next) == 1 && fpos+len(next) < len(p) && p[fpos+len(next)] == '.'
		if isUpper(f) && !initialNext && lowerLetter(w) && d.letterWords[string(w)] {
			return k // "Это сделал я. Никто"
		}
		if isUpper(f) && ps.isStarter(next) && !initialNext {
			r, _ := decode(w, 0)
			if isUpper(r) && ps.prevWordLower(ws) {
				return k
			}
		}
		return -1
	case letters == 1 && marks > 0 && runes == 1+marks:
		// A consonant with its vowel sign ("पी", "जे") is an initial in
		// a run of them ("ए. पी. जे. अब्दुल कलाम"); alone it is a word
		// ("है.") that may end a sentence.
		if ps.prevWordDot(ws) || ps.initialAt(fpos) {
			return -1
		}
		return k
	case dots > 0 && letters > 0 && maxPart <= 3 && digits == 0:
		// "U.S.A.", "J.C.", "i.v.", "z.B.": an abbreviation of initials.
		if isDigit(f) || isLower(f) || !ps.isStarter(next) {
			return -1
		}
		return k
	case isDigit(f) && letters == runes && runes <= maxNumberAbbr:
		// "Зад. 3", "Abs. 2", "str. 15": a short word before a number is
		// an abbreviation nobody listed far more often than the last
		// word of a sentence.
		return -1
	case digits > 0 && letters == 0 && d.ordinals && digits <= 3 && dots == 0 && seps == 0:
		// "am 3. Oktober", "der 2. Weltkrieg", "1. -3. Jahrhundert", but
		// "ich bin 25. Das ..." After a number abbreviation the number
		// is a cardinal ("o godz. 12. Zapraszamy", "kl. 12."), and an
		// ordinary word follows its period.
		// Where nouns are capitalized, a number after a noun is a
		// cardinal label: "belegt Platz 5. Frankreich folgt".
		if !ps.isStarter(next) && !ps.afterNumberAbbr(ws) && !(d.capNouns && !d.months[string(ps.lowerKey(next))] && ps.afterNoun(ws)) {
			return -1
		}
	}
	return k
}

// pastElidedArticle returns the first letter of the word after an elided
// article ("'s", "'t", "'n") that starts at fpos with f, or f and fpos
// unchanged.
func (ps *paraSplitter) pastElidedArticle(f rune, fpos int) (rune, int) {
	p := ps.p
	if prev, _ := decodeLast(p, fpos); prev != '\'' && prev != '’' || f != 's' && f != 't' && f != 'n' {
		return f, fpos
	}
	if fpos+2 >= len(p) || p[fpos+1] != ' ' {
		return f, fpos
	}
	if r, _ := decode(p, fpos+2); isUpper(r) {
		return r, fpos + 2
	}
	return f, fpos
}

// kindInContext refines kind, the listed kind of the abbreviation w at ws,
// by what stands around it; f at fpos is the first letter after it. It
// returns the kind and where the abbreviation starts: before ws when it is
// written with spaces.
func (ps *paraSplitter) kindInContext(kind abbrKind, w []byte, ws int, f rune, fpos int) (abbrKind, int) {
	d := ps.d
	if shortWord(w) {
		// "т. д.", "н. э.", "m. in.", "st. C.": an abbreviation written
		// with spaces ("д." alone is дом).
		if key, start := ps.spacedInitials(ws, w); d.abbr[key] != abbrNone {
			return d.abbr[key], start
		}
	}
	if lowerLetter(w) {
		// "300 m. Il", "18.00 h. Vstupenky", "XIX в. Днес", "45 кв. м.
		// Цена": a lower-case letter after a number or a unit is a unit,
		// not an initial ("200 a. C." is one).
		if (kind == abbrNone || kind == abbrNumber) && ps.afterAmount(ws) && !ps.initialAt(fpos) {
			return abbrUnit, ws
		}
	}
	if kind != abbrNone {
		return kind, ws
	}
	if slash := bytes.LastIndexByte(w, '/'); slash > 0 && w[slash-1] == '.' && lettersOnly(w[slash+1:]) {
		return abbrUnit, ws // "5,99 лв./кг.": a unit per unit
	}
	if isDigit(f) && ps.abbrSuffix(w) {
		return abbrNumber, ws // "Goethestr. 5": a compound ending in an abbreviation
	}
	return kind, ws
}

// afterNoun reports whether the word before position ws is a capitalized
// word, not a sentence starter and not the first word of the sentence: a
// noun or a name in a language that capitalizes nouns ("Platz", "Seite").
func (ps *paraSplitter) afterNoun(ws int) bool {
	p := ps.p
	e, ok := ps.prevWordEnd(ws)
	if !ok || bytes.IndexByte(p[e:ws], '\n') >= 0 {
		return false // "Spricht\n5. Wann": a list item on a new line
	}
	if last, _ := decodeLast(p, e); !isLetter(last) {
		return false
	}
	s := ps.word(e)
	if r, _ := decode(p, s); !isUpper(r) || ps.isStarter(p[s:e]) {
		return false
	}
	_, ok = ps.prevWordEnd(s)
	return ok && !ps.prevWordDot(s)
}

// missingSpace decides a period at i followed directly by a letter: "Hello
// world.Today is Tuesday." It ends a sentence when a capitalized word
// follows a word of two or more letters (or a number), outside URLs, e-mail
// addresses and file names.
func (ps *paraSplitter) missingSpace(i int) int {
	p := ps.p
	if i+1 >= len(p) {
		return -1
	}
	r, size := decode(p, i+1)
	if !isUpper(r) {
		return -1
	}
	r2, size2 := decode(p, i+1+size)
	ws := ps.word(i)
	w := p[ws:i]
	if r2 == ' ' && lowerWord(w, 3) {
		// "world.I dag", "Tuesday.A man": a one-letter word after a
		// lower-case word of three or more letters ("Ph.D student" has
		// a capital and two).
		return i + 1
	}
	if !isLower(r2) {
		return -1
	}
	letters, digits := 0, 0
	for j := 0; j < len(w); {
		c, sz := decode(w, j)
		switch {
		case isLetter(c):
			letters++
		case isDigit(c):
			digits++
		case c == ',' && digits > 0:
		default:
			return -1 // "www.x.Com", "e-mail@x.De", "Jr.'s"
		}
		j += sz
	}
	// "1,000.That" but not "1.Helado, 2.Carne" (a list).
	if letters < 2 && digits == 0 || letters > 0 && digits > 0 || letters == 0 && digits < 3 {
		return -1
	}
	if ps.d.abbr[string(ps.lowerKey(w))] != abbrNone {
		return -1
	}
	// The word after must end as a word, not as "Awesome.com".
	e := i + 1 + size + size2
	for e < len(p) {
		c, sz := decode(p, e)
		if !isLetter(c) {
			if c == '.' || c == '@' || c == '/' {
				if e+1 < len(p) {
					if n, _ := decode(p, e+1); isLetter(n) {
						return -1
					}
				}
			}
			break
		}
		e += sz
	}
	return i + 1
}

// footnote handles a period at i followed directly by a footnote number and
// a new sentence: "(type 2).10 This model", "consultation.11 12 Take". It
// returns where the sentence ends (after the numbers), or -1. The word
// before must end in a letter or a bracket, so "2.10 This" is a number.
func (ps *paraSplitter) footnote(i, j int) int {
	p := ps.p
	prev, _ := decodeLast(p, i)
	if !isLetter(prev) && prev != ')' && prev != ']' {
		return -1
	}
	end := -1
	k := j
	for {
		s := k
		for k < len(p) && k-s < 3 && '0' <= p[k] && p[k] <= '9' {
			k++
		}
		if k == s || k < len(p) && '0' <= p[k] && p[k] <= '9' {
			break
		}
		end = k
		if k+1 < len(p) && p[k] == ' ' && '0' <= p[k+1] && p[k+1] <= '9' {
			k++
			continue
		}
		break
	}
	if end < 0 || end+1 >= len(p) || p[end] != ' ' {
		return -1
	}
	if f, _ := decode(p, end+1); !isUpper(f) {
		return -1
	}
	return end
}

// webAddress reports whether w is a URL, a host name or an e-mail address:
// "https://x.org/a", "www.gov.pl", "press@x.fr".
func webAddress(w []byte) bool {
	if len(w) >= 4 && (w[0] == 'w' || w[0] == 'W') && strings.EqualFold(string(w[:4]), "www.") {
		return true
	}
	at := bytes.IndexByte(w, '@')
	return bytes.Contains(w, []byte("://")) || at > 0 && bytes.IndexByte(w[at:], '.') > 0
}

// shortLower reports whether w is a lower-case word of at most
// maxSpacedPart letters.
func shortLower(w []byte) bool {
	return lowerWord(w, 1) && utf8.RuneCount(w) <= maxSpacedPart
}

// shortWord reports whether w is a word of at most maxSpacedPart letters.
func shortWord(w []byte) bool {
	return lettersOnly(w) && utf8.RuneCount(w) <= maxSpacedPart
}

// lettersOnly reports whether b is one or more letters and nothing else.
func lettersOnly(b []byte) bool {
	for j := 0; j < len(b); {
		r, size := decode(b, j)
		if !isLetter(r) {
			return false
		}
		j += size
	}
	return len(b) > 0
}

// lowerLetter reports whether w is one lower-case letter: "m", "h", "ч".
func lowerLetter(w []byte) bool {
	r, size := decode(w, 0)
	return size == len(w) && isLower(r)
}

// maxSpacedInitials is the most short words joined into an abbreviation
// written with spaces ("p. n. e."), and maxSpacedPart the most letters in
// each ("m. in.", "т. нар.").
const (
	maxSpacedInitials = 3
	maxSpacedPart     = 3
)

// spacedInitials returns the lower-cased key of the short lower-case words
// with periods that end with the short word w at ws, joined by periods,
// and where the first of them starts: "т. д." gives "т.д", "m. in." gives
// "m.in", "st. C." gives "st.c". The key is "" for a single word.
func (ps *paraSplitter) spacedInitials(ws int, w []byte) (string, int) {
	p := ps.p
	key := string(ps.lowerKey(w))
	s := ws
	start := ws
	for n := 1; n < maxSpacedInitials; n++ {
		e, ok := ps.prevWordEnd(s)
		if !ok || p[e-1] != '.' {
			break
		}
		s = ps.word(e - 1)
		if !shortLower(p[s : e-1]) {
			break
		}
		key = string(ps.lowerKey(p[s:e-1])) + "." + key
		start = s
	}
	if !strings.Contains(key, ".") {
		return "", ws
	}
	return key, start
}

// maxInitialLetters is the most letters (without their vowel signs) in
// one part of a dotted initialism written in an Indic script: "एम" (M),
// "एच" (H), "डब्ल्यू" (W) has three.
const maxInitialLetters = 3

// dottedSyllables reports whether the period at i joins two parts of a
// dotted initialism in an Indic script ("पी.एच.डी.", "एम.ए."): the parts
// on both sides are at most maxInitialLetters letters, and the part after
// ends with another period.
func dottedSyllables(p []byte, i int) bool {
	letters := 0
	for m := i; m > 0; {
		r, size := decodeLast(p, m)
		if r == '.' || isSpace(r) {
			break
		}
		if !unicode.IsMark(r) {
			letters++
		}
		m -= size
	}
	if letters == 0 || letters > maxInitialLetters {
		return false
	}
	letters = 0
	for m := i + 1; m < len(p); {
		r, size := decode(p, m)
		if r == '.' {
			return letters > 0 && letters <= maxInitialLetters
		}
		if isSpace(r) || letters > maxInitialLetters {
			return false
		}
		if !unicode.IsMark(r) {
			letters++
		}
		m += size
	}
	return false
}

// prevWordDot reports whether the word before position ws ends with a
// period.
func (ps *paraSplitter) prevWordDot(ws int) bool {
	e, ok := ps.prevWordEnd(ws)
	return ok && ps.p[e-1] == '.'
}

// initialAt reports whether an initial stands at m: one letter, its
// combining marks, and a period.
func (ps *paraSplitter) initialAt(m int) bool {
	p := ps.p
	r, size := decode(p, m)
	if !isLetter(r) {
		return false
	}
	for m += size; m < len(p); m += size {
		r, size = decode(p, m)
		if !unicode.IsMark(r) {
			return r == '.'
		}
	}
	return false
}

// lastAnyOf returns the index just after the last of chars in b, or -1.
func lastAnyOf(b []byte, chars string) int {
	for i := len(b); i > 0; {
		r, size := decodeLast(b, i)
		for _, c := range chars {
			if r == c {
				return i
			}
		}
		i -= size
	}
	return -1
}

// exclaimedNames are names spelt with a final "!" (a company, a TV show),
// lower-cased: their "!" ends no sentence, even before a capital ("Ghosh
// and Mahdian at Yahoo! Research extended ..."). Names that are also
// ordinary words or places ("Oklahoma!", "Yum!") are left out: there the
// exclamation is the likelier reading.
var exclaimedNames = map[string]bool{"yahoo": true, "jeopardy": true}

// timeZones are zone names that follow a clock time ("8 a.m. ET"): after
// "a.m."/"p.m." they carry the sentence on.
var timeZones = map[string]bool{
	"ET": true, "EST": true, "EDT": true, "CT": true, "CST": true, "CDT": true,
	"MT": true, "MST": true, "MDT": true, "PT": true, "PST": true, "PDT": true,
	"GMT": true, "UTC": true, "BST": true, "CET": true, "CEST": true, "IST": true,
	"JST": true, "AEST": true, "HKT": true, "SGT": true, "EAT": true, "WAT": true,
}

// maxTimePhrase is the most words that may stand before "a.m."/"p.m." in
// a sentence for the time to be an opening phrase ("At 5 a.m.", "By 10:30
// p.m.") rather than the sentence's end: no sentence is that short.
const maxTimePhrase = 2

// wordsSinceCut counts the words between the last sentence end before ws
// and ws, stopping early past maxTimePhrase.
func (ps *paraSplitter) wordsSinceCut(ws int) int {
	start := 0
	if n := len(ps.cuts); n > 0 && ps.cuts[n-1] < ws {
		start = ps.cuts[n-1]
	}
	words, inWord := 0, false
	for _, c := range ps.p[start:ws] {
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r'
		if !space && !inWord {
			words++
			if words > maxTimePhrase {
				break
			}
		}
		inWord = !space
	}
	return words
}

// brokenOff reports whether the closing quote of size bytes at i ends
// speech broken off with a dash before a capital: "... afore she comes,
// to--" At this moment, ...". Like "!" or "?", the broken-off speech ends a
// sentence; before a lower-case word ("Well--" he began) it goes on.
func (ps *paraSplitter) brokenOff(i, size int) bool {
	p := ps.p
	if last, _ := decodeLast(p, i); last != '—' && !(last == '-' && i >= 2 && p[i-2] == '-') {
		return false
	}
	m := i + size
	if m >= len(p) || !isSpace(rune(p[m])) {
		return false
	}
	for m < len(p) && isSpace(rune(p[m])) {
		m++
	}
	if m >= len(p) {
		return false
	}
	f, _ := decode(p, m)
	return isUpper(f)
}

// lowerWord reports whether w is all lower-case letters, at least minLen of
// them.
func lowerWord(w []byte, minLen int) bool {
	n := 0
	for j := 0; j < len(w); {
		c, sz := decode(w, j)
		if !isLower(c) {
			return false
		}
		n++
		j += sz
	}
	return n >= minLen
}
