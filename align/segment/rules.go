package segment

import (
	"slices"
	"unicode"
)

// span is a sentence inside a paragraph: bytes [start, end).
type span struct{ start, end int }

// candidate marks the bytes at which the scanner stops to look closer: the
// straight double quote (for speech broken off with a dash), the ASCII
// terminators (";" ":" and "|" only in some languages, see classify), line
// feeds, and the lead bytes of the multi-byte terminators of other scripts
// (checked after decoding).
var candidate = func() (t [256]bool) {
	for _, c := range []byte(".!?;:|\n\"") {
		t[c] = true
	}
	// ; (the Greek question mark U+037E, CD), ؟ ۔ (D8, DB), ։ (D6), । ॥
	// (E0), ። ፧ ။ ។ ៕ (E1), … ‼ ⁇ (E2), 。 (E3), ！ ？ ． ｡ (EF).
	for _, c := range []byte{0xCD, 0xD6, 0xD8, 0xDB, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF} {
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
	termStrong           // a full stop of a script that does not need a following space or capital: 。！？ ؟ ۔ । ॥ ። ፧ ။ ։ ។
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
	case '。', '！', '？', '｡', '．', '؟', '۔', '।', '॥', '።', '፧', '፨', '။', '։', '܁', '܂', '߹', '᠃', '᠉', '꓿', '꘎', '꛳', '꛷',
		'។', '៕': // Khmer khan and bariyoosan: not Unicode sentence terminals, but Khmer's full stops
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
	maxLine int   // longest line in runes (longestLine), -1 until counted
	indent  int   // runes of white space before p on its first line (an indented paragraph)
	lower   []byte
	markers []marker // scratch for findLists
	inList  []bool   // scratch for findLists

	keepQuotes bool        // QuotesKeep: no sentence ends inside a quotation
	quotesDone bool        // quotes holds this paragraph's quotations
	quotes     []quotation // the paragraph's quotations, by opening mark
	quoteStack []openQuote // scratch for findQuotations
	openQuotes []quotation // quotations around the last stop looked at
	nextQuote  int         // first quotation not yet in openQuotes

	skipped skippedRun // the last run of openers firstLetter skipped

	err error // the first failure of an SRX rule (a search that timed out)
}

// reset readies the splitter for paragraph p, forgetting what it found in
// the last one. The quotation fields are refilled by findQuotations, on
// first need (quotesDone), and the scratch slices by their users; err is
// kept, since a rule's failure ends the stream.
func (ps *paraSplitter) reset(p []byte) {
	ps.p = p
	ps.cuts = ps.cuts[:0]
	ps.listDot = ps.listDot[:0]
	ps.maxLine = -1
	ps.quotesDone = false
	ps.skipped.ok = false
}

// split appends the sentences of paragraph p to dst.
func (ps *paraSplitter) split(p []byte, dst []span) []span {
	ps.reset(p)
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
	t := ps.readRun(i)
	end = t.k
	// The period of a list marker ("1. The first") or of a section number
	// opening the paragraph ("8.1. The locale") ends nothing.
	if t.periods == 1 && t.j == i+1 && (ps.isListDot(i) || ps.sectionNumberDot(i)) {
		return end, -1
	}
	if t.k >= len(ps.p) {
		return end, -1 // the paragraph ends here anyway
	}
	x, _ := decode(ps.p, t.k)
	if t.strong > 0 && ps.insideBrackets(t.k) {
		return end, -1
	}
	if !isSpace(x) {
		return ps.glued(i, t, x)
	}
	return end, ps.beforeSpace(i, t)
}

// termRun is a run of final punctuation read by readRun: how many stops
// of each class it holds, where the stops end (j) and where the closing
// quotes, brackets and footnote marks after them end (k).
type termRun struct {
	periods, excl, ellips, strong, greekQ, colon int
	spaced                                       bool // ". . ." with spaces
	cjk                                          bool // a strong stop of Chinese or Japanese: 。！？｡．
	j, k                                         int
}

// readRun reads the run of final punctuation that starts at i ("?!",
// "...", ". . .") and the closers after it.
func (ps *paraSplitter) readRun(i int) termRun {
	p, d := ps.p, ps.d
	n := len(p)
	var t termRun
	j := i
	for j < n {
		r, size := decode(p, j)
		switch d.classify(r) {
		case termPeriod:
			t.periods++
		case termExcl:
			t.excl++
		case termEllips:
			t.ellips++
		case termStrong:
			t.strong++
			t.cjk = t.cjk || r == '。' || r == '！' || r == '？' || r == '｡' || r == '．'
		case termGreekQ:
			t.greekQ++
		case termColon:
			t.colon++
		default:
			if ethiopicDoubleColon(p, j) {
				t.strong++
				j += 2 * size
				continue
			}
			// ". . ." spaced ellipsis
			if r == ' ' && t.periods > 0 && j+1 < n && p[j+1] == '.' {
				t.spaced = true
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
		if k > j && (r == '“' || r == '‘') {
			// “ closes a German quotation („…“), but right after ” it
			// opens the next one, as Chinese writes two quoted
			// sentences without a space (“……。”“……。”); so ‘ after ’.
			if prev, _ := decodeLast(p, k); prev == r+1 {
				break
			}
		}
		if isCloser(r) || unicode.Is(unicode.Cf, r) || d.classify(r) != termNone && d.classify(r) != termPeriod {
			k += size
			continue
		}
		if r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' {
			// French spacing: "… en Iran. »"; a stray space before a
			// CJK closing quote: "你不会摔交。 ”". After the other
			// strong stops a space is the usual spacing (Hindi and
			// Bengali "गया। "मैं …", FLORES bn-hi), and a mark that
			// may open, glued to the next word, opens the next
			// sentence.
			if r2, size2 := decode(p, k+size); r2 == '»' || r2 == '›' || t.strong > 0 && isCloser(r2) && (t.cjk || !opensNext(p, k+size, r2, size2)) {
				k += size + size2
				continue
			}
		}
		if r == ' ' && d.commaQuotes && k+2 < n && p[k+1] == '\'' && p[k+2] == '\'' && (k+3 == n || isSpaceByte(p[k+3])) {
			// "gegaan. '' Veertig": two apostrophes standing alone
			// after a stop close its quotation.
			k += 3
			continue
		}
		if size := footnoteMark(p, k); size > 0 {
			k += size
			continue
		}
		if r == ' ' && t.colon == 0 {
			// "archive. [20] See", "archive. ^[20] See": a footnote
			// mark set off by a space still belongs to the sentence
			// before it, when a space or the paragraph's end follows.
			if size := footnoteMark(p, k+1); size > 0 && (k+1+size == n || isSpaceByte(p[k+1+size])) {
				k += 1 + size
				continue
			}
		}
		break
	}
	t.j, t.k = j, k
	return t
}

// opensNext reports whether the mark r (size bytes at k) is a quotation
// mark that may open ('"', "'", '“', '‘', '«') with a letter or digit
// right after it: the opening of the next sentence, not a closing one.
func opensNext(p []byte, k int, r rune, size int) bool {
	switch r {
	case '"', '\'', '“', '‘', '«':
	default:
		return false
	}
	next, _ := decode(p, k+size)
	return unicode.IsLetter(next) || unicode.IsDigit(next)
}

// footnoteMark returns the length of the footnote mark at k, or 0: a
// number in brackets ("[1]", "[7,8]", "[2-11]"), the same after a caret
// ("^[20]", as text renderings of DocBook and w3m write footnotes), or a
// run of superscript digits ("¹", "¹²").
func footnoteMark(p []byte, k int) int {
	n := len(p)
	if k >= n {
		return 0
	}
	m := k
	if p[m] == '^' {
		m++
	}
	if m < n && p[m] == '[' {
		e := m + 1
		for e < n && (isDigit(rune(p[e])) || p[e] == ',' || p[e] == '-') {
			e++
		}
		if e > m+1 && e < n && p[e] == ']' {
			return e + 1 - k
		}
		return 0
	}
	if m > k {
		return 0 // a caret alone
	}
	for m < n {
		r, size := decode(p, m)
		if !superscriptDigit(r) {
			break
		}
		m += size
	}
	return m - k
}

// superscriptDigit reports whether r is one of ⁰ ¹ ² ³ ⁴ ⁵ ⁶ ⁷ ⁸ ⁹.
func superscriptDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || r == '⁰' || '⁴' <= r && r <= '⁹'
}

// glued decides a run followed directly, at t.k, by x, not white space:
// the stops of scripts without spaces, Western stops in CJK text, and a
// missing space ("world.Today", "ready?Let's").
func (ps *paraSplitter) glued(i int, t termRun, x rune) (end, cut int) {
	p := ps.p
	j, k, end := t.j, t.k, t.k
	strong, excl, periods, ellips := t.strong, t.excl, t.periods, t.ellips
	if strong > 0 {
		if k > j && titleMarkIn(p, j, k) {
			// "我读过《再见。》这本书": a stop inside a title.
			return end, -1
		}
		if k > j && holdsClosingMark(p, j, k) && unicode.Is(unicode.Hiragana, x) {
			// 「こんにちは。」と言った: a particle after a closing
			// quotation carries the sentence on. In Chinese the
			// text after “……。” is a new sentence (说着也站了起来).
			return end, -1
		}
		return end, k
	}
	if isCJK(x) && (excl > 0 || periods == 1 && ellips == 0) {
		if k > j && holdsClosingMark(p, j, k) && unicode.Is(unicode.Hiragana, x) {
			// 「誰?」と聞いた: a half-width stop before a closing
			// quotation and a particle carries the sentence on, as
			// the full-width one does above.
			return end, -1
		}
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
			if ps.d.abbr[string(ps.lowerKey(p[ps.wordStart(i):i]))] == abbrNone && !dottedSyllables(p, i) {
				return end, k
			}
		}
	}
	if excl > 0 && periods == 0 && ellips == 0 && k == j && ps.missingSpaceExcl(i, k) {
		return end, k
	}
	if periods == 1 && excl == 0 && ellips == 0 && j == i+1 && k == j {
		if c := ps.footnote(i, j); c >= 0 {
			return c, c
		}
		return end, ps.missingSpace(i)
	}
	return end, -1
}

// beforeSpace decides a run followed by white space, by what comes next.
func (ps *paraSplitter) beforeSpace(i int, t termRun) int {
	p := ps.p
	n := len(p)
	j, k := t.j, t.k
	periods, excl, ellips, strong, greekQ, colon := t.periods, t.excl, t.ellips, t.strong, t.greekQ, t.colon
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
		return -1
	}
	f, fpos := ps.firstLetter(m)
	if isLower(f) {
		// "'s Avonds", "'t Is": a Dutch elided article before the
		// sentence's first word.
		f, fpos = ps.pastElidedArticle(f, fpos)
	}
	switch {
	case strong > 0 && k > j && ps.quotative(m):
		return -1
	case strong > 0 || greekQ > 0:
		return k
	case !isLetter(f) && !isDigit(f):
		// "! ! !", ",,Das", "/ [...]": punctuation goes on the sentence.
		return -1
	case colon > 0:
		if isLower(f) {
			return -1
		}
		return k
	case periods == 0 && ellips == 0: // ! ? runs
		if isLower(f) && ps.itemLineAt(k, m) {
			return k
		}
		if isLower(f) && excl >= 2 && k == j && !ps.openBracketBefore(i) {
			// "does it fix the crash?? tried everything": a doubled
			// mark is an emphatic end, in forum posts before a
			// lower-case start too; a single "?" before a lower-case
			// word may be a question inside a sentence.
			return k
		}
		if isLower(f) || isDigit(f) && ps.openBracketBefore(i) {
			// "Loved it! 10/10 would" ends before the digit, "[16:
			// firma? 13:28]" (a time in a bracket) does not.
			return -1
		}
		if excl == 1 && j == i+1 && p[i] == '!' && exclaimedNames[string(ps.lowerKey(p[ps.wordStart(i):i]))] {
			return -1 // "Yahoo! Research": the "!" is part of a name
		}
		return k
	case ellips > 0 || periods >= 2:
		if prev, _ := decodeLast(p, i); prev == '[' || prev == '(' {
			return -1 // "[...]": an omission mark
		}
		dots := periods + 3*ellips
		if t.spaced && dots == 3 {
			return -1 // ". . ." inside a sentence
		}
		if isCJK(f) {
			return -1 // "大丈夫一言既出，…… 马难追": a pause, not an end
		}
		if isUpper(f) || isLetter(f) && !isLower(f) {
			return k
		}
		return -1
	}
	// A single period.
	if isLower(f) && !ps.d.lowerStarts && !ps.itemLineAt(k, m) {
		return -1
	}
	if k == i+1 && quotedTitleAt(p, m) {
		if s := dottedNumberBefore(p, i); s >= 0 && ps.referenceBefore(s) {
			return -1 // "Developer's Reference, 5.8. "Handling bugs"."
		}
	}
	return ps.period(i, k, f, fpos)
}

// dottedNumberBefore returns the start of a dotted section number of two
// numbers or more, each of at most maxSectionDigits digits, that ends at
// the period at i: "5.8.", "10.1.12."; -1 for "2024.06.01." (a date), "5."
// alone, or a number with a letter or digit glued before it, part of a
// word ("v2.6.").
func dottedNumberBefore(p []byte, i int) int {
	numbers, digits := 0, 0
	k := i
	for k > 0 {
		c := p[k-1]
		if '0' <= c && c <= '9' {
			digits++
			if digits > maxSectionDigits {
				return -1
			}
		} else if c == '.' && digits > 0 {
			numbers++
			digits = 0
		} else {
			break
		}
		k--
	}
	if digits > 0 {
		numbers++
	}
	if numbers < 2 || p[k] == '.' {
		return -1
	}
	if r, _ := decodeLast(p, k); isLetter(r) || isDigit(r) {
		return -1
	}
	return k
}

// referenceBefore reports whether the number starting at s stands where a
// section reference does: at a line start, after a comma, colon,
// semicolon or opening bracket, ASCII or CJK (in apposition to the
// document it numbers: "Developer's Reference, 5.8.", "リファレンス、5.8.";
// in a list: "4.1. "Scope"; 5.8. "Handling bugs""), or after a word
// naming a part of a document ("section 10.1.2.", "Kapitel 5.8.", "в
// разделе 5.8.", "§ 5.8."). After any other word the number is a version or a figure of the
// sentence ("We use Python 3.12."), and a quotation after its period opens
// the next sentence ("We use Python 3.12. "It works" is all we hear.").
func (ps *paraSplitter) referenceBefore(s int) bool {
	p := ps.p
	e := s
	for e > 0 && (p[e-1] == ' ' || p[e-1] == '\t') {
		e--
	}
	if e == 0 || p[e-1] == '\n' {
		return true
	}
	r, _ := decodeLast(p, e)
	switch r {
	case ',', ':', ';', '(', '[', '、', '，', '：', '§':
		return true
	}
	ws := ps.wordStart(e)
	w := p[ws:e]
	if n := len(w); n > 1 && w[n-1] == '.' {
		w = w[:n-1] // an abbreviation: "sec.", "Kap.", "разд."
	}
	return sectionWords[string(ps.lowerKey(w))]
}

// sectionWords name a part of a document before its number, in the
// languages the segmenter knows best, with their abbreviations and, for
// the languages that decline them, the locative and genitive forms a
// reference takes ("в разделе", "w rozdziale").
var sectionWords = words(`section sections sec chapter chapters chap ch part
	appendix annex paragraph para clause article art step item figure fig table
	sección secciones capítulo capítulos cap apartado parte apéndice anexo
	párrafo artículo
	chapitre chapitres partie annexe paragraphe
	abschnitt abschnitte abschn kapitel teil anhang absatz abs ziffer
	sezione capitolo capitoli paragrafo articolo appendice
	seção secção capítulo artigo apêndice
	hoofdstuk paragraaf bijlage
	раздел разделе раздела разделы глава главе главы пункт пункте пункта п
	часть части приложение приложении статья статье ст
	розділ розділі розділу частина частині додаток додатку стаття статті
	rozdział rozdziale rozdziału sekcja sekcji punkt punkcie część części
	załącznik załączniku artykuł artykule`)

// maxQuotedTitle is the most bytes of a quoted title after a section
// number ("5.8. "Handling bugs""): a title, not a quoted sentence.
const maxQuotedTitle = 120

// quotedTitleAt reports whether a short quotation opens at m and closes
// within maxQuotedTitle bytes with no stop or comma inside: a title that
// a section number names ("5.8. «Handling bugs»", "5.8. 「Handling
// bugs」"), not speech ("2.6. "Go now," he said").
func quotedTitleAt(p []byte, m int) bool {
	open, size := decode(p, m)
	var closing, alt rune // alt: German „…“ or „…”
	switch open {
	case '"':
		closing = '"'
	case '“':
		closing = '”'
	case '„':
		closing, alt = '“', '”'
	case '«':
		closing = '»'
	case '»':
		closing = '«'
	case '‘':
		closing = '’'
	case '「':
		closing = '」'
	case '『':
		closing = '』'
	default:
		return false
	}
	s := m + size
	for k := s; k < len(p) && k-s <= maxQuotedTitle; {
		r, size := decode(p, k)
		if r == closing || r == alt && alt != 0 {
			return k > s
		}
		switch r {
		case '.', '!', '?', ',', ';', '…', '。', '！', '？', '、', '，':
			return false
		}
		k += size
	}
	return false
}

// missingSpaceExcl decides a "?" or "!" run at i followed directly, at k,
// by a letter: "Are you ready?Let's go." ends a sentence when a word of
// two or more letters stands before the run and a capitalized word of
// letters after it, unless the word is a name spelt with "!"
// (exclaimedNames: "Yahoo!News"); a query string ("index.php?Id=5", "?Lang=en") has
// other characters in the word before or a "=" after.
func (ps *paraSplitter) missingSpaceExcl(i, k int) bool {
	p := ps.p
	r, size := decode(p, k)
	if !isUpper(r) {
		return false
	}
	if r2, _ := decode(p, k+size); !isLower(r2) && r2 != '\'' && r2 != '’' {
		return false
	}
	ws := ps.wordStart(i)
	if i-ws < 2 {
		return false
	}
	if exclaimedNames[string(ps.lowerKey(p[ws:i]))] {
		return false // "Yahoo!News": the name's "!", glued to the next word as it is before a space
	}
	for j := ws; j < i; {
		c, sz := decode(p, j)
		if !isLetter(c) {
			return false
		}
		j += sz
	}
	for e := k; e < len(p) && e-k < maxWord; {
		c, sz := decode(p, e)
		if c == '=' || c == '&' || c == '/' {
			return false
		}
		if isSpace(c) {
			break
		}
		e += sz
	}
	return true
}

// openBracketBefore reports whether a round or square bracket opens and
// does not close between the last sentence end and i, looking back at most
// bracketLookahead bytes.
func (ps *paraSplitter) openBracketBefore(i int) bool {
	start := max(0, i-bracketLookahead)
	if n := len(ps.cuts); n > 0 && ps.cuts[n-1] > start {
		start = ps.cuts[n-1]
	}
	depth := 0
	for j := i - 1; j >= start; j-- {
		switch ps.p[j] {
		case ')', ']':
			depth--
		case '(', '[':
			depth++
			if depth > 0 {
				return true
			}
		}
	}
	return false
}

// bracketLookahead bounds the search for a closing bracket after a full
// stop of a script without spaces: enough for a parenthetical sentence.
const bracketLookahead = 256

// insideBrackets reports whether position k lies inside a full-width
// bracket or quotation that closes later without opening first: "（これは
// 山です。これは山です）" is one sentence. With QuotesSplit a quotation
// (「…」 『…』) is no bracket: "「戦争をするつもりだった。何百万の人間が死ぬだ
// ろう。」" ends a sentence inside it, as a quotation of other scripts does.
func (ps *paraSplitter) insideBrackets(k int) bool {
	p := ps.p
	for m := k; m < len(p) && m-k < bracketLookahead; {
		r, size := decode(p, m)
		switch r {
		case '」', '』':
			if ps.keepQuotes {
				return true
			}
		case '）', '】', '〕', '》', '〉':
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

// titleMarkIn reports whether p[j:k] (closers after a full stop) holds
// the closing mark of a CJK title (》 〉): a stop inside a book's or a
// film's title ends no sentence.
func titleMarkIn(p []byte, j, k int) bool {
	for m := j; m < k; {
		r, size := decode(p, m)
		if r == '》' || r == '〉' {
			return true
		}
		m += size
	}
	return false
}

// holdsClosingMark reports whether p[j:k] (closers after a full stop) holds a
// closing bracket or quotation mark of CJK or Western typography.
func holdsClosingMark(p []byte, j, k int) bool {
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

// exclaimedNames are names spelt with a final "!" (a company, a TV show),
// lower-cased: their "!" ends no sentence, even before a capital ("Ghosh
// and Mahdian at Yahoo! Research extended ..."). Names that are also
// ordinary words or places ("Oklahoma!", "Yum!") are left out: there the
// exclamation is the likelier reading.
var exclaimedNames = map[string]bool{"yahoo": true, "jeopardy": true}

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
