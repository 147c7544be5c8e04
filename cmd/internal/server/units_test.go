package server

import (
	"testing"
)

func TestUnitsMaintenance(t *testing.T) {
	ts, db := testServer(t, Options{})
	var u unitJSON
	if st := call(t, "GET", ts.URL+"/api/v1/units/1", "", &u); st != 200 || len(u.Variants) != 2 || u.Variants[1].Text != seed[1] || u.File != "seed.tmx" {
		t.Fatalf("GET unit 1: %d %+v", st, u)
	}
	if st := call(t, "PATCH", ts.URL+"/api/v1/units/1", `{"text":"Le ministre est arrivé à Bagdad ce lundi.","by":"Maryam"}`, nil); st != 200 {
		t.Fatalf("PATCH: %d", st)
	}
	call(t, "GET", ts.URL+"/api/v1/units/1", "", &u)
	if u.Variants[1].Text != "Le ministre est arrivé à Bagdad ce lundi." || u.ChangedBy != "Maryam" {
		t.Errorf("after the edit: %+v", u)
	}
	for _, c := range []struct {
		method, path, body string
		want               int
	}{
		{"GET", "/api/v1/units/999", "", 404}, {"GET", "/api/v1/units/x", "", 400},
		{"PATCH", "/api/v1/units/999", `{"text":"x"}`, 404}, {"PATCH", "/api/v1/units/1", `{"text":"  "}`, 400},
		{"PATCH", "/api/v1/units/1", `{"lang":"de","text":"x"}`, 400}, {"DELETE", "/api/v1/units/999", "", 404},
		// an edit from the text before Maryam's (another window's): 409
		{"PATCH", "/api/v1/units/1", `{"text":"Le ministre est arrivé.","was":"` + seed[1] + `"}`, 409},
		{"DELETE", "/api/v1/documents/nothing.tmx", "", 404},
	} {
		before := units(t, db)
		if st := call(t, c.method, ts.URL+c.path, c.body, nil); st != c.want || units(t, db) != before {
			t.Errorf("%s %s %s: %d, %d units (%d before); want %d and nothing changed", c.method, c.path, c.body, st, units(t, db), before, c.want)
		}
	}
	if st := call(t, "DELETE", ts.URL+"/api/v1/units/1", "", nil); st != 200 || units(t, db) != len(seed)/2-1 {
		t.Errorf("DELETE unit 1: %d, %d units", st, units(t, db))
	}
	var docs struct {
		Documents []struct {
			Name  string
			Units int
		}
	}
	call(t, "GET", ts.URL+"/api/v1/documents", "", &docs)
	if len(docs.Documents) != 1 || docs.Documents[0].Name != "seed.tmx" || docs.Documents[0].Units != 2 {
		t.Errorf("documents = %+v", docs)
	}
	if st := call(t, "DELETE", ts.URL+"/api/v1/documents/seed.tmx", "", nil); st != 200 || units(t, db) != 0 {
		t.Errorf("DELETE document: %d, %d units", st, units(t, db))
	}
	ro, _ := testServer(t, Options{ReadOnly: true})
	if st := call(t, "DELETE", ro.URL+"/api/v1/units/1", "", nil); st != 403 {
		t.Errorf("read-only DELETE: %d; want 403", st)
	}
}
