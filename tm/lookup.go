package tm

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Defaults of LookupOptions, as the command contract documents them.
const (
	DefaultMin = 70
	DefaultMax = 5
)

// Candidate retrieval constants.
const (
	// candidates is how many units, ranked by the weight of the query words
	// they share, are scored exactly. Near-duplicates of a segment all share
	// its words, so the list must be long enough to hold them all.
	candidates = 60
	// commonFraction: a word in more than this fraction of the units (and
	// more than commonFloor) is too common to retrieve by when the query
	// has rarer words; skipping it keeps lookups fast on large TMs.
	commonFraction = 0.05
	commonFloor    = 5000
)

// ContextScore is the score of an exact match whose neighbouring segments
// also match (the document context is the same).
const ContextScore = 101

// LookupOptions tune Lookup.
type LookupOptions struct {
	// Src is the query's language, Tgt the language of the proposed
	// translations; they compare by language subtag, preferring the exact
	// tag ("en-US" takes en-GB segments, but en-US ones first).
	Src, Tgt language.Tag
	// Min is the lowest score returned (percent), Max the number of matches;
	// zero values mean DefaultMin and DefaultMax.
	Min, Max int
	// Prev and Next are the segments around the query in its document, if
	// known; an exact match stored with the same neighbours scores 101.
	Prev, Next string
}

// Match is a TM segment matching a query.
type Match struct {
	// Score is the similarity in percent: 101 for an exact match in the same
	// context, 100 for an exact match, below for fuzzy matches.
	Score int
	// Source is the stored segment, Target its translation with the numbers
	// that differ between Source and the query replaced by the query's.
	Source, Target             string
	SourceLang, TargetLang     string
	SourceMarkup, TargetMarkup string
	// Diff shows how Source differs from the query (see Match.Diff docs in
	// package doc: "[-in the TM-]{+in the query+}").
	Diff string
	// Substituted says numbers were replaced in Target.
	Substituted bool
	UnitID      int64
	Origin      Origin
}

// Lookup finds the stored segments most like query: exact and fuzzy
// matches, best first.
func (d *DB) Lookup(ctx context.Context, query string, opt LookupOptions) ([]Match, error) {
	if opt.Min == 0 {
		opt.Min = DefaultMin
	}
	if opt.Max == 0 {
		opt.Max = DefaultMax
	}
	st, err := d.lookupStmts(ctx)
	if err != nil {
		return nil, err
	}
	src, tgt := baseTag(opt.Src), baseTag(opt.Tgt)
	if strings.TrimSpace(query) == "" {
		return nil, nil
	}
	cands, err := d.candidates(ctx, st, src, query)
	if err != nil {
		return nil, err
	}
	m := newMatcher(query)
	var out []Match
	for _, uid := range cands {
		rows, err := st.variants.QueryContext(ctx, int64(uid)*maxVariants, int64(uid+1)*maxVariants)
		if err != nil {
			return nil, fmt.Errorf("lookup: %w", err)
		}
		var vs []storedVariant
		for rows.Next() {
			var v storedVariant
			if err := rows.Scan(&v.lang, &v.base, &v.text, &v.markup); err != nil {
				rows.Close()
				return nil, fmt.Errorf("lookup: %w", err)
			}
			vs = append(vs, v)
		}
		rows.Close()
		t := pickVariant(vs, tgt, opt.Tgt.String(), -1)
		if t < 0 {
			continue
		}
		best, bestRes := -1, result{score: -1}
		for i, v := range vs {
			if v.base != src || i == t {
				continue
			}
			r := m.score(v.text, v.markup != "", vs[t].text)
			if r.score > bestRes.score || (r.score == bestRes.score && v.lang == opt.Src.String()) {
				best, bestRes = i, r
			}
		}
		if best < 0 || bestRes.score < opt.Min {
			continue
		}
		s, tv := vs[best], vs[t]
		mt := Match{Score: bestRes.score, Source: s.text, Target: bestRes.target, SourceLang: s.lang,
			TargetLang: tv.lang, SourceMarkup: s.markup, Substituted: bestRes.substituted, UnitID: int64(uid)}
		if !bestRes.substituted {
			mt.TargetMarkup = tv.markup
		}
		out = append(out, mt)
	}
	slices.SortStableFunc(out, func(a, b Match) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(b.UnitID, a.UnitID) // newer first
	})
	if len(out) > opt.Max {
		out = out[:opt.Max]
	}
	prev, next := ctxHash(opt.Prev), ctxHash(opt.Next)
	for i := range out {
		mt := &out[i]
		var up, un int64
		var score float64
		if err := st.unit.QueryRowContext(ctx, mt.UnitID).Scan(&up, &un, &mt.Origin.File,
			&mt.Origin.SrcDoc, &mt.Origin.TgtDoc, &score); err != nil {
			return nil, fmt.Errorf("lookup: %w", err)
		}
		mt.Origin.Score = score
		if mt.Score == 100 && (prev != 0 || next != 0) && up == prev && un == next {
			mt.Score = ContextScore
		}
		if mt.Score < 100 {
			mt.Diff = m.diff(mt.Source)
		}
	}
	slices.SortStableFunc(out, func(a, b Match) int { return cmp.Compare(b.Score, a.Score) })
	return out, nil
}

type storedVariant struct {
	lang, base, text, markup string
}

// pickVariant returns the index of the variant in language base, preferring
// the exact tag, skipping index skip; -1 if none.
func pickVariant(vs []storedVariant, base, exact string, skip int) int {
	found := -1
	for i, v := range vs {
		if i == skip || v.base != base {
			continue
		}
		if v.lang == exact {
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
// query words they contain.
func (d *DB) candidates(ctx context.Context, st *stmts, base, query string) ([]uint32, error) {
	var out []uint32
	seen := map[uint32]bool{}
	rows, err := st.exact.QueryContext(ctx, textKey(base, query))
	if err != nil {
		return nil, fmt.Errorf("lookup: %w", err)
	}
	for rows.Next() {
		var vid int64
		if err := rows.Scan(&vid); err != nil {
			rows.Close()
			return nil, err
		}
		if u := uint32(vid / maxVariants); !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	rows.Close()

	var total int64
	if err := st.count.QueryRowContext(ctx).Scan(&total); err != nil {
		return nil, fmt.Errorf("lookup: %w", err)
	}
	_, keys := indexKeys(base, query, nil, nil)
	type list struct {
		n    int64
		blob []byte
	}
	var lists []list
	for _, k := range keys {
		var l list
		err := st.posting.QueryRowContext(ctx, k).Scan(&l.n, &l.blob)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("lookup: %w", err)
		}
		lists = append(lists, l)
	}
	slices.SortFunc(lists, func(a, b list) int { return cmp.Compare(a.n, b.n) })
	common := max(int64(commonFloor), int64(float64(total)*commonFraction))
	score := map[uint32]float32{}
	var ids []uint32
	for i, l := range lists {
		if l.n > common && i >= 2 {
			break // the rest are common words; the rarer ones decide
		}
		w := float32(math.Log(1 + float64(total)/float64(l.n)))
		ids = decodePostings(l.blob, ids[:0])
		for _, id := range ids {
			score[id] += w
		}
	}
	type cand struct {
		id uint32
		w  float32
	}
	cs := make([]cand, 0, len(score))
	for id, w := range score {
		if !seen[id] {
			cs = append(cs, cand{id, w})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return cmp.Compare(b.id, a.id)
	})
	for _, c := range cs[:min(len(cs), candidates)] {
		out = append(out, c.id)
	}
	return out, nil
}
