package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/postgres"
	"github.com/bitext/bitext/tm/postgres/pgtest"
	"github.com/bitext/bitext/tm/sqlite"
)

// BenchmarkServerLookup is a lookup through the HTTP handler, as a CAT
// tool or the page sends it, on a TM of 2,000 generated pairs and the
// seed: one segment (GET /api/v1/lookup), a batch of 20 (POST), and the
// tmserver route (GET /tmserver/en/fr/unit/TEXT). The handler's share
// (routing, token check, JSON both ways) over tm's BenchmarkLookup;
// testdata/bench/serveload measures the server under load.
func BenchmarkServerLookup(b *testing.B) {
	pairs := append([]string(nil), seed...)
	for i := range 2000 {
		pairs = append(pairs,
			fmt.Sprintf("The minister met delegation %d in Baghdad on day %d to discuss item %d.", i, i%31, i%97),
			fmt.Sprintf("Le ministre a rencontré la délégation %d à Bagdad le jour %d pour discuter du point %d.", i, i%31, i%97))
	}
	db := newDB(b, pairs...)
	s := newServer(b, Options{DB: db})
	const q = "The minister met delegation 17 in Baghdad on day 4 to discuss item 9."
	var queries []string
	for i := range 20 {
		queries = append(queries, fmt.Sprintf("The minister met delegation %d in Baghdad on day %d.", i*7, i))
	}
	batch, _ := json.Marshal(map[string]any{"src": "en", "tgt": "fr", "queries": queries})
	for _, tc := range []struct {
		name, method, path, body string
	}{
		{"one", "GET", "/api/v1/lookup?src=en&tgt=fr&q=" + url.QueryEscape(q), ""},
		{"batch20", "POST", "/api/v1/lookup", string(batch)},
		{"tmserver", "GET", "/tmserver/en/fr/unit/" + url.PathEscape(q), ""},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest(tc.method, tc.path, strings.NewReader(tc.body))
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%s %s: %d %s", tc.method, tc.path, rec.Code, rec.Body)
				}
			}
		})
	}
}

// BenchmarkGlossaryList is the Glossary tab's request on a glossary of
// 10,000 entries of 3 variants (generated, given through
// Options.Glossary so that the store's read is not measured): the first
// page of all, a filter that matches by name key, and one that matches
// nothing (every form keyed).
func BenchmarkGlossaryList(b *testing.B) {
	var entries []normalize.Entry
	for i := range 10000 {
		entries = append(entries, normalize.Entry{
			Canonical: fmt.Sprintf("Person%d Soleimani", i),
			Variants:  []string{fmt.Sprintf("Person%d Suleimani", i), fmt.Sprintf("P%d Soleymani", i), fmt.Sprintf("Persoon%d Solaimani", i)},
		})
	}
	s := newServer(b, Options{DB: newDB(b), Glossary: func(context.Context) ([]normalize.Entry, error) { return entries, nil }})
	for _, tc := range []struct{ name, query string }{
		{"all", "limit=100"},
		{"bykey", "limit=100&q=sulaymani"},
		{"none", "limit=100&q=nobody"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/glossary?"+tc.query, nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
		})
	}
}

// BenchmarkDocumentUnits is the review page's units panel: a page of 100
// units of a document (GET /api/v1/units?doc=), none changed since they
// were stored, and all edited once (each with its x-bitext-was history,
// read with the other props in one query).
func BenchmarkDocumentUnits(b *testing.B) {
	for _, edited := range []bool{false, true} {
		b.Run(map[bool]string{false: "stored", true: "edited"}[edited], func(b *testing.B) {
			var pairs []string
			for i := range 100 {
				pairs = append(pairs, fmt.Sprintf("The minister met delegation %d.", i), fmt.Sprintf("Le ministre a rencontré la délégation %d.", i))
			}
			db := newDB(b, pairs...)
			if edited {
				for id := range int64(100) {
					if err := db.EditUnit(context.Background(), id+1, tm.UnitEdit{Text: fmt.Sprintf("Le ministre a reçu la délégation %d.", id)}); err != nil {
						b.Fatal(err)
					}
				}
			}
			s := newServer(b, Options{DB: db})
			for b.Loop() {
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/units?doc=seed.tmx&limit=100", nil))
				if rec.Code != http.StatusOK || edited != strings.Contains(rec.Body.String(), "x-bitext-was") {
					b.Fatalf("%d %.300s", rec.Code, rec.Body)
				}
			}
		})
	}
}

// BenchmarkNamesMatch is POST /api/v1/names/match of 1,000 pairs (the
// most a request takes), the first of the development split of the names
// development set (normalize/testdata/devset/pairs.tsv, split dev), with
// and without explain: the handler's whole work, the matcher's included,
// over the default glossary.
func BenchmarkNamesMatch(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "normalize", "testdata", "devset", "pairs.tsv"))
	if err != nil {
		b.Fatal(err)
	}
	var pairs [][2]string
	for line := range strings.Lines(string(raw)) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(pairs) < maxBatch && len(f) == 6 && f[5] == "dev" {
			pairs = append(pairs, [2]string{f[2], f[3]})
		}
	}
	if len(pairs) != maxBatch {
		b.Fatalf("%d pairs of the dev split; want %d", len(pairs), maxBatch)
	}
	s := newServer(b, Options{DB: newDB(b)})
	for _, explain := range []bool{false, true} {
		body := matchBody(explain, pairs...)
		b.Run(map[bool]string{false: "pairs1000", true: "pairs1000explain"}[explain], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, httptest.NewRequest("POST", "/api/v1/names/match", strings.NewReader(body)))
				if rec.Code != http.StatusOK {
					b.Fatalf("%d %.300s", rec.Code, rec.Body)
				}
			}
		})
	}
}

// BenchmarkStoreReview is the review page's "Store in TM" (POST
// /api/v1/units, reviewed, sequential) of a whole book's review into an
// empty TM: 2,000, 5,000, 15,000 and 45,000 generated beads, English to
// Chinese (a verse-like sentence and its translation, each bead its own),
// on SQLite and, with BITEXT_TEST_POSTGRES set, PostgreSQL. ns/bead shows
// whether the route stays linear in the beads (a bead costs what it
// costs at 2,000 at 45,000 too); the TM's creation is not timed, nor is
// its Close, which on PostgreSQL waits for the ANALYZE the store runs in
// the background after a write of 5,000 units or more (tm/postgres
// stats.go): the answer does not.
func BenchmarkStoreReview(b *testing.B) {
	stores := []struct {
		name string
		open func(b *testing.B) tm.Store
	}{
		{"sqlite", func(b *testing.B) tm.Store {
			s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "tm.db"))
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
		{"postgres", func(b *testing.B) tm.Store {
			s, err := postgres.Open(context.Background(), pgtest.TempURL(b))
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
	}
	for _, st := range stores {
		for _, n := range []int{2000, 5000, 15000, 45000} {
			body := reviewBody(n)
			b.Run(fmt.Sprintf("%s/%d", st.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				for b.Loop() {
					b.StopTimer()
					db := tm.New(st.open(b))
					s := newServer(b, Options{DB: db})
					req := httptest.NewRequest("POST", "/api/v1/units", strings.NewReader(body))
					req.Header.Set("Content-Type", "application/json")
					rec := httptest.NewRecorder()
					b.StartTimer()
					s.ServeHTTP(rec, req)
					b.StopTimer()
					if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), fmt.Sprintf(`"added":%d,`, n)) {
						b.Fatalf("%d %.200s; want 200 and %d added", rec.Code, rec.Body, n)
					}
					db.Close()
					b.StartTimer()
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/bead")
			})
		}
	}
}

// reviewBody is the JSON the review page sends to store n beads.
func reviewBody(n int) string {
	type pair struct {
		Source string  `json:"source"`
		Target string  `json:"target"`
		Score  float64 `json:"score"`
	}
	pairs := make([]pair, n)
	for i := range pairs {
		pairs[i] = pair{
			Source: fmt.Sprintf("And the LORD spake unto Moses in the %d day of the %d month, saying, Speak unto the children of Israel, and take of every one of them a rod (%d).", i%31, i%12, i),
			Target: fmt.Sprintf("耶和华晓谕摩西说，你晓谕以色列人，从他们手下取杖，每支派一根（第%d月第%d日，%d）。", i%12, i%31, i),
			Score:  float64(i%100) / 100,
		}
	}
	body, err := json.Marshal(map[string]any{"src": "en", "tgt": "zh", "pairs": pairs, "reviewed": true, "by": "", "sequential": true})
	if err != nil {
		panic(err)
	}
	return string(body)
}
