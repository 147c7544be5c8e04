package server

import (
	"net/http"
	"strings"
	"testing"
)

// TestRepeatedJSONField: a JSON body that names a field twice, at its top
// or in an object inside it, is refused (400, naming the field), as a
// query parameter given twice is: encoding/json kept the last and dropped
// the other without a word, so {"src":"en",...,"src":"de"} looked up
// German, and the names differ only in case ("max", "MAX") for
// encoding/json, which matches them so (trial38).
func TestRepeatedJSONField(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, c := range []struct{ path, body, field string }{
		{"/api/v1/lookup", `{"src":"en","tgt":"fr","queries":["minister"],"src":"de"}`, `\"src\"`},
		{"/api/v1/lookup", `{"src":"en","tgt":"fr","queries":["minister"],"max":5,"MAX":6}`, `\"MAX\"`},
		{"/api/v1/check", `{"text":"Qasim Soleimani","lang":"en","text":"x"}`, `\"text\"`},
		{"/api/v1/glossary", `{"entries":[{"canonical":"Ali Khan","variants":["Aly Khan"],"canonical":"Ali Kahn"}]}`, `\"canonical\"`},
	} {
		st, _, b := send(t, "POST", ts.URL+c.path, c.body, "Content-Type", "application/json")
		if st != http.StatusBadRequest || !strings.Contains(string(b), c.field) || !strings.Contains(string(b), "twice") {
			t.Errorf("POST %s %s: %d %s; want 400 naming the field %s (JSON-escaped) given twice", c.path, c.body, st, b, c.field)
		}
	}
	// One name in two objects of a list, or inside a string, is no repeat.
	for _, c := range []struct{ path, body string }{
		{"/api/v1/glossary", `{"entries":[{"canonical":"Omar Farouk","variants":["Omar Faruq"]},{"canonical":"Bo Li","variants":["Bo Lee"]}]}`},
		{"/api/v1/lookup", `{"src":"en","tgt":"fr","queries":["\"src\": minister", "src"]}`},
	} {
		if st, _, b := send(t, "POST", ts.URL+c.path, c.body, "Content-Type", "application/json"); st != http.StatusOK {
			t.Errorf("POST %s %s: %d %s; want 200", c.path, c.body, st, b)
		}
	}
}

// TestJSONWithByteOrderMark: a JSON body that starts with a UTF-8 byte
// order mark (Windows PowerShell 5 sends one with -Encoding UTF8) is read
// as the JSON after it, as RFC 8259 lets a parser do: it was a 400,
// "invalid character 'ï' looking for beginning of value" (faults36).
func TestJSONWithByteOrderMark(t *testing.T) {
	ts, _ := testServer(t, Options{})
	st, _, b := send(t, "POST", ts.URL+"/api/v1/segment", "\ufeff"+`{"text":"One. Two.","lang":"en"}`, "Content-Type", "application/json")
	if st != http.StatusOK || !strings.Contains(string(b), `"Two."`) {
		t.Errorf("POST /api/v1/segment with a BOM: %d %s; want 200 and the sentences", st, b)
	}
}

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
		// White space that JSON does not count as white space, and
		// nothing else (a panic, answered 500: FuzzRequests).
		{"POST", "/api/v1/check", "\f"},
		{"POST", "/api/v1/lookup", " \v\u00a0\n"},
	} {
		if st := call(t, tc.method, ts.URL+tc.path, tc.body, nil); st != http.StatusBadRequest {
			t.Errorf("%s %s %s: status %d; want 400", tc.method, tc.path, tc.body, st)
		}
	}
	if after := units(t, db); after != before {
		t.Errorf("bad requests stored units: %d -> %d", before, after)
	}
}
