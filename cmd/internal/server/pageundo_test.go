package server

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestUnitRestore: DELETE units/{id} answers the unit whole, and POST
// units/restore with it puts it back as it was, under its id; a body that
// is wrong is a 400 naming what, a unit of that id stored again a 409, an
// id the TM never gave a 404, and none of them changes the TM.
func TestUnitRestore(t *testing.T) {
	ts, db := testServer(t, Options{})
	when := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	u := tm.Unit{SrcLang: language.English, ID: "tu9", Created: when, CreatedBy: "ann", Changed: when.Add(time.Hour), ChangedBy: "bob",
		LastUsed: when.Add(2 * time.Hour), UsageCount: 2, Prev: "Before.", Next: "After.",
		Props: []tm.Prop{{Type: "x-note", Text: "kept"}}, Notes: []tm.Note{{Lang: "en", Text: "a note"}}, Attrs: []tm.Attr{{Name: "x-a", Value: "b"}},
		Origin: tm.Origin{File: "doc.txt", SrcDoc: "a.txt", TgtDoc: "b.txt", Score: 0.75},
		Variants: []tm.Variant{{Lang: language.English, Text: "Noon."}, {Lang: language.French, Text: "Midi.", Notes: []tm.Note{{Text: "fr"}}},
			{Lang: language.German, Text: "Mittag.", Markup: `<bpt i="1">&lt;b&gt;</bpt>Mittag.<ept i="1">&lt;/b&gt;</ept>`, Props: []tm.Prop{{Type: "x-v", Text: "de"}}}}}
	if _, err := db.Add(t.Context(), u); err != nil {
		t.Fatal(err)
	}
	id, _ := db.Stats(t.Context())
	last := int64(id.Units) // the seed's units have ids 1..n
	before, err := db.Unit(t.Context(), last)
	if err != nil || before.ID != "tu9" {
		t.Fatalf("unit %d = %+v, %v", last, before, err)
	}
	status, _, body := send(t, "DELETE", ts.URL+"/api/v1/units/"+strconv.FormatInt(last, 10), "")
	var del struct {
		OK   bool            `json:"ok"`
		Unit json.RawMessage `json:"unit"`
	}
	if err := json.Unmarshal(body, &del); status != 200 || err != nil || !del.OK {
		t.Fatalf("DELETE: %d %s", status, body)
	}
	for _, want := range []string{`"tuid":"tu9"`, `"created":"2026-03-04T05:06:07Z"`, `"markup":`, `"prev":"Before."`, `"notes":[{"lang":"en","text":"a note"}]`, `"align_score":0.75`, `"usage_count":2`} {
		if !strings.Contains(string(del.Unit), want) {
			t.Errorf("DELETE answered unit %s; want %s in it", del.Unit, want)
		}
	}
	n := units(t, db)
	whole := string(del.Unit)
	for _, c := range []struct{ body, says string }{
		{`{`, "request body"},
		{`{"id":` + strconv.FormatInt(last, 10) + `}`, "variants"},
		{strings.Replace(whole, `"id":`+strconv.FormatInt(last, 10), `"id":0`, 1), "id 0"},
		{strings.Replace(whole, `"lang":"de"`, `"lang":"d e!"`, 1), "variants[2].lang"},
		{strings.Replace(whole, `"created":"2026-03-04T05:06:07Z"`, `"created":"yesterday"`, 1), "created"},
		{strings.Replace(whole, `"text":"Midi."`, `"text":" "`, 1), "variants[1].text"},
		{strings.Replace(whole, `{"id"`, `{"extra":1,"id"`, 1), "extra"},
	} {
		status, _, b := send(t, "POST", ts.URL+"/api/v1/units/restore", c.body)
		var e errorBody
		if json.Unmarshal(b, &e); status != 400 || !strings.Contains(e.Error, c.says) || units(t, db) != n {
			t.Errorf("POST restore %.60s: %d %s, %d units; want 400 naming %s, nothing stored", c.body, status, b, units(t, db), c.says)
		}
	}
	var got struct {
		OK   bool     `json:"ok"`
		Unit unitJSON `json:"unit"`
	}
	if st := call(t, "POST", ts.URL+"/api/v1/units/restore", whole, &got); st != 200 || got.Unit.ID != last || len(got.Unit.Variants) != 3 {
		t.Fatalf("POST restore: %d %+v", st, got)
	}
	if after, err := db.Unit(t.Context(), last); err != nil || !reflect.DeepEqual(after, before) {
		t.Errorf("restored unit =\n%+v, %v\nwant\n%+v", after, err, before)
	}
	n = units(t, db)
	if st := call(t, "POST", ts.URL+"/api/v1/units/restore", whole, nil); st != 409 || units(t, db) != n {
		t.Errorf("POST restore again: %d; want 409", st)
	}
	never := strings.Replace(whole, `"id":`+strconv.FormatInt(last, 10), `"id":999`, 1)
	if st := call(t, "POST", ts.URL+"/api/v1/units/restore", never, nil); st != 404 || units(t, db) != n {
		t.Errorf("POST restore of an id never given: %d; want 404", st)
	}
	// Stored again meanwhile (as a new unit), the deleted unit is there
	// already: 409.
	call(t, "DELETE", ts.URL+"/api/v1/units/"+strconv.FormatInt(last, 10), "", nil)
	if _, err := db.Add(t.Context(), u); err != nil {
		t.Fatal(err)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/units/restore", whole, nil); st != 409 {
		t.Errorf("POST restore of a unit stored again since: %d; want 409", st)
	}
	ro, _ := testServer(t, Options{ReadOnly: true})
	if st := call(t, "POST", ro.URL+"/api/v1/units/restore", whole, nil); st != 403 {
		t.Errorf("POST restore on a read-only server: %d; want 403", st)
	}
}
