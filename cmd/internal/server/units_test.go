package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/storetest"
	"golang.org/x/text/language"
)

func TestUnitsMaintenance(t *testing.T) {
	ts, db := testServer(t, Options{})
	var u unitJSON
	if st := call(t, "GET", ts.URL+"/api/v1/units/1", "", &u); st != 200 || len(u.Variants) != 2 || u.Variants[1].Text != seed[1] || u.File != "seed.tmx" {
		t.Fatalf("GET unit 1: %d %+v", st, u)
	}
	if st := call(t, "PATCH", ts.URL+"/api/v1/units/1", `{"text":"Le ministre est arrivé à Bagdad ce lundi.","by":"Maryam"}`, nil); st != 200 {
		t.Fatalf("PATCH: %d", st)
	}
	call(t, "GET", ts.URL+"/api/v1/units/1", "", &u)
	if u.Variants[1].Text != "Le ministre est arrivé à Bagdad ce lundi." || u.ChangedBy != "Maryam" {
		t.Errorf("after the edit: %+v", u)
	}
	for _, c := range []struct {
		method, path, body string
		want               int
	}{
		{"GET", "/api/v1/units/999", "", 404}, {"GET", "/api/v1/units/x", "", 400},
		{"PATCH", "/api/v1/units/999", `{"text":"x"}`, 404}, {"PATCH", "/api/v1/units/1", `{"text":"  "}`, 400},
		{"PATCH", "/api/v1/units/1", `{"lang":"de","text":"x"}`, 400}, {"DELETE", "/api/v1/units/999", "", 404},
		// an edit from the text before Maryam's (another window's): 409
		{"PATCH", "/api/v1/units/1", `{"text":"Le ministre est arrivé.","was":"` + seed[1] + `"}`, 409},
		{"DELETE", "/api/v1/documents/nothing.tmx", "", 404},
	} {
		before := units(t, db)
		if st := call(t, c.method, ts.URL+c.path, c.body, nil); st != c.want || units(t, db) != before {
			t.Errorf("%s %s %s: %d, %d units (%d before); want %d and nothing changed", c.method, c.path, c.body, st, units(t, db), before, c.want)
		}
	}
	if st := call(t, "DELETE", ts.URL+"/api/v1/units/1", "", nil); st != 200 || units(t, db) != len(seed)/2-1 {
		t.Errorf("DELETE unit 1: %d, %d units", st, units(t, db))
	}
	var docs struct {
		Documents []struct {
			Name  string
			Units int
		}
	}
	call(t, "GET", ts.URL+"/api/v1/documents", "", &docs)
	if len(docs.Documents) != 1 || docs.Documents[0].Name != "seed.tmx" || docs.Documents[0].Units != 2 {
		t.Errorf("documents = %+v", docs)
	}
	if st := call(t, "DELETE", ts.URL+"/api/v1/documents/seed.tmx", "", nil); st != 200 || units(t, db) != 0 {
		t.Errorf("DELETE document: %d, %d units", st, units(t, db))
	}
	ro, _ := testServer(t, Options{ReadOnly: true})
	if st := call(t, "DELETE", ro.URL+"/api/v1/units/1", "", nil); st != 403 {
		t.Errorf("read-only DELETE: %d; want 403", st)
	}
}

// TestEditRace: reviewers saving the same unit at the same instant, each
// from the text the page showed them (PATCH with "was"): one save is
// stored, every other is refused with 409, and the unit keeps the text
// they all started from once, which GET units/{id} and the document's
// units (the review page's panel) show as its x-bitext-was. The saves
// reach the store's write together (storetest.GateWrites): on a server
// that checked "was" before its write transaction, several were stored.
func TestEditRace(t *testing.T) {
	s := newStore(t)
	seedDB := tm.New(s)
	t.Cleanup(func() { seedDB.Close() })
	u := pairUnit(language.English, language.French, seed[0], seed[1], tm.Origin{File: "seed.tmx"})
	if _, err := seedDB.Import(context.Background(), unitSeq([]tm.Unit{u}), tm.ImportOptions{File: "seed.tmx"}); err != nil {
		t.Fatal(err)
	}
	const n = 8
	ts, _ := testServer(t, Options{DB: tm.New(storetest.GateWrites(s, n))})
	codes := make([]int, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			body := fmt.Sprintf(`{"text":"Le ministre est arrivé (%d).","by":"r%d","was":%q}`, i, i, seed[1])
			codes[i] = call(t, "PATCH", ts.URL+"/api/v1/units/1", body, nil)
		}()
	}
	close(start)
	wg.Wait()
	winner := slices.Index(codes, 200)
	if winner < 0 || slices.Index(codes[winner+1:], 200) >= 0 || len(slices.DeleteFunc(slices.Clone(codes), func(c int) bool { return c == 200 || c == 409 })) > 0 {
		t.Fatalf("statuses of %d PATCHes from the same text at once = %v; want one 200, the others 409", n, codes)
	}
	var got unitJSON
	call(t, "GET", ts.URL+"/api/v1/units/1", "", &got)
	wantWas := []tm.Prop{{Type: tm.PropWas, Lang: "fr", Text: seed[1]}}
	if got.Variants[1].Text != fmt.Sprintf("Le ministre est arrivé (%d).", winner) || got.ChangedBy != fmt.Sprint("r", winner) ||
		!slices.Equal(got.Props, wantWas) {
		t.Errorf("GET the unit = %+v; want r%d's text and the original target once as %s", got, winner, tm.PropWas)
	}
	var page struct{ Units []unitJSON }
	call(t, "GET", ts.URL+"/api/v1/units?doc=seed.tmx", "", &page)
	if len(page.Units) != 1 || !slices.Equal(page.Units[0].Props, wantWas) {
		t.Errorf("the document's units = %+v; want the unit with its %s", page.Units, tm.PropWas)
	}
}

// TestLabelsBounded: the labels a write stores beside the text (who
// edited or reviewed, a document's name) are names, not texts: a PATCH
// with a 100 KB by was stored (faults43), and every listing of the unit
// carried it after. Over maxLabel bytes each is a 400 naming the field and
// the limit, nothing stored; maxLabel bytes are taken.
func TestLabelsBounded(t *testing.T) {
	ts, db := testServer(t, Options{})
	big := strings.Repeat("x", 100_000)
	// In the URL, over 64 KiB is the request line's own limit (431).
	mid := strings.Repeat("x", 10_000)
	before := units(t, db)
	for _, tc := range []struct {
		method, path, body, field string
		size                      int
	}{
		{"PATCH", "/api/v1/units/1", `{"text":"Le ministre est venu.","by":"` + big + `"}`, "by", 100_000},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","reviewed":true,"by":"` + big + `","pairs":[{"source":"A new one.","target":"Une nouvelle."}]}`, "by", 100_000},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","src_doc":"` + big + `","pairs":[{"source":"A new one.","target":"Une nouvelle."}]}`, "src_doc", 100_000},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","tgt_doc":"` + big + `","pairs":[{"source":"A new one.","target":"Une nouvelle."}]}`, "tgt_doc", 100_000},
		{"POST", "/api/v1/import?src=en&tgt=fr&name=" + mid, "A new one.\tUne nouvelle.\n", "name", 10_000},
		{"POST", "/tmserver/en/fr/store/" + mid, `[{"source":"A new one.","target":"Une nouvelle."}]`, "store name", 10_000},
	} {
		st, _, b := send(t, tc.method, ts.URL+tc.path, tc.body)
		var e errorBody
		if st != http.StatusBadRequest || json.Unmarshal(b, &e) != nil || !strings.HasPrefix(e.Error, fmt.Sprintf("%s: %d bytes, at most 1024 are taken", tc.field, tc.size)) {
			t.Errorf("%s %.40s with a 100 KB %s: %d %.200s; want 400 naming %s and the limit", tc.method, tc.path, tc.field, st, b, tc.field)
		}
	}
	if after := units(t, db); after != before {
		t.Errorf("refused writes stored units: %d -> %d", before, after)
	}
	u, err := db.Unit(context.Background(), 1)
	if err != nil || u.Variants[1].Text != seed[1] || u.ChangedBy != "" {
		t.Fatalf("unit 1 after a refused edit: %+v by %q, %v", u.Variants, u.ChangedBy, err)
	}
	// At the limit: taken.
	name := strings.Repeat("é", maxLabel/2)
	if st := call(t, "PATCH", ts.URL+"/api/v1/units/1", `{"text":"Le ministre est venu.","by":"`+name+`"}`, nil); st != 200 {
		t.Errorf("an edit by a name of %d bytes: %d; want 200", maxLabel, st)
	}
	if u, err := db.Unit(context.Background(), 1); err != nil || u.ChangedBy != name {
		t.Errorf("unit 1 changed by %d bytes, %v; want the name of %d", len(u.ChangedBy), err, maxLabel)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","src_doc":"`+name+`","pairs":[{"source":"A new one.","target":"Une nouvelle."}]}`, nil); st != 200 {
		t.Errorf("a unit of a src_doc of %d bytes: %d; want 200", maxLabel, st)
	}
}

// TestDeletedUnitSaysRestore: PATCH (and GET, DELETE) of a unit deleted
// said only "unit N: no such unit": a client had no word that the delete
// can be undone. The 404 says the unit was deleted or never stored, and
// names POST units/restore with what the DELETE answered, which works.
func TestDeletedUnitSaysRestore(t *testing.T) {
	ts, _ := testServer(t, Options{})
	status, _, body := send(t, "DELETE", ts.URL+"/api/v1/units/1", "")
	var del struct {
		Unit json.RawMessage `json:"unit"`
	}
	if err := json.Unmarshal(body, &del); status != 200 || err != nil {
		t.Fatalf("DELETE units/1: %d %s", status, body)
	}
	for _, c := range []struct{ method, body string }{
		{"PATCH", `{"lang":"fr","text":"Bonjour."}`},
		{"GET", ""},
		{"DELETE", ""},
	} {
		status, _, body := send(t, c.method, ts.URL+"/api/v1/units/1", c.body)
		var e errorBody
		if status != http.StatusNotFound || json.Unmarshal(body, &e) != nil ||
			!strings.HasPrefix(e.Error, "unit 1: no such unit: it was deleted, or never stored;") ||
			!strings.Contains(e.Error, `POST /api/v1/units/restore with the "unit" that its DELETE /api/v1/units/1 answered`) {
			t.Errorf("%s units/1 deleted: %d %s; want 404 naming units/restore", c.method, status, body)
		}
	}
	if status, _, body := send(t, "POST", ts.URL+"/api/v1/units/restore", string(del.Unit)); status != 200 {
		t.Errorf("POST units/restore, as the 404 says: %d %s", status, body)
	}
	if status, _, body := send(t, "PATCH", ts.URL+"/api/v1/units/1", `{"lang":"fr","text":"Bonjour !"}`); status != 200 {
		t.Errorf("PATCH units/1 restored: %d %s", status, body)
	}
}

// TestUnitDates: GET units/{id} and a document's units give when a unit
// was created and last changed (they gave who, created_by and changed_by,
// and not when: only the unit a DELETE answered had its dates), the same
// dates as the DELETE's whole unit.
func TestUnitDates(t *testing.T) {
	ts, _ := testServer(t, Options{})
	if st := call(t, "PATCH", ts.URL+"/api/v1/units/1", `{"text":"Le ministre est arrivé à Bagdad ce lundi.","by":"Maryam"}`, nil); st != 200 {
		t.Fatalf("PATCH: %d", st)
	}
	var u unitJSON
	call(t, "GET", ts.URL+"/api/v1/units/1", "", &u)
	var page struct{ Units []unitJSON }
	call(t, "GET", ts.URL+"/api/v1/units?doc=seed.tmx", "", &page)
	var del struct{ Unit wholeUnitJSON }
	call(t, "DELETE", ts.URL+"/api/v1/units/1", "", &del)
	if del.Unit.Created == "" || del.Unit.Changed == "" {
		t.Fatalf("the DELETE's unit has no dates: %+v", del.Unit)
	}
	if u.Created != del.Unit.Created || u.Changed != del.Unit.Changed || u.ChangedBy != "Maryam" {
		t.Errorf("GET units/1: created %q, changed %q by %q; want %q, %q by Maryam (the DELETE's)", u.Created, u.Changed, u.ChangedBy, del.Unit.Created, del.Unit.Changed)
	}
	if len(page.Units) == 0 || page.Units[0].ID != 1 || page.Units[0].Created != del.Unit.Created || page.Units[0].Changed != del.Unit.Changed {
		t.Errorf("GET units?doc=seed.tmx: %+v; want unit 1 first, created %q, changed %q", page.Units, del.Unit.Created, del.Unit.Changed)
	}
	if len(page.Units) > 1 && (page.Units[1].Created == "" || page.Units[1].Changed != "") {
		t.Errorf("unit %d, never edited: created %q, changed %q; want a creation date and no change", page.Units[1].ID, page.Units[1].Created, page.Units[1].Changed)
	}
}

// TestEditSameText: a PATCH whose text is the stored one changes nothing:
// 200, "unchanged": true and the unit as stored, its changer, change date
// and history (x-bitext-was) as they were. A retried PATCH (or bob saving
// anna's text back) made bob its changer and moved its date. An aligned
// pair saved with its text is confirmed (it loses the aligner's score):
// a change.
func TestEditSameText(t *testing.T) {
	ts, _ := testServer(t, Options{})
	type answer struct {
		OK        bool
		Message   string
		Unchanged *bool
		Unit      unitJSON
	}
	patch := func(id int64, body string) answer {
		t.Helper()
		var a answer
		if st := call(t, "PATCH", ts.URL+fmt.Sprintf("/api/v1/units/%d", id), body, &a); st != 200 || !a.OK || a.Unchanged == nil || a.Unit.ID != id {
			t.Fatalf("PATCH units/%d %s: %d %+v; want 200, ok, unchanged given, the unit", id, body, st, a)
		}
		return a
	}
	was := func(u unitJSON) int {
		n := 0
		for _, p := range u.Props {
			if p.Type == tm.PropWas {
				n++
			}
		}
		return n
	}
	// Never edited: the stored text given back leaves it never edited.
	a := patch(1, `{"lang":"fr","text":"`+seed[1]+`","by":"bob"}`)
	if !*a.Unchanged || a.Unit.Changed != "" || a.Unit.ChangedBy != "" || !strings.Contains(a.Message, "not changed") {
		t.Errorf("the stored text: %+v; want unchanged, no change date or changer", a)
	}
	a = patch(1, `{"text":"Salut.","by":"anna"}`)
	if *a.Unchanged || a.Unit.ChangedBy != "anna" || a.Unit.Variants[1].Text != "Salut." || was(a.Unit) != 1 || a.Message != "unit 1 edited" {
		t.Errorf("a new text: %+v; want changed by anna, Salut., one x-bitext-was, unit 1 edited", a)
	}
	changed := a.Unit.Changed
	for _, body := range []string{`{"text":"Salut.","by":"anna"}`, `{"text":"Salut.","by":"bob"}`, `{"lang":"fr","text":"Salut.","was":"Salut."}`} {
		a = patch(1, body)
		if !*a.Unchanged || a.Unit.ChangedBy != "anna" || a.Unit.Changed != changed || was(a.Unit) != 1 {
			t.Errorf("%s again: %+v; want unchanged, changed %s by anna, one x-bitext-was", body, a, changed)
		}
	}
	var got unitJSON
	if call(t, "GET", ts.URL+"/api/v1/units/1", "", &got); got.ChangedBy != "anna" || was(got) != 1 {
		t.Errorf("GET units/1 after the same text: %+v; want changed by anna, one x-bitext-was", got)
	}
	// "was" is checked first: a text changed since is refused, unchanged or not.
	if st := call(t, "PATCH", ts.URL+"/api/v1/units/1", `{"text":"Salut.","was":"Bonjour."}`, nil); st != 409 {
		t.Errorf("the same text from a text changed since: %d; want 409", st)
	}
	// An aligned pair, its text saved as it is: confirmed.
	if st := call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"source":"Aligned.","target":"Aligné.","score":0.4}]}`, nil); st != 200 {
		t.Fatal(st)
	}
	a = patch(4, `{"text":"Aligné.","by":"bob"}`)
	if *a.Unchanged || a.Unit.Score != 0 || a.Unit.ChangedBy != "bob" || was(a.Unit) != 0 {
		t.Errorf("an aligned pair saved as it is: %+v; want changed (confirmed) by bob, no aligner's score, no x-bitext-was", a)
	}
	if a = patch(4, `{"text":"Aligné.","by":"carl"}`); !*a.Unchanged || a.Unit.ChangedBy != "bob" {
		t.Errorf("the confirmed pair saved again: %+v; want unchanged, changed by bob", a)
	}
}

// TestConflictQuotesTextAsIs: the 409 of a PATCH from a text changed
// since quotes the stored text as it is written, where it read
// "فرمانده\u200cها" (Go's %q) to an API client.
func TestConflictQuotesTextAsIs(t *testing.T) {
	const theirs = "وزیر به تهران رسید و با فرمانده\u200cها دیدار کرد."
	u := pairUnit(language.English, language.Persian, "The minister arrived in Tehran.", "وزیر به تهران رسید.", tm.Origin{File: "fa.tmx"})
	ts, _ := serveImported(t, "fa.tmx", []tm.Unit{u})
	if st := call(t, "PATCH", ts.URL+"/api/v1/units/1", `{"lang":"fa","text":"`+theirs+`"}`, nil); st != 200 {
		t.Fatal(st)
	}
	st, _, b := send(t, "PATCH", ts.URL+"/api/v1/units/1", `{"lang":"fa","text":"وزیر امروز به تهران رسید.","was":"وزیر به تهران رسید."}`)
	var e errorBody
	if err := json.Unmarshal(b, &e); err != nil || st != 409 || !strings.Contains(e.Error, "it now reads “"+theirs+"”") {
		t.Errorf("PATCH from a text changed since = %d %s; want 409 quoting %s as it is", st, b, theirs)
	}
}

// TestUnitIDQuotedShort: a unit id that is no number is quoted in the
// error by its first 60 bytes: a path of 10,000 characters was answered
// with all of them.
func TestUnitIDQuotedShort(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, method := range []string{"GET", "PATCH", "DELETE"} {
		st, _, b := send(t, method, ts.URL+"/api/v1/units/"+strings.Repeat("x", 10000), `{"lang":"fr","text":"x"}`)
		if st != http.StatusBadRequest || len(b) > 200 || !strings.Contains(string(b), `unit id \"`+strings.Repeat("x", 60)+`\"...: a positive whole number is wanted`) {
			t.Errorf("%s /api/v1/units/x...x (10,000 x): %d, %d bytes: %.200s; want 400 quoting the first 60 bytes", method, st, len(b), b)
		}
	}
}
