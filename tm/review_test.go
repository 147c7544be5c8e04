package tm

import (
	"bytes"
	"testing"

	"golang.org/x/text/language"
)

// TestTapeKeepsReview: a unit of bitext's own XLIFF export kept on a
// retry's tape file comes back with its review record, so that a
// transaction run again updates what the first run would have.
func TestTapeKeepsReview(t *testing.T) {
	var p preparer
	u := Unit{SrcLang: language.English, Variants: []Variant{{Lang: language.English, Text: "Noon."}, {Lang: language.French, Text: "Midi."}}}
	u.review = &reviewRecord{Line: 8, State: "signed-off", Exported: "Douze heures.", HasExported: true}
	rec, err := p.prepare(u)
	if err != nil {
		t.Fatal(err)
	}
	b := appendTapeBatch(appendTapeHeader(nil), toTape([]UnitRecord{rec}))
	tr, err := newTapeReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	tu, err := tr.next()
	if err != nil {
		t.Fatal(err)
	}
	got := fromTape(&p, tu)
	if len(got) != 1 || got[0].review == nil || *got[0].review != *u.review {
		t.Errorf("from the tape: %+v; want the review record %+v", got, *u.review)
	}
}
