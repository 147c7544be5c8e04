package server

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
)

// TestBadBodies sends request bodies that are not the one JSON object a
// route takes, or text that the command would refuse: each is a 400 JSON
// error, and nothing is stored.
func TestBadBodies(t *testing.T) {
	ts, db := testServer(t, Options{})
	before := units(t, db)
	for _, tc := range []struct{ method, path, body string }{
		// Data after the object: a closing bracket is no more valid
		// than a second value.
		{"POST", "/api/v1/segment", `{"text":"Hello. World.","lang":"en"}}`},
		{"POST", "/api/v1/segment", `{"text":"Hello. World.","lang":"en"}]`},
		{"POST", "/api/v1/segment", `{"text":"Hello. World.","lang":"en"} x`},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"source":"a b","target":"c d"}]}}`},
		// NUL bytes: text with them is binary, as every command says.
		{"POST", "/api/v1/segment", `{"text":"Hello\u0000 World.","lang":"en"}`},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"source":"a\u0000b","target":"c d"}]}`},
		{"GET", "/api/v1/lookup?src=en&tgt=fr&q=a%00b", ""},
		{"POST", "/api/v1/lookup", `{"src":"en","tgt":"fr","queries":["a\u0000b"]}`},
		{"PUT", "/tmserver/en/fr/unit/x", `{"source":"a\u0000b","target":"c d"}`},
		// A tmserver query that is not UTF-8, as /api/v1/lookup refuses it.
		{"GET", "/tmserver/en/fr/unit/%ff%fe", ""},
	} {
		if st := call(t, tc.method, ts.URL+tc.path, tc.body, nil); st != http.StatusBadRequest {
			t.Errorf("%s %s %s: status %d; want 400", tc.method, tc.path, tc.body, st)
		}
	}
	if after := units(t, db); after != before {
		t.Errorf("bad requests stored units: %d -> %d", before, after)
	}
}

// TestWrongMethod checks that a route asked with a method it does not
// take is 405 with an Allow header and a JSON error, and that a path no
// route has is 404.
func TestWrongMethod(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, tc := range []struct{ method, path, allow string }{
		{"POST", "/api/v1/stats", "GET, HEAD"},
		{"GET", "/api/v1/segment", "POST"},
		{"PUT", "/api/v1/lookup", "GET, HEAD, POST"},
		{"PATCH", "/tmserver/en/fr/store/x", "DELETE, GET, HEAD, POST, PUT"},
		{"POST", "/api/v1/units/3", "DELETE, GET, HEAD, PATCH"},
	} {
		req, _ := http.NewRequest(tc.method, ts.URL+tc.path, strings.NewReader("{}"))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != tc.allow ||
			!strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
			t.Errorf("%s %s: %d, Allow %q, %s; want 405, Allow %q, JSON", tc.method, tc.path,
				res.StatusCode, res.Header.Get("Allow"), res.Header.Get("Content-Type"), tc.allow)
		}
		call(t, tc.method, ts.URL+tc.path, "{}", nil) // the body is a JSON error
	}
	if st := call(t, "GET", ts.URL+"/api/v1/nothing", "", nil); st != http.StatusNotFound {
		t.Errorf("GET /api/v1/nothing: %d; want 404", st)
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

// TestLookupDocumentBlank checks that a document lookup answers every
// query in order, a blank one (a paragraph break) with no matches, so that
// results[i] is the answer to queries[i] as in a lookup of single queries.
func TestLookupDocumentBlank(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var out struct {
		Results []queryMatches `json:"results"`
	}
	body := `{"src":"en","tgt":"fr","document":true,"queries":["The minister arrived in Baghdad on Monday.","","  ","The minister left Tehran on Tuesday."]}`
	if st := call(t, "POST", ts.URL+"/api/v1/lookup", body, &out); st != http.StatusOK {
		t.Fatalf("status %d", st)
	}
	if len(out.Results) != 4 {
		t.Fatalf("%d results for 4 queries: %+v", len(out.Results), out.Results)
	}
	for i, want := range []int{1, 0, 0, 1} {
		if got := len(out.Results[i].Matches); (got > 0) != (want > 0) {
			t.Errorf("result %d (%q): %d matches; want %d", i, out.Results[i].Query, got, want)
		}
	}
	if out.Results[3].Query != "The minister left Tehran on Tuesday." {
		t.Errorf("result 3 is for %q", out.Results[3].Query)
	}
}

// TestLookupKindFragment checks that a fragment match is "kind":
// "fragment" in the API, as in tm lookup's JSON Lines (it was shown as
// "fuzzy": the server worked the kind out from the score alone).
func TestLookupKindFragment(t *testing.T) {
	db := newDB(t, "The minister arrived in Baghdad on Monday. He met the prime minister at noon.",
		"Arrivé lundi à Bagdad, le ministre a rencontré le Premier ministre à midi.")
	ts, _ := testServer(t, Options{DB: db})
	var out queryMatches
	q := "He met the prime minister at noon."
	if st := call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&q="+strings.ReplaceAll(q, " ", "+"), "", &out); st != http.StatusOK {
		t.Fatalf("status %d", st)
	}
	if len(out.Matches) != 1 || out.Matches[0].Kind != "fragment" || out.Matches[0].Span == nil {
		t.Errorf("matches %+v; want one of kind fragment, with its span", out.Matches)
	}
}

// TestWriteErrStatus checks the status of the TM's own errors: a TM that
// cannot be written is 403, a damaged one 500 (the server's fault, not the
// request's). Both were 400: they are also bad input (exit 2) in the
// command.
func TestWriteErrStatus(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want int
	}{
		{fmt.Errorf("write tm.db: %w", tm.ErrReadOnly), http.StatusForbidden},
		{fmt.Errorf("tm.db: %w", tm.ErrCorrupt), http.StatusInternalServerError},
		{fmt.Errorf("import x: %w", tm.ErrBadInput), http.StatusBadRequest},
		{fmt.Errorf("lookup: db: %w", tm.ErrStatementTimeout), http.StatusServiceUnavailable},
	} {
		if got := errStatus(tc.err); got != tc.want {
			t.Errorf("errStatus(%v): %d; want %d", tc.err, got, tc.want)
		}
	}
}

// TestExportOneLanguage checks that an export or import given src without
// tgt, or tgt without src, is refused, as tm export and tm import refuse
// --src without --tgt (every unit was exported or imported, src ignored).
func TestExportOneLanguage(t *testing.T) {
	ts, db := testServer(t, Options{})
	const tmxDoc = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>` +
		`<tu><tuv xml:lang="en"><seg>Thank you.</seg></tuv><tuv xml:lang="de"><seg>Danke.</seg></tuv></tu></body></tmx>`
	before := units(t, db)
	for _, q := range []string{"src=en", "tgt=fr"} {
		if st := call(t, "POST", ts.URL+"/api/v1/import?"+q, tmxDoc, nil); st != http.StatusBadRequest {
			t.Errorf("POST /api/v1/import?%s: %d; want 400", q, st)
		}
	}
	if after := units(t, db); after != before {
		t.Errorf("a refused import stored units: %d -> %d", before, after)
	}
	for _, q := range []string{"src=en", "tgt=fr", "format=tmx&src=en", "format=xliff", "format=xliff&src=en", "format=xlf&src=en&tgt=de"} {
		if st := call(t, "GET", ts.URL+"/api/v1/export?"+q, "", nil); st != http.StatusBadRequest {
			t.Errorf("GET /api/v1/export?%s: %d; want 400", q, st)
		}
	}
	for _, q := range []string{"", "src=en&tgt=fr", "format=tsv&src=en&tgt=fr", "format=xliff&src=en&tgt=de"} {
		req, _ := http.NewRequest("GET", ts.URL+"/api/v1/export?"+q, nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET /api/v1/export?%s: %d; want 200", q, res.StatusCode)
		}
		if strings.HasPrefix(q, "format=xliff") && (res.Header.Get("Content-Type") != "application/xliff+xml; charset=utf-8" ||
			!strings.Contains(string(body), `<xliff version="1.2"`)) {
			t.Errorf("GET /api/v1/export?%s: %q, %s; want XLIFF 1.2", q, res.Header.Get("Content-Type"), body)
		}
	}
}

// TestAlignVersions checks that /api/v1/align aligns two versions of a
// story in one language, as bitext align does (two agencies' English
// versions): it refused them ("src and tgt are both en").
func TestAlignVersions(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var out struct {
		Beads []struct {
			Src, Tgt []int
		} `json:"beads"`
	}
	body := `{"src":"en","tgt":"en","src_text":"The minister arrived on Monday. He met the premier.","tgt_text":"The minister arrived in Baghdad on Monday. He then met the prime minister."}`
	if st := call(t, "POST", ts.URL+"/api/v1/align", body, &out); st != http.StatusOK {
		t.Fatalf("status %d; want 200", st)
	}
	if len(out.Beads) != 2 {
		t.Errorf("beads %+v; want two 1-1 pairs", out.Beads)
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
		{"Nobody", "Abdulrahim Musavi", 404, `no glossary entry "Nobody"`, auth},
		{"Abdolrahim Mousavi", "Teheran", 404, `glossary entry "Abdolrahim Mousavi" has no variant "Teheran" (it has ["Abdolrahim Musavi" "Abdulrahim Musavi"])`, auth},
		{"Tehran", "Tehran", 404, `has no variant "Tehran"`, auth},
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

// TestPublicMessage: what a client is told of the server's own errors.
// A database that cannot be reached is said so without the driver's words
// (they name the database's user, host and port); a message naming the
// TM's location names its file only, as GET /api/v1/stats does. The
// server's log gets the whole error of a 5xx.
func TestPublicMessage(t *testing.T) {
	db := newDB(t)
	var logged strings.Builder
	s := newServer(t, Options{DB: db, Log: &logged})
	r := httptest.NewRequest("GET", "/api/v1/lookup?q=x", nil)
	r.Pattern = "GET /api/v1/lookup"
	down := fmt.Errorf("lookup: postgres://team@db.internal:5432/tm: %w: failed to connect to `user=team database=tm`: dial tcp 10.0.0.7:5432: connect: connection refused", tm.ErrUnavailable)
	if got, want := s.publicMessage(r, down), "GET /api/v1/lookup: the translation memory's database is unavailable: try again later (the server's log says why)"; got != want {
		t.Errorf("unavailable: %q; want %q", got, want)
	}
	w := httptest.NewRequest("POST", "/api/v1/import", nil)
	w.Pattern = "POST /api/v1/import"
	if got := s.publicMessage(w, down); !strings.HasSuffix(got, "; nothing of this request was stored") {
		t.Errorf("unavailable on a write: %q; want it to say nothing was stored", got)
	}
	moved := fmt.Errorf("write %s: %w", db.Path(), tm.ErrMoved)
	if got := s.publicMessage(r, moved); strings.Contains(got, filepath.Dir(db.Path())) || !strings.Contains(got, "write tm.db: ") {
		t.Errorf("moved: %q; want the file's name, not its folder", got)
	}
	rec := httptest.NewRecorder()
	s.writeErr(rec, r, down)
	if rec.Code != 503 || strings.Contains(rec.Body.String(), "10.0.0.7") || !strings.Contains(logged.String(), "GET /api/v1/lookup: 503: lookup: postgres://team@db.internal:5432/tm") {
		t.Errorf("writeErr: %d %s, log %q; want 503 without the address, the log with it", rec.Code, rec.Body, logged.String())
	}
}
