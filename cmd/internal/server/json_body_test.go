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
