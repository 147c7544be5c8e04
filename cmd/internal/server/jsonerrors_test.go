package server

import (
	"net/http"
	"strings"
	"testing"
)

// TestJSONErrorsInAPIWords: a request body that is not the JSON a route
// wants is answered 400 with what is wrong in the API's words: where the
// JSON breaks, which field has a value of the wrong kind. encoding/json's
// messages named the server's Go types ("cannot unmarshal array into Go
// value of type server.lookupRequest", "struct { Lang string ... }"), and
// a cut body said only "unexpected EOF" (trial33).
func TestJSONErrorsInAPIWords(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, c := range []struct {
		method, path, body string
		want               string
	}{
		{"POST", "/api/v1/lookup", `[1,2]`, `request body: a JSON object is wanted, not an array`},
		{"POST", "/api/v1/segment", `"hello"`, `request body: a JSON object is wanted, not a string`},
		{"POST", "/api/v1/segment", `{"text":5,"lang":"en"}`, `request body: field \"text\": a string is wanted, not a number`},
		{"PATCH", "/api/v1/units/1", `[1]`, `request body: a JSON object is wanted, not an array`},
		{"PATCH", "/api/v1/units/1", `{"text":true}`, `request body: field \"text\": a string is wanted, not true or false`},
		{"POST", "/api/v1/glossary", `{"entries":{}}`, `request body: field \"entries\": an array is wanted, not an object`},
		{"POST", "/tmserver/en/fr/store/x", `{"source":"a"}`, `request body: an array is wanted, not an object`},
		{"DELETE", "/tmserver/en/fr/unit/Hello", `["x"]`, `request body: a JSON object is wanted, not an array`},
		{"POST", "/api/v1/normalize", `{"text": "x",`, `request body: the JSON ends before its value is complete`},
		{"POST", "/api/v1/normalize", "{\n  \"text\": 'x'\n}", `request body: not valid JSON at line 2, column 11: invalid character`},
		{"POST", "/api/v1/lookup", `{"text":"x"}`, `request body: unknown field \"text\"; the fields are src, tgt,`},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","units":[]}`, `request body: unknown field \"units\"; the fields are src, tgt, pairs, src_doc, tgt_doc, reviewed, by, sequential`},
		{"POST", "/api/v1/units", `{"src":"en","tgt":"fr","pairs":[{"src":"a","target":"b"}]}`, `request body: unknown field \"src\""}`},
	} {
		st, _, b := send(t, c.method, ts.URL+c.path, c.body, "Content-Type", "application/json")
		if st != http.StatusBadRequest || !strings.Contains(string(b), c.want) {
			t.Errorf("%s %s %s: %d %s; want 400 with %s", c.method, c.path, c.body, st, b, c.want)
		}
		for _, leak := range []string{"Go value", "Go struct", "server.", "struct {", "json:"} {
			if strings.Contains(string(b), leak) {
				t.Errorf("%s %s %s: %s names the server's Go types (%q)", c.method, c.path, c.body, b, leak)
			}
		}
	}
}

// TestQueryStringErrors: a query string that does not parse says what is
// wrong in it: a '%' that starts no escape was told to percent-encode ';'
// ("invalid URL escape "%zz"; percent-encode ';' as %3B") (trial33).
func TestQueryStringErrors(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, c := range []struct{ query, want, not string }{
		{"src=en&tgt=fr&q=100%", `invalid escape \"%\"`, "%3B"},
		{"src=en&tgt=fr&q=a%zzb", `write '%' itself as %25`, "%3B"},
		{"src=en;tgt=fr&q=x", `percent-encode a ';' in a value as %3B`, "%25"},
	} {
		st, _, b := send(t, "GET", ts.URL+"/api/v1/lookup?"+c.query, "")
		if st != http.StatusBadRequest || !strings.Contains(string(b), c.want) || strings.Contains(string(b), c.not) {
			t.Errorf("GET /api/v1/lookup?%s: %d %s; want 400 with %s, without %s", c.query, st, b, c.want, c.not)
		}
	}
}
