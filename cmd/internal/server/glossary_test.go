package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/normalize"
)

// TestGlossaryAddRefusesControlCharacters: POST /api/v1/glossary refuses
// a name with a control character or over 1 KiB (400), as names import
// does; it stored them (faults36).
func TestGlossaryAddRefusesControlCharacters(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, body := range []string{
		`{"entries":[{"canonical":"Tab\tName"}]}`,
		`{"entries":[{"canonical":"Bell","variants":["B\u0007ell"]}]}`,
		`{"entries":[{"canonical":"` + strings.Repeat("word ", 400) + `"}]}`,
	} {
		st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary", body, "Content-Type", "application/json")
		if st != http.StatusBadRequest || !strings.Contains(string(b), "glossary spelling") {
			t.Errorf("POST /api/v1/glossary %.60s: %d %s; want 400 naming the spelling", body, st, b)
		}
	}
	var got struct{ Total int }
	if st := call(t, "GET", ts.URL+"/api/v1/glossary", "", &got); st != http.StatusOK || got.Total != 0 {
		t.Errorf("glossary after the refusals: %d, %d entries; want none", st, got.Total)
	}
}

// TestGlossaryAddRefusesNoLetters: a spelling with no letter or digit
// ("!!!", "—") is a 400, as names add and names import refuse it. The
// page's Add entry and a row's new variant stored it, and the glossary
// names export then wrote was one names import refused ("line 2: “!!!”
// has no letters or digits"): a backup that could not be restored.
func TestGlossaryAddRefusesNoLetters(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, c := range []struct{ method, path, body, want string }{
		{"POST", "/api/v1/glossary", `{"entries":[{"canonical":"!!!"}]}`, `entry 1: the canonical form “!!!” is not a name: it has no letters or digits`},
		{"POST", "/api/v1/glossary", `{"entries":[{"canonical":"Hadi al-Amiri","variants":["Hadi al-Ameri","—"]}]}`, `entry 1: variant 2 “—” is not a name`},
	} {
		st, _, b := send(t, c.method, ts.URL+c.path, c.body, "Content-Type", "application/json")
		if st != http.StatusBadRequest || !strings.Contains(string(b), c.want) {
			t.Errorf("%s %s %s: %d %s; want 400 %q", c.method, c.path, c.body, st, b, c.want)
		}
	}
	var got struct{ Total int }
	if st := call(t, "GET", ts.URL+"/api/v1/glossary", "", &got); st != http.StatusOK || got.Total != 0 {
		t.Errorf("glossary after the refusals: %d, %d entries; want none", st, got.Total)
	}
	if st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Hadi al-Amiri"}]}`, "Content-Type", "application/json"); st != http.StatusOK {
		t.Fatalf("POST Hadi al-Amiri: %d %s", st, b)
	}
	st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary/Hadi%20al-Amiri/variants", `{"variants":["?!"]}`, "Content-Type", "application/json")
	if st != http.StatusBadRequest || !strings.Contains(string(b), `variant 1 “?!” is not a name`) {
		t.Errorf("POST a variant ?!: %d %s; want 400 saying it is not a name", st, b)
	}
	var one struct {
		Entries []struct{ Variants []string }
	}
	if call(t, "GET", ts.URL+"/api/v1/glossary", "", &one); len(one.Entries) != 1 || len(one.Entries[0].Variants) != 0 {
		t.Errorf("glossary after the refused variant: %+v; want Hadi al-Amiri with no variant", one.Entries)
	}
}

// TestGlossaryAddSaysWhatIsStored: POST /api/v1/glossary of one canonical
// form twice stores one entry, the variants of both merged (as names
// import merges a file's repeated lines), and says so: it said "added 2
// entries". A null or blank variant is a 400 naming the entry and the
// variant: null was dropped without a word (left38).
func TestGlossaryAddSaysWhatIsStored(t *testing.T) {
	ts, _ := testServer(t, Options{})
	st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Ali Khan","variants":["Aly Khan"]},{"canonical":"Omar Farouk","variants":["Omar Faruq"]},{"canonical":" Ali Khan","variants":["Ali Kahn"]}]}`, "Content-Type", "application/json")
	if st != http.StatusOK || !strings.Contains(string(b), `added 2 entries (3 given: entry 3 repeats the canonical form of entry 1, its variants merged into it)`) {
		t.Errorf("POST a canonical form twice: %d %s; want 200 saying 2 entries added, entry 3 merged into 1", st, b)
	}
	_, _, b = send(t, "GET", ts.URL+"/api/v1/glossary?q=Ali+Khan", "")
	if !strings.Contains(string(b), `"Aly Khan"`) || !strings.Contains(string(b), `"Ali Kahn"`) || strings.Count(string(b), `"canonical"`) != 1 {
		t.Errorf("GET glossary?q=Ali Khan: %s; want one entry with both variants", b)
	}
	for _, c := range []struct{ body, want string }{
		{`{"entries":[{"canonical":"Bo Li","variants":["Bo Lee",null]}]}`, `entry 1: variant 2 is null: a variant is a spelling (a string)`},
		{`{"entries":[{"canonical":"Bo Li","variants":["Bo Lee"]},{"canonical":"Li Na","variants":[" "]}]}`, `entry 2: variant 1 is empty`},
	} {
		st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary", c.body, "Content-Type", "application/json")
		if st != http.StatusBadRequest || !strings.Contains(string(b), c.want) {
			t.Errorf("POST %s: %d %s; want 400 %q", c.body, st, b, c.want)
		}
	}
	if _, _, b := send(t, "GET", ts.URL+"/api/v1/glossary?q=Bo+Li", ""); strings.Contains(string(b), "Bo Li") {
		t.Errorf("a refused request stored an entry: %s", b)
	}
}

// TestRepeatedEntriesLinear: the repeats of a POST /api/v1/glossary are
// found in one pass over the entries: slices.Index for each entry made a
// body of many distinct entries (32 MiB holds a million) quadratic, and
// 150,000 of them took seconds before anything was stored.
func TestRepeatedEntriesLinear(t *testing.T) {
	into := make([]int, 150_000)
	for i := range into {
		into[i] = i
	}
	into = append(into, 7, 149_999)
	start := time.Now()
	got := repeatedEntries(into)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("repeatedEntries of 150,002 entries took %v, want well under a second", d)
	}
	want := []string{"entry 150001 repeats the canonical form of entry 8", "entry 150002 repeats the canonical form of entry 150000"}
	if !slices.Equal(got, want) {
		t.Errorf("repeatedEntries = %q, want %q", got, want)
	}
}

// TestGlossaryAddSaysWhatEntryHolds: a variant added to a stored entry of
// two is said as names add says it, what was added and what the entry
// holds now; it said "added 1 entry" (names add: "with 1 variant", left39).
func TestGlossaryAddSaysWhatEntryHolds(t *testing.T) {
	ts, db := testServer(t, Options{})
	if err := db.PutGlossary(context.Background(), []normalize.Entry{{Canonical: "Henry Morgan", Variants: []string{"Henrik Morgan", "H. Morgan"}}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, body, want string }{
		{"/api/v1/glossary", `{"entries":[{"canonical":"Henry Morgan","variants":["Harry Morgan"]}]}`, `added 1 variant to “Henry Morgan”, which has 3 variants now`},
		{"/api/v1/glossary", `{"entries":[{"canonical":"Tehran","variants":["Teheran"]}]}`, `added “Tehran” with 1 variant`},
		{"/api/v1/glossary/Henry%20Morgan/variants", `{"variants":["Captain Morgan","Harry Morgan"]}`, `added 1 variant to “Henry Morgan”, which has 4 variants now`},
		// a language list replaced is said, as names add warns of it
		{"/api/v1/glossary", `{"entries":[{"canonical":"Tehran","variants":["Tehrān"],"langs":["fr"]}]}`, `“Tehran” now applies to fr only (it applied to every language)`},
	} {
		st, _, b := send(t, "POST", ts.URL+c.path, c.body, "Content-Type", "application/json")
		if st != http.StatusOK || !strings.Contains(string(b), c.want) {
			t.Errorf("POST %s %s: %d %s; want 200 %s", c.path, c.body, st, b, c.want)
		}
	}
}

// TestGlossaryAddVariantOfDeletedEntry: POST /glossary/{canonical}/variants
// adds to the entry the client lists, and is a 404 when another client
// deleted it meanwhile: nothing is stored, where POST /glossary (which
// keeps its meaning) makes a new entry of the one variant. A spelling of
// another entry is a 409 (left39).
func TestGlossaryAddVariantOfDeletedEntry(t *testing.T) {
	ts, db := testServer(t, Options{})
	if err := db.PutGlossary(context.Background(), []normalize.Entry{{Canonical: "Tehran", Variants: []string{"Teheran"}}}); err != nil {
		t.Fatal(err)
	}
	st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary/Henry%20Morgan/variants", `{"variants":["Harry Morgan"]}`, "Content-Type", "application/json")
	if st != http.StatusNotFound || !strings.Contains(string(b), `no glossary entry “Henry Morgan”`) {
		t.Errorf("POST a variant of no entry: %d %s; want 404 naming the entry", st, b)
	}
	if _, _, b := send(t, "GET", ts.URL+"/api/v1/glossary?q=Morgan", ""); strings.Contains(string(b), "Morgan") {
		t.Errorf("a variant of no entry made one: %s", b)
	}
	st, _, b = send(t, "POST", ts.URL+"/api/v1/glossary/Tehran/variants", `{"variants":["Harry Morgan"]}`, "Content-Type", "application/json")
	if st != http.StatusOK {
		t.Errorf("POST a variant of Tehran: %d %s; want 200", st, b)
	}
	for _, c := range []struct {
		body string
		st   int
	}{
		{`{"variants":["Teheran"]}`, http.StatusOK},
		{`{"variants":[]}`, http.StatusBadRequest},
		{`{"variants":[null]}`, http.StatusBadRequest},
		{`{"variants":[" "]}`, http.StatusBadRequest},
	} {
		if st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary/Tehran/variants", c.body, "Content-Type", "application/json"); st != c.st {
			t.Errorf("POST variants %s: %d %s; want %d", c.body, st, b, c.st)
		}
	}
	if err := db.PutGlossary(context.Background(), []normalize.Entry{{Canonical: "Henry Morgan"}}); err != nil {
		t.Fatal(err)
	}
	if st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary/Henry%20Morgan/variants", `{"variants":["Teheran"]}`, "Content-Type", "application/json"); st != http.StatusConflict {
		t.Errorf("POST a variant another entry has: %d %s; want 409", st, b)
	}
}

// TestGlossaryConflict checks that POST /api/v1/glossary refuses a
// spelling another user entry has, as names add does, and stores nothing.
func TestGlossaryConflict(t *testing.T) {
	ts, db := testServer(t, Options{})
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Thabet Saeedreza","variants":["Thabit Saeed Reza"]}]}`, nil); st != http.StatusOK {
		t.Fatalf("add: %d", st)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Sabet Said Reza","variants":["Thabit Saeed Reza"]}]}`, nil); st != http.StatusConflict {
		t.Errorf("a spelling another entry has: %d; want 409", st)
	}
	es, err := db.Glossary(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Canonical != "Thabet Saeedreza" {
		t.Errorf("glossary after a refused add: %+v", es)
	}
}

// TestGlossaryRemoveVariant: DELETE /api/v1/glossary/{canonical}/variants/
// {variant} removes one spelling and keeps the entry with its others (as
// names remove --variant); a missing entry or variant is a JSON 404 that
// removes nothing; a read token may not. The API could only remove the
// whole entry.
func TestGlossaryRemoveVariant(t *testing.T) {
	ts, _ := testServer(t, Options{Access: Access{Tokens: []string{writeTok}, ReadTokens: []string{readTok}}})
	auth := []string{"Authorization", "Bearer " + writeTok}
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Abdolrahim Mousavi","variants":["Abdulrahim Musavi","Abdolrahim Musavi"],"kind":"person"},{"canonical":"Tehran","variants":["Teheran","AC/DC Tehran"]}]}`, nil, auth...); st != 200 {
		t.Fatalf("glossary add: %d", st)
	}
	variants := func() map[string][]string {
		var gl struct{ Entries []entryJSON }
		call(t, "GET", ts.URL+"/api/v1/glossary", "", &gl, auth...)
		out := map[string][]string{}
		for _, e := range gl.Entries {
			out[e.Canonical] = e.Variants
		}
		return out
	}
	del := func(canonical, variant string, header ...string) (int, string) {
		st, _, b := send(t, "DELETE", ts.URL+"/api/v1/glossary/"+url.PathEscape(canonical)+"/variants/"+url.PathEscape(variant), "", header...)
		var e errorBody
		if st >= 400 && (json.Unmarshal(b, &e) != nil || e.Error == "") {
			t.Errorf("DELETE %s/%s: %d with no JSON error: %s", canonical, variant, st, b)
		}
		return st, e.Error
	}
	before := variants()
	for _, c := range []struct {
		canonical, variant string
		status             int
		msg                string
		header             []string
	}{
		{"Abdolrahim Mousavi", "Abdulrahim Musavi", 403, "reads only", []string{"Authorization", "Bearer " + readTok}},
		{"Nobody", "Abdulrahim Musavi", 404, `no glossary entry “Nobody”`, auth},
		{"Abdolrahim Mousavi", "Teheran", 404, `glossary entry “Abdolrahim Mousavi” has no variant “Teheran” (it has “Abdolrahim Musavi”, “Abdulrahim Musavi”)`, auth},
		{"Tehran", "Tehran", 404, `has no variant “Tehran”`, auth},
	} {
		if st, msg := del(c.canonical, c.variant, c.header...); st != c.status || !strings.Contains(msg, c.msg) {
			t.Errorf("DELETE %s / %s: %d %q; want %d saying %q", c.canonical, c.variant, st, msg, c.status, c.msg)
		}
	}
	if got := variants(); !reflect.DeepEqual(got, before) {
		t.Errorf("refused removals changed the glossary: %v -> %v", before, got)
	}
	if st, msg := del("Abdolrahim Mousavi", "Abdulrahim Musavi", auth...); st != 200 {
		t.Errorf("remove a variant: %d %s", st, msg)
	}
	if st, msg := del("Tehran", "AC/DC Tehran", auth...); st != 200 {
		t.Errorf("remove a variant with a slash: %d %s", st, msg)
	}
	want := map[string][]string{"Abdolrahim Mousavi": {"Abdolrahim Musavi"}, "Tehran": {"Teheran"}}
	if got := variants(); !reflect.DeepEqual(got, want) {
		t.Errorf("glossary after removing two variants: %v; want %v", got, want)
	}
	if st, _ := del("Abdolrahim Mousavi", "Abdulrahim Musavi", auth...); st != 404 {
		t.Errorf("remove it again: %d; want 404", st)
	}
	// The last variant goes, the entry stays.
	if st, _ := del("Tehran", "Teheran", auth...); st != 200 {
		t.Errorf("remove the last variant: %d", st)
	}
	if got := variants(); len(got["Tehran"]) != 0 || got["Tehran"] == nil {
		t.Errorf("entry left with no variant: %v; want it listed with none", got)
	}
}
