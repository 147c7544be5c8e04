package server

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
)

// TestReviewersStoreOnce: the review page's Store in TM (POST units,
// "reviewed") of the same pairs under a second reviewer's name adds no
// unit: each pair is one unit that names both reviewers (prop
// x-bitext-reviewed), the first its creator, the second its last change;
// the first reviewer's store again adds no name. Before, the second
// reviewer's store added every pair again (pages57: 40 en-ja pairs, 6,307
// -> 6,347 units), and a lookup showed each translation twice.
func TestReviewersStoreOnce(t *testing.T) {
	ts, db := testServer(t, Options{})
	const pairs = `"pairs":[{"source":"The talks ended.","target":"Les pourparlers ont pris fin.","score":0.4},{"source":"The rain stopped.","target":"La pluie a cessé.","score":0.9}]}`
	store := func(by string) map[string]int {
		t.Helper()
		var st map[string]int
		if code := call(t, "POST", ts.URL+"/api/v1/units", `{"src":"en","tgt":"fr","reviewed":true,"sequential":true,"by":"`+by+`",`+pairs, &st); code != 200 {
			t.Fatalf("store by %s: %d", by, code)
		}
		return st
	}
	before := units(t, db)
	if st := store("Maryam"); st["added"] != 2 {
		t.Fatalf("Maryam's store: %v; want 2 added", st)
	}
	if st := store("Reza"); st["added"] != 0 || st["merged"] != 2 || units(t, db) != before+2 {
		t.Errorf("Reza's store of the same pairs: %v, %d units (%d before); want 0 added, 2 merged, 2 more units in all", st, units(t, db), before)
	}
	if st := store("Maryam"); st["added"] != 0 || st["merged"] != 2 {
		t.Errorf("Maryam's store again: %v; want 0 added, 2 merged", st)
	}
	var one queryMatches
	call(t, "GET", ts.URL+"/api/v1/lookup?"+url.Values{"q": {"The talks ended."}, "src": {"en"}, "tgt": {"fr"}, "min": {"50"}}.Encode(), "", &one)
	if len(one.Matches) != 1 || one.Matches[0].File != OriginReviewed || one.Matches[0].AlignPenalty != 0 {
		t.Fatalf("lookup = %+v; want the reviewed pair once, with no alignment penalty", one)
	}
	var u unitJSON
	call(t, "GET", ts.URL+"/api/v1/units/"+strconv.FormatInt(one.Matches[0].UnitID, 10), "", &u)
	var names []string
	for _, p := range u.Props {
		if p.Type == tm.PropReviewed {
			names = append(names, p.Text)
		}
	}
	if !slices.Equal(names, []string{"Maryam", "Reza"}) || u.CreatedBy != "Maryam" || u.ChangedBy != "Reza" || u.Changed == "" {
		t.Errorf("unit = %+v; want the reviewers Maryam and Reza, created by Maryam, changed by Reza", u)
	}
	// The TMX export carries the pair once, with both names.
	status, _, b := send(t, "GET", ts.URL+"/api/v1/export?format=tmx&src=en&tgt=fr", "")
	if status != 200 || strings.Count(string(b), "<seg>The talks ended.</seg>") != 1 ||
		!strings.Contains(string(b), `<prop type="x-bitext-reviewed">Maryam</prop>`) || !strings.Contains(string(b), `<prop type="x-bitext-reviewed">Reza</prop>`) {
		t.Errorf("TMX export: %d %s; want the pair once, with both reviewers", status, b)
	}
}
