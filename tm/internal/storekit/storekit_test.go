package storekit

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

func TestLangCache(t *testing.T) {
	texts := []string{"", "en", "fr", "de", "hu", "fa", "ar", "ru", "zh-Hant", "ja", "pt-BR", "es", "it", "nl", "sv"}
	var c LangCache
	for round := range 2 { // the second round reads what the first remembered
		for _, s := range texts {
			want := language.Und
			if s != "" {
				want = language.MustParse(s)
			}
			if got, err := c.Parse(s); err != nil || got != want {
				t.Errorf("round %d: parse(%q) = %v, %v; want %v", round, s, got, err, want)
			}
		}
	}
	if _, err := c.Parse("x!"); err == nil || !strings.Contains(err.Error(), `"x!"`) {
		t.Errorf("parse(x!) = %v; want an error naming it", err)
	}
}

// fakeRows are rows held in memory, scanned by assigning each value to
// its destination (as a driver would for these types).
type fakeRows struct {
	rows [][]any
	i    int
	err  error // returned by Err at the end
}

func (r *fakeRows) Next() bool { r.i++; return r.i <= len(r.rows) }
func (r *fakeRows) Err() error { return r.err }
func (r *fakeRows) Scan(dest ...any) error {
	row := r.rows[r.i-1]
	if len(dest) != len(row) {
		return fmt.Errorf("scan: %d destinations for %d columns", len(dest), len(row))
	}
	for i, d := range dest {
		reflect.ValueOf(d).Elem().Set(reflect.ValueOf(row[i]))
	}
	return nil
}

func collect(t *testing.T, read func(f func(*tm.StoredUnit) error) error) []tm.StoredUnit {
	t.Helper()
	var out []tm.StoredUnit
	if err := read(func(u *tm.StoredUnit) error { out = append(out, *u); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestUnitsByID(t *testing.T) {
	rows := &fakeRows{rows: [][]any{
		{int64(1), int64(7), int64(11), int64(12), "a.txt", "a.en", "a.fr", 0.9, "en", "20240101T120000Z", "anna", "20240301T090000Z", "bob", "en", "minister", "The minister", ""},
		{int64(1), int64(7), int64(11), int64(12), "a.txt", "a.en", "a.fr", 0.9, "en", "20240101T120000Z", "anna", "20240301T090000Z", "bob", "fr", "ministre", "Le ministre", "<b>Le</b> ministre"},
		{int64(2), int64(3), int64(0), int64(0), "", "", "", 0.0, "", "", "", "", "", "de", "", "Der", ""},
		// the same unit asked for twice: a new position starts it again
		{int64(3), int64(3), int64(0), int64(0), "", "", "", 0.0, "", "", "", "", "", "de", "", "Der", ""},
	}}
	got := collect(t, func(f func(*tm.StoredUnit) error) error { return UnitsByID(rows, f) })
	if len(got) != 3 {
		t.Fatalf("%d units; want 3: %+v", len(got), got)
	}
	u := got[0]
	if u.ID != 7 || u.PrevHash != 11 || u.NextHash != 12 || u.Origin != (tm.Origin{File: "a.txt", SrcDoc: "a.en", TgtDoc: "a.fr", Score: 0.9}) ||
		len(u.Variants) != 2 || u.Variants[1].Lang != language.French || u.Variants[1].Markup != "<b>Le</b> ministre" ||
		!slices.Equal(u.Bases, []string{"minister", "ministre"}) ||
		!u.Created.Equal(time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)) || !u.Changed.Equal(time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)) ||
		u.SrcLang != language.English || u.CreatedBy != "anna" || u.ChangedBy != "bob" {
		t.Errorf("unit 7 = %+v", u)
	}
	if got[1].ID != 3 || got[2].ID != 3 || got[1].Origin != (tm.Origin{}) || !got[1].Changed.IsZero() || got[1].Variants[0].Lang != language.German ||
		got[1].SrcLang != language.Und || got[1].CreatedBy != "" {
		t.Errorf("units 3 = %+v, %+v", got[1], got[2])
	}
	// A bad stored tag names the unit; the rows' error stops the last unit.
	bad := &fakeRows{rows: [][]any{{int64(1), int64(5), "x!", "", "t", ""}}}
	if err := VariantsByID(bad, nil, func(*tm.StoredUnit) error { return nil }); err == nil || !strings.Contains(err.Error(), `unit 5: stored language "x!"`) {
		t.Errorf("a bad tag: error %v; want one naming unit 5 and the tag", err)
	}
	failed := errors.New("connection lost")
	n := 0
	err := VariantsByID(&fakeRows{rows: [][]any{{int64(1), int64(5), "en", "", "t", ""}}, err: failed}, nil,
		func(*tm.StoredUnit) error { n++; return nil })
	if err != failed || n != 0 {
		t.Errorf("failing rows: %d units, error %v; want none and the error", n, err)
	}
}

func TestVariantsByID(t *testing.T) {
	rows := &fakeRows{rows: [][]any{
		{int64(1), int64(7*256 + 0), "en", "b", "x", ""},
		{int64(1), int64(7*256 + 1), "fr", "c", "y", ""},
		{int64(2), int64(2*256 + 0), "en", "d", "z", ""},
	}}
	got := collect(t, func(f func(*tm.StoredUnit) error) error {
		return VariantsByID(rows, func(id int64) int64 { return id / 256 }, f)
	})
	if len(got) != 2 || got[0].ID != 7 || len(got[0].Variants) != 2 || got[1].ID != 2 || got[1].Bases[0] != "d" {
		t.Errorf("units = %+v; want 7 (two variants) and 2", got)
	}
}

func TestGlossary(t *testing.T) {
	isis, daesh := "ISIS", "Daesh"
	rows := &fakeRows{rows: [][]any{
		{"Islamic State", "org", "en ar", &daesh},
		{"Islamic State", "org", "en ar", &isis},
		{"Tehran", "", "", (*string)(nil)},
	}}
	got, err := Glossary(rows)
	if err != nil || len(got) != 2 {
		t.Fatalf("Glossary = %+v, %v; want 2 entries", got, err)
	}
	if e := got[0]; e.Canonical != "Islamic State" || e.Kind != "org" || !slices.Equal(e.Variants, []string{"Daesh", "ISIS"}) ||
		!slices.Equal(e.Langs, []language.Tag{language.English, language.Arabic}) {
		t.Errorf("entry 0 = %+v", e)
	}
	if e := got[1]; e.Canonical != "Tehran" || e.Variants != nil || e.Langs != nil {
		t.Errorf("entry 1 = %+v; want no variants, no languages", e)
	}
	if _, err := Glossary(&fakeRows{rows: [][]any{{"A", "", "en x!", (*string)(nil)}}}); err == nil || !strings.Contains(err.Error(), `glossary entry "A"`) {
		t.Errorf("a bad language: error %v; want one naming the entry", err)
	}
	if got := LangsText([]language.Tag{language.English, language.MustParse("zh-Hant")}); got != "en zh-Hant" {
		t.Errorf("LangsText = %q; want %q", got, "en zh-Hant")
	}
}

func TestCheckGlossaryAndSortedStrings(t *testing.T) {
	var checked []normalize.Entry
	err := CheckGlossary(&fakeRows{rows: [][]any{{"Tehran", "", "", (*string)(nil)}}}, func(es []normalize.Entry) error {
		checked = es
		return errors.New("refused")
	})
	if err == nil || err.Error() != "refused" || len(checked) != 1 || checked[0].Canonical != "Tehran" {
		t.Errorf("CheckGlossary: %v, checked %+v; want check's error after it saw Tehran", err, checked)
	}
	err = CheckGlossary(&fakeRows{rows: [][]any{{"A", "", "x!", (*string)(nil)}}}, func([]normalize.Entry) error {
		t.Error("check called with a glossary that did not read")
		return nil
	})
	if err == nil {
		t.Error("CheckGlossary of a bad language: no error")
	}
	got, err := SortedStrings(&fakeRows{rows: [][]any{{"ISIS"}, {"Daesh"}, {"IS"}}})
	if err != nil || !slices.Equal(got, []string{"Daesh", "IS", "ISIS"}) {
		t.Errorf("SortedStrings = %q, %v; want Daesh IS ISIS", got, err)
	}
	boom := errors.New("boom")
	if _, err := SortedStrings(&fakeRows{err: boom}); err != boom {
		t.Errorf("SortedStrings: %v; want the rows' error", err)
	}
}

func TestCountsAndIDs(t *testing.T) {
	lc, err := LangCounts(&fakeRows{rows: [][]any{{"en", 3}, {"fa", 2}}})
	if err != nil || !slices.Equal(lc, []tm.LangCount{{Lang: language.English, Count: 3}, {Lang: language.Persian, Count: 2}}) {
		t.Errorf("LangCounts = %v, %v", lc, err)
	}
	docs, err := Documents(&fakeRows{rows: [][]any{{"a.txt", 3}}})
	if err != nil || len(docs) != 1 || docs[0].Name != "a.txt" || docs[0].Units != 3 {
		t.Errorf("Documents = %v, %v", docs, err)
	}
	if err := DocumentLangs(docs, &fakeRows{rows: [][]any{{"a.txt", "fr"}, {"b.txt", "de"}, {"a.txt", "en"}, {"a.txt", "fr"}}}); err != nil || !slices.Equal(docs[0].Langs, []string{"en", "fr"}) {
		t.Errorf("DocumentLangs = %v, %v; want en fr, b.txt skipped", docs, err)
	}
	ids := map[int64]int64{}
	if err := HashIDs(&fakeRows{rows: [][]any{{int64(1), int64(-99)}, {int64(2), int64(42)}}}, ids); err != nil || ids[-99] != 1 || ids[42] != 2 {
		t.Errorf("HashIDs = %v, %v", ids, err)
	}
	var many [][]any
	for i := range 2500 {
		many = append(many, []any{int64(i)})
	}
	var sizes []int
	total := int64(0)
	err = IDBatches(context.Background(), &fakeRows{rows: many}, func(b []int64) {
		sizes = append(sizes, len(b))
		for _, id := range b {
			total += id
		}
	})
	if err != nil || !slices.Equal(sizes, []int{1024, 1024, 452}) || total != 2499*2500/2 {
		t.Errorf("IDBatches: batches %v, sum %d, %v; want 1024, 1024, 452 and every id", sizes, total, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := IDBatches(ctx, &fakeRows{rows: many}, func([]int64) { t.Error("a batch after cancel") }); err != context.Canceled {
		t.Errorf("IDBatches after cancel: %v; want context.Canceled", err)
	}
}

func TestMeta(t *testing.T) {
	if _, ok := MetaJSON(nil, nil, nil); ok {
		t.Error("MetaJSON of nothing is not NULL")
	}
	props := []tm.Prop{{Type: "x-domain", Text: "news"}}
	notes := []tm.Note{{Text: "checked"}}
	j, ok := MetaJSON(props, notes, nil) // the stored format: both stores' databases hold it

	if !ok || j != `{"props":[{"type":"x-domain","text":"news"}],"notes":[{"text":"checked"}]}` {
		t.Errorf("MetaJSON = %s, %v", j, ok)
	}
	if m := DecodeMeta(j); !reflect.DeepEqual(m, Meta{Props: props, Notes: notes}) {
		t.Errorf("DecodeMeta(MetaJSON) = %+v", m)
	}
	if m := DecodeMeta("not json"); !reflect.DeepEqual(m, Meta{}) {
		t.Errorf("DecodeMeta(bad) = %+v; want nothing", m)
	}
}
