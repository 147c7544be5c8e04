package server

import (
	"context"
	"net/http"
	"strings"
	"testing"
)

// TestBodyNotText sends JSON bodies that are not UTF-8, or that carry a
// NUL byte (\u0000) in any string, metadata included (a document name, a
// reviewer, a glossary spelling), and labels of an import that are not
// text: each is a 400 JSON error and nothing is stored. Invalid UTF-8 was
// stored as U+FFFD (encoding/json replaces it), a NUL in metadata was
// stored as it came (and PostgreSQL refuses it: a 500).
func TestBodyNotText(t *testing.T) {
	ts, db := testServer(t, Options{})
	before := units(t, db)
	for _, tc := range []struct{ method, path, body string }{
		{"POST", "/api/v1/units", "{\"src\":\"en\",\"tgt\":\"fr\",\"pairs\":[{\"source\":\"a \xff b\",\"target\":\"c d\"}]}"},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","src_doc":"a\u0000b","pairs":[{"source":"a b","target":"c d"}]}`},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","reviewed":true,"by":"M\u0000","pairs":[{"source":"a b","target":"c d"}]}`},
		{"PUT", "/tmserver/en/fr/unit/x", "{\"source\":\"\xc3\",\"target\":\"c d\"}"},
		{"POST", "/api/v1/import?name=a%00b&format=tsv&src=en&tgt=fr", "x y\tz w\n"},
		{"POST", "/api/v1/import?name=a%ffb&format=tsv&src=en&tgt=fr", "x y\tz w\n"},
		{"PUT", "/tmserver/en/fr/store/a%00b", "x y\tz w\n"},
		{"POST", "/tmserver/en/fr/store/a%ffb", `[{"source":"a b","target":"c d"}]`},
	} {
		if st := call(t, tc.method, ts.URL+tc.path, tc.body, nil); st != http.StatusBadRequest {
			t.Errorf("%s %s %q: status %d; want 400", tc.method, tc.path, tc.body, st)
		}
	}
	if after := units(t, db); after != before {
		t.Errorf("refused requests stored units: %d -> %d", before, after)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Qassem\u0000Soleimani","variants":["Qasim Soleimani"]}]}`, nil); st != http.StatusBadRequest {
		t.Errorf("a glossary entry with a NUL byte: status %d; want 400", st)
	}
	if st := call(t, "PATCH", ts.URL+"/api/v1/units/1", `{"text":"Le ministre est arrivé.","by":"M\u0000"}`, nil); st != http.StatusBadRequest {
		t.Errorf("an edit by a name with a NUL byte: status %d; want 400", st)
	}
	if es, _ := db.Glossary(context.Background()); len(es) != 0 {
		t.Errorf("glossary after a refused add: %+v", es)
	}
	if u, err := db.Unit(context.Background(), 1); err != nil || u.Variants[1].Text != seed[1] {
		t.Errorf("unit 1 after a refused edit: %+v, %v", u.Variants, err)
	}
	// A backslash before u0000 is text, not a NUL byte.
	if st := call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"source":"C:\\u0000 path","target":"C:\\u0000 chemin"}]}`, nil); st != http.StatusOK {
		t.Errorf(`a text with \u0000 written out: status %d; want 200`, st)
	}
}

// TestBodyLoneSurrogate: a JSON string with half of a UTF-16 surrogate
// pair escaped alone ("\ud83d", a JavaScript string cut in the middle of
// an emoji) is no character: a 400 naming it, nothing stored, where
// encoding/json stored U+FFFD in its place (an edit saved "�" over the
// translator's text). A whole pair (😀) and a backslash written out are
// text.
func TestBodyLoneSurrogate(t *testing.T) {
	ts, db := testServer(t, Options{})
	for _, body := range []string{
		`{"text":"Le ministre \ud83d"}`,
		`{"text":"Le ministre \udE00 arrivé"}`,
		`{"text":"Le ministre \ud83d\u0041"}`,
		`{"text":"Le ministre \ud83d\ud83d\ude00"}`,
		`{"text":"Le ministre","by":"\uDBFF"}`,
	} {
		st, _, b := send(t, "PATCH", ts.URL+"/api/v1/units/1", body)
		if st != http.StatusBadRequest || !strings.Contains(string(b), "surrogate") {
			t.Errorf("PATCH %s: status %d %s; want 400 naming the lone surrogate", body, st, b)
		}
	}
	if u, err := db.Unit(context.Background(), 1); err != nil || u.Variants[1].Text != seed[1] {
		t.Errorf("unit 1 after refused edits: %+v, %v", u.Variants, err)
	}
	for _, body := range []string{`{"text":"Le ministre \ud83d\ude00"}`, `{"text":"C:\\ud800 chemin"}`} {
		if st := call(t, "PATCH", ts.URL+"/api/v1/units/1", body, nil); st != http.StatusOK {
			t.Errorf("PATCH %s: status %d; want 200", body, st)
		}
	}
	if u, err := db.Unit(context.Background(), 1); err != nil || u.Variants[1].Text != `C:\ud800 chemin` {
		t.Errorf("unit 1 after the edits: %+v, %v", u.Variants, err)
	}
}

// TestPathNotText: a name in the path (a document, a glossary entry, a
// variant) that is not UTF-8 or has a NUL byte is a 400 saying so, as the
// same name in a query string is, and nothing is deleted. PostgreSQL
// answered 500 with the database's words ("invalid byte sequence for
// encoding \"UTF8\": 0xff (SQLSTATE 22021)"), SQLite 404.
func TestPathNotText(t *testing.T) {
	ts, db := testServer(t, Options{})
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Qassem Soleimani","variants":["Qasim Soleimani"]}]}`, nil); st != http.StatusOK {
		t.Fatalf("glossary add: status %d", st)
	}
	before := units(t, db)
	for _, path := range []string{
		"/api/v1/documents/%ff", "/api/v1/documents/a%00b",
		"/api/v1/glossary/%ff", "/api/v1/glossary/a%00b",
		"/api/v1/glossary/Qassem%20Soleimani/variants/%ff", "/api/v1/glossary/Qassem%20Soleimani/variants/a%00b",
	} {
		st, _, b := send(t, "DELETE", ts.URL+path, "")
		if st != http.StatusBadRequest || !strings.Contains(string(b), "UTF-8") && !strings.Contains(string(b), "NUL") {
			t.Errorf("DELETE %s: status %d %s; want 400 saying the name is not text", path, st, b)
		}
	}
	if after := units(t, db); after != before {
		t.Errorf("refused deletes: units %d -> %d", before, after)
	}
	if es, _ := db.Glossary(context.Background()); len(es) != 1 || len(es[0].Variants) != 1 {
		t.Errorf("glossary after refused deletes: %+v", es)
	}
}

// TestImportLoneSurrogate: a JSONL import of beads with half a surrogate
// pair ("\ud83d") is a 400 naming the line, nothing stored; encoding/json
// read it as U+FFFD, which the import stored.
func TestImportLoneSurrogate(t *testing.T) {
	ts, db := testServer(t, Options{})
	body := `{"src_text":"The talks ended.","tgt_text":"Les pourparlers ont pris fin."}` + "\n" + `{"src_text":"The talks \ud83d","tgt_text":"Les pourparlers"}` + "\n"
	st, _, b := send(t, "POST", ts.URL+"/api/v1/import?name=beads.jsonl&format=jsonl&src=en&tgt=fr", body)
	if st != http.StatusBadRequest || !strings.Contains(string(b), "line 2") || !strings.Contains(string(b), "surrogate") {
		t.Errorf("POST import of a bead with \\ud83d: %d %s; want 400 naming line 2 and the surrogate", st, b)
	}
	if s, err := db.Stats(context.Background()); err != nil || s.Units != len(seed)/2 {
		t.Errorf("TM after the refused import: %+v, %v; want the %d seeded units", s, err, len(seed)/2)
	}
}

// TestUndeterminedLanguage: "und" parses to the zero language, which the
// API took for none given: a lookup from und answered no matches (200), a
// segment in und was segmented with no language's rules, and units into
// und were refused naming the library's "language.Und". Each is a 400
// naming the field and what und is, as the CLI's flags say now.
func TestUndeterminedLanguage(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, c := range []struct{ method, path, body, field string }{
		{"GET", "/api/v1/lookup?src=und&tgt=fr&q=The+minister+arrived.", "", "src"},
		{"POST", "/api/v1/segment", `{"text":"A. B.","lang":"und"}`, "lang"},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"und","pairs":[{"source":"Hello.","target":"Bonjour."}]}`, "tgt"},
		{"GET", "/tmserver/und/fr/unit/Hello", "", "src"},
	} {
		code, _, body := noteCall(t, c.method, ts.URL+c.path, c.body)
		if code != http.StatusBadRequest || !strings.Contains(string(body), c.field+` \"und\": the undetermined language, which no text is in`) {
			t.Errorf("%s %s: %d %s; want 400 saying what und is", c.method, c.path, code, body)
		}
	}
}

// TestNoTextLanguage: "zxx" (no linguistic content) and "mul" (several
// languages) were stored as languages (units into zxx answered 200); each
// is a 400 naming the field, as und is. A private-use code (qaa to qtz),
// which a team may give a variety the registry lacks, is taken.
func TestNoTextLanguage(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, c := range []struct{ method, path, body, field, want string }{
		{"POST", "/api/v1/units", `{"src":"en","tgt":"zxx","pairs":[{"source":"Hello.","target":"Bonjour."}]}`, "tgt", `\"zxx\": \"zxx\" means no linguistic content`},
		{"GET", "/api/v1/lookup?src=mul&tgt=fr&q=Hello.", "", "src", `\"mul\": \"mul\" means several languages`},
		{"POST", "/api/v1/segment", `{"text":"A. B.","lang":"zxx-Latn"}`, "lang", `\"zxx-Latn\": \"zxx\" means no linguistic content`},
	} {
		code, _, body := noteCall(t, c.method, ts.URL+c.path, c.body)
		if code != http.StatusBadRequest || !strings.Contains(string(body), c.field+` `+c.want) {
			t.Errorf("%s %s: %d %s; want 400 with %s %s", c.method, c.path, code, body, c.field, c.want)
		}
	}
	code, _, body := noteCall(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"qaa","pairs":[{"source":"Hello.","target":"Bonjour."}]}`)
	if code != http.StatusOK {
		t.Errorf("units into qaa (private use): %d %s; want 200", code, body)
	}
}
