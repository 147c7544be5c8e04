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
