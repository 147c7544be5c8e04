package server

import (
	"context"
	"io"
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
	for q, want := range map[string]int{"doc=typo.tmx": http.StatusNotFound, "origin=typed": http.StatusBadRequest, "doc=a%00b": http.StatusBadRequest, "since=yesterday": http.StatusBadRequest,
		// One language as both sides: an empty TSV, 200 (tm export: exit 2).
		"format=tsv&src=en&tgt=en": http.StatusBadRequest, "src=fr&tgt=fr": http.StatusBadRequest} {
		if st := call(t, "GET", ts.URL+"/api/v1/export?"+q, "", nil); st != want {
			t.Errorf("GET export?%s: %d; want %d", q, st, want)
		}
	}
}

// TestExportSaysPairNotHeld: GET export of a pair the TM holds no units in
// was an empty TMX, 200, without a word (trial48); tm export notes it. The
// route says it in the header X-Bitext-Note (the body is the file), on GET
// and HEAD; a pair held, or no pair, has no such header.
func TestExportSaysPairNotHeld(t *testing.T) {
	ts, _ := testServer(t, Options{})
	const want = "exported no units: the TM holds no units in en-de (its language pairs: en-fr)"
	for _, method := range []string{"GET", "HEAD"} {
		req, err := http.NewRequest(method, ts.URL+"/api/v1/export?src=en&tgt=de", nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("X-Bitext-Note"); resp.StatusCode != http.StatusOK || got != want {
			t.Errorf("%s export?src=en&tgt=de: %d, X-Bitext-Note %q; want 200, %q", method, resp.StatusCode, got, want)
		}
	}
	for _, q := range []string{"src=en&tgt=fr", "src=fr-CA&tgt=en", ""} {
		resp, err := ts.Client().Get(ts.URL + "/api/v1/export?" + q)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("X-Bitext-Note"); resp.StatusCode != http.StatusOK || got != "" {
			t.Errorf("GET export?%s: %d, X-Bitext-Note %q; want 200 without a note", q, resp.StatusCode, got)
		}
	}
}

// TestExportOneLanguage checks that an export or import given src without
// tgt, or tgt without src, is refused, as tm export and tm import refuse
// --src without --tgt (every unit was exported or imported, src ignored).
func TestExportOneLanguage(t *testing.T) {
	ts, db := testServer(t, Options{})
	const tmxDoc = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>` +
		`<tu><tuv xml:lang="en"><seg>Thank you.</seg></tuv><tuv xml:lang="de"><seg>Danke.</seg></tuv></tu></body></tmx>`
	before := units(t, db)
	for _, q := range []string{"src=en", "tgt=fr"} {
		if st := call(t, "POST", ts.URL+"/api/v1/import?"+q, tmxDoc, nil); st != http.StatusBadRequest {
			t.Errorf("POST /api/v1/import?%s: %d; want 400", q, st)
		}
	}
	if after := units(t, db); after != before {
		t.Errorf("a refused import stored units: %d -> %d", before, after)
	}
	for _, q := range []string{"src=en", "tgt=fr", "format=tmx&src=en", "format=xliff", "format=xliff&src=en", "format=xlf&src=en&tgt=de"} {
		if st := call(t, "GET", ts.URL+"/api/v1/export?"+q, "", nil); st != http.StatusBadRequest {
			t.Errorf("GET /api/v1/export?%s: %d; want 400", q, st)
		}
	}
	for _, q := range []string{"", "src=en&tgt=fr", "format=tsv&src=en&tgt=fr", "format=xliff&src=en&tgt=de"} {
		req, _ := http.NewRequest("GET", ts.URL+"/api/v1/export?"+q, nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET /api/v1/export?%s: %d; want 200", q, res.StatusCode)
		}
		if strings.HasPrefix(q, "format=xliff") && (res.Header.Get("Content-Type") != "application/xliff+xml; charset=utf-8" ||
			!strings.Contains(string(body), `<xliff version="1.2"`)) {
			t.Errorf("GET /api/v1/export?%s: %q, %s; want XLIFF 1.2", q, res.Header.Get("Content-Type"), body)
		}
	}
}
