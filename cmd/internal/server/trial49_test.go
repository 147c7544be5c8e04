package server

import (
	"net/http"
	"strings"
	"testing"
)

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
