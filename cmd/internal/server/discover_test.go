package server

import (
	"strconv"
	"testing"

	"github.com/bitext/bitext/normalize"
)

// TestAPIDiscoverReadsNoMarkup: POST /api/v1/names/discover of an HTML
// page read its markup as text, as names discover did: "Ahmad Mirzaei" in
// a link, a title and a script (3) outvoted the text's "Ahmed Mirzaei"
// (2) as the canonical. It reads the text only: one spelling, no cluster.
func TestAPIDiscoverReadsNoMarkup(t *testing.T) {
	ts, _ := testServer(t, Options{})
	page := "<p>Mr. Ahmed Mirzaei met the press.</p>\n<p>Ahmed Mirzaei said the talks went well.</p>\n" +
		"<a href=\"/people/Ahmad Mirzaei\" title=\"Ahmad Mirzaei\">Profile</a>\n<script>var name = \"Ahmad Mirzaei\";</script>\n"
	var out struct {
		Clusters []struct {
			Canonical string `json:"canonical"`
		}
	}
	if code := call(t, "POST", ts.URL+"/api/v1/names/discover", `{"lang":"en","text":`+strconv.Quote(page)+`}`, &out); code != 200 || len(out.Clusters) != 0 {
		t.Errorf("discover of a page spelling a name one way in its text, another in its markup: %d %+v; want 200 and no cluster", code, out)
	}
}

// irgcText has the names of the seed article iranpress-irgc-iraq.en.txt,
// and discovery finds in it what it finds there: IRGC alone, and two
// spellings of Thabit Mohammad Saeedreza.
const irgcText = `The IRGC said on Sunday that its forces struck targets in the region.
A spokesman for the Revolution Guards said the IRGC would answer any attack.
Thabit Mohammad Saeed Reza, an Iraqi official, met the IRGC commanders.
The Islamic Revolution Guard Corps was founded after the revolution, and the Revolution Guards grew.
Thabit Mohammad Saeedreza said the IRGC had helped Iraq. Thabit Mohammad Saeedreza left on Monday.
`

// TestAPIDiscoverStores: /names/discover says of each cluster what its
// Accept stores, as `names discover --accept` decides it: the IRGC alone
// is known to the glossary (nothing to store), the two spellings of
// Thabit Mohammad Saeedreza are an entry; a cluster of a user entry's
// spellings is known to that entry.
func TestAPIDiscoverStores(t *testing.T) {
	ts, db := testServer(t, Options{})
	type cluster struct {
		Canonical string     `json:"canonical"`
		Store     *entryJSON `json:"store"`
		Known     string     `json:"known"`
		Extends   string     `json:"extends"`
	}
	var out struct{ Clusters []cluster }
	body := `{"lang":"en","text":` + strconv.Quote(irgcText) + `}`
	if code := call(t, "POST", ts.URL+"/api/v1/names/discover", body, &out); code != 200 || len(out.Clusters) != 2 {
		t.Fatalf("discover: %d %+v", code, out)
	}
	if c := out.Clusters[0]; c.Canonical != "IRGC" || c.Known != "Islamic Revolutionary Guard Corps" || c.Store != nil {
		t.Errorf("the IRGC cluster: %+v; want known to the Islamic Revolutionary Guard Corps, nothing to store", c)
	}
	if c := out.Clusters[1]; c.Store == nil || c.Store.Canonical != "Thabit Mohammad Saeedreza" || len(c.Store.Variants) != 1 || c.Known != "" {
		t.Errorf("the Thabit cluster: %+v; want an entry to store", c)
	}
	if err := db.PutGlossary(t.Context(), []normalize.Entry{{Canonical: "Thabit Mohammad Saeedreza", Variants: []string{"Thabit Mohammad Saeed Reza"}}}); err != nil {
		t.Fatal(err)
	}
	out.Clusters = nil
	call(t, "POST", ts.URL+"/api/v1/names/discover", body, &out)
	if c := out.Clusters[1]; c.Store != nil || c.Known != "Thabit Mohammad Saeedreza" {
		t.Errorf("the Thabit cluster, stored: %+v; want known, nothing to store", c)
	}
}
