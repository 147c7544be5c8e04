package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/bitext/bitext/tm/sqlite"
)

// newDB opens a new TM with the units given as source, target pairs
// (en-fr): SQLite in a temporary folder, or a PostgreSQL schema of its own
// newStore opens a new, empty TM store: SQLite, or PostgreSQL under
// TestOnPostgres.
func newStore(t testing.TB) tm.Store {
	t.Helper()
	var s tm.Store
	var err error
	if onPostgres(t) {
		s, err = postgres.Open(context.Background(), pgtest.TempURL(t))
	} else {
		s, err = sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "tm.db"))
	}
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// under TestOnPostgres; it is closed when the test ends.
func newDB(t testing.TB, pairs ...string) *tm.DB {
	t.Helper()
	ctx := context.Background()
	db := tm.New(newStore(t))
	t.Cleanup(func() { db.Close() })
	var units []tm.Unit
	for i := 0; i+1 < len(pairs); i += 2 {
		units = append(units, pairUnit(language.English, language.French, pairs[i], pairs[i+1], tm.Origin{File: "seed.tmx"}))
	}
	if len(units) > 0 {
		if _, err := db.Import(ctx, unitSeq(units), tm.ImportOptions{File: "seed.tmx"}); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

var seed = []string{
	"The minister arrived in Baghdad on Monday.", "Le ministre est arrivé à Bagdad lundi.",
	"The minister left Tehran on Tuesday.", "Le ministre a quitté Téhéran mardi.",
	"Both sides stressed cooperation against terrorism.", "Les deux parties ont souligné la coopération contre le terrorisme.",
}

// newServer is New(opt), the test failing when New refuses opt.
func newServer(t testing.TB, opt Options) *Server {
	t.Helper()
	s, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// testServer is a Server over a seeded TM (opt.DB when set) behind
// httptest, closed when the test ends.
func testServer(t *testing.T, opt Options) (*httptest.Server, *tm.DB) {
	t.Helper()
	if opt.DB == nil {
		opt.DB = newDB(t, seed...)
	}
	ts := httptest.NewServer(newServer(t, opt))
	t.Cleanup(ts.Close)
	return ts, opt.DB
}

// serveImported is testServer over a new TM holding units, imported as
// the document file.
func serveImported(t *testing.T, file string, units []tm.Unit) (*httptest.Server, *tm.DB) {
	t.Helper()
	db := newDB(t)
	if _, err := db.Import(context.Background(), unitSeq(units), tm.ImportOptions{File: file}); err != nil {
		t.Fatal(err)
	}
	return testServer(t, Options{DB: db})
}

// call sends a request and decodes the JSON answer into out (if not nil);
// it returns the status.
func call(t *testing.T, method, u string, body string, out any, header ...string) int {
	t.Helper()
	status, _, b := send(t, method, u, body, header...)
	if status >= 400 {
		var e errorBody
		if err := json.Unmarshal(b, &e); err != nil || e.Error == "" {
			t.Errorf("%s %s: status %d with a body that is no JSON error: %q", method, u, status, b)
		}
	}
	if out != nil && status < 400 {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %v in %q", method, u, err, b)
		}
	}
	return status
}

// send sends a request with the header's name, value pairs (a "Host" pair
// sets the request's host) and returns the status, the Content-Type and
// the body of the answer.
func send(t *testing.T, method, u string, body string, header ...string) (int, string, []byte) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, u, rd)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "Host" {
			req.Host = header[i+1]
		}
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Content-Type"), b
}

func units(t testing.TB, db *tm.DB) int {
	t.Helper()
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.Units
}

func TestTMServerSuggest(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var got []suggestion
	q := url.PathEscape("The minister arrived in Baghdad on Sunday.")
	if st := call(t, "GET", ts.URL+"/tmserver/en/fr/unit/"+q, "", &got); st != 200 {
		t.Fatalf("status %d", st)
	}
	if len(got) == 0 || got[0].Target != "Le ministre est arrivé à Bagdad lundi." || got[0].Quality < 75 || got[0].Quality > 100 {
		t.Fatalf("suggestions = %+v; want the Baghdad unit first, quality 75..100", got)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Quality > got[i-1].Quality {
			t.Errorf("suggestions not best first: %+v", got)
		}
	}
	// An exact match is quality 100; a "/" in the text comes percent-encoded.
	call(t, "GET", ts.URL+"/tmserver/en/fr/unit/"+url.PathEscape(seed[2]), "", &got)
	if len(got) == 0 || got[0].Quality != 100 || got[0].Source != seed[2] {
		t.Errorf("exact: %+v", got)
	}
	if st := call(t, "GET", ts.URL+"/tmserver/en/fr/unit/a%2Fb%20c", "", &got); st != 200 || len(got) != 0 {
		t.Errorf("a/b c: status %d, %+v; want 200 and no suggestion", st, got)
	}
	// Weblate's codes: lower case with underscores.
	var langs map[string][]string
	call(t, "GET", ts.URL+"/tmserver/languages/", "", &langs)
	if strings.Join(langs["sourceLanguages"], ",") != "en,fr" || strings.Join(langs["targetLanguages"], ",") != "en,fr" {
		t.Errorf("languages = %v", langs)
	}
	if st := call(t, "GET", ts.URL+"/tmserver/en/xx-!!/unit/hello", "", nil); st != 400 {
		t.Errorf("bad language: status %d; want 400", st)
	}
}

func TestTMServerWrites(t *testing.T) {
	ts, db := testServer(t, Options{})
	// PUT a unit, in Brazilian Portuguese as Weblate names it.
	if st := call(t, "PUT", ts.URL+"/tmserver/en/pt_br/unit/x", `{"source":"Good morning, Tehran.","target":"Bom dia, Teerã."}`, new(string)); st != 200 {
		t.Fatalf("PUT unit: status %d", st)
	}
	var got []suggestion
	call(t, "GET", ts.URL+"/tmserver/en/pt_BR/unit/"+url.PathEscape("Good morning, Tehran."), "", &got)
	if len(got) != 1 || got[0].Target != "Bom dia, Teerã." {
		t.Errorf("after PUT: %+v", got)
	}
	// POST a store: a list of units, all or none.
	before := units(t, db)
	if st := call(t, "POST", ts.URL+"/tmserver/en/fr/store/po", `[{"source":"One.","target":"Un."},{"source":"","target":"Deux."}]`, nil); st != 400 {
		t.Errorf("store with an empty source: status %d; want 400", st)
	}
	if n := units(t, db); n != before {
		t.Errorf("a refused store changed the TM: %d units, %d before", n, before)
	}
	// A body of null is no list (it was taken as an empty one: 200,
	// "added 0 units"); [] is an empty list.
	for body, want := range map[string]int{"null": 400, "[]": 200} {
		if st := call(t, "POST", ts.URL+"/tmserver/en/fr/store/po", body, nil); st != want {
			t.Errorf("store with the body %s: status %d; want %d", body, st, want)
		}
	}
	// Writes answer tmserver's text as JSON, which Virtaal's client parses.
	var msg string
	if st := call(t, "POST", ts.URL+"/tmserver/en/fr/store/po", `[{"source":"One.","target":"Un."},{"source":"Two.","target":"Deux."}]`, &msg); st != 200 || msg != "added 2 units from po" {
		t.Errorf("store: status %d, %q", st, msg)
	}
	if n := units(t, db); n != before+2 {
		t.Errorf("store: %d units; want %d", n, before+2)
	}
	// PUT a store: a TMX file; a broken one stores nothing.
	tmxDoc := `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>
<tu><tuv xml:lang="en"><seg>Three.</seg></tuv><tuv xml:lang="fr"><seg>Trois.</seg></tuv></tu></body></tmx>`
	if st := call(t, "PUT", ts.URL+"/tmserver/en/fr/store/x.tmx", strings.Replace(tmxDoc, "</body>", "", 1), nil); st != 400 {
		t.Errorf("broken TMX: status %d; want 400", st)
	}
	if n := units(t, db); n != before+2 {
		t.Errorf("a broken TMX changed the TM: %d units", n)
	}
	if st := call(t, "PUT", ts.URL+"/tmserver/en/fr/store/..%2F..%2Fetc%2Fx.tmx", tmxDoc, nil); st != 200 {
		t.Errorf("TMX upload: status %d", st)
	}
	if n := units(t, db); n != before+3 {
		t.Errorf("TMX upload: %d units; want %d", n, before+3)
	}
}

func TestAPILookupAndConcordance(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var one queryMatches
	q := url.Values{"q": {"The minister arrived in Baghdad on Sunday."}, "src": {"en"}, "tgt": {"fr"}}
	if st := call(t, "GET", ts.URL+"/api/v1/lookup?"+q.Encode(), "", &one); st != 200 {
		t.Fatalf("status %d", st)
	}
	if len(one.Matches) == 0 || one.Matches[0].Kind != "fuzzy" || one.Matches[0].UnitID != 1 ||
		one.Matches[0].File != "seed.tmx" || !strings.Contains(one.Matches[0].Diff, "{+Sunday+}") {
		t.Errorf("lookup = %+v", one)
	}
	// One route's parameter given to the other: the answer names the
	// right one (it was "term is empty", "q is empty").
	for u, want := range map[string]string{
		"/api/v1/concordance?src=en&q=Baghdad":                 "?term=WORDS",
		"/api/v1/lookup?src=en&tgt=fr&term=The+minister+left.": "?q=TEXT",
	} {
		if st, _, b := send(t, "GET", ts.URL+u, ""); st != 400 || !strings.Contains(string(b), want) {
			t.Errorf("GET %s: %d %s; want 400 naming %s", u, st, b, want)
		}
	}
	var batch struct{ Results []queryMatches }
	body := `{"src":"en","tgt":"fr","queries":["The minister left Tehran on Tuesday.","Nothing like it at all."]}`
	if st := call(t, "POST", ts.URL+"/api/v1/lookup", body, &batch); st != 200 || len(batch.Results) != 2 {
		t.Fatalf("batch: status %d, %+v", st, batch)
	}
	if m := batch.Results[0].Matches; len(m) != 1 || m[0].Kind != "exact" || m[0].Score != 100 {
		t.Errorf("batch exact = %+v", m)
	}
	if len(batch.Results[1].Matches) != 0 {
		t.Errorf("batch: matches for an unknown query: %+v", batch.Results)
	}
	// A blank query is a 400 naming it, as GET ?q= is (the batch answered
	// it with no matches); in a document a blank one is a paragraph break,
	// but a document of breaks alone is refused too.
	for body, want := range map[string]string{
		`{"src":"en","tgt":"fr","queries":[""]}`:                               "query 1 is empty",
		`{"src":"en","tgt":"fr","queries":["The minister left Tehran.","  "]}`: "query 2 is empty",
		`{"src":"en","tgt":"fr","document":true,"queries":["", " "]}`:          "queries: every segment is empty",
		"/api/v1/lookup?src=en&tgt=fr&q=":                                      "q is empty",
	} {
		method, u := "POST", ts.URL+"/api/v1/lookup"
		if strings.HasPrefix(body, "/") {
			method, u, body = "GET", ts.URL+body, ""
		}
		st, ct, b := send(t, method, u, body)
		if st != 400 || !strings.Contains(string(b), want) || !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s lookup %s: %d %s; want a 400 JSON error naming %q", method, u+body, st, b, want)
		}
	}
	for _, bad := range []string{`{"src":"en","tgt":"en","queries":["x"]}`, `{"src":"en","tgt":"fr","queries":[]}`,
		`{"src":"en","tgt":"fr","queries":["x"],"min":500}`, `{"src":"en","tgt":"fr","queries":["x"],"bogus":1}`, `[1,2]`, ``} {
		if st := call(t, "POST", ts.URL+"/api/v1/lookup", bad, nil); st != 400 {
			t.Errorf("lookup %s: status %d; want 400", bad, st)
		}
	}
	var conc struct {
		Hits []hitJSON
	}
	if st := call(t, "GET", ts.URL+"/api/v1/concordance?term=minister&src=en&tgt=fr", "", &conc); st != 200 || len(conc.Hits) != 2 {
		t.Fatalf("concordance: status %d, %+v", st, conc)
	}
	if h := conc.Hits[0]; h.Text[h.Hits[0][0]:h.Hits[0][1]] != "minister" || h.Translations[0].Lang != "fr" {
		t.Errorf("hit = %+v", h)
	}
	if st := call(t, "GET", ts.URL+"/api/v1/concordance?term=...&src=en", "", nil); st != 400 {
		t.Errorf("concordance without words: status %d; want 400", st)
	}
}

func TestAPITextRoutes(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var seg struct{ Sentences []struct{ Text string } }
	call(t, "POST", ts.URL+"/api/v1/segment", `{"text":"Gen. Salami arrived. He left.","lang":"en"}`, &seg)
	if len(seg.Sentences) != 2 || seg.Sentences[0].Text != "Gen. Salami arrived." {
		t.Errorf("segment = %+v", seg)
	}
	var al struct {
		SrcSentences []string `json:"src_sentences"`
		Beads        []align.BeadRecord
	}
	body := `{"src":"en","tgt":"fr","src_text":"The minister arrived. He met the general. They talked for two hours.","tgt_text":"Le ministre est arrivé. Il a rencontré le général. Ils ont parlé deux heures."}`
	if st := call(t, "POST", ts.URL+"/api/v1/align", body, &al); st != 200 || len(al.SrcSentences) != 3 || len(al.Beads) != 3 {
		t.Fatalf("align: status %d, %+v", st, al)
	}
	if b := al.Beads[1]; len(b.Src) != 1 || b.Src[0] != 1 || b.Tgt[0] != 1 || b.Score <= 0 || b.TgtText != "Il a rencontré le général." {
		t.Errorf("bead 1 = %+v", b)
	}
	var chk struct {
		Clean        bool
		Replacements []struct{ Form, Replacement string }
		Mentions     []mentionJSON
	}
	call(t, "POST", ts.URL+"/api/v1/check", `{"text":"Qasim Soleimani met the IRGC.","lang":"en"}`, &chk)
	if chk.Clean || len(chk.Replacements) != 1 || chk.Replacements[0].Form != "Qasim Soleimani" || len(chk.Mentions) < 1 {
		t.Errorf("check = %+v", chk)
	}
	var norm struct{ Text string }
	call(t, "POST", ts.URL+"/api/v1/normalize", `{"text":"Qasim Soleimani met the IRGC.","lang":"en"}`, &norm)
	if norm.Text != chk.Replacements[0].Replacement+" met the IRGC." {
		t.Errorf("normalize = %q", norm.Text)
	}
	var disc struct{ Clusters []struct{ Canonical string } }
	text := strings.Repeat("Mr Abdolrahim Mousavi spoke. Abdolrahim Musavi said. Abdulrahim Mousavi left. ", 3)
	if st := call(t, "POST", ts.URL+"/api/v1/names/discover", `{"text":"`+text+`","lang":"en"}`, &disc); st != 200 || len(disc.Clusters) == 0 {
		t.Errorf("discover: status %d, %+v", st, disc)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/check", `{"text":"   "}`, nil); st != 400 {
		t.Errorf("check of nothing: status %d; want 400", st)
	}
}

func TestAPIGlossaryUnitsImportExport(t *testing.T) {
	ts, db := testServer(t, Options{})
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Abdolrahim Mousavi","variants":["Abdulrahim Musavi"],"kind":"person"}]}`, nil); st != 200 {
		t.Fatalf("glossary add: %d", st)
	}
	var norm struct{ Text string }
	call(t, "POST", ts.URL+"/api/v1/normalize", `{"text":"Abdulrahim Musavi spoke.","lang":"en"}`, &norm)
	if norm.Text != "Abdolrahim Mousavi spoke." {
		t.Errorf("normalize after glossary add = %q", norm.Text)
	}
	var gl struct{ Entries []entryJSON }
	call(t, "GET", ts.URL+"/api/v1/glossary", "", &gl)
	if len(gl.Entries) != 1 || gl.Entries[0].Kind != "person" {
		t.Errorf("glossary = %+v", gl)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"X Y","variants":["X Z"],"kind":"planet"}]}`, nil); st != 400 {
		t.Errorf("bad kind: %d; want 400", st)
	}
	if st := call(t, "DELETE", ts.URL+"/api/v1/glossary/"+url.PathEscape("Abdolrahim Mousavi"), "", nil); st != 200 {
		t.Errorf("glossary remove: %d", st)
	}
	if st := call(t, "DELETE", ts.URL+"/api/v1/glossary/Nobody", "", nil); st != 404 {
		t.Errorf("remove a missing entry: %d; want 404", st)
	}

	before := units(t, db)
	body := `{"src":"en","tgt":"fr","reviewed":true,"by":"Maryam","sequential":true,"pairs":[{"source":"The talks ended.","target":"Les pourparlers ont pris fin.","score":0.4},{"source":"","target":"x"}]}`
	if st := call(t, "POST", ts.URL+"/api/v1/units", body, nil); st != 400 || units(t, db) != before {
		t.Errorf("units with an empty source: status %d, %d units (%d before)", st, units(t, db), before)
	}
	body = strings.Replace(body, `,{"source":"","target":"x"}`, "", 1)
	var st map[string]int
	if code := call(t, "POST", ts.URL+"/api/v1/units", body, &st); code != 200 || st["added"] != 1 {
		t.Fatalf("units: %d %v", code, st)
	}
	var one queryMatches
	call(t, "GET", ts.URL+"/api/v1/lookup?"+url.Values{"q": {"The talks ended."}, "src": {"en"}, "tgt": {"fr"}}.Encode(), "", &one)
	if len(one.Matches) != 1 || one.Matches[0].File != OriginReviewed || one.Matches[0].Score != 100 || one.Matches[0].AlignPenalty != 0 {
		t.Errorf("a reviewed pair's origin: %+v; want 100, no alignment penalty", one)
	}
	// An aligned pair nobody confirmed, scored 0.4: its lookup JSON says
	// what it cost (tm.AlignPenalty).
	body = `{"src":"en","tgt":"fr","pairs":[{"source":"The visit ended.","target":"La visite a pris fin.","score":0.4}]}`
	if code := call(t, "POST", ts.URL+"/api/v1/units", body, nil); code != 200 {
		t.Fatalf("units: %d", code)
	}
	call(t, "GET", ts.URL+"/api/v1/lookup?"+url.Values{"q": {"The visit ended."}, "src": {"en"}, "tgt": {"fr"}, "min": {"1"}}.Encode(), "", &one)
	// (The reviewed pair, a fuzzy 66, ranks above its exact 57.)
	if len(one.Matches) < 2 || one.Matches[1].Source != "The visit ended." || one.Matches[1].AlignScore != 0.4 ||
		one.Matches[1].AlignPenalty != 43 || one.Matches[1].Score != 57 || one.Matches[0].File != OriginReviewed {
		t.Errorf("an aligned pair scored 0.4: %+v; want it second, score 57, align_penalty 43", one)
	}
	var exported strings.Builder
	for u, err := range db.Units(context.Background(), tm.ExportOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		if u.Variants[0].Text == "The talks ended." && (len(u.Props) != 1 || u.Props[0].Text != "Maryam") {
			t.Errorf("reviewed unit props = %+v", u.Props)
		}
	}

	// Import: TSV needs languages; a bad line stores nothing.
	if code := call(t, "POST", ts.URL+"/api/v1/import?name=a.tsv", "One\tUn\n", nil); code != 400 {
		t.Errorf("TSV without languages: %d; want 400", code)
	}
	if code := call(t, "POST", ts.URL+"/api/v1/import?name=../a.tsv&src=en&tgt=fr", "One\tUn\n", nil); code != 400 {
		t.Errorf("a name with a folder: %d; want 400", code)
	}
	n := units(t, db)
	if code := call(t, "POST", ts.URL+"/api/v1/import?name=a.tsv&src=en&tgt=fr", "One\tUn\nno tab here\n", nil); code != 400 || units(t, db) != n {
		t.Errorf("bad TSV: %d, %d units (%d before)", code, units(t, db), n)
	}
	if code := call(t, "POST", ts.URL+"/api/v1/import?name=a.tsv&src=en&tgt=fr", "One\tUn\nTwo\tDeux\n", &st); code != 200 || st["added"] != 2 {
		t.Errorf("import: %d %v", code, st)
	}
	// An XLIFF import says how many units it left out, and why.
	xlf := `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="fr" datatype="plaintext"><body>
<trans-unit id="1"><source>Three.</source><target state="translated">Trois.</target></trans-unit>
<trans-unit id="2"><source>Four.</source><target state="needs-translation">Four.</target></trans-unit>
<trans-unit id="3"><source>Five.</source></trans-unit>
<group translate="no"><trans-unit id="4"><source>Six.</source><target>Six.</target></trans-unit></group>
<trans-unit id="5"><source/><target>Sept.</target></trans-unit>
<trans-unit id="6"><source>Eight.</source><target state="translated">Huit.</target><alt-trans><target>Huite.</target></alt-trans></trans-unit></body></file></xliff>`
	st = nil
	want := map[string]int{"read": 2, "added": 2, "merged": 0, "updated": 0, "conflicts": 0, "left_out": 4, "unconfirmed": 1, "untranslated": 1,
		"not_to_translate": 1, "empty_source": 1, "other_languages": 0, "scored_zero": 0, "empty_side": 0, "match_candidates": 1}
	if code := call(t, "POST", ts.URL+"/api/v1/import?name=a.xlf", xlf, &st); code != 200 || !maps.Equal(st, want) {
		t.Errorf("XLIFF import: %d %v; want %v", code, st, want)
	}
	res, err := http.Get(ts.URL + "/api/v1/export?format=tsv&src=en&tgt=fr")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	exported.Write(b)
	if !strings.Contains(exported.String(), "Two\tDeux\n") || !strings.Contains(exported.String(), "The talks ended.\tLes pourparlers ont pris fin.\n") {
		t.Errorf("export = %q", exported.String())
	}
	if code := call(t, "GET", ts.URL+"/api/v1/export?format=tsv", "", nil); code != 400 {
		t.Errorf("TSV export without languages: %d; want 400", code)
	}
	// It said "a XLIFF export needs src and tgt", and not where the
	// TM's languages are (readme62).
	if code, _, b := send(t, "GET", ts.URL+"/api/v1/export?format=xliff&src=en", ""); code != 400 || !strings.Contains(string(b), `format xliff needs src and tgt: a TSV or XLIFF export holds one language pair (GET /api/v1/stats lists the TM's languages)`) {
		t.Errorf("XLIFF export with src alone: %d %s; want 400 saying both are needed and where the languages are", code, b)
	}
	var stats tm.StatsRecord
	if call(t, "GET", ts.URL+"/api/v1/stats", "", &stats); stats.Units != units(t, db) {
		t.Errorf("stats = %+v", stats)
	}
}

func TestSafety(t *testing.T) {
	add := `{"src":"en","tgt":"fr","pairs":[{"source":"A.","target":"B."}]}`
	t.Run("read-only", func(t *testing.T) {
		ts, db := testServer(t, Options{ReadOnly: true})
		n := units(t, db)
		for _, u := range []string{"/api/v1/units", "/tmserver/en/fr/store/x"} {
			if st := call(t, "POST", ts.URL+u, add, nil); st != 403 {
				t.Errorf("%s: status %d; want 403", u, st)
			}
		}
		if units(t, db) != n {
			t.Error("read-only server wrote")
		}
		if st := call(t, "GET", ts.URL+"/api/v1/stats", "", nil); st != 200 {
			t.Errorf("read-only server refuses reads: %d", st)
		}
	})
	t.Run("token", func(t *testing.T) {
		ts, _ := testServer(t, Options{Access: Access{Tokens: []string{"0123456789abcdef"}}})
		if st := call(t, "POST", ts.URL+"/api/v1/units", add, nil); st != 401 {
			t.Errorf("no token: %d; want 401", st)
		}
		if st := call(t, "POST", ts.URL+"/api/v1/units", add, nil, "Authorization", "Bearer wrong"); st != 401 {
			t.Errorf("wrong token: %d; want 401", st)
		}
		if st := call(t, "POST", ts.URL+"/api/v1/units", add, nil, "Authorization", "Bearer 0123456789abcdef"); st != 200 {
			t.Errorf("token: %d; want 200", st)
		}
		// The scheme is case-insensitive: "bearer" was refused.
		if st := call(t, "POST", ts.URL+"/api/v1/units", add, nil, "Authorization", "bearer 0123456789abcdef"); st != 200 {
			t.Errorf("token after \"bearer\": %d; want 200", st)
		}
		// Basic carries user:password in base64; the token itself is no
		// Basic credential.
		if st := call(t, "POST", ts.URL+"/api/v1/units", add, nil, "Authorization", "Basic 0123456789abcdef"); st != 401 {
			t.Errorf("the token under another scheme: %d; want 401", st)
		}
		if st := call(t, "GET", ts.URL+"/api/v1/stats", "", nil); st != 401 {
			t.Errorf("a read without the token: %d; want 401", st)
		}
	})
	t.Run("csrf", func(t *testing.T) {
		ts, db := testServer(t, Options{})
		s := ts.Config.Handler.(*Server)
		n := units(t, db)
		host := strings.TrimPrefix(ts.URL, "http://")
		if st := call(t, "POST", ts.URL+"/api/v1/units", add, nil, "Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"); st != 403 {
			t.Errorf("cross-site: %d; want 403", st)
		}
		if st := call(t, "POST", ts.URL+"/api/v1/units", add, nil, "Origin", "http://"+host, "Sec-Fetch-Site", "same-origin"); st != 403 {
			t.Errorf("same origin without the page's token: %d; want 403", st)
		}
		if st := call(t, "POST", ts.URL+"/api/v1/units", add, nil, "Origin", "http://evil.example", "X-Bitext-CSRF", s.csrf); st != 403 {
			t.Errorf("other origin with the token: %d; want 403", st)
		}
		if units(t, db) != n {
			t.Error("a refused write wrote")
		}
		if st := call(t, "POST", ts.URL+"/api/v1/units", add, nil, "Origin", "http://"+host, "Sec-Fetch-Site", "same-origin", "X-Bitext-CSRF", s.csrf); st != 200 {
			t.Errorf("the page's write: %d; want 200", st)
		}
	})
	t.Run("limits", func(t *testing.T) {
		ts, db := testServer(t, Options{MaxBody: 1024, LoopbackHosts: true})
		n := units(t, db)
		big := `{"src":"en","tgt":"fr","pairs":[{"source":"` + strings.Repeat("a ", 1000) + `","target":"B."}]}`
		if st := call(t, "POST", ts.URL+"/api/v1/units", big, nil); st != 413 || units(t, db) != n {
			t.Errorf("big body: %d; want 413 and nothing stored", st)
		}
		// A file import over the limit is the same 413, as the body and
		// as a form's file, not a 400 blaming the file's line ("line
		// 12: http: request body too large").
		var tmx strings.Builder
		tmx.WriteString(`<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>` + "\n")
		for i := range 40 {
			fmt.Fprintf(&tmx, "<tu><tuv xml:lang=\"en\"><seg>Unit %d.</seg></tuv><tuv xml:lang=\"fr\"><seg>Unité %d.</seg></tuv></tu>\n", i, i)
		}
		tmx.WriteString("</body></tmx>\n")
		form := "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.tmx\"\r\nContent-Type: application/xml\r\n\r\n" + tmx.String() + "\r\n--B--\r\n"
		for _, c := range []struct{ what, body, ctype string }{
			{"body", tmx.String(), "application/xml"},
			{"form", form, "multipart/form-data; boundary=B"},
		} {
			st, _, b := send(t, "POST", ts.URL+"/api/v1/import", c.body, "Content-Type", c.ctype)
			if st != 413 || !strings.Contains(string(b), "request body over 1024 bytes: nothing was stored; a TM file is read gzip") || units(t, db) != n {
				t.Errorf("import of a %s over the limit: %d %s; want 413 saying the limit, nothing stored", c.what, st, b)
			}
		}
		if st := call(t, "GET", ts.URL+"/api/v1/stats", "", nil, "Host", "evil.example"); st != 421 {
			t.Errorf("foreign Host: %d; want 421", st)
		}
		if st := call(t, "GET", ts.URL+"/api/v1/nothing", "", nil); st != 404 {
			t.Errorf("unknown route: %d; want 404", st)
		}
	})
}

func TestCheckAddr(t *testing.T) {
	tokens := Access{Tokens: []string{"0123456789abcdef"}}
	for _, c := range []struct {
		addr   string
		hosts  []string
		access Access
		ok     bool
	}{{"127.0.0.1:8080", nil, Access{}, true}, {"localhost:0", nil, Access{}, true}, {"[::1]:80", nil, Access{}, true},
		{"0.0.0.0:8080", nil, Access{}, false}, {":8080", nil, Access{}, false}, {"0.0.0.0:8080", nil, tokens, true}, {"8080", nil, tokens, false},
		{"0.0.0.0:8080", nil, Access{ReadTokens: tokens.Tokens}, true},
		// Behind a reverse proxy (--host) the network reaches the server.
		{"127.0.0.1:8080", []string{"tm.example.org"}, Access{}, false}, {"127.0.0.1:8080", []string{"tm.example.org"}, tokens, true},
		// No host ("$HOST:8080", HOST unset) is every interface: named on
		// purpose only (0.0.0.0); an empty --host names no proxy.
		{":8080", nil, tokens, false}, {":0", nil, tokens, false},
		{"127.0.0.1:8080", []string{""}, tokens, false}, {"127.0.0.1:8080", []string{"tm.example.org", " "}, tokens, false}} {
		if err := CheckAddr(c.addr, c.hosts, c.access); (err == nil) != c.ok {
			t.Errorf("CheckAddr(%q, %q, %+v) = %v; want ok %v", c.addr, c.hosts, c.access, err, c.ok)
		}
	}
}

// TestOpenAPI checks the OpenAPI description against the routes: every
// /api/v1 route is described, and every description is a route.
func TestOpenAPI(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var doc struct {
		Paths map[string]map[string]any
	}
	if st := call(t, "GET", ts.URL+"/api/v1/openapi.json", "", &doc); st != 200 {
		t.Fatal(st)
	}
	s := ts.Config.Handler.(*Server)
	described := map[string]bool{}
	for p, ops := range doc.Paths {
		for m := range ops {
			described[strings.ToUpper(m)+" "+p] = true
		}
	}
	registered := map[string]bool{}
	for _, r := range s.Routes() {
		if strings.HasPrefix(r.Path, "/api/v1/") {
			registered[r.Method+" "+r.Path] = true
			if !described[r.Method+" "+r.Path] {
				t.Errorf("route %s %s is not in openapi.json", r.Method, r.Path)
			}
			// The security of a route says which tokens it takes.
			want := `[{"readToken":[]},{"writeToken":[]},{}]`
			if r.Write {
				want = `[{"writeToken":[]},{}]`
			} else if r.Open {
				want = `null`
			}
			sec, _ := json.Marshal(doc.Paths[r.Path][strings.ToLower(r.Method)].(map[string]any)["security"])
			if string(sec) != want {
				t.Errorf("openapi.json: %s %s security = %s; want %s (write %v, open %v)", r.Method, r.Path, sec, want, r.Write, r.Open)
			}
		}
	}
	for d := range described {
		if !registered[d] {
			t.Errorf("openapi.json describes %s, which is no route", d)
		}
	}
}

func TestParseLang(t *testing.T) {
	for _, c := range []struct {
		in, want, err string
	}{{"pt_br", "pt-BR", ""}, {"EN", "en", ""}, {"fa", "fa", ""}, {"xx", "", "src \"xx\": "}, {"!!", "", "src \"!!\": "}, {"", "", "src is required"}} {
		got, err := parseLang("src", c.in)
		if c.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), c.err) {
				t.Errorf("parseLang(%q) = %v, %v; want an error starting %q", c.in, got, err, c.err)
			}
		} else if err != nil || got.String() != c.want {
			t.Errorf("parseLang(%q) = %v, %v; want %s", c.in, got, err, c.want)
		}
	}
}

// TestReviewedFirst: of two stored translations of one sentence, equally
// scored, the one a person confirmed comes first (Lookup alone puts the
// newer first).
func TestReviewedFirst(t *testing.T) {
	ts, _ := testServer(t, Options{})
	if st := call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","reviewed":true,"pairs":[{"source":"The talks ended.","target":"Les pourparlers ont pris fin."}]}`, nil); st != 200 {
		t.Fatal(st)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"source":"The talks ended.","target":"Les discussions sont finies."}]}`, nil); st != 200 {
		t.Fatal(st)
	}
	var one queryMatches
	call(t, "GET", ts.URL+"/api/v1/lookup?"+url.Values{"q": {"The talks ended."}, "src": {"en"}, "tgt": {"fr"}}.Encode(), "", &one)
	if len(one.Matches) != 2 || one.Matches[0].Target != "Les pourparlers ont pris fin." || one.Matches[0].File != OriginReviewed {
		t.Errorf("lookup = %+v; want the reviewed pair first", one.Matches)
	}
	var got []suggestion
	call(t, "GET", ts.URL+"/tmserver/en/fr/unit/"+url.PathEscape("The talks ended."), "", &got)
	if len(got) != 2 || got[0].Target != "Les pourparlers ont pris fin." {
		t.Errorf("tmserver = %+v; want the reviewed pair first", got)
	}
}

// TestOpenAPIBodies sends each JSON body the OpenAPI description declares,
// every property set: none is refused as an unknown field, so the
// description names only fields the server reads.
func TestOpenAPIBodies(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]struct {
			RequestBody struct {
				Content map[string]struct {
					Schema map[string]any
				}
			} `json:"requestBody"`
		}
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{})
	n := 0
	for path, ops := range doc.Paths {
		for method, op := range ops {
			sch, ok := op.RequestBody.Content["application/json"]
			if !ok {
				continue
			}
			n++
			body, _ := json.Marshal(example(sch.Schema))
			req, _ := http.NewRequest(strings.ToUpper(method), ts.URL+path, strings.NewReader(string(body)))
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if strings.Contains(string(b), "unknown field") {
				t.Errorf("%s %s %s: %s", method, path, body, b)
			}
		}
	}
	if n < 8 {
		t.Errorf("%d request bodies described; want the 8 JSON ones", n)
	}
}

// example is a value of the JSON schema s with every property set.
func example(s map[string]any) any {
	switch s["type"] {
	case "object":
		props, _ := s["properties"].(map[string]any)
		o := map[string]any{}
		for k, v := range props {
			o[k] = example(v.(map[string]any))
		}
		return o
	case "array":
		return []any{example(s["items"].(map[string]any))}
	case "integer", "number":
		return 1
	case "boolean":
		return false
	}
	if e, ok := s["enum"].([]any); ok {
		return e[0]
	}
	return "en"
}

// TestImportXLIFF: an XLIFF file uploaded to /api/v1/import is read as the
// command reads it (detected by its name): its translated units are stored.
func TestImportXLIFF(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "tm", "xliff", "testdata", "okapi_potest.po.xlf"))
	if err != nil {
		t.Skip("no XLIFF sample:", err)
	}
	ts, db := testServer(t, Options{})
	n := units(t, db)
	var st map[string]int
	if code := call(t, "POST", ts.URL+"/api/v1/import?name=potest.xlf", string(b), &st); code != 200 || st["added"] == 0 {
		t.Fatalf("import of an XLIFF file: %d %v", code, st)
	}
	if got := units(t, db); got != n+st["added"] {
		t.Errorf("%d units after adding %d to %d", got, st["added"], n)
	}
	if code := call(t, "POST", ts.URL+"/api/v1/import?name=broken.xlf", string(b[:len(b)/2]), nil); code != 400 || units(t, db) != n+st["added"] {
		t.Errorf("a cut XLIFF file: status %d; want 400 and nothing stored", code)
	}
}

// TestTMServerForget: the DELETE routes that tmserver stubs forget here:
// a unit by its source text (all its translations, or one pair given its
// target), and a store by its name; nothing to forget is 404 and changes
// nothing.
func TestTMServerForget(t *testing.T) {
	ts, db := testServer(t, Options{})
	put := func(src, tgt string) {
		t.Helper()
		if st := call(t, "PUT", ts.URL+"/tmserver/en/fr/unit/x", fmt.Sprintf(`{"source":%q,"target":%q}`, src, tgt), nil); st != 200 {
			t.Fatalf("PUT: %d", st)
		}
	}
	put("The talks ended.", "Les pourparlers ont pris fin.")
	put("The talks ended.", "Les négociations se sont terminées.")
	put("The talks ended today.", "Les pourparlers ont pris fin aujourd'hui.")
	before := units(t, db)
	unit := ts.URL + "/tmserver/en/fr/unit/" + url.PathEscape("The talks ended.")
	var msg string
	if st := call(t, "DELETE", unit, `{"target":"Les négociations se sont terminées."}`, &msg); st != 200 || msg != "forgot 1 unit" {
		t.Errorf("forget one pair: %d %q", st, msg)
	}
	var got []suggestion
	call(t, "GET", unit, "", &got)
	if len(got) == 0 || got[0].Target != "Les pourparlers ont pris fin." || got[0].Quality != 100 {
		t.Errorf("after forgetting the other pair: %+v", got)
	}
	for _, g := range got {
		if strings.HasPrefix(g.Target, "Les négociations") {
			t.Errorf("a forgotten pair is still suggested: %+v", got)
		}
	}
	if st := call(t, "DELETE", unit, `{"target":"Nothing like it."}`, nil); st != 404 || units(t, db) != before-1 {
		t.Errorf("forget a pair not stored: %d, %d units; want 404 and %d", st, units(t, db), before-1)
	}
	if st := call(t, "DELETE", unit, "", &msg); st != 200 || msg != "forgot 1 unit" {
		t.Errorf("forget a source: %d %q", st, msg)
	}
	call(t, "GET", unit, "", &got)
	for _, g := range got {
		if g.Quality == 100 {
			t.Errorf("a forgotten source is still an exact match: %+v", got)
		}
	}
	if units(t, db) != before-2 {
		t.Errorf("units after forgetting: %d; want %d (the longer sentence kept)", units(t, db), before-2)
	}
	if st := call(t, "DELETE", unit, "", nil); st != 404 {
		t.Errorf("forget it again: %d; want 404", st)
	}
	if st := call(t, "DELETE", ts.URL+"/tmserver/en/fr/unit/"+url.PathEscape("Le ministre est arrivé à Bagdad lundi."), "", nil); st != 404 {
		t.Errorf("a target text is no source: %d; want 404", st)
	}

	// A store.
	if st := call(t, "POST", ts.URL+"/tmserver/en/fr/store/batch.po", `[{"source":"One.","target":"Un."},{"source":"Two.","target":"Deux."}]`, nil); st != 200 {
		t.Fatalf("POST store: %d", st)
	}
	n := units(t, db)
	if st := call(t, "DELETE", ts.URL+"/tmserver/en/fr/store/batch.po", "", &msg); st != 200 || msg != "forgot 2 units from batch.po" || units(t, db) != n-2 {
		t.Errorf("forget a store: %d %q, %d units; want %d", st, msg, units(t, db), n-2)
	}
	if st, _, b := send(t, "DELETE", ts.URL+"/tmserver/en/fr/store/batch.po", ""); st != 404 || !strings.Contains(string(b), `no units came from the store “batch.po”: nothing was forgotten`) {
		t.Errorf("forget it again: %d %s; want 404 naming the store as written", st, b)
	}
	// Read-only refuses.
	ro, _ := testServer(t, Options{ReadOnly: true, DB: db})
	if st := call(t, "DELETE", ro.URL+"/tmserver/en/fr/unit/"+url.PathEscape("The talks ended today."), "", nil); st != 403 || units(t, db) != n-2 {
		t.Errorf("forget on a read-only server: %d; want 403", st)
	}
}

// TestTMServerLimits: min_similarity and max_candidates, which
// tmserver takes as its command's options, are taken per request in
// their range; out of it, or not whole numbers, they are a JSON 400 naming
// the range. They were ignored: min_similarity=900 and max_candidates=-1
// answered 200 with tmserver's defaults.
func TestTMServerLimits(t *testing.T) {
	ts, _ := testServer(t, Options{})
	unit := ts.URL + "/tmserver/en/fr/unit/" + url.PathEscape("The minister arrived in Baghdad on Sunday.")
	for _, tc := range []struct{ query, want string }{
		{"min_similarity=900", "min_similarity \"900\": a whole number from 0 to 100 is wanted"},
		{"min_similarity=-1", "from 0 to 100"},
		{"min_similarity=0.75", "from 0 to 100"},
		{"max_candidates=-1", "max_candidates \"-1\": a whole number from 1 to 100 is wanted"},
		{"max_candidates=0", "from 1 to 100"},
		{"max_candidates=1000", "from 1 to 100"},
	} {
		st, _, body := send(t, "GET", unit+"?"+tc.query, "")
		var e errorBody
		if err := json.Unmarshal(body, &e); err != nil || st != http.StatusBadRequest || !strings.Contains(e.Error, tc.want) {
			t.Errorf("%s: %d %s; want a JSON 400 saying %q", tc.query, st, body, tc.want)
		}
	}
	var all, one, none []suggestion
	if st := call(t, "GET", unit+"?min_similarity=0&max_candidates=10", "", &all); st != 200 || len(all) < 2 {
		t.Fatalf("min_similarity=0&max_candidates=10: %d %+v; want the two minister units at least", st, all)
	}
	if st := call(t, "GET", unit+"?min_similarity=0&max_candidates=1", "", &one); st != 200 || len(one) != 1 || one[0] != all[0] {
		t.Errorf("max_candidates=1: %d %+v; want only %+v", st, one, all[0])
	}
	if st := call(t, "GET", unit+"?min_similarity=100", "", &none); st != 200 || len(none) != 0 {
		t.Errorf("min_similarity=100 for a sentence stored with another day: %d %+v; want no suggestion", st, none)
	}
}

// TestImportNeedsLanguages: a TSV or JSON Lines body without src and tgt is
// a 400 that says where a client gives them (the query), not the
// command's --src and --tgt; nothing is stored.
func TestImportNeedsLanguages(t *testing.T) {
	ts, db := testServer(t, Options{})
	n := units(t, db)
	for _, body := range []string{"Good morning.\tBonjour.\n", `{"source":"Good morning.","target":"Bonjour."}` + "\n"} {
		status, _, b := send(t, "POST", ts.URL+"/api/v1/import", body)
		var e errorBody
		if err := json.Unmarshal(b, &e); status != 400 || err != nil ||
			!strings.Contains(e.Error, "needs the source and target languages") || !strings.Contains(e.Error, "?src=LANG&tgt=LANG") {
			t.Errorf("import of %q without languages: %d %s; want 400 saying to give ?src=LANG&tgt=LANG", body, status, b)
		}
	}
	if got := units(t, db); got != n {
		t.Errorf("%d units after refused imports, want %d", got, n)
	}
	var st map[string]int
	if code := call(t, "POST", ts.URL+"/api/v1/import?src=en&tgt=fr", "Good morning.\tBonjour.\n", &st); code != 200 || st["added"] != 1 {
		t.Errorf("the same TSV with ?src=en&tgt=fr: %d %v", code, st)
	}
}
