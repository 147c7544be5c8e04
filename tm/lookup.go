package tm

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
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
	candidates = 30
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
	cands, err := d.candidates(ctx, st, src, query, opt.Max)
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
		if t < 0 || strings.TrimSpace(vs[t].text) == "" {
			continue // no translation: an empty <seg/> is a placeholder, not an answer
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
func (d *DB) candidates(ctx context.Context, st *stmts, base, query string, max int) ([]uint32, error) {
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
	if len(out) >= max {
		return out, nil // exact matches fill the list
	}

	var total int64
	if err := st.count.QueryRowContext(ctx).Scan(&total); err != nil {
		return nil, fmt.Errorf("lookup: %w", err)
	}
	_, keys := indexKeys(base, query, nil, nil)
	type list struct {
		n, key int64
	}
	var lists []list
	for _, k := range keys {
		l := list{key: k}
		// The length first: the list itself is read only if it is used.
		err := st.postingLen.QueryRowContext(ctx, k).Scan(&l.n)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("lookup: %w", err)
		}
		lists = append(lists, l)
	}
	slices.SortFunc(lists, func(a, b list) int { return cmp.Compare(a.n, b.n) })
	budget := int64(postingBudget)
	if len(lists) <= shortQuery {
		budget = shortBudget
	}
	acc := d.accumulator(total)
	defer d.release(acc)
	for i, l := range lists {
		if budget -= l.n; budget < 0 && i >= 2 {
			break // the rest are common words; the rarer ones decide
		}
		rows, err := st.posting.QueryContext(ctx, l.key)
		if err != nil {
			return nil, fmt.Errorf("lookup: %w", err)
		}
		for rows.Next() {
			var blob sql.RawBytes
			if err := rows.Scan(&blob); err != nil {
				rows.Close()
				return nil, fmt.Errorf("lookup: %w", err)
			}
			acc.add(blob, float32(math.Log(1+float64(total)/float64(l.n))))
		}
		rows.Close()
	}
	out = append(out, acc.top(candidates, seen)...)
	return out, nil
}

// accum accumulates the weights of candidate units in a dense array
// indexed by unit id (4 bytes a unit: 4 MB at a million units), which is
// much faster than a map; touched lists the ids to reset.
type accum struct {
	w       []float32
	touched []uint32
	heap    []uint32
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

// add adds weight w to every unit in a posting list blob (see
// decodePostings).
func (a *accum) add(blob []byte, w float32) {
	var last uint64
	for i := 0; i < len(blob); {
		v, n := binary.Uvarint(blob[i:])
		if n <= 0 {
			return
		}
		i += n
		if v == 0 {
			if v, n = binary.Uvarint(blob[i:]); n <= 0 {
				return
			}
			i += n
			last = v
		} else {
			last += v
		}
		if last >= uint64(len(a.w)) {
			continue // added since the unit count was read
		}
		if a.w[last] == 0 {
			a.touched = append(a.touched, uint32(last))
		}
		a.w[last] += w
	}
}

// top returns the k ids of highest weight (ties: the newer unit), leaving
// out those in skip, and resets the accumulator.
func (a *accum) top(k int, skip map[uint32]bool) []uint32 {
	less := func(x, y uint32) bool { // x ranks below y
		if a.w[x] != a.w[y] {
			return a.w[x] < a.w[y]
		}
		return x < y
	}
	h := a.heap[:0] // a min-heap of the best k so far
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			if r := l + 1; r < len(h) && less(h[r], h[l]) {
				l = r
			}
			if !less(h[l], h[i]) {
				return
			}
			h[i], h[l] = h[l], h[i]
			i = l
		}
	}
	for _, id := range a.touched {
		if skip[id] {
			continue
		}
		if len(h) < k {
			h = append(h, id)
			for i := len(h) - 1; i > 0; {
				p := (i - 1) / 2
				if !less(h[i], h[p]) {
					break
				}
				h[i], h[p] = h[p], h[i]
				i = p
			}
			continue
		}
		if less(h[0], id) {
			h[0] = id
			down(0)
		}
	}
	out := append([]uint32(nil), h...)
	slices.SortFunc(out, func(x, y uint32) int {
		if less(y, x) {
			return -1
		}
		if less(x, y) {
			return 1
		}
		return 0
	})
	for _, id := range a.touched {
		a.w[id] = 0
	}
	a.touched, a.heap = a.touched[:0], h
	return out
}
