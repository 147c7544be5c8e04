package server

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/bitext/bitext/normalize"
)

// What the page trial left (branch pageleft): each test here failed on
// the page before its fix.

// irgcText has the names of the seed article iranpress-irgc-iraq.en.txt,
// and discovery finds in it what it finds there: IRGC alone, and two
// spellings of Thabit Mohammad Saeedreza.
const irgcText = `The IRGC said on Sunday that its forces struck targets in the region.
A spokesman for the Revolution Guards said the IRGC would answer any attack.
Thabit Mohammad Saeed Reza, an Iraqi official, met the IRGC commanders.
The Islamic Revolution Guard Corps was founded after the revolution, and the Revolution Guards grew.
Thabit Mohammad Saeedreza said the IRGC had helped Iraq. Thabit Mohammad Saeedreza left on Monday.
`

// TestBrowserDiscoverKnown: on the seed article, discovery finds IRGC
// alone (its other forms related ones the default glossary gives). The
// page offered its Accept, which was refused ("keep at least one variant
// besides the canonical form"); `names discover --accept` leaves it out.
// Now the server says what each cluster's Accept stores, and the page
// says that the glossary has IRGC already, with no Accept.
func TestBrowserDiscoverKnown(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	do(t, ctx, "discover", chromedp.Navigate(ts.URL+"/#names"),
		chromedp.SetValue(chromedp.CSS("#copy"), irgcText), chromedp.Click(chromedp.CSS("#discover")))
	waitFor(t, ctx, `document.querySelectorAll("#clusters .cluster").length == 2`)
	irgc := `[...document.querySelectorAll("#clusters .cluster")].find(c => c.textContent.includes("IRGC"))`
	if got := eval[string](t, ctx, irgc+`.textContent`); !strings.Contains(got, "in the glossary already") || !strings.Contains(got, "Islamic Revolutionary Guard Corps") {
		t.Errorf("the IRGC cluster reads %q; want it said in the glossary already, under Islamic Revolutionary Guard Corps", got)
	}
	if eval[bool](t, ctx, `!!`+irgc+`.querySelector(".accept")`) {
		t.Error("the IRGC cluster, which the glossary has, offers an Accept")
	}
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, "1 with nothing to store") {
		t.Errorf("the status says %q; want the cluster with nothing to store counted", got)
	}
	do(t, ctx, "accept Thabit", chromedp.Click(chromedp.CSS(`#clusters .cluster .accept`)))
	waitFor(t, ctx, `document.querySelector("#clusters .cluster.accepted") !== null`)
	entries, err := db.Glossary(t.Context())
	if err != nil || len(entries) != 1 || entries[0].Canonical != "Thabit Mohammad Saeedreza" {
		t.Errorf("the glossary after Accept: %+v, %v; want Thabit Mohammad Saeedreza", entries, err)
	}
}

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
