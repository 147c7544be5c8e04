package server

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// TestOpenAPIBodyFields keeps openapi.json's request bodies true,
// walking them: each property it describes of a route's body is a field
// the route knows (a value of the wrong type is refused for its type,
// not as an unknown field), and a field it describes of another route's
// body only is refused as unknown. /normalize and /check took
// min_confidence and /names/discover took no_default, read into one
// struct and ignored: a client asking /check for a minimum confidence
// was answered without a word. Each route's example body (its
// "example", which a client developer pastes) is the valid body, and it is
// answered 200, sent to the path its parameters' examples fill in: the
// document had no example, and a developer wrote a first body by trial.
func TestOpenAPIBodyFields(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var doc struct {
		Paths map[string]map[string]struct {
			RequestBody struct {
				Content map[string]struct {
					Schema  schema
					Example json.RawMessage
				}
			} `json:"requestBody"`
			Parameters []struct {
				Name, In string
				Example  any
			}
		}
	}
	if st := call(t, "GET", ts.URL+"/api/v1/openapi.json", "", &doc); st != 200 {
		t.Fatal(st)
	}
	call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Henry Morgan"}]}`, nil)
	// Unit 3 and document talks.tsv (unit 4) are restored by the valid
	// bodies of units/restore and documents/restore.
	if st := call(t, "POST", ts.URL+"/api/v1/import?name=talks.tsv&src=en&tgt=fr", "The talks resumed on Monday.\tLes pourparlers ont repris lundi.\n", nil); st != 200 {
		t.Fatalf("import talks.tsv: %d", st)
	}
	for _, u := range []string{"units/3", "documents/talks.tsv"} {
		if st := call(t, "DELETE", ts.URL+"/api/v1/"+u, "", nil); st != 200 {
			t.Fatalf("DELETE %s: %d", u, st)
		}
	}
	bodies := map[string]map[string]bool{} // route -> its top-level properties
	examples := map[string]string{}        // route -> its example body
	urls := map[string]string{}            // route -> its path, filled in
	every := map[string]bool{}
	for p, ops := range doc.Paths {
		for m, op := range ops {
			sc, ok := op.RequestBody.Content["application/json"]
			if !ok {
				continue
			}
			route := strings.ToUpper(m) + " " + p
			if len(sc.Example) == 0 {
				t.Errorf("%s: its request body has no example", route)
				continue
			}
			examples[route] = string(sc.Example)
			u := p
			for _, prm := range op.Parameters {
				if prm.In != "path" {
					continue
				}
				if prm.Example == nil {
					t.Errorf("%s: path parameter %s has no example", route, prm.Name)
				}
				u = strings.ReplaceAll(u, "{"+prm.Name+"}", url.PathEscape(fmt.Sprint(prm.Example)))
			}
			if strings.Contains(u, "{") {
				t.Errorf("%s: a path parameter is not described: %s", route, u)
				continue
			}
			urls[route] = u
			bodies[route] = map[string]bool{}
			for f := range sc.Schema.Properties {
				bodies[route][f] = true
				every[f] = true
			}
		}
	}
	for route, props := range bodies {
		method, _, _ := strings.Cut(route, " ")
		u := ts.URL + urls[route]
		valid := examples[route]
		if st, _, b := send(t, method, u, valid); st != 200 {
			t.Errorf("%s %s: the example body answered %d %s", method, urls[route], st, b)
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
