package align

// stemWord is one stem of a sentence as eachStem gives it: the stem and
// its word's wordInfo (nil for a Han character or a compound's part).
type stemWord struct {
	stem string
	info *wordInfo
}

// stemMemo remembers the stems of one side's sentences (hanCutter.eachStem
// with the aligner's cutter), all read the first time one is asked for:
// a small document's learning pass reads its beads' stems for Model 1 and
// every sentence's again for the refinement, and a batch of news pairs
// spent a tenth of its time tokenizing them anew (batchspeed49).
type stemMemo struct {
	seg   *hanCutter
	sents []string
	words *wordCache
	keep  bool
	// toks, when set, holds the side's tokens (the features' passes'):
	// the stems are read from them.
	toks  *tokMemo
	stems []stemWord // every sentence's, in order
	ends  []int32    // ends[i]: the end of sentence i's in stems
}

// newStemMemo returns the memo of sents cut by seg; one that does not
// keep the stems (a large document's: they would hold its every word)
// reads them afresh each time.
func newStemMemo(seg *hanCutter, sents []string, wc *wordCache, keep bool) *stemMemo {
	return &stemMemo{seg: seg, sents: sents, words: wc, keep: keep}
}

// release returns m's stems, emptied, for another memo to fill (a
// batch's next document), and leaves m unusable (a call of each
// panics): they are written over.
func (m *stemMemo) release() []stemWord {
	b := m.stems[:0]
	m.stems, m.sents, m.ends = nil, nil, nil
	m.keep = true
	return b
}

// each calls f with each stem of sentence i and its wordInfo, in order,
// as m.seg.eachStem(i, ...) does.
func (m *stemMemo) each(i int, f func(string, *wordInfo)) {
	if !m.keep {
		m.seg.eachStem(i, m.sents[i], m.words, f)
		return
	}
	for _, s := range m.stems[m.start(i):m.ends[i]] {
		f(s.stem, s.info)
	}
}

// start returns where sentence i's stems start in m.stems, read first if
// they were not: m keeps them.
func (m *stemMemo) start(i int) int32 {
	if m.ends == nil {
		m.ends = make([]int32, len(m.sents))
		for k, s := range m.sents {
			m.seg.eachStemOf(m.toks, k, s, m.words, func(w string, wi *wordInfo) {
				m.stems = append(m.stems, stemWord{w, wi})
			})
			m.ends[k] = int32(len(m.stems))
		}
	}
	if i == 0 {
		return 0
	}
	return m.ends[i-1]
}

// stemCount returns how many stems span s's sentences hold, or 0 when m
// does not keep them (they are not known without reading them).
func (m *stemMemo) stemCount(s Span) int {
	if !m.keep || s.Len() == 0 {
		return 0
	}
	start := m.start(s.Start)
	return int(m.ends[s.End-1] - start)
}

// tokEvent is one call tokenize made: a token, or punct's class when
// punct is set.
type tokEvent struct {
	t     token
	punct string
}

// tokMemo remembers what tokenize gave for each sentence of one side, so
// that a small document's learning pass extracts its features without
// tokenizing again (batchspeed49); the calls are replayed in their order.
type tokMemo struct {
	events [][]tokEvent
	read   []bool
	// buf records a sentence's events, which are then copied to their
	// size: grown by append, the events were a fifth of a news batch's
	// garbage (batchspeed52).
	buf []tokEvent
	// block holds the events recorded since it was made, each
	// sentence's copied to its end (events[i] is a slice of it or of a
	// block before it, which was full): a batch hands a done document's
	// block to the next document's memo (release), which records into
	// it without allocating.
	block []tokEvent
}

// tokBlockMin is the fewest events a tokMemo's first block holds (a news
// article's side records about 700).
const tokBlockMin = 512

// release returns m's block, emptied, for another memo to record into,
// and leaves m unusable (a call of tokenize panics): its events are
// written over.
func (m *tokMemo) release() []tokEvent {
	b := m.block[:0]
	m.block, m.events, m.read = nil, nil, nil
	return b
}

func newTokMemo(n int) *tokMemo {
	return &tokMemo{events: make([][]tokEvent, n), read: make([]bool, n)}
}

// tokenize is tokenize(s, wc, emit, punct) for sentence i, s the same
// string each time: the first call records, the later ones replay.
func (m *tokMemo) tokenize(i int, s string, wc *wordCache, emit func(token), punct func(string)) {
	if m == nil {
		tokenize(s, wc, emit, punct)
		return
	}
	if !m.read[i] {
		m.read[i] = true
		buf := m.buf[:0]
		m.buf = nil // not shared with a call emit or punct might make
		tokenize(s, wc, func(t token) {
			buf = append(buf, tokEvent{t: t})
			emit(t)
		}, func(p string) {
			buf = append(buf, tokEvent{punct: p})
			punct(p)
		})
		if len(buf) > 0 {
			if cap(m.block)-len(m.block) < len(buf) {
				m.block = make([]tokEvent, 0, max(2*cap(m.block), len(buf), tokBlockMin))
			}
			n := len(m.block)
			m.block = append(m.block, buf...)
			m.events[i] = m.block[n:len(m.block):len(m.block)]
		}
		m.buf = buf[:0]
		return
	}
	for _, e := range m.events[i] {
		if e.punct != "" {
			punct(e.punct)
		} else {
			emit(e.t)
		}
	}
}
