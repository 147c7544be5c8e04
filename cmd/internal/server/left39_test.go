package server

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/bitext/bitext/normalize"
	"github.com/chromedp/chromedp"
)

// TestGlossaryAddSaysWhatEntryHolds: a variant added to a stored entry of
// two is said as names add says it, what was added and what the entry
// holds now; it said "added 1 entry" (names add: "with 1 variant", left39).
func TestGlossaryAddSaysWhatEntryHolds(t *testing.T) {
	ts, db := testServer(t, Options{})
	if err := db.PutGlossary(context.Background(), []normalize.Entry{{Canonical: "Henry Morgan", Variants: []string{"Henrik Morgan", "H. Morgan"}}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, body, want string }{
		{"/api/v1/glossary", `{"entries":[{"canonical":"Henry Morgan","variants":["Harry Morgan"]}]}`, `added 1 variant to \"Henry Morgan\", which has 3 variants now`},
		{"/api/v1/glossary", `{"entries":[{"canonical":"Tehran","variants":["Teheran"]}]}`, `added \"Tehran\" with 1 variant`},
		{"/api/v1/glossary/Henry%20Morgan/variants", `{"variants":["Captain Morgan","Harry Morgan"]}`, `added 1 variant to \"Henry Morgan\", which has 4 variants now`},
		// a language list replaced is said, as names add warns of it
		{"/api/v1/glossary", `{"entries":[{"canonical":"Tehran","variants":["Tehrān"],"langs":["fr"]}]}`, `\"Tehran\" now applies to fr only (it applied to every language)`},
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
	if st != http.StatusNotFound || !strings.Contains(string(b), `no glossary entry \"Henry Morgan\"`) {
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

// TestBrowserAddVariantOfDeletedEntry: a variant added on the page to an
// entry another client deleted meanwhile is not stored: the page reads
// the list again and says the entry was deleted, as the × of a variant
// does (TestBrowserVariantOfDeletedEntry). It made a new entry of that
// canonical form with the one variant (trial39).
func TestBrowserAddVariantOfDeletedEntry(t *testing.T) {
	got, _, db := afterEntryDeletedElsewhere(t, "add a variant", "was deleted",
		chromedp.SendKeys(`input[aria-label="a new variant of Henry Morgan"]`, "Captain Morgan"),
		chromedp.Click(chromedp.CSS(`.add-variant[aria-label="add the variant to Henry Morgan"]`)))
	if !strings.Contains(got, `the entry "Henry Morgan" was deleted`) {
		t.Errorf("status after adding a variant to an entry deleted elsewhere: %q; want that the entry was deleted", got)
	}
	gl, err := db.Glossary(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(gl) != 1 {
		t.Errorf("glossary after it: %+v; want Tehran alone", gl)
	}
}

// TestImportOfNoUnitsWarns: POST /api/v1/import of a valid file of no units
// (OmegaT's first align.tmx, an XLIFF of an empty body, a PO of its header
// alone, an empty TSV or JSON Lines body) is a 200, as tm import's exit 0,
// with a warning that it holds none; it was "read": 0 and nothing more
// (trial39). No import is logged for it.
func TestImportOfNoUnitsWarns(t *testing.T) {
	ts, db := testServer(t, Options{})
	before, err := db.Stats(context.Background()) // the test server's TM holds a unit and its import
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ query, body string }{
		{"name=align.tmx", `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.1"><header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" segtype="sentence" srclang="en"/><body></body></tmx>`},
		{"name=a.xlf", `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="fr" datatype="plaintext"><body></body></file></xliff>`},
		{"name=a.po&src=en&tgt=fr", "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: fr\\n\"\n"},
		{"name=a.tsv&format=tsv&src=en&tgt=fr", ""},
		{"name=a.jsonl&format=jsonl&src=en&tgt=fr", ""},
	} {
		st, _, b := send(t, "POST", ts.URL+"/api/v1/import?"+c.query, c.body)
		name := strings.TrimPrefix(strings.Split(c.query, "&")[0], "name=")
		if st != http.StatusOK || !strings.Contains(string(b), `"warning":"`+name+` holds no translation units: nothing was imported from it"`) || !strings.Contains(string(b), `"read":0`) {
			t.Errorf("POST /api/v1/import?%s of no units: %d %s; want 200 with a warning", c.query, st, b)
		}
	}
	if sts, err := db.Stats(context.Background()); err != nil || sts.Imports != before.Imports {
		t.Errorf("imports logged: %d, %v; want %d, as before", sts.Imports, err, before.Imports)
	}
	st, _, b := send(t, "POST", ts.URL+"/api/v1/import?name=a.tsv&format=tsv&src=en&tgt=fr", "Hello.\tBonjour.\n")
	if st != http.StatusOK || strings.Contains(string(b), "warning") {
		t.Errorf("POST /api/v1/import of a unit: %d %s; want 200 without a warning", st, b)
	}
}
