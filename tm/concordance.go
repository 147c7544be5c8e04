package tm

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"slices"

	"golang.org/x/text/language"
)

// ConcordanceOptions tune Concordance.
type ConcordanceOptions struct {
	// Lang is the language searched (by language subtag).
	Lang language.Tag
	// Tgt, if set, keeps only that language among the translations shown.
	Tgt language.Tag
}

// Hit is a stored segment holding the searched term.
type Hit struct {
	UnitID int64
	Lang   string
	Text   string
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
		st, err := d.lookupStmts(ctx)
		if err != nil {
			yield(Hit{}, err)
			return
		}
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
		var ids []uint32
		first := true
		done := map[int64]bool{}
		for _, w := range words {
			k := wordKey(base, w)
			if done[k] {
				continue
			}
			done[k] = true
			var blob []byte
			err := st.posting.QueryRowContext(ctx, k).Scan(&blob)
			if err == sql.ErrNoRows {
				return
			}
			if err != nil {
				yield(Hit{}, fmt.Errorf("concordance: %w", err))
				return
			}
			list := decodePostings(blob, nil)
			if first {
				ids, first = list, false
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
		for _, uid := range ids {
			rows, err := st.variants.QueryContext(ctx, int64(uid)*maxVariants, int64(uid+1)*maxVariants)
			if err != nil {
				yield(Hit{}, fmt.Errorf("concordance: %w", err))
				return
			}
			var vs []storedVariant
			for rows.Next() {
				var v storedVariant
				if err := rows.Scan(&v.lang, &v.base, &v.text, &v.markup); err != nil {
					rows.Close()
					yield(Hit{}, err)
					return
				}
				vs = append(vs, v)
			}
			rows.Close()
			for i, v := range vs {
				if v.base != base {
					continue
				}
				toks = tokenize(v.text, toks)
				spans := findPhrase(toks, words)
				if len(spans) == 0 {
					continue
				}
				h := Hit{UnitID: int64(uid), Lang: v.lang, Text: v.text, Spans: spans}
				for j, o := range vs {
					if j == i || o.base == base || (tgt != "" && o.base != tgt) {
						continue
					}
					h.Translations = append(h.Translations, Variant{Lang: o.lang, Text: o.text, Markup: o.markup})
				}
				if !yield(h, nil) {
					return
				}
			}
		}
	}
}

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
func intersect(a, b []uint32) []uint32 {
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
