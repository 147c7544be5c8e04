package tm

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/bitext/bitext/align/segment"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Defaults of LookupOptions, as the command contract documents them.
const (
	// DefaultMin is the lowest score returned when LookupOptions.Min is 0.
	DefaultMin = 70
	// DefaultMax is the number of matches returned when LookupOptions.Max
	// is 0.
	DefaultMax = 5
)

// NoMinimum is the LookupOptions.Min that returns matches of every score.
const NoMinimum = -1

// Candidate retrieval constants.
const (
	// candidates is how many units, ranked by the weight of the query words
	// they share, are scored exactly. Near-duplicates of a segment all share
	// its words, so the list must be long enough to hold them all.
	candidates = 30
	// candidateTies bounds the units read past candidates when they weigh
	// as much as the last candidate (they share the same query words).
	// Equal matches rank by their last change, which the word index does
	// not know, so the cut must not choose among them by id: an older unit
	// edited last would miss the list. For a query of more than tieQuery
	// words the store's LastChanges (one query of dates) then chooses the
	// most recently changed of them; a store without it, or a shorter
	// query, has them all scored. Past the bound, the newest ids.
	candidateTies = 1000
	// tieQuery: a query of at most this many distinct indexed words has every
	// unit tied at the cut scored. Equal weight is not an equal match: a
	// unit of the query's five words and one holding those five and twenty
	// more weigh the same, and a short query's words, common ones, are held
	// by many long units; the dates would choose among them, and the short
	// unit, the match, is not the most recently changed. A longer query
	// rarely ties with units much longer than itself, and scoring a
	// thousand ties costs it 2.5 times as much (BenchmarkLookup).
	tieQuery = 10
	// postingBudget bounds the posting-list entries read per lookup: lists
	// are read rarest first, and once two are read, a list that would pass
	// the budget is skipped with all commoner ones. On a million units it
	// still reads every list of a typical query but "the", "and", "of".
	postingBudget = 250000
	// shortQuery: a query of at most this many distinct words has few rare
	// words to go by, so its budget is shortBudget: its common words must
	// count too, or every unit sharing its one rare word ties.
	shortQuery  = 6
	shortBudget = 4000000
)

// ContextScore is the score of an exact match whose neighbouring segments
// also match (the document context is the same).
const ContextScore = 101

// LookupOptions tune Lookup.
type LookupOptions struct {
	// Src is the query's language, Tgt the language of the proposed
	// translations; they compare as SameLanguage does (by language
	// subtag, in the same script when both tags tell it: zh-TW takes
	// zh-HK segments but not zh-CN ones), preferring the exact tag
	// ("en-US" takes en-GB segments, but en-US ones first). Both are
	// needed: language.Und (the zero value) matches only variants stored
	// as undetermined, that is none.
	Src, Tgt language.Tag
	// Min is the lowest score of the exact and fuzzy matches returned, in
	// percent (1 to ContextScore); fragments, which fill the list after
	// them, are returned at any score.
	// The zero value means DefaultMin; NoMinimum (or any negative value)
	// returns matches of every score.
	Min int
	// Max is the largest number of matches returned; the zero value means
	// DefaultMax. A negative Max is an error.
	Max int
	// Prev and Next are the segments around the query in its document, if
	// known; an exact match stored with the same neighbours scores 101.
	Prev, Next string
	// Filter limits the lookup to the units it keeps (see UnitFilter; the
	// zero value keeps every unit); Penalties rank matches by origin
	// without changing their scores (the zero value: by score alone). See
	// filter.go.
	Filter    UnitFilter
	Penalties Penalties
}

// Match is a TM segment matching a query.
type Match struct {
	// Score is the similarity in percent: 101 for an exact match in the same
	// context, 100 for an exact match, below for fuzzy matches and
	// fragments.
	Score int
	// Kind is what the match is: KindContext (101), KindExact (100),
	// KindFuzzy, or KindFragment, a sub-segment match: the query's words
	// found in a longer stored segment (Span says where: a sentence stored
	// inside a unit that merged two), or a stored segment that is a
	// sentence of the query (QuerySpan says which). A fragment's score is
	// the share of the longer side's words that the shorter covers, at
	// most 99, and its target the whole stored translation; fragments come
	// after the other matches.
	Kind string
	// Source is the stored segment, Target its translation with the numbers
	// that differ between Source and the query replaced by the query's.
	Source, Target string
	// SourceLang and TargetLang are the languages of Source and Target
	// as stored (en-GB for a query in en-US, say).
	SourceLang, TargetLang     language.Tag
	SourceMarkup, TargetMarkup string
	// Diff shows how Source differs from the query (see Match.Diff docs in
	// package doc: "[-in the TM-]{+in the query+}").
	Diff string
	// Substituted says numbers were replaced in Target: every number that
	// differs between Source and the query (all or none are).
	Substituted bool
	// Note says what the score does not: why differing numbers were left
	// as stored.
	Note string
	// Span (a fragment's) is the byte offsets [start, end) in Source of the
	// query's words; QuerySpan those in the query of Source. The other is
	// the whole segment.
	Span, QuerySpan [2]int
	// Count is the number of stored units proposing this Target for this
	// query (1 for most): duplicates are shown once.
	Count  int
	UnitID int64
	Origin Origin
	// Penalty is the points LookupOptions.Penalties took from Score to
	// rank the match (Score itself is not lowered).
	Penalty int
	// AlignPenalty is the points already taken from Score because the
	// unit is an aligned pair whose aligner's score (Origin.Score) is
	// under TrustedAlignScore (see AlignPenalty); 0 for other units. A
	// match so lowered is never exact (Kind is fuzzy), and Min applies
	// to the lowered score.
	AlignPenalty int
}

// fragmentMinWords is the fewest words a fragment holds: shorter ones are
// found inside too many segments to help.
const fragmentMinWords = 3

// Lookup finds the stored segments most like query: exact and fuzzy
// matches, best first, then fragments (KindFragment) up to opt.Max.
// Matches proposing the same translation are one, with a Count.
func (d *DB) Lookup(ctx context.Context, query string, opt LookupOptions) ([]Match, error) {
	if opt.Filter != (UnitFilter{}) || opt.Penalties != (Penalties{}) {
		return d.lookupMaint(ctx, query, opt)
	}
	return d.lookup(ctx, query, opt, nil)
}

// ctxUnit is a unit that Lookup found as an exact match of a query and
// checked against the query's neighbours (opt.Prev, opt.Next): what it
// decided, and the unit's stored neighbours (hashes) to decide it again.
type ctxUnit struct {
	prev, next int64
	upgraded   bool // to a context match (101)
}

// inContext tells whether an exact match stored with neighbours (hashes)
// sprev and snext is a context match of a query whose neighbours hash to
// prev and next.
func inContext(prev, next, sprev, snext int64) bool {
	return (prev != 0 || next != 0) && (prev == 0 || sprev == prev) && (next == 0 || snext == next)
}

// lookup is Lookup without a filter or penalties. When rec is not nil, it
// gets each exact match checked for the context: the only way opt.Prev
// and opt.Next change the result, so that a lookup of the same query
// whose neighbours decide each of those units the same way gives the same
// matches (LookupDocument reuses them). The steps: the candidates scored
// (scoredMatches), ranked and those proposing one translation collapsed,
// the fragments after them (withFragments), the diffs (matchList).
func (d *DB) lookup(ctx context.Context, query string, opt LookupOptions, rec *[]ctxUnit) ([]Match, error) {
	switch {
	case opt.Max < 0:
		return nil, fmt.Errorf("lookup: %d matches asked for: want 0 (the default, %d) or more", opt.Max, DefaultMax)
	case opt.Max == 0:
		opt.Max = DefaultMax
	}
	if opt.Min == 0 {
		opt.Min = DefaultMin
	}
	src, tgt := baseTag(opt.Src), baseTag(opt.Tgt)
	if strings.TrimSpace(query) == "" {
		return nil, nil
	}
	m := newMatcher(query, opt.Src)
	out, frags, err := d.scoredMatches(ctx, m, query, src, tgt, opt, rec)
	if err != nil {
		return nil, fmt.Errorf("lookup: %w", err)
	}
	slices.SortStableFunc(out, byRank)
	out = collapseDups(out)
	if out, err = d.withFragments(ctx, m, src, tgt, opt, out, frags); err != nil {
		return nil, fmt.Errorf("lookup: %w", err)
	}
	return matchList(m, out), nil
}

// scoredMatches scores the query's candidates (candidates) against it:
// the matches (out, with their units' facts: matchFacts) and the stored
// segments that are fragments of it (frags). When the exact candidates
// were enough but too few of them stay exact matches, the fuzzy
// candidates are scored too.
func (d *DB) scoredMatches(ctx context.Context, m *matcher, query, src, tgt string, opt LookupOptions, rec *[]ctxUnit) (out, frags []found, err error) {
	cands, exactOnly, err := d.candidates(ctx, src, query, opt.Max)
	if err != nil {
		return nil, nil, err
	}
	// One call for every candidate's variants (one round trip on a remote
	// store), then one for the units of the matches returned.
	score := func(su *StoredUnit) error {
		f, ok := candidateMatch(m, su, src, tgt, opt)
		switch {
		case !ok:
		case f.Kind == KindFragment:
			f.QuerySpan = [2]int{0, len(query)}
			frags = append(frags, f)
		default:
			out = append(out, f)
		}
		return nil
	}
	if err := d.s.VariantsByID(ctx, cands, score); err != nil {
		return nil, nil, err
	}
	if out, err = d.matchFacts(ctx, out, opt, rec); err != nil {
		return nil, nil, err
	}
	if exactOnly && exactCount(out) < opt.Max {
		// The exact candidates were enough but not enough of them stay
		// exact matches: some have no translation in tgt, or are
		// doubtful aligned pairs (AlignPenalty) that a fuzzy match may
		// outrank. The word index too.
		more, err := d.fuzzyCandidates(ctx, src, query, cands)
		n := len(out)
		if err == nil {
			err = d.s.VariantsByID(ctx, more, score)
		}
		var rest []found
		if err == nil {
			rest, err = d.matchFacts(ctx, out[n:], opt, rec)
		}
		if err != nil {
			return nil, nil, err
		}
		out = append(out[:n], rest...)
	}
	return out, frags, nil
}

// withFragments gives the matches out (ranked), at most opt.Max of them,
// followed by as many fragments as there is room for: frags, and when
// there is room the stored segments that are sentences of the query
// (sentenceFragments), those a match already covers left out
// (newFragments), ranked.
func (d *DB) withFragments(ctx context.Context, m *matcher, src, tgt string, opt LookupOptions, out, frags []found) ([]found, error) {
	// Fragments come after the matches, so only when there are fewer
	// than opt.Max (the sentence split and a query a sentence were a
	// fifth of an exact lookup, whose one match leaves no room for them).
	if len(out) < opt.Max {
		if err := d.sentenceFragments(ctx, m, src, tgt, opt, &frags); err != nil {
			return nil, err
		}
	}
	frags = newFragments(out, frags)
	if len(out) < opt.Max {
		if err := d.fragmentFacts(ctx, frags, opt.Max-len(out)); err != nil {
			return nil, err
		}
	}
	slices.SortStableFunc(frags, byRank)
	if len(out) > opt.Max {
		out = out[:opt.Max]
	}
	return append(out, frags[:min(len(frags), opt.Max-len(out))]...), nil
}

// matchList is the Matches of out, each with its diff from the query
// (but an exact match written as the query is) and its count, itself and
// the duplicates collapsed into it.
func matchList(m *matcher, out []found) []Match {
	ms := make([]Match, len(out))
	for i := range out {
		mt := &out[i].Match
		if mt.Score < 100 || (mt.Kind != KindFragment && textForm(mt.Source) != m.form) {
			// An exact match written otherwise (typoEqual) shows how.
			mt.Diff = m.diff(mt.Source)
		}
		mt.Count = 1 + len(out[i].dups)
		ms[i] = *mt
	}
	return ms
}

// candidateMatch scores the stored unit su for the query of m: its best
// variant in the source language (src, a base tag) against the query,
// with its translation in tgt. It is a match (exact or fuzzy) at
// opt.Min or above; below, a fragment (its QuerySpan is the caller's to
// set) when the stored source is inside the query; else nothing (ok
// false), as for a unit with no translation.
func candidateMatch(m *matcher, su *StoredUnit, src, tgt string, opt LookupOptions) (f found, ok bool) {
	vs, bases := su.Variants, su.Bases
	t := pickVariant(vs, bases, tgt, opt.Tgt, -1)
	if t < 0 || strings.TrimSpace(vs[t].Text) == "" {
		return f, false // no translation: an empty <seg/> is a placeholder, not an answer
	}
	best, bestRes := -1, result{score: -1}
	tnl := numbersOf(vs[t].Lang)
	for i := range vs {
		v := &vs[i]
		if i == t || !inLang(bases[i], v.Lang, src, opt.Src) {
			continue
		}
		r := m.score(v.Text, v.Markup != "", vs[t].Text, tnl)
		if r.score > bestRes.score || (r.score == bestRes.score && v.Lang == opt.Src) {
			best, bestRes = i, r
		}
	}
	if best < 0 {
		return f, false
	}
	s, tv := &vs[best], &vs[t]
	mt := Match{Score: bestRes.score, Kind: KindFuzzy, Source: s.Text, Target: bestRes.target, SourceLang: s.Lang,
		TargetLang: tv.Lang, SourceMarkup: s.Markup, Substituted: bestRes.substituted, Note: bestRes.note, UnitID: su.ID}
	if !bestRes.substituted {
		mt.TargetMarkup = tv.Markup
	}
	if mt.Score == 100 {
		mt.Kind = KindExact
	}
	if bestRes.score >= opt.Min && !bestRes.tooLong {
		return found{Match: mt}, true
	}
	if sp, cover, ok := m.inside(s.Text); ok {
		mt.Kind, mt.Score, mt.Span = KindFragment, cover, sp
		mt.Target, mt.Substituted, mt.Note, mt.TargetMarkup = tv.Text, false, "", tv.Markup
		return found{Match: mt}, true
	}
	return f, false
}

// exactCount is how many different translations the exact (or context)
// matches offer: those not lowered by an alignment penalty, which no fuzzy
// match outranks, counted as collapseDups will show them (units with one
// translation are one match, and leave room for fuzzy ones).
func exactCount(out []found) int {
	seen := map[string]bool{}
	for _, f := range out {
		if f.Score >= 100 {
			seen[dupKey(&f)] = true
		}
	}
	return len(seen)
}

// newFragments returns frags without the units that out proposes (or
// that an earlier fragment does), best first, those with one translation
// as one.
func newFragments(out, frags []found) []found {
	seen := make(map[int64]bool, len(out))
	for _, f := range out {
		seen[f.UnitID] = true
		for _, id := range f.dups {
			seen[id] = true
		}
	}
	frags = slices.DeleteFunc(frags, func(f found) bool {
		dup := seen[f.UnitID]
		seen[f.UnitID] = true
		return dup
	})
	slices.SortStableFunc(frags, byRank)
	return collapseDups(frags)
}

// matchFacts reads, in one call, the origin and last change of the
// units of the matches (since equal scores rank by change date), raises
// an exact match stored in the query's context to 101, and takes the
// alignment penalty (AlignPenalty) of a match whose unit is a doubtful
// aligned pair; the matches that fall under opt.Min are left out. It
// runs before the matches proposing one target are collapsed, so that
// such a pair does not hide a trusted unit proposing its target.
func (d *DB) matchFacts(ctx context.Context, out []found, opt LookupOptions, rec *[]ctxUnit) ([]found, error) {
	if len(out) == 0 {
		return out, nil
	}
	prev, next := ctxHash(opt.Prev), ctxHash(opt.Next)
	byID := make(map[int64]*found, len(out))
	ids := make([]int64, len(out))
	for i := range out {
		ids[i], byID[out[i].UnitID] = out[i].UnitID, &out[i]
	}
	penalized := false
	err := d.s.UnitsByID(ctx, ids, func(su *StoredUnit) error {
		f := byID[su.ID]
		f.Origin, f.changed = su.Origin, lastChange(&su.Unit)
		// 101: the neighbours the query has (one at the start or end
		// of its document) are the stored unit's.
		if f.Kind == KindExact {
			up := inContext(prev, next, su.PrevHash, su.NextHash)
			if up {
				f.Score, f.Kind = ContextScore, KindContext
			}
			if rec != nil {
				*rec = append(*rec, ctxUnit{prev: su.PrevHash, next: su.NextHash, upgraded: up})
			}
		}
		penalized = penalize(f) || penalized
		return nil
	})
	if err != nil || !penalized {
		return out, err
	}
	return slices.DeleteFunc(out, func(f found) bool { return f.Score < opt.Min }), nil
}

// fragmentFacts reads, in one call, the origin and last change of the
// fragments (ranked) that may be among the n returned — past n also those
// scoring as the last kept, since equal scores rank by change date — and
// takes the alignment penalty of those from doubtful aligned pairs.
func (d *DB) fragmentFacts(ctx context.Context, frags []found, n int) error {
	byID := map[int64][]*found{}
	var ids []int64
	for i := range frags[:rankedCut(frags, n)] {
		f := &frags[i]
		for _, id := range append([]int64{f.UnitID}, f.same...) {
			ids, byID[id] = append(ids, id), append(byID[id], f)
		}
	}
	return d.s.UnitsByID(ctx, ids, func(su *StoredUnit) error {
		for _, f := range byID[su.ID] {
			if su.ID == f.UnitID {
				f.Origin = su.Origin
				penalize(f)
			}
			if c := lastChange(&su.Unit); c.After(f.changed) {
				f.changed = c // of the unit or the newest of those proposing its target as well
			}
		}
		return nil
	})
}

// found is a match being ranked: dups are the ids of the other units
// proposing its target, same those of them scoring as high (a group of
// exact matches scores 101 when one of them is stored in the query's
// context).
type found struct {
	Match
	dups, same []int64
	// changed is when the unit (or the last of those in same) was last
	// changed (lastChange), once UnitsByID has read it.
	changed time.Time
}

// byRank ranks matches by score, then the most recently changed first
// (a translator's last edit of a sentence is the translation they want
// among equal matches), then the newest unit (the highest id) first.
func byRank(a, b found) int {
	if c := cmp.Compare(b.Score, a.Score); c != 0 {
		return c
	}
	if c := b.changed.Compare(a.changed); c != 0 {
		return c
	}
	return cmp.Compare(b.UnitID, a.UnitID)
}

// lastChange is when u was last changed: its change date, else its
// creation date.
func lastChange(u *Unit) time.Time {
	if !u.Changed.IsZero() {
		return u.Changed
	}
	return u.Created
}

// rankedCut is how many of fs (ranked by score) to read to keep the best
// n once equal scores are ranked by date: n, and those after it that
// score as fs[n-1].
func rankedCut(fs []found, n int) int {
	if n <= 0 {
		return 0
	}
	if n >= len(fs) {
		return len(fs)
	}
	k := n
	for k < len(fs) && fs[k].Score == fs[n-1].Score {
		k++
	}
	return k
}

// dupKey is what makes two matches one for collapseDups: the same
// translation, text and inline codes, compared composed (NFC).
func dupKey(f *found) string {
	return norm.NFC.String(f.Target) + "\x00" + norm.NFC.String(f.TargetMarkup)
}

// collapseDups makes the matches (ranked) proposing the same target one, the
// best ranked, with the other units' ids in dups.
func collapseDups(fs []found) []found {
	if len(fs) < 2 {
		return fs
	}
	first := make(map[string]int, len(fs))
	out := fs[:0]
	for _, f := range fs {
		k := dupKey(&f)
		if i, ok := first[k]; ok {
			out[i].dups = append(out[i].dups, f.UnitID)
			if f.Score == out[i].Score {
				out[i].same = append(out[i].same, f.UnitID)
			}
			continue
		}
		first[k] = len(out)
		out = append(out, f)
	}
	return out
}

// sentenceFragments adds to frags the stored units whose source is a
// sentence of the query (a query of two sentences or more, each sentence
// of fragmentMinWords words or more).
func (d *DB) sentenceFragments(ctx context.Context, m *matcher, src, tgt string, opt LookupOptions, frags *[]found) error {
	if len(m.qw) < 2*fragmentMinWords {
		return nil
	}
	seg, err := segment.New(opt.Src, segment.WithQuotes(segment.QuotesSplit))
	if err != nil {
		return err
	}
	var sents []segment.Sentence
	for s, err := range seg.Sentences(strings.NewReader(m.query)) {
		if err != nil {
			return err
		}
		sents = append(sents, s)
	}
	if len(sents) < 2 {
		return nil
	}
	for _, s := range sents {
		words := 0
		for _, t := range tokenize(s.Text, nil) {
			if t.kind != tokPunct {
				words++
			}
		}
		if words < fragmentMinWords {
			continue
		}
		ids, err := d.exactUnits(ctx, src, s.Text)
		if err != nil {
			return err
		}
		if err := d.s.VariantsByID(ctx, ids, func(su *StoredUnit) error {
			vs, bases := su.Variants, su.Bases
			t := pickVariant(vs, bases, tgt, opt.Tgt, -1)
			if t < 0 || strings.TrimSpace(vs[t].Text) == "" {
				return nil
			}
			for i := range vs {
				if i == t || !inLang(bases[i], vs[i].Lang, src, opt.Src) || textForm(vs[i].Text) != textForm(s.Text) {
					continue
				}
				*frags = append(*frags, found{Match: Match{Kind: KindFragment, Score: min(99, 100*words/len(m.qw)),
					Source: vs[i].Text, Target: vs[t].Text, SourceLang: vs[i].Lang, TargetLang: vs[t].Lang,
					SourceMarkup: vs[i].Markup, TargetMarkup: vs[t].Markup, Span: [2]int{0, len(vs[i].Text)},
					QuerySpan: [2]int{s.Start, s.End}, UnitID: su.ID}})
				break
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// pickVariant returns the index of the variant in language exact, whose
// subtag is base (bases holds the variants' subtags; inLang compares),
// preferring the exact tag, skipping index skip; -1 if none.
func pickVariant(vs []Variant, bases []string, base string, exact language.Tag, skip int) int {
	found := -1
	for i := range vs {
		if i == skip || !inLang(bases[i], vs[i].Lang, base, exact) {
			continue
		}
		if vs[i].Lang == exact {
			return i
		}
		if found < 0 {
			found = i
		}
	}
	return found
}

// candidates returns the units to score for a query: those holding its
// exact text, then the best by the summed inverse document frequency of the
// query words they contain (fuzzyCandidates). When there are max exact
// ones or more, they alone are returned, and exactOnly is true: the
// caller reads the others (fuzzyCandidates) when fewer than max of them
// stay exact matches.
func (d *DB) candidates(ctx context.Context, base, query string, max int) (ids []int64, exactOnly bool, err error) {
	out, err := d.exactUnits(ctx, base, query)
	if err != nil {
		return nil, false, err
	}
	if len(out) >= max {
		return out, true, nil // exact matches fill the list
	}
	more, err := d.fuzzyCandidates(ctx, base, query, out)
	if err != nil {
		return nil, false, err
	}
	return append(out, more...), false, nil
}

// exactUnits returns the units holding text in language base (a subtag),
// under each code of that language (langBases), and, of a text with
// typographic punctuation (a curly apostrophe or quote, a dash), those
// holding it with the ASCII marks (typoFold), which match it exactly
// (typoEqual). The key is the text as written: without the second probe
// the curly query reached its straight twin only through the word index,
// where units sharing its words could crowd it out of the candidates. A
// twin stored curly and looked up straight is not probed (nothing says
// which marks were curly); nor one that mixes both.
func (d *DB) exactUnits(ctx context.Context, base, text string) ([]int64, error) {
	texts := []string{text}
	if folded := typoFold(text); folded != text {
		texts = append(texts, folded)
	}
	bases := langBases(base)
	var ids []int64
	for _, b := range bases {
		for _, t := range texts {
			var err error
			if ids, err = d.s.ExactUnits(ctx, textKey(b, t), ids); err != nil {
				return nil, err
			}
		}
	}
	if len(texts) > 1 || len(bases) > 1 {
		slices.Sort(ids)
		ids = slices.Compact(ids)
	}
	return ids, nil
}

// fuzzyCandidates returns the units best by the summed inverse document
// frequency of the query words they contain, leaving out those of exact
// (a few exact matches).
func (d *DB) fuzzyCandidates(ctx context.Context, base, query string, exact []int64) ([]int64, error) {
	total, err := d.s.LastUnitID(ctx)
	if err != nil {
		return nil, err
	}
	var keys []int64
	for _, b := range langBases(base) {
		_, k := indexKeys(b, query, nil, nil)
		keys = append(keys, k...)
	}
	// The lengths first: a list itself is read only if it is used.
	lens := make([]int64, len(keys))
	if err := d.s.PostingLens(ctx, keys, lens); err != nil {
		return nil, err
	}
	type list struct {
		n, key int64
	}
	lists := make([]list, 0, len(keys))
	for i, k := range keys {
		if lens[i] > 0 {
			lists = append(lists, list{n: lens[i], key: k})
		}
	}
	slices.SortFunc(lists, func(a, b list) int { return cmp.Compare(a.n, b.n) })
	words := len(lists)
	budget := int64(postingBudget)
	if len(lists) <= shortQuery {
		budget = shortBudget
	}
	acc := d.accumulator(total)
	defer d.release(acc)
	// A list that fails to read leaves weights behind; top, which clears
	// them, is not reached then, and the next lookup would rank this
	// query's units.
	defer acc.reset()
	for i, l := range lists {
		if budget -= l.n; budget < 0 && i >= 2 {
			lists = lists[:i] // the rest are common words; the rarer ones decide
			break
		}
	}
	weight := func(l list) float32 { return float32(math.Log(1 + float64(total)/float64(l.n))) }
	if many, ok := d.s.(ManyPostings); ok {
		keys := make([]int64, len(lists))
		for i, l := range lists {
			keys[i] = l.key
		}
		err := many.PostingsOf(ctx, keys, func(i int, ids []int64) {
			acc.weight = weight(lists[i])
			acc.add(ids)
		})
		if err != nil {
			return nil, err
		}
	} else {
		for _, l := range lists {
			acc.weight = weight(l)
			if err := d.s.Postings(ctx, l.key, acc.addFunc); err != nil {
				return nil, err
			}
		}
	}
	ids, tied := acc.top(candidates, candidateTies, exact)
	if words <= tieQuery {
		return ids, nil
	}
	return d.newestTied(ctx, ids, tied)
}

// newestTied returns ids (ranked candidates, more than candidates when
// those from ids[tied] on weigh the same) cut to candidates, keeping of
// the tied units the most recently changed (lastChange; then the newest)
// when the store reads dates (LastChanges); else all of ids.
func (d *DB) newestTied(ctx context.Context, ids []int64, tied int) ([]int64, error) {
	lc, ok := d.s.(LastChanges)
	if len(ids) <= candidates || !ok {
		return ids, nil
	}
	// TMX dates as stored (tmx.FormatDate: one width, UTC) sort as
	// strings, as lastChange's times do.
	last := make(map[int64]string, len(ids)-tied)
	err := lc.LastChanges(ctx, ids[tied:], func(id int64, created, changed string) {
		last[id] = cmp.Or(changed, created)
	})
	if err != nil {
		return nil, err
	}
	group := ids[tied:]
	slices.SortStableFunc(group, func(a, b int64) int {
		if c := strings.Compare(last[b], last[a]); c != 0 {
			return c
		}
		return cmp.Compare(b, a)
	})
	return ids[:candidates], nil
}

// accum accumulates the weights of candidate units in a dense array
// indexed by unit id (4 bytes a unit: 4 MB at a million units), which is
// much faster than a map; touched lists the ids to reset.
type accum struct {
	w       []float32
	touched []uint32
	heap    []uint32
	// weight is what addFunc adds: the weight of the list being read.
	weight  float32
	addFunc func(ids []int64) // a.add, made once
}

// accumulator returns a free accumulator for units up to total. They are
// kept on a free list of their own (not a sync.Pool, which the garbage
// collector empties) since each holds megabytes.
func (d *DB) accumulator(total int64) *accum {
	d.accMu.Lock()
	var acc *accum
	if n := len(d.accFree); n > 0 {
		acc, d.accFree = d.accFree[n-1], d.accFree[:n-1]
	}
	d.accMu.Unlock()
	if acc == nil {
		acc = &accum{}
		acc.addFunc = acc.add
	}
	if int64(len(acc.w)) <= total {
		acc.w = make([]float32, total+total/8+1024)
	}
	return acc
}

func (d *DB) release(acc *accum) {
	d.accMu.Lock()
	d.accFree = append(d.accFree, acc)
	d.accMu.Unlock()
}

// add adds a.weight to every unit in ids (a part of a posting list).
func (a *accum) add(ids []int64) {
	w := a.weight
	for _, id := range ids {
		if id <= 0 || id >= int64(len(a.w)) {
			continue // added since the last unit id was read
		}
		if a.w[id] == 0 {
			a.touched = append(a.touched, uint32(id))
		}
		a.w[id] += w
	}
}

// reset clears the weights added since the last top (none after it).
func (a *accum) reset() {
	for _, id := range a.touched {
		a.w[id] = 0
	}
	a.touched = a.touched[:0]
}

// top returns the k ids of highest weight (ties: the newer unit), and up
// to ties more of those that weigh as much as the k-th (newest first),
// leaving out those in skip (a few exact matches), and resets the
// accumulator. The ids from ids[tied] on weigh the same (tied == len(ids)
// when there are k or fewer).
func (a *accum) top(k, ties int, skip []int64) (ids []int64, tied int) {
	a.markSkipped(skip)
	h := a.best(k)
	slices.SortFunc(h, func(x, y uint32) int { // highest rank first
		if a.below(y, x) {
			return -1
		}
		if a.below(x, y) {
			return 1
		}
		return 0
	})
	out := make([]int64, len(h))
	for i, id := range h {
		out[i] = int64(id)
	}
	tied = len(out)
	if len(h) == k && ties > 0 {
		last := h[len(h)-1]
		for tied > 0 && a.w[h[tied-1]] == a.w[last] {
			tied--
		}
		out = a.appendTies(out, last, ties)
		if len(out) == len(h) {
			tied = len(out)
		}
	}
	a.reset()
	a.heap = h
	return out, tied
}

// below reports whether unit x ranks below unit y: it weighs less, or as
// much and is older.
func (a *accum) below(x, y uint32) bool {
	if a.w[x] != a.w[y] {
		return a.w[x] < a.w[y]
	}
	return x < y
}

// markSkipped gives the touched units in skip the weight -1, which best
// passes over. Weights are positive, so that skipping costs nothing per
// touched unit however many exact matches there are.
func (a *accum) markSkipped(skip []int64) {
	for _, id := range skip {
		if id > 0 && id < int64(len(a.w)) && a.w[id] != 0 {
			a.w[id] = -1
		}
	}
}

// best returns the k touched units of highest rank (below), those marked
// to skip left out, as a min-heap in a.heap's array: h[0] ranks lowest.
func (a *accum) best(k int) []uint32 {
	h := a.heap[:0]
	for _, id := range a.touched {
		if a.w[id] < 0 {
			continue
		}
		if len(h) < k {
			h = append(h, id)
			a.up(h, len(h)-1)
		} else if a.below(h[0], id) {
			h[0] = id
			a.down(h, 0)
		}
	}
	return h
}

// up moves h[i] towards the root of the min-heap h while it ranks below
// its parent.
func (a *accum) up(h []uint32, i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !a.below(h[i], h[p]) {
			return
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
}

// down moves h[i] away from the root of the min-heap h while a child
// ranks below it.
func (a *accum) down(h []uint32, i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		if r := l + 1; r < len(h) && a.below(h[r], h[l]) {
			l = r
		}
		if !a.below(h[l], h[i]) {
			return
		}
		h[i], h[l] = h[l], h[i]
		i = l
	}
}

// appendTies appends to out (the ids top keeps, last the one that weighs
// least) up to n ids of touched units that weigh as much as last and are
// not in out (they are older), newest first.
func (a *accum) appendTies(out []int64, last uint32, n int) []int64 {
	w := a.w[last]
	var tied []uint32
	for _, id := range a.touched {
		if a.w[id] == w && id < last {
			tied = append(tied, id)
		}
	}
	if len(tied) > n {
		slices.Sort(tied)
		tied = tied[len(tied)-n:]
	}
	slices.SortFunc(tied, func(x, y uint32) int { return cmp.Compare(y, x) })
	for _, id := range tied {
		out = append(out, int64(id))
	}
	return out
}
