package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzRequests sends arbitrary bodies and query strings to every route:
// no answer is a 5xx, every error is a JSON {"error"} body, and a refused
// request changes nothing in the TM.
func FuzzRequests(f *testing.F) {
	db := newDB(f, seed...)
	s := newServer(f, Options{DB: db, MaxBody: 1 << 16})
	for i := range s.Routes() {
		f.Add(i, "src=en&tgt=fr&q=minister&term=minister", `{"src":"en","tgt":"fr","queries":["The minister."]}`)
		f.Add(i, "src=en&tgt=en", `{"text":"Qasim Soleimani.","lang":"en"}`)
		f.Add(i, "name=a.tsv&src=en&tgt=fr", "A\tB\n")
		f.Add(i, "", `[{"source":"a","target":"b"}]`)
		f.Add(i, "", `{"pairs":[{"a":"Teng Hsiao-p'ing","b":"Deng Xiaoping"}],"explain":true}`)
		f.Add(i, "min=-5&max=x", `{"src":"en","tgt":"fr","pairs":[{"source":"a","target":""}]}`)
	}
	f.Fuzz(func(t *testing.T, route int, query, body string) {
		routes := s.Routes()
		if route < 0 {
			route = -route
		}
		r := routes[route%len(routes)]
		path := strings.NewReplacer("{slang}", "en", "{tlang}", "fr", "{text...}", "minister", "{name...}", "x.tmx",
			"{canonical}", "nobody", "{$}", "").Replace(r.Path)
		before := units(t, db)
		req := httptest.NewRequest(r.Method, path, strings.NewReader(body))
		req.URL.RawQuery = query
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%s %s?%s %q: status %d %s", r.Method, path, query, body, rec.Code, rec.Body)
		}
		if rec.Code >= 400 {
			var e errorBody
			if err := json.NewDecoder(bytes.NewReader(rec.Body.Bytes())).Decode(&e); err != nil || e.Error == "" {
				t.Fatalf("%s %s: status %d without a JSON error: %q", r.Method, path, rec.Code, rec.Body)
			}
			if n := units(t, db); n != before {
				t.Fatalf("%s %s: refused (%d) but the TM went from %d to %d units", r.Method, path, rec.Code, before, n)
			}
		}
		if rec.Code == http.StatusOK && !r.Write {
			if n := units(t, db); n != before {
				t.Fatalf("%s %s is no write route, but the TM went from %d to %d units", r.Method, path, before, n)
			}
		}
	})
}
