package server

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestImportReviewedExport: the TM's own XLIFF export, a target corrected
// and imported back through POST import, updates the unit (the JSON says
// "updated"); GET units/{id} shows the corrected target and the old one as
// its x-bitext-was prop; a second correction of the same export is a
// conflict, added beside.
func TestImportReviewedExport(t *testing.T) {
	ts, db := testServer(t, Options{})
	_, _, body := send(t, "GET", ts.URL+"/api/v1/export?format=xliff&src=en&tgt=fr", "")
	exported := string(body)
	const old = ">Le ministre a quitté Téhéran mardi.</target>"
	if !strings.Contains(exported, old) {
		t.Fatalf("the export lacks %q: %s", old, exported)
	}
	var st map[string]int
	reviewed := strings.Replace(exported, old, ">La ministre a quitté Téhéran mardi.</target>", 1)
	if code := call(t, "POST", ts.URL+"/api/v1/import?name=rev.xlf", reviewed, &st); code != 200 ||
		st["read"] != 3 || st["updated"] != 1 || st["merged"] != 2 || st["added"] != 0 || st["conflicts"] != 0 {
		t.Fatalf("import of the reviewed export: %d %v; want 1 updated, 2 merged", code, st)
	}
	ms, err := db.Lookup(context.Background(), "The minister left Tehran on Tuesday.", tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 100})
	if err != nil || len(ms) != 1 || ms[0].Target != "La ministre a quitté Téhéran mardi." {
		t.Fatalf("lookup after the import = %+v, %v; want the corrected target only", ms, err)
	}
	var u unitJSON
	if code := call(t, "GET", fmt.Sprintf("%s/api/v1/units/%d", ts.URL, ms[0].UnitID), "", &u); code != 200 ||
		!slices.Contains(u.Props, tm.Prop{Type: tm.PropWas, Lang: "fr", Text: "Le ministre a quitté Téhéran mardi."}) {
		t.Errorf("GET the updated unit: %d %+v; want its old target as %s", code, u, tm.PropWas)
	}
	other := strings.Replace(exported, old, ">Le ministre est parti de Téhéran mardi.</target>", 1)
	if code := call(t, "POST", ts.URL+"/api/v1/import?name=other.xlf", other, &st); code != 200 ||
		st["updated"] != 0 || st["added"] != 1 || st["conflicts"] != 1 {
		t.Errorf("import of another correction of the same export: %d %v; want 1 added, 1 conflict", code, st)
	}
}

// TestImportDryRun: POST import?dry_run=1 answers what the import would
// store, with "dry_run": true, and stores nothing (the TM's units and
// export as they were); the real import that follows answers the same
// counts. A dry_run that is no yes or no is 400.
func TestImportDryRun(t *testing.T) {
	ts, db := testServer(t, Options{})
	_, _, body := send(t, "GET", ts.URL+"/api/v1/export?format=xliff&src=en&tgt=fr", "")
	const old = ">Le ministre a quitté Téhéran mardi.</target>"
	reviewed := strings.Replace(string(body), old, ">La ministre a quitté Téhéran mardi.</target>", 1)
	if reviewed == string(body) {
		t.Fatalf("the export lacks %q", old)
	}
	export := func() string {
		_, _, b := send(t, "GET", ts.URL+"/api/v1/export", "")
		return string(b)
	}
	before, n := export(), units(t, db)
	for _, c := range []struct{ name, body string }{{"rev.xlf", reviewed}, {"new.tsv", "One\tUn\nTwo\tDeux\n"}} {
		var dry, real map[string]any
		u := ts.URL + "/api/v1/import?src=en&tgt=fr&name=" + c.name
		if code := call(t, "POST", u+"&dry_run=1", c.body, &dry); code != 200 || dry["dry_run"] != true {
			t.Fatalf("dry run of %s: %d %v; want 200 with \"dry_run\": true", c.name, code, dry)
		}
		if after := export(); after != before || units(t, db) != n {
			t.Errorf("a dry run of %s changed the TM: %d units, %d before", c.name, units(t, db), n)
		}
		if code := call(t, "POST", u, c.body, &real); code != 200 || real["dry_run"] != nil {
			t.Fatalf("import of %s: %d %v", c.name, code, real)
		}
		delete(dry, "dry_run")
		if !maps.Equal(dry, real) {
			t.Errorf("dry run of %s answered %v; the import %v", c.name, dry, real)
		}
		before, n = export(), units(t, db)
	}
	if units(t, db) == 0 || before == "" {
		t.Fatal("nothing was imported")
	}
	if code := call(t, "POST", ts.URL+"/api/v1/import?src=en&tgt=fr&dry_run=maybe", "Three\tTrois\n", nil); code != 400 {
		t.Errorf("dry_run=maybe: %d; want 400", code)
	}
}
