package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestRepeatedQueryParameter: a query parameter given twice is refused
// (400, naming it): the routes took the first and dropped the other
// without a word, so ?src=en&src=de looked up English (faults36).
func TestRepeatedQueryParameter(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, q := range []string{
		"/api/v1/lookup?q=a&q=b&src=en&tgt=fr",
		"/api/v1/lookup?q=a&src=en&src=de&tgt=fr",
		"/api/v1/concordance?term=minister&src=en&max=1&max=5",
		"/api/v1/export?format=tsv&src=en&tgt=fr&format=tmx",
		"/tmserver/en/fr/unit/minister?max_candidates=1&max_candidates=5",
	} {
		st, _, b := send(t, "GET", ts.URL+q, "")
		if st != http.StatusBadRequest || !strings.Contains(string(b), "given 2 times") {
			t.Errorf("GET %s: %d %s; want 400 naming the parameter given twice", q, st, b)
		}
	}
	if st, _, b := send(t, "GET", ts.URL+"/api/v1/lookup?q=minister&src=en&tgt=fr", ""); st != http.StatusOK {
		t.Errorf("GET lookup with each parameter once: %d %s", st, b)
	}
}

// TestUnknownQueryParameter: a query parameter that an /api/v1 route does
// not take (as openapi.json describes it) is refused, naming the ones it
// takes: GET /api/v1/export?since=2026-12-01 exported the whole TM, as
// if filtered, where tm export --since filters (faults36; the route now
// takes since, and an until it does not take is refused). The tmserver
// routes, whose clients are other programs', take any.
func TestUnknownQueryParameter(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, c := range []struct{ target, want string }{
		{"/api/v1/export?until=2026-12-01", `query parameter \"until\": not one GET /api/v1/export takes (format, src, tgt, doc, origin, since)`},
		{"/api/v1/lookup?q=minister&src=en&tgt=fr&min_score=90", `query parameter \"min_score\": not one GET /api/v1/lookup takes (q, src, tgt, min, max, prev, next)`},
		{"/api/v1/stats?verbose=1", `query parameter \"verbose\": GET /api/v1/stats takes none`},
	} {
		st, _, b := send(t, "GET", ts.URL+c.target, "")
		if st != http.StatusBadRequest || !strings.Contains(string(b), c.want) {
			t.Errorf("GET %s: %d %s; want 400 with %s", c.target, st, b, c.want)
		}
	}
	for _, target := range []string{"/api/v1/lookup?q=minister&src=en&tgt=fr&min=50", "/tmserver/en/fr/unit/minister?source_lang=en", "/api/v1/documents?q=x&limit=5"} {
		if st, _, b := send(t, "GET", ts.URL+target, ""); st != http.StatusOK {
			t.Errorf("GET %s: %d %s; want 200", target, st, b)
		}
	}
}

// TestQueryIntSpaces: an integer of the query string with white space
// around it (?limit= 1, ?min=70%20) was read as the number, where every
// other malformed value is a 400 naming the parameter; it is one now.
func TestQueryIntSpaces(t *testing.T) {
	ts, _ := testServer(t, Options{})
	for _, q := range []string{"/api/v1/units?doc=seed.tmx&limit=%201", "/api/v1/documents?offset=0%20", "/api/v1/lookup?src=en&tgt=fr&q=Monday&min=%0970", "/api/v1/lookup?src=en&tgt=fr&q=Monday&max=5%0A"} {
		st, _, b := send(t, "GET", ts.URL+q, "")
		var e errorBody
		json.Unmarshal(b, &e)
		name := q[strings.LastIndexByte(q, '&')+1:]
		if i := strings.IndexByte(name, '?'); i >= 0 {
			name = name[i+1:]
		}
		name = name[:strings.IndexByte(name, '=')]
		if st != http.StatusBadRequest || !strings.HasPrefix(e.Error, name+" ") {
			t.Errorf("GET %s: %d %s; want a 400 naming %s", q, st, b, name)
		}
	}
	if st := call(t, "GET", ts.URL+"/api/v1/units?doc=seed.tmx&limit=1", "", nil); st != 200 {
		t.Errorf("GET /api/v1/units?doc=seed.tmx&limit=1: %d", st)
	}
}

// TestPageSizeNames: limit and max are one parameter on every paged
// route. The concordance took max and the listings limit, each refusing
// the other's name with a 400 (trial53); both names stay, either gives
// the same page, and both at once is a 400 naming them.
func TestPageSizeNames(t *testing.T) {
	ts, _ := testServer(t, Options{})
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Baghdad","variants":["Bagdad"]},{"canonical":"Tehran","variants":["Teheran"]}]}`, nil); st != 200 {
		t.Fatalf("POST glossary: %d", st)
	}
	// items counts the page's items, whatever the route names them.
	items := func(b []byte) int {
		var page map[string]json.RawMessage
		json.Unmarshal(b, &page)
		for _, key := range []string{"hits", "units", "documents", "entries"} {
			var list []json.RawMessage
			if json.Unmarshal(page[key], &list) == nil && list != nil {
				return len(list)
			}
		}
		return -1
	}
	for _, route := range []string{"/api/v1/concordance?term=the&src=en", "/api/v1/units?doc=seed.tmx", "/api/v1/glossary?q=", "/api/v1/documents?q="} {
		stLimit, _, byLimit := send(t, "GET", ts.URL+route+"&limit=1", "")
		stMax, _, byMax := send(t, "GET", ts.URL+route+"&max=1", "")
		if stLimit != 200 || stMax != 200 || string(byLimit) != string(byMax) || items(byMax) != 1 {
			t.Errorf("GET %s with limit=1: %d %s; with max=1: %d %s; want the same page of one, 200", route, stLimit, byLimit, stMax, byMax)
		}
		if _, _, all := send(t, "GET", ts.URL+route, ""); route != "/api/v1/documents?q=" && items(all) < 2 {
			t.Errorf("GET %s = %s; want two items or more (the test's premise)", route, all)
		}
		st, _, b := send(t, "GET", ts.URL+route+"&limit=1&max=1", "")
		if st != http.StatusBadRequest || !strings.Contains(string(b), "limit and max given at once") {
			t.Errorf("GET %s with limit and max: %d %s; want a 400 naming both", route, st, b)
		}
		st, _, b = send(t, "GET", ts.URL+route+"&max=0", "")
		if st != http.StatusBadRequest || !strings.Contains(string(b), `max \"0\"`) {
			t.Errorf("GET %s&max=0: %d %s; want a 400 naming max", route, st, b)
		}
	}
}
