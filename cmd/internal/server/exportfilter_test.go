package server

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm"
)

// TestExportFilter: GET export keeps the units of one document (doc), one
// origin (origin) or those created or changed since a date (since), as tm
// export's --doc, --origin and --since do; a document not stored is a 404,
// an origin not known and a date that is none a 400, each a JSON error.
// The route ignored doc and origin and exported the whole TM: a script
// asking for one document got every one; since it refused (faults36).
func TestExportFilter(t *testing.T) {
	ts, db := testServer(t, Options{})
	other := pairUnit(language.English, language.French, "The talks ended.", "Les pourparlers ont pris fin.", tm.Origin{File: "other.tmx"})
	other.Created = time.Date(2020, 3, 1, 12, 0, 0, 0, time.UTC) // the seed's units are created now
	if _, err := db.Import(context.Background(), unitSeq([]tm.Unit{other}), tm.ImportOptions{File: "other.tmx"}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		query      string
		has, hasNo string
	}{
		{"doc=other.tmx", "pourparlers", "ministre"},
		{"doc=seed.tmx", "ministre", "pourparlers"},
		{"doc=seed.tmx&origin=imported", "ministre", "pourparlers"},
		{"", "ministre", ""},
		{"since=2021-01-01", "ministre", "pourparlers"},
		{"since=2020-03-01T11:00:00Z", "pourparlers", ""},
		{"since=20200301T130000Z", "ministre", "pourparlers"},
	} {
		st, _, b := send(t, "GET", ts.URL+"/api/v1/export?format=tsv&src=en&tgt=fr&"+c.query, "")
		if st != http.StatusOK || !strings.Contains(string(b), c.has) || c.hasNo != "" && strings.Contains(string(b), c.hasNo) {
			t.Errorf("GET export?%s: %d %q; want 200 with %q, without %q", c.query, st, b, c.has, c.hasNo)
		}
	}
	for q, want := range map[string]int{"doc=typo.tmx": http.StatusNotFound, "origin=typed": http.StatusBadRequest, "doc=a%00b": http.StatusBadRequest, "since=yesterday": http.StatusBadRequest} {
		if st := call(t, "GET", ts.URL+"/api/v1/export?"+q, "", nil); st != want {
			t.Errorf("GET export?%s: %d; want %d", q, st, want)
		}
	}
}
