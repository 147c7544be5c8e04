package tm

import (
	"bytes"
	"strings"

	"golang.org/x/text/language"
)

// The file's own translations: repetitions and fuzzy matches.
//
// As Trados and memoQ auto-propagate, a segment to fill whose source
// (codes aside, as the TM compares: textForm) is that of an earlier
// segment of the file with a translated target is filled from it, before
// the TM's matches: a 100, or a 101 when the segments before both are
// the same too (XLIFF 1.2 state-qualifier leveraged-inherited, "derived
// from existing translation", where a TM's is exact-match). The file's translated segments are also a TM for fuzzy
// matches of the segments after them (alt-trans with origin "this
// file"). What counts as translated, by format:
//   - XLIFF 1.2: a target that is not empty, with state translated,
//     final or signed-off, or without state (most tools write none).
//   - SDLXLIFF: the segment's <sdl:seg> conf Translated,
//     ApprovedTranslation or ApprovedSignOff (not Draft, not rejected).
//   - memoQ: mq:status ManuallyConfirmed, Confirmed, Proofread,
//     Reviewer1Confirmed or Reviewer2Confirmed (not Pretranslated,
//     Editing, PartiallyEdited, NotStarted).
//   - XLIFF 2: the segment's state translated, reviewed or final (its
//     default, initial, is not).
//
// A file's target filled in this run is no answer for the segments after
// it: it is a TM match, and the TM answers for the repetition too.

// originThisFile is the origin of a match from the file's own targets.
const originThisFile = "this file"

// fileTMMax is how many of the file's last translated segments are read
// for fuzzy matches (exact ones are found by their form in any number).
const fileTMMax = 2000

// fileSeg is a translated segment of the file.
type fileSeg struct {
	text, form string // the source's text and textForm
	prev       string // the textForm of the segment before it
	srcRaw     []byte // the source's content as written
	target     string // the target's text
	targetRaw  []byte // the target's content as written
	srcMarkup  string // 1.2 markup of the source and target, "" without codes
	tgtMarkup  string
	v2         bool
	words      int
	order      int // its place among the file's segments
}

// fileTM is the file's translated segments so far.
type fileTM struct {
	segs    []*fileSeg
	byForm  map[string][]*fileSeg
	prev    string // the textForm of the last segment read
	n       int    // the segments read
	src     language.Tag
	tgtNums *numLocale
}

// translatedStates are the target states that count as translated, by
// format (see the comment above).
var (
	translated12  = map[string]bool{"": true, "translated": true, "final": true, "signed-off": true}
	translatedSDL = map[string]bool{"Translated": true, "ApprovedTranslation": true, "ApprovedSignOff": true}
	translatedMQ  = map[string]bool{"ManuallyConfirmed": true, "Confirmed": true, "Proofread": true, "Reviewer1Confirmed": true, "Reviewer2Confirmed": true}
	translated2   = map[string]bool{"translated": true, "reviewed": true, "final": true}
)

// translated reports whether segment s of u has a target its format
// calls translated.
func (u *xlfUnit) translated(s *xlfSeg) bool {
	if s.tgt == nil || s.tgt.empty {
		return false
	}
	switch {
	case u.v2:
		return translated2[s.state]
	case u.sdlPrefix != "":
		return translatedSDL[u.sdlConf[s.mid]]
	case u.mqPrefix != "":
		return translatedMQ[u.mqStatus]
	}
	return translated12[u.targetState]
}

// remember reads unit u's segments in document order: each gets the form
// of the segment before it, and those translated go into the file's TM.
func (f *fileTM) remember(u *xlfUnit) {
	for _, s := range u.segs {
		if strings.TrimSpace(s.text) == "" {
			continue
		}
		form := textForm(s.text)
		s.prev = f.prev
		f.n++
		s.order = f.n
		if !s.fill && u.translated(s) {
			t := &xlfSeg{raw: bytes.Clone(u.bytesOf(s.tgt.content))}
			if t.readContent(u.v2) == nil && strings.TrimSpace(t.text) != "" {
				fs := &fileSeg{text: s.text, form: form, prev: f.prev, srcRaw: s.raw, target: t.text, targetRaw: t.raw,
					srcMarkup: s.markup, tgtMarkup: t.markup, v2: u.v2, words: CountWords(s.text), order: s.order}
				if f.byForm == nil {
					f.byForm = map[string][]*fileSeg{}
				}
				f.byForm[form] = append(f.byForm[form], fs)
				f.segs = append(f.segs, fs)
				if len(f.segs) > 2*fileTMMax {
					f.segs = append(f.segs[:0], f.segs[len(f.segs)-fileTMMax:]...)
				}
			}
		}
		f.prev = form
	}
}

// matches are the file's matches for segment s at or above min, best
// first: its repetition (the first earlier segment of its form, in
// context if one is), then fuzzy ones. rep is the repetition's segment.
func (f *fileTM) matches(s *xlfSeg, tgt language.Tag, minScore int) (ms []Match, rep *fileSeg) {
	if len(f.segs) == 0 {
		return nil, nil
	}
	form := textForm(s.text)
	mk := func(fs *fileSeg, score int, target string) Match {
		m := Match{Score: score, Source: fs.text, Target: target, SourceLang: f.src, TargetLang: tgt,
			SourceMarkup: fs.srcMarkup, TargetMarkup: fs.tgtMarkup, Origin: Origin{File: originThisFile}}
		m.Kind = MatchKind(s.text, &m)
		return m
	}
	// The segments after s are read already (the lookup's context):
	// only those before it answer.
	for _, fs := range f.byForm[form] {
		if fs.order > s.order {
			break
		}
		if rep == nil || s.prev != "" && fs.prev == s.prev && rep.prev != s.prev {
			rep = fs
		}
	}
	if rep != nil {
		score := 100
		if s.prev != "" && rep.prev == s.prev {
			score = ContextScore
		}
		ms = append(ms, mk(rep, score, rep.target))
	}
	if f.tgtNums == nil {
		f.tgtNums = numbersOf(tgt)
	}
	n := CountWords(s.text)
	var m *matcher
	seen := map[string]bool{form: true}
	for i := len(f.segs) - 1; i >= 0 && i >= len(f.segs)-fileTMMax; i-- {
		fs := f.segs[i]
		if fs.order > s.order {
			continue
		}
		if seen[fs.form] || 100*min(n, fs.words) < minScore*max(n, fs.words) {
			continue // the same text, or too short or long to score min
		}
		seen[fs.form] = true
		if m == nil {
			m = newMatcher(s.text, f.src)
		}
		r := m.score(fs.text, fs.srcMarkup != "", fs.target, f.tgtNums)
		if r.score >= minScore && r.score < 100 && !r.tooLong {
			mt := mk(fs, r.score, r.target)
			if r.substituted {
				mt.TargetMarkup, mt.Substituted = "", true
			}
			mt.Note = r.note
			ms = append(ms, mt)
		}
	}
	sortByScore(ms)
	return ms, rep
}

// sortByScore orders matches by score, stably.
func sortByScore(ms []Match) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Score > ms[j-1].Score; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// withFileMatches puts the file's matches before the TM's: its
// repetition first, whatever the TM offers; its fuzzy matches among the
// TM's by score, after the TM's of the same score.
func withFileMatches(file, tmMatches []Match) []Match {
	if len(file) == 0 {
		return tmMatches
	}
	var out []Match
	if file[0].Score >= 100 {
		out = append(out, file[0])
		file = file[1:]
	}
	i, j := 0, 0
	for i < len(tmMatches) || j < len(file) {
		if j == len(file) || i < len(tmMatches) && tmMatches[i].Score >= file[j].Score {
			out = append(out, tmMatches[i])
			i++
		} else {
			out = append(out, file[j])
			j++
		}
	}
	return out
}
