package tm

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"

	"golang.org/x/text/language"
)

// ConcordanceOptions tune Concordance.
type ConcordanceOptions struct {
	// Lang is the language searched (by language subtag). It is needed:
	// language.Und (the zero value) finds nothing.
	Lang language.Tag
	// Tgt, if set, keeps only that language (by language subtag) among
	// the translations shown; language.Und (the zero value) shows every
	// other language.
	Tgt language.Tag
}

// Hit is a stored segment holding the searched term.
type Hit struct {
	UnitID int64
	// Lang is the language of Text (opt.Lang, or a tag with its language
	// subtag).
	Lang language.Tag
	Text string
	// Spans are the byte offsets [start, end) of each occurrence in Text.
	Spans [][2]int
	// Translations are the unit's other variants (only Tgt's, if set).
	Translations []Variant
}

// ErrNoWords is returned by Concordance for a term without a word to
// search (only spaces or punctuation).
var ErrNoWords = errors.New("no words to search")

// Concordance finds the stored segments in opt.Lang that contain term: its
// words, consecutive and in order, compared case- and accent-insensitively.
// Candidates come from the word index (the intersection of the term's
// posting lists), so nothing is scanned. Hits come oldest first.
func (d *DB) Concordance(ctx context.Context, term string, opt ConcordanceOptions) iter.Seq2[Hit, error] {
	return func(yield func(Hit, error) bool) {
		base := baseTag(opt.Lang)
		var words []string
		for _, t := range tokenize(term, nil) {
			if t.kind != tokPunct {
				words = append(words, fold(t.text))
			}
		}
		if len(words) == 0 {
			yield(Hit{}, fmt.Errorf("concordance: %q: %w", term, ErrNoWords))
			return
		}
		var ids, list []int64
		first := true
		done := map[int64]bool{}
		for _, w := range words {
			k := wordKey(base, w)
			if done[k] {
				continue
			}
			done[k] = true
			list = list[:0]
			err := d.s.Postings(ctx, k, func(part []int64) { list = append(list, part...) })
			if err != nil {
				yield(Hit{}, fmt.Errorf("concordance: %w", err))
				return
			}
			if len(list) == 0 {
				return
			}
			if first {
				ids, list, first = list, nil, false
				continue
			}
			ids = intersect(ids, list)
		}
		ids = slices.Compact(ids)
		tgt := ""
		if opt.Tgt != language.Und {
			tgt = baseTag(opt.Tgt)
		}
		var toks []token
		// The caller's break ends the read with stop; a store may wrap it
		// (tm.Store allows that), so whether the loop ended is kept apart.
		stop := errors.New("stop")
		stopped := false
		// The candidates' units are read concordanceBatch at a time: few
		// round trips, and little read past where the caller stops.
		for len(ids) > 0 {
			n := min(len(ids), concordanceBatch)
			err := d.s.VariantsByID(ctx, ids[:n], func(su *StoredUnit) error {
				vs := su.Variants
				for i := range vs {
					v := &vs[i]
					if su.Bases[i] != base {
						continue
					}
					toks = tokenize(v.Text, toks)
					spans := findPhrase(toks, words)
					if len(spans) == 0 {
						continue
					}
					h := Hit{UnitID: su.ID, Lang: v.Lang, Text: v.Text, Spans: spans}
					for j := range vs {
						o := &vs[j]
						if j == i || su.Bases[j] == base || (tgt != "" && su.Bases[j] != tgt) {
							continue
						}
						h.Translations = append(h.Translations, Variant{Lang: o.Lang, Text: o.Text, Markup: o.Markup})
					}
					if !yield(h, nil) {
						stopped = true
						return stop
					}
				}
				return nil
			})
			if stopped { // the caller's loop ended: never yield again
				return
			}
			if err != nil {
				yield(Hit{}, fmt.Errorf("concordance: %w", err))
				return
			}
			ids = ids[n:]
		}
	}
}

// concordanceBatch is how many candidate units Concordance reads at a time.
const concordanceBatch = 64

// findPhrase returns the byte spans where the words occur consecutively
// (punctuation between them allowed) in toks.
func findPhrase(toks []token, words []string) [][2]int {
	var ws []token
	for _, t := range toks {
		if t.kind != tokPunct {
			ws = append(ws, t)
		}
	}
	var spans [][2]int
	for i := 0; i+len(words) <= len(ws); i++ {
		ok := true
		for j, w := range words {
			if fold(ws[i+j].text) != w {
				ok = false
				break
			}
		}
		if ok {
			spans = append(spans, [2]int{ws[i].start, ws[i+len(words)-1].end})
			i += len(words) - 1
		}
	}
	return spans
}

// intersect returns the ids in both sorted lists.
func intersect(a, b []int64) []int64 {
	out := a[:0]
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}
