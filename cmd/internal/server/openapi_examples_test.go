package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"mime"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// exampleOrder is the order TestOpenAPIExamples calls the documented
// routes in, each with its examples: one that needs what another makes
// (a glossary entry, a deleted unit, a document) comes after it.
var exampleOrder = []string{
	"GET /api/v1/openapi.json",
	"GET /api/v1/health",
	"GET /api/v1/stats",
	"GET /api/v1/lookup",
	"POST /api/v1/lookup",
	"GET /api/v1/concordance",
	"POST /api/v1/segment",
	"POST /api/v1/align",
	"POST /api/v1/normalize",
	"POST /api/v1/check",
	"POST /api/v1/names/discover",
	"POST /api/v1/names/match",
	"POST /api/v1/glossary",
	"GET /api/v1/glossary",
	"POST /api/v1/glossary/{canonical}/variants",
	"DELETE /api/v1/glossary/{canonical}/variants/{variant}",
	"DELETE /api/v1/glossary/{canonical}",
	"POST /api/v1/import",
	"GET /api/v1/documents",
	"DELETE /api/v1/documents/{name}",
	"POST /api/v1/documents/restore",
	"POST /api/v1/units",
	"GET /api/v1/units",
	"GET /api/v1/units/{id}",
	"PATCH /api/v1/units/{id}",
	"DELETE /api/v1/units/{id}",
	"POST /api/v1/units/restore",
	"GET /api/v1/export",
}

// TestOpenAPIExamples keeps openapi.json's answers true: every route it
// describes is called, on a server over a new TM, with its documented
// examples (path and query parameters, request body), answers a 2xx
// status the file lists, with a Content-Type it lists, and a body its
// schema takes (checkSchema: an object holds no field its schema does
// not describe). Every 2xx answer has a schema, and every required
// parameter and request body an example. The file had schemas for two
// 200 answers only, and no example query: a client developer read the
// answers' shapes off the wire.
func TestOpenAPIExamples(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var doc map[string]any
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	paths := doc["paths"].(map[string]any)
	var documented []string
	for p, ops := range paths {
		for m := range ops.(map[string]any) {
			documented = append(documented, strings.ToUpper(m)+" "+p)
		}
	}
	sort.Strings(documented)
	ordered := slices.Sorted(slices.Values(exampleOrder))
	if !slices.Equal(documented, ordered) {
		t.Fatalf("openapi.json describes %q;\nexampleOrder calls %q", documented, ordered)
	}
	for _, route := range exampleOrder {
		method, p, _ := strings.Cut(route, " ")
		op := paths[p].(map[string]any)[strings.ToLower(method)].(map[string]any)
		u, body, ctype, ok := exampleRequest(t, route, p, op)
		if !ok {
			continue
		}
		status, got, b := sendTyped(t, method, ts.URL+u, body, ctype)
		resp, _ := op["responses"].(map[string]any)[strconv.Itoa(status)].(map[string]any)
		if status/100 != 2 || resp == nil {
			t.Errorf("%s %s: %d %s; want a 2xx answer openapi.json lists", method, u, status, b)
			continue
		}
		content, _ := resp["content"].(map[string]any)
		media, _, _ := mime.ParseMediaType(got)
		mt, _ := content[media].(map[string]any)
		if mt == nil {
			t.Errorf("%s %s: %d with Content-Type %q; openapi.json lists %v", method, u, status, got, keys(content))
			continue
		}
		sch, _ := mt["schema"].(map[string]any)
		if sch == nil {
			continue // told below
		}
		var v any = string(b)
		if media == "application/json" {
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.UseNumber()
			if err := dec.Decode(&v); err != nil {
				t.Errorf("%s %s: %v in %s", method, u, err, b)
				continue
			}
		}
		for _, e := range checkSchema(doc, sch, v, "") {
			t.Errorf("%s %s: answer %s: %s", method, u, clip(b), e)
		}
	}
	// Every 2xx answer has a schema, for each of its media types.
	for _, route := range documented {
		method, p, _ := strings.Cut(route, " ")
		op := paths[p].(map[string]any)[strings.ToLower(method)].(map[string]any)
		for code, r := range op["responses"].(map[string]any) {
			if !strings.HasPrefix(code, "2") {
				continue
			}
			content, _ := r.(map[string]any)["content"].(map[string]any)
			if len(content) == 0 {
				t.Errorf("%s: answer %s has no content", route, code)
			}
			for media, mt := range content {
				if _, ok := mt.(map[string]any)["schema"]; !ok {
					t.Errorf("%s: answer %s (%s) has no schema", route, code, media)
				}
			}
		}
	}
}

// exampleRequest is the request openapi.json's examples make of the
// operation op of path p: its URL path and query, its body and the
// body's Content-Type. It reports a missing example as an error, and
// ok false when the request cannot be made.
func exampleRequest(t *testing.T, route, p string, op map[string]any) (u, body, ctype string, ok bool) {
	t.Helper()
	q := url.Values{}
	u = p
	prms, _ := op["parameters"].([]any)
	for _, x := range prms {
		prm := x.(map[string]any)
		name, in := prm["name"].(string), prm["in"].(string)
		ex, has := prm["example"]
		if !has {
			if prm["required"] == true {
				t.Errorf("%s: required parameter %s has no example", route, name)
				return "", "", "", false
			}
			continue
		}
		switch in {
		case "path":
			u = strings.ReplaceAll(u, "{"+name+"}", url.PathEscape(fmt.Sprint(ex)))
		case "query":
			q.Set(name, fmt.Sprint(ex))
		}
	}
	if strings.Contains(u, "{") {
		t.Errorf("%s: a path parameter has no example: %s", route, u)
		return "", "", "", false
	}
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	rb, _ := op["requestBody"].(map[string]any)
	if rb == nil {
		return u, "", "", true
	}
	content, _ := rb["content"].(map[string]any)
	for _, media := range keys(content) {
		ex, has := content[media].(map[string]any)["example"]
		if !has {
			continue
		}
		if s, isText := ex.(string); isText && media != "application/json" {
			return u, s, media, true
		}
		b, _ := json.Marshal(ex)
		return u, string(b), media, true
	}
	t.Errorf("%s: its request body has no example", route)
	return "", "", "", false
}

// sendTyped is send with the body's Content-Type (none when ctype is
// empty); it returns the status, the answer's Content-Type and body.
func sendTyped(t *testing.T, method, u, body, ctype string) (int, string, []byte) {
	t.Helper()
	if ctype == "" {
		return send(t, method, u, body)
	}
	return send(t, method, u, body, "Content-Type", ctype)
}

func keys(m map[string]any) []string { return slices.Sorted(maps.Keys(m)) }

// clip is b, cut to 300 bytes for a message.
func clip(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "..."
	}
	return string(b)
}

// schemaWords are the JSON Schema keywords checkSchema knows; a schema
// using another is reported, so that the checker never passes what it
// did not read.
var schemaWords = map[string]bool{
	"$ref": true, "type": true, "properties": true, "required": true, "items": true,
	"enum": true, "additionalProperties": true, "description": true, "example": true,
	"minimum": true, "maximum": true, "format": true,
}

// checkSchema checks the JSON value v (numbers as json.Number) against
// the schema s of the OpenAPI document doc, and returns what does not
// fit, each naming where (at). It reads the subset of JSON Schema
// openapi.json uses: $ref (to #/components/schemas), type (one or a
// list), properties, required, items, enum, additionalProperties,
// minimum and maximum. Stricter than JSON Schema on one point: an object
// whose schema gives properties and no additionalProperties may hold no
// other field, so that an answer's undocumented field is told.
func checkSchema(doc map[string]any, s map[string]any, v any, at string) []string {
	if at == "" {
		at = "$"
	}
	for k := range s {
		if !schemaWords[k] {
			return []string{fmt.Sprintf("%s: schema keyword %q, which the checker does not read", at, k)}
		}
	}
	if ref, ok := s["$ref"].(string); ok {
		name, found := strings.CutPrefix(ref, "#/components/schemas/")
		target, _ := doc["components"].(map[string]any)["schemas"].(map[string]any)[name].(map[string]any)
		if !found || target == nil {
			return []string{fmt.Sprintf("%s: $ref %q resolves to nothing", at, ref)}
		}
		return checkSchema(doc, target, v, at)
	}
	var errs []string
	if t, ok := s["type"]; ok {
		var types []string
		switch t := t.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				types = append(types, x.(string))
			}
		}
		if !slices.ContainsFunc(types, func(typ string) bool { return isType(v, typ) }) {
			return []string{fmt.Sprintf("%s: %s; want %s", at, clip(mustJSON(v)), strings.Join(types, " or "))}
		}
	}
	if e, ok := s["enum"].([]any); ok {
		j := string(mustJSON(v))
		if !slices.ContainsFunc(e, func(x any) bool { return string(mustJSON(x)) == j }) {
			errs = append(errs, fmt.Sprintf("%s: %s is none of %s", at, j, mustJSON(e)))
		}
	}
	if n, ok := v.(json.Number); ok {
		f, _ := n.Float64()
		if lo, ok := s["minimum"].(float64); ok && f < lo {
			errs = append(errs, fmt.Sprintf("%s: %s < minimum %v", at, n, lo))
		}
		if hi, ok := s["maximum"].(float64); ok && f > hi {
			errs = append(errs, fmt.Sprintf("%s: %s > maximum %v", at, n, hi))
		}
	}
	switch v := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asStrings(s["required"]) {
			if _, ok := v[r]; !ok {
				errs = append(errs, fmt.Sprintf("%s: required field %q missing", at, r))
			}
		}
		for _, k := range keys(v) {
			if ps, ok := props[k].(map[string]any); ok {
				errs = append(errs, checkSchema(doc, ps, v[k], at+"."+k)...)
				continue
			}
			switch ap := s["additionalProperties"].(type) {
			case map[string]any:
				errs = append(errs, checkSchema(doc, ap, v[k], at+"."+k)...)
			case bool:
				if !ap {
					errs = append(errs, fmt.Sprintf("%s: field %q, which the schema does not describe", at, k))
				}
			default:
				if props != nil {
					errs = append(errs, fmt.Sprintf("%s: field %q, which the schema does not describe", at, k))
				}
			}
		}
	case []any:
		if it, ok := s["items"].(map[string]any); ok {
			for i, x := range v {
				errs = append(errs, checkSchema(doc, it, x, fmt.Sprintf("%s[%d]", at, i))...)
			}
		}
	}
	return errs
}

// isType reports whether the JSON value v is of the JSON Schema type typ.
func isType(v any, typ string) bool {
	switch v := v.(type) {
	case nil:
		return typ == "null"
	case bool:
		return typ == "boolean"
	case string:
		return typ == "string"
	case json.Number:
		if typ == "number" {
			return true
		}
		_, err := strconv.ParseInt(string(v), 10, 64)
		return typ == "integer" && err == nil
	case []any:
		return typ == "array"
	case map[string]any:
		return typ == "object"
	}
	return false
}

func asStrings(v any) []string {
	var out []string
	l, _ := v.([]any)
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

// TestCheckSchema: the checker TestOpenAPIExamples trusts tells each kind
// of misfit it reads, and passes a fitting value.
func TestCheckSchema(t *testing.T) {
	doc := map[string]any{"components": map[string]any{"schemas": map[string]any{
		"E": map[string]any{"type": "object", "properties": map[string]any{"error": map[string]any{"type": "string"}}, "required": []any{"error"}},
	}}}
	obj := map[string]any{"type": "object", "properties": map[string]any{
		"n":    map[string]any{"type": "integer", "minimum": 0.0},
		"kind": map[string]any{"type": "string", "enum": []any{"a", "b"}},
		"list": map[string]any{"type": "array", "items": map[string]any{"$ref": "#/components/schemas/E"}},
		"opt":  map[string]any{"type": []any{"string", "null"}},
	}, "required": []any{"n"}}
	for _, c := range []struct {
		s    map[string]any
		json string
		want string // a part of the first error; "" for none
	}{
		{obj, `{"n":1,"kind":"a","list":[{"error":"x"}],"opt":null}`, ""},
		{obj, `{"n":1.5}`, "want integer"},
		{obj, `{"n":-1}`, "minimum"},
		{obj, `{"kind":"a"}`, `required field "n"`},
		{obj, `{"n":1,"kind":"c"}`, "none of"},
		{obj, `{"n":1,"extra":true}`, `field "extra"`},
		{obj, `{"n":1,"list":[{}]}`, `$.list[0]: required field "error"`},
		{obj, `{"n":1,"opt":3}`, "string or null"},
		{obj, `[]`, "want object"},
		{map[string]any{"type": "object", "additionalProperties": map[string]any{"type": "integer"}}, `{"a":1,"b":"x"}`, "$.b"},
		{map[string]any{"type": "string", "pattern": "x"}, `"x"`, "does not read"},
		{map[string]any{"$ref": "#/components/schemas/F"}, `{}`, "resolves to nothing"},
	} {
		var v any
		dec := json.NewDecoder(strings.NewReader(c.json))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		errs := checkSchema(doc, c.s, v, "")
		switch {
		case c.want == "" && len(errs) > 0:
			t.Errorf("checkSchema(%s) = %q; want no error", c.json, errs)
		case c.want != "" && (len(errs) == 0 || !strings.Contains(errs[0], c.want)):
			t.Errorf("checkSchema(%s) = %q; want an error with %q", c.json, errs, c.want)
		}
	}
}
