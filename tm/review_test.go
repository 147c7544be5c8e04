package tm

import (
	"bytes"
	"slices"
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

// TestOneReviewEach: a reviewer's repeated props become one, the latest
// date kept where the first was; a date prop that is no date and name is
// kept once; props without repeats are returned as they are.
func TestOneReviewEach(t *testing.T) {
	r := func(name string) Prop { return Prop{Type: PropReviewed, Text: name} }
	on := func(text string) Prop { return Prop{Type: PropReviewedOn, Text: text} }
	other := Prop{Type: "x-note", Text: "Ann"}
	for _, c := range []struct{ in, want []Prop }{
		{[]Prop{r("Ann"), other, r("Bo")}, []Prop{r("Ann"), other, r("Bo")}},
		{[]Prop{r("Ann"), r("Ann"), other, r("Bo"), r("Ann")}, []Prop{r("Ann"), other, r("Bo")}},
		{[]Prop{r("Ann"), on("20240102T120000Z Ann"), on("20240101T120000Z Bo"), on("20240105T120000Z Ann"), on("20240103T120000Z Ann")},
			[]Prop{r("Ann"), on("20240105T120000Z Ann"), on("20240101T120000Z Bo")}},
		{[]Prop{r("Ann"), on("someday"), on("someday"), on("2026-13-45T99:99 Ann"), on("20240102T120000Z Ann")},
			[]Prop{r("Ann"), on("someday"), on("2026-13-45T99:99 Ann"), on("20240102T120000Z Ann")}},
	} {
		if got := oneReviewEach(c.in); !slices.Equal(got, c.want) {
			t.Errorf("oneReviewEach(%+q) = %+q; want %+q", c.in, got, c.want)
		}
	}
	in := []Prop{r("Ann"), r("Bo")}
	if got := oneReviewEach(in); &got[0] != &in[0] {
		t.Errorf("oneReviewEach(%+q) made a new slice; want props themselves", in)
	}
}
