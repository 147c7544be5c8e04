package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/chromedp/chromedp"
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

// TestBrowserUndoDelete: a confirmed Delete of a unit leaves its row
// saying "Deleted — Undo", the focus on Undo (Enter presses it); Undo
// stores the unit again as it was (its id, dates, props, every language)
// and shows the row again, with the counts; left alone, the row goes
// when the undo time is up, and the unit stays deleted. The search page's
// match rows do the same.
func TestBrowserUndoDelete(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	bg := context.Background()
	before, err := db.Unit(bg, 2)
	if err != nil {
		t.Fatal(err)
	}
	row := `#doc-units-table tr[data-unit="2"]`
	counts := `document.getElementById("doc-units-count").textContent + " / " + document.querySelector("#docs-table tr.document .units").textContent`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=seed.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3`)
	do(t, ctx, "delete", chromedp.Focus(chromedp.CSS(row+" .delete")), enter, enter) // press, confirm
	waitFor(t, ctx, `!!document.querySelector('`+row+`.deleted')`)
	if _, err := db.Unit(bg, 2); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("unit 2 after the delete: %v; want ErrNoUnit", err)
	}
	if got := eval[string](t, ctx, `document.querySelector('`+row+`').textContent + " | " + document.activeElement.textContent + " | " + document.getElementById("status").textContent`); got != "Deleted unit 2 — Undo | Undo | unit 2 deleted: Undo puts it back (for 10 seconds)" {
		t.Errorf("the row after a delete, the focus and the status line: %q", got)
	}
	if got := eval[string](t, ctx, counts); got != "2 of 2 units / 2" {
		t.Errorf("counts after the delete = %q; want 2 units", got)
	}
	do(t, ctx, "undo", enter) // the focus is on Undo
	waitFor(t, ctx, `document.getElementById("status").textContent == "unit 2 restored"`)
	if after, err := db.Unit(bg, 2); err != nil || !reflect.DeepEqual(after, before) {
		t.Errorf("unit 2 after Undo = %+v, %v; want it as it was, %+v", after, err, before)
	}
	if got := eval[string](t, ctx, `document.querySelector('`+row+`').className + " | " + document.querySelector('`+row+`').textContent + " | " + document.activeElement.getAttribute("aria-label")`); !strings.HasPrefix(got, "unit | #2") || !strings.HasSuffix(got, "| delete unit 2") {
		t.Errorf("the row after Undo, and the focus: %q; want the unit's row back, the focus on its Delete", got)
	}
	if got := eval[string](t, ctx, counts); got != "3 of 3 units / 3" {
		t.Errorf("counts after Undo = %q; want 3 of 3 units / 3", got)
	}
	// Left alone, the row goes when the time is up; the unit stays deleted.
	eval[bool](t, ctx, `(undoTime = 300, true)`)
	do(t, ctx, "delete again", enter, enter)
	waitFor(t, ctx, `!!document.querySelector('`+row+`.deleted')`)
	waitFor(t, ctx, `!document.querySelector('`+row+`')`)
	if got := eval[string](t, ctx, `document.activeElement.getAttribute("aria-label") + " | " + `+counts); got != "delete unit 3 | 2 of 2 units / 2" {
		t.Errorf("after the undo time: focus and counts %q; want the next row's Delete, 2 units", got)
	}
	if _, err := db.Unit(bg, 2); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("unit 2 after the undo time: %v; want ErrNoUnit", err)
	}
	// The search page: a match's row offers Undo too.
	do(t, ctx, "search", chromedp.Navigate(ts.URL+"/#search"), chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `!!document.querySelector("#matches tr.match .delete")`)
	do(t, ctx, "delete match", chromedp.Click(chromedp.CSS("#matches tr.match .delete")), chromedp.Click(chromedp.CSS("#matches tr.match .delete")))
	waitFor(t, ctx, `!!document.querySelector("#matches tr.match.deleted .undo")`)
	do(t, ctx, "undo match", chromedp.Click(chromedp.CSS("#matches tr.match .undo")))
	waitFor(t, ctx, `document.getElementById("status").textContent == "unit 1 restored"`)
	if _, err := db.Unit(bg, 1); err != nil || eval[int](t, ctx, `document.querySelectorAll("#matches tr.match .delete").length`) == 0 {
		t.Errorf("unit 1 after Undo on the search page: %v; want it stored and its row back", err)
	}
}

// twoGlossaryEntries stores two entries in the glossary of the server at
// ts (Téhéran with its variants, kind and languages; Henry Morgan) and
// returns a function that reads the glossary as GET /api/v1/glossary
// answers it: the undo tests of an entry's delete compare it before and
// after.
func twoGlossaryEntries(t *testing.T, ts *httptest.Server) (list func() string) {
	t.Helper()
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Téhéran","variants":["Teheran","Tehran"],"kind":"place","langs":["fr","de"]},{"canonical":"Henry Morgan","variants":["Hal Morgan"]}]}`, nil); st != 200 {
		t.Fatalf("add: %d", st)
	}
	return func() string {
		_, _, b := send(t, "GET", ts.URL+"/api/v1/glossary", "")
		return string(b)
	}
}

// TestGlossaryDeleteRestore: DELETE /api/v1/glossary/NAME answers the
// entry it removed, whole (canonical form, variants, kind, languages), and
// POST /api/v1/glossary of that entry stores it again as it was: the
// page's Undo of an entry's delete. (On main the answer held no entry.)
func TestGlossaryDeleteRestore(t *testing.T) {
	ts, _ := testServer(t, Options{})
	list := twoGlossaryEntries(t, ts)
	before := list()
	var del struct {
		OK    bool            `json:"ok"`
		Entry json.RawMessage `json:"entry"`
	}
	if st := call(t, "DELETE", ts.URL+"/api/v1/glossary/T%C3%A9h%C3%A9ran", "", &del); st != 200 || !del.OK {
		t.Fatalf("delete: %d %+v", st, del)
	}
	if want := `{"canonical":"Téhéran","variants":["Teheran","Tehran"],"kind":"place","langs":["de","fr"]}`; string(del.Entry) != want {
		t.Errorf("the delete's entry = %s; want %s", del.Entry, want)
	}
	if strings.Contains(list(), "Téhéran") {
		t.Fatal("the entry is still listed after its delete")
	}
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[`+string(del.Entry)+`]}`, nil); st != 200 {
		t.Fatalf("store it again: %d", st)
	}
	if after := list(); after != before {
		t.Errorf("glossary after the entry stored again:\n%s\nwant as before:\n%s", after, before)
	}
}

// TestBrowserUndoGlossaryDelete: a glossary entry deleted on the page (two
// presses of its Delete) can be had back: its row says "Deleted — Undo"
// for undoTime with the focus on Undo, and Undo stores the entry again as
// it was (canonical form, variants, kind, languages) and shows its row,
// the focus on its Delete, the count as before. Left alone, the row goes
// and the entry stays deleted. (On main the entry was gone at the second
// press.)
func TestBrowserUndoGlossaryDelete(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	list := twoGlossaryEntries(t, ts)
	before := list()
	row := `[...document.querySelectorAll("#gloss-table tr")].find((r) => r.textContent.includes("Téhéran"))`
	del := chromedp.CSS(`.delete-entry[aria-label="delete the entry Téhéran"]`)
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#glossary"))
	waitFor(t, ctx, `document.querySelectorAll("#gloss-table tr.entry").length == 2`)
	do(t, ctx, "delete", chromedp.Focus(del), enter, enter) // press, confirm
	waitFor(t, ctx, `!!`+row+` && `+row+`.classList.contains("deleted")`)
	if strings.Contains(list(), "Téhéran") {
		t.Error("the entry is still stored after the delete")
	}
	if got := eval[string](t, ctx, row+`.textContent + " | " + document.activeElement.textContent + " | " + document.getElementById("status").textContent + " | " + document.getElementById("gloss-count").textContent`); got != `Deleted "Téhéran" — Undo | Undo | "Téhéran" deleted from the glossary: Undo puts it back (for 10 seconds) | 1 of 1 entry` {
		t.Errorf("the row after a delete, the focus, the status line and the count: %q", got)
	}
	do(t, ctx, "undo", enter) // the focus is on Undo
	waitFor(t, ctx, `document.getElementById("status").textContent == '"Téhéran" restored to the glossary'`)
	if after := list(); after != before {
		t.Errorf("glossary after Undo:\n%s\nwant as before:\n%s", after, before)
	}
	if got := eval[string](t, ctx, row+`.className + " | " + `+row+`.textContent + " | " + document.activeElement.getAttribute("aria-label") + " | " + document.getElementById("gloss-count").textContent`); !strings.HasPrefix(got, "entry | Téhéran") || !strings.Contains(got, "place") || !strings.HasSuffix(got, "| delete the entry Téhéran | 2 of 2 entries") {
		t.Errorf("the row after Undo, the focus and the count: %q; want the entry's row back, the focus on its Delete", got)
	}
	// Left alone, the row goes when the time is up; the entry stays deleted.
	eval[bool](t, ctx, `(undoTime = 300, true)`)
	do(t, ctx, "delete again", enter, enter)
	waitFor(t, ctx, `!!`+row+` && `+row+`.classList.contains("deleted")`)
	waitFor(t, ctx, `!`+row)
	if got := eval[string](t, ctx, `document.getElementById("gloss-count").textContent`); got != "1 of 1 entry" {
		t.Errorf("count after the undo time: %q", got)
	}
	if strings.Contains(list(), "Téhéran") {
		t.Error("the entry is stored after the undo time")
	}
}

// TestDocumentDeleteRestore: DELETE /api/v1/documents/NAME answers the
// units it removed, whole ("units", as DELETE units/{id} answers one), and
// POST /api/v1/documents/restore takes them back in one transaction, each
// under its id: the export and the documents list are as before. Again:
// 409, nothing stored twice. (On main the answer held no units and the
// route was a 405.)
func TestDocumentDeleteRestore(t *testing.T) {
	ts, _ := testServer(t, Options{})
	get := func(path string) string {
		_, _, b := send(t, "GET", ts.URL+path, "")
		return string(b)
	}
	export, docs := get("/api/v1/export?format=tmx"), get("/api/v1/documents")
	var del struct {
		Deleted int               `json:"deleted"`
		Units   []json.RawMessage `json:"units"`
	}
	if st := call(t, "DELETE", ts.URL+"/api/v1/documents/seed.tmx", "", &del); st != 200 || del.Deleted != 3 || len(del.Units) != 3 {
		t.Fatalf("delete: %d %d deleted, %d units; want 3 and 3", st, del.Deleted, len(del.Units))
	}
	if strings.Contains(get("/api/v1/documents"), "seed.tmx") {
		t.Fatal("the document is listed after its delete")
	}
	body, _ := json.Marshal(map[string]any{"units": del.Units})
	var res struct {
		Restored int    `json:"restored"`
		Message  string `json:"message"`
	}
	if st := call(t, "POST", ts.URL+"/api/v1/documents/restore", string(body), &res); st != 200 || res.Restored != 3 || res.Message != "3 units restored" {
		t.Fatalf("restore: %d %+v", st, res)
	}
	if got := get("/api/v1/export?format=tmx"); got != export {
		t.Errorf("export after the restore:\n%s\nwant as before:\n%s", got, export)
	}
	if got := get("/api/v1/documents"); got != docs {
		t.Errorf("documents after the restore: %s; want %s", got, docs)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/documents/restore", string(body), nil); st != 409 {
		t.Errorf("restore again: %d; want 409", st)
	}
	if got := get("/api/v1/export?format=tmx"); got != export {
		t.Error("a refused restore changed the TM")
	}
	if st := call(t, "POST", ts.URL+"/api/v1/documents/restore", `{"units":[]}`, nil); st != 400 {
		t.Errorf("restore of no units: %d; want 400", st)
	}
}

// TestBrowserUndoDocumentDelete: a document deleted on the page (two
// presses of its Delete) can be had back: its row says "Deleted — Undo"
// for undoTime with the focus on Undo, and Undo stores its units again as
// they were (the TM exports as before) and shows its row, the focus on its
// Delete, the count as before. Left alone, the row goes and the units stay
// deleted. (On main the document was gone at the second press.)
func TestBrowserUndoDocumentDelete(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	get := func(path string) string {
		_, _, b := send(t, "GET", ts.URL+path, "")
		return string(b)
	}
	before := get("/api/v1/export?format=tmx")
	row := `document.querySelector("#docs-table tbody tr")`
	status := `document.getElementById("status").textContent`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents"))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	do(t, ctx, "delete", chromedp.Focus(chromedp.CSS(".delete-doc")), enter, enter) // press, confirm
	waitFor(t, ctx, row+`.classList.contains("deleted")`)
	if strings.Contains(get("/api/v1/documents"), "seed.tmx") {
		t.Error("the document is still stored after the delete")
	}
	if got := eval[string](t, ctx, row+`.textContent + " | " + document.activeElement.textContent + " | " + `+status+` + " | " + document.getElementById("docs-count").textContent`); got != `Deleted "seed.tmx" — Undo | Undo | document "seed.tmx" deleted: 3 units went from the TM: Undo puts them back (for 10 seconds) | No documents stored yet: bitext tm import FILE, bitext align A B --into, or the Alignment review tab stores them.` {
		t.Errorf("the row after a delete, the focus, the status line and the count: %q", got)
	}
	do(t, ctx, "undo", enter) // the focus is on Undo
	waitFor(t, ctx, status+` == 'document "seed.tmx" restored: 3 units back in the TM'`)
	if after := get("/api/v1/export?format=tmx"); after != before {
		t.Errorf("export after Undo:\n%s\nwant as before:\n%s", after, before)
	}
	if got := eval[string](t, ctx, row+`.className + " | " + `+row+`.querySelector(".units").textContent + " | " + document.activeElement.getAttribute("aria-label") + " | " + document.activeElement.textContent + " | " + document.getElementById("docs-count").textContent`); got != "document | 3 | delete the document seed.tmx | Delete | 1 of 1 document" {
		t.Errorf("the row after Undo, the focus and the count: %q; want the document's row back, the focus on its Delete", got)
	}
	// Left alone, the row goes when the time is up; the units stay deleted.
	eval[bool](t, ctx, `(undoTime = 300, true)`)
	do(t, ctx, "delete again", enter, enter)
	waitFor(t, ctx, `!!`+row+` && `+row+`.classList.contains("deleted")`)
	waitFor(t, ctx, `!document.querySelector("#docs-table tbody tr")`)
	if strings.Contains(get("/api/v1/documents"), "seed.tmx") {
		t.Error("the document is stored after the undo time")
	}
}
