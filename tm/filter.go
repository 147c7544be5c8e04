package tm

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
)

// Penalties rank lookup matches by where their unit came from
// (OriginKind), in points, as CAT tools penalize matches by origin: an
// aligned pair is an aligner's guess (strict F1 0.91 on the Text+Berg
// development set), so a translator's own translation should rank above
// it. Matches are ranked by Score minus their penalty (Match.Penalty),
// and the best Max of that order are returned; Score itself keeps its
// meaning (100 is the query's text, 101 also its context), and Min applies
// to it. The zero value penalizes nothing.
type Penalties struct {
	Aligned, Imported, Added int
}

// DefaultPenalties are what `bitext tm lookup` applies unless told
// otherwise: 2 points for an aligned pair, so that an exact aligned match
// (100 - 2) ranks below a translator's own fuzzy match that differs only
// in a number or a letter's case (99), while an aligned pair found in the
// query's context (101 - 2) still ranks above one with a word changed.
// Imported and added units are a person's work: no penalty. Among aligned
// pairs only, the order is the scores'.
var DefaultPenalties = Penalties{Aligned: 2}

func (p Penalties) of(o Origin) int {
	switch OriginKind(o) {
	case OriginAligned:
		return p.Aligned
	case OriginImported:
		return p.Imported
	}
	return p.Added
}

// penaltyMargin is how many matches past Max a penalized lookup asks
// for when a match it returned is penalized: a penalty lowers scores, so
// matches ranked just below the cut may pass the penalized ones.
const penaltyMargin = 10

// lookupMaint is Lookup with a filter or penalties: the lookup runs on a
// view of the TM holding only the units opt.Filter keeps, and the
// penalties are applied to its matches.
func (d *DB) lookupMaint(ctx context.Context, query string, opt LookupOptions) ([]Match, error) {
	if err := checkFilter(opt.Filter); err != nil {
		return nil, fmt.Errorf("lookup: %w", err)
	}
	pen := opt.Penalties
	o := opt
	o.Filter, o.Penalties = UnitFilter{}, Penalties{}
	if o.Max == 0 {
		o.Max = DefaultMax
	}
	if o.Min == 0 {
		o.Min = DefaultMin
	}
	v := d
	if opt.Filter != (UnitFilter{}) {
		var err error
		if v, err = d.filtered(ctx, opt.Filter); err != nil {
			return nil, fmt.Errorf("lookup: %w", err)
		}
	}
	ms, err := v.Lookup(ctx, query, o)
	if err != nil || pen == (Penalties{}) {
		return ms, err
	}
	// Penalties only lower scores: when no match returned is penalized,
	// none below the cut can pass them, and when fewer than Max came
	// back, there is nothing below the cut. Otherwise ask for more (an
	// exact lookup asking for more also reads the word index, so only
	// then).
	max, penalized := o.Max, false
	for _, m := range ms {
		penalized = penalized || pen.of(m.Origin) > 0
	}
	if !penalized {
		return ms, nil
	}
	if len(ms) == max {
		o.Max += penaltyMargin
		if ms, err = v.Lookup(ctx, query, o); err != nil {
			return nil, err
		}
	}
	for i := range ms {
		ms[i].Penalty = pen.of(ms[i].Origin)
	}
	slices.SortStableFunc(ms, func(a, b Match) int { return cmp.Compare(b.Score-b.Penalty, a.Score-a.Penalty) })
	if len(ms) > max {
		ms = ms[:max]
	}
	return ms, nil
}

// filterView is a DB over the units a filter keeps, remembered by its
// DB: a lookup of a document asks with the same filter for every query.
type filterView struct {
	mu     sync.Mutex
	filter UnitFilter
	last   int64
	view   *DB
}

// filtered returns the view of d holding the units f keeps.
func (d *DB) filtered(ctx context.Context, f UnitFilter) (*DB, error) {
	last, err := d.s.LastUnitID(ctx)
	if err != nil {
		return nil, err
	}
	fv := &d.views
	fv.mu.Lock()
	defer fv.mu.Unlock()
	if fv.view != nil && fv.filter == f && fv.last == last {
		return fv.view, nil
	}
	if f.Doc != "" {
		if err := d.CheckDocument(ctx, f.Doc); err != nil {
			return nil, err
		}
	}
	m, err := d.maintainer()
	if err != nil {
		return nil, err
	}
	keep := make([]uint64, last/64+1)
	err = m.FilterUnits(ctx, f, func(ids []int64) {
		for _, id := range ids {
			if id <= last {
				keep[id/64] |= 1 << (id % 64)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	fv.filter, fv.last, fv.view = f, last, New(&filteredStore{Store: d.s, keep: keep})
	return fv.view, nil
}

// forgetFilters drops the remembered view after a change to the units.
func (d *DB) forgetFilters() {
	d.views.mu.Lock()
	d.views.view = nil
	d.views.mu.Unlock()
}

// filteredStore is a Store whose candidate reads (ExactUnits, Postings)
// see only the units of the bit set keep; the rest is its Store's. It
// does not own the Store: Close does nothing.
type filteredStore struct {
	Store
	keep []uint64
	buf  sync.Pool
}

func (f *filteredStore) kept(id int64) bool {
	return id >= 0 && id/64 < int64(len(f.keep)) && f.keep[id/64]&(1<<(id%64)) != 0
}

func (f *filteredStore) Close() error { return nil }

func (f *filteredStore) ExactUnits(ctx context.Context, key int64, ids []int64) ([]int64, error) {
	n := len(ids)
	ids, err := f.Store.ExactUnits(ctx, key, ids)
	out := ids[:n]
	for _, id := range ids[n:] {
		if f.kept(id) {
			out = append(out, id)
		}
	}
	return out, err
}

func (f *filteredStore) Postings(ctx context.Context, key int64, fn func(ids []int64)) error {
	bp, _ := f.buf.Get().(*[]int64)
	if bp == nil {
		bp = new([]int64)
	}
	defer f.buf.Put(bp)
	return f.Store.Postings(ctx, key, func(ids []int64) {
		b := (*bp)[:0]
		for _, id := range ids {
			if f.kept(id) {
				b = append(b, id)
			}
		}
		*bp = b
		if len(b) > 0 {
			fn(b)
		}
	})
}
