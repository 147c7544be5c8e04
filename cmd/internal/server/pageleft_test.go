package server

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"golang.org/x/text/language"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
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

// TestBrowserLowAlignedMatch: a match from an aligned pair scored under
// 0.80 is marked as a document's units mark it (the calibrated scale:
// lookups lower such a pair's matches); the lookup showed 0.62 as it
// showed 0.93.
func TestBrowserLowAlignedMatch(t *testing.T) {
	ctx := browser(t)
	db := newDB(t)
	var units []tm.Unit
	for i, score := range []float64{0.93, 0.62} {
		units = append(units, pairUnit(language.English, language.French, []string{"The minister arrived in Baghdad on Monday.", "The minister arrived in Baghdad on Sunday."}[i],
			[]string{"Le ministre est arrivé à Bagdad lundi.", "Le ministre est arrivé à Bagdad dimanche."}[i],
			tm.Origin{File: "story.en.txt", SrcDoc: "story.en.txt", TgtDoc: "story.fr.txt", Score: score}))
	}
	if _, err := db.Import(t.Context(), unitSeq(units), tm.ImportOptions{File: "story.en.txt"}); err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{DB: db})
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), "The minister arrived in Baghdad on Monday."), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length == 2`)
	marked := eval[[]string](t, ctx, `[...document.querySelectorAll("#matches tr.match")].map(tr => { const a = tr.querySelector(".aligned"); return a.textContent + (a.classList.contains("low") ? " low: " + a.title : "") })`)
	if len(marked) != 2 || marked[0] != "aligned 0.93" || !strings.HasPrefix(marked[1], "aligned 0.62 low: ") || !strings.Contains(marked[1], "lower") {
		t.Errorf("the matches' aligner scores read %q; want 0.93 plain and 0.62 marked low, said why", marked)
	}
	if bg := eval[string](t, ctx, `getComputedStyle(document.querySelectorAll("#matches .aligned")[1]).backgroundColor`); bg == eval[string](t, ctx, `getComputedStyle(document.querySelectorAll("#matches .aligned")[0]).backgroundColor`) {
		t.Errorf("a low aligned score looks as a high one (background %s)", bg)
	}
}

// TestBrowserDeleteOpenDocument: deleting the document open (opened from
// its row, a step for Back) takes that step back as Close does: Back
// then goes to the tab before, not to the list again (an extra Back) or
// to the deleted document.
func TestBrowserDeleteOpenDocument(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	active := `document.querySelector(".page.active").id + " " + location.hash`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#search"), chromedp.Click(chromedp.CSS("#tab-documents")))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	do(t, ctx, "open", chromedp.Click(chromedp.CSS("#docs-table .open-doc")))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3 && location.hash == "#documents?doc=seed.tmx"`)
	do(t, ctx, "delete", chromedp.Click(chromedp.CSS("#docs-table .delete-doc")), chromedp.Click(chromedp.CSS("#docs-table .delete-doc")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("deleted") && location.hash == "#documents"`)
	if !eval[bool](t, ctx, `document.getElementById("doc-units").hidden`) {
		t.Error("the deleted document's units are still shown")
	}
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, active+` == "search #search"`)
}

// TestBrowserQueryResize: the query's height follows the window's width
// (check at 1280 and 390 px): typed in a wide window it kept its two
// lines' height in a narrow one (a scroll bar over a text that fitted),
// and typed in a narrow one, its four lines' height in a wide one.
func TestBrowserQueryResize(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	long := strings.Repeat("The minister arrived in Baghdad on Monday. ", 4)
	fits := `(() => { const q = document.getElementById("query"); return q.scrollHeight <= q.clientHeight && q.getBoundingClientRect().right <= document.documentElement.clientWidth })()`
	height := `document.getElementById("query").getBoundingClientRect().height`
	do(t, ctx, "type wide", chromedp.EmulateViewport(1280, 800), chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SendKeys(chromedp.CSS("#query"), long))
	wide := eval[float64](t, ctx, height)
	do(t, ctx, "narrow", chromedp.EmulateViewport(390, 800))
	// The window's resize event comes at its next frame: wait for it.
	waitFor(t, ctx, `document.documentElement.clientWidth == 390 && new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	if !eval[bool](t, ctx, fits) {
		t.Errorf("at 390 px the query (typed at 1280 px) is %v px high for a text of %d: it scrolls", eval[float64](t, ctx, height), eval[int](t, ctx, `document.getElementById("query").scrollHeight`))
	}
	do(t, ctx, "wide again", chromedp.EmulateViewport(1280, 800))
	waitFor(t, ctx, `document.documentElement.clientWidth == 1280 && new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	if got := eval[float64](t, ctx, height); got != wide || !eval[bool](t, ctx, fits) {
		t.Errorf("at 1280 px again the query is %v px high; want %v, as typed there", got, wide)
	}
}

// TestBrowserGlossaryTrial: the Glossary and Names tabs as a translator
// used them. Variants added to an entry stored already: the status said
// "with 1 variant" of an entry of three. A variant another entry has: the
// server's 409 reaches the status line in words. A one-word variant of
// a two-word name (Musavi of Abdolrahim Mousavi): Check hung (the
// glossary's build never ended, see TestOverrideWordsEnds).
func TestBrowserGlossaryTrial(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	st := `document.getElementById("status").textContent`
	add := func(canonical, variants string) {
		t.Helper()
		eval[bool](t, ctx, `(document.getElementById("status").textContent = "", document.getElementById("new-canonical").value = `+strconv.Quote(canonical)+
			`, document.getElementById("new-variants").value = `+strconv.Quote(variants)+`, true)`)
		do(t, ctx, "add", chromedp.Click(chromedp.CSS("#add-entry")))
		waitFor(t, ctx, st+` != ""`)
	}
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#glossary"))
	waitFor(t, ctx, `document.getElementById("gloss-count").textContent != ""`)
	add("Abdolrahim Mousavi", "Abdolrahim Musavi, Abdulrahim Mousavi")
	add("Abdolrahim Mousavi", "Abdolrahim Musawi")
	if got := eval[string](t, ctx, st); got != `"Abdolrahim Mousavi" is in the glossary with 3 variants` {
		t.Errorf("a variant added to an entry of two: the status says %q; want 3 variants", got)
	}
	add("Mousavi", "Abdolrahim Musavi")
	if got := eval[string](t, ctx, st); !strings.Contains(got, `"Abdolrahim Musavi"`) || !strings.Contains(got, "already belongs to the entry") || !strings.Contains(got, "nothing was stored") ||
		eval[string](t, ctx, `document.getElementById("status").className`) != "error" {
		t.Errorf("a variant another entry has: the status says %q; want the conflict in words, as an error", got)
	}
	do(t, ctx, "variant", chromedp.SendKeys(chromedp.CSS(`#gloss-table tr.entry .new-variant`), "Musavi\r"))
	waitFor(t, ctx, st+`.includes("Musavi\" is now a variant")`)
	do(t, ctx, "check", chromedp.Navigate(ts.URL+"/#names"),
		chromedp.SetValue(chromedp.CSS("#copy"), "Abdolrahim Mousavi spoke. Abdolrahim Musavi said more. Musavi left."), chromedp.Click(chromedp.CSS("#check")))
	waitFor(t, ctx, `document.querySelectorAll("#marked mark.rewrite").length == 2`)
}
