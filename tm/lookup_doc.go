package tm

import (
	"context"
	"iter"
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
func (d *DB) LookupDocument(ctx context.Context, queries iter.Seq2[string, error], opt LookupOptions) iter.Seq2[DocumentMatches, error] {
	return func(yield func(DocumentMatches, error) bool) {
		var prev, cur string
		have := false // cur is a query not yet looked up
		emit := func(next string) bool {
			o := opt
			o.Prev, o.Next = prev, next
			ms, err := d.Lookup(ctx, cur, o)
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
