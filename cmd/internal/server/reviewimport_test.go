package server

import (
	"context"
	"fmt"
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
