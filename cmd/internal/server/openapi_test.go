package server

import (
	"encoding/json"
	"strings"
	"testing"
)

// openapiBodies are valid JSON bodies of the /api/v1 routes that take
// one, keyed as openapi.json's paths and methods ("POST /api/v1/lookup").
var openapiBodies = map[string]string{
	"POST /api/v1/lookup":                        `{"src":"en","tgt":"fr","queries":["The minister arrived."]}`,
	"POST /api/v1/segment":                       `{"text":"One. Two.","lang":"en"}`,
	"POST /api/v1/align":                         `{"src":"en","tgt":"fr","src_text":"One.","tgt_text":"Un."}`,
	"POST /api/v1/normalize":                     `{"text":"Qasim Soleimani met them.","lang":"en"}`,
	"POST /api/v1/check":                         `{"text":"Qasim Soleimani met them.","lang":"en"}`,
	"POST /api/v1/names/discover":                `{"text":"Qasim Soleimani met Qassem Soleimani.","lang":"en"}`,
	"POST /api/v1/names/match":                   `{"pairs":[{"a":"Joel","b":"Yul"}]}`,
	"POST /api/v1/glossary":                      `{"entries":[{"canonical":"Henry Morgan"}]}`,
	"POST /api/v1/glossary/{canonical}/variants": `{"variants":["Harry Morgan"]}`,
	"POST /api/v1/units":                         `{"src":"en","tgt":"fr","pairs":[{"source":"A.","target":"Un."}]}`,
	"PATCH /api/v1/units/{id}":                   `{"text":"Le ministre."}`,
	// unit 3, deleted first (TestOpenAPIBodyFields)
	"POST /api/v1/units/restore":     `{"id":3,"variants":[{"lang":"en","text":"Three."},{"lang":"fr","text":"Trois."}]}`,
	"POST /api/v1/documents/restore": `{"units":[{"id":2,"variants":[{"lang":"en","text":"Two."},{"lang":"fr","text":"Deux."}]}]}`,
}

// TestOpenAPIBodyFields keeps openapi.json's request bodies true,
// walking them: each property it describes of a route's body is a field
// the route knows (a value of the wrong type is refused for its type,
// not as an unknown field), and a field it describes of another route's
// body only is refused as unknown. /normalize and /check took
// min_confidence and /names/discover took no_default, read into one
// struct and ignored: a client asking /check for a minimum confidence
// was answered without a word.
func TestOpenAPIBodyFields(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var doc struct {
		Paths map[string]map[string]struct {
			RequestBody struct {
				Content map[string]struct{ Schema schema }
			} `json:"requestBody"`
		}
	}
	if st := call(t, "GET", ts.URL+"/api/v1/openapi.json", "", &doc); st != 200 {
		t.Fatal(st)
	}
	fill := strings.NewReplacer("{canonical}", "Henry%20Morgan", "{id}", "1")
	call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Henry Morgan"}]}`, nil)
	for _, id := range []string{"2", "3"} { // restored by the valid bodies of units/restore and documents/restore
		if st := call(t, "DELETE", ts.URL+"/api/v1/units/"+id, "", nil); st != 200 {
			t.Fatalf("DELETE unit %s: %d", id, st)
		}
	}
	bodies := map[string]map[string]bool{} // route -> its top-level properties
	every := map[string]bool{}
	for p, ops := range doc.Paths {
		for m, op := range ops {
			sc, ok := op.RequestBody.Content["application/json"]
			if !ok {
				continue
			}
			route := strings.ToUpper(m) + " " + p
			if _, ok := openapiBodies[route]; !ok {
				t.Errorf("%s: no valid body in openapiBodies", route)
				continue
			}
			bodies[route] = map[string]bool{}
			for f := range sc.Schema.Properties {
				bodies[route][f] = true
				every[f] = true
			}
		}
	}
	for route, props := range bodies {
		method, p, _ := strings.Cut(route, " ")
		u := ts.URL + fill.Replace(p)
		valid := openapiBodies[route]
		if st := call(t, method, u, valid, nil); st != 200 {
			t.Errorf("%s: the valid body answered %d", route, st)
		}
		for f := range every {
			// The field, as a JSON object: a wrong type for every
			// documented field.
			body := strings.Replace(valid, "{", `{"`+f+`":{"x":1},`, 1)
			if bodyHas(valid, f) {
				continue // the valid body's own field, given twice: refused as repeated
			}
			st, _, b := send(t, method, u, body)
			unknown := strings.Contains(string(b), `unknown field \"`+f+`\"`)
			switch {
			case props[f] && (st < 400 || unknown):
				t.Errorf("%s: documented field %q of a wrong type: %d %s; want a 400 for its type", route, f, st, b)
			case !props[f] && !unknown:
				t.Errorf("%s: field %q, which openapi.json does not give this route: %d %s; want 400 unknown field", route, f, st, b)
			}
		}
	}
}

// schema is the part of a JSON schema TestOpenAPIBodyFields reads.
type schema struct {
	Properties map[string]json.RawMessage
}

// bodyHas reports whether the JSON object body has the top-level field f.
func bodyHas(body, f string) bool {
	var m map[string]json.RawMessage
	json.Unmarshal([]byte(body), &m)
	_, ok := m[f]
	return ok
}
