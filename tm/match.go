package tm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext/bitext/normalize"
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
	tt    []token // target tokens
	cost  []int32
	op    []uint8
	lcs   []int32
	subst []numSub
}

type numSub struct{ from, to string }

func newMatcher(query string) *matcher {
	m := &matcher{query: query}
	m.qt = tokenize(query, nil)
	for i, t := range m.qt {
		if t.kind == tokPunct {
			m.qpunc = append(m.qpunc, t.text)
			continue
		}
		m.qw = append(m.qw, i)
		f := fold(t.text)
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

// result is the score of one TM segment.
type result struct {
	score       int
	target      string // with differing numbers substituted
	substituted bool
}

// score compares the query with a TM source segment (hasTags: its markup
// has inline elements) and proposes its target.
//
// The score is 100 * (1 - D/L), floored, where D is the word-level edit
// distance between the query and the segment and L the larger word count,
// minus the penalties above; a segment that is not the query's text (white
// space aside) scores at most 99.
func (m *matcher) score(src string, hasTags bool, target string) result {
	if collapse(src) == collapse(m.query) {
		return result{score: 100, target: target}
	}
	m.ct = tokenize(src, m.ct)
	m.cw, m.cf, m.ck, m.cid, m.ccap = m.cw[:0], m.cf[:0], m.ck[:0], m.cid[:0], m.ccap[:0]
	var cpunc []string
	for i, t := range m.ct {
		if t.kind == tokPunct {
			cpunc = append(cpunc, t.text)
			continue
		}
		m.cw = append(m.cw, i)
		f := fold(t.text)
		m.cf = append(m.cf, f)
		id, ok := m.ids[f]
		if !ok {
			id = -1 // in no query word
		}
		m.cid = append(m.cid, id)
		m.ccap = append(m.ccap, t.kind == tokWord && isCapitalized(t.text))
		m.ck = append(m.ck, "")
	}
	// Numbers of the segment that occur once in the target can be replaced.
	m.tt = tokenize(target, m.tt)
	n, k := len(m.qw), len(m.cw)
	w := k + 1
	size := (n + 1) * w
	if cap(m.cost) < size {
		m.cost = make([]int32, size)
		m.op = make([]uint8, size)
	}
	cost, op := m.cost[:size], m.op[:size]
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
				if qtok.kind == tokNumber && ctok.kind == tokNumber && m.countInTarget(ctok.text) == 1 {
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
	// Walk the path back for penalties and number substitutions.
	penalty := 0
	m.subst = m.subst[:0]
	for i, j := n, k; i > 0 || j > 0; {
		switch op[i*w+j] {
		case opMatch:
			q, c := m.qt[m.qw[i-1]].text, m.ct[m.cw[j-1]].text
			if q != c {
				if strings.EqualFold(q, c) {
					penalty += penaltyCase
				} else if !isCapitalized(q) || !isCapitalized(c) {
					penalty += penaltyMarks
				}
			}
			i, j = i-1, j-1
		case opSub:
			q, c := m.qt[m.qw[i-1]], m.ct[m.cw[j-1]]
			if q.kind == tokNumber && c.kind == tokNumber && m.countInTarget(c.text) == 1 {
				m.subst = append(m.subst, numSub{from: c.text, to: q.text})
				penalty += penaltyNumber
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
	if d := punctDiff(m.qpunc, cpunc, &m.lcs); d > 0 {
		penalty += min(d*penaltyPunct, maxPunctPenalty)
	}
	if hasTags {
		penalty += penaltyTags
	}
	L := max(n, k)
	pct := 100
	if L > 0 {
		pct = int(100 * (int64(L) - int64(cost[size-1])) / int64(L))
	}
	pct = max(0, min(99, pct-penalty))
	r := result{score: pct, target: target}
	if len(m.subst) > 0 {
		r.target, r.substituted = m.substitute(target), true
	}
	return r
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

func (m *matcher) countInTarget(num string) int {
	n := 0
	for _, t := range m.tt {
		if t.kind == tokNumber && t.text == num {
			n++
		}
	}
	return n
}

// substitute replaces, in the target, each number of the TM segment that
// differs in the query by the query's number.
func (m *matcher) substitute(target string) string {
	var b strings.Builder
	last := 0
	for _, t := range m.tt {
		if t.kind != tokNumber {
			continue
		}
		for _, s := range m.subst {
			if s.from == t.text {
				b.WriteString(target[last:t.start])
				b.WriteString(s.to)
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
	if len(a) == 0 || len(b) == 0 {
		return max(len(a), len(b))
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
// their folded forms.
func (m *matcher) diff(src string) string {
	ct := tokenize(src, nil)
	qt := m.qt
	n, k := len(qt), len(ct)
	w := k + 1
	t := make([]int32, (n+1)*w)
	eq := func(a, b token) bool { return a.text == b.text || (a.kind != tokPunct && fold(a.text) == fold(b.text)) }
	for i := n - 1; i >= 0; i-- {
		for j := k - 1; j >= 0; j-- {
			if eq(qt[i], ct[j]) {
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			} else {
				t[i*w+j] = max(t[(i+1)*w+j], t[i*w+j+1])
			}
		}
	}
	var b, del, ins strings.Builder
	space := func(s string, tk token, prev int) string {
		if tk.start > prev && prev >= 0 {
			return " "
		}
		return ""
	}
	qPrev, cPrev := -1, -1
	flush := func() {
		if del.Len() > 0 {
			b.WriteString("[-" + del.String() + "-]")
			del.Reset()
		}
		if ins.Len() > 0 {
			b.WriteString("{+" + ins.String() + "+}")
			ins.Reset()
		}
	}
	lead := func(sb *strings.Builder, sp string) {
		if sb.Len() > 0 {
			sb.WriteString(sp)
		} else if del.Len() == 0 && ins.Len() == 0 {
			b.WriteString(sp)
		}
	}
	i, j := 0, 0
	for i < n || j < k {
		switch {
		case i < n && j < k && eq(qt[i], ct[j]):
			flush()
			b.WriteString(space(src, ct[j], cPrev))
			b.WriteString(ct[j].text)
			qPrev, cPrev = qt[i].end, ct[j].end
			i, j = i+1, j+1
		case j < k && (i == n || t[i*w+j+1] >= t[(i+1)*w+j]):
			lead(&del, space(src, ct[j], cPrev))
			del.WriteString(ct[j].text)
			cPrev = ct[j].end
			j++
		default:
			lead(&ins, space(m.query, qt[i], qPrev))
			ins.WriteString(qt[i].text)
			qPrev = qt[i].end
			i++
		}
	}
	flush()
	return b.String()
}
