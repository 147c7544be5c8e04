package tm

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/bitext/bitext/tm/tmx"
)

// PropReviewed is the prop that names a person who confirmed a unit's
// pair: the server's POST /api/v1/units with "reviewed" (the review
// page's Store in TM) gives each unit one, Text the reviewer's name. A
// pair confirmed by several people is one unit with one such prop for
// each, in the order they confirmed it, each name once.
//
// The names are not the unit's identity (see the package doc's
// "Identity"): that the unit is confirmed is, who confirmed it is not, so
// that a second reviewer's store of the same pair merges with the first's
// instead of adding a copy that a lookup would show twice and an export
// would carry into a CAT tool. A merge that brings a new name adds it to
// the stored unit and makes it the unit's change: its change date and id
// become those the merged unit came with (the store's time and the
// reviewer, for a pair from the review page), when they are later than
// the stored ones. For the same reason the change date and id of a unit
// with reviewer props are not its identity either: they say who confirmed
// it last, and when.
const PropReviewed = "x-bitext-reviewed"

// PropReviewedOn is the prop that says when one reviewer confirmed a
// unit: its text is the date (TMX's form, "20261207T101500Z"), a space,
// and the name as the unit's PropReviewed prop gives it. A unit one person
// confirmed has none: that person's date is the unit's creation date
// (their store made it). A merge that adds a reviewer gives every reviewer
// of the unit one (see Reviews), so that the dates of those between the
// first and the last are kept: the unit's change date is the last's, and
// TMX has one. Like the names, the dates are not the unit's identity.
const PropReviewedOn = "x-bitext-reviewed-on"

// Review is one person's confirmation of a unit (Reviews).
type Review struct {
	By string    // the name, as PropReviewed gives it
	At time.Time // when; zero when the unit does not say
}

// Reviews returns who confirmed u and when, in the order they did (the
// order of Reviewers). A reviewer's date is their PropReviewedOn prop's;
// without one, the unit's creation date if they created it, else its
// change date if they made its last change, else zero.
func Reviews(u *Unit) []Review {
	var rs []Review
	for _, name := range Reviewers(u) {
		rs = append(rs, Review{By: name, At: reviewDate(u, name)})
	}
	return rs
}

// reviewDate is the date of name's confirmation of u (Reviews): the
// latest of its PropReviewedOn props, if it has several.
func reviewDate(u *Unit, name string) time.Time {
	var at time.Time
	for _, p := range u.Props {
		if p.Type != PropReviewedOn {
			continue
		}
		date, by, ok := strings.Cut(p.Text, " ")
		if t := tmx.ParseDate(date); ok && by == name && t.After(at) {
			at = t
		}
	}
	if !at.IsZero() {
		return at
	}
	switch {
	case name == u.CreatedBy && !u.Created.IsZero():
		return u.Created
	case name == u.ChangedBy:
		return u.Changed
	}
	return time.Time{}
}

// setReviews gives u one PropReviewedOn prop for each review of rs that
// has a date, in their order, after its other props, in place of those it
// had.
func setReviews(u *Unit, rs []Review) {
	u.Props = slices.DeleteFunc(u.Props, func(p Prop) bool { return p.Type == PropReviewedOn })
	for _, r := range rs {
		if !r.At.IsZero() {
			u.Props = append(u.Props, Prop{Type: PropReviewedOn, Text: tmx.FormatDate(r.At) + " " + r.By})
		}
	}
}

// oneReviewEach returns props with one PropReviewed prop for each name
// (the first, where it was) and one PropReviewedOn prop for each name
// that has a date (the latest, where the first was): one reviewer is one
// confirmation, however many times a file repeats it. A PropReviewedOn
// prop whose text is no date and name is kept, once. props itself is
// returned when nothing repeats, else a new slice.
func oneReviewEach(props []Prop) []Prop {
	n := 0
	for _, p := range props {
		if p.Type == PropReviewed || p.Type == PropReviewedOn {
			n++
		}
	}
	if n < 2 {
		return props
	}
	type dated struct {
		i  int // its index in out
		at time.Time
	}
	names := map[string]bool{}
	dates := map[string]dated{}
	texts := map[string]bool{}
	out := make([]Prop, 0, len(props))
	for _, p := range props {
		switch p.Type {
		case PropReviewed:
			if names[p.Text] {
				continue
			}
			names[p.Text] = true
		case PropReviewedOn:
			if texts[p.Text] {
				continue
			}
			texts[p.Text] = true
			date, by, ok := strings.Cut(p.Text, " ")
			if t := tmx.ParseDate(date); ok && !t.IsZero() {
				if d, seen := dates[by]; seen {
					if t.After(d.at) {
						out[d.i] = p
						dates[by] = dated{d.i, t}
					}
					continue
				}
				dates[by] = dated{len(out), t}
			}
		}
		out = append(out, p)
	}
	if len(out) == len(props) {
		return props
	}
	return out
}

// hasReviewer reports whether props name a reviewer (PropReviewed).
func hasReviewer(props []Prop) bool {
	for _, p := range props {
		if p.Type == PropReviewed {
			return true
		}
	}
	return false
}

// Reviewers returns the names of the people who confirmed u (its
// PropReviewed props), in the order they did, each once.
func Reviewers(u *Unit) []string {
	var names []string
	for _, p := range u.Props {
		if p.Type == PropReviewed && !slices.Contains(names, p.Text) {
			names = append(names, p.Text)
		}
	}
	return names
}

// mergeReviewed merges a unit that names a reviewer (pu, not yet
// stored) into the stored unit it is (the same identity hash), adding
// the reviewers the stored unit lacks, with w, a write of s; it reports
// whether it found one. It finds the stored unit by its texts and hashes
// it again rather than relying on the stored hash: a TM stored before
// reviewer names left identity holds its reviewed units under a hash
// that counted the name, which no new store of the pair gives, and the
// merge gives such a unit today's hash. Of several such units (copies a
// TM made before, one per reviewer), the newest takes the merge: a unit
// gets today's hash only when it is the newest of its identity (added
// when none was stored, or so merged into), so the newest is the one
// that holds it if one does, and rehashing an older one would give it
// the hash of another unit (ErrDuplicate). The
// stored unit is rewritten (ReplaceUnit) only when the merge changes it.
// A store without maintenance (Maintainer, MaintWriter) merges by hash
// alone: false. A Writer that is a TurnTaker takes its turn first.
func mergeReviewed(ctx context.Context, s Store, w Writer, pu *UnitRecord) (bool, error) {
	m, ok := s.(Maintainer)
	mw, wok := w.(MaintWriter)
	if !ok || !wok {
		return false, nil
	}
	if tt, ok := w.(TurnTaker); ok {
		if err := tt.TakeTurn(ctx); err != nil {
			return false, err
		}
	}
	rd := txReaderOf(s, m, mw)
	si := sourceIndex(&pu.Unit)
	ids, err := rd.ExactUnits(ctx, pu.Keys[si], nil)
	if err != nil {
		return false, err
	}
	for j, k := range pu.Keys { // a short source ("Yes.") is in many units: those with every text
		if j == si || len(ids) < 2 {
			continue
		}
		other, err := rd.ExactUnits(ctx, k, nil)
		if err != nil {
			return false, err
		}
		ids = slices.DeleteFunc(ids, func(id int64) bool { _, found := slices.BinarySearch(other, id); return !found })
	}
	p := preparer{noWords: true}
	for i := len(ids) - 1; i >= 0; i-- {
		id := ids[i]
		// The unit merged into is kept from other writes until the
		// import ends (LockUnit), so that two reviewers storing the
		// pair at once both add their name: read so at once when it is
		// the only candidate (as a store of pairs stored before finds
		// each), else once it is the one.
		read := rd.Unit
		if len(ids) == 1 {
			read = rd.LockUnit
		}
		su, err := read(ctx, id)
		if errors.Is(err, ErrNoUnit) {
			continue
		}
		if err != nil {
			return false, err
		}
		if !hasReviewer(su.Props) || len(su.Variants) != len(pu.Variants) {
			continue
		}
		if rec, err := p.prepare(su.Unit); err != nil || rec.Hash != pu.Hash {
			continue
		}
		if len(ids) > 1 {
			if su, err = rd.LockUnit(ctx, id); errors.Is(err, ErrNoUnit) {
				continue
			} else if err != nil {
				return false, err
			}
		}
		rec, changed, err := reviewedRecord(&p, su, pu)
		if err != nil {
			return false, err
		}
		if changed {
			if err := mw.ReplaceUnit(ctx, su.ID, rec); err != nil {
				return false, err
			}
		}
		return true, nil
	}
	return false, nil
}

// reviewedRecord is the stored unit su with the unit pu merged into it, by
// the rules of a merge (Writer.PutUnits: the larger usage count, the later
// last use and change with its changer, a context hash that is 0 taking
// pu's) and with the reviewers of pu that su lacks added, the first new
// one's confirmation (pu's change date and id, else its creation date and
// id: a pair from the review page comes with its store's time and
// reviewer as those) counting as a change, prepared by p (whose records
// have no Words). It reports whether the merge
// changes su; rewritten, a unit of a TM made before identity left the
// names out (its stored hash counted them) takes today's hash.
func reviewedRecord(p *preparer, su *StoredUnit, pu *UnitRecord) (UnitRecord, bool, error) {
	u := su.Unit
	u.Props = slices.Clone(u.Props) // takeContext deletes in place: su stays as read
	takeContext(&u)
	// A unit stored before Import kept one prop a reviewer (oneReviewEach)
	// loses the others.
	props := oneReviewEach(u.Props)
	deduped := len(props) != len(u.Props)
	u.Props = props
	have := Reviewers(&u)
	reviews := Reviews(&u) // before the change date moves: the last reviewer's is it
	var when time.Time
	var by string
	changed := false
	for _, r := range Reviews(&pu.Unit) {
		if i := slices.Index(have, r.By); i >= 0 {
			if reviews[i].At.IsZero() { // a date the stored unit lacks (a TMX import's)
				reviews[i].At = r.At
			}
			continue
		}
		if !changed {
			when, by = pu.Changed, pu.ChangedBy
			if when.IsZero() {
				when, by = pu.Created, pu.CreatedBy
			}
		}
		at := r.At // the review page's store: its time, the unit's creation
		if at.IsZero() {
			at = when
		}
		u.Props = append(u.Props, Prop{Type: PropReviewed, Text: r.By})
		have = append(have, r.By)
		reviews = append(reviews, Review{By: r.By, At: at})
		changed = true
	}
	if len(reviews) > 1 {
		before := slices.Clone(u.Props)
		setReviews(&u, reviews)
		changed = changed || !slices.Equal(before, u.Props)
	}
	added := changed
	changed = changed || deduped
	if !pu.Changed.IsZero() && pu.Changed.After(when) {
		when, by = pu.Changed, pu.ChangedBy
	}
	// A reviewer added in the second of the last change is the last.
	if when.After(u.Changed) || added && when.Equal(u.Changed) && by != u.ChangedBy {
		u.Changed, u.ChangedBy = when, by
		changed = true
	}
	if pu.UsageCount > u.UsageCount {
		u.UsageCount = pu.UsageCount
		changed = true
	}
	if pu.LastUsed.After(u.LastUsed) {
		u.LastUsed = pu.LastUsed
		changed = true
	}
	prev, next := su.PrevHash, su.NextHash
	if prev == 0 && pu.PrevHash != 0 {
		prev, changed = pu.PrevHash, true
	}
	if next == 0 && pu.NextHash != 0 {
		next, changed = pu.NextHash, true
	}
	// p leaves the words out: they are in the posting lists under the
	// unit's id already (its texts are the same), and ReplaceUnit adds
	// the record's.
	rec, err := p.prepare(u)
	if err != nil {
		return rec, false, err
	}
	rec.PrevHash, rec.NextHash = prev, next
	return rec, changed, nil
}
