package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
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

// TestLookupDocumentBlank checks that a document lookup answers every
// query in order, a blank one (a paragraph break) with no matches, so that
// results[i] is the answer to queries[i] as in a lookup of single queries.
func TestLookupDocumentBlank(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var out struct {
		Results []queryMatches `json:"results"`
	}
	body := `{"src":"en","tgt":"fr","document":true,"queries":["The minister arrived in Baghdad on Monday.","","  ","The minister left Tehran on Tuesday."]}`
	if st := call(t, "POST", ts.URL+"/api/v1/lookup", body, &out); st != http.StatusOK {
		t.Fatalf("status %d", st)
	}
	if len(out.Results) != 4 {
		t.Fatalf("%d results for 4 queries: %+v", len(out.Results), out.Results)
	}
	for i, want := range []int{1, 0, 0, 1} {
		if got := len(out.Results[i].Matches); (got > 0) != (want > 0) {
			t.Errorf("result %d (%q): %d matches; want %d", i, out.Results[i].Query, got, want)
		}
	}
	if out.Results[3].Query != "The minister left Tehran on Tuesday." {
		t.Errorf("result 3 is for %q", out.Results[3].Query)
	}
}

// TestLookupKindFragment checks that a fragment match is "kind":
// "fragment" in the API, as in tm lookup's JSON Lines (it was shown as
// "fuzzy": the server worked the kind out from the score alone).
func TestLookupKindFragment(t *testing.T) {
	db := newDB(t, "The minister arrived in Baghdad on Monday. He met the prime minister at noon.",
		"Arrivé lundi à Bagdad, le ministre a rencontré le Premier ministre à midi.")
	ts, _ := testServer(t, Options{DB: db})
	var out queryMatches
	q := "He met the prime minister at noon."
	if st := call(t, "GET", ts.URL+"/api/v1/lookup?src=en&tgt=fr&q="+strings.ReplaceAll(q, " ", "+"), "", &out); st != http.StatusOK {
		t.Fatalf("status %d", st)
	}
	if len(out.Matches) != 1 || out.Matches[0].Kind != "fragment" || out.Matches[0].Span == nil {
		t.Errorf("matches %+v; want one of kind fragment, with its span", out.Matches)
	}
}
