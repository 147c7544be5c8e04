package tm

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// ImportOptions tune Import.
type ImportOptions struct {
	// File names where the units come from; it is recorded in the import log
	// and as the Origin.File of units that have none.
	File string
	// Header is the TMX header of the file, kept so that its user-defined
	// encodings (ude) are exported again.
	Header *tmx.Header
	// Sequential says the units come in document order, as an aligner emits
	// them: consecutive units of the same document (Origin.File and SrcDoc)
	// become each other's context (Prev and Next) unless they have one.
	Sequential bool
	// Progress, if set, is called every progressEvery units with the number
	// of units read so far.
	Progress func(read int)
	// By names who imports (a user name), the creation id of units that
	// come without a creation date; "" for none.
	By string
	// Skipped, if set, is what the reader of units counts as it leaves
	// units of the file out (OpenImport sets it for XLIFF: see
	// ReadXLIFFCounting); Import copies it into its ImportStats once every
	// unit is read.
	Skipped *Skipped
	// Conflict, if set, is told of each reviewed unit of bitext's own
	// XLIFF export that was stored beside the unit it came from instead
	// of replacing its target (see ImportConflict), once the import is
	// stored.
	Conflict func(ImportConflict)
	// DryRun runs the import to its end in its transaction, as a real one
	// (every unit read, checked, merged or added, reviewed targets
	// updated, the import logged), and then rolls the transaction back
	// (ErrRollback): the ImportStats and the conflicts say what the
	// import would do, and nothing is stored. On PostgreSQL the ids the
	// new units were given are used up, as after any write that failed
	// (a sequence is not rolled back).
	DryRun bool
}

// Skipped counts the units of a file that its reader left out, by reason,
// so that the units read and those left out add up to the units of the
// file (a trans-unit cut into sentences counts each sentence).
type Skipped struct {
	// Unconfirmed are targets that are a tool's proposal nobody confirmed
	// (a copy of the source, a match or a machine translation that the
	// file's state or its tool's own status says awaits translation or
	// review: see ReadXLIFF).
	Unconfirmed int
	// Untranslated are units with no translation: no target, an empty one
	// or one of inline codes only; of an alignment (StorePair), beads
	// whose target is the source left untranslated (see AlignedUnits).
	Untranslated int
	// NotToTranslate are units marked not to translate (XLIFF
	// translate="no", their own or their group's or file's).
	NotToTranslate int
	// EmptySource are units whose source has no text (empty, white space
	// or inline codes only): nothing to translate.
	EmptySource int
	// OtherLangs are units without both languages asked for (--src and
	// --tgt given: see KeepLangs).
	OtherLangs int
	// ScoredZero are pairs an aligner scored 0 or less (no evidence that
	// the two are translations: a TSV's score column, a bead of JSON
	// Lines), left out as bitext align --into leaves out such beads: a
	// pair without a score is a person's or a TMX's and loses no points
	// in lookups, where a low score does.
	ScoredZero int
	// EmptySide are pairs of a TSV or bead JSON Lines file with one side
	// empty or white space only (a sentence an aligner left without a
	// partner, a column left blank): nothing to remember. EmptySideLines
	// are the line numbers of the first few of them (0 past the last),
	// for the note that says so (EmptySideNote). An array, so that
	// Skipped stays comparable.
	EmptySide      int
	EmptySideLines [MaxEmptySideLines]int
	// beads says that the pairs with an empty side are JSON Lines beads
	// (else TSV lines), for EmptySideNote's words.
	beads bool
	// Header is a TSV's first line that names its columns ("source<TAB>
	// target", "en<TAB>fr": see ReadTSV), on line HeaderLine: not a pair,
	// not stored, and not part of Total ("" when the file has none).
	Header     string
	HeaderLine int
	// Candidates are not units and not part of Total: the translation
	// candidates a file offers beside its units' targets (XLIFF 1.2
	// <alt-trans>, XLIFF 2 <mtc:match>), which are not imported (a match
	// from a TM or a machine translation that nobody confirmed for this
	// source).
	Candidates int
}

// Total is the number of units left out.
func (s Skipped) Total() int {
	return s.Unconfirmed + s.Untranslated + s.NotToTranslate + s.EmptySource + s.OtherLangs + s.ScoredZero + s.EmptySide
}

// MaxEmptySideLines is how many line numbers of pairs with an empty side
// Skipped keeps (EmptySideLines): enough to find them in the file.
const MaxEmptySideLines = 5

// emptySide counts a pair with an empty side, on line n (0 when the
// reader does not know it).
func (s *Skipped) emptySide(n int) {
	if n > 0 && s.EmptySide < MaxEmptySideLines {
		s.EmptySideLines[s.EmptySide] = n
	}
	s.EmptySide++
}

// emptyBead counts a bead of JSON Lines with an empty side, on line n.
func (s *Skipped) emptyBead(n int) {
	s.emptySide(n)
	s.beads = true
}

// EmptySideNote says, of the file name, how many of its pairs had an
// empty side and were left out, and where the first are: "" when none,
// else "t.tsv: 14 lines with an empty column left out (lines 2, 4, 6, 8,
// 10, ...): a sentence without its partner is nothing to remember" (of
// bead JSON Lines, "3 beads with an empty side left out (lines 2, 3, 4)").
// Such lines were left out without a word, and a file that had lost a
// column's text read as a smaller file.
func (s Skipped) EmptySideNote(name string) string {
	if s.EmptySide == 0 {
		return ""
	}
	lines := s.EmptySideLines[:min(s.EmptySide, MaxEmptySideLines)]
	if lines[0] == 0 { // JSON Lines: no line numbers
		lines = nil
	}
	what := textio.Count(s.EmptySide, "pair", "pairs") + " with an empty side"
	switch {
	case len(lines) > 0 && s.beads:
		what = textio.Count(s.EmptySide, "bead", "beads") + " with an empty side"
	case len(lines) > 0:
		what = textio.Count(s.EmptySide, "line", "lines") + " with an empty column"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s left out", name, what)
	if len(lines) > 0 {
		b.WriteString(" (line")
		if len(lines) > 1 {
			b.WriteString("s")
		}
		for i, n := range lines {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, " %d", n)
		}
		if s.EmptySide > len(lines) {
			b.WriteString(", ...")
		}
		b.WriteString(")")
	}
	b.WriteString(": a sentence without its partner is nothing to remember")
	return b.String()
}

// String says how many units were left out and why, for the end of an
// import's summary: "" when none, else ", 3 left out (2 unconfirmed,
// 1 untranslated)", the other reasons following when there are some
// (", 1 not to translate, 2 empty source, 4 without both languages, 1
// scored 0, 14 with an empty side"), and
// then "; 5 match candidates not imported" when the file had some.
func (s Skipped) String() string {
	var b strings.Builder
	if s.Total() > 0 {
		fmt.Fprintf(&b, ", %d left out (%d unconfirmed, %d untranslated", s.Total(), s.Unconfirmed, s.Untranslated)
		for _, r := range []struct {
			n    int
			what string
		}{{s.NotToTranslate, "not to translate"}, {s.EmptySource, "empty source"}, {s.OtherLangs, "without both languages"}, {s.ScoredZero, "scored 0"}, {s.EmptySide, "with an empty side"}} {
			if r.n > 0 {
				fmt.Fprintf(&b, ", %d %s", r.n, r.what)
			}
		}
		b.WriteString(")")
	}
	if s.Candidates > 0 {
		fmt.Fprintf(&b, "; %s (alt-trans, mtc:match) not imported", textio.Count(s.Candidates, "match candidate", "match candidates"))
	}
	return b.String()
}

// AlignedString says how many beads of an alignment StorePair left out,
// for the end of its summary: "" when none, else ", 3 left out as
// untranslated (the target repeats the source)".
func (s Skipped) AlignedString() string {
	if s.Untranslated == 0 {
		return ""
	}
	return fmt.Sprintf(", %d left out as untranslated (the target repeats the source)", s.Untranslated)
}

// ReviewString says what a reviewed file of bitext's own XLIFF export did
// to the units it came from, for an import's summary after its merged
// units: "" when nothing, else ", 2 updated" and ", 1 conflict (added
// beside)" when there were some.
func (st ImportStats) ReviewString() string {
	var b strings.Builder
	if st.Updated > 0 {
		fmt.Fprintf(&b, ", %d updated", st.Updated)
	}
	if st.Conflicts > 0 {
		fmt.Fprintf(&b, ", %s (added beside)", textio.Count(st.Conflicts, "conflict", "conflicts"))
	}
	return b.String()
}

// NoUnits says, of an import of the file name that found no unit at all
// (none read, none left out), that it holds none: "" otherwise. A valid
// file of no units (OmegaT's first align.tmx, a TMX with an empty body; a
// PO of a header alone; an empty TSV) is no error, so that a script whose
// export found nothing goes on, but it was said only as "0 units read",
// which reads as a count, and the TM was created for it; tm import and
// POST /api/v1/import warn with this, and the command removes a TM it
// created when no file had a unit.
func (st ImportStats) NoUnits(name string) string {
	if st.Read > 0 || st.Skipped.Total() > 0 {
		return ""
	}
	return name + " holds no translation units: nothing was imported from it"
}

// ImportStats count what Import did.
type ImportStats struct {
	// Read is the number of units read, Added the number stored as new
	// units, Merged the number that were already in the TM.
	Read, Added, Merged int
	// Updated is the number of units of bitext's own XLIFF export whose
	// target a reviewer changed and that replaced the target of the
	// stored unit they came from (see Import); not part of Added or
	// Merged. Conflicts is the number of such units stored beside it
	// instead (ImportOptions.Conflict), part of Added.
	Updated, Conflicts int
	// Skipped are the units of the file that were not read, and why
	// (ImportOptions.Skipped); not part of Read.
	Skipped Skipped
	// Docs, of AlignBatch, is the number of documents whose units were
	// stored (a document with no text stores none).
	Docs int
}

// progressEvery is how often Import reports progress (units).
const progressEvery = 10000

// batchSize is how many units the reading goroutine hands over at a time:
// large enough to make channel costs negligible, small enough to keep
// memory flat.
const batchSize = 256

// maxVariants is the number of language variants a unit may have (a
// store may rely on it: tm/sqlite numbers variants unit id * 256 +
// position).
const maxVariants = 256

// MaxSegment is the longest segment, in bytes, the TM stores. Storing a
// segment costs some forty times its size in token and index arrays while
// it is prepared; a real segment, even a long paragraph, is a few KiB, so
// 1 MiB only stops a file that is not segmented.
const MaxSegment = 1 << 20

// ErrBadUnit is wrapped by Import errors about a unit that cannot be
// stored, and by FromTMX's (and so ReadTMX's) about a language code that
// is not BCP 47.
var ErrBadUnit = textio.NewBadInput("bad unit")

// Import stores units in one transaction: either all of them are stored or,
// on any error (from the iterator, a bad unit, a cancelled context), none.
// A unit equal to one already stored (the same variants, language, text and
// markup, and the same tuid, context, props, notes, attributes and
// dates: see the package doc's "Identity") is merged into it: its usage
// count and last-used date are kept when newer, its context when missing.
// A unit that comes without a creation date is stored with the time of
// the import as its creation date and opt.By as its creation id. The iterator runs in a goroutine of its own so that
// reading and storing overlap.
//
// On a store whose writes can fail on a conflict with another writer's
// (ConflictStore: PostgreSQL, where two imports of the same new units in
// different orders deadlock), Import keeps the units it has read, and when
// its transaction fails with an error wrapping ErrConflict it runs it
// again from them, the iterator going on where it was: up to
// writeAttempts times in all, waiting a little longer each time (see
// writeAgain). Progress then counts from 0 again.
//
// A unit of bitext's own XLIFF export (tm export --format xliff) whose
// target a reviewer changed updates the stored unit it was exported from,
// when its source, context and tuid identify that one unit and the stored
// target is still the one the file was exported with: the unit keeps its
// id and takes the new target, the state the file gives it
// (PropXLIFFState, PropXLIFFApproved), the import's time as its change
// date and opt.By as its change id, and keeps the target it replaced as a
// PropWas (EditUnit's store operation, in the import's transaction).
// Otherwise it is added beside them and counted as a conflict
// (ImportStats.Conflicts, ImportOptions.Conflict).
func (d *DB) Import(ctx context.Context, units iter.Seq2[Unit, error], opt ImportOptions) (ImportStats, error) {
	now := time.Now().UTC().Truncate(time.Second)
	src := readUnits(units)
	defer src.stop()
	var rewind func() error
	if d.writesConflict() {
		src.tape = &tape{}
		defer src.tape.close()
		rewind = src.tape.rewind
	}
	var st ImportStats
	var conflicts []ImportConflict
	err := d.writeAgain(ctx, func() error {
		return d.write(ctx, func(w Writer) error {
			st = ImportStats{}
			im := &importer{ctx: ctx, w: w, s: d.s, by: opt.By, now: now}
			if m, ok := d.s.(Maintainer); ok {
				im.m = m
				im.mw, _ = w.(MaintWriter)
			}
			err := importUnits(ctx, im, src, opt, &st)
			conflicts = im.conflicts
			if err == nil && opt.DryRun {
				err = ErrRollback
			}
			return err
		})
	}, rewind)
	if opt.DryRun && errors.Is(err, ErrRollback) {
		err = nil
	} else if st.Updated > 0 {
		d.forgetFilters() // an updated unit's origin may be another
	}
	if err != nil {
		return ImportStats{}, err
	}
	if opt.Conflict != nil {
		for _, c := range conflicts {
			opt.Conflict(c)
		}
	}
	return st, nil
}

// importUnits is the transaction of Import: it stores the units src
// gives, from the first.
func importUnits(ctx context.Context, im *importer, src *unitSource, opt ImportOptions, st *ImportStats) error {
	now := im.now
	var pending *UnitRecord // held back until the next unit gives its context
	for {
		b, ok, err := src.next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		for i := range b.units {
			if err := ctx.Err(); err != nil {
				return err
			}
			pu := &b.units[i]
			u := &pu.Unit
			st.Read++
			if opt.Progress != nil && st.Read%progressEvery == 0 {
				opt.Progress(st.Read)
			}
			// What follows changes the units in place (a kept batch is
			// given again as it was left): each change gives the same
			// unit the second time.
			if u.Origin.File == "" && !u.noDoc { // a TM's export keeps "no document"
				u.Origin.File = opt.File
			}
			if u.Created.IsZero() { // after prepare: not part of its identity
				u.Created = now
				if u.CreatedBy == "" {
					u.CreatedBy = opt.By
				}
			}
			if !opt.Sequential {
				if err := im.add(pu, st); err != nil {
					return err
				}
				continue
			}
			if pending != nil {
				if sameDoc(&pending.Unit, u) {
					if pending.Next == "" {
						pending.Next = sourceText(u)
					}
					if u.Prev == "" {
						u.Prev = sourceText(&pending.Unit)
					}
				}
				if err := im.add(pending, st); err != nil {
					return err
				}
			}
			cp := *pu
			pending = &cp
		}
		if b.err != nil {
			return b.err
		}
	}
	if opt.Skipped != nil { // the reader is done
		st.Skipped = *opt.Skipped
	}
	if pending != nil {
		if err := im.add(pending, st); err != nil {
			return err
		}
	}
	if err := im.store(st); err != nil {
		return err
	}
	if st.Read == 0 {
		// Nothing was imported: the log lists what a TM holds came from.
		// Logged, a file of no units made a TM created for it one that
		// holds something, which tm import could not remove again.
		return nil
	}
	return im.w.LogImport(ctx, ImportRecord{File: opt.File, Header: opt.Header, Added: st.Added, Merged: st.Merged})
}

func sameDoc(a, b *Unit) bool {
	return a.Origin.File == b.Origin.File && a.Origin.SrcDoc == b.Origin.SrcDoc
}

// sourceText is the text of the unit's source variant: the first in its
// source language, else the first.
func sourceText(u *Unit) string {
	if len(u.Variants) == 0 {
		return ""
	}
	return u.Variants[sourceIndex(u)].Text
}

func sourceIndex(u *Unit) int {
	if u.SrcLang != language.Und {
		for i, v := range u.Variants {
			if v.Lang == u.SrcLang {
				return i
			}
		}
	}
	return 0
}

// importer queues the prepared units of one import and hands them to
// the store's Writer batchSize at a time.
type importer struct {
	ctx   context.Context
	w     Writer
	queue []UnitRecord
	ids   []int64

	// For the reviewed units of bitext's own XLIFF export (review): the
	// store and its maintenance (nil without), who imports and when, the
	// units updated so far (id -> the new target) and the conflicts.
	s         Store
	m         Maintainer
	mw        MaintWriter
	by        string
	now       time.Time
	updated   map[int64]Variant
	conflicts []ImportConflict
}

// preparer prepares units; it caches the text and subtag of language
// tags, which repeat.
type preparer struct {
	langs map[language.Tag][2]string // tag -> text, subtag
	// noWords leaves the records' Words out: a record whose texts the
	// posting lists hold already (a merge's, reviewers.go) needs none,
	// and the words are most of prepare's work.
	noWords bool
	toks    []token
	parts   []string
	idx     []int
}

// lang returns the text and language subtag of t, which must be a
// language.
func (p *preparer) lang(t language.Tag) (string, string, error) {
	if l, ok := p.langs[t]; ok {
		return l[0], l[1], nil
	}
	if t == language.Und {
		return "", "", errors.New("a variant without a language (language.Und)")
	}
	if p.langs == nil {
		p.langs = map[language.Tag][2]string{}
	}
	l := [2]string{t.String(), baseTag(t)}
	p.langs[t] = l
	return l[0], l[1], nil
}

// prepare checks a unit and computes what storing it needs: the text of
// its languages, Text from Markup when only that is given, hashes and
// index keys.
func (p *preparer) prepare(u Unit) (UnitRecord, error) {
	pu := UnitRecord{Unit: u}
	if len(u.Variants) == 0 {
		return pu, fmt.Errorf("%w: no language variants", ErrBadUnit)
	}
	if len(u.Variants) > maxVariants {
		return pu, fmt.Errorf("%w: %d language variants, at most %d", ErrBadUnit, len(u.Variants), maxVariants)
	}
	if u.SrcLang != language.Und {
		l, _, err := p.lang(u.SrcLang)
		if err != nil {
			return pu, fmt.Errorf("%w: source language: %v", ErrBadUnit, err)
		}
		pu.SrcLangText = l
	}
	pu.Variants = append([]Variant(nil), u.Variants...)
	pu.Langs = make([]string, len(u.Variants))
	pu.Bases = make([]string, len(u.Variants))
	pu.Keys = make([]int64, len(u.Variants))
	pu.Words = make([][]int64, len(u.Variants))
	for i := range pu.Variants {
		v := &pu.Variants[i]
		l, b, err := p.lang(v.Lang)
		if err != nil {
			return pu, fmt.Errorf("%w: %v", ErrBadUnit, err)
		}
		if len(v.Text) > MaxSegment || len(v.Markup) > MaxSegment {
			return pu, fmt.Errorf("%w: the %s segment is %d bytes, at most %d MiB", ErrBadUnit, l, max(len(v.Text), len(v.Markup)), MaxSegment>>20)
		}
		if !utf8.ValidString(v.Text) || !utf8.ValidString(v.Markup) {
			return pu, fmt.Errorf("%w: the %s variant is not valid UTF-8", ErrBadUnit, l)
		}
		if v.Text == "" && v.Markup != "" {
			if v.Text, err = tmx.PlainText(v.Markup); err != nil {
				return pu, fmt.Errorf("%w: markup of the %s variant: %v", ErrBadUnit, l, err)
			}
		}
		pu.Langs[i] = l
		pu.Bases[i] = b
		p.keys(&pu, i)
	}
	pu.Props = oneReviewEach(pu.Props)
	pu.Hash = p.unitHash(&pu.Unit, pu.Langs)
	keepContext(&pu.Unit)
	return pu, nil
}

// unitHash identifies a unit: by its variants, in any order (their
// languages, as text, langs[i] of the i-th; texts and markup), and by
// what the unit came with that says which unit it is: its tuid, its
// context (Prev and Next as given, not as Import derives them for
// Sequential input), its props, notes and attributes (a CAT tool's
// x-context, file and group names), its change date and id, and its
// variants' props, notes and attributes; of a unit that names who
// confirmed it (PropReviewed), that it is confirmed, not who nor when.
// Two units that differ in any of these are both kept; a unit equal in
// all of them is merged. The usage count and last-used date are not
// identity: a merge keeps the larger and the later. Neither is Origin, which bitext sets, nor the creation date
// and id, which Import fills in for a unit without them: an exported
// unit imported again must merge with itself.
// A unit with none of the identity fields hashes as its variants alone,
// as TMs made before the identity hash did.
func (p *preparer) unitHash(u *Unit, langs []string) int64 {
	vs := u.Variants
	idx := p.idx[:0]
	for i := range vs {
		idx = append(idx, i)
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := strings.Compare(langs[a], langs[b]); c != 0 {
			return c
		}
		va, vb := &vs[a], &vs[b]
		if c := strings.Compare(va.Text, vb.Text); c != 0 {
			return c
		}
		return strings.Compare(va.Markup, vb.Markup)
	})
	parts := p.parts[:0]
	for _, i := range idx {
		v := &vs[i]
		parts = append(parts, langs[i], v.Text, v.Markup)
	}
	parts = identity(u, idx, parts)
	p.idx, p.parts = idx, parts
	return hash64(parts...)
}

// identity appends to parts what identifies u besides its variants' text
// (see unitHash), idx being the order of its variants; nothing when u has
// none of it. Each field is tagged, so that a tuid cannot pass for a date.
func identity(u *Unit, idx []int, parts []string) []string {
	meta := func(props []Prop, notes []Note, attrs []Attr) bool {
		return len(props) > 0 || len(notes) > 0 || len(attrs) > 0
	}
	// Who confirmed a pair and when (PropReviewed, PropReviewedOn, and
	// the change date and id of a unit that has one) is not identity;
	// that it is confirmed is.
	reviewed := hasReviewer(u.Props)
	changed, changedBy := u.Changed, u.ChangedBy
	if reviewed {
		changed, changedBy = time.Time{}, ""
	}
	has := u.ID != "" || u.Prev != "" || u.Next != "" || meta(u.Props, u.Notes, u.Attrs) ||
		!changed.IsZero() || changedBy != ""
	for i := range u.Variants {
		v := &u.Variants[i]
		has = has || meta(v.Props, v.Notes, v.Attrs)
	}
	if !has {
		return parts
	}
	addMeta := func(tag string, props []Prop, notes []Note, attrs []Attr) {
		for _, x := range props {
			if tag == "tu" && (contextProps[x.Type] || x.Type == PropReviewed || x.Type == PropReviewedOn) {
				continue // Prev and Next say it; a reviewer is not identity
			}
			parts = append(parts, tag+"prop", x.Type, x.Lang, x.Text)
		}
		for _, x := range notes {
			parts = append(parts, tag+"note", x.Lang, x.Text)
		}
		for _, x := range attrs {
			parts = append(parts, tag+"attr", x.Name, x.Value)
		}
	}
	parts = append(parts, "\x00identity", "tuid", u.ID, "prev", u.Prev, "next", u.Next,
		"changed", tmx.FormatDate(changed), changedBy)
	addMeta("tu", u.Props, u.Notes, u.Attrs)
	if reviewed {
		parts = append(parts, "tureviewed")
	}
	for _, i := range idx {
		v := &u.Variants[i]
		addMeta("tuv", v.Props, v.Notes, v.Attrs)
	}
	return parts
}

// contextProps are the prop types that hold a unit's context: OmegaT's
// and bitext's own.
var contextProps = map[string]bool{"prev": true, "next": true, ctxPropPrev: true, ctxPropNext: true}

// The props in which a unit's own context (Prev and Next as it came) is
// stored, unless it came as OmegaT's props: the store keeps only the
// hashes of Prev and Next, and Units turns them back into Prev and Next.
const (
	ctxPropPrev = "x-bitext-prev"
	ctxPropNext = "x-bitext-next"
)

// keepContext adds the unit's own context to its props (see ctxPropPrev).
// keys sets the index keys of variant i of pu (Keys and Words) from its
// text and Bases.
func (p *preparer) keys(pu *UnitRecord, i int) {
	b, text := pu.Bases[i], pu.Variants[i].Text
	pu.Keys[i] = textKey(b, text)
	if !p.noWords {
		p.toks, pu.Words[i] = indexKeys(b, text, p.toks, nil)
	}
}

func keepContext(u *Unit) {
	add := func(omegat, typ, text string) {
		if text != "" && !hasProp(u.Props, omegat, text) && !hasProp(u.Props, typ, text) {
			u.Props = append(slices.Clip(u.Props), Prop{Type: typ, Text: text})
		}
	}
	add("prev", ctxPropPrev, u.Prev)
	add("next", ctxPropNext, u.Next)
}

// takeContext moves the context props that keepContext added back into
// Prev and Next.
func takeContext(u *Unit) {
	for i := 0; i < len(u.Props); i++ {
		switch p := u.Props[i]; p.Type {
		case ctxPropPrev, ctxPropNext:
			if p.Type == ctxPropPrev {
				u.Prev = p.Text
			} else {
				u.Next = p.Text
			}
			u.Props = slices.Delete(u.Props, i, i+1)
			i--
		}
	}
	if len(u.Props) == 0 {
		u.Props = nil
	}
}

// add queues a unit; every batchSize units the queue is stored.
func (im *importer) add(pu *UnitRecord, st *ImportStats) error {
	pu.PrevHash, pu.NextHash = ctxHash(pu.Prev), ctxHash(pu.Next)
	if pu.ctxPrev != 0 || pu.ctxNext != 0 { // a TM's export (propContext)
		pu.PrevHash, pu.NextHash = pu.ctxPrev, pu.ctxNext
	}
	if pu.review != nil {
		n := len(im.conflicts)
		how, err := im.review(pu)
		switch {
		case err != nil:
			return err
		case how == reviewMerged:
			st.Merged++
			return nil
		case how == reviewUpdated:
			st.Updated++
			return nil
		}
		st.Conflicts += len(im.conflicts) - n
	}
	if hasReviewer(pu.Props) {
		merged, err := mergeReviewed(im.ctx, im.s, im.w, pu)
		if err != nil {
			return err
		}
		if merged {
			st.Merged++
			return nil
		}
	}
	im.queue = append(im.queue, *pu)
	if len(im.queue) >= batchSize {
		return im.store(st)
	}
	return nil
}

// store hands the queued units to the store and counts them.
func (im *importer) store(st *ImportStats) error {
	q := im.queue
	if len(q) == 0 {
		return nil
	}
	im.queue = im.queue[:0]
	ids := slices.Grow(im.ids[:0], len(q))[:len(q)]
	im.ids = ids
	if err := im.w.PutUnits(im.ctx, q, ids); err != nil {
		return err
	}
	for i, id := range ids {
		if id == 0 {
			st.Merged++
			if hasReviewer(q[i].Props) {
				// Merged by its hash into a unit stored since it was
				// queued (the same pair earlier in the batch, or another
				// import's at the same time): its reviewers are added.
				if _, err := mergeReviewed(im.ctx, im.s, im.w, &q[i]); err != nil {
					return err
				}
			}
		} else {
			st.Added++
		}
	}
	return nil
}

// Add stores one unit (see Import).
func (d *DB) Add(ctx context.Context, u Unit) (ImportStats, error) {
	return d.Import(ctx, func(yield func(Unit, error) bool) { yield(u, nil) }, ImportOptions{File: u.Origin.File})
}

// unitBatch is what the reading goroutine of Import hands over: prepared
// units, and the error that stopped the reading after them, if any.
type unitBatch struct {
	units []UnitRecord
	err   error
}

// unitSource gives the batches the reading goroutines prepare; with a
// tape, it keeps them, so that after a rewind it gives them again before
// it goes on with the goroutines'.
type unitSource struct {
	ch   chan unitBatch
	done chan struct{}
	read chan struct{} // closed when the goroutine that reads units ends
	tape *tape
	last *unitBatch // the batch that carried the reader's error
}

// rawBatch is what the goroutine that reads units hands to the one that
// prepares them: units as read, and the error that stopped the reading
// after them, if any.
type rawBatch struct {
	units []Unit
	err   error
}

// readUnits starts the goroutines that read units and prepare them: two,
// so that decoding the file, preparing its units (index keys, hashes)
// and the store's writer each have a core when there are enough (the
// preparing is as much work as the decoding). The batches come in the
// order of the units, as one goroutine would give them: a batch with an
// error holds the units before it, and none comes after it.
func readUnits(units iter.Seq2[Unit, error]) *unitSource {
	// One batch waits in each channel: batches are large enough to keep
	// every goroutine busy, and each one waiting is memory that the
	// collector counts as live (a bulk import runs with a high GOGC).
	src := &unitSource{ch: make(chan unitBatch, 1), done: make(chan struct{}), read: make(chan struct{})}
	raw := make(chan rawBatch, 1)
	quit := make(chan struct{}) // closed when the preparing goroutine ends
	go func() {
		defer close(src.read)
		defer close(raw)
		b := make([]Unit, 0, batchSize)
		send := func(rb rawBatch) bool {
			select {
			case raw <- rb:
				return true
			case <-quit:
				return false
			}
		}
		for u, err := range units {
			if err != nil {
				send(rawBatch{b, err})
				return
			}
			select {
			case <-quit: // the preparing goroutine stopped: read no further
				return
			default:
			}
			b = append(b, u)
			if len(b) == batchSize {
				if !send(rawBatch{units: b}) {
					return
				}
				b = make([]Unit, 0, batchSize)
			}
		}
		if len(b) > 0 {
			send(rawBatch{units: b})
		}
	}()
	go func() {
		defer close(src.ch)
		defer close(quit)
		var p preparer
		send := func(bt unitBatch) bool {
			select {
			case src.ch <- bt:
				return true
			case <-src.done:
				return false
			}
		}
		for rb := range raw {
			b := make([]UnitRecord, 0, len(rb.units))
			for _, u := range rb.units {
				pu, err := p.prepare(u)
				if err != nil {
					send(unitBatch{b, err})
					return
				}
				b = append(b, pu)
			}
			if rb.err != nil || len(b) > 0 {
				if !send(unitBatch{b, rb.err}) || rb.err != nil {
					return
				}
			}
		}
	}()
	return src
}

// stop stops the reading goroutines and waits for them.
func (src *unitSource) stop() {
	close(src.done)
	for range src.ch {
	}
	<-src.read
}

// next returns the next batch, ok false after the last. err is an error
// of the tape, not of the reading (which comes in the batch).
func (src *unitSource) next() (b unitBatch, ok bool, err error) {
	if t := src.tape; t != nil {
		if b, ok, err := t.play(); ok || err != nil {
			return b, ok, err
		}
		if src.last != nil {
			return *src.last, true, nil
		}
	}
	b, ok = <-src.ch
	if !ok || src.tape == nil {
		return b, ok, nil
	}
	if b.err != nil {
		src.last = &b
		return b, true, nil
	}
	src.tape.record(b.units) // a tape that fails keeps nothing more: no retry
	return b, true, nil
}
