package server

import (
	"encoding/json"
	"net/url"
	"testing"

	"github.com/bitext/bitext/tm"
)

// TestLookupMinZero: a lookup's min of 0 asks for matches of every score,
// as tm lookup --min 0 and tmserver's min_similarity=0 do, and as the
// page's "min %" box (which takes 0) means it: ?min=0 and "min": 0 were
// read as the default, 70, and answered fewer matches than min=1. A
// POST without min keeps the default; "max": 0 is refused as ?max=0 is
// (it was read as the default, 5).
func TestLookupMinZero(t *testing.T) {
	ts, _ := testServer(t, Options{})
	q := "The minister arrived in Tehran on Sunday with his advisers."
	scores := func(ms []struct{ Score int }) []int {
		var out []int
		for _, m := range ms {
			out = append(out, m.Score)
		}
		return out
	}
	var one, zero, def struct{ Matches []struct{ Score int } }
	call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&min=1&q="+url.QueryEscape(q), "", &one)
	call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&min=0&q="+url.QueryEscape(q), "", &zero)
	call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&q="+url.QueryEscape(q), "", &def)
	if len(one.Matches) == 0 || one.Matches[0].Score >= tm.DefaultMin {
		t.Fatalf("min=1: %v; the test wants a match under %d", scores(one.Matches), tm.DefaultMin)
	}
	if len(zero.Matches) < len(one.Matches) {
		t.Errorf("GET min=0: %v; min=1: %v (min=0 read as the default %d)", scores(zero.Matches), scores(one.Matches), tm.DefaultMin)
	}
	if len(def.Matches) != 0 {
		t.Errorf("GET without min: %v; want none (the default %d)", scores(def.Matches), tm.DefaultMin)
	}
	var batch struct {
		Results []struct{ Matches []struct{ Score int } }
	}
	body := func(extra string) string {
		b, _ := json.Marshal(q)
		return `{"src":"en","tgt":"fr","queries":[` + string(b) + `]` + extra + `}`
	}
	call(t, "POST", ts.URL+"/api/v1/lookup", body(`,"min":0`), &batch)
	if len(batch.Results) != 1 || len(batch.Results[0].Matches) < len(one.Matches) {
		t.Errorf(`POST "min": 0: %+v; want the matches of min=1 %v`, batch.Results, scores(one.Matches))
	}
	batch.Results = nil
	call(t, "POST", ts.URL+"/api/v1/lookup", body(``), &batch)
	if len(batch.Results) != 1 || len(batch.Results[0].Matches) != 0 {
		t.Errorf(`POST without min: %+v; want none (the default %d)`, batch.Results, tm.DefaultMin)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/lookup", body(`,"max":0`), nil); st != 400 {
		t.Errorf(`POST "max": 0: %d; want 400 as ?max=0`, st)
	}
}
