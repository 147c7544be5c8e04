// Package storetest checks that an implementation of tm.Store behaves as
// package tm relies on. An implementation runs the suite from its tests:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) tm.Store {
//			s, err := mystore.Open(...) // a new, empty store
//			if err != nil {
//				t.Fatal(err)
//			}
//			return s
//		})
//	}
//
// open must return a new, empty store for each call; Run closes it (through
// tm.DB.Close or Store.Close) at the end of the subtest.
package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// Run runs the conformance tests, each on a store of its own from open.
func Run(t *testing.T, open func(t *testing.T) tm.Store) {
	for _, c := range []struct {
		name string
		f    func(*testing.T, tm.Store)
	}{
		{"Empty", testEmpty},
		{"PutUnitsIDs", testPutUnitsIDs},
		{"Merge", testMerge},
		{"WriteRollsBack", testWriteRollsBack},
		{"ImportAllOrNothing", testImportAllOrNothing},
		{"ExactUnits", testExactUnits},
		{"Postings", testPostings},
		{"UnitsBatch", testUnitsBatch},
		{"PropsByID", testPropsByID},
		{"Scan", testScan},
		{"Glossary", testGlossary},
		{"GlossaryCheck", testGlossaryCheck},
		{"GlossaryLanguages", testGlossaryLanguages},
		{"GlossaryAddVariants", testGlossaryAddVariants},
		{"GlossaryVariant", testGlossaryVariant},
		{"ImportLog", testImportLog},
		{"Stats", testStats},
		{"ReadersDuringWrite", testReadersDuringWrite},
		{"ReadsCancelled", testReadsCancelled},
		{"DB", testDB},
		{"Unit", testUnit},
		{"FilterUnits", testFilterUnits},
		{"Documents", testDocuments},
		{"DeleteUnits", testDeleteUnits},
		{"ReplaceUnit", testReplaceUnit},
		{"RestoreUnit", testRestoreUnit},
		{"LookupEditedFirst", testLookupEditedFirst},
		{"LookupEditedAmongMany", testLookupEditedAmongMany},
		{"ImportReviewed", testImportReviewed},
		{"Reviewers", testReviewers},
		{"ReviewerDates", testReviewerDates},
		{"ReviewersAtOnce", testReviewersAtOnce},
		{"OneReviewEach", testOneReviewEach},
		{"EditHistory", testEditHistory},
		{"EditRace", testEditRace},
		{"EditDuringReviewedImport", testEditDuringReviewedImport},
		{"DryRun", testDryRun},
		{"PairNote", testPairNote},
		{"Scripts", testScripts},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			c.f(t, s)
		})
	}
}

var ctx = context.Background()

// testReadsCancelled: every read of a lookup refuses a cancelled context
// with its error (a store may check it before the statement rather than
// watch it during one, but must not ignore it).
func testReadsCancelled(t *testing.T, s tm.Store) {
	ids := put(t, s, rec(1, "a", "b"))
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	none := func(*tm.StoredUnit) error { return nil }
	for name, err := range map[string]error{
		"LastUnitID":   func() error { _, err := s.LastUnitID(cctx); return err }(),
		"ExactUnits":   func() error { _, err := s.ExactUnits(cctx, 1, nil); return err }(),
		"PostingLens":  s.PostingLens(cctx, []int64{1}, make([]int64, 1)),
		"Postings":     s.Postings(cctx, 1, func([]int64) {}),
		"UnitsByID":    s.UnitsByID(cctx, ids, none),
		"VariantsByID": s.VariantsByID(cctx, ids, none),
	} {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s(cancelled context) = %v; want context.Canceled", name, err)
		}
	}
}

// rec is a unit record with made-up keys: a store treats keys as opaque.
func rec(hash int64, texts ...string) tm.UnitRecord {
	r := tm.UnitRecord{Hash: hash}
	r.SrcLang, r.SrcLangText = language.English, "en"
	langs := []string{"en", "fr", "de"}
	for i, s := range texts {
		l := langs[i%len(langs)]
		r.Variants = append(r.Variants, tm.Variant{Lang: language.MustParse(l), Text: s})
		r.Langs = append(r.Langs, l)
		r.Bases = append(r.Bases, l)
		r.Keys = append(r.Keys, hash*10+int64(i))
		r.Words = append(r.Words, []int64{1000 + int64(i)})
	}
	return r
}

// put stores records in one Write and returns their ids.
func put(t *testing.T, s tm.Store, rs ...tm.UnitRecord) []int64 {
	t.Helper()
	ids := make([]int64, len(rs))
	if err := s.Write(ctx, func(w tm.Writer) error { return w.PutUnits(ctx, rs, ids) }); err != nil {
		t.Fatalf("Write(PutUnits): %v", err)
	}
	return ids
}

func lastID(t *testing.T, s tm.Store) int64 {
	t.Helper()
	n, err := s.LastUnitID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func scanAll(t *testing.T, s tm.Store) []*tm.StoredUnit {
	t.Helper()
	var out []*tm.StoredUnit
	for u, err := range s.Scan(ctx) {
		if err != nil {
			t.Fatalf("Scan: %v", err)
		}
		out = append(out, u)
	}
	return out
}

func postings(t *testing.T, s tm.Store, key int64) []int64 {
	t.Helper()
	var out []int64
	if err := s.Postings(ctx, key, func(ids []int64) { out = append(out, ids...) }); err != nil {
		t.Fatalf("Postings(%d): %v", key, err)
	}
	return out
}

func testEmpty(t *testing.T, s tm.Store) {
	if s.Location() == "" {
		t.Error("Location() is empty")
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v < 1 {
		t.Errorf("SchemaVersion() = %d, %v; want >= 1", v, err)
	}
	if n := lastID(t, s); n != 0 {
		t.Errorf("LastUnitID() of an empty store = %d; want 0", n)
	}
	if us := scanAll(t, s); len(us) != 0 {
		t.Errorf("Scan() of an empty store yielded %d units", len(us))
	}
	if ids, err := s.ExactUnits(ctx, 42, nil); err != nil || len(ids) != 0 {
		t.Errorf("ExactUnits() of an empty store = %v, %v", ids, err)
	}
	lens := []int64{7}
	if err := s.PostingLens(ctx, []int64{42}, lens); err != nil || lens[0] != 0 {
		t.Errorf("PostingLens() of an empty store = %v, %v; want [0]", lens, err)
	}
	if ids := postings(t, s, 42); len(ids) != 0 {
		t.Errorf("Postings() of an empty store = %v", ids)
	}
	if g, err := s.Glossary(ctx); err != nil || len(g) != 0 {
		t.Errorf("Glossary() of an empty store = %v, %v", g, err)
	}
	if im, err := s.Imports(ctx); err != nil || len(im) != 0 {
		t.Errorf("Imports() of an empty store = %v, %v", im, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Units != 0 || st.Variants != 0 || st.Imports != 0 || st.Words != 0 || len(st.Langs) != 0 {
		t.Errorf("Stats() of an empty store = %+v, %v", st, err)
	}
	if err := s.UnitsByID(ctx, []int64{1, 2}, func(*tm.StoredUnit) error {
		t.Error("Units() of an empty store called f")
		return nil
	}); err != nil {
		t.Errorf("Units() of an empty store: %v", err)
	}
}

func testPutUnitsIDs(t *testing.T, s tm.Store) {
	ids := put(t, s, rec(1, "a", "b"), rec(2, "c", "d"), rec(1, "a", "b"))
	if ids[0] <= 0 || ids[1] <= ids[0] {
		t.Errorf("ids of new units = %v; want positive and growing", ids[:2])
	}
	if ids[2] != 0 {
		t.Errorf("id of a unit equal to one earlier in the batch = %d; want 0 (merged)", ids[2])
	}
	more := put(t, s, rec(3, "e", "f"), rec(2, "c", "d"))
	if more[0] <= ids[1] || more[1] != 0 {
		t.Errorf("second batch ids = %v; want a larger id, then 0 for the stored unit", more)
	}
	if n := lastID(t, s); n != more[0] {
		t.Errorf("LastUnitID() = %d; want %d", n, more[0])
	}
	if us := scanAll(t, s); len(us) != 3 {
		t.Errorf("Scan() yielded %d units; want 3", len(us))
	}
}

func day(d int) time.Time { return time.Date(2024, 1, d, 12, 0, 0, 0, time.UTC) }

func testMerge(t *testing.T, s tm.Store) {
	a := rec(1, "a", "b")
	a.UsageCount, a.Changed, a.ChangedBy, a.LastUsed = 5, day(10), "ann", day(10)
	a.NextHash = 77
	put(t, s, a)
	// Older, with a smaller count: only the missing context is taken.
	b := rec(1, "a", "b")
	b.UsageCount, b.Changed, b.ChangedBy, b.LastUsed = 2, day(5), "bob", day(5)
	b.PrevHash, b.NextHash = 66, 99
	// Newer, with a larger count: all of it wins.
	c := rec(1, "a", "b")
	c.UsageCount, c.Changed, c.ChangedBy, c.LastUsed = 9, day(20), "cat", day(21)
	if ids := put(t, s, b, c); ids[0] != 0 || ids[1] != 0 {
		t.Fatalf("ids of stored units = %v; want 0, 0", ids)
	}
	us := scanAll(t, s)
	if len(us) != 1 {
		t.Fatalf("Scan() yielded %d units; want 1", len(us))
	}
	u := us[0]
	if u.UsageCount != 9 || !u.Changed.Equal(day(20)) || u.ChangedBy != "cat" || !u.LastUsed.Equal(day(21)) {
		t.Errorf("merged unit: usage %d, changed %v by %q, last used %v; want 9, %v by cat, %v",
			u.UsageCount, u.Changed, u.ChangedBy, u.LastUsed, day(20), day(21))
	}
	if u.PrevHash != 66 || u.NextHash != 77 {
		t.Errorf("merged context = %d, %d; want 66 (was missing), 77 (kept)", u.PrevHash, u.NextHash)
	}
	if st, _ := s.Stats(ctx); st.Units != 1 || st.Variants != 2 {
		t.Errorf("after merges Stats() = %d units, %d variants; want 1, 2", st.Units, st.Variants)
	}
}

func testWriteRollsBack(t *testing.T, s tm.Store) {
	put(t, s, rec(1, "a", "b"))
	broken := errors.New("broken")
	err := s.Write(ctx, func(w tm.Writer) error {
		if err := w.PutUnits(ctx, []tm.UnitRecord{rec(2, "c", "d")}, make([]int64, 1)); err != nil {
			return err
		}
		if err := w.LogImport(ctx, tm.ImportRecord{File: "x"}); err != nil {
			return err
		}
		return broken
	})
	if !errors.Is(err, broken) {
		t.Errorf("Write(f failing) = %v; want f's error", err)
	}
	// f succeeds, but the context is cancelled before Write commits: the
	// store itself must notice (were f to return the context's error, a
	// store ignoring its context would pass).
	cctx, cancel := context.WithCancel(ctx)
	err = s.Write(cctx, func(w tm.Writer) error {
		if err := w.PutUnits(cctx, []tm.UnitRecord{rec(3, "e", "f")}, make([]int64, 1)); err != nil {
			return err
		}
		cancel()
		return nil
	})
	if err == nil {
		t.Errorf("Write(cancelled before the commit) = nil; want an error")
	}
	us := scanAll(t, s)
	if len(us) != 1 || us[0].Variants[0].Text != "a" {
		t.Errorf("after failed writes the store holds %d units; want the 1 committed", len(us))
	}
	if ids := postings(t, s, 1000); len(ids) != 1 {
		t.Errorf("after failed writes the posting list holds %v; want the committed unit only", ids)
	}
	if ids, _ := s.ExactUnits(ctx, 20, nil); len(ids) != 0 {
		t.Errorf("a rolled back unit is found by its exact key: %v", ids)
	}
	if im, _ := s.Imports(ctx); len(im) != 0 {
		t.Errorf("a rolled back import is logged: %+v", im)
	}
}

func pair(src, tgt string) tm.Unit {
	return tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: src}, {Lang: language.French, Text: tgt}}}
}

func testImportAllOrNothing(t *testing.T, s tm.Store) {
	d := tm.New(s)
	if _, err := d.Add(ctx, pair("The weather was fine.", "Il faisait beau.")); err != nil {
		t.Fatal(err)
	}
	before, _ := d.Stats(ctx)
	broken := errors.New("line 3: broken")
	bad := func(yield func(tm.Unit, error) bool) {
		for i := range 600 { // more than one batch reaches the store
			if !yield(pair(fmt.Sprintf("Sentence %d.", i), fmt.Sprintf("Phrase %d.", i)), nil) {
				return
			}
		}
		yield(tm.Unit{}, broken)
	}
	if _, err := d.Import(ctx, bad, tm.ImportOptions{File: "bad"}); !errors.Is(err, broken) {
		t.Errorf("Import(error mid-iterator) = %v; want the iterator's error", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	endless := func(yield func(tm.Unit, error) bool) {
		for i := 0; ; i++ {
			if i == 700 {
				cancel()
			}
			if !yield(pair(fmt.Sprintf("Endless %d.", i), "Phrase."), nil) {
				return
			}
		}
	}
	if _, err := d.Import(cctx, endless, tm.ImportOptions{File: "endless"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Import(cancelled) = %v; want context.Canceled", err)
	}
	after, _ := d.Stats(ctx)
	if after.Units != before.Units || after.Variants != before.Variants || after.Imports != before.Imports || after.Words != before.Words {
		t.Errorf("failed imports changed the store: %+v; want %+v", after, before)
	}
	if ms, _ := d.Lookup(ctx, "Sentence 5.", tm.LookupOptions{Src: language.English, Tgt: language.French}); len(ms) != 0 {
		t.Errorf("a unit of a failed import is found: %+v", ms)
	}
}

func testExactUnits(t *testing.T, s tm.Store) {
	a, b, c := rec(1, "a", "b"), rec(2, "c", "d"), rec(3, "e", "f")
	a.Keys = []int64{500, 500} // both variants: the unit once
	b.Keys = []int64{501, 502}
	c.Keys = []int64{503, 500}
	ids := put(t, s, a, b, c)
	got, err := s.ExactUnits(ctx, 500, []int64{-1})
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{-1, ids[0], ids[2]}; !slices.Equal(got, want) {
		t.Errorf("ExactUnits(500) appended %v; want %v (each unit once, in id order)", got, want)
	}
	if got, _ := s.ExactUnits(ctx, 502, nil); !slices.Equal(got, []int64{ids[1]}) {
		t.Errorf("ExactUnits(502) = %v; want [%d]", got, ids[1])
	}
	// A merged unit adds no key.
	m := rec(2, "c", "d")
	m.Keys = []int64{600, 600}
	put(t, s, m)
	if got, _ := s.ExactUnits(ctx, 600, nil); len(got) != 0 {
		t.Errorf("ExactUnits(key of a merged record) = %v; want none", got)
	}
}

func testPostings(t *testing.T, s tm.Store) {
	const common, rare, both = 7, 8, 9
	var rs []tm.UnitRecord
	for i := range 5000 {
		r := rec(int64(i+1), fmt.Sprint(i))
		r.Words = [][]int64{{common}}
		if i%1000 == 0 {
			r.Words[0] = append(r.Words[0], rare)
		}
		rs = append(rs, r)
	}
	// Two transactions, the second in two batches: lists grow by chunks.
	ids := put(t, s, rs[:3000]...)
	ids = append(ids, put(t, s, rs[3000:4000]...)...)
	ids = append(ids, put(t, s, rs[4000:]...)...)
	r := rec(9000, "x", "y")
	r.Words = [][]int64{{both}, {both}} // two variants, one key: the unit once
	ids = append(ids, put(t, s, r)...)

	lens := make([]int64, 4)
	if err := s.PostingLens(ctx, []int64{common, rare, both, 12345}, lens); err != nil {
		t.Fatal(err)
	}
	if want := []int64{5000, 5, 1, 0}; !slices.Equal(lens, want) {
		t.Errorf("PostingLens = %v; want %v", lens, want)
	}
	if got := postings(t, s, common); !slices.Equal(got, ids[:5000]) {
		t.Errorf("Postings(common) = %d ids, sorted %v; want the 5000 ids in order", len(got), slices.IsSorted(got))
	}
	want := []int64{ids[0], ids[1000], ids[2000], ids[3000], ids[4000]}
	if got := postings(t, s, rare); !slices.Equal(got, want) {
		t.Errorf("Postings(rare) = %v; want %v", got, want)
	}
	if got := postings(t, s, both); !slices.Equal(got, ids[5000:]) {
		t.Errorf("Postings(two variants of one unit) = %v; want %v", got, ids[5000:])
	}
	calls := 0
	s.Postings(ctx, 12345, func([]int64) { calls++ })
	if calls != 0 {
		t.Errorf("Postings(no list) called f %d times", calls)
	}
	// A store that reads several lists at once gives the same lists.
	if many, ok := s.(tm.ManyPostings); ok {
		keys := []int64{rare, 12345, common, both}
		got := make([][]int64, len(keys))
		last := -1
		err := many.PostingsOf(ctx, keys, func(i int, part []int64) {
			if i != last && got[i] != nil {
				t.Errorf("PostingsOf: the slices of list %d are not one after another", i)
			}
			last = i
			got[i] = append(got[i], part...)
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, k := range keys {
			if want := postings(t, s, k); !slices.Equal(got[i], want) {
				t.Errorf("PostingsOf list %d (key %d) = %d ids; want Postings' %d", i, k, len(got[i]), len(want))
			}
		}
	}
}

// testPropsByID: a listing of a document's units reads the units' props
// (a TMX import's) with PropsByID; it left them out, which a unit's own
// read gives.
func testPropsByID(t *testing.T, s tm.Store) {
	p, ok := s.(tm.UnitProps)
	if !ok {
		t.Fatal("the store has no PropsByID (tm.UnitProps)")
	}
	a := rec(1, "a", "b")
	a.Props = []tm.Prop{{Type: "x-domain", Text: "news"}, {Type: "x-client", Lang: "fr", Text: "AFP"}}
	a.Notes = []tm.Note{{Text: "a note, not a prop"}}
	b := rec(2, "c", "d") // no meta
	c := rec(3, "e", "f")
	c.Notes = []tm.Note{{Text: "notes only"}} // meta, no props
	ids := put(t, s, a, b, c)
	got := map[int64][]tm.Prop{}
	calls := 0
	if err := p.PropsByID(ctx, []int64{ids[2], 999999, ids[1], ids[0]}, func(id int64, props []tm.Prop) {
		calls++
		got[id] = props
	}); err != nil {
		t.Fatal(err)
	}
	if calls != 1 || !reflect.DeepEqual(got[ids[0]], a.Props) {
		t.Errorf("PropsByID(c, missing, b, a) = %d calls, %+v; want one, a's %+v", calls, got, a.Props)
	}
	if err := p.PropsByID(ctx, nil, func(int64, []tm.Prop) { t.Error("PropsByID(none) called f") }); err != nil {
		t.Errorf("PropsByID(none) = %v", err)
	}
}

func testUnitsBatch(t *testing.T, s tm.Store) {
	a := rec(1, "a", "b")
	a.Variants[0].Markup = "<bpt i=\"1\">x</bpt>a"
	a.Origin = tm.Origin{File: "f.tmx", SrcDoc: "s.txt", TgtDoc: "t.txt", Score: 0.5}
	a.PrevHash, a.NextHash = 11, 12
	// Who made and changed a unit, and its source language: the API's
	// listing of a document reads units here, and left them out.
	a.SrcLang, a.SrcLangText = language.French, "fr"
	a.CreatedBy, a.ChangedBy = "anna", "bob"
	a.Created, a.Changed = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	b := rec(2, "c", "d", "e")
	b.Variants[2].Lang, b.Langs[2], b.Bases[2] = language.MustParse("de-AT"), "de-AT", "de"
	b.SrcLang, b.SrcLangText = language.Und, ""
	ids := put(t, s, a, b, rec(3, "f", "g"))
	var got []*tm.StoredUnit
	err := s.UnitsByID(ctx, []int64{ids[1], 999999, ids[0]}, func(u *tm.StoredUnit) error {
		got = append(got, u)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != ids[1] || got[1].ID != ids[0] {
		t.Fatalf("Units(b, missing, a) = %d units; want b then a", len(got))
	}
	ga, gb := got[1], got[0]
	wantVs := []tm.Variant{{Lang: language.English, Text: "a", Markup: a.Variants[0].Markup}, {Lang: language.French, Text: "b"}}
	if !reflect.DeepEqual(ga.Variants, wantVs) || !slices.Equal(ga.Bases, []string{"en", "fr"}) {
		t.Errorf("Units: a's variants %+v bases %q; want %+v [en fr]", ga.Variants, ga.Bases, wantVs)
	}
	if ga.Origin != a.Origin || ga.PrevHash != 11 || ga.NextHash != 12 {
		t.Errorf("Units: a's origin %+v context %d %d; want %+v 11 12", ga.Origin, ga.PrevHash, ga.NextHash, a.Origin)
	}
	if len(gb.Variants) != 3 || gb.Variants[2].Lang != language.MustParse("de-AT") || gb.Bases[2] != "de" {
		t.Errorf("Units: b = %+v %q; want three variants, the last de-AT (de)", gb.Variants, gb.Bases)
	}
	if ga.SrcLang != language.French || ga.CreatedBy != "anna" || ga.ChangedBy != "bob" || !ga.Created.Equal(a.Created) || !ga.Changed.Equal(a.Changed) {
		t.Errorf("Units: a's srclang %v, created %v by %q, changed %v by %q; want fr, %v by anna, %v by bob",
			ga.SrcLang, ga.Created, ga.CreatedBy, ga.Changed, ga.ChangedBy, a.Created, a.Changed)
	}
	if gb.SrcLang != language.Und || gb.CreatedBy != "" || gb.ChangedBy != "" {
		t.Errorf("Units: b's srclang %v, created by %q, changed by %q; want und, none, none", gb.SrcLang, gb.CreatedBy, gb.ChangedBy)
	}
	stop := errors.New("stop")
	n := 0
	err = s.UnitsByID(ctx, ids, func(*tm.StoredUnit) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Units(f failing) = %v after %d calls; want f's error after 1", err, n)
	}

	// VariantsByID: the same units in the same order, variants and bases
	// only.
	var vgot []*tm.StoredUnit
	if err := s.VariantsByID(ctx, []int64{ids[1], 999999, ids[0]}, func(u *tm.StoredUnit) error {
		vgot = append(vgot, u)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(vgot) != 2 || vgot[0].ID != ids[1] || vgot[1].ID != ids[0] {
		t.Fatalf("VariantsByID(b, missing, a) = %d units; want b then a", len(vgot))
	}
	if va := vgot[1]; !reflect.DeepEqual(va.Variants, wantVs) || !slices.Equal(va.Bases, []string{"en", "fr"}) ||
		va.Origin != (tm.Origin{}) || va.PrevHash != 0 {
		t.Errorf("VariantsByID: a = %+v; want its variants and bases only", va)
	}
	if vb := vgot[0]; len(vb.Variants) != 3 || vb.Variants[2].Lang != language.MustParse("de-AT") || vb.Bases[2] != "de" {
		t.Errorf("VariantsByID: b = %+v %q; want three variants, the last de-AT (de)", vb.Variants, vb.Bases)
	}
	// An id given twice is a unit read twice, each time whole.
	for name, read := range map[string]func(context.Context, []int64, func(*tm.StoredUnit) error) error{
		"UnitsByID": s.UnitsByID, "VariantsByID": s.VariantsByID} {
		var lens []int
		if err := read(ctx, []int64{ids[0], ids[0], ids[1]}, func(u *tm.StoredUnit) error {
			lens = append(lens, len(u.Variants))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(lens, []int{2, 2, 3}) {
			t.Errorf("%s(a, a, b): units of %v variants; want [2 2 3]", name, lens)
		}
	}
	n = 0
	err = s.VariantsByID(ctx, ids, func(*tm.StoredUnit) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("VariantsByID(f failing) = %v after %d calls; want f's error after 1", err, n)
	}
}

func testScan(t *testing.T, s tm.Store) {
	a := rec(1, "a", "b")
	a.ID, a.CreatedBy, a.ChangedBy = "tu-1", "ann", "bob"
	a.Created, a.Changed, a.LastUsed, a.UsageCount = day(1), day(2), day(3), 4
	a.Props = []tm.Prop{{Type: "x-domain", Text: "news"}}
	a.Notes = []tm.Note{{Text: "checked"}}
	a.Attrs = []tm.Attr{{Name: "datatype", Value: "plaintext"}}
	a.Variants[1].Props = []tm.Prop{{Type: "x-v", Text: "1"}}
	a.Origin = tm.Origin{File: "f", SrcDoc: "s", TgtDoc: "t", Score: 0.25}
	a.PrevHash = 5
	var rs []tm.UnitRecord
	rs = append(rs, a)
	for i := range 600 {
		rs = append(rs, rec(int64(i+2), fmt.Sprint("u", i), fmt.Sprint("v", i)))
	}
	rs[2].SrcLang, rs[2].SrcLangText = language.Und, "" // a source not known
	ids := put(t, s, rs...)
	us := scanAll(t, s)
	if len(us) != len(rs) {
		t.Fatalf("Scan() yielded %d units; want %d", len(us), len(rs))
	}
	if us[1].SrcLang != language.English || us[2].SrcLang != language.Und {
		t.Errorf("Scan() source languages %v, %v; want en (SrcLangText \"en\"), und (\"\")", us[1].SrcLang, us[2].SrcLang)
	}
	for i, u := range us {
		if u.ID != ids[i] {
			t.Fatalf("Scan() unit %d has id %d; want %d (id order)", i, u.ID, ids[i])
		}
	}
	got := us[0]
	want := a.Unit
	if !reflect.DeepEqual(got.Unit, want) || !slices.Equal(got.Bases, a.Bases) || got.PrevHash != 5 {
		t.Errorf("Scan() first unit:\n got %+v %q %d\nwant %+v %q 5", got.Unit, got.Bases, got.PrevHash, want, a.Bases)
	}
	n := 0
	for _, err := range s.Scan(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("Scan() stopped after %d units", n)
	}
	// The store is still usable after an early stop.
	put(t, s, rec(9999, "z", "z"))
	if us := scanAll(t, s); len(us) != len(rs)+1 {
		t.Errorf("after an early stop Scan() yields %d units; want %d", len(us), len(rs)+1)
	}
}

func testGlossary(t *testing.T, s tm.Store) {
	in := []normalize.Entry{
		{Canonical: "Qasem Soleimani", Variants: []string{"Qassem Suleimani", "قاسم سلیمانی"}, Kind: normalize.KindPerson},
		{Canonical: "Islamic State", Variants: []string{"ISIS", "Daesh"}, Kind: normalize.KindOrg, Langs: []language.Tag{language.English}},
	}
	if err := s.PutGlossary(ctx, in, nil); err != nil {
		t.Fatal(err)
	}
	// Merge: a new variant, the kind and languages kept when empty.
	if err := s.PutGlossary(ctx, []normalize.Entry{{Canonical: "Islamic State", Variants: []string{"ISIL", "ISIS"}}}, nil); err != nil {
		t.Fatal(err)
	}
	// A non-empty kind or language list replaces the stored one.
	if err := s.PutGlossary(ctx, []normalize.Entry{{Canonical: "Qasem Soleimani", Kind: normalize.KindOrg, Langs: []language.Tag{language.English, language.Persian}}}, nil); err != nil {
		t.Fatal(err)
	}
	got, err := s.Glossary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []normalize.Entry{
		{Canonical: "Islamic State", Variants: []string{"Daesh", "ISIL", "ISIS"}, Kind: normalize.KindOrg, Langs: []language.Tag{language.English}},
		{Canonical: "Qasem Soleimani", Variants: []string{"Qassem Suleimani", "قاسم سلیمانی"}, Kind: normalize.KindOrg, Langs: []language.Tag{language.English, language.Persian}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Glossary() = %+v; want %+v", got, want)
	}
	// A name is trimmed on delete as on put: " Islamic State " is the entry.
	n, err := s.DeleteGlossary(ctx, []string{" Islamic State ", "nobody"})
	if err != nil || n != 1 {
		t.Errorf("DeleteGlossary = %d, %v; want 1, nil", n, err)
	}
	if got, _ := s.Glossary(ctx); len(got) != 1 || got[0].Canonical != "Qasem Soleimani" {
		t.Errorf("after delete Glossary() = %+v", got)
	}
	// Deleted with its variants: put again, it has only the new ones.
	s.PutGlossary(ctx, []normalize.Entry{{Canonical: "Islamic State", Variants: []string{"IS"}}}, nil)
	if got, _ := s.Glossary(ctx); len(got) != 2 || !slices.Equal(got[0].Variants, []string{"IS"}) {
		t.Errorf("an entry deleted and put again = %+v; want only its new variant", got)
	}
	// One variant goes, the entry and its other variants stay; the last
	// one goes, the entry stays. A failing check removes nothing.
	refused := errors.New("refused")
	if n, err := s.DeleteGlossaryVariants(ctx, []string{"IS"}, func([]normalize.Entry) error { return refused }); !errors.Is(err, refused) || n != 0 {
		t.Errorf("DeleteGlossaryVariants with a failing check = %d, %v; want 0, its error", n, err)
	}
	n, err = s.DeleteGlossaryVariants(ctx, []string{"Qassem Suleimani", "nobody"}, func(stored []normalize.Entry) error {
		if len(stored) != 2 {
			return fmt.Errorf("check saw %d entries; want 2", len(stored))
		}
		return nil
	})
	if err != nil || n != 1 {
		t.Errorf("DeleteGlossaryVariants = %d, %v; want 1, nil", n, err)
	}
	if n, err := s.DeleteGlossaryVariants(ctx, []string{"IS"}, nil); err != nil || n != 1 {
		t.Errorf("DeleteGlossaryVariants of the last variant = %d, %v; want 1, nil", n, err)
	}
	want = []normalize.Entry{
		{Canonical: "Islamic State"},
		{Canonical: "Qasem Soleimani", Variants: []string{"قاسم سلیمانی"}, Kind: normalize.KindOrg, Langs: []language.Tag{language.English, language.Persian}},
	}
	if got, err := s.Glossary(ctx); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("after deleting variants Glossary() = %+v, %v; want %+v", got, err, want)
	}
}

// testGlossaryCheck: PutGlossary's check sees the glossary as stored, and
// an error from it stores nothing; two puts at once are checked one after
// the other, so that of two users adding one spelling to two entries at
// once, one is refused. Before, both checks could read the glossary
// before either wrote, and PostgreSQL kept both entries.
func testGlossaryCheck(t *testing.T, s tm.Store) {
	refused := errors.New("refused")
	err := s.PutGlossary(ctx, []normalize.Entry{{Canonical: "Nobody"}}, func([]normalize.Entry) error { return refused })
	if !errors.Is(err, refused) {
		t.Fatalf("PutGlossary with a failing check = %v; want its error", err)
	}
	if g, err := s.Glossary(ctx); err != nil || len(g) != 0 {
		t.Fatalf("after a failed check Glossary() = %+v, %v; want nothing stored", g, err)
	}
	a := normalize.Entry{Canonical: "Alpha Name", Variants: []string{"Shared Form"}}
	b := normalize.Entry{Canonical: "Beta Name", Variants: []string{"Shared Form"}}
	aChecking, aGo, bChecked := make(chan struct{}), make(chan struct{}), make(chan struct{})
	errA, errB := make(chan error, 1), make(chan error, 1)
	go func() {
		errA <- s.PutGlossary(ctx, []normalize.Entry{a}, func(stored []normalize.Entry) error {
			close(aChecking)
			<-aGo
			return normalize.CheckConflicts(stored, []normalize.Entry{a})
		})
	}()
	<-aChecking
	go func() {
		errB <- s.PutGlossary(ctx, []normalize.Entry{b}, func(stored []normalize.Entry) error {
			close(bChecked)
			return normalize.CheckConflicts(stored, []normalize.Entry{b})
		})
	}()
	// B's check should wait for A's transaction to end; if it does not,
	// let it read the glossary before A writes (the race this test is
	// about). The wait bounds the test, it asserts nothing.
	select {
	case <-bChecked:
	case <-time.After(time.Second):
	}
	close(aGo)
	ea, eb := <-errA, <-errB
	var ce *normalize.ConflictError
	if ea != nil || !errors.As(eb, &ce) {
		t.Errorf("two puts of one spelling at once = %v, %v; want nil, a conflict", ea, eb)
	}
	if g, _ := s.Glossary(ctx); len(g) != 1 || g[0].Canonical != "Alpha Name" {
		t.Errorf("Glossary() = %+v; want only the first entry", g)
	}
}

// testGlossaryAddVariants: DB.AddGlossary says what each entry became,
// worked out in the writing transaction (names add said "with 1 variant"
// of an entry that had 3), and DB.AddGlossaryVariants adds to a stored
// entry only: of an entry deleted meanwhile it is a GlossaryVariantError
// (NoEntry) and stores nothing, where PutGlossary makes a new entry.
func testGlossaryAddVariants(t *testing.T, s tm.Store) {
	d := tm.New(s)
	puts, _, err := d.AddGlossary(ctx, []normalize.Entry{{Canonical: "Henry Morgan", Variants: []string{"Henrik Morgan", "H. Morgan"}, Kind: normalize.KindPerson}})
	if err != nil || len(puts) != 1 || puts[0].Existed || puts[0].Added != 2 || len(puts[0].Entry.Variants) != 2 {
		t.Fatalf("AddGlossary(a new entry) = %+v, %v; want a new entry of 2 variants", puts, err)
	}
	puts, _, err = d.AddGlossary(ctx, []normalize.Entry{{Canonical: "Henry Morgan", Variants: []string{"Harry Morgan", "H. Morgan"}}})
	if err != nil || len(puts) != 1 || !puts[0].Existed || puts[0].Added != 1 || len(puts[0].Entry.Variants) != 3 || puts[0].Entry.Kind != normalize.KindPerson {
		t.Errorf("AddGlossary(a variant of a stored entry) = %+v, %v; want 1 added, 3 held, the kind kept", puts, err)
	}
	if got, want := tm.GlossaryPutText(puts), `added 1 variant to “Henry Morgan”, which has 3 variants now`; got != want {
		t.Errorf("GlossaryPutText = %q; want %q", got, want)
	}
	p, err := d.AddGlossaryVariants(ctx, "Henry Morgan", "Captain Morgan")
	if err != nil || !p.Existed || p.Added != 1 || len(p.Entry.Variants) != 4 {
		t.Errorf("AddGlossaryVariants(Henry Morgan) = %+v, %v; want 1 added, 4 held", p, err)
	}
	if _, err := d.DeleteGlossary(ctx, "Henry Morgan"); err != nil {
		t.Fatal(err)
	}
	var ve *tm.GlossaryVariantError
	if _, err := d.AddGlossaryVariants(ctx, "Henry Morgan", "Harry Morgan"); !errors.As(err, &ve) || !ve.NoEntry {
		t.Errorf("AddGlossaryVariants(a deleted entry) = %v; want a GlossaryVariantError of no entry", err)
	}
	if g, err := d.Glossary(ctx); err != nil || len(g) != 0 {
		t.Errorf("Glossary() after it = %+v, %v; want none", g, err)
	}
}

// testGlossaryLanguages: the conflict check of DB.PutGlossary, made in the
// writing transaction, knows languages. An IATE-style termbase (French
// "Téhéran", German "Teheran": one key, entries of one language each) is
// stored; a spelling of that key for German again, or for every language,
// is refused and stores nothing. Before, the termbase was refused.
func testGlossaryLanguages(t *testing.T, s tm.Store) {
	d := tm.New(s)
	lang := func(l string) []language.Tag { return []language.Tag{language.MustParse(l)} }
	iate := []normalize.Entry{
		{Canonical: "Tehran", Langs: lang("en")},
		{Canonical: "Téhéran", Langs: lang("fr")},
		{Canonical: "Teheran", Langs: lang("de")},
	}
	if err := d.PutGlossary(ctx, iate[:2]); err != nil {
		t.Fatal(err)
	}
	if err := d.PutGlossary(ctx, iate[2:]); err != nil {
		t.Fatalf("PutGlossary(German Teheran beside French Téhéran) = %v; want it stored", err)
	}
	var ce *normalize.ConflictError
	for _, e := range []normalize.Entry{
		{Canonical: "Teheran (Hauptstadt)", Variants: []string{"Téhéran"}, Langs: lang("de-AT")},
		{Canonical: "Tahran", Variants: []string{"Teheran"}},
		{Canonical: "Téhéran", Langs: lang("de")}, // the French entry made German
	} {
		if err := d.PutGlossary(ctx, []normalize.Entry{e}); !errors.As(err, &ce) {
			t.Errorf("PutGlossary(%+v) = %v; want a conflict", e, err)
		}
	}
	g, err := d.Glossary(ctx)
	if err != nil || len(g) != 3 || g[0].Canonical != "Teheran" || g[2].Canonical != "Téhéran" || g[2].Langs[0] != language.French {
		t.Errorf("Glossary() = %+v, %v; want the three entries as stored first", g, err)
	}
}

func testImportLog(t *testing.T, s tm.Store) {
	h := &tmx.Header{Version: "1.4", UDEs: []tmx.UDE{{Name: "MacRoman", Maps: []tmx.Map{{Unicode: "#xF8FF", Code: "#xF0"}}}},
		Attrs: []tmx.Attr{{Name: "creationtool", Value: "Trados"}, {Name: "o-tmf", Value: "TW4Win 2.0 Format"}, {Name: "srclang", Value: "en-US"}},
		Props: []tmx.Prop{{Type: "x-Client:SingleString", Text: "ACME"}, {Type: "x-Project", Lang: "de", Text: "Ä & <b>", Encoding: "iso-8859-1"}},
		Notes: []tmx.Note{{Text: "first"}, {Lang: "fr", Text: "deuxième", Encoding: "iso-8859-1"}}} // o-encoding too
	before := time.Now().Add(-time.Minute)
	for _, r := range []tm.ImportRecord{{File: "a.tmx", Header: h, Added: 3, Merged: 1}, {File: "b.tsv", Added: 2}} {
		if err := s.Write(ctx, func(w tm.Writer) error { return w.LogImport(ctx, r) }); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Imports(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].File != "a.tmx" || got[1].File != "b.tsv" {
		t.Fatalf("Imports() = %+v; want a.tmx then b.tsv", got)
	}
	if got[0].Added != 3 || got[0].Merged != 1 || got[1].Added != 2 || got[1].Header != nil {
		t.Errorf("Imports() = %+v; want the counts logged and no header for b.tsv", got)
	}
	if got[0].Header == nil || !reflect.DeepEqual(got[0].Header, h) { // attributes, props and notes in their order too (a document's export writes them)
		t.Errorf("Imports() header = %+v; want %+v", got[0].Header, h)
	}
	if got[0].Time.Before(before) {
		t.Errorf("Imports() time = %v; want the time of the import", got[0].Time)
	}
	// An entry given its time (a copied TM's) keeps it, to the second.
	at := time.Date(2024, 3, 5, 10, 20, 30, 0, time.UTC)
	if err := s.Write(ctx, func(w tm.Writer) error {
		return w.LogImport(ctx, tm.ImportRecord{File: "c.tmx", Time: at.Add(400 * time.Millisecond).In(time.FixedZone("x", 3600))})
	}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Imports(ctx); err != nil || len(got) != 3 || !got[2].Time.Equal(at) {
		t.Errorf("Imports() = %+v, %v; want c.tmx at %v", got, err, at)
	}
}

func testStats(t *testing.T, s tm.Store) {
	a, b := rec(1, "a", "b", "c"), rec(2, "d", "e")
	b.Words = [][]int64{{1000}, {2000}}
	put(t, s, a, b)
	s.Write(ctx, func(w tm.Writer) error { return w.LogImport(ctx, tm.ImportRecord{File: "x"}) })
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v, _ := s.SchemaVersion(ctx)
	want := tm.Stats{Path: s.Location(), SchemaVersion: v, Units: 2, Variants: 5, Imports: 1, Words: 4,
		Langs: []tm.LangCount{{Lang: language.English, Count: 2}, {Lang: language.French, Count: 2}, {Lang: language.German, Count: 1}}, Bytes: st.Bytes}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("Stats() = %+v; want %+v", st, want)
	}
	if st.Bytes < 0 {
		t.Errorf("Stats().Bytes = %d", st.Bytes)
	}
}

// testReadersDuringWrite reads while a write transaction is open: readers
// are not blocked and do not see the uncommitted units.
func testReadersDuringWrite(t *testing.T, s tm.Store) {
	first := put(t, s, rec(1, "a", "b"))[0]
	inside, release := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- s.Write(ctx, func(w tm.Writer) error {
			rs := make([]tm.UnitRecord, 300)
			for i := range rs {
				rs[i] = rec(int64(i+2), fmt.Sprint(i), "x")
			}
			if err := w.PutUnits(ctx, rs, make([]int64, len(rs))); err != nil {
				return err
			}
			close(inside)
			<-release
			return nil
		})
	}()
	select {
	case <-inside:
	case err := <-done:
		t.Fatalf("Write: %v", err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 12)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				if n, err := s.LastUnitID(ctx); err != nil || n != first {
					errs <- fmt.Errorf("during a write, LastUnitID = %d, %v; want %d", n, err, first)
					return
				}
				n := 0
				for _, err := range s.Scan(ctx) {
					if err != nil {
						errs <- err
						return
					}
					n++
				}
				if n != 1 {
					errs <- fmt.Errorf("during a write, Scan saw %d units; want 1", n)
					return
				}
				if err := s.UnitsByID(ctx, []int64{first}, func(*tm.StoredUnit) error { return nil }); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-time.After(20 * time.Second):
		t.Error("readers blocked by an open write")
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	<-finished
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if us := scanAll(t, s); len(us) != 301 {
		t.Errorf("after the write Scan() yields %d units; want 301", len(us))
	}
}

// testDB uses the store through tm.DB: import, lookup, concordance, export.
func testDB(t *testing.T, s tm.Store) {
	d := tm.New(s)
	if d.Path() != s.Location() {
		t.Errorf("DB.Path() = %q; want the store's Location %q", d.Path(), s.Location())
	}
	units := []tm.Unit{
		pair("The minister arrived in Tehran on Monday.", "Le ministre est arrivé à Téhéran lundi."),
		pair("The weather was fine.", "Il faisait beau."),
		pair("Prices rose by 12 percent in 2019.", "Les prix ont augmenté de 12 % en 2019."),
	}
	seq := func(yield func(tm.Unit, error) bool) {
		for _, u := range units {
			if !yield(u, nil) {
				return
			}
		}
	}
	st, err := d.Import(ctx, seq, tm.ImportOptions{File: "corpus", Sequential: true})
	if err != nil || st.Added != 3 {
		t.Fatalf("Import = %+v, %v; want 3 added", st, err)
	}
	if st, _ := d.Import(ctx, seq, tm.ImportOptions{}); st.Merged != 3 {
		t.Errorf("Import again = %+v; want 3 merged", st)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	ms, err := d.Lookup(ctx, "The weather was fine.", opt)
	if err != nil || len(ms) == 0 || ms[0].Score != 100 || ms[0].Target != "Il faisait beau." || ms[0].Origin.File != "corpus" {
		t.Errorf("Lookup(exact) = %+v, %v; want 100 from corpus", ms, err)
	}
	opt.Prev, opt.Next = units[0].Variants[0].Text, units[2].Variants[0].Text
	if ms, _ := d.Lookup(ctx, "The weather was fine.", opt); len(ms) == 0 || ms[0].Score != tm.ContextScore {
		t.Errorf("Lookup(in context) = %+v; want %d", ms, tm.ContextScore)
	}
	opt.Prev, opt.Next = "", ""
	ms, _ = d.Lookup(ctx, "Prices rose by 15 percent in 2019.", opt)
	if len(ms) == 0 || ms[0].Score != 99 || ms[0].Target != "Les prix ont augmenté de 15 % en 2019." {
		t.Errorf("Lookup(fuzzy) = %+v; want 99 with 15 substituted", ms)
	}
	n := 0
	for h, err := range d.Concordance(ctx, "arrived in", tm.ConcordanceOptions{Lang: language.English}) {
		if err != nil || h.Text != units[0].Variants[0].Text || len(h.Translations) != 1 {
			t.Errorf("Concordance = %+v, %v", h, err)
		}
		n++
	}
	if n != 1 {
		t.Errorf("Concordance found %d hits; want 1", n)
	}
	var got []tm.Pair
	for p, err := range d.Pairs(ctx, language.English, language.French) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, p)
	}
	if len(got) != 3 || got[0].Source != units[0].Variants[0].Text {
		t.Errorf("Pairs = %q; want the 3 units in order", got)
	}
	if err := d.PutGlossary(ctx, []normalize.Entry{{Canonical: " Daesh ", Variants: []string{"Daesh", " ISIS ", ""}}}); err != nil {
		t.Fatal(err)
	}
	if g, _ := d.Glossary(ctx); len(g) != 1 || g[0].Canonical != "Daesh" || !slices.Equal(g[0].Variants, []string{"ISIS"}) {
		t.Errorf("Glossary() = %+v; want Daesh with ISIS", g)
	}
}

// maint returns s as a tm.Maintainer, or skips the test: maintenance is
// optional (a store without it refuses DB's maintenance methods).
func maint(t *testing.T, s tm.Store) tm.Maintainer {
	t.Helper()
	m, ok := s.(tm.Maintainer)
	if !ok {
		t.Skipf("%T is no tm.Maintainer: maintenance is optional", s)
	}
	return m
}

// testUnit: Unit reads one unit whole, as Scan does; a missing id is
// ErrNoUnit.
func testUnit(t *testing.T, s tm.Store) {
	m := maint(t, s)
	a := rec(1, "a", "b")
	a.ID, a.Created, a.CreatedBy, a.Changed, a.ChangedBy, a.UsageCount = "tu-1", day(1), "ann", day(2), "bob", 3
	a.Origin = tm.Origin{File: "f.tmx", SrcDoc: "s", TgtDoc: "t", Score: 0.5}
	a.Props = []tm.Prop{{Type: "x-context", Text: "menu"}}
	a.Variants[1].Notes = []tm.Note{{Text: "checked"}}
	a.PrevHash, a.NextHash = 5, 6
	ids := put(t, s, a, rec(2, "c", "d"))
	got, err := m.Unit(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	want := scanAll(t, s)[0]
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Unit(%d) =\n%+v\nwant (as Scan)\n%+v", ids[0], got, want)
	}
	if got.ID != ids[0] || got.Unit.ID != "tu-1" || got.Origin.Score != 0.5 || got.PrevHash != 5 || len(got.Variants) != 2 {
		t.Errorf("Unit(%d) = %+v; want the unit stored", ids[0], got)
	}
	if _, err := m.Unit(ctx, 999); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("Unit(999) = %v; want ErrNoUnit", err)
	}
}

// testFilterUnits: each field of the filter narrows the ids, in order.
func testFilterUnits(t *testing.T, s tm.Store) {
	m := maint(t, s)
	aligned := rec(1, "a", "b")
	aligned.Origin, aligned.Created = tm.Origin{File: "story.en.txt", Score: 0.8}, day(1)
	imported := rec(2, "c", "d")
	imported.Origin, imported.Created = tm.Origin{File: "memory.tmx"}, day(5)
	added := rec(3, "e", "f")
	added.Created = day(2)
	changed := rec(4, "g", "h")
	changed.Origin, changed.Created, changed.Changed = tm.Origin{File: "memory.tmx"}, day(1), day(9)
	ids := put(t, s, aligned, imported, added, changed)
	for _, c := range []struct {
		f    tm.UnitFilter
		want []int64
	}{
		{tm.UnitFilter{}, ids},
		{tm.UnitFilter{Doc: "memory.tmx"}, []int64{ids[1], ids[3]}},
		{tm.UnitFilter{Origin: tm.OriginAligned}, ids[:1]},
		{tm.UnitFilter{Origin: tm.OriginImported}, []int64{ids[1], ids[3]}},
		{tm.UnitFilter{Origin: tm.OriginAdded}, ids[2:3]},
		{tm.UnitFilter{Since: day(5)}, []int64{ids[1], ids[3]}}, // created or changed since
		{tm.UnitFilter{Doc: "memory.tmx", Since: day(6)}, ids[3:]},
		{tm.UnitFilter{Doc: "nothing"}, nil},
	} {
		var got []int64
		if err := m.FilterUnits(ctx, c.f, func(b []int64) { got = append(got, b...) }); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("FilterUnits(%+v) = %v; want %v", c.f, got, c.want)
		}
		// The store and UnitFilter.Keep agree.
		var kept []int64
		for _, u := range scanAll(t, s) {
			if c.f.Keep(u.Origin, u.Created, u.Changed) {
				kept = append(kept, u.ID)
			}
		}
		if !slices.Equal(kept, c.want) {
			t.Errorf("UnitFilter%+v.Keep kept %v; want %v", c.f, kept, c.want)
		}
	}
}

// testDocuments: the files units came from, with their counts, their
// languages and the times of the import log's entries of their names, by
// name.
func testDocuments(t *testing.T, s tm.Store) {
	m := maint(t, s)
	if got, n, err := m.Documents(ctx, tm.DocumentQuery{}); err != nil || len(got) != 0 || n != 0 {
		t.Errorf("Documents() of an empty store = %+v, %d, %v; want none", got, n, err)
	}
	var rs []tm.UnitRecord
	for i, f := range []string{"b.tmx", "a.tsv", "b.tmx", "", "b.tmx"} {
		texts := []string{fmt.Sprint(i), "x"}
		if i == 2 {
			texts = append(texts, "y") // a German variant too
		}
		r := rec(int64(i+1), texts...)
		r.Origin.File = f
		rs = append(rs, r)
	}
	before := time.Now().UTC().Truncate(time.Second)
	put(t, s, rs...)
	for _, f := range []string{"b.tmx", "c.tmx", "b.tmx"} { // c.tmx: logged, no units
		if err := s.Write(ctx, func(w tm.Writer) error { return w.LogImport(ctx, tm.ImportRecord{File: f}) }); err != nil {
			t.Fatal(err)
		}
	}
	after := time.Now().UTC()
	got, n, err := m.Documents(ctx, tm.DocumentQuery{})
	if err != nil || len(got) != 2 || n != 2 {
		t.Fatalf("Documents() = %+v, %d, %v; want a.tsv and b.tmx", got, n, err)
	}
	a, b := got[0], got[1]
	if a.Name != "a.tsv" || a.Units != 1 || !slices.Equal(a.Langs, []string{"en", "fr"}) ||
		!a.FirstStored.IsZero() || !a.LastStored.IsZero() {
		t.Errorf("Documents()[0] = %+v; want a.tsv, 1 unit, en fr, no import logged", a)
	}
	if b.Name != "b.tmx" || b.Units != 3 || !slices.Equal(b.Langs, []string{"de", "en", "fr"}) {
		t.Errorf("Documents()[1] = %+v; want b.tmx, 3 units, de en fr", b)
	}
	if b.FirstStored.Before(before) || b.LastStored.Before(b.FirstStored) || b.LastStored.After(after) ||
		b.FirstStored.Location() != time.UTC {
		t.Errorf("Documents()[1] stored %v to %v; want UTC times between %v and %v", b.FirstStored, b.LastStored, before, after)
	}
	// A page: the documents Keep keeps, paged, each with its languages.
	for _, c := range []struct {
		q     tm.DocumentQuery
		want  []tm.DocumentInfo
		total int
	}{
		{tm.DocumentQuery{Offset: 1}, []tm.DocumentInfo{b}, 2},
		{tm.DocumentQuery{Limit: 1}, []tm.DocumentInfo{a}, 2},
		{tm.DocumentQuery{Offset: 2, Limit: 5}, nil, 2},
		{tm.DocumentQuery{Offset: -3, Limit: -1}, []tm.DocumentInfo{a, b}, 2},
		{tm.DocumentQuery{Keep: func(name string) bool { return name[0] == 'b' }}, []tm.DocumentInfo{b}, 1},
		{tm.DocumentQuery{Keep: func(string) bool { return false }}, nil, 0},
	} {
		got, n, err := m.Documents(ctx, c.q)
		if err != nil || n != c.total || len(got) != len(c.want) {
			t.Errorf("Documents(offset %d, limit %d) = %+v, %d, %v; want %+v, %d", c.q.Offset, c.q.Limit, got, n, err, c.want, c.total)
			continue
		}
		for i, d := range got {
			if w := c.want[i]; d.Name != w.Name || d.Units != w.Units || !slices.Equal(d.Langs, w.Langs) || !d.LastStored.Equal(w.LastStored) {
				t.Errorf("Documents(offset %d, limit %d)[%d] = %+v; want %+v", c.q.Offset, c.q.Limit, i, d, w)
			}
		}
	}
}

// testDeleteUnits: units go with their variants, missing ids are named,
// and no id is given again, the largest included.
func testDeleteUnits(t *testing.T, s tm.Store) {
	maint(t, s)
	ids := put(t, s, rec(1, "a", "b"), rec(2, "c", "d"), rec(3, "e", "f"))
	var missing []int64
	err := s.Write(ctx, func(w tm.Writer) error {
		var err error
		missing, err = w.(tm.MaintWriter).DeleteUnits(ctx, []int64{ids[2], 999, ids[0], ids[2]})
		return err
	})
	if err != nil || !slices.Equal(missing, []int64{999}) {
		t.Fatalf("DeleteUnits = %v, %v; want [999] missing", missing, err)
	}
	us := scanAll(t, s)
	if len(us) != 1 || us[0].ID != ids[1] {
		t.Errorf("after delete Scan = %d units; want only %d", len(us), ids[1])
	}
	if st, _ := s.Stats(ctx); st.Units != 1 || st.Variants != 2 {
		t.Errorf("after delete Stats = %d units, %d variants; want 1, 2", st.Units, st.Variants)
	}
	n := 0
	s.UnitsByID(ctx, ids, func(*tm.StoredUnit) error { n++; return nil })
	if n != 1 {
		t.Errorf("UnitsByID(all three) found %d; want 1", n)
	}
	// A failed write deletes nothing.
	s.Write(ctx, func(w tm.Writer) error {
		w.(tm.MaintWriter).DeleteUnits(ctx, []int64{ids[1]})
		return errors.New("no")
	})
	if len(scanAll(t, s)) != 1 {
		t.Errorf("a rolled-back delete deleted")
	}
	// New units get ids above every id ever given.
	again := put(t, s, rec(4, "g", "h"))
	if again[0] <= ids[2] {
		t.Errorf("id after deleting the largest (%d) = %d; want a new one", ids[2], again[0])
	}
	if last := lastID(t, s); last != again[0] {
		t.Errorf("LastUnitID = %d; want %d", last, again[0])
	}
	// The deleted units' content can be stored again, as new units.
	if ids2 := put(t, s, rec(1, "a", "b")); ids2[0] <= again[0] {
		t.Errorf("a deleted unit stored again got id %d; want a new one above %d", ids2[0], again[0])
	}
}

// testReplaceUnit: the unit keeps its id and gets the record's content,
// keys and words (in order in the posting lists).
func testReplaceUnit(t *testing.T, s tm.Store) {
	m := maint(t, s)
	ids := put(t, s, rec(1, "a", "b"), rec(2, "c", "d"), rec(3, "e", "f"))
	r := rec(7, "a", "b2")
	r.Keys = []int64{70, 71}
	r.Words = [][]int64{{1000}, {4242, 1000}}
	r.Changed, r.ChangedBy = day(3), "ann"
	r.PrevHash = 8
	if err := s.Write(ctx, func(w tm.Writer) error { return w.(tm.MaintWriter).ReplaceUnit(ctx, ids[1], r) }); err != nil {
		t.Fatal(err)
	}
	u, err := m.Unit(ctx, ids[1])
	if err != nil || u.Variants[1].Text != "b2" || u.ChangedBy != "ann" || !u.Changed.Equal(day(3)) || u.PrevHash != 8 {
		t.Fatalf("replaced unit = %+v, %v; want b2 changed by ann", u, err)
	}
	if got, _ := s.ExactUnits(ctx, 71, nil); !slices.Equal(got, ids[1:2]) {
		t.Errorf("ExactUnits(new key) = %v; want [%d]", got, ids[1])
	}
	if got := postings(t, s, 4242); !slices.Equal(got, ids[1:2]) {
		t.Errorf("Postings(new word) = %v; want [%d]", got, ids[1])
	}
	if got := postings(t, s, 1000); !slices.Equal(got, ids) || !slices.IsSorted(got) {
		t.Errorf("Postings(word of all three) = %v; want %v, in order", got, ids)
	}
	// Another unit's hash: ErrDuplicate, nothing changed.
	dup := rec(3, "e", "f")
	err = s.Write(ctx, func(w tm.Writer) error { return w.(tm.MaintWriter).ReplaceUnit(ctx, ids[0], dup) })
	if !errors.Is(err, tm.ErrDuplicate) {
		t.Errorf("ReplaceUnit to another unit's hash = %v; want ErrDuplicate", err)
	}
	if u, _ := m.Unit(ctx, ids[0]); u == nil || u.Variants[0].Text != "a" {
		t.Errorf("after a refused replace the unit = %+v; want it as it was", u)
	}
	err = s.Write(ctx, func(w tm.Writer) error { return w.(tm.MaintWriter).ReplaceUnit(ctx, 999, rec(9, "x", "y")) })
	if !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("ReplaceUnit(999) = %v; want ErrNoUnit", err)
	}
	// The merge of an equal unit finds it by its new hash.
	if got := put(t, s, rec(7, "a", "b2")); got[0] != 0 {
		t.Errorf("a unit equal to the replaced one got id %d; want 0 (merged)", got[0])
	}
}

// testRestoreUnit: a deleted unit is stored again under its id, as it
// was (metadata, variants, keys and words); an id that is stored, a hash
// that another unit has and an id never given are refused, and a refused
// restore stores nothing.
func testRestoreUnit(t *testing.T, s tm.Store) {
	m := maint(t, s)
	r1, r2 := rec(1, "a", "b", "c"), rec(2, "d", "e")
	r1.Props = []tm.Prop{{Type: "x-note", Text: "kept"}}
	r1.Notes = []tm.Note{{Text: "a note"}}
	r1.Variants[2].Props = []tm.Prop{{Type: "x-v", Text: "de prop"}}
	r1.Created, r1.CreatedBy, r1.Changed, r1.ChangedBy, r1.LastUsed, r1.UsageCount = day(1), "ann", day(2), "bob", day(3), 4
	r1.ID, r1.Origin = "tu-1", tm.Origin{File: "doc.txt", SrcDoc: "a.txt", TgtDoc: "b.txt", Score: 0.5}
	r1.PrevHash, r1.NextHash = 11, 12
	ids := put(t, s, r1, r2)
	was, err := m.Unit(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	restore := func(id int64, r tm.UnitRecord) error {
		return s.Write(ctx, func(w tm.Writer) error { return w.(tm.MaintWriter).RestoreUnit(ctx, id, r) })
	}
	// A stored id is taken.
	if err := restore(ids[0], rec(9, "x", "y")); !errors.Is(err, tm.ErrDuplicate) {
		t.Errorf("RestoreUnit(a stored id) = %v; want ErrDuplicate", err)
	}
	if err := s.Write(ctx, func(w tm.Writer) error { _, err := w.(tm.MaintWriter).DeleteUnits(ctx, ids[:1]); return err }); err != nil {
		t.Fatal(err)
	}
	// An id the store never gave is no deleted unit.
	if err := restore(ids[1]+100, rec(9, "x", "y")); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("RestoreUnit(an id never given) = %v; want ErrNoUnit", err)
	}
	// Another unit's hash: refused, nothing stored.
	if err := restore(ids[0], rec(2, "d", "e")); !errors.Is(err, tm.ErrDuplicate) {
		t.Errorf("RestoreUnit(another unit's hash) = %v; want ErrDuplicate", err)
	}
	if _, err := m.Unit(ctx, ids[0]); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("after a refused restore Unit = %v; want ErrNoUnit", err)
	}
	// A rolled-back restore stores nothing.
	s.Write(ctx, func(w tm.Writer) error {
		w.(tm.MaintWriter).RestoreUnit(ctx, ids[0], r1)
		return errors.New("no")
	})
	if _, err := m.Unit(ctx, ids[0]); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("after a rolled-back restore Unit = %v; want ErrNoUnit", err)
	}
	if err := restore(ids[0], r1); err != nil {
		t.Fatalf("RestoreUnit = %v", err)
	}
	got, err := m.Unit(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, was) {
		t.Errorf("restored unit =\n%+v\nwant it as it was\n%+v", got, was)
	}
	if ex, _ := s.ExactUnits(ctx, r1.Keys[2], nil); !slices.Equal(ex, ids[:1]) {
		t.Errorf("ExactUnits(its key) = %v; want [%d]", ex, ids[0])
	}
	for _, w := range r1.Words[1] {
		if p := postings(t, s, w); !slices.Contains(p, ids[0]) || !slices.IsSorted(p) {
			t.Errorf("Postings(its word %d) = %v; want %d in it, in order", w, p, ids[0])
		}
	}
	if st, _ := s.Stats(ctx); st.Units != 2 || st.Variants != 5 {
		t.Errorf("after restore Stats = %d units, %d variants; want 2, 5", st.Units, st.Variants)
	}
	// Restored, it is stored: its id is taken again, and a unit equal to
	// it merges.
	if err := restore(ids[0], r1); !errors.Is(err, tm.ErrDuplicate) {
		t.Errorf("RestoreUnit twice = %v; want ErrDuplicate", err)
	}
	if again := put(t, s, rec(1, "a", "b", "c")); again[0] != 0 {
		t.Errorf("a unit equal to the restored one got id %d; want 0 (merged)", again[0])
	}
	// The largest id given too (a store may hold it while a write runs,
	// so that no new unit takes it).
	if err := s.Write(ctx, func(w tm.Writer) error { _, err := w.(tm.MaintWriter).DeleteUnits(ctx, ids[1:]); return err }); err != nil {
		t.Fatal(err)
	}
	if err := restore(ids[1], r2); err != nil {
		t.Errorf("RestoreUnit(the largest id) = %v", err)
	}
	if u, err := m.Unit(ctx, ids[1]); err != nil || u.Variants[1].Text != "e" {
		t.Errorf("restored unit of the largest id = %+v, %v", u, err)
	}
	// New units still get new ids.
	if next := put(t, s, rec(5, "f", "g")); next[0] <= ids[1] {
		t.Errorf("id after a restore = %d; want one above %d", next[0], ids[1])
	}
}

// testLookupEditedFirst: matches of equal score rank the most recently
// changed unit first, not the last stored: a unit imported first and
// edited since comes before one imported later, also when only one match
// is asked for.
// testLookupEditedAmongMany: with more units sharing a query's words than
// the candidates lookup scores (30), the oldest unit, edited last, is still
// the first of the equal fuzzy matches. Before, the candidates were the
// newest units of equal word weight, chosen before the dates were read,
// and the edited unit was not among them.
func testLookupEditedAmongMany(t *testing.T, s tm.Store) {
	maint(t, s)
	d := tm.New(s)
	const src = "The talks ended on Friday in Geneva."
	for i := range 45 {
		u := pair(src, fmt.Sprintf("Les pourparlers ont pris fin vendredi à Genève (version %d).", i))
		u.Created = day(1 + i%20)
		if _, err := d.Add(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	var first int64 // the unit stored first: the lowest id
	all, err := d.Lookup(ctx, src, tm.LookupOptions{Src: language.English, Tgt: language.French, Max: 100})
	if err != nil || len(all) != 45 {
		t.Fatalf("exact Lookup = %d matches, %v; want 45", len(all), err)
	}
	for _, m := range all {
		if first == 0 || m.UnitID < first {
			first = m.UnitID
		}
	}
	const edited = "Les négociations ont pris fin vendredi à Genève."
	if err := d.EditUnit(ctx, first, tm.UnitEdit{Lang: language.French, Text: edited, By: "ann"}); err != nil {
		t.Fatal(err)
	}
	for _, max := range []int{5, 1} {
		ms, err := d.Lookup(ctx, "The talks ended on Saturday in Geneva.", tm.LookupOptions{Src: language.English, Tgt: language.French, Max: max})
		if err != nil || len(ms) != max || ms[0].Target != edited || ms[0].UnitID != first {
			t.Errorf("fuzzy Lookup (max %d) among 45 equal units = %+v, %v; want the oldest unit, edited last, first", max, ms, err)
		}
	}
}

func testLookupEditedFirst(t *testing.T, s tm.Store) {
	maint(t, s)
	d := tm.New(s)
	const src = "The talks ended on Friday in Geneva."
	older, newer := pair(src, "Les pourparlers ont pris fin vendredi à Genève."), pair(src, "Les discussions se sont achevées vendredi à Genève.")
	older.Created, newer.Created = day(1), day(2)
	for _, u := range []tm.Unit{older, newer} {
		if _, err := d.Add(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Max: 5}
	ms, err := d.Lookup(ctx, src, opt)
	if err != nil || len(ms) != 2 || ms[0].Target != newer.Variants[1].Text {
		t.Fatalf("Lookup before the edit = %+v, %v; want two matches, the newer unit first", ms, err)
	}
	const edited = "Les négociations ont pris fin vendredi à Genève."
	if err := d.EditUnit(ctx, ms[1].UnitID, tm.UnitEdit{Lang: language.French, Text: edited, By: "ann"}); err != nil {
		t.Fatal(err)
	}
	for _, max := range []int{5, 1} {
		opt.Max = max
		ms, err := d.Lookup(ctx, src, opt)
		if err != nil || len(ms) != min(max, 2) || ms[0].Target != edited || ms[0].Score != 100 {
			t.Errorf("Lookup (max %d) after editing the older unit = %+v, %v; want the edited unit first", max, ms, err)
		}
	}
	// A fuzzy match of equal score: the same order.
	opt.Max = 5
	ms, err = d.Lookup(ctx, "The talks ended on Saturday in Geneva.", opt)
	if err != nil || len(ms) != 2 || ms[0].Score != ms[1].Score || ms[0].Target != edited {
		t.Errorf("fuzzy Lookup after the edit = %+v, %v; want two equal matches, the edited unit first", ms, err)
	}
}

// testGlossaryVariant: DeleteGlossaryVariant removes a spelling from the
// entry named, and from no other (a spelling two entries hold, as a store
// written without the check may have, stays in the other); it reports the
// entry's variants, or that there is no entry, and then removes nothing.
func testGlossaryVariant(t *testing.T, s tm.Store) {
	ctx := context.Background()
	if vs, found, err := s.DeleteGlossaryVariant(ctx, "Tehran", "Teheran"); err != nil || found || vs != nil {
		t.Errorf("DeleteGlossaryVariant in an empty glossary = %q, %v, %v; want nothing found", vs, found, err)
	}
	in := []normalize.Entry{
		{Canonical: "Tehran", Variants: []string{"Teheran", "Tihran", "TEH"}},
		{Canonical: "Tehran International Airport", Variants: []string{"TEH", "IKA"}},
		{Canonical: "Isfahan"},
	}
	if err := s.PutGlossary(ctx, in, nil); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		canonical, variant string
		found              bool
		has                []string
	}{
		{"Shiraz", "Teheran", false, nil},
		{"Tehran", "IKA", true, []string{"TEH", "Teheran", "Tihran"}},
		{"Isfahan", "Esfahan", true, nil},
		{"Tehran", "TEH", true, []string{"TEH", "Teheran", "Tihran"}},
		{"Tehran", "TEH", true, []string{"Teheran", "Tihran"}},
		{"Isfahan", "", true, nil},
	} {
		vs, found, err := s.DeleteGlossaryVariant(ctx, c.canonical, c.variant)
		if err != nil || found != c.found || !slices.Equal(vs, c.has) {
			t.Errorf("DeleteGlossaryVariant(%q, %q) = %q, %v, %v; want %q, %v", c.canonical, c.variant, vs, found, err, c.has, c.found)
		}
	}
	want := []normalize.Entry{
		{Canonical: "Isfahan"},
		{Canonical: "Tehran", Variants: []string{"Teheran", "Tihran"}},
		{Canonical: "Tehran International Airport", Variants: []string{"IKA", "TEH"}},
	}
	if got, err := s.Glossary(ctx); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Glossary() = %+v, %v; want %+v", got, err, want)
	}
	// The last variant goes, the entry stays.
	for _, v := range []string{"Teheran", "Tihran"} {
		if _, found, err := s.DeleteGlossaryVariant(ctx, "Tehran", v); err != nil || !found {
			t.Errorf("DeleteGlossaryVariant(Tehran, %q) = %v, %v", v, found, err)
		}
	}
	if got, _ := s.Glossary(ctx); len(got) != 3 || got[1].Canonical != "Tehran" || len(got[1].Variants) != 0 {
		t.Errorf("after its last variant went, Glossary() = %+v; want Tehran with none", got)
	}
}

// FillDocuments stores docs documents of per two-variant units each (one
// write and one import log entry a document), for the stores' benchmarks
// of Documents.
func FillDocuments(tb testing.TB, s tm.Store, docs, per int) {
	tb.Helper()
	for d := range docs {
		rs := make([]tm.UnitRecord, per)
		for i := range rs {
			r := &rs[i]
			r.Hash = int64(d*per + i + 1)
			r.Origin.File = fmt.Sprintf("doc%03d.txt", d)
			r.Variants = []tm.Variant{{Lang: language.English, Text: "The minister arrived in Tehran on Monday."},
				{Lang: language.French, Text: "Le ministre est arrivé à Téhéran lundi."}}
			r.Langs, r.Bases, r.Keys = []string{"en", "fr"}, []string{"en", "fr"}, []int64{r.Hash, -r.Hash}
			r.Words = [][]int64{{1}, {3}}
		}
		ids := make([]int64, per)
		err := s.Write(ctx, func(w tm.Writer) error {
			if err := w.PutUnits(ctx, rs, ids); err != nil {
				return err
			}
			return w.LogImport(ctx, tm.ImportRecord{File: rs[0].Origin.File, Added: per})
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchDocuments runs the sub-benchmarks every store's BenchmarkDocuments
// shares over the docs documents FillDocuments stored: "Documents", the
// whole list, and "page", the 50 documents a page of the Documents tab
// shows.
func BenchDocuments(b *testing.B, s tm.Maintainer, docs int) {
	b.Run("Documents", func(b *testing.B) {
		for b.Loop() {
			if got, n, err := s.Documents(ctx, tm.DocumentQuery{}); err != nil || len(got) != docs || n != docs || len(got[0].Langs) != 2 || got[0].FirstStored.IsZero() {
				b.Fatal(got, err)
			}
		}
	})
	b.Run("page", func(b *testing.B) {
		for b.Loop() {
			if got, n, err := s.Documents(ctx, tm.DocumentQuery{Offset: 50, Limit: 50}); err != nil || len(got) != 50 || n != docs || len(got[0].Langs) != 2 {
				b.Fatal(got, err)
			}
		}
	})
}

// CheckDocumentLangs checks the languages DB.Documents gives a document
// whose units have different ones (en-fr, and one en-de), after an edit,
// and after clearLangs made the store forget what it keeps of one unit's
// languages (a store that keeps them beside the unit: its langs column
// emptied, as a process that opened the TM before the column was added
// writes it); clearLangs may be nil.
func CheckDocumentLangs(t *testing.T, s tm.Store, clearLangs func(id int64)) {
	t.Helper()
	db := tm.New(s)
	pair := func(file string, tgt language.Tag, src, text string) tm.Unit {
		return tm.Unit{SrcLang: language.English, Origin: tm.Origin{File: file},
			Variants: []tm.Variant{{Lang: language.English, Text: src}, {Lang: tgt, Text: text}}}
	}
	var de int64
	for _, u := range []tm.Unit{
		pair("a.tsv", language.French, "The talks resumed.", "Les pourparlers ont repris."),
		pair("a.tsv", language.German, "The talks ended.", "Die Gespräche endeten."),
		pair("a.tsv", language.French, "The talks ended.", "Les pourparlers ont pris fin."),
		pair("b.tsv", language.French, "The minister left.", "Le ministre est parti."),
	} {
		if _, err := db.Add(ctx, u); err != nil {
			t.Fatal(err)
		}
		if u.Variants[1].Lang == language.German {
			last, err := s.LastUnitID(ctx)
			if err != nil {
				t.Fatal(err)
			}
			de = last
		}
	}
	check := func(when string) {
		t.Helper()
		docs, err := db.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, d := range docs {
			got[d.Name] = fmt.Sprint(d.Langs)
		}
		if want := map[string]string{"a.tsv": "[de en fr]", "b.tsv": "[en fr]"}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: documents' languages %v; want %v", when, got, want)
		}
	}
	check("after the imports")
	if err := db.EditUnit(ctx, de, tm.UnitEdit{Lang: language.German, Text: "Die Gespräche sind zu Ende."}); err != nil {
		t.Fatal(err)
	}
	check("after an edit of the German unit")
	if clearLangs != nil {
		clearLangs(de)
		check("with the German unit's kept languages cleared")
		// A unit whose languages are not indexed: the store cannot tell
		// the TM's pairs without reading every unit, and PairNote says
		// nothing rather than something wrong.
		if note, err := db.PairNote(ctx, language.English, language.Spanish); err != nil || note != "" {
			t.Errorf("PairNote(en, es) with a unit's languages not indexed = %q, %v; want none", note, err)
		}
	}
}

// testPairNote: a lookup that found nothing says whether the TM holds
// units in the pair at all, and which pairs it holds, from the index of
// the units' languages, whatever documents they came from (a unit added
// by hand has none).
func testPairNote(t *testing.T, s tm.Store) {
	db := tm.New(s)
	if _, ok := s.(tm.LangSetLister); !ok {
		t.Fatal("the store is not a tm.LangSetLister")
	}
	note := func(src, tgt language.Tag) string {
		t.Helper()
		n, err := db.PairNote(ctx, src, tgt)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if got := note(language.English, language.French); got != "the TM holds no units" {
		t.Errorf("PairNote(en, fr) of an empty TM = %q; want the TM holds no units", got)
	}
	for _, u := range []struct {
		file     string
		tgt      language.Tag
		src, txt string
	}{
		{"a.tsv", language.French, "The talks resumed.", "Les pourparlers ont repris."},
		{"b.tsv", language.German, "The talks ended.", "Die Gespräche endeten."},
		{"", language.Japanese, "The minister left.", "大臣は去った。"},
	} {
		if _, err := db.Add(ctx, tm.Unit{SrcLang: language.English, Origin: tm.Origin{File: u.file},
			Variants: []tm.Variant{{Lang: language.English, Text: u.src}, {Lang: u.tgt, Text: u.txt}}}); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		src, tgt language.Tag
		want     string
	}{
		{language.English, language.French, ""},
		{language.French, language.English, ""},
		{language.Japanese, language.English, ""},
		{language.AmericanEnglish, language.CanadianFrench, ""}, // lookups match base languages
		{language.English, language.Spanish, "the TM holds no units in en-es (its language pairs: de-en, en-fr, en-ja)"},
		{language.German, language.French, "the TM holds no units in de-fr (its language pairs: de-en, en-fr, en-ja)"},
		{language.English, language.BritishEnglish, "the TM holds no units in en-en (its language pairs: de-en, en-fr, en-ja)"},
	} {
		if got := note(c.src, c.tgt); got != c.want {
			t.Errorf("PairNote(%v, %v) = %q; want %q", c.src, c.tgt, got, c.want)
		}
	}
}

// importSentencesExportXLIFF imports 300 pairs "Sentence N." / "Phrase
// N." (more than a batch; the 8th with a context when withContext) into d
// and returns d's XLIFF export of them.
func importSentencesExportXLIFF(t *testing.T, d *tm.DB, withContext bool) string {
	t.Helper()
	units := func(yield func(tm.Unit, error) bool) {
		for i := range 300 {
			u := pair(fmt.Sprintf("Sentence %d.", i), fmt.Sprintf("Phrase %d.", i))
			if i == 7 && withContext {
				u.Prev, u.Next = "Before.", "After."
			}
			if !yield(u, nil) {
				return
			}
		}
	}
	if _, err := d.Import(ctx, units, tm.ImportOptions{File: "a.tmx"}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := d.Export(ctx, &out, tm.ExportOptions{Format: tm.FormatXLIFF, Src: language.English, Tgt: language.French}); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// testImportReviewed: bitext's own XLIFF export with one target corrected,
// imported back, updates that unit in place (the store's ReplaceUnit in
// the import's transaction): the lookup offers the corrected target only,
// the old one is the unit's PropWas; an import that fails after the
// update leaves the unit as it was; a second correction of the first
// export, made after the TM changed, is a conflict added beside.
func testImportReviewed(t *testing.T, s tm.Store) {
	maint(t, s)
	d := tm.New(s)
	exported := importSentencesExportXLIFF(t, d, true)
	const old, fixed = ">Phrase 7.</target>", ">Phrase sept.</target>"
	if strings.Count(exported, old) != 1 {
		t.Fatalf("the export has %d targets %q; want 1", strings.Count(exported, old), old)
	}
	reviewed := strings.Replace(exported, old, fixed, 1)
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 100, Max: 5}
	ms, err := d.Lookup(ctx, "Sentence 7.", opt)
	if err != nil || len(ms) != 1 || ms[0].Target != "Phrase 7." {
		t.Fatalf("Lookup before = %+v, %v", ms, err)
	}
	id := ms[0].UnitID
	before, _ := d.Stats(ctx)

	// Broken after the corrected unit: nothing of it stays.
	broken := strings.Replace(reviewed, "</body>", "<trans-unit id=\"x\"><source>A</source></body>", 1)
	if _, err := d.ImportFile(ctx, strings.NewReader(broken), "broken.xlf", tm.ImportFileOptions{}); err == nil {
		t.Fatal("import of a broken file: no error")
	}
	if u, err := d.Unit(ctx, id); err != nil || u.Variants[1].Text != "Phrase 7." || len(u.Props) != 0 {
		t.Errorf("unit after a failed import = %+v, %v; want it as it was", u, err)
	}

	st, err := d.ImportFile(ctx, strings.NewReader(reviewed), "rev.xlf", tm.ImportFileOptions{By: "rev"})
	if err != nil || st.Read != 300 || st.Updated != 1 || st.Merged != 299 || st.Added != 0 || st.Conflicts != 0 {
		t.Fatalf("import of the reviewed export = %+v, %v; want 1 updated, 299 merged", st, err)
	}
	ms, err = d.Lookup(ctx, "Sentence 7.", opt)
	if err != nil || len(ms) != 1 || ms[0].Target != "Phrase sept." || ms[0].UnitID != id {
		t.Errorf("Lookup after = %+v, %v; want the corrected target only, unit %d", ms, err, id)
	}
	u, err := d.Unit(ctx, id)
	if err != nil || u.ChangedBy != "rev" || u.Changed.IsZero() || u.Prev != "Before." || u.Next != "After." ||
		!slices.Contains(u.Props, tm.Prop{Type: tm.PropWas, Lang: "fr", Text: "Phrase 7."}) ||
		!slices.Contains(u.Props, tm.Prop{Type: tm.PropXLIFFState, Text: "translated"}) {
		t.Errorf("updated unit = %+v, %v; want changed by rev, its context, the old target as %s, its state", u, err, tm.PropWas)
	}
	// The new word is indexed: a fuzzy lookup from French of it alone
	// finds the unit.
	fr := tm.LookupOptions{Src: language.French, Tgt: language.English, Min: 1, Max: 5}
	if ms, err := d.Lookup(ctx, "Sept !", fr); err != nil || len(ms) == 0 || ms[0].UnitID != id {
		t.Errorf("fuzzy Lookup of the new target's words = %+v, %v; want unit %d", ms, err, id)
	}
	if after, _ := d.Stats(ctx); after.Units != before.Units {
		t.Errorf("units %d after the update; want %d", after.Units, before.Units)
	}

	// The first export corrected otherwise: the TM's target is no
	// longer the one exported.
	other := strings.Replace(exported, old, ">Phrase numéro sept.</target>", 1)
	var conflicts []tm.ImportConflict
	st, err = d.ImportFile(ctx, strings.NewReader(other), "other.xlf", tm.ImportFileOptions{Conflict: func(c tm.ImportConflict) { conflicts = append(conflicts, c) }})
	if err != nil || st.Updated != 0 || st.Added != 1 || st.Conflicts != 1 || len(conflicts) != 1 || conflicts[0].Line == 0 ||
		!strings.Contains(conflicts[0].Reason, "changed since the export") {
		t.Errorf("import of another correction = %+v, %v, %+v; want 1 added as a conflict", st, err, conflicts)
	}
	if u, err := d.Unit(ctx, id); err != nil || u.Variants[1].Text != "Phrase sept." {
		t.Errorf("unit after the conflict = %+v, %v; want it kept", u, err)
	}
}

// was returns the texts of u's PropWas props of language lang, oldest
// first.
func was(u tm.Unit, lang string) []string {
	var out []string
	for _, p := range u.Props {
		if p.Type == tm.PropWas && p.Lang == lang {
			out = append(out, p.Text)
		}
	}
	return out
}

// testEditHistory: DB.EditUnit keeps each text it replaces as a PropWas
// of the variant's language, oldest first, and the last tm.KeepWas of each
// language only; an edit that leaves the text as it was adds none.
func testEditHistory(t *testing.T, s tm.Store) {
	maint(t, s)
	d := tm.New(s)
	if _, err := d.Add(ctx, pair("The vote was postponed.", "Le vote a été reporté.")); err != nil {
		t.Fatal(err)
	}
	id := lastID(t, s)
	edit := func(lang language.Tag, text string) {
		t.Helper()
		if err := d.EditUnit(ctx, id, tm.UnitEdit{Lang: lang, Text: text, By: "ann"}); err != nil {
			t.Fatal(err)
		}
	}
	unit := func() tm.Unit {
		t.Helper()
		u, err := d.Unit(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return u
	}
	edit(language.Und, "Le scrutin a été reporté.")
	edit(language.Und, "  Le scrutin  a été reporté. ") // the same text: no history
	edit(language.English, "The ballot was postponed.")
	u := unit()
	if got := was(u, "fr"); !slices.Equal(got, []string{"Le vote a été reporté."}) {
		t.Errorf("French history after two edits, one to the same text = %q; want the first target once", got)
	}
	if got := was(u, "en"); !slices.Equal(got, []string{"The vote was postponed."}) {
		t.Errorf("English history = %q; want the first source", got)
	}
	var texts []string
	for i := range tm.KeepWas + 5 {
		texts = append(texts, u.Variants[1].Text)
		edit(language.French, fmt.Sprintf("Le scrutin a été reporté (%d).", i))
		u = unit()
	}
	if got, want := was(u, "fr"), texts[len(texts)-tm.KeepWas:]; !slices.Equal(got, want) {
		t.Errorf("French history after %d more edits = %q; want the last %d replaced, oldest first: %q", len(texts), got, tm.KeepWas, want)
	}
	if got := was(u, "en"); !slices.Equal(got, []string{"The vote was postponed."}) {
		t.Errorf("English history after the French edits = %q; want it kept", got)
	}
	// The unit exported as TMX carries it.
	var b bytes.Buffer
	if err := d.Export(ctx, &b, tm.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `<prop type="x-bitext-was" xml:lang="en">The vote was postponed.</prop>`) {
		t.Errorf("TMX export = %s; want the replaced source as an x-bitext-was prop", b.String())
	}
}

// GateWrites returns s (a tm.Maintainer) whose first n Writes wait until
// all n have been called, then go on together (later ones do not wait):
// n edits of one unit started at once reach the store's write at the same
// instant, whatever each did before it (an edit that read the unit outside
// its write has read it by then), so that a race between a check and its
// write shows every time rather than now and then. The Writer each Write
// gives is s's own.
func GateWrites(s tm.Store, n int) tm.Store {
	g := &gatedStore{Store: s, Maintainer: s.(tm.Maintainer), all: make(chan struct{}), n: n}
	return g
}

type gatedStore struct {
	tm.Store
	tm.Maintainer
	mu  sync.Mutex
	n   int
	all chan struct{}
}

// PropsByID is s's (tm.UnitProps), so that a document's units read
// through the gate have their props; a store without it has none to give.
func (g *gatedStore) PropsByID(ctx context.Context, ids []int64, f func(id int64, props []tm.Prop)) error {
	if p, ok := g.Store.(tm.UnitProps); ok {
		return p.PropsByID(ctx, ids, f)
	}
	return nil
}

func (g *gatedStore) Write(ctx context.Context, f func(tm.Writer) error) error {
	g.mu.Lock()
	g.n--
	if g.n == 0 {
		close(g.all)
	}
	g.mu.Unlock()
	<-g.all
	return g.Store.Write(ctx, f)
}

// testEditRace: edits of one unit from the same text at once: the check
// of UnitEdit.Was and the write are one, so exactly one is stored and the
// others fail with ErrChanged; the unit has the winner's text and the
// text they started from once in its history. The edits reach the
// store's Write together (GateWrites).
func testEditRace(t *testing.T, s tm.Store) {
	maint(t, s)
	const orig = "Les négociations reprendront lundi."
	if _, err := tm.New(s).Add(ctx, pair("Talks will resume on Monday.", orig)); err != nil {
		t.Fatal(err)
	}
	id := lastID(t, s)
	const n = 12
	d := tm.New(GateWrites(s, n))
	errs := make([]error, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs[i] = d.EditUnit(ctx, id, tm.UnitEdit{Text: fmt.Sprintf("Les discussions reprendront lundi (%d).", i), By: fmt.Sprint("editor", i), Was: orig})
		}()
	}
	close(start)
	wg.Wait()
	winner := -1
	for i, err := range errs {
		switch {
		case err == nil && winner < 0:
			winner = i
		case err == nil:
			t.Errorf("edits %d and %d from the same text were both stored", winner, i)
		case !errors.Is(err, tm.ErrChanged):
			t.Errorf("edit %d = %v; want nil or ErrChanged", i, err)
		}
	}
	if winner < 0 {
		t.Fatalf("no edit of %d was stored: %v", n, errs)
	}
	u, err := d.Unit(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("Les discussions reprendront lundi (%d).", winner); u.Variants[1].Text != want || u.ChangedBy != fmt.Sprint("editor", winner) {
		t.Errorf("stored unit = %q by %q; want the winner's %q by editor%d", u.Variants[1].Text, u.ChangedBy, want, winner)
	}
	if got := was(u, "fr"); !slices.Equal(got, []string{orig}) {
		t.Errorf("history = %q; want the original target once", got)
	}
}

// testEditDuringReviewedImport: an edit on the review page and the import
// of a reviewed XLIFF export that corrects the same unit, at once (both
// from the target exported): one of them replaces it, and the other sees
// that it did: the edit fails with ErrChanged, or the import adds its
// target beside as a conflict. Never both, the second undoing the first.
func testEditDuringReviewedImport(t *testing.T, s tm.Store) {
	maint(t, s)
	const orig = "Le sommet a été annulé."
	if _, err := tm.New(s).Add(ctx, pair("The summit was cancelled.", orig)); err != nil {
		t.Fatal(err)
	}
	id := lastID(t, s)
	var out bytes.Buffer
	if err := tm.New(s).Export(ctx, &out, tm.ExportOptions{Format: tm.FormatXLIFF, Src: language.English, Tgt: language.French}); err != nil {
		t.Fatal(err)
	}
	reviewed := strings.Replace(out.String(), ">"+orig+"</target>", ">Le sommet n'aura pas lieu.</target>", 1)
	d := tm.New(GateWrites(s, 2))
	var st tm.ImportStats
	var importErr, editErr error
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		st, importErr = d.ImportFile(ctx, strings.NewReader(reviewed), "rev.xlf", tm.ImportFileOptions{By: "rev"})
	}()
	go func() {
		defer wg.Done()
		editErr = d.EditUnit(ctx, id, tm.UnitEdit{Text: "Le sommet est annulé.", By: "ann", Was: orig})
	}()
	wg.Wait()
	if importErr != nil {
		t.Fatal(importErr)
	}
	u, err := tm.New(s).Unit(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case editErr == nil && st.Updated == 0 && st.Conflicts == 1 && st.Added == 1:
		if u.Variants[1].Text != "Le sommet est annulé." {
			t.Errorf("edit first: the unit reads %q; want the edit's", u.Variants[1].Text)
		}
	case errors.Is(editErr, tm.ErrChanged) && st.Updated == 1:
		if u.Variants[1].Text != "Le sommet n'aura pas lieu." {
			t.Errorf("import first: the unit reads %q; want the file's", u.Variants[1].Text)
		}
	default:
		t.Fatalf("edit = %v, import = %+v; want one of them to replace the unit and the other to see it", editErr, st)
	}
	if got := was(u, "fr"); !slices.Equal(got, []string{orig}) {
		t.Errorf("history = %q; want the target both started from once", got)
	}
}

// testDryRun: a Write whose function returns tm.ErrRollback stores
// nothing and says so; an import with DryRun (ImportFile, and ImportFiles
// of several files in one transaction) counts what the real import that
// follows it counts (added, merged, reviewed units updated, conflicts,
// each file seeing the files before it) and leaves the store as it was:
// its units complete, word index, import log.
func testDryRun(t *testing.T, s tm.Store) {
	maint(t, s)
	err := s.Write(ctx, func(w tm.Writer) error {
		if err := w.PutUnits(ctx, []tm.UnitRecord{rec(2, "c", "d")}, make([]int64, 1)); err != nil {
			return err
		}
		if err := w.LogImport(ctx, tm.ImportRecord{File: "x"}); err != nil {
			return err
		}
		return fmt.Errorf("dry: %w", tm.ErrRollback)
	})
	if !errors.Is(err, tm.ErrRollback) {
		t.Errorf("Write(f returning ErrRollback) = %v; want an error wrapping tm.ErrRollback", err)
	}
	if us, ids, im := scanAll(t, s), postings(t, s, 1000), imports(t, s); len(us)+len(ids)+len(im) != 0 {
		t.Errorf("after a Write rolled back the store holds %d units, posting list %v, import log %v; want nothing", len(us), ids, im)
	}

	d := tm.New(s)
	exported := importSentencesExportXLIFF(t, d, false)
	const old = ">Phrase 7.</target>"
	dir := t.TempDir()
	files := map[string]string{
		"rev.xlf":   strings.Replace(exported, old, ">Phrase sept.</target>", 1),
		"other.xlf": strings.Replace(exported, old, ">Phrase numéro sept.</target>", 1), // after rev.xlf: a conflict
		"new.tsv":   "Sentence 1.\tPhrase un.\nA new sentence.\tUne phrase nouvelle.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	names := []string{filepath.Join(dir, "new.tsv"), filepath.Join(dir, "rev.xlf"), filepath.Join(dir, "other.xlf"), filepath.Join(dir, "new.tsv")}
	type fileStats struct {
		name string
		st   tm.ImportStats
	}
	importFiles := func(dry bool) ([]fileStats, []string) {
		var got []fileStats
		var warned []string
		err := d.ImportFiles(ctx, names, tm.ImportFilesOptions{ReadOptions: tm.ReadOptions{Src: language.English, Tgt: language.French}, DryRun: dry,
			Imported: func(name string, st tm.ImportStats) { got = append(got, fileStats{filepath.Base(name), st}) },
			Warn:     func(name string, e *tmx.Error) { warned = append(warned, filepath.Base(name)+": "+e.Error()) }})
		if err != nil {
			t.Fatalf("ImportFiles(DryRun %v): %v", dry, err)
		}
		return got, warned
	}
	before, beforeLog := scanAll(t, s), imports(t, s)
	beforeStats, _ := d.Stats(ctx)
	dry, dryWarned := importFiles(true)
	if after := scanAll(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("a dry run changed the units: %d units after, %d before", len(after), len(before))
	}
	if after := imports(t, s); !reflect.DeepEqual(after, beforeLog) {
		t.Errorf("a dry run was logged: %+v; want %+v", after, beforeLog)
	}
	afterStats, _ := d.Stats(ctx)
	afterStats.Bytes = beforeStats.Bytes // a write rolled back may leave dead rows on disk (PostgreSQL)
	if !reflect.DeepEqual(afterStats, beforeStats) {
		t.Errorf("a dry run changed the stats: %+v; want %+v", afterStats, beforeStats)
	}
	one, err := d.ImportFile(ctx, strings.NewReader(files["rev.xlf"]), "rev.xlf", tm.ImportFileOptions{DryRun: true})
	if err != nil || one.Updated != 1 || one.Merged != 299 {
		t.Errorf("ImportFile(rev.xlf, DryRun) = %+v, %v; want 1 updated, 299 merged", one, err)
	}
	if after := scanAll(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("a dry run of one file changed the units")
	}
	real, realWarned := importFiles(false)
	if !reflect.DeepEqual(dry, real) || !reflect.DeepEqual(dryWarned, realWarned) {
		t.Errorf("dry run = %+v, warnings %q;\nreal import = %+v, warnings %q; want the same", dry, dryWarned, real, realWarned)
	}
	want := []struct{ read, added, merged, updated, conflicts int }{{2, 2, 0, 0, 0}, {300, 0, 299, 1, 0}, {300, 1, 299, 0, 1}, {2, 0, 2, 0, 0}}
	for i, w := range want {
		if i >= len(real) {
			t.Fatalf("the import reported %d files; want %d", len(real), len(want))
		}
		st := real[i].st
		if g := (struct{ read, added, merged, updated, conflicts int }{st.Read, st.Added, st.Merged, st.Updated, st.Conflicts}); g != w {
			t.Errorf("file %d (%s): %+v; want %+v", i+1, real[i].name, g, w)
		}
	}
	if after, _ := d.Stats(ctx); after.Units != beforeStats.Units+3 {
		t.Errorf("units after the real import: %d; want %d", after.Units, beforeStats.Units+3)
	}
}

func imports(t *testing.T, s tm.Store) []tm.ImportRecord {
	t.Helper()
	im, err := s.Imports(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// testScripts: the store keeps each variant's whole tag (its script and
// region), which lookups need to tell a Simplified Chinese translation from
// a Traditional one and a Latin Serbian one from a Cyrillic one (both are
// indexed under their language subtag, zh and sr); Norwegian no and nb
// meet, as target and as source (through the exact and the word index).
func testScripts(t *testing.T, s tm.Store) {
	db := tm.New(s)
	add := func(src, tgt, st, tt string) {
		t.Helper()
		sl, tl := language.MustParse(src), language.MustParse(tgt)
		if _, err := db.Add(ctx, tm.Unit{SrcLang: sl, Variants: []tm.Variant{{Lang: sl, Text: st}, {Lang: tl, Text: tt}}}); err != nil {
			t.Fatal(err)
		}
	}
	add("en", "zh-CN", "Thank you.", "谢谢。")
	add("en", "zh-Hant-TW", "Thank you.", "謝謝。")
	add("en", "sr-Cyrl", "Good night.", "Лаку ноћ.")
	add("en", "sr-Latn", "Good night.", "Laku noć.")
	add("no", "en", "Takk for maten.", "Thanks for the meal.")
	for _, c := range []struct{ src, tgt, query, want string }{
		{"en", "zh-TW", "Thank you.", "謝謝。"},
		{"en", "zh-CN", "Thank you.", "谢谢。"},
		{"en", "sr-Latn", "Good night.", "Laku noć."},
		{"en", "sr-Cyrl", "Good night.", "Лаку ноћ."},
		{"nb-NO", "en", "Takk for maten.", "Thanks for the meal."},
		{"nb-NO", "en", "Takk for maten!", "Thanks for the meal."},
	} {
		ms, err := db.Lookup(ctx, c.query, tm.LookupOptions{Src: language.MustParse(c.src), Tgt: language.MustParse(c.tgt)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range ms {
			got = append(got, m.Target)
		}
		if !slices.Equal(got, []string{c.want}) {
			t.Errorf("Lookup(%q, %s -> %s) targets = %q; want [%s] (no other script)", c.query, c.src, c.tgt, got, c.want)
		}
	}
	var tags []string
	for u, err := range db.Units(ctx, tm.ExportOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		tags = append(tags, u.Variants[1].Lang.String())
	}
	if want := []string{"zh-CN", "zh-Hant-TW", "sr-Cyrl", "sr-Latn", "en"}; !slices.Equal(tags, want) {
		t.Errorf("Units: target tags %q; want %q (scripts and regions kept)", tags, want)
	}
	sets, complete, err := s.(tm.LangSetLister).LangSets(ctx)
	if err != nil || !complete || !slices.Contains(sets, "en zh-Hant-TW") || !slices.Contains(sets, "en sr-Latn") {
		t.Errorf("LangSets() = %q, %v, %v; want en zh-Hant-TW and en sr-Latn among them, complete", sets, complete, err)
	}
}

// reviewedPairs are pairs as the review page stores them (the server's
// POST /api/v1/units with "reviewed"): of the document tm.ReviewedFile,
// an aligner's score, the prop tm.PropReviewed naming by, created by by,
// in document order.
func reviewedPairs(by string) []tm.Unit {
	var us []tm.Unit
	for i, p := range [][2]string{{"The vote was postponed.", "Le vote a été reporté."}, {"It rained.", "Il a plu."}, {"We left.", "Nous sommes partis."}} {
		u := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: p[0]}, {Lang: language.French, Text: p[1]}},
			Origin: tm.Origin{File: tm.ReviewedFile, Score: 0.5 + float64(i)/10}, CreatedBy: by,
			Props: []tm.Prop{{Type: tm.PropReviewed, Text: by}}}
		us = append(us, u)
	}
	return us
}

// storeReviewed imports units as the server stores a review by by.
func storeReviewed(t *testing.T, d *tm.DB, by string, units []tm.Unit) tm.ImportStats {
	t.Helper()
	st, err := d.Import(ctx, unitSeq(units), tm.ImportOptions{File: tm.ReviewedFile, Sequential: true, By: by})
	if err != nil {
		t.Fatalf("store %s's review: %v", by, err)
	}
	return st
}

// testReviewers: a pair confirmed by two reviewers is one unit that names
// both (tm.PropReviewed), the first as its creator, the second as its
// last change; the same reviewer's store again changes nothing; an
// aligner's unconfirmed copy of the pair stays a unit of its own; a TMX
// export imported back adds nothing. Before, the reviewer's name was part
// of the unit's identity, and a second reviewer's store added every pair
// again.
func testReviewers(t *testing.T, s tm.Store) {
	maint(t, s)
	d := tm.New(s)
	if st := storeReviewed(t, d, "Ann", reviewedPairs("Ann")); st.Added != 3 {
		t.Fatalf("Ann's store = %+v; want 3 added", st)
	}
	if st := storeReviewed(t, d, "Bo", reviewedPairs("Bo")); st.Added != 0 || st.Merged != 3 {
		t.Errorf("Bo's store of the same pairs = %+v; want 0 added, 3 merged", st)
	}
	if st := storeReviewed(t, d, "Ann", reviewedPairs("Ann")); st.Added != 0 || st.Merged != 3 {
		t.Errorf("Ann's second store = %+v; want 0 added, 3 merged", st)
	}
	us := scanAll(t, s)
	if len(us) != 3 {
		t.Fatalf("%d units after three stores of 3 pairs; want 3", len(us))
	}
	for _, u := range us {
		if got := tm.Reviewers(&u.Unit); !slices.Equal(got, []string{"Ann", "Bo"}) || len(u.Props) != 4 {
			t.Errorf("unit %d reviewers %q, props %+v; want Ann and Bo, each once, each with a date", u.ID, got, u.Props)
		}
		if u.CreatedBy != "Ann" || u.ChangedBy != "Bo" || u.Changed.IsZero() || u.Origin.File != tm.ReviewedFile {
			t.Errorf("unit %d created by %q, changed by %q at %v, file %q; want created by Ann, changed by Bo, of %q",
				u.ID, u.CreatedBy, u.ChangedBy, u.Changed, u.Origin.File, tm.ReviewedFile)
		}
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 50, Max: 5}
	if ms, err := d.Lookup(ctx, "It rained.", opt); err != nil || len(ms) != 1 {
		t.Errorf("Lookup = %+v, %v; want the pair once", ms, err)
	}

	// The TMX export carries both names on one unit, and imported back
	// adds nothing.
	var b bytes.Buffer
	if err := d.Export(ctx, &b, tm.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	if n, names := strings.Count(b.String(), "<tu "), strings.Count(b.String(), `<prop type="x-bitext-reviewed">`); n != 3 || names != 6 {
		t.Errorf("TMX export has %d units, %d reviewer props; want 3 and 6:\n%s", n, names, b.String())
	}
	st, err := d.ImportFile(ctx, bytes.NewReader(b.Bytes()), "tm.tmx", tm.ImportFileOptions{By: "Cy"})
	if err != nil || st.Added != 0 || st.Merged != 3 {
		t.Errorf("TMX export imported back = %+v, %v; want 0 added, 3 merged", st, err)
	}

	// An aligner's copy of a pair, confirmed by nobody, is a unit of its
	// own: a lookup ranks a confirmed pair apart from it.
	aligned := reviewedPairs("")[1]
	aligned.Props, aligned.CreatedBy, aligned.Origin = nil, "", tm.Origin{File: "a.txt", Score: 0.5}
	if st, err := d.Import(ctx, unitSeq([]tm.Unit{aligned}), tm.ImportOptions{File: "a.txt"}); err != nil || st.Added != 1 {
		t.Errorf("an aligner's copy = %+v, %v; want 1 added", st, err)
	}

	// A third reviewer, two of whose pairs come twice in one store (one
	// batch: the second merges into the first before either is stored).
	cy := reviewedPairs("Cy")
	cy = append(cy, reviewedPairs("Di")[:2]...)
	if st := storeReviewed(t, d, "Cy", cy); st.Added != 0 || st.Merged != 5 {
		t.Errorf("Cy's store = %+v; want 0 added, 5 merged", st)
	}
	if us := scanAll(t, s); len(us) != 4 || !slices.Equal(tm.Reviewers(&us[0].Unit), []string{"Ann", "Bo", "Cy", "Di"}) ||
		!slices.Equal(tm.Reviewers(&us[2].Unit), []string{"Ann", "Bo", "Cy"}) || us[2].ChangedBy != "Cy" {
		t.Errorf("after Cy's store: %d units, reviewers %q and %q, the last changed by %q; want 4, Ann Bo Cy Di, Ann Bo Cy, Cy",
			len(us), tm.Reviewers(&us[0].Unit), tm.Reviewers(&us[2].Unit), us[2].ChangedBy)
	}
}

// testReviewerDates: each reviewer's date is kept (tm.PropReviewedOn),
// the first's and the last's as the unit's creation and change, those
// between too; the TMX export carries them, and imported back, into the
// TM or into an empty one, they are the same. Before, a unit kept the
// names of the reviewers between the first and the last, not their dates.
func testReviewerDates(t *testing.T, s tm.Store) {
	maint(t, s)
	d := tm.New(s)
	names := []string{"Ann", "Bo", "Cy"}
	for i, by := range names {
		us := reviewedPairs(by)
		for j := range us {
			us[j].Created = day(i + 1)
		}
		storeReviewed(t, d, by, us)
	}
	check := func(what string, want int) {
		t.Helper()
		us := scanAll(t, s)
		if len(us) != want {
			t.Fatalf("%s: %d units; want %d", what, len(us), want)
		}
		for _, u := range us {
			rs := tm.Reviews(&u.Unit)
			ok := len(rs) == len(names)
			for i := range rs {
				ok = ok && rs[i].By == names[i] && rs[i].At.Equal(day(i+1))
			}
			if !ok || u.CreatedBy != "Ann" || !u.Created.Equal(day(1)) || u.ChangedBy != "Cy" || !u.Changed.Equal(day(3)) {
				t.Errorf("%s: unit %d reviews %v, created by %q %v, changed by %q %v; want Ann %v, Bo %v, Cy %v, created by Ann, changed by Cy",
					what, u.ID, rs, u.CreatedBy, u.Created, u.ChangedBy, u.Changed, day(1), day(2), day(3))
			}
		}
	}
	check("three reviewers' stores", 3)
	var b bytes.Buffer
	if err := d.Export(ctx, &b, tm.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), `<prop type="`+tm.PropReviewedOn+`">`); n != 9 {
		t.Errorf("TMX export has %d reviewer dates; want 9:\n%s", n, b.String())
	}
	st, err := d.ImportFile(ctx, bytes.NewReader(b.Bytes()), "tm.tmx", tm.ImportFileOptions{By: "Di"})
	if err != nil || st.Added != 0 || st.Merged != 3 {
		t.Errorf("TMX export imported back = %+v, %v; want 0 added, 3 merged", st, err)
	}
	check("the export imported back", 3)
	var ids []int64
	for _, u := range scanAll(t, s) {
		ids = append(ids, u.ID)
	}
	if _, err := d.DeleteUnits(ctx, ids...); err != nil {
		t.Fatal(err)
	}
	if st, err := d.ImportFile(ctx, bytes.NewReader(b.Bytes()), "tm.tmx", tm.ImportFileOptions{By: "Di"}); err != nil || st.Added != 3 {
		t.Errorf("TMX export imported into the emptied TM = %+v, %v; want 3 added", st, err)
	}
	check("the export imported into the emptied TM", 3)
}

// ReviewedOldHash checks that a TM made before a reviewer's name left a
// unit's identity (tm.PropReviewed) merges a new store of a reviewed
// pair with the stored one: a store's test gives setHash, which sets the
// stored hash of unit id to hash (the hash the older rule gave it, which
// counted the name), in SQL of its own.
//
// other is another new store: a TM of today whose reviewed pairs tm copy
// copies into the old one merge with its unit too.
func ReviewedOldHash(t *testing.T, s, other tm.Store, setHash func(t *testing.T, id, hash int64)) {
	maint(t, s)
	d := tm.New(s)
	storeReviewed(t, d, "Ann", reviewedPairs("Ann")[:1])
	us := scanAll(t, s)
	h, err := tm.UnitHash(us[0].Unit)
	if err != nil {
		t.Fatal(err)
	}
	setHash(t, us[0].ID, h^0x5eed)
	if st := storeReviewed(t, d, "Ann", reviewedPairs("Ann")[:1]); st.Added != 0 || st.Merged != 1 {
		t.Errorf("Ann's store again into the old TM = %+v; want 0 added, 1 merged", st)
	}
	if st := storeReviewed(t, d, "Bo", reviewedPairs("Bo")[:1]); st.Added != 0 || st.Merged != 1 {
		t.Errorf("Bo's store into the old TM = %+v; want 0 added, 1 merged", st)
	}
	setHash(t, us[0].ID, h^0x5eed) // old again
	od := tm.New(other)
	storeReviewed(t, od, "Di", reviewedPairs("Di")[:1])
	storeReviewed(t, od, "Ann", reviewedPairs("Ann")[:1])
	if st, err := d.Copy(ctx, od, tm.CopyOptions{}); err != nil || st.Added != 0 || st.Merged != 1 {
		t.Errorf("tm copy of a TM of today into the old TM = %+v, %v; want 0 added, 1 merged", st, err)
	}
	us = scanAll(t, s)
	if len(us) != 1 || !slices.Equal(tm.Reviewers(&us[0].Unit), []string{"Ann", "Bo", "Di"}) {
		t.Fatalf("old TM after a copy and two stores: %d units, the first's reviewers %q; want 1, Ann, Bo and Di", len(us), tm.Reviewers(&us[0].Unit))
	}
	// Rewritten, the unit has today's hash: a plain merge by hash finds it.
	ids := make([]int64, 1)
	rec := tm.UnitRecord{Unit: us[0].Unit}
	rec.Hash, _ = tm.UnitHash(us[0].Unit)
	rec.Langs, rec.Bases, rec.Keys, rec.Words = []string{"en", "fr"}, []string{"en", "fr"}, []int64{1, 2}, [][]int64{nil, nil}
	rec.SrcLangText = "en"
	if err := s.Write(ctx, func(w tm.Writer) error { return w.PutUnits(ctx, []tm.UnitRecord{rec}, ids) }); err != nil || ids[0] != 0 {
		t.Errorf("PutUnits of the unit with today's hash = id %d, %v; want a merge (0)", ids[0], err)
	}
}

// FoldReviewedCopies checks that a TM made before a reviewer's name left
// a unit's identity, which holds a copy of a reviewed pair per reviewer
// who stored it (their hashes counted the name), has them folded into
// one unit a pair by the first write of a DB to it, and not by reads:
// every name kept, each with its date, the first the creator, the last
// the change; a lookup then finds the pair once. The TM is marked, so a
// later DB's first write folds nothing (a copy made after stays). setHash
// is as for ReviewedOldHash.
func FoldReviewedCopies(t *testing.T, s tm.Store, setHash func(t *testing.T, id, hash int64)) {
	maint(t, s)
	names := []string{"Ann", "Bo", "Cy"}
	oldReviewedTM(t, s, names, setHash)
	foldReviewedCopies(t, s, names, setHash)
}

// FoldOnMaintenance checks that a deletion or an edit by id, the first
// write of a DB to a TM made before a reviewer's name left a unit's
// identity, folds its copies of reviewed pairs as a store does, after its
// change: a TM only ever edited or deleted from is folded too, and the
// ids the write names (read before, from a listing) are the units it
// deletes or edits. Each case opens a new TM: open gives it and its
// setHash (as for ReviewedOldHash).
func FoldOnMaintenance(t *testing.T, open func(t *testing.T) (tm.Store, func(t *testing.T, id, hash int64))) {
	names := []string{"Ann", "Bo", "Cy"}
	for _, c := range []struct {
		name  string
		write func(d *tm.DB) error
		units int // after the write
		check func(t *testing.T, us []*tm.StoredUnit)
	}{
		{"delete Cy's copy of a pair (unit 9)", func(d *tm.DB) error {
			n, err := d.DeleteUnits(ctx, 9)
			if err == nil && n != 1 {
				err = fmt.Errorf("%d deleted; want 1", n)
			}
			return err
		}, 3, func(t *testing.T, us []*tm.StoredUnit) {
			if got := tm.Reviewers(&us[0].Unit); !slices.Equal(got, names[:2]) || us[0].ID != 6 {
				t.Errorf("the third pair: unit %d names %q; want unit 6 naming Ann and Bo", us[0].ID, got)
			}
		}},
		{"edit Ann's copy of a pair (unit 1)", func(d *tm.DB) error {
			return d.EditUnit(ctx, 1, tm.UnitEdit{Text: "Le vote a été ajourné.", By: "Di"})
		}, 4, func(t *testing.T, us []*tm.StoredUnit) {
			if us[0].ID != 1 || us[0].Variants[1].Text != "Le vote a été ajourné." {
				t.Errorf("unit %d: %q; want unit 1 edited", us[0].ID, us[0].Variants[1].Text)
			}
			if got := tm.Reviewers(&us[1].Unit); !slices.Equal(got, names[1:]) || us[1].ID != 7 {
				t.Errorf("the first pair's other copies: unit %d names %q; want unit 7 naming Bo and Cy", us[1].ID, got)
			}
		}},
		// A confirmation (the text unchanged) of an older copy: the pair's
		// copies are folded into the confirmed unit, which keeps its id,
		// every reviewer and the edit (its change date and changer). The
		// fold after the edit refused it ("unit 1: the same as another
		// unit: unit 7", unit 7 holding today's identity) on a TM whose
		// newest copy has it, and merged unit 1 away on one where none had.
		{"confirm Ann's copy of a pair (unit 1), its text unchanged", func(d *tm.DB) error {
			return d.EditUnit(ctx, 1, tm.UnitEdit{Text: "Le vote a été reporté.", By: "Di"})
		}, 3, func(t *testing.T, us []*tm.StoredUnit) {
			u := us[0]
			if got := tm.Reviewers(&u.Unit); u.ID != 1 || !slices.Equal(got, names) || u.ChangedBy != "Di" || time.Since(u.Changed) > time.Hour {
				t.Errorf("the first pair: unit %d naming %q, changed by %q on %v; want unit 1 naming Ann, Bo and Cy, changed by Di now", u.ID, got, u.ChangedBy, u.Changed)
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, setHash := open(t)
			maint(t, s)
			oldReviewedTM(t, s, names, setHash)
			if err := c.write(tm.New(s)); err != nil {
				t.Fatalf("the first write: %v", err)
			}
			us := scanAll(t, s)
			if len(us) != c.units {
				t.Fatalf("after the first write: %d units; want %d (the copies folded)", len(us), c.units)
			}
			c.check(t, us)
			// Marked: a later DB's first store folds nothing more.
			if st := storeReviewed(t, tm.New(s), "Di", reviewedPairs("Di")); st.Added != 0 || st.Merged != 3 {
				t.Errorf("Di's store after the fold = %+v; want 0 added, 3 merged", st)
			}
		})
	}
}

// oldReviewedTM stores in s a TM made before reviewers left identity:
// each reviewer's store added a copy of the three pairs (a store without
// maintenance merges by hash alone, as the old rule did), all but the last
// reviewer's with a hash that counted the name; reviewer i's on day i+1.
func oldReviewedTM(t *testing.T, s tm.Store, names []string, setHash func(t *testing.T, id, hash int64)) {
	t.Helper()
	old := tm.New(struct{ tm.Store }{s})
	before := len(scanAll(t, s))
	for i, by := range names {
		us := reviewedPairs(by)
		for j := range us {
			us[j].Created = day(i + 1)
		}
		storeReviewed(t, old, by, us)
		if i < len(names)-1 {
			for _, u := range scanAll(t, s)[before+3*i:] {
				h, err := tm.UnitHash(u.Unit)
				if err != nil {
					t.Fatal(err)
				}
				setHash(t, u.ID, h^int64(0x5eed+i))
			}
		}
	}
	if n := len(scanAll(t, s)); n != before+9 {
		t.Fatalf("the old TM has %d units; want %d (3 pairs, 3 reviewers)", n, before+9)
	}
}

func foldReviewedCopies(t *testing.T, s tm.Store, names []string, setHash func(t *testing.T, id, hash int64)) {
	old := tm.New(struct{ tm.Store }{s})
	d := tm.New(s)
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 50, Max: 5}
	if _, err := d.Lookup(ctx, "It rained.", opt); err != nil {
		t.Fatal(err)
	}
	if err := d.Export(ctx, io.Discard, tm.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := len(scanAll(t, s)); n != 9 {
		t.Fatalf("after a lookup and an export: %d units; want 9 (a read writes nothing)", n)
	}

	aligned := reviewedPairs("")[0]
	aligned.Variants[0].Text, aligned.Props, aligned.CreatedBy, aligned.Origin = "The talks ended.", nil, "", tm.Origin{File: "a.txt", Score: 0.5}
	if st, err := d.Import(ctx, unitSeq([]tm.Unit{aligned}), tm.ImportOptions{File: "a.txt"}); err != nil || st.Added != 1 {
		t.Fatalf("the first write (an aligner's pair) = %+v, %v; want 1 added", st, err)
	}
	us := scanAll(t, s)
	if len(us) != 4 {
		t.Fatalf("after the first write: %d units; want 4 (3 pairs folded, 1 added)", len(us))
	}
	for _, u := range us[:3] {
		rs := tm.Reviews(&u.Unit)
		ok := len(rs) == len(names)
		for i := range rs {
			ok = ok && rs[i].By == names[i] && rs[i].At.Equal(day(i+1))
		}
		if !ok || u.CreatedBy != "Ann" || !u.Created.Equal(day(1)) || u.ChangedBy != "Cy" || !u.Changed.Equal(day(3)) {
			t.Errorf("folded unit %d: reviews %v, created by %q %v, changed by %q %v; want Ann %v, Bo %v, Cy %v, created by Ann, changed by Cy",
				u.ID, rs, u.CreatedBy, u.Created, u.ChangedBy, u.Changed, day(1), day(2), day(3))
		}
	}
	if ms, err := d.Lookup(ctx, "It rained.", opt); err != nil || len(ms) != 1 {
		t.Errorf("Lookup after the fold = %d matches, %v; want 1", len(ms), err)
	}
	if st := storeReviewed(t, d, "Di", reviewedPairs("Di")); st.Added != 0 || st.Merged != 3 {
		t.Errorf("Di's store after the fold = %+v; want 0 added, 3 merged", st)
	}

	// Marked: a copy made after (by a store that merges by hash alone,
	// into a unit given an old hash) is not folded by a later DB's write.
	setHash(t, us[0].ID, 0x5eed)
	storeReviewed(t, old, "Ed", reviewedPairs("Ed")[:1])
	if _, err := tm.New(s).Import(ctx, unitSeq([]tm.Unit{aligned}), tm.ImportOptions{File: "a.txt"}); err != nil {
		t.Fatal(err)
	}
	if n := len(scanAll(t, s)); n != 5 {
		t.Errorf("a later DB's first write: %d units; want 5 (the TM was folded once)", n)
	}
}

// ChoreShape is a bitext_chores of another shape than the store's own
// (ChoresOtherShape): Make makes it, Drop removes it and fails if it is
// not as Make made it.
type ChoreShape struct {
	Name       string
	Make, Drop func(t *testing.T)
}

// ChoresOtherShape checks that a bitext_chores of another shape than the
// store's own (made by hand, or by a later bitext: no schema version
// guards it), which holds no mark the store can read or write, refuses
// no write: the first write of each DB folds the reviewed copies as when
// there is no table, and the table is left as it was (each of shapes made
// then dropped). setHash is as for ReviewedOldHash.
func ChoresOtherShape(t *testing.T, s tm.Store, setHash func(t *testing.T, id, hash int64), shapes []ChoreShape) {
	maint(t, s)
	names := []string{"Ann", "Bo", "Cy"}
	for _, shape := range shapes {
		shape.Make(t)
		oldReviewedTM(t, s, names, setHash)
		aligned := reviewedPairs("")[0]
		aligned.Variants[0].Text, aligned.Props, aligned.CreatedBy, aligned.Origin = "The talks ended.", nil, "", tm.Origin{File: "a.txt", Score: 0.5}
		for i := range 2 {
			if _, err := tm.New(s).Import(ctx, unitSeq([]tm.Unit{aligned}), tm.ImportOptions{File: "a.txt"}); err != nil {
				t.Fatalf("%s: DB %d's first write: %v; want it stored", shape.Name, i+1, err)
			}
		}
		us := scanAll(t, s)
		if len(us) != 4 {
			t.Errorf("%s: %d units after two DBs' writes; want 4 (3 pairs folded, 1 added)", shape.Name, len(us))
		}
		var ids []int64
		for _, u := range us {
			ids = append(ids, u.ID)
		}
		if _, err := tm.New(s).DeleteUnits(ctx, ids...); err != nil {
			t.Fatalf("%s: %v", shape.Name, err)
		}
		shape.Drop(t)
	}
}

// unitSeq gives units as Import reads them.
func unitSeq(units []tm.Unit) func(yield func(tm.Unit, error) bool) {
	return func(yield func(tm.Unit, error) bool) {
		for _, u := range units {
			if !yield(u, nil) {
				return
			}
		}
	}
}

// testOneReviewEach: one reviewer is one confirmation. A file that
// repeats a reviewer's prop 50 times, and their date prop with three
// dates, is stored with one of each, the latest date kept; a unit an
// older bitext stored with 50 (repeatReviewers) is exported with one, and
// a second reviewer's store merged into it leaves one a name.
func testOneReviewEach(t *testing.T, s tm.Store) {
	maint(t, s)
	count := func(u *tm.Unit, typ string) int {
		n := 0
		for _, p := range u.Props {
			if p.Type == typ {
				n++
			}
		}
		return n
	}
	d := tm.New(s)
	u := reviewedPairs("Ann")[0]
	u.Origin = tm.Origin{}
	for range 49 {
		u.Props = append(u.Props, tm.Prop{Type: tm.PropReviewed, Text: "Ann"})
	}
	for _, date := range []string{"20240102T120000Z", "20240105T120000Z", "20240103T120000Z", "20240105T120000Z"} {
		u.Props = append(u.Props, tm.Prop{Type: tm.PropReviewedOn, Text: date + " Ann"})
	}
	if _, err := d.Import(ctx, unitSeq([]tm.Unit{u}), tm.ImportOptions{File: "r.tmx"}); err != nil {
		t.Fatal(err)
	}
	us := scanAll(t, s)
	if n, m := count(&us[0].Unit, tm.PropReviewed), count(&us[0].Unit, tm.PropReviewedOn); n != 1 || m != 1 {
		t.Errorf("imported with 50 reviewer props and 4 dates of Ann: %d and %d stored; want 1 and 1", n, m)
	}
	if rs := tm.Reviews(&us[0].Unit); len(rs) != 1 || !rs[0].At.Equal(day(5)) {
		t.Errorf("Reviews of the imported unit = %v; want Ann on %v (the latest date)", rs, day(5))
	}

	old := tm.New(repeatReviewers{s})
	storeReviewed(t, old, "Ann", reviewedPairs("Ann")[1:2])
	us = scanAll(t, s)
	if n := count(&us[1].Unit, tm.PropReviewed); n != 50 {
		t.Fatalf("an older bitext's store: %d reviewer props; want 50", n)
	}
	var buf bytes.Buffer
	if err := d.Export(ctx, &buf, tm.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), tm.PropReviewed+`">Ann<`); n != 2 {
		t.Errorf("the export names Ann %d times; want 2 (once a unit)", n)
	}
	if st := storeReviewed(t, d, "Bo", reviewedPairs("Bo")[1:2]); st.Merged != 1 {
		t.Fatalf("Bo's store = %+v; want 1 merged", st)
	}
	us = scanAll(t, s)
	if n, names := count(&us[1].Unit, tm.PropReviewed), tm.Reviewers(&us[1].Unit); n != 2 || len(names) != 2 {
		t.Errorf("after Bo's store: %d reviewer props naming %q; want 2, Ann and Bo", n, names)
	}
}

// repeatReviewers is a store whose writes store each reviewer prop of a
// unit 50 times, as an older bitext kept a file's repeated props (and it
// has no maintenance, as such a bitext merged by hash alone).
type repeatReviewers struct{ tm.Store }

func (r repeatReviewers) Write(ctx context.Context, f func(tm.Writer) error) error {
	return r.Store.Write(ctx, func(w tm.Writer) error { return f(repeatWriter{w}) })
}

type repeatWriter struct{ tm.Writer }

func (w repeatWriter) PutUnits(ctx context.Context, recs []tm.UnitRecord, ids []int64) error {
	recs = slices.Clone(recs)
	for i := range recs {
		var props []tm.Prop
		for _, p := range recs[i].Props {
			props = append(props, p)
			if p.Type == tm.PropReviewed {
				for range 49 {
					props = append(props, p)
				}
			}
		}
		recs[i].Props = props
	}
	return w.Writer.PutUnits(ctx, recs, ids)
}

// testReviewersAtOnce: reviewers storing the same new pairs at the same
// instant (their writes gated to start together) make one unit a pair
// that names every one of them. One pair each: on PostgreSQL the writes
// run at once (a one-unit write takes no import lock), the later
// inserts wait for the first's and merge by hash, then take their names;
// three pairs each: the imports take turns.
func testReviewersAtOnce(t *testing.T, s tm.Store) {
	maint(t, s)
	for _, pairs := range []int{1, 3} {
		before := len(scanAll(t, s))
		const n = 6
		d := tm.New(GateWrites(s, n))
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				by := fmt.Sprintf("R%d-%d", pairs, i)
				units := reviewedPairs(by)[:pairs]
				for j := range units {
					units[j].Variants[0].Text += fmt.Sprint(" ", pairs)
				}
				_, errs[i] = d.Import(ctx, unitSeq(units), tm.ImportOptions{File: tm.ReviewedFile, Sequential: true, By: by})
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("%d pairs: reviewer %d: %v", pairs, i, err)
			}
		}
		us := scanAll(t, s)[before:]
		if len(us) != pairs {
			t.Errorf("%d reviewers storing %d new pairs at once: %d units; want %d", n, pairs, len(us), pairs)
		}
		for _, u := range us {
			if got := tm.Reviewers(&u.Unit); len(got) != n {
				t.Errorf("%d pairs: unit %d names %q; want %d reviewers", pairs, u.ID, got, n)
			}
		}
	}
}
