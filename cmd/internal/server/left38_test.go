package server

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestGlossaryAddSaysWhatIsStored: POST /api/v1/glossary of one canonical
// form twice stores one entry, the variants of both merged (as names
// import merges a file's repeated lines), and says so: it said "added 2
// entries". A null or blank variant is a 400 naming the entry and the
// variant: null was dropped without a word (left38).
func TestGlossaryAddSaysWhatIsStored(t *testing.T) {
	ts, _ := testServer(t, Options{})
	st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Ali Khan","variants":["Aly Khan"]},{"canonical":"Omar Farouk","variants":["Omar Faruq"]},{"canonical":" Ali Khan","variants":["Ali Kahn"]}]}`, "Content-Type", "application/json")
	if st != http.StatusOK || !strings.Contains(string(b), `added 2 entries (3 given: entry 3 repeats the canonical form of entry 1, its variants merged into it)`) {
		t.Errorf("POST a canonical form twice: %d %s; want 200 saying 2 entries added, entry 3 merged into 1", st, b)
	}
	_, _, b = send(t, "GET", ts.URL+"/api/v1/glossary?q=Ali+Khan", "")
	if !strings.Contains(string(b), `"Aly Khan"`) || !strings.Contains(string(b), `"Ali Kahn"`) || strings.Count(string(b), `"canonical"`) != 1 {
		t.Errorf("GET glossary?q=Ali Khan: %s; want one entry with both variants", b)
	}
	for _, c := range []struct{ body, want string }{
		{`{"entries":[{"canonical":"Bo Li","variants":["Bo Lee",null]}]}`, `entry 1: variant 2 is null: a variant is a spelling (a string)`},
		{`{"entries":[{"canonical":"Bo Li","variants":["Bo Lee"]},{"canonical":"Li Na","variants":[" "]}]}`, `entry 2: variant 1 is empty`},
	} {
		st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary", c.body, "Content-Type", "application/json")
		if st != http.StatusBadRequest || !strings.Contains(string(b), c.want) {
			t.Errorf("POST %s: %d %s; want 400 %q", c.body, st, b, c.want)
		}
	}
	if _, _, b := send(t, "GET", ts.URL+"/api/v1/glossary?q=Bo+Li", ""); strings.Contains(string(b), "Bo Li") {
		t.Errorf("a refused request stored an entry: %s", b)
	}
}

// TestRepeatedEntriesLinear: the repeats of a POST /api/v1/glossary are
// found in one pass over the entries: slices.Index for each entry made a
// body of many distinct entries (32 MiB holds a million) quadratic, and
// 150,000 of them took seconds before anything was stored.
func TestRepeatedEntriesLinear(t *testing.T) {
	into := make([]int, 150_000)
	for i := range into {
		into[i] = i
	}
	into = append(into, 7, 149_999)
	start := time.Now()
	got := repeatedEntries(into)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("repeatedEntries of 150,002 entries took %v, want well under a second", d)
	}
	want := []string{"entry 150001 repeats the canonical form of entry 8", "entry 150002 repeats the canonical form of entry 150000"}
	if !slices.Equal(got, want) {
		t.Errorf("repeatedEntries = %q, want %q", got, want)
	}
}
