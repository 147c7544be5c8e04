package tm_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

var enfr = tm.LookupOptions{Src: language.English, Tgt: language.French}

func TestEditUnit(t *testing.T) {
	d := openTemp(t)
	u := pair("The weather was fine.", "Il faisait mauvais.")
	u.Origin.Score = 0.7 // aligned
	if _, err := d.Import(ctx, seq(u, pair("It rained.", "Il a plu.")), tm.ImportOptions{File: "a.jsonl"}); err != nil {
		t.Fatal(err)
	}
	if err := d.EditUnit(ctx, 1, tm.UnitEdit{Text: "Il faisait beau.", By: "anna"}); err != nil {
		t.Fatal(err)
	}
	got, err := d.Unit(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got.Variants[1].Text != "Il faisait beau." || got.ChangedBy != "anna" || time.Since(got.Changed) > time.Minute ||
		got.Origin.Score != 0 || got.Origin.File != "a.jsonl" || got.Created.IsZero() {
		t.Errorf("edited unit = %+v; want the new text, changed now by anna, no aligner score, its file and creation kept", got)
	}
	ms, err := d.Lookup(ctx, "The weather was fine.", enfr)
	if err != nil || len(ms) != 1 || ms[0].Target != "Il faisait beau." || ms[0].UnitID != 1 {
		t.Errorf("lookup after edit = %+v, %v; want the new text, unit 1", ms, err)
	}
	// The new text's words are indexed: a lookup in French finds it.
	ms, _ = d.Lookup(ctx, "Il faisait beau hier.", tm.LookupOptions{Src: language.French, Tgt: language.English, Min: tm.NoMinimum})
	if len(ms) == 0 || ms[0].UnitID != 1 {
		t.Errorf("French lookup of the edited text = %+v; want unit 1", ms)
	}
	if err := d.EditUnit(ctx, 7, tm.UnitEdit{Text: "x"}); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("EditUnit(7) = %v; want ErrNoUnit", err)
	}
	if err := d.EditUnit(ctx, 1, tm.UnitEdit{Lang: language.German, Text: "x"}); !errors.Is(err, tm.ErrBadUnit) {
		t.Errorf("EditUnit(German) = %v; want ErrBadUnit", err)
	}
	if err := d.EditUnit(ctx, 1, tm.UnitEdit{Lang: language.English, Text: "The weather was fine today."}); err != nil {
		t.Fatal(err)
	}
	if got, _ := d.Unit(ctx, 1); got.Variants[0].Text != "The weather was fine today." || got.Variants[1].Text != "Il faisait beau." {
		t.Errorf("after editing the English = %+v", got.Variants)
	}
	// An edit from a text changed since (Was) is refused and changes
	// nothing; one from the stored text is made.
	err = d.EditUnit(ctx, 1, tm.UnitEdit{Text: "Il faisait très beau.", Was: "Il faisait mauvais."})
	if !errors.Is(err, tm.ErrChanged) || !strings.Contains(err.Error(), "“Il faisait beau.”") {
		t.Errorf("EditUnit from a stale text = %v; want ErrChanged quoting the stored text", err)
	}
	if got, _ := d.Unit(ctx, 1); got.Variants[1].Text != "Il faisait beau." {
		t.Errorf("after a refused edit = %+v", got.Variants)
	}
	if err := d.EditUnit(ctx, 1, tm.UnitEdit{Text: "Il faisait très beau.", Was: " Il faisait beau. "}); err != nil {
		t.Errorf("EditUnit from the stored text: %v", err)
	}
	// Who edits is a name: tm edit --by stored 5,000 bytes, which every
	// listing of the unit then carried (the server's PATCH refused them).
	err = d.EditUnit(ctx, 1, tm.UnitEdit{Text: "Il faisait un temps superbe.", By: strings.Repeat("a", 1025)})
	if !errors.Is(err, tm.ErrBadUnit) || !strings.Contains(err.Error(), "1025 bytes, at most 1024") {
		t.Errorf("EditUnit by a 1025-byte name = %v; want ErrBadUnit naming the bound", err)
	}
	if got, _ := d.Unit(ctx, 1); got.Variants[1].Text != "Il faisait très beau." {
		t.Errorf("after a refused edit = %+v", got.Variants)
	}
	if err := d.EditUnit(ctx, 1, tm.UnitEdit{Text: "Il faisait un temps superbe.", By: strings.Repeat("a", 1024)}); err != nil {
		t.Errorf("EditUnit by a 1024-byte name: %v", err)
	}
}

func TestDeleteUnitsAndDocuments(t *testing.T) {
	d := openTemp(t)
	if _, err := d.Import(ctx, seq(corpus[:3]...), tm.ImportOptions{File: "a.tsv"}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Import(ctx, seq(corpus[3:]...), tm.ImportOptions{File: "b.tsv"}); err != nil {
		t.Fatal(err)
	}
	docs, err := d.Documents(ctx)
	if err != nil || len(docs) != 2 || docs[0].Name != "a.tsv" || docs[0].Units != 3 || docs[1].Units != 3 {
		t.Fatalf("Documents = %+v, %v", docs, err)
	}
	// Import logs under the file's name: the documents' times are known.
	if d0 := docs[0]; len(d0.Langs) != 2 || d0.FirstStored.IsZero() || d0.LastStored.Before(d0.FirstStored) || docs[1].LastStored.Before(d0.LastStored) {
		t.Errorf("Documents = %+v; want two languages each, and times of the imports", docs)
	}
	// One id missing: nothing is deleted, and the error names it.
	if n, err := d.DeleteUnits(ctx, 1, 99, 98); n != 0 || !errors.Is(err, tm.ErrNoUnit) || !strings.Contains(err.Error(), "units 98, 99") {
		t.Errorf("DeleteUnits(1, 99, 98) = %d, %v; want ErrNoUnit naming 98, 99", n, err)
	}
	if _, err := d.Unit(ctx, 1); err != nil {
		t.Errorf("unit 1 after a refused delete: %v", err)
	}
	if n, err := d.DeleteUnits(ctx, 1, 1); n != 1 || err != nil {
		t.Errorf("DeleteUnits(1, 1) = %d, %v; want 1", n, err)
	}
	ms, _ := d.Lookup(ctx, corpus[0].Variants[0].Text, enfr)
	for _, m := range ms {
		if m.UnitID == 1 {
			t.Errorf("lookup found deleted unit 1")
		}
	}
	if n, err := d.DeleteDocument(ctx, "b.tsv"); n != 3 || err != nil {
		t.Errorf("DeleteDocument(b.tsv) = %d, %v; want 3", n, err)
	}
	if _, err := d.DeleteDocument(ctx, "b.tsv"); !errors.Is(err, tm.ErrNoSuchDocument) {
		t.Errorf("DeleteDocument(b.tsv) again = %v; want ErrNoSuchDocument", err)
	}
	if s, _ := d.Stats(ctx); s.Units != 2 {
		t.Errorf("units left = %d; want 2", s.Units)
	}
}

func TestLookupFilterAndPenalties(t *testing.T) {
	d := openTemp(t)
	aligned := pair("The minister arrived in Tehran on Monday.", "Le ministre est arrivé à Téhéran lundi (aligné).")
	aligned.Origin.Score = 0.9
	human := pair("The minister arrived in Tehran on Sunday.", "Le ministre est arrivé à Téhéran dimanche.")
	if _, err := d.Import(ctx, seq(aligned), tm.ImportOptions{File: "story.en.txt"}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Import(ctx, seq(human), tm.ImportOptions{File: "memory.tmx"}); err != nil {
		t.Fatal(err)
	}
	q := "The minister arrived in Tehran on Monday."
	ms, _ := d.Lookup(ctx, q, enfr)
	if len(ms) != 2 || ms[0].Score != 100 {
		t.Fatalf("lookup = %+v; want the aligned exact match first at 100", ms)
	}
	o := enfr
	o.Penalties = tm.Penalties{Aligned: 20}
	ms, _ = d.Lookup(ctx, q, o)
	if len(ms) != 2 || ms[0].UnitID != 2 || ms[1].Score != 100 || ms[1].Penalty != 20 || ms[0].Penalty != 0 {
		t.Errorf("penalized lookup = %+v; want the human match first, the aligned one second at 100 with penalty 20", ms)
	}
	o.Max = 1 // the aligned match comes first: asked again for more
	if ms, _ = d.Lookup(ctx, q, o); len(ms) != 1 || ms[0].UnitID != 2 {
		t.Errorf("penalized lookup --max 1 = %+v; want the human match", ms)
	}
	o.Max = 0
	o.Penalties = tm.Penalties{Aligned: 2}
	if ms, _ = d.Lookup(ctx, q, o); len(ms) != 2 || ms[0].UnitID != 1 {
		t.Errorf("lookup with aligned penalty 2 = %+v; want the exact aligned match (98) above the human 95", ms)
	}
	for _, c := range []struct {
		f    tm.UnitFilter
		want int64
	}{
		{tm.UnitFilter{Doc: "memory.tmx"}, 2},
		{tm.UnitFilter{Origin: tm.OriginAligned}, 1},
		{tm.UnitFilter{Origin: tm.OriginImported}, 2},
	} {
		o := enfr
		o.Filter = c.f
		ms, err := d.Lookup(ctx, q, o)
		if err != nil || len(ms) != 1 || ms[0].UnitID != c.want {
			t.Errorf("lookup with %+v = %+v, %v; want unit %d only", c.f, ms, err, c.want)
		}
	}
	o = enfr
	o.Filter.Since = time.Now().Add(time.Hour)
	if ms, err := d.Lookup(ctx, q, o); err != nil || len(ms) != 0 {
		t.Errorf("lookup of units since an hour ahead = %+v, %v; want none", ms, err)
	}
	o.Filter = tm.UnitFilter{Origin: "robot"}
	if _, err := d.Lookup(ctx, q, o); err == nil {
		t.Errorf("lookup with origin robot: no error")
	}
	// Export filters alike.
	n := 0
	for u, err := range d.Units(ctx, tm.ExportOptions{Filter: tm.UnitFilter{Doc: "story.en.txt"}}) {
		if err != nil {
			t.Fatal(err)
		}
		if u.Origin.File != "story.en.txt" {
			t.Errorf("export of story.en.txt gave a unit of %s", u.Origin.File)
		}
		n++
	}
	if n != 1 {
		t.Errorf("export of story.en.txt: %d units; want 1", n)
	}
}

func TestUnitsWithText(t *testing.T) {
	d := openTemp(t)
	de := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "The talks ended."}, {Lang: language.German, Text: "Die Gespräche endeten."}}}
	if _, err := d.Import(ctx, seq(pair("The talks ended.", "Les pourparlers ont pris fin."),
		pair("The  talks ended.", "Les négociations ont pris fin."), // white space differs
		pair("the talks ended.", "les pourparlers ont pris fin."),   // case differs
		pair("The talks ended today.", "Les pourparlers ont pris fin aujourd'hui."), de), tm.ImportOptions{File: "a.tmx"}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text     string
		src, tgt language.Tag
		want     []int64
	}{
		{"The talks ended.", language.English, language.French, []int64{1, 2}},
		{"The talks ended.", language.BritishEnglish, language.Make("fr-CA"), []int64{1, 2}},
		{"The talks ended.", language.English, language.Und, []int64{1, 2, 5}},
		{"The talks ended.", language.English, language.German, []int64{5}},
		{"the talks ended.", language.English, language.French, []int64{3}},
		{"Les pourparlers ont pris fin.", language.French, language.English, []int64{1}},
		{"The talks ended", language.English, language.French, nil},
		{"The talks ended.", language.French, language.English, nil},
	} {
		got, err := d.UnitsWithText(ctx, c.text, c.src, c.tgt)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("UnitsWithText(%q, %v, %v) = %v, %v; want %v", c.text, c.src, c.tgt, got, err, c.want)
		}
	}
}

// TestEditUnitOfHeaderSource: a <tu> without a srclang has the header's
// (TMX 1.4b; OmegaT and Trados write the source language only there), so
// that editing the translation of a unit whose source variant comes second
// changes the translation, not the source, and an export says which the
// source is.
func TestEditUnitOfHeaderSource(t *testing.T) {
	d := openTemp(t)
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="FR-fr" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="en"><seg>The weather was fine.</seg></tuv><tuv xml:lang="fr-FR"><seg>Il faisait beau.</seg></tuv></tu>
<tu srclang="*all*"><tuv xml:lang="en"><seg>It rained.</seg></tuv><tuv xml:lang="fr-FR"><seg>Il a plu.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Snow.</seg></tuv><tuv xml:lang="de"><seg>Schnee.</seg></tuv></tu>
</body></tmx>`
	units, iopt, err := tm.OpenImport(strings.NewReader(doc), tm.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Import(ctx, units, iopt); err != nil {
		t.Fatal(err)
	}
	if err := d.EditUnit(ctx, 1, tm.UnitEdit{Text: "The weather was lovely."}); err != nil {
		t.Fatal(err)
	}
	got, err := d.Unit(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got.SrcLang != language.MustParse("fr-FR") || got.Variants[0].Text != "The weather was lovely." || got.Variants[1].Text != "Il faisait beau." {
		t.Errorf("unit 1 after editing its translation: source %v, %+v; want source fr-FR, the English changed", got.SrcLang, got.Variants)
	}
	for id, want := range map[int64]language.Tag{2: language.Und, 3: language.Und} {
		if u, _ := d.Unit(ctx, id); u.SrcLang != want {
			t.Errorf("unit %d: source %v; want %v (srclang *all*, or no variant in the header's)", id, u.SrcLang, want)
		}
	}
	var out strings.Builder
	if err := d.Export(ctx, &out, tm.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), `<tu srclang="fr-FR"`); n != 1 {
		t.Errorf("export has %d <tu srclang=\"fr-FR\">; want 1:\n%s", n, out.String())
	}
}

func TestDocumentUnits(t *testing.T) {
	d := openTemp(t)
	var units []tm.Unit
	for i, s := range []string{"One.", "Two.", "Three.", "Four.", "Five."} {
		u := pair(s, "Fr "+s)
		u.Origin.Score = 0.4 + float64(i)/10
		units = append(units, u)
	}
	if _, err := d.Import(ctx, seq(units[:2]...), tm.ImportOptions{File: "a.txt"}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Import(ctx, seq(pair("Other.", "Autre.")), tm.ImportOptions{File: "b.txt"}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Import(ctx, seq(units[2:]...), tm.ImportOptions{File: "a.txt"}); err != nil {
		t.Fatal(err)
	}
	got, total, err := d.DocumentUnits(ctx, "a.txt", 1, 3)
	if err != nil || total != 5 || len(got) != 3 {
		t.Fatalf("DocumentUnits(a.txt, 1, 3) = %d units, total %d, %v; want 3 of 5", len(got), total, err)
	}
	// In the order stored, b.txt's unit (id 3) left out.
	var ids []int64
	for _, u := range got {
		ids = append(ids, u.ID)
	}
	if !slices.Equal(ids, []int64{2, 4, 5}) || got[0].Variants[0].Text != "Two." || got[0].Variants[1].Text != "Fr Two." ||
		got[0].Origin.Score != 0.5 || got[0].Origin.File != "a.txt" {
		t.Errorf("DocumentUnits(a.txt, 1, 3) = %+v; want units 2, 4, 5 with texts and scores", got)
	}
	if got, total, err := d.DocumentUnits(ctx, "a.txt", 0, 0); err != nil || total != 5 || len(got) != 5 {
		t.Errorf("DocumentUnits(a.txt, 0, 0) = %d units, total %d, %v; want all 5", len(got), total, err)
	}
	if got, total, err := d.DocumentUnits(ctx, "a.txt", 9, 2); err != nil || total != 5 || got == nil || len(got) != 0 {
		t.Errorf("DocumentUnits past the end = %v, %d, %v; want an empty page of 5", got, total, err)
	}
	if _, _, err := d.DocumentUnits(ctx, "c.txt", 0, 10); !errors.Is(err, tm.ErrNoSuchDocument) {
		t.Errorf("DocumentUnits(c.txt) = %v; want ErrNoSuchDocument", err)
	}
}

// TestEditUnitKeepsContext: an edited unit keeps its own context (Prev and
// Next, which the store keeps as props) and its other props, once each,
// and the target it replaced.
func TestEditUnitKeepsContext(t *testing.T) {
	d := openTemp(t)
	u := pair("Noon.", "Midi.")
	u.Prev, u.Next, u.Props = "Before.", "After.", []tm.Prop{{Type: "x-note", Text: "kept"}}
	if _, err := d.Add(ctx, u); err != nil {
		t.Fatal(err)
	}
	if err := d.EditUnit(ctx, 1, tm.UnitEdit{Text: "Douze heures.", By: "ann"}); err != nil {
		t.Fatal(err)
	}
	got, err := d.Unit(ctx, 1)
	want := []tm.Prop{{Type: "x-note", Text: "kept"}, {Type: tm.PropWas, Lang: "fr", Text: "Midi."}}
	if err != nil || got.Prev != "Before." || got.Next != "After." || !slices.Equal(got.Props, want) || got.Variants[1].Text != "Douze heures." {
		t.Errorf("edited unit = %+v, %v; want its context, its one prop kept and the old target as %s", got, err, tm.PropWas)
	}
}

// plainStore is a Store that is no Compacter (as tm/postgres's is not).
type plainStore struct{ tm.Store }

// TestCompactUnsupported: DB.Compact of a store that cannot compact (a
// PostgreSQL TM, whose autovacuum gives the space back) is bad input
// wrapping errors.ErrUnsupported, and says why.
func TestCompactUnsupported(t *testing.T) {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	d := tm.New(plainStore{s})
	defer d.Close()
	_, err = d.Compact(context.Background())
	if !errors.Is(err, errors.ErrUnsupported) || !textio.IsBadInput(err) || !strings.Contains(err.Error(), "autovacuum") {
		t.Errorf("Compact of a store that is no Compacter = %v; want bad input wrapping errors.ErrUnsupported", err)
	}
}

// TestEditChangedQuotesTextAsIs: the refusal of an edit from a text
// changed since quotes the stored text as it is written: a Persian text's
// zero-width non-joiner read \u200c (%q), and an Arabic or Chinese text
// was escaped rune by rune where %+q was used.
func TestEditChangedQuotesTextAsIs(t *testing.T) {
	for _, theirs := range []string{"وزیر با فرمانده\u200cها دیدار کرد.", "部长抵达德黑兰。"} {
		d := openTemp(t)
		u := tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: "The minister arrived."}, {Lang: language.Persian, Text: "وزیر رسید."}}}
		if _, err := d.Import(ctx, seq(u), tm.ImportOptions{File: "fa.tsv"}); err != nil {
			t.Fatal(err)
		}
		const id = 1
		if err := d.EditUnit(ctx, id, tm.UnitEdit{Lang: language.Persian, Text: theirs}); err != nil {
			t.Fatal(err)
		}
		err := d.EditUnit(ctx, id, tm.UnitEdit{Lang: language.Persian, Text: "وزیر امروز رسید.", Was: "وزیر رسید."})
		if !errors.Is(err, tm.ErrChanged) || !strings.Contains(err.Error(), "it now reads “"+theirs+"”;") {
			t.Errorf("EditUnit from a stale text = %v; want ErrChanged quoting %s as it is", err, theirs)
		}
	}
}
