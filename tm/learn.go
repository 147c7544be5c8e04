package tm

import (
	"context"
	"errors"
	"fmt"
	"iter"

	"github.com/bitext/bitext/align"
)

// This file is the aligner's side of the TM: the pairs an aligner learns
// word translations from, and the pairs it stores.

// AlignPair aligns the document pair p as opt says (align.Pair.Align),
// learning word translations from the TM's pairs of p's languages as well
// as from the pair itself: the pairs DB.Pairs iterates over, at most
// opt.Align.MaxExamples of them (see align.Options), in place of
// opt.Align.Examples. An error reading the TM's pairs is returned, naming
// the TM, once the alignment is done (p then holds an alignment that
// learned from the pairs read before it). On a nil DB (no TM) it is
// p.Align(ctx, opt).
func (d *DB) AlignPair(ctx context.Context, p *align.Pair, opt align.PairOptions) error {
	if d == nil {
		return p.Align(ctx, opt)
	}
	var pairsErr error
	opt.Align.Examples = PairTexts(d.Pairs(ctx, p.SrcLang, p.TgtLang), &pairsErr)
	if err := p.Align(ctx, opt); err != nil {
		return err
	}
	if pairsErr != nil {
		return fmt.Errorf("read pairs from %s: %w", d.Path(), pairsErr)
	}
	return nil
}

// StorePair stores the aligned pair p in the TM in one transaction
// (Import): one unit a bead of p.Beads that pairs sentences of both sides
// and scores above 0, in document order, with the documents' names
// p.SrcName and p.TgtName and the bead's score as its Origin (see
// PairUnits); consecutive units become each other's context. It returns
// what Import did (Read is the number of pairs, Added the new ones,
// Skipped.Untranslated the beads left out as untranslated passages); an
// error names the TM, and then nothing is stored (an interrupt: "store
// pairs in TM: interrupted; nothing was stored"). by names who stores the
// pairs (ImportOptions.By: the units' creation id; "" for none). A pair
// with no such bead stores nothing, not even a record of the import.
func (d *DB) StorePair(ctx context.Context, p *align.Pair, by string) (ImportStats, error) {
	if PairStoresNothing(p) {
		return ImportStats{}, nil // no import record of nothing: a new TM stays empty (DB.FinishStore)
	}
	skipped := new(Skipped)
	units := AlignedUnits(p.Src, p.Tgt, p.Beads, AlignedOptions{
		SrcLang: p.SrcLang, TgtLang: p.TgtLang, SrcDoc: p.SrcName, TgtDoc: p.TgtName, Skipped: skipped,
	})
	st, err := d.Import(ctx, units, ImportOptions{File: p.SrcName, Sequential: true, By: by, Skipped: skipped})
	if errors.Is(err, context.Canceled) {
		return st, align.Interrupted(err, "store pairs in %s: interrupted; nothing was stored", d.Path())
	} else if err != nil {
		return st, fmt.Errorf("store pairs in %s: %w", d.Path(), err)
	}
	return st, nil
}

// PairStoresNothing reports whether StorePair would store no unit of p: no
// sentence of one document is aligned to a sentence of the other (an
// empty document, or nothing matched).
func PairStoresNothing(p *align.Pair) bool {
	for range PairUnits(p) {
		return false
	}
	return true
}

// PairUnits iterates over the units of the aligned pair p, in document
// order (AlignedUnits with p's languages and document names): what
// StorePair stores, and what WriteTMX writes for an alignment.
func PairUnits(p *align.Pair) iter.Seq2[Unit, error] {
	return AlignedUnits(p.Src, p.Tgt, p.Beads, AlignedOptions{
		SrcLang: p.SrcLang, TgtLang: p.TgtLang, SrcDoc: p.SrcName, TgtDoc: p.TgtName,
	})
}
