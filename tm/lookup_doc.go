package tm

import (
	"context"
	"iter"
	"slices"
	"strings"
)

// DocumentMatches is a query of a document with its matches.
type DocumentMatches struct {
	// Query is the segment looked up, trimmed of surrounding white space.
	Query string
	// Prev and Next are its neighbours in the document, the context given
	// to Lookup ("" at the document's start or end).
	Prev, Next string
	// Matches are Lookup's matches of Query, best first.
	Matches []Match
}

// LookupDocument looks up the segments of a document, in order: consecutive
// queries are a document, so each query's neighbours are its context (Prev
// and Next of LookupOptions; an exact match stored with the same
// neighbours that it has scores ContextScore). An empty or blank query ends
// a paragraph: nothing is looked up for it, and the context crosses it, as
// the context stored by an aligner or a CAT tool does. opt.Prev and
// opt.Next are ignored. It yields each query with its matches,
// one query behind the input (the next query is its context); an error
// from queries or from Lookup ends the sequence.
//
// A query that came earlier in the document is not looked up again when
// its matches cannot differ: the stored units it matches exactly are
// decided the same way by its new neighbours (each a context match or
// not), which is always so when it has no exact match. The time is then
// proportional to the document's distinct segments, the matches the same
// as Lookup's.
func (d *DB) LookupDocument(ctx context.Context, queries iter.Seq2[string, error], opt LookupOptions) iter.Seq2[DocumentMatches, error] {
	return func(yield func(DocumentMatches, error) bool) {
		var prev, cur string
		have := false // cur is a query not yet looked up
		var memo *docMemo
		if opt.Filter == (UnitFilter{}) && opt.Penalties == (Penalties{}) {
			memo = &docMemo{seen: map[string][]memoLookup{}, budget: memoBudget}
		}
		emit := func(next string) bool {
			o := opt
			o.Prev, o.Next = prev, next
			var ms []Match
			var err error
			if memo != nil {
				ms, err = memo.lookup(ctx, d, cur, o)
			} else {
				ms, err = d.Lookup(ctx, cur, o)
			}
			if err != nil {
				yield(DocumentMatches{}, err)
				return false
			}
			return yield(DocumentMatches{Query: cur, Prev: prev, Next: next, Matches: ms}, nil)
		}
		for q, err := range queries {
			if err != nil {
				yield(DocumentMatches{}, err)
				return
			}
			q = strings.TrimSpace(q)
			if q == "" {
				continue // a paragraph break
			}
			if have {
				if !emit(q) {
					return
				}
				prev = cur
			}
			cur, have = q, true
		}
		if have {
			emit("")
		}
	}
}

// memoBudget is about the most memory, in bytes, that LookupDocument
// keeps the lookups of a document's queries in: past it, the queries not
// yet seen are looked up each time (a long document's first segments hold
// most of what it repeats, the way a manual repeats its notes and steps).
const memoBudget = 64 << 20

// docMemo holds the lookups of a document's queries, by query text, for
// LookupDocument to reuse on a repeated query, within budget bytes.
type docMemo struct {
	seen   map[string][]memoLookup
	budget int
}

// memoLookup is one lookup of a query: its matches and the exact matches
// it checked for the context (ctxUnit).
type memoLookup struct {
	units   []ctxUnit
	matches []Match
}

// lookup returns the matches of query with the neighbours of opt: those
// of an earlier lookup of query when its neighbours decide every exact
// match it checked the same way (a context match or not), else a new
// lookup's, kept for the next time.
func (m *docMemo) lookup(ctx context.Context, d *DB, query string, opt LookupOptions) ([]Match, error) {
	prev, next := ctxHash(opt.Prev), ctxHash(opt.Next)
	for _, l := range m.seen[query] {
		same := true
		for _, u := range l.units {
			if inContext(prev, next, u.prev, u.next) != u.upgraded {
				same = false
				break
			}
		}
		if same {
			return slices.Clone(l.matches), nil
		}
	}
	var units []ctxUnit
	ms, err := d.lookup(ctx, query, opt, &units)
	if err != nil {
		return nil, err
	}
	if size := memoSize(query, units, ms); size <= m.budget {
		m.budget -= size
		m.seen[query] = append(m.seen[query], memoLookup{units: units, matches: slices.Clone(ms)})
	}
	return ms, nil
}

// memoSize is about the memory a lookup kept by docMemo takes, in bytes:
// its strings, and 300 bytes a Match (its size on a 64-bit machine), 24 a
// ctxUnit, 64 for the map entry.
func memoSize(query string, units []ctxUnit, ms []Match) int {
	n := len(query) + 64 + 24*len(units)
	for i := range ms {
		m := &ms[i]
		n += 300 + len(m.Source) + len(m.Target) + len(m.SourceMarkup) + len(m.TargetMarkup) +
			len(m.Diff) + len(m.Note) + len(m.Origin.File) + len(m.Origin.SrcDoc) + len(m.Origin.TgtDoc)
	}
	return n
}
