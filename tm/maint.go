package tm

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
)

// ErrNoUnit is wrapped by the errors about a unit id that is not stored.
var ErrNoUnit = errors.New("no such unit")

// ErrNoSuchDocument is wrapped by the errors about a document that no stored
// unit came from.
var ErrNoSuchDocument = textio.NewBadInput("no such document")

// ErrDuplicate is wrapped by the error of an edit that would make a unit
// the same as another stored unit (see the package doc's Identity).
var ErrDuplicate = errors.New("the same as another unit")

// ErrChanged is wrapped by the error of an edit made from a text that is
// no longer the stored one (UnitEdit.Was): someone else changed it since.
var ErrChanged = errors.New("changed since it was read")

// Origin kinds, as UnitFilter.Origin and OriginKind name them.
const (
	// OriginAligned is a pair an aligner made: it carries the aligner's
	// score (Origin.Score > 0): `bitext align --into`, bead JSON Lines, a
	// TSV with a score column, a TMX with x-bitext-score props.
	OriginAligned = "aligned"
	// OriginImported is a unit read from a file (Origin.File set) that is
	// not aligned: a CAT tool's TMX, a TSV without scores.
	OriginImported = "imported"
	// OriginAdded is a unit added one at a time (`bitext tm add`, DB.Add
	// without Origin.File).
	OriginAdded = "added"
)

// OriginKinds are the origin kinds, in the order help and errors list them.
var OriginKinds = []string{OriginAligned, OriginImported, OriginAdded}

// OriginKind says where a unit came from: OriginAligned, OriginImported
// or OriginAdded. A unit edited by a person (DB.EditUnit) loses its
// aligner's score and is aligned no more.
func OriginKind(o Origin) string {
	switch {
	case o.Score > 0:
		return OriginAligned
	case o.File != "":
		return OriginImported
	}
	return OriginAdded
}

// UnitFilter picks units by where and when they came from; its zero value
// keeps every unit, and each field set narrows it.
type UnitFilter struct {
	// Doc keeps the units that came from this file (Origin.File, as
	// DB.Documents lists it). Lookup and Export refuse a Doc that no
	// stored unit came from (ErrNoSuchDocument): a name typed wrong would
	// keep nothing, and say nothing.
	Doc string
	// Origin keeps the units of one OriginKind: OriginAligned,
	// OriginImported or OriginAdded.
	Origin string
	// Since keeps the units created or changed at or after it.
	Since time.Time
}

// sinceLayouts are the forms ParseSince reads: a date, an RFC 3339 time
// and a TMX date (creationdate, changedate).
var sinceLayouts = [...]string{time.DateOnly, time.RFC3339, "20060102T150405Z"}

// ParseSince reads a UnitFilter.Since as tm export's --since and the export
// route's since take it: 2026-12-01 (midnight UTC), 2026-12-01T15:04:05Z
// or a TMX date (20261201T150405Z).
func ParseSince(s string) (time.Time, error) {
	for _, layout := range sinceLayouts {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("want a date such as 2026-12-01 or 2026-12-01T15:04:05Z")
}

// Keep says whether the filter keeps a unit with origin o, created and
// changed at those times.
func (f UnitFilter) Keep(o Origin, created, changed time.Time) bool {
	return (f.Doc == "" || o.File == f.Doc) &&
		(f.Origin == "" || OriginKind(o) == f.Origin) &&
		(f.Since.IsZero() || !created.Before(f.Since) || !changed.IsZero() && !changed.Before(f.Since))
}

// DocumentInfo is a stored document: a file units came from.
type DocumentInfo struct {
	// Name is the file's name (Origin.File).
	Name string
	// Units is the number of units stored from it.
	Units int
	// Langs are the languages of its units' variants, as stored (BCP 47
	// text), sorted.
	Langs []string
	// FirstStored and LastStored are the times of the first and the last
	// entry of the import log under its name (ImportOptions.File: `tm
	// import`, `align --into`, the server's POST units; UTC, to the
	// second). Both are zero when the log has no entry of that name, and
	// the time is unknown: the units of a TMX that names their file (one
	// exported from a TM and imported again) came under the TMX's name.
	FirstStored, LastStored time.Time
}

// maintainer returns d's store as a Maintainer, or an error wrapping
// errors.ErrUnsupported.
func (d *DB) maintainer() (Maintainer, error) {
	if m, ok := d.s.(Maintainer); ok {
		return m, nil
	}
	return nil, fmt.Errorf("the TM at %s: %w: its store keeps no maintenance (tm.Maintainer)", d.s.Location(), errors.ErrUnsupported)
}

// maintWrite runs f with the MaintWriter of one write transaction, again
// if it fails on a conflict with another writer (see writeAgain). Like
// DB.write, a DB's first such write folds the TM's copies of reviewed
// pairs if it has not had it (foldReviewed), in the same transaction: a
// TM only ever edited or deleted from is folded too. The fold comes after
// f, so that the ids f names (read before, from a listing) are the units
// it deletes or edits; the fold then merges what is left, keeping the
// newest copy of a pair. A Writer that is a TurnTaker takes its turn
// before f when the fold is due, so that it never waits for the turn
// holding a unit f changed.
func (d *DB) maintWrite(ctx context.Context, f func(Maintainer, MaintWriter) error) error {
	return d.maintWriteKeep(ctx, nil, f)
}

// maintWriteKeep is maintWrite for an edit: keep, when not nil, is asked
// first, in the write, for the id of a unit that f confirms (an edit
// that leaves its texts as they are). Then the fold comes before f and
// that unit takes its pair's copies (foldReviewed's keep): an older
// copy confirmed keeps its id and every reviewer, where the fold after f
// refused the edit (today's identity is its newest copy's) or merged
// the unit away. An edit that changes the text folds after f, as
// maintWrite: the others' reviews were of the old text.
func (d *DB) maintWriteKeep(ctx context.Context, keep func(Maintainer, MaintWriter) (int64, error), f func(Maintainer, MaintWriter) error) error {
	m, err := d.maintainer()
	if err != nil {
		return err
	}
	fold := !d.folded.Load()
	err = d.writeAgain(ctx, func() error {
		return d.s.Write(ctx, func(w Writer) error {
			mw, ok := w.(MaintWriter)
			if !ok {
				return fmt.Errorf("the TM at %s: %w: its writer deletes and replaces no units (tm.MaintWriter)", d.s.Location(), errors.ErrUnsupported)
			}
			if fold {
				if err := foldTurn(ctx, w); err != nil {
					return fmt.Errorf("fold the copies of reviewed pairs in %s: %w", d.s.Location(), err)
				}
			}
			if fold && keep != nil {
				id, err := keep(m, mw)
				if err != nil {
					return err
				}
				if id > 0 {
					if err := foldReviewed(ctx, d.s, w, id); err != nil {
						return fmt.Errorf("fold the copies of reviewed pairs in %s: %w", d.s.Location(), err)
					}
				}
			}
			if err := f(m, mw); err != nil {
				return err
			}
			if fold {
				if err := foldReviewed(ctx, d.s, w, 0); err != nil {
					return fmt.Errorf("fold the copies of reviewed pairs in %s: %w", d.s.Location(), err)
				}
			}
			return nil
		})
	}, nil)
	if err == nil && fold {
		d.folded.Store(true)
	}
	d.forgetFilters()
	return err
}

// checkFilter refuses an Origin that is not one of the OriginKinds.
func checkFilter(f UnitFilter) error {
	switch f.Origin {
	case "", OriginAligned, OriginImported, OriginAdded:
		return nil
	}
	return fmt.Errorf("origin %q: want %s, %s or %s", f.Origin, OriginAligned, OriginImported, OriginAdded)
}

// Unit returns the stored unit id as it would be exported; a unit that is
// not stored is an error wrapping ErrNoUnit.
func (d *DB) Unit(ctx context.Context, id int64) (Unit, error) {
	m, err := d.maintainer()
	if err != nil {
		return Unit{}, err
	}
	su, err := m.Unit(ctx, id)
	if err != nil {
		return Unit{}, err
	}
	u := su.Unit
	takeContext(&u)
	return u, nil
}

// UnitsWithText returns the ids of the units that hold text in a segment
// of language src (any region of it, white space collapsed, otherwise
// exactly: case and punctuation count) beside a segment of tgt (any
// region; language.Und for any other language), in id order: the units a
// translator means by "this source sentence", which lookup shows once with
// a count.
func (d *DB) UnitsWithText(ctx context.Context, text string, src, tgt language.Tag) ([]int64, error) {
	base, tbase := baseTag(src), ""
	if tgt != language.Und {
		tbase = baseTag(tgt)
	}
	want := textForm(text)
	cands, err := d.exactUnits(ctx, base, text)
	if err != nil {
		return nil, err
	}
	var ids []int64
	err = d.s.VariantsByID(ctx, cands, func(su *StoredUnit) error {
		hasSrc, hasTgt := -1, false
		for i, v := range su.Variants {
			if inLang(su.Bases[i], v.Lang, base, src) && hasSrc < 0 && textForm(v.Text) == want {
				hasSrc = i
			}
		}
		for i, v := range su.Variants {
			if i != hasSrc && !inLang(su.Bases[i], v.Lang, base, src) && (tbase == "" || inLang(su.Bases[i], v.Lang, tbase, tgt)) {
				hasTgt = true
			}
		}
		if hasSrc >= 0 && hasTgt {
			ids = append(ids, su.ID)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(ids)
	return slices.Compact(ids), nil
}

// DeleteUnits deletes the units of ids in one transaction and returns how
// many there were. If one of them is not stored, nothing is deleted and
// the error, wrapping ErrNoUnit, names every id missing. Interrupted (ctx
// cancelled) before the transaction committed, it deletes nothing either,
// and its error, wrapping context.Canceled, says so.
func (d *DB) DeleteUnits(ctx context.Context, ids ...int64) (int, error) {
	uniq := slices.Clone(ids)
	slices.Sort(uniq)
	uniq = slices.Compact(uniq)
	err := d.maintWrite(ctx, func(_ Maintainer, w MaintWriter) error {
		missing, err := w.DeleteUnits(ctx, uniq)
		if err == nil && len(missing) > 0 {
			err = missingErr(missing)
		}
		return err
	})
	if err != nil {
		// One transaction: an interrupt rolled all of it back ("interrupted"
		// alone left the user to wonder, as DeleteDocument's did).
		if len(uniq) == 1 {
			return 0, align.Interrupted(err, "delete unit %d: interrupted; nothing was deleted", uniq[0])
		}
		return 0, align.Interrupted(err, "delete %d units: interrupted; nothing was deleted", len(uniq))
	}
	return len(uniq), nil
}

// DeleteUnit deletes the unit id and returns it as it was, complete: the
// unit as Unit gives it (its own context in Prev and Next), and the
// context hashes of the document it came from. RestoreUnit puts it back:
// a delete can be undone. The unit is read and deleted in one write
// transaction; a unit that is not stored is an error wrapping ErrNoUnit.
func (d *DB) DeleteUnit(ctx context.Context, id int64) (*StoredUnit, error) {
	var su *StoredUnit
	err := d.maintWrite(ctx, func(m Maintainer, w MaintWriter) error {
		var err error
		if su, err = txReaderOf(d.s, m, w).LockUnit(ctx, id); err != nil {
			return err
		}
		missing, err := w.DeleteUnits(ctx, []int64{id})
		if err == nil && len(missing) > 0 {
			err = missingErr(missing)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	su.Props = slices.Clone(su.Props)
	takeContext(&su.Unit)
	return su, nil
}

// RestoreUnit stores su again under su.ID, as DeleteUnit returned it: the
// undo of a delete. The unit keeps its id, dates, metadata, variants and
// context (su.Bases are not read: they follow from the variants). Errors
// wrap ErrDuplicate when a unit of that id is stored (restored already)
// or another stored unit is the same one (it was stored again since), and
// ErrNoUnit when the TM never gave the id; ErrBadUnit for a unit that
// cannot be stored (no variants, a bad language).
func (d *DB) RestoreUnit(ctx context.Context, su *StoredUnit) error {
	return d.RestoreUnits(ctx, []*StoredUnit{su})
}

// RestoreUnits stores each unit of sus again under its id, as RestoreUnit
// does, in one transaction: all of them or, on the first error (which
// names the unit), none. It is the undo of DeleteDocumentUnits.
func (d *DB) RestoreUnits(ctx context.Context, sus []*StoredUnit) error {
	recs := make([]UnitRecord, len(sus))
	for i, su := range sus {
		rec, err := restoreRecord(su)
		if err != nil {
			return err
		}
		recs[i] = rec
	}
	return d.maintWrite(ctx, func(_ Maintainer, w MaintWriter) error {
		for i, su := range sus {
			if err := w.RestoreUnit(ctx, su.ID, recs[i]); err != nil {
				if len(sus) > 1 {
					return fmt.Errorf("unit %d: %w", su.ID, err)
				}
				return err
			}
		}
		return nil
	})
}

// restoreRecord is the record RestoreUnit stores for su.
func restoreRecord(su *StoredUnit) (UnitRecord, error) {
	u := su.Unit
	u.Props = slices.Clone(u.Props)
	takeContext(&u) // one read from the store as it stands
	// OmegaT's context props stay props (see FromTMX), and say the
	// unit's context, which its hash holds.
	for _, p := range u.Props {
		switch {
		case p.Type == "prev" && u.Prev == "":
			u.Prev = p.Text
		case p.Type == "next" && u.Next == "":
			u.Next = p.Text
		}
	}
	u.review = nil
	var p preparer
	rec, err := p.prepare(u)
	if err != nil {
		return UnitRecord{}, fmt.Errorf("unit %d: %w", su.ID, err)
	}
	rec.PrevHash, rec.NextHash = su.PrevHash, su.NextHash
	return rec, nil
}

// missingErr names the ids of units that are not stored.
func missingErr(ids []int64) error {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatInt(id, 10)
	}
	what := "unit "
	if len(ids) > 1 {
		what = "units "
	}
	return fmt.Errorf("%s%s: %w", what, strings.Join(s, ", "), ErrNoUnit)
}

// UnitEdit is a change to a unit's text: DB.EditUnit replaces the text of
// its variant in Lang with Text, as By.
type UnitEdit struct {
	// Lang is the language of the variant to change, compared as lookups
	// compare it (the exact tag first, else the language subtag).
	// language.Und, the zero value, means the unit's translation: its
	// variant other than the source (Unit.SrcLang, else the first), which
	// needs a unit of two variants.
	Lang language.Tag
	// Text is the new text, plain (the variant's markup is dropped).
	Text string
	// By names who edits, the unit's change id ("" for none), at most
	// 1024 bytes.
	By string
	// Was, when not empty, is the text the edit started from (what the
	// editor was shown): a variant whose stored text is another by then
	// (an edit in another window, by another reviewer) is not changed,
	// and the error wraps ErrChanged, so that one edit does not silently
	// undo another. Spaces at either end are not compared.
	Was string
	// NotATag, when set, refuses a Text that is the language tag of one
	// of the unit's variants ("fr" for an English-French unit), with an
	// error wrapping ErrBadUnit and ErrTagAsText: the command line's
	// tm edit takes the new text in --tgt, where every other command
	// takes the target language there, and `tm edit 12 --tgt fr` replaced
	// a translation with "fr".
	NotATag bool
}

// ErrTagAsText is wrapped by EditUnit's error for a new text that is the
// language tag of one of the unit's variants (see UnitEdit.NotATag).
var ErrTagAsText = errors.New("a language, not a text")

// EditUnit changes the text of one variant of the unit id, keeping its id,
// metadata and context: its change date becomes now and its change id
// e.By, and the text it replaced stays in the unit as a PropWas (the last
// KeepWas of each language; see PropWas). An edited unit is confirmed by
// a person: it loses the aligner's score (OriginKind is aligned no more).
// The unit is read, checked against e.Was and replaced in one write
// transaction. Errors wrap ErrNoUnit for a unit that is not stored,
// ErrBadUnit for a bad edit (no such variant, empty or invalid text),
// ErrChanged when e.Was is no longer the stored text, ErrDuplicate when
// the edit makes the unit the same as another stored unit.
func (d *DB) EditUnit(ctx context.Context, id int64, e UnitEdit) error {
	_, err := d.editUnit(ctx, id, e, false)
	return err
}

// EditUnitIfChanged is EditUnit that leaves the unit as it is, and
// returns changed false, when the edit would change nothing but who
// changed it and when: e.Text is the variant's stored text already (byte
// for byte) and the unit has no aligner's score for the edit to take
// away (an aligned pair saved with its text is confirmed, as EditUnit
// confirms it, and changed). A retried save of the server's PATCH
// units/{id} moved the unit's change date and changer to the retry's.
// e.Was is checked first, as by EditUnit.
func (d *DB) EditUnitIfChanged(ctx context.Context, id int64, e UnitEdit) (changed bool, err error) {
	return d.editUnit(ctx, id, e, true)
}

// maxEditor bounds UnitEdit.By: a person's name, not a text, as the
// server bounds its labels (tm edit --by stored 5,000 bytes, which every
// listing of the unit then carried).
const maxEditor = 1024

// editUnit is EditUnit, and EditUnitIfChanged when ifChanged is set.
func (d *DB) editUnit(ctx context.Context, id int64, e UnitEdit, ifChanged bool) (changed bool, err error) {
	if len(e.By) > maxEditor {
		return false, fmt.Errorf("unit %d: %w: who edits: %d bytes, at most %d are taken (a name, not a text)", id, ErrBadUnit, len(e.By), maxEditor)
	}
	now := time.Now().UTC().Truncate(time.Second)
	// The unit is read, compared with e.Was and replaced in one write
	// transaction, through the writer when it is a TxReader: two edits
	// of one unit from the same text at once cannot both pass the check
	// (the second reads the first's text, and fails with ErrChanged).
	confirms := func(m Maintainer, w MaintWriter) (int64, error) {
		su, err := txReaderOf(d.s, m, w).LockUnit(ctx, id)
		if err != nil {
			return 0, nil // said by the edit
		}
		if i, err := editedVariant(&su.Unit, su.Bases, e.Lang); err == nil && su.Variants[i].Text == e.Text {
			return id, nil
		}
		return 0, nil
	}
	err = d.maintWriteKeep(ctx, confirms, func(m Maintainer, w MaintWriter) error {
		su, err := txReaderOf(d.s, m, w).LockUnit(ctx, id)
		if err != nil {
			return err
		}
		u := su.Unit
		i, err := editedVariant(&u, su.Bases, e.Lang)
		if err != nil {
			return fmt.Errorf("unit %d: %w: %v", id, ErrBadUnit, err)
		}
		if strings.TrimSpace(e.Text) == "" {
			return fmt.Errorf("unit %d: %w: the new text is empty", id, ErrBadUnit)
		}
		if j := tagVariant(u.Variants, e.Text); e.NotATag && j >= 0 {
			return fmt.Errorf("unit %d: %w: %s is %w (the language of its %s)", id, ErrBadUnit, textio.QuoteText(e.Text), ErrTagAsText,
				map[bool]string{true: "source", false: "translation"}[j == sourceIndex(&u)])
		}
		if was := strings.TrimSpace(e.Was); was != "" && strings.TrimSpace(u.Variants[i].Text) != was {
			return fmt.Errorf("unit %d: its %s text was %w (by someone else, or in another window): it now reads %s; nothing was saved",
				id, u.Variants[i].Lang, ErrChanged, textio.QuoteText(u.Variants[i].Text))
		}
		if ifChanged && u.Variants[i].Text == e.Text && u.Origin.Score == 0 {
			return nil // nothing to write: the transaction ends empty
		}
		rec, err := editedRecord(su, i, Variant{Text: e.Text}, e.By, now, nil)
		if err != nil {
			return err
		}
		changed = true
		return w.ReplaceUnit(ctx, id, rec)
	})
	return changed && err == nil, err
}

// tagVariant returns the index of the variant whose language text
// writes as a tag ("fr", " FR", "fr-CA"), -1 for none.
func tagVariant(vs []Variant, text string) int {
	text = strings.TrimSpace(text)
	for i, v := range vs {
		if strings.EqualFold(text, v.Lang.String()) || strings.EqualFold(text, baseTag(v.Lang)) {
			return i
		}
	}
	return -1
}

// editedVariant picks the variant of u that an edit in lang changes.
func editedVariant(u *Unit, bases []string, lang language.Tag) (int, error) {
	if lang == language.Und {
		if len(u.Variants) != 2 {
			return -1, fmt.Errorf("it has %d variants: say which language to edit", len(u.Variants))
		}
		return 1 - sourceIndex(u), nil
	}
	if i := pickVariant(u.Variants, bases, baseTag(lang), lang, -1); i >= 0 {
		return i, nil
	}
	return -1, fmt.Errorf("no %s variant", lang)
}

// Documents lists the files the stored units came from, with the number
// of units of each, their languages and when they were stored (see
// DocumentInfo), sorted by name.
func (d *DB) Documents(ctx context.Context) ([]DocumentInfo, error) {
	docs, _, err := d.DocumentsPage(ctx, DocumentQuery{})
	return docs, err
}

// DocumentsPage is Documents for a listing shown a page at a time: the
// documents q keeps, sorted by name, offset of them skipped and at most
// limit, and how many q keeps. It reads the languages of the page's
// documents only, and the names, unit counts and import times of all
// (from the store's index of names), so that a page costs little more
// than its documents' units in a large TM.
func (d *DB) DocumentsPage(ctx context.Context, q DocumentQuery) ([]DocumentInfo, int, error) {
	m, err := d.maintainer()
	if err != nil {
		return nil, 0, err
	}
	return m.Documents(ctx, q)
}

// DocumentQuery chooses the documents DocumentsPage returns: those Keep
// keeps (all when Keep is nil), Offset of them skipped and at most Limit
// (all when Limit <= 0).
type DocumentQuery struct {
	Keep          func(name string) bool
	Offset, Limit int
}

// Page returns the documents of docs (sorted by name) that q keeps, its
// page of them, and how many it keeps: for a Maintainer's Documents.
func (q DocumentQuery) Page(docs []DocumentInfo) ([]DocumentInfo, int) {
	kept := docs
	if q.Keep != nil {
		kept = make([]DocumentInfo, 0, len(docs))
		for _, d := range docs {
			if q.Keep(d.Name) {
				kept = append(kept, d)
			}
		}
	}
	total := len(kept)
	kept = kept[min(max(q.Offset, 0), total):]
	if q.Limit > 0 && q.Limit < len(kept) {
		kept = kept[:q.Limit]
	}
	return kept, total
}

// DocumentUnits returns a page of the units that came from the file name
// (as Documents lists it), in the order they were stored (the document's
// order, for a document imported in one go), offset of them skipped and
// at most limit (all when limit <= 0), and how many units the document
// has. A document with no units is an error wrapping ErrNoSuchDocument.
// The units hold what Store.UnitsByID reads: the variants, the source
// language, the origin (with the aligner's score of an aligned pair), the
// dates and who created and changed the unit; and the unit's props, read
// by UnitProps when the store has it; not notes, attributes or the
// variants' props. One deleted while the page is read is left out.
func (d *DB) DocumentUnits(ctx context.Context, name string, offset, limit int) ([]StoredUnit, int, error) {
	m, err := d.maintainer()
	if err != nil {
		return nil, 0, err
	}
	var ids []int64
	if err := m.FilterUnits(ctx, UnitFilter{Doc: name}, func(b []int64) { ids = append(ids, b...) }); err != nil {
		return nil, 0, err
	}
	if len(ids) == 0 {
		return nil, 0, d.noDocument(ctx, name)
	}
	total := len(ids)
	ids = ids[min(max(offset, 0), total):]
	if limit > 0 && limit < len(ids) {
		ids = ids[:limit]
	}
	out := make([]StoredUnit, 0, len(ids))
	if len(ids) == 0 {
		return out, total, nil
	}
	err = d.s.UnitsByID(ctx, ids, func(su *StoredUnit) error {
		out = append(out, *su)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	if p, ok := d.s.(UnitProps); ok {
		at := make(map[int64]int, len(out))
		for i := range out {
			at[out[i].ID] = i
		}
		err = p.PropsByID(ctx, ids, func(id int64, props []Prop) {
			if i, ok := at[id]; ok {
				out[i].Props = props
			}
		})
	}
	return out, total, err
}

// CheckDocument returns an error wrapping ErrNoSuchDocument when no stored
// unit came from the file name (as Documents lists it).
func (d *DB) CheckDocument(ctx context.Context, name string) error {
	_, n, err := d.DocumentsPage(ctx, DocumentQuery{Keep: func(doc string) bool { return doc == name }, Limit: 1})
	if err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	return d.noDocument(ctx, name)
}

// noDocument is the error wrapping ErrNoSuchDocument for name, naming the
// stored documents of its file name when there are ("./testdata/a.en.txt"
// or "a.en.txt" for the stored "testdata/a.en.txt"): a name must be given
// as Documents lists it, and a path typed otherwise said only "no such
// document". A name of no stored document that the import log has (a file
// whose units all merged into units stored before, which keep their
// document: a TMX imported again under another name) is said to be so,
// from its last import.
func (d *DB) noDocument(ctx context.Context, name string) error {
	base := filepath.Base(filepath.Clean(name))
	docs, n, err := d.DocumentsPage(ctx, DocumentQuery{Keep: func(doc string) bool { return filepath.Base(doc) == base }, Limit: 3})
	if err != nil || n == 0 {
		return fmt.Errorf("document %q: %w%s", name, ErrNoSuchDocument, d.importedNote(ctx, name))
	}
	names := make([]string, len(docs))
	for i, doc := range docs {
		names[i] = strconv.Quote(doc.Name)
	}
	more := ""
	if n > len(docs) {
		more = fmt.Sprintf(" and %d more", n-len(docs))
	}
	return fmt.Errorf("document %q: %w; stored as %s%s", name, ErrNoSuchDocument, strings.Join(names, ", "), more)
}

// importedNote says, after "no such document", what the import log knows
// of the file name: "" when nothing (or when it cannot be read: the error
// is about the document).
func (d *DB) importedNote(ctx context.Context, name string) string {
	log, err := d.s.Imports(ctx)
	if err != nil {
		return ""
	}
	for _, rec := range slices.Backward(log) {
		if rec.File != name {
			continue
		}
		when := "; " + name + " was imported on " + tmx.FormatDate(rec.Time)
		if rec.Added == 0 && rec.Merged > 0 {
			return when + ", but its " + textio.Count(rec.Merged, "unit", "units") + " merged into units stored before, which keep their document's name"
		}
		return when + " (" + strconv.Itoa(rec.Added) + " added, " + strconv.Itoa(rec.Merged) + " merged), but none of its units is stored under that name now (deleted, or edited into another document)"
	}
	return ""
}

// DeleteDocumentUnits deletes every unit of the document name, as
// DeleteDocument does, and returns how many went and, when the document
// had at most limit units, the units whole as DeleteUnit returns them (each
// read in the transaction that deletes it), which RestoreUnits stores again:
// the undo of a document's delete. A larger document, or one that gained
// units while it was deleted, returns no units (nil).
func (d *DB) DeleteDocumentUnits(ctx context.Context, name string, limit int) (int, []*StoredUnit, error) {
	if err := checkName("document", name); err != nil {
		return 0, nil, err
	}
	m, err := d.maintainer()
	if err != nil {
		return 0, nil, err
	}
	var ids []int64
	if err := m.FilterUnits(ctx, UnitFilter{Doc: name}, func(b []int64) { ids = append(ids, b...) }); err != nil {
		return 0, nil, err
	}
	if len(ids) == 0 || len(ids) > limit {
		n, err := d.DeleteDocument(ctx, name)
		return n, nil, err
	}
	var sus []*StoredUnit
	err = d.maintWrite(ctx, func(m Maintainer, w MaintWriter) error {
		sus = sus[:0]
		r := txReaderOf(d.s, m, w)
		var here []int64
		for _, id := range ids {
			su, err := r.LockUnit(ctx, id)
			if errors.Is(err, ErrNoUnit) {
				continue // deleted by someone else meanwhile
			}
			if err != nil {
				return err
			}
			if su.Origin.File != name {
				continue // edited into another document meanwhile
			}
			sus = append(sus, su)
			here = append(here, id)
		}
		_, err := w.DeleteUnits(ctx, here)
		return err
	})
	if err != nil {
		return 0, nil, err
	}
	for _, su := range sus {
		su.Props = slices.Clone(su.Props)
		takeContext(&su.Unit)
	}
	// Units stored into the document meanwhile go too, without an undo.
	more, err := d.DeleteDocument(ctx, name)
	switch {
	case errors.Is(err, ErrNoSuchDocument) && len(sus) == 0:
		return 0, nil, err // deleted by someone else meanwhile, as DeleteDocument says
	case errors.Is(err, ErrNoSuchDocument) || err == nil && more == 0:
		return len(sus), sus, nil
	case err != nil:
		return len(sus), nil, err
	}
	return len(sus) + more, nil, nil
}

// DeleteDocument deletes every unit that came from the file name (as
// Documents lists it) and returns how many there were; a document with no
// units is an error wrapping ErrNoSuchDocument.
//
// The units are listed before each write transaction begins: the
// Maintainer reads apart from the write transaction (a PostgreSQL store,
// on another connection of its pool), and a write that waited for a
// second connection while holding one hung once as many deletes ran as
// the pool had connections. So that a unit of the document stored between
// a listing and its delete goes too, the document is listed again after
// each delete, until a listing finds none: usually one transaction, and
// the document is gone when DeleteDocument returns. A unit deleted by
// someone else between a listing and its delete is not counted. Once a
// delete has committed, the units the document had when asked are gone:
// a later listing or delete that fails (the database stopped just after
// the commit) only concerns units stored meanwhile, as one stored just
// after DeleteDocument returned, so the count is returned without its
// error, not an error that would tell the caller nothing was deleted.
func (d *DB) DeleteDocument(ctx context.Context, name string) (int, error) {
	if err := checkName("document", name); err != nil {
		return 0, err
	}
	m, err := d.maintainer()
	if err != nil {
		return 0, err
	}
	n := 0
	for {
		var ids []int64
		if err := m.FilterUnits(ctx, UnitFilter{Doc: name}, func(b []int64) { ids = append(ids, b...) }); err != nil {
			if n > 0 {
				return n, nil // see above
			}
			return n, deleteInterrupted(err, name)
		}
		if len(ids) == 0 {
			break
		}
		deleted := 0
		err = d.maintWrite(ctx, func(_ Maintainer, w MaintWriter) error {
			missing, err := w.DeleteUnits(ctx, ids)
			deleted = len(ids) - len(missing)
			return err
		})
		if err != nil {
			if n > 0 {
				return n, nil // see above
			}
			return n, deleteInterrupted(err, name)
		}
		if n += deleted; deleted == 0 {
			break // deleted by someone else meanwhile
		}
	}
	if n == 0 {
		return 0, d.noDocument(ctx, name)
	}
	return n, nil
}

// deleteInterrupted is err of DeleteDocument before any delete committed;
// an interrupt says that nothing was deleted ("interrupted" alone left the
// user to wonder, where import and copy say what they kept).
func deleteInterrupted(err error, name string) error {
	return align.Interrupted(err, "delete the units of %s: interrupted; nothing was deleted", name)
}

// Compacter is a Store that can give back what deleted units leave
// behind (DB.Compact): a deleted unit's id stays in the posting lists of
// its words (it costs a lookup a candidate read, never a wrong match), so
// a word of deleted units alone stays in the index, and the space of the
// deleted rows stays in the store's file for later writes. tm/sqlite is
// one; tm/postgres is not (its autovacuum gives the space of deleted rows
// back to the database).
type Compacter interface {
	// Compact drops the ids of units no longer stored from the posting
	// lists (a list left empty goes), in one transaction, and then gives
	// the free space back to the file system (SQLite's VACUUM).
	Compact(ctx context.Context) (CompactStats, error)
}

// CompactStats is what Compact did: the words of the index and the bytes
// of the store before and after.
type CompactStats struct {
	WordsBefore, WordsAfter int
	BytesBefore, BytesAfter int64
}

// errNoCompact is the bad input of a compact of a store that is no
// Compacter.
var errNoCompact = textio.NewBadInput("only a SQLite TM is compacted; PostgreSQL's autovacuum gives the space of deleted rows back")

// Compact gives back what deleted units left behind in a store that can
// (a Compacter); on another it fails with an error wrapping
// errors.ErrUnsupported.
func (d *DB) Compact(ctx context.Context) (CompactStats, error) {
	c, ok := d.s.(Compacter)
	if !ok {
		return CompactStats{}, fmt.Errorf("compact %s: %w: %w", d.Path(), errors.ErrUnsupported, errNoCompact)
	}
	st, err := c.Compact(ctx)
	if err != nil {
		return st, fmt.Errorf("compact: %w", err)
	}
	return st, nil
}
