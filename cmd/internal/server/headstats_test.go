package server

import (
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
)

// countImports is a Store that counts the calls of Imports (the first
// read of a TMX export).
type countImports struct {
	tm.Store
	n atomic.Int32
}

func (c *countImports) Imports(ctx context.Context) ([]tm.ImportRecord, error) {
	c.n.Add(1)
	return c.Store.Imports(ctx)
}

// TestHeadExportDoesNoWork: HEAD /api/v1/export answers GET's status and
// headers without reading the TM (a link checker or curl -I ran the whole
// export and threw it away); a bad query is still 400.
func TestHeadExportDoesNoWork(t *testing.T) {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	cs := &countImports{Store: s}
	db := tm.New(cs)
	t.Cleanup(func() { db.Close() })
	ts, _ := testServer(t, Options{DB: db})

	status, ctype, body := send(t, "HEAD", ts.URL+"/api/v1/export", "")
	if status != http.StatusOK || !strings.HasPrefix(ctype, "application/x-tmx+xml") || len(body) != 0 {
		t.Errorf("HEAD export: %d, %q, %q; want 200 with GET's Content-Type and no body", status, ctype, body)
	}
	if n := cs.n.Load(); n != 0 {
		t.Errorf("HEAD export read the TM (%d reads of its imports); want none", n)
	}
	if status, _, _ := send(t, "HEAD", ts.URL+"/api/v1/export?format=tsv", ""); status != http.StatusBadRequest {
		t.Errorf("HEAD of a TSV export without languages: %d; want 400 as GET", status)
	}
	if status, _, body := send(t, "GET", ts.URL+"/api/v1/export", ""); status != http.StatusOK || !strings.Contains(string(body), "<tmx") || cs.n.Load() == 0 {
		t.Errorf("GET export: %d, %q, %d reads; want the TMX", status, body, cs.n.Load())
	}
}

// TestStatsShowsNoPath: /api/v1/stats names the TM without the folders
// (a SQLite file) or the user, host and port (PostgreSQL) that any reader
// of the API saw before; tm stats shows them to the local user.
func TestStatsShowsNoPath(t *testing.T) {
	ts, db := testServer(t, Options{})
	var stats tm.StatsRecord
	if call(t, "GET", ts.URL+"/api/v1/stats", "", &stats); stats.Units == 0 || stats.Path == "" || strings.ContainsAny(stats.Path, "/@:") {
		t.Errorf("stats: path %q (the TM is at %s); want its name only", stats.Path, db.Path())
	}
	for loc, want := range map[string]string{
		"/home/alice/tm/news.db":                              "news.db",
		"postgres://bitext@db.internal:5432/tm":               "tm",
		"postgres://bitext@10.0.0.5:5999/tm?search_path=desk": "tm?search_path=desk",
	} {
		if got := tmName(loc); got != want {
			t.Errorf("tmName(%q) = %q; want %q", loc, got, want)
		}
	}
}

// TestTMServerStoreStats: GET .../store/NAME answers the document NAME
// (its units and languages, as GET /api/v1/documents lists it), and a
// 404 JSON error when no unit came from that store; it answered the whole
// TM's stats whatever the name (a mistyped store, 10,000 characters:
// now a 400, as the writing routes answer such a name).
func TestTMServerStoreStats(t *testing.T) {
	ts, _ := testServer(t, Options{})
	var doc tm.DocumentRecord
	if st := call(t, "GET", ts.URL+"/tmserver/en/fr/store/seed.tmx", "", &doc); st != 200 || doc.Doc != "seed.tmx" || doc.Units != 3 || len(doc.Langs) != 2 {
		t.Errorf("GET store/seed.tmx = %d %+v; want 200, the document of 3 units in en and fr", st, doc)
	}
	if st := call(t, "POST", ts.URL+"/tmserver/en/fr/store/batch.po", `[{"source":"One.","target":"Un."}]`, nil); st != 200 {
		t.Fatalf("POST store/batch.po = %d", st)
	}
	doc = tm.DocumentRecord{}
	if st := call(t, "GET", ts.URL+"/tmserver/en/fr/store/batch.po", "", &doc); st != 200 || doc.Doc != "batch.po" || doc.Units != 1 {
		t.Errorf("GET store/batch.po = %d %+v; want 200, its 1 unit", st, doc)
	}
	if st := call(t, "GET", ts.URL+"/tmserver/en/fr/store/"+strings.Repeat("x", 10_000), "", nil); st != 400 {
		t.Errorf("GET store/ of 10,000 characters = %d; want 400 (a store name is a label)", st)
	}
	for _, name := range []string{"nosuch.po", "seed"} {
		st, _, b := send(t, "GET", ts.URL+"/tmserver/en/fr/store/"+name, "")
		var e errorBody
		if err := json.Unmarshal(b, &e); st != 404 || err != nil || !strings.Contains(e.Error, "no units came from the store") || len(b) > 600 {
			t.Errorf("GET store/%.20s = %d %.200q; want a short 404 JSON error", name, st, b)
		}
	}
}
