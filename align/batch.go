package align

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"iter"

	"golang.org/x/text/language"
)

// A BatchItem is one document pair of a batch.
type BatchItem struct {
	Src, Tgt Input
	// Where is the pair's place for messages ("MANIFEST:LINE",
	// BatchFiles.Where): an error of the language check (ErrLanguage,
	// ErrScript) begins with it, which says which line to fix. Empty for
	// none.
	Where string
}

// A BatchResult is one aligned pair of a batch (Pair, as ReadPair reads
// it and Pair.Align aligns it), or the error that stopped the batch.
type BatchResult struct {
	Index int // 0-based position of the item in the batch
	Pair  *Pair
	Err   error
	// InstalledDict is the path of the dictionary found installed that
	// the pair aligned with by default (as Pair.InstalledDict names it),
	// InstalledLang the English name of the language it is used for
	// beside English; "" when none.
	InstalledDict, InstalledLang string
}

// Batch reads and aligns the document pairs of items one after the other,
// as ReadPair and Pair.Align do with opt, and yields each pair once it is
// aligned. The pairs share what is learned: the beads scoring at least
// batchShareScore of the pairs aligned so far (per language pair, up to
// batchMaxPairs) join each next pair's learning pass as Examples do, so
// that an archive aligns better as it goes (MAC zh-en's six documents:
// strict F1 0.794 in one batch, 0.786 each alone). A small document
// (news) does not learn from the pool itself in a batch: a lexicon
// learned from the pool, relearned each time the pool doubles, stands in
// for its first pass, and its second pass learns from its own beads as
// it does alone. Reading an item's
// files is the only error besides ctx's: the batch stops there, with a
// result holding the error.
func Batch(ctx context.Context, items iter.Seq[BatchItem], opt PairOptions) iter.Seq[BatchResult] {
	return func(yield func(BatchResult) bool) {
		type pool struct {
			pairs   [][2][]string
			lex     *Lexicon
			learned int // len(pairs) when lex was learned
			seg     [2]*hanCutter
		}
		pools := map[[2]string]*pool{}
		// The words' keys do not depend on the language pair: one cache
		// serves the batch.
		wc := newWordCache()
		k := 0
		for it := range items {
			if err := ctx.Err(); err != nil {
				yield(BatchResult{Index: k, Err: err})
				return
			}
			p, err := ReadPair(ctx, it.Src, it.Tgt, opt)
			if err != nil {
				if it.Where != "" && (errors.Is(err, ErrLanguage) || errors.Is(err, ErrScript)) {
					err = fmt.Errorf("%s: %w", it.Where, err)
				}
				yield(BatchResult{Index: k, Err: err})
				return
			}
			o := opt
			if opt.Dicts != nil && len(opt.Dicts.Uses) > 0 {
				o.Align.Lexicon = opt.Dicts.Lexicon(it.Src.Lang, it.Tgt.Lang)
			}
			// The built-in Chinese-English dictionary when no dictionary
			// fits the pair (Options.NoDefaultDict).
			o.Align.langs = [2]language.Tag{p.SrcLang, p.TgtLang}
			res := BatchResult{Index: k, Pair: p}
			if o.Align.Lexicon == nil && !o.Align.NoDefaultDict {
				if _, d := o.Align.installedFor(p.Src.Sentences, p.Tgt.Sentences, false); d != nil {
					res.InstalledDict, res.InstalledLang = d.file, d.name
				}
			}
			o.Align.Lexicon = o.Align.dictFor(p.Src.Sentences, p.Tgt.Sentences)
			key := [2]string{it.Src.Lang.String(), it.Tgt.Lang.String()}
			pl := pools[key]
			if pl == nil {
				// A Chinese dictionary cuts the pool's Han side into its
				// words, as each pair's own learning does (cedict.go).
				pl = &pool{seg: hanCutters(o.Align.Lexicon, p.Src.Sentences, p.Tgt.Sentences)}
				pools[key] = pl
			}
			o.Align.words = wc
			// Without learning, nothing learned from the pool is used.
			if len(pl.pairs) >= batchMinPairs && !opt.Align.NoLearn {
				o.Align.shared = pl.pairs
				// Relearned each time the pool doubles: the cost of
				// learning is shared by the pairs, not paid by each.
				if len(pl.pairs) >= 2*pl.learned && len(p.Src.Sentences)+len(p.Tgt.Sentences) < smallDoc {
					pl.lex, pl.learned = learnLexicon(pl.pairs), len(pl.pairs)
					if pl.lex.m1 != nil {
						pl.lex.m1.seg = pl.seg
					}
				}
				o.Align.sharedLex = pl.lex
			}
			if err := p.Align(ctx, o); err != nil {
				yield(BatchResult{Index: k, Err: err})
				return
			}
			for _, b := range p.Beads {
				if b.Score >= batchShareScore && b.Src.Len() > 0 && b.Tgt.Len() > 0 && len(pl.pairs) < batchMaxPairs && !opt.Align.NoLearn {
					pl.pairs = append(pl.pairs, [2][]string{
						stemsOf(p.Src.Sentences, b.Src, pl.seg[0], wc), stemsOf(p.Tgt.Sentences, b.Tgt, pl.seg[1], wc),
					})
				}
			}
			if !yield(res) {
				return
			}
			k++
		}
	}
}

const (
	// batchShareScore is the least score of a bead Batch learns from:
	// at 0.8 at least 95% are right (see doc.go, "Scores").
	batchShareScore = 0.8
	// batchMinPairs is the fewest shared beads worth learning from.
	batchMinPairs = 20
	// batchMaxPairs bounds the shared pool: Model 1 trains on it for
	// every pair, and its time grows with it.
	batchMaxPairs = 2_000
)

func stemsOf(sents []string, s Span, seg *hanCutter, wc *wordCache) []string {
	var out []string
	for i := s.Start; i < s.End; i++ {
		out = append(out, seg.stems(-1, sents[i], wc)...)
	}
	return out
}

// union returns the links of a and b (either may be nil).
func union(a, b *Lexicon) *Lexicon {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	out := NewLexicon()
	out.weak = make(map[string][]string)
	out.m1 = cmp.Or(a.m1, b.m1)
	for _, l := range []*Lexicon{a, b} {
		for s, ts := range l.m {
			for _, t := range ts {
				out.addStems(s, t)
			}
		}
		for s, ts := range l.weak {
			out.weak[s] = append(out.weak[s], ts...)
			out.n += len(ts)
		}
	}
	return out
}
