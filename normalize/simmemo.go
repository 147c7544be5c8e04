package normalize

import "cmp"

// A check compares each candidate name with up to maxBlock others sharing
// a block (linkSpellings), and Similarity prepared both names (folded them
// and split them into words) again for every pair: on a text half in
// capitals, 15% of the check. A checkSim prepares each name once; prepare
// with no glossary reads the name alone, so its scores are Similarity's.
// (Keeping each word pair's edit similarity too was tried and dropped: a
// look-up in a map of some hundred thousand word pairs cost more than the
// edit distance of two short words, and the check took 50% longer.)

// maxPrepared is the most prepared names a checkSim keeps; past it, it
// starts again empty (a check of 64 MiB has a few hundred thousand
// candidates).
const maxPrepared = 1 << 19

// maxPreparedMatch is the most prepared names names match - keeps
// (WriteMatchesWith). Its input is one name against its variants, so a
// name comes back within a few thousand pairs if at all; on pairs whose
// names never repeat, a map of half a million names cost 40% more time
// and eight times the memory (500,000 pairs: 4.4 s and 268 MB against
// 3.1 s and 32 MB), where one of 16,384 costs little of either.
const maxPreparedMatch = 1 << 14

// memoTrial is the look-ups names match makes before it judges whether
// keeping names pays: past it, a name not found is kept only while found
// ones are at least a quarter of the not found (on pairs whose names
// never repeat, the copies alone cost 10% more time).
const memoTrial = 4096

// preparedName is what prepare returns, and sets in its simState, for one
// name. Only the entry depends on the glossary: entOf is the glossary it
// is the name's entry of (nil: none was asked, entry is -1).
type preparedName struct {
	toks     []string
	optional []bool
	full     string
	abjad    bool
	dir, org bool
	entOf    *Glossary
	entry    int32
}

// checkSim is Similarity for one goroutine comparing many pairs of a set
// of names: a check's candidates.
type checkSim struct{ s simState }

func newCheckSim() *checkSim {
	c := &checkSim{}
	c.s.memo = map[string]preparedName{}
	c.s.inText = true
	return c
}

// Similarity returns Similarity(a, b), but for the English sound reading
// of a one-word name (englishsound.go), which a name found in running
// text does not get: there a capitalised word may be an ordinary English
// word, and English spelling keeps its homophones apart (Plain, Plane).
// Nor do names in running text get a short form of a given name
// (nicknames.go) or the press form of a full name (shortfull.go). It
// reads the spellings of an organisation's name that Matcher.Similarity
// reads (checkOrgStage), not its acronyms and other wordings
// (checkStages).
func (c *checkSim) Similarity(a, b string) float64 {
	return c.s.onePair(a, b, stageRun{s: &c.s}, checkStages[:])
}

// prepareMemo is prepare, looked up in s.memo (not nil). prepare reads
// the glossary s.g for the name's entry alone: a name prepared with no
// glossary, or with another, is prepared again with s.g (and kept so), and
// one prepared with s.g gives entry -1 when asked with none. The words are
// copied into out: the callers' buffers are theirs to change.
func (s *simState) prepareMemo(name string, out []string, opt []bool, full []byte) ([]string, []bool, []byte, bool) {
	p, ok := s.memo[name]
	if !ok || s.g != nil && p.entOf != s.g {
		toks, optional, f, abjad := s.prepare(name, out, opt, full)
		if s.memoCap != 0 {
			// names match: once most names have come only once, keeping
			// more costs a copy each and saves nothing.
			if s.memoMisses++; s.memoMisses > memoTrial && s.memoMisses > 4*s.memoHits {
				return toks, optional, f, abjad
			}
		}
		if limit := cmp.Or(s.memoCap, maxPrepared); !ok && len(s.memo) >= limit {
			clear(s.memo)
		}
		s.memo[name] = preparedName{append([]string(nil), toks...), append([]bool(nil), optional...), string(f), abjad, s.dir, s.org, s.g, s.entry}
		return toks, optional, f, abjad
	}
	s.memoHits++
	s.entry, s.dir, s.org = -1, p.dir, p.org
	if s.g != nil {
		s.entry = p.entry
	}
	return append(out, p.toks...), append(opt, p.optional...), append(full, p.full...), p.abjad
}
