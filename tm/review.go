package tm

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/bitext/bitext/tm/textio"
)

// PropWas is the prop in which a unit keeps a text that an edit replaced:
// DB.EditUnit (`bitext tm edit`, the server's PATCH units/{id}, the review
// page) and the reviewed target of bitext's own XLIFF export (see Import).
// Lang is the replaced variant's language, Text its text as it was (its
// markup is not kept). A unit corrected twice has two, the oldest first;
// an edit that leaves the text as it was (white space and Unicode form
// aside) adds none. The history is bounded: a unit keeps the last KeepWas
// replaced texts of each language, and an edit past them drops the
// oldest, so that a unit edited a thousand times stays small.
const PropWas = "x-bitext-was"

// KeepWas is how many replaced texts (PropWas) of one language a unit
// keeps.
const KeepWas = 10

// ctxTypeTarget is the <context> in which bitext's XLIFF export records
// the target as the TM held it when it was exported (exportXLIFF): an
// import of the reviewed file tells by it whether the TM changed since.
const ctxTypeTarget = "x-bitext-target"

// reviewRecord is what a unit read from bitext's own XLIFF export
// (ownExport) says besides the unit: where it is in the file, the state
// the reviewer left, and the target the export wrote. Import updates the
// stored unit it came from when the reviewer changed the target (see
// importer.review). A tape's file keeps them (tapefile.go).
type reviewRecord struct {
	Line            int    // of the <trans-unit>
	State, Approved string // the target's state, the unit's approved flag
	Exported        string // the target the export wrote (ctxTypeTarget)
	HasExported     bool   // the file has it (an older export has not)
}

// ImportConflict is a reviewed unit of bitext's own XLIFF export that
// Import did not let replace the stored unit it came from, and stored as
// a unit of its own beside it instead: its source and context are those of
// more than one stored unit, or the stored target is no longer the one
// the file was exported with.
type ImportConflict struct {
	// Line is the line of the <trans-unit> in the file.
	Line int
	// Reason says why, for a message: "the TM's target changed since the
	// export: it now reads ...".
	Reason string
}

// reviewedUnit reports how importer.review handled a unit.
type reviewedUnit int

const (
	reviewAdd     reviewedUnit = iota // not handled: stored as any unit is
	reviewMerged                      // the TM holds its target already: nothing written
	reviewUpdated                     // the stored unit now has its target
)

// review handles a unit of bitext's own XLIFF export (pu.review set) whose
// source and context identify the stored unit it was exported from: when
// the reviewer changed its target, the stored unit takes the new target
// in place (EditUnit's store operation, ReplaceUnit), its state and the
// change date and id of the import, keeping the old target as a PropWas.
// When the TM holds the unit's target already, nothing is written (the
// unit is merged; a unit updated before, exported and read back, hashes
// unlike the stored one, which has its state, old target and change date);
// nor when the reviewer left the target as exported and the TM has
// changed it since (an older export read back).
// Ambiguity is not guessed: a unit whose source and context match several
// stored units, or whose stored target is no longer the one exported, is
// added beside them and recorded as a conflict. A store without
// maintenance (MaintWriter) adds it, as before.
func (im *importer) review(pu *UnitRecord) (reviewedUnit, error) {
	rv := pu.review
	if rv == nil || im.m == nil || im.mw == nil || len(pu.Variants) != 2 {
		return reviewAdd, nil
	}
	si := sourceIndex(&pu.Unit)
	ti := 1 - si
	target := textForm(pu.Variants[ti].Text)
	rd := txReaderOf(im.s, im.m, im.mw)
	cands, err := im.reviewCandidates(rd, pu, si, ti)
	if err != nil {
		return reviewAdd, err
	}
	for _, c := range cands {
		if textForm(c.su.Variants[c.tgt].Text) == target {
			return reviewMerged, nil
		}
	}
	if len(cands) > 0 && rv.HasExported && textForm(rv.Exported) == target {
		// The reviewer left it as exported and the TM changed it since
		// (an older export read back): the file has nothing new, and
		// added it would bring back the target the TM replaced.
		return reviewMerged, nil
	}
	switch {
	case len(cands) == 0:
		return reviewAdd, nil
	case len(cands) > 1:
		return im.conflict(rv, "its source and context are those of %d units of the TM; added beside them", len(cands))
	}
	c := cands[0]
	if _, ok := im.updated[c.su.ID]; ok {
		return im.conflict(rv, "an earlier unit of the file replaced the target of the same unit of the TM (unit %d); added beside it", c.su.ID)
	}
	return im.replaceReviewed(rd, pu, ti, c)
}

// reviewCand is a stored unit a reviewed unit may have been exported
// from: su, its variant tgt in the target's language, and whether its
// context hashes are the reviewed unit's (strict).
type reviewCand struct {
	su     *StoredUnit
	tgt    int
	strict bool
}

// reviewCandidates returns the stored units the reviewed unit pu (source
// variant si, target ti) may have been exported from: those with its
// source, its tuid and a variant of its target's language; with their
// targets as this import left them (im.updated). The context decides when
// a stored unit has the file's, or when the file gives one; a unit
// exported without context (a document's neighbours are kept as hashes
// only, which the export cannot write) matches any.
func (im *importer) reviewCandidates(rd TxReader, pu *UnitRecord, si, ti int) ([]reviewCand, error) {
	ids, err := rd.ExactUnits(im.ctx, pu.Keys[si], nil)
	if err != nil {
		return nil, err
	}
	var cands []reviewCand
	strict := 0
	for _, id := range ids {
		su, err := rd.Unit(im.ctx, id)
		if errors.Is(err, ErrNoUnit) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if su.Unit.ID != pu.ID || !hasSource(su, pu.Bases[si], pu.Keys[si]) {
			continue
		}
		t, err := editedVariant(&su.Unit, su.Bases, pu.Variants[ti].Lang)
		if err != nil || su.Bases[t] != pu.Bases[ti] {
			continue
		}
		if done, ok := im.updated[su.ID]; ok { // read before this import changed it
			su.Variants = slices.Clone(su.Variants)
			su.Variants[t] = done
		}
		c := reviewCand{su: su, tgt: t, strict: su.PrevHash == pu.PrevHash && su.NextHash == pu.NextHash}
		if c.strict {
			strict++
		}
		cands = append(cands, c)
	}
	if strict > 0 || pu.Prev != "" || pu.Next != "" {
		cands = slices.DeleteFunc(cands, func(c reviewCand) bool { return !c.strict })
	}
	return cands, nil
}

// conflict records that the reviewed unit of rv is added beside the
// stored unit(s) it came from, and why (a format and its arguments).
func (im *importer) conflict(rv *reviewRecord, format string, a ...any) (reviewedUnit, error) {
	im.conflicts = append(im.conflicts, ImportConflict{Line: rv.Line, Reason: fmt.Sprintf(format, a...)})
	return reviewAdd, nil
}

// replaceReviewed gives the stored unit of c the reviewed unit pu's target
// (variant ti), unless the stored unit changed since it was read or since
// the export (a conflict: pu is added).
func (im *importer) replaceReviewed(rd TxReader, pu *UnitRecord, ti int, c reviewCand) (reviewedUnit, error) {
	rv := pu.review
	// The unit to replace is read again, kept from other writes until the
	// import ends (LockUnit: an edit on the review page at the same
	// instant either comes before, and is seen here, or waits). Only this
	// one is locked: locking every candidate read cost PostgreSQL a row
	// lock a unit of the file (20,000 units merged, local, best of 5:
	// 1.39 s -> 2.47 s).
	locked, err := rd.LockUnit(im.ctx, c.su.ID)
	if errors.Is(err, ErrNoUnit) { // deleted since
		return reviewAdd, nil
	}
	if err != nil {
		return reviewAdd, err
	}
	if t, err := editedVariant(&locked.Unit, locked.Bases, pu.Variants[ti].Lang); err != nil || t != c.tgt {
		return im.conflict(rv, "unit %d of the TM changed while the file was imported; added beside it", c.su.ID)
	}
	if textForm(locked.Variants[c.tgt].Text) == textForm(pu.Variants[ti].Text) {
		return reviewMerged, nil // changed since to the file's target
	}
	c.su = locked
	old := c.su.Variants[c.tgt]
	if rv.HasExported && textForm(old.Text) != textForm(rv.Exported) {
		return im.conflict(rv, "the TM's target changed since the export: it now reads %s; added beside it", textio.QuoteText(old.Text))
	}
	rec, err := editedRecord(c.su, c.tgt, pu.Variants[ti], im.by, im.now, func(u *Unit) {
		u.Props = slices.DeleteFunc(u.Props, func(p Prop) bool {
			return p.Type == PropXLIFFState || p.Type == PropXLIFFApproved
		})
		if rv.State != "" {
			u.Props = append(u.Props, Prop{Type: PropXLIFFState, Text: rv.State})
		}
		if rv.Approved != "" {
			u.Props = append(u.Props, Prop{Type: PropXLIFFApproved, Text: rv.Approved})
		}
	})
	if err != nil {
		return reviewAdd, fmt.Errorf("line %d: %w", rv.Line, err)
	}
	if err := im.mw.ReplaceUnit(im.ctx, c.su.ID, rec); err != nil {
		return reviewAdd, fmt.Errorf("line %d: %w", rv.Line, err)
	}
	if im.updated == nil {
		im.updated = map[int64]Variant{}
	}
	im.updated[c.su.ID] = rec.Variants[c.tgt]
	return reviewUpdated, nil
}

// txReaderOf is how a write reads units: through w when it is a TxReader
// (a pool's connection held by the write is not waited for), else through
// the store s and its maintenance m (storeReader).
func txReaderOf(s Store, m Maintainer, w MaintWriter) TxReader {
	if r, ok := w.(TxReader); ok {
		return r
	}
	return storeReader{s, m}
}

// storeReader reads a write's units through its Store, for a Writer that
// is no TxReader.
type storeReader struct {
	Store
	Maintainer
}

func (r storeReader) ExactUnits(ctx context.Context, key int64, ids []int64) ([]int64, error) {
	return r.Store.ExactUnits(ctx, key, ids)
}

func (r storeReader) Unit(ctx context.Context, id int64) (*StoredUnit, error) {
	return r.Maintainer.Unit(ctx, id)
}

// LockUnit is Unit: a store whose Writer is no TxReader keeps no unit from
// other writes (a store that serialises its writes, as tm/sqlite does,
// needs none: the read is made inside the write).
func (r storeReader) LockUnit(ctx context.Context, id int64) (*StoredUnit, error) {
	return r.Maintainer.Unit(ctx, id)
}

// hasSource reports whether su has a variant of language subtag base whose
// exact-text key is key. The subtag alone is enough (zh-CN and zh-TW, one
// subtag, are told apart by SameLanguage elsewhere): the reviewed unit's
// id already names the stored unit, and a source that is the same string
// is the same source whatever script its tag says; the target, which the
// import replaces, is taken by SameLanguage (editedVariant), so a zh-TW
// target never replaces a zh-CN one.
func hasSource(su *StoredUnit, base string, key int64) bool {
	for j := range su.Variants {
		if su.Bases[j] == base && textKey(base, su.Variants[j].Text) == key {
			return true
		}
	}
	return false
}

// editedRecord is the stored unit su with variant i's text and markup
// those of v, changed at when by by, prepared for ReplaceUnit: its id,
// metadata and context kept, the text replaced kept as a PropWas (when
// it differs from v's; see KeepWas), the aligner's score dropped (a person
// confirmed it), then change (when not nil) applied. EditUnit and an
// import's reviewed unit both store an edit so.
func editedRecord(su *StoredUnit, i int, v Variant, by string, when time.Time, change func(*Unit)) (UnitRecord, error) {
	u := su.Unit
	u.Props = slices.Clone(u.Props) // takeContext deletes in place: su stays as read
	takeContext(&u)
	u.Variants = slices.Clone(u.Variants)
	if old := u.Variants[i]; textForm(old.Text) != textForm(v.Text) {
		u.Props = keepWas(append(u.Props, Prop{Type: PropWas, Lang: old.Lang.String(), Text: old.Text}), old.Lang.String())
	}
	u.Variants[i].Text, u.Variants[i].Markup = v.Text, v.Markup
	u.Changed, u.ChangedBy = when, by
	u.Origin.Score = 0
	u.review = nil
	if change != nil {
		change(&u)
	}
	var p preparer
	rec, err := p.prepare(u)
	if err != nil {
		return rec, fmt.Errorf("unit %d: %w", su.ID, err)
	}
	rec.PrevHash, rec.NextHash = su.PrevHash, su.NextHash
	// The words the unit had are in the posting lists under its id
	// already: ReplaceUnit is given the new ones only. A store reads and
	// rewrites a list to put an id in it in order, and the lists of
	// common words hold most of the TM (1,000 corrections imported into a
	// TM of 20,000 units: 5.7-6.3 s with them, 2.0-2.4 s without, and
	// 1.9-2.2 s for the same file without a correction).
	had := map[int64]bool{}
	var keys []int64
	for j, v := range su.Variants {
		p.toks, keys = indexKeys(su.Bases[j], v.Text, p.toks, keys)
		for _, k := range keys {
			had[k] = true
		}
	}
	for j := range rec.Words {
		rec.Words[j] = slices.DeleteFunc(rec.Words[j], func(k int64) bool { return had[k] })
	}
	return rec, nil
}

// keepWas drops from props the oldest PropWas of language lang past the
// last KeepWas, keeping the order of the rest.
func keepWas(props []Prop, lang string) []Prop {
	n := 0
	for _, p := range props {
		if p.Type == PropWas && p.Lang == lang {
			n++
		}
	}
	drop := n - KeepWas
	if drop <= 0 {
		return props
	}
	return slices.DeleteFunc(props, func(p Prop) bool {
		if drop > 0 && p.Type == PropWas && p.Lang == lang {
			drop--
			return true
		}
		return false
	})
}
