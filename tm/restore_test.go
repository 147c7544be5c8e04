package tm_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestDeleteUnitRestore: DeleteUnit returns the unit whole, and
// RestoreUnit puts it back as it was: its id, dates, props, notes, every
// variant, its own context and the context hashes of a document imported
// in order (context matches), and its hash (the same unit stored again
// merges with it).
func TestDeleteUnitRestore(t *testing.T) {
	d := openTemp(t)
	importCorpus(t, d) // units 1-6, in order: context hashes
	when := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	own := pair("Noon.", "Midi.")
	own.Variants = append(own.Variants, tm.Variant{Lang: language.German, Text: "Mittag.", Markup: "<bpt i=\"1\">&lt;b&gt;</bpt>Mittag.<ept i=\"1\">&lt;/b&gt;</ept>",
		Props: []tm.Prop{{Type: "x-v", Text: "de"}}, Notes: []tm.Note{{Text: "a German note"}}})
	own.Prev, own.Next = "Before.", "After."
	own.Props, own.Notes = []tm.Prop{{Type: "x-note", Text: "kept"}}, []tm.Note{{Lang: "en", Text: "a note"}}
	own.Attrs = []tm.Attr{{Name: "x-a", Value: "b"}}
	own.ID, own.Created, own.CreatedBy, own.Changed, own.ChangedBy = "tu7", when, "ann", when.Add(time.Hour), "bob"
	own.LastUsed, own.UsageCount = when.Add(2*time.Hour), 3
	omegat := pair("Dusk.", "Crépuscule.")
	omegat.Prev, omegat.Props = "Day.", []tm.Prop{{Type: "prev", Text: "Day."}}
	for _, u := range []tm.Unit{own, omegat} {
		if _, err := d.Add(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []int64{2, 7, 8} {
		before, err := d.Unit(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		del, err := d.DeleteUnit(ctx, id)
		if err != nil || del.ID != id {
			t.Fatalf("DeleteUnit(%d) = %+v, %v", id, del, err)
		}
		if !reflect.DeepEqual(del.Unit, before) {
			t.Errorf("DeleteUnit(%d) returned\n%+v\nwant the unit as Unit gave it\n%+v", id, del.Unit, before)
		}
		if _, err := d.Unit(ctx, id); !errors.Is(err, tm.ErrNoUnit) {
			t.Errorf("Unit(%d) after DeleteUnit = %v; want ErrNoUnit", id, err)
		}
		if err := d.RestoreUnit(ctx, del); err != nil {
			t.Fatalf("RestoreUnit(%d) = %v", id, err)
		}
		after, err := d.Unit(ctx, id)
		if err != nil || !reflect.DeepEqual(after, before) {
			t.Errorf("unit %d restored =\n%+v, %v\nwant\n%+v", id, after, err, before)
		}
		if err := d.RestoreUnit(ctx, del); !errors.Is(err, tm.ErrDuplicate) {
			t.Errorf("RestoreUnit(%d) twice = %v; want ErrDuplicate", id, err)
		}
		// Deleted again, it is the same stored unit: context hashes kept.
		again, err := d.DeleteUnit(ctx, id)
		if err != nil || !reflect.DeepEqual(again, del) {
			t.Errorf("DeleteUnit(%d) after the restore =\n%+v, %v\nwant\n%+v", id, again, err, del)
		}
		if err := d.RestoreUnit(ctx, again); err != nil {
			t.Fatal(err)
		}
	}
	// The same units stored again merge with the restored ones.
	st, err := d.Import(ctx, seq(own, omegat), tm.ImportOptions{})
	if err != nil || st.Added != 0 {
		t.Errorf("the restored units imported again: %+v, %v; want none added (merged)", st, err)
	}
	// A unit is refused that is stored, or that the TM never had.
	if _, err := d.DeleteUnit(ctx, 99); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("DeleteUnit(99) = %v; want ErrNoUnit", err)
	}
	if err := d.RestoreUnit(ctx, &tm.StoredUnit{ID: 99, Unit: pair("a", "b")}); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("RestoreUnit(99, never given) = %v; want ErrNoUnit", err)
	}
	if err := d.RestoreUnit(ctx, &tm.StoredUnit{ID: 3, Unit: pair("a", "b")}); !errors.Is(err, tm.ErrDuplicate) {
		t.Errorf("RestoreUnit(3, stored) = %v; want ErrDuplicate", err)
	}
}

// TestDeleteDocumentUnitsRestore: DeleteDocumentUnits deletes a document's
// units and returns them whole; RestoreUnits stores them again in one
// transaction, each under its id: the TM exports as before, its documents
// list as before. Restoring again is refused whole (ErrDuplicate, nothing
// stored twice). A document over the limit is deleted without units to
// give back.
func TestDeleteDocumentUnitsRestore(t *testing.T) {
	d := openTemp(t)
	importCorpus(t, d) // units 1-6 of the document "corpus"
	if _, err := d.Import(ctx, seq(pair("Other.", "Autre.")), tm.ImportOptions{File: "other.tsv"}); err != nil {
		t.Fatal(err)
	}
	export := func() string {
		var b strings.Builder
		if err := d.Export(ctx, &b, tm.ExportOptions{}); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	before, docsBefore := export(), documents(t, d)
	n, units, err := d.DeleteDocumentUnits(ctx, "corpus", 1000)
	if err != nil || n != 6 || len(units) != 6 {
		t.Fatalf("DeleteDocumentUnits = %d, %d units, %v; want 6 and 6", n, len(units), err)
	}
	if _, err := d.Unit(ctx, units[0].ID); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("a unit of the document after its delete: %v; want ErrNoUnit", err)
	}
	if err := d.RestoreUnits(ctx, units); err != nil {
		t.Fatalf("RestoreUnits = %v", err)
	}
	if after := export(); after != before {
		t.Errorf("export after the restore differs from before:\n%s\nwant\n%s", after, before)
	}
	if got := documents(t, d); !reflect.DeepEqual(got, docsBefore) {
		t.Errorf("documents after the restore = %+v; want %+v", got, docsBefore)
	}
	if err := d.RestoreUnits(ctx, units); !errors.Is(err, tm.ErrDuplicate) {
		t.Errorf("RestoreUnits again = %v; want ErrDuplicate", err)
	}
	if after := export(); after != before {
		t.Error("a refused restore changed the TM")
	}
	n, units, err = d.DeleteDocumentUnits(ctx, "corpus", 5)
	if err != nil || n != 6 || units != nil {
		t.Errorf("DeleteDocumentUnits over the limit = %d, %v, %v; want 6, no units", n, units, err)
	}
}

func documents(t *testing.T, d *tm.DB) []tm.DocumentInfo {
	t.Helper()
	docs, err := d.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}
