package tm

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext/bitext/normalize"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Penalties, in percentage points, subtracted from the word similarity. They
// are small, as in OmegaT and Trados: the match is still the same sentence,
// but the translator has to touch it.
const (
	// penaltyCase is taken per word that differs only in case.
	penaltyCase = 1
	// penaltyMarks is taken per ordinary word that differs only in
	// diacritics; a capitalized word (a name) differing so is a spelling
	// variant and free.
	penaltyMarks = 1
	// penaltyNumber is taken per number that differs and was substituted in
	// the proposed translation.
	penaltyNumber = 1
	// penaltyTags is taken when the stored segment has inline tags that a
	// plain-text query cannot have.
	penaltyTags = 1
	// penaltyPunct is taken per punctuation mark added or removed, up to
	// maxPunctPenalty.
	penaltyPunct    = 1
	maxPunctPenalty = 3
)

// edit operations on the word path.
const (
	opNone = iota
	opMatch
	opSub
	opDel   // a query word missing from the TM segment
	opIns   // a TM word missing from the query
	opMerge // two query words are one TM word ("Saeed Reza" / "Saeedreza")
	opSplit // one query word is two TM words
)

// matcher scores TM segments against one query. It reuses its buffers and
// is not safe for concurrent use.
type matcher struct {
	query string
	form  string   // textForm(query)
	qt    []token  // all tokens of the query
	qw    []int    // indexes in qt of its words and numbers
	qf    []string // folded words
	qid   []int32  // word ids: equal folded words, equal ids
	qcap  []bool   // capitalized words (names, perhaps)
	ids   map[string]int32
	qpunc []string
	qk    []string // name keys of query words, computed when needed
	ck    []string // name keys of segment words

	ct    []token
	cw    []int
	cf    []string
	cid   []int32
	ccap  []bool
	tt    []token  // target tokens
	tf    []string // their forms (numbers only; "" for others)
	cost  []int32
	op    []uint8
	lcs   []int32
	subst []numSub

	nl  *numLocale // how the query and the stored sources write numbers
	tnl *numLocale // how the current target does
}

// numSub replaces the target number of form from (a number of the stored
// source that differs in the query) by to, the query's number.
type numSub struct{ from, to, toText string }

// newMatcher returns a matcher of query, a segment in language src.
func newMatcher(query string, src language.Tag) *matcher {
	m := &matcher{query: query, form: textForm(query), nl: numbersOf(src)}
	m.qt = mergeNumbers(query, tokenize(query, nil), m.nl)
	for i, t := range m.qt {
		if t.kind == tokPunct {
			m.qpunc = append(m.qpunc, typoFold(t.text))
			continue
		}
		m.qw = append(m.qw, i)
		f := wordForm(t, m.nl)
		m.qf = append(m.qf, f)
		id, ok := m.ids[f]
		if !ok {
			if m.ids == nil {
				m.ids = map[string]int32{}
			}
			id = int32(len(m.ids))
			m.ids[f] = id
		}
		m.qid = append(m.qid, id)
		m.qcap = append(m.qcap, t.kind == tokWord && isCapitalized(t.text))
	}
	m.qk = make([]string, len(m.qw))
	return m
}

// wordForm is what a word or number compares by: a word its folded form,
// a number "#" and its value in a language writing numbers as nl (so that
// "12,000" in English is "12 000" in French), or, if it is no single
// number there ("2.6.5", "12.05.2020"), "~" and its text with ASCII
// digits, separators kept: folding would drop them, and "2.6.5" would be
// "265" (the word index folds so, to find candidates; scores must not).
func wordForm(t token, nl *numLocale) string {
	if t.kind == tokNumber {
		if v, ok := numValue(t.text, nl); ok {
			return "#" + v
		}
		return "~" + asciiDigits(t.text)
	}
	return fold(t.text)
}

// asciiDigits is s with its digits of any script written in ASCII.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if isDigit(r) {
			return '0' + digitValue(r)
		}
		return r
	}, s)
}

// replaceable reports whether a stored number of form c (wordForm) may be
// replaced by the query's number of form q in the proposed translation:
// two numbers with a value ("#") but not the same digits ("61" against
// the section number "6.1", "1,000" against "1.000" read as 1 in English:
// a separator dropped, added or read another way is no other number but
// another word), or two numbers without one ("~": versions, section
// numbers, dates) of one shape ("2.6.5" and "2.6.6", not "2.6"). A number
// against one without a value ("265" against "2.6.5") is another word.
func replaceable(q, c string) bool {
	switch {
	case q[0] == '#' && c[0] == '#':
		noDot := func(v string) string { return strings.Replace(v[1:], ".", "", 1) }
		return noDot(q) != noDot(c)
	case q[0] == '~' && c[0] == '~':
		return numberShape(q) == numberShape(c)
	}
	return false
}

// numberShape is a number's text with each run of digits as one "0".
func numberShape(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		if isDigit(r) {
			if !in {
				b.WriteByte('0')
			}
			in = true
			continue
		}
		in = false
		b.WriteRune(r)
	}
	return b.String()
}

// maxCells bounds the tables of the word-by-word comparisons (score,
// diff, punctDiff): a query and a segment of some 2,900 words each, which
// takes tens of MB and a fraction of a second. Texts longer than that are
// no sentences (a document stored or looked up as one segment), and their
// tables would take GBs: a 100,000-word lookup ran out of memory.
const maxCells = 1 << 23

// result is the score of one TM segment.
type result struct {
	// tooLong says the segment and the query are too long to compare
	// word by word (maxCells): score is 0 and the segment no fuzzy match,
	// though it may hold the query (a fragment).
	tooLong     bool
	score       int
	target      string // with differing numbers substituted
	substituted bool
	// note says why differing numbers were left as stored, if they were.
	note string
}

// score compares the query with a TM source segment (hasTags: its markup
// has inline elements) and proposes its target, a segment in a language
// writing numbers as tnl.
//
// The score is 100 * (1 - D/L), floored, where D is the word-level edit
// distance between the query and the segment and L the larger word count,
// minus the penalties above; a segment that is not the query's text (white
// space aside) scores at most 99.
//
// Numbers that differ are replaced in the target all or none: when each is
// of the query's number's kind (replaceable) and has one number of its
// value in the target, all are (and each costs
// penaltyNumber instead of a word); when one has not, none is, each counts
// as a changed word, and the result has a note.
func (m *matcher) score(src string, hasTags bool, target string, tnl *numLocale) result {
	if f := textForm(src); f == m.form || typoEqual(f, m.form) {
		// A curly apostrophe, quote or a dash for the straight mark is
		// the same text (typoRune): the stored target, the diff showing it.
		return result{score: 100, target: target}
	}
	m.tnl = tnl
	cpunc := m.segmentWords(src)
	m.targetNumbers(target, tnl)
	n, k := len(m.qw), len(m.cw)
	if int64(n+1)*int64(k+1) > maxCells {
		return result{tooLong: true, target: target}
	}
	cost, op := m.editTable()
	penalty, stale, unlike := m.pathPenalty(op)
	if d := punctDiff(m.qpunc, cpunc, &m.lcs); d > 0 {
		penalty += min(d*penaltyPunct, maxPunctPenalty)
	}
	if hasTags {
		penalty += penaltyTags
	}
	// Two numbers of the segment with one value but different
	// replacements cannot both be replaced.
	for a := range m.subst {
		for b := range a {
			if m.subst[a].from == m.subst[b].from && m.subst[a].to != m.subst[b].to {
				stale++
			}
		}
	}
	dist := int64(cost[len(cost)-1])
	var note string
	if stale+unlike > 0 && len(m.subst) > 0 {
		// All or none: the replaceable ones count as changed words too.
		why := "have no single counterpart in the translation"
		switch {
		case stale == 0:
			why = "are another kind of number than the query's (2.6.5 for 265, 1.000 for 1,000)"
		case unlike > 0:
			why = "have no single counterpart in the translation or are another kind of number than the query's"
		}
		stale += unlike
		note = fmt.Sprintf("numbers left as stored: %d of %d differing numbers %s", stale, stale+len(m.subst), why)
		dist += int64(len(m.subst))
		penalty -= len(m.subst) * penaltyNumber
		m.subst = m.subst[:0]
	}
	L := max(n, k)
	pct := 100
	if L > 0 {
		pct = int(100 * (int64(L) - dist) / int64(L))
	}
	pct = max(0, min(99, pct-penalty))
	r := result{score: pct, target: target, note: note}
	if len(m.subst) > 0 {
		r.target, r.substituted = m.substitute(target), true
	}
	return r
}

// segmentWords cuts the stored segment src into tokens (m.ct) and sets,
// for each of its words, its token index (m.cw), form (m.cf), id among
// the query's word forms (m.cid, -1 for none), capital (m.ccap) and key
// slot (m.ck); it returns the segment's punctuation.
func (m *matcher) segmentWords(src string) (punct []string) {
	m.ct = mergeNumbers(src, tokenize(src, m.ct), m.nl)
	m.cw, m.cf, m.ck, m.cid, m.ccap = m.cw[:0], m.cf[:0], m.ck[:0], m.cid[:0], m.ccap[:0]
	for i, t := range m.ct {
		if t.kind == tokPunct {
			punct = append(punct, typoFold(t.text))
			continue
		}
		m.cw = append(m.cw, i)
		f := wordForm(t, m.nl)
		m.cf = append(m.cf, f)
		id, ok := m.ids[f]
		if !ok {
			id = -1 // in no query word
		}
		m.cid = append(m.cid, id)
		m.ccap = append(m.ccap, t.kind == tokWord && isCapitalized(t.text))
		m.ck = append(m.ck, "")
	}
	return punct
}

// targetNumbers sets the target's tokens (m.tt) and the forms of its
// numbers (m.tf; "" for other tokens): a number of the segment whose value
// occurs once in the target can be replaced.
func (m *matcher) targetNumbers(target string, tnl *numLocale) {
	m.tt = mergeNumbers(target, tokenize(target, m.tt), tnl)
	m.tf = m.tf[:0]
	for _, t := range m.tt {
		f := ""
		if t.kind == tokNumber {
			f = wordForm(t, tnl)
		}
		m.tf = append(m.tf, f)
	}
}

// editTable fills the word edit distance table of the query's words
// (rows) against the segment's (columns), row-major with len(m.cw)+1
// columns: cost, and op, the step that reached each cell. A number
// replaced in the target costs nothing; two words written as one on the
// other side (opMerge, opSplit) cost nothing.
func (m *matcher) editTable() (cost []int32, op []uint8) {
	n, k := len(m.qw), len(m.cw)
	w := k + 1
	size := (n + 1) * w
	if cap(m.cost) < size {
		m.cost = make([]int32, size)
		m.op = make([]uint8, size)
	}
	cost, op = m.cost[:size], m.op[:size]
	for i := 0; i <= n; i++ {
		cost[i*w], op[i*w] = int32(i), opDel
	}
	for j := 0; j <= k; j++ {
		cost[j], op[j] = int32(j), opIns
	}
	op[0] = opNone
	for i := 1; i <= n; i++ {
		qtok := m.qt[m.qw[i-1]]
		for j := 1; j <= k; j++ {
			ctok := m.ct[m.cw[j-1]]
			best, bop := cost[(i-1)*w+j-1], uint8(opMatch)
			if !m.same(i-1, j-1) {
				best++
				bop = opSub
				if qtok.kind == tokNumber && ctok.kind == tokNumber && m.countInTarget(m.cf[j-1]) == 1 &&
					replaceable(m.qf[i-1], m.cf[j-1]) {
					best-- // substituted in the target
				}
			}
			if c := cost[(i-1)*w+j] + 1; c < best {
				best, bop = c, opDel
			}
			if c := cost[i*w+j-1] + 1; c < best {
				best, bop = c, opIns
			}
			if i >= 2 && qtok.kind == tokWord && joins(m.qf[i-2], m.qf[i-1], m.cf[j-1]) {
				if c := cost[(i-2)*w+j-1]; c < best {
					best, bop = c, opMerge
				}
			}
			if j >= 2 && ctok.kind == tokWord && joins(m.cf[j-2], m.cf[j-1], m.qf[i-1]) {
				if c := cost[(i-1)*w+j-2]; c < best {
					best, bop = c, opSplit
				}
			}
			cost[i*w+j], op[i*w+j] = best, bop
		}
	}
	return cost, op
}

// pathPenalty walks the edit path of op back from the last cell: the
// points taken for words matched but written otherwise (case, marks), the
// numbers to replace in the target (m.subst, each with its penalty), and
// how many differing numbers cannot be replaced: stale, those with no
// single counterpart in the target, and unlike, those of another kind
// than the query's (replaceable).
func (m *matcher) pathPenalty(op []uint8) (penalty, stale, unlike int) {
	w := len(m.cw) + 1
	m.subst = m.subst[:0]
	for i, j := len(m.qw), len(m.cw); i > 0 || j > 0; {
		switch op[i*w+j] {
		case opMatch:
			q, c := m.qt[m.qw[i-1]].text, m.ct[m.cw[j-1]].text
			if q != c {
				q, c = norm.NFC.String(q), norm.NFC.String(c) // composed or not, one word
			}
			if q != c && !typoEqual(q, c) { // Don’t is Don't
				if strings.EqualFold(q, c) {
					penalty += penaltyCase
				} else if !isCapitalized(q) || !isCapitalized(c) {
					penalty += penaltyMarks
				}
			}
			i, j = i-1, j-1
		case opSub:
			q, c := m.qt[m.qw[i-1]], m.ct[m.cw[j-1]]
			if q.kind == tokNumber && c.kind == tokNumber {
				switch {
				case !replaceable(m.qf[i-1], m.cf[j-1]):
					unlike++
				case m.countInTarget(m.cf[j-1]) == 1:
					m.subst = append(m.subst, numSub{from: m.cf[j-1], to: m.qf[i-1], toText: q.text})
					penalty += penaltyNumber
				default:
					stale++
				}
			}
			i, j = i-1, j-1
		case opDel:
			i--
		case opIns:
			j--
		case opMerge:
			i, j = i-2, j-1
		case opSplit:
			i, j = i-1, j-2
		default:
			i, j = 0, 0
		}
	}
	return penalty, stale, unlike
}

// inside reports whether the query's words (fragmentMinWords or more)
// occur consecutively in the longer segment src, punctuation aside, and
// where: the byte span in src, and the share in percent (at most 99) of
// src's words that they are.
func (m *matcher) inside(src string) (span [2]int, cover int, ok bool) {
	n := len(m.qw)
	if n < fragmentMinWords {
		return span, 0, false
	}
	toks := mergeNumbers(src, tokenize(src, nil), m.nl)
	var ws []token
	var fs []string
	for _, t := range toks {
		if t.kind != tokPunct {
			ws, fs = append(ws, t), append(fs, wordForm(t, m.nl))
		}
	}
	if len(ws) <= n {
		return span, 0, false
	}
	for i := 0; i+n <= len(ws); i++ {
		if slices.Equal(fs[i:i+n], m.qf) {
			return [2]int{ws[i].start, ws[i+n-1].end}, min(99, 100*n/len(ws)), true
		}
	}
	return span, 0, false
}

// joins reports whether a+b == w, without building a+b.
func joins(a, b, w string) bool {
	return len(a)+len(b) == len(w) && strings.HasPrefix(w, a) && strings.HasSuffix(w, b)
}

// same reports whether query word i and segment word j are the same word:
// equal, equal but for case or diacritics (their folded forms match), or
// two spellings of one name (capitalized, with equal normalize keys).
func (m *matcher) same(i, j int) bool {
	if m.cid[j] >= 0 && m.qid[i] == m.cid[j] {
		return true
	}
	if !m.qcap[i] || !m.ccap[j] {
		return false
	}
	if m.qk[i] == "" {
		m.qk[i] = normalize.Key(m.qt[m.qw[i]].text)
	}
	if m.ck[j] == "" {
		m.ck[j] = normalize.Key(m.ct[m.cw[j]].text)
	}
	return m.qk[i] == m.ck[j]
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || (r >= 0x80 && !unicode.IsLower(r) && unicode.IsLetter(r))
}

// countInTarget counts the numbers of form f (wordForm) in the target.
func (m *matcher) countInTarget(f string) int {
	n := 0
	for _, tf := range m.tf {
		if tf == f {
			n++
		}
	}
	return n
}

// substitute replaces, in the target, each number of the TM segment that
// differs in the query by the query's number, written with the digits and
// separators of the number it replaces (or, where that shows none, of the
// target language).
func (m *matcher) substitute(target string) string {
	var b strings.Builder
	last := 0
	for i, t := range m.tt {
		if t.kind != tokNumber {
			continue
		}
		for _, s := range m.subst {
			if s.from == m.tf[i] {
				b.WriteString(target[last:t.start])
				if v, ok := strings.CutPrefix(s.to, "#"); ok {
					b.WriteString(styleOf(t.text, m.tnl).format(v))
				} else {
					b.WriteString(s.toText) // no number in the query's language
				}
				last = t.end
				break
			}
		}
	}
	b.WriteString(target[last:])
	return b.String()
}

// punctDiff is the number of punctuation marks changed, added or removed
// between two sequences: the longer length minus their longest common
// subsequence.
func punctDiff(a, b []string, buf *[]int32) int {
	// The common start and end are common to the subsequence.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 || int64(len(a)+1)*int64(len(b)+1) > maxCells {
		return max(len(a), len(b)) // at most that many (maxCells)
	}
	w := len(b) + 1
	if cap(*buf) < (len(a)+1)*w {
		*buf = make([]int32, (len(a)+1)*w)
	}
	t := (*buf)[:(len(a)+1)*w]
	clear(t)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				t[i*w+j] = t[(i-1)*w+j-1] + 1
			} else {
				t[i*w+j] = max(t[(i-1)*w+j], t[i*w+j-1])
			}
		}
	}
	return max(len(a), len(b)) - int(t[len(t)-1])
}

// diff is a word diff of the TM segment src against the query, in the
// style of git's word diff: "[-x-]" is in the TM segment and not in the
// query, "{+y+}" in the query and not in the TM segment. Words compare by
// their folded forms (sameWord); a word written otherwise in the query
// (case, accents: what the score takes points for) shows as changed. It
// is "" for texts too long to compare (maxCells).
func (m *matcher) diff(src string) string {
	ct := mergeNumbers(src, tokenize(src, nil), m.nl)
	qt := m.qt
	n, k := len(qt), len(ct)
	w := k + 1
	if int64(n+1)*int64(w) > maxCells {
		return "" // too long to show (maxCells)
	}
	t := m.commonTable(qt, ct)
	d := wordDiff{qPrev: -1, cPrev: -1}
	i, j := 0, 0
	for i < n || j < k {
		switch {
		case i < n && j < k && m.sameWord(qt[i], ct[j]):
			if qt[i].text != ct[j].text && norm.NFC.String(qt[i].text) != norm.NFC.String(ct[j].text) {
				// The same word written otherwise (case, accents, digits
				// grouped): it costs points (pathPenalty), so it shows.
				d.deleted(ct[j])
				d.inserted(qt[i])
			} else {
				d.common(qt[i], ct[j])
			}
			i, j = i+1, j+1
		case j < k && (i == n || t[i*w+j+1] >= t[(i+1)*w+j]):
			d.deleted(ct[j])
			j++
		default:
			d.inserted(qt[i])
			i++
		}
	}
	return d.text()
}

// sameWord reports whether the query's token a and the TM segment's b are
// the same word for diff: the same text, or words (not punctuation) of the
// same folded form.
func (m *matcher) sameWord(a, b token) bool {
	return a.text == b.text || (a.kind != tokPunct && wordForm(a, m.nl) == wordForm(b, m.nl))
}

// commonTable returns the lengths of the longest common subsequences
// (sameWord) of the suffixes of qt and ct: t[i*(len(ct)+1)+j] is that of
// qt[i:] and ct[j:].
func (m *matcher) commonTable(qt, ct []token) []int32 {
	n, k := len(qt), len(ct)
	w := k + 1
	t := make([]int32, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := k - 1; j >= 0; j-- {
			if m.sameWord(qt[i], ct[j]) {
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			} else {
				t[i*w+j] = max(t[(i+1)*w+j], t[i*w+j+1])
			}
		}
	}
	return t
}

// wordDiff writes diff's output: the words both texts share as they are,
// and each run of others as "[-words of the TM segment-]{+words of the
// query+}", every word after the blank that stood before it in its own
// text.
type wordDiff struct {
	b, del, ins strings.Builder // the output; the run's words of each text
	// qPrev and cPrev are where the last query and TM segment token
	// written ended (-1: none yet).
	qPrev, cPrev int
}

// common writes the word the query's q and the TM segment's c share.
func (d *wordDiff) common(q, c token) {
	d.flush()
	d.b.WriteString(space(c, d.cPrev))
	d.b.WriteString(c.text)
	d.qPrev, d.cPrev = q.end, c.end
}

// deleted adds the TM segment's token c to the run.
func (d *wordDiff) deleted(c token) {
	d.lead(&d.del, space(c, d.cPrev))
	d.del.WriteString(c.text)
	d.cPrev = c.end
}

// inserted adds the query's token q to the run.
func (d *wordDiff) inserted(q token) {
	d.lead(&d.ins, space(q, d.qPrev))
	d.ins.WriteString(q.text)
	d.qPrev = q.end
}

// lead writes the blank sp before a word of the run in sb: inside sb, or
// before the run when it starts with this word.
func (d *wordDiff) lead(sb *strings.Builder, sp string) {
	if sb.Len() > 0 {
		sb.WriteString(sp)
	} else if d.del.Len() == 0 && d.ins.Len() == 0 {
		d.b.WriteString(sp)
	}
}

// flush writes the run, if any, and starts a new one.
func (d *wordDiff) flush() {
	if d.del.Len() > 0 {
		d.b.WriteString("[-" + d.del.String() + "-]")
		d.del.Reset()
	}
	if d.ins.Len() > 0 {
		d.b.WriteString("{+" + d.ins.String() + "+}")
		d.ins.Reset()
	}
}

// text writes the last run and returns the diff.
func (d *wordDiff) text() string {
	d.flush()
	return d.b.String()
}

// space is the blank before token tk when it stands apart from the token
// that ended at prev (-1: none yet).
func space(tk token, prev int) string {
	if tk.start > prev && prev >= 0 {
		return " "
	}
	return ""
}
