package tm

import (
	"cmp"
	"context"
	"errors"
	"slices"
)

// foldChore names the fold of reviewed copies among a TM's one-time
// chores (ChoreWriter).
const foldChore = "fold-reviewed-copies"

// foldReviewed folds, with w, a write of s, the copies of a reviewed pair
// that a TM made before a reviewer's name left a unit's identity holds
// (one unit per reviewer who stored the pair: a lookup found the pair
// once per copy, an export wrote each) into one unit, once per TM: the
// first write of a DB (DB.write) calls it, and a TM that had it is marked
// so (ChoreWriter), which makes it one query for every later process.
//
// The units that name a reviewer are grouped by the identity hash they
// have today (UnitHash); a group of more than one is merged, oldest
// confirmation first, as stores of it one after another would have been
// (reviewedRecord): every name, each with its date (PropReviewedOn), the
// first reviewer the creator, the last the change. The group's newest
// unit (the largest id, the one that may hold today's hash already)
// takes the result and today's hash; the others are deleted (their ids
// are never given again). A store without ChoreWriter (or maintenance)
// is left as it is. DB.maintWrite calls it after its change, in the same
// write, or before a confirmation (an edit that leaves the text as it is)
// with keep the confirmed unit's id, which then takes the group's result
// in place of its newest unit (0 keeps none). A Writer that is a
// TurnTaker takes its turn before a TM not marked is folded, and looks at
// the mark again then.
func foldReviewed(ctx context.Context, s Store, w Writer, keep int64) error {
	cw, ok := w.(ChoreWriter)
	m, mok := s.(Maintainer)
	mw, mwok := w.(MaintWriter)
	if !ok || !mok || !mwok {
		return nil
	}
	if done, err := cw.ChoreDone(ctx, foldChore); err != nil || done {
		return err
	}
	if tt, ok := w.(TurnTaker); ok {
		if err := tt.TakeTurn(ctx); err != nil {
			return err
		}
		if done, err := cw.ChoreDone(ctx, foldChore); err != nil || done {
			return err
		}
	}
	ids, err := cw.ReviewedUnits(ctx)
	if err != nil {
		return err
	}
	rd := txReaderOf(s, m, mw)
	p := preparer{noWords: true}
	groups := map[int64][]int64{}
	var hashes []int64 // in the order of their first unit
	for _, id := range ids {
		su, err := rd.Unit(ctx, id)
		if errors.Is(err, ErrNoUnit) {
			continue
		}
		if err != nil {
			return err
		}
		if !hasReviewer(su.Props) {
			continue
		}
		rec, err := p.prepare(su.Unit)
		if err != nil {
			continue // stored before a rule that refuses it: left as it is
		}
		if groups[rec.Hash] == nil {
			hashes = append(hashes, rec.Hash)
		}
		groups[rec.Hash] = append(groups[rec.Hash], id)
	}
	for _, h := range hashes {
		if g := groups[h]; len(g) > 1 {
			if err := foldGroup(ctx, rd, mw, &p, g, keep); err != nil {
				return err
			}
		}
	}
	return cw.MarkChoreDone(ctx, foldChore)
}

// foldTurn takes w's turn (TurnTaker) if the fold is due (foldReviewed),
// for a write that changes units before it folds (DB.maintWrite).
func foldTurn(ctx context.Context, w Writer) error {
	cw, ok := w.(ChoreWriter)
	tt, tok := w.(TurnTaker)
	if !ok || !tok {
		return nil
	}
	if done, err := cw.ChoreDone(ctx, foldChore); err != nil || done {
		return err
	}
	return tt.TakeTurn(ctx)
}

// foldGroup merges the units of ids (one identity, increasing ids) into
// keep, when it is one of them, else into the last of them, and deletes
// the others (foldReviewed).
func foldGroup(ctx context.Context, rd TxReader, mw MaintWriter, p *preparer, ids []int64, keep int64) error {
	var us []*StoredUnit
	for _, id := range ids {
		su, err := rd.LockUnit(ctx, id)
		if err != nil {
			return err
		}
		us = append(us, su)
	}
	first := func(u *StoredUnit) int64 { // the unit's first confirmation, as a sortable TMX date's time
		if rs := Reviews(&u.Unit); len(rs) > 0 && !rs[0].At.IsZero() {
			return rs[0].At.Unix()
		}
		return u.Created.Unix()
	}
	slices.SortStableFunc(us, func(a, b *StoredUnit) int { return cmp.Compare(first(a), first(b)) })
	acc := us[0]
	for _, su := range us[1:] {
		pu := &UnitRecord{Unit: su.Unit, PrevHash: su.PrevHash, NextHash: su.NextHash}
		rec, _, err := reviewedRecord(p, acc, pu)
		if err != nil {
			return err
		}
		acc = &StoredUnit{ID: acc.ID, Unit: rec.Unit, PrevHash: rec.PrevHash, NextHash: rec.NextHash}
	}
	rec, err := p.prepare(acc.Unit)
	if err != nil {
		return err
	}
	rec.PrevHash, rec.NextHash = acc.PrevHash, acc.NextHash
	if !slices.Contains(ids, keep) {
		keep = ids[len(ids)-1]
	}
	others := slices.DeleteFunc(slices.Clone(ids), func(id int64) bool { return id == keep })
	if missing, err := mw.DeleteUnits(ctx, others); err != nil {
		return err
	} else if len(missing) > 0 {
		return ErrNoUnit
	}
	return mw.ReplaceUnit(ctx, keep, rec)
}
