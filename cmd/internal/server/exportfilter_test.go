package server

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm"
)

// TestExportFilter: GET export keeps the units of one document (doc) or
// one origin (origin), as tm export's --doc and --origin do; a document
// not stored is a 404 and an origin not known a 400, each a JSON error.
// The route ignored both and exported the whole TM: a script asking for
// one document got every one.
func TestExportFilter(t *testing.T) {
	ts, db := testServer(t, Options{})
	other := pairUnit(language.English, language.French, "The talks ended.", "Les pourparlers ont pris fin.", tm.Origin{File: "other.tmx"})
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
	} {
		st, _, b := send(t, "GET", ts.URL+"/api/v1/export?format=tsv&src=en&tgt=fr&"+c.query, "")
		if st != http.StatusOK || !strings.Contains(string(b), c.has) || c.hasNo != "" && strings.Contains(string(b), c.hasNo) {
			t.Errorf("GET export?%s: %d %q; want 200 with %q, without %q", c.query, st, b, c.has, c.hasNo)
		}
	}
	for q, want := range map[string]int{"doc=typo.tmx": http.StatusNotFound, "origin=typed": http.StatusBadRequest, "doc=a%00b": http.StatusBadRequest} {
		if st := call(t, "GET", ts.URL+"/api/v1/export?"+q, "", nil); st != want {
			t.Errorf("GET export?%s: %d; want %d", q, st, want)
		}
	}
}
