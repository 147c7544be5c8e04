package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	"github.com/chromedp/chromedp"
	"golang.org/x/text/language"
)

// TestBrowserLanguageBoxes: a language box left empty or holding a word
// was answered in the server's field names ("tgt is required", `src
// "english": not a BCP 47 language tag`): the page says which box, and an
// empty one gets the focus.
func TestBrowserLanguageBoxes(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "search", chromedp.Navigate(ts.URL+"/#search"))
	eval[bool](t, ctx, `(document.getElementById("tgt").value = "", true)`)
	do(t, ctx, "empty target", chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.getElementById("status").className == "error"`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent + " | " + document.activeElement.id`); !strings.HasPrefix(got, "type the target language in its box") || !strings.HasSuffix(got, " | tgt") {
		t.Errorf("a lookup with the target box empty: %q; want the box named and focused", got)
	}
	do(t, ctx, "a word", chromedp.SetValue(chromedp.CSS("#src"), "english"), chromedp.SetValue(chromedp.CSS("#tgt"), "fr"),
		chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("english")`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.HasPrefix(got, `the source language "english": `) {
		t.Errorf("a concordance with \"english\" in the source box says %q; want the source language named", got)
	}
}

// TestBrowserAlignPenaltyShown: a lookup whose text is the stored one,
// of a pair the aligner scored 0.62, read "80% fuzzy" over two identical
// texts: the score says the text's 100% and the points the pair lost, as
// tm lookup's "-20" does.
func TestBrowserAlignPenaltyShown(t *testing.T) {
	ctx := browser(t)
	lookupOneAligned(t, ctx, "The minister arrived in Baghdad on Sunday.", "Le ministre est arrivé à Bagdad dimanche.", 0.62)
	if got := eval[string](t, ctx, `document.querySelector("#matches tr.match td.score").innerText.replace(/\s+/g, " ")`); got != "80% fuzzy text 100% − 20" {
		t.Errorf("the match's score cell reads %q; want 80%% fuzzy text 100%% − 20", got)
	}
}

// lookupOneAligned serves a TM of one en-fr pair, src and tgt, aligned
// from story.en.txt and story.fr.txt with the aligner's score, and looks
// src up on the page until its match is shown.
func lookupOneAligned(t *testing.T, ctx context.Context, src, tgt string, score float64) {
	t.Helper()
	db := newDB(t)
	u := pairUnit(language.English, language.French, src, tgt, tm.Origin{File: "story.en.txt", SrcDoc: "story.en.txt", TgtDoc: "story.fr.txt", Score: score})
	if _, err := db.Import(t.Context(), unitSeq([]tm.Unit{u}), tm.ImportOptions{File: "story.en.txt"}); err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{DB: db})
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"), chromedp.SetValue(chromedp.CSS("#query"), src), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length == 1`)
}

// TestBrowserSearchCountKept: the TM search tab shown again (its tab
// clicked, or Back from another tab) showed the results without the
// line that counted them: the other tab had cleared it.
func TestBrowserSearchCountKept(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	line := `document.getElementById("status").textContent`
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"), chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0 && `+line+` != ""`)
	said := eval[string](t, ctx, line)
	if said == "" || said[0] < '1' || said[0] > '9' {
		t.Fatalf("the lookup says %q; want its matches counted", said)
	}
	do(t, ctx, "glossary", chromedp.Click(chromedp.CSS("#tab-glossary")))
	waitFor(t, ctx, `document.querySelector(".page.active").id == "glossary"`)
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, `document.querySelector(".page.active").id == "search"`)
	if got := eval[string](t, ctx, line); got != said {
		t.Errorf("Back to TM search: the status line reads %q; want %q with the results", got, said)
	}
	do(t, ctx, "names", chromedp.Click(chromedp.CSS("#tab-names")), chromedp.Click(chromedp.CSS("#tab-search")))
	waitFor(t, ctx, `document.querySelector(".page.active").id == "search"`)
	if got := eval[string](t, ctx, line); got != said {
		t.Errorf("TM search's tab clicked again: the status line reads %q; want %q", got, said)
	}

	do(t, ctx, "concordance", chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.querySelectorAll("#hits tr.hit").length > 0`)
	said = eval[string](t, ctx, line)
	do(t, ctx, "documents", chromedp.Click(chromedp.CSS("#tab-documents")))
	waitFor(t, ctx, `document.querySelector(".page.active").id == "documents"`)
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, `document.querySelector(".page.active").id == "search" && document.querySelectorAll("#hits tr.hit").length > 0`)
	if got := eval[string](t, ctx, line); got != said || said == "" {
		t.Errorf("Back to a concordance: the status line reads %q; want %q", got, said)
	}
}

// TestBrowserSlowServer: a lookup that the server is slow to answer says
// that the page is waiting (the page showed nothing for as long as it
// took, and a translator clicked Look up again and again), and the line
// goes once the answer is in.
func TestBrowserSlowServer(t *testing.T) {
	ctx := browser(t)
	s := newServer(t, Options{DB: newDB(t, seed...)})
	gate := make(chan struct{})
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v1/lookup" {
			<-gate
		}
		s.ServeHTTP(w, r)
	}))
	var release sync.Once
	open := func() { release.Do(func() { close(gate) }) }
	t.Cleanup(ts.Close)
	t.Cleanup(open)
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `!!document.getElementById("busy") && !document.getElementById("busy").hidden && document.getElementById("busy").textContent.includes("Waiting for the server")`)
	if !eval[bool](t, ctx, `document.getElementById("results").getAttribute("aria-busy") === "true"`) {
		t.Error("the results are not aria-busy while the lookup is on its way")
	}
	open()
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	waitFor(t, ctx, `document.getElementById("busy").hidden && document.getElementById("results").getAttribute("aria-busy") !== "true"`)
}

// TestBrowserFailedLookup: a lookup that fails (the server gone, a 500)
// does not leave the results of the query before under the new one: the
// page showed a 100% match and its difference from another sentence, read
// as the new query's.
func TestBrowserFailedLookup(t *testing.T) {
	ctx := browser(t)
	s := newServer(t, Options{DB: newDB(t, seed...)})
	var failing atomic.Bool
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if failing.Load() && (r.URL.Path == "/api/v1/lookup" || r.URL.Path == "/api/v1/concordance") {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusServiceUnavailable)
			json.NewEncoder(w).Encode(map[string]string{"error": "the TM is busy"})
			return
		}
		s.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	for _, button := range []string{"#lookup", "#concord"} {
		failing.Store(false)
		do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"),
			chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
		waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
		failing.Store(true)
		do(t, ctx, "second", chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS(button)))
		waitFor(t, ctx, `document.getElementById("status").className == "error"`)
		if got := eval[string](t, ctx, `document.getElementById("results").textContent`); strings.Contains(got, "Bagdad") || !strings.Contains(got, "failed") {
			t.Errorf("%s failed: the results read %q; want no match of the query before, and the failure said", button, got)
		}
	}
}

// TestBrowserSearchInAddress: a reload (or a bookmark) shows the lookup
// again, in the languages chosen: a reload went back to en → fr and an
// empty query, and a translator of en → de read French matches.
func TestBrowserSearchInAddress(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	do(t, ctx, "reload", chromedp.Reload(), chromedp.WaitVisible("#query"))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	if got := eval[string](t, ctx, `document.getElementById("query").value`); got != seed[0] {
		t.Errorf("after a reload the query is %q; want %q", got, seed[0])
	}
	// Another pair of languages, and a concordance: both kept.
	do(t, ctx, "concordance", chromedp.SetValue(chromedp.CSS("#tgt"), "de"),
		chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("minister")`)
	// WaitVisible after the reload: the poll then evaluates in the
	// reloaded page, not in the context of the one it replaced ("Cannot
	// find context with specified id", as TestBrowserEmptyLists met).
	do(t, ctx, "reload", chromedp.Reload(), chromedp.WaitVisible("#query"))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("minister")`)
	if got := eval[string](t, ctx, `[document.getElementById("src").value, document.getElementById("tgt").value, document.getElementById("query").value].join(" ")`); got != "en de minister" {
		t.Errorf("after a reload: languages and query %q; want %q", got, "en de minister")
	}
	// A new window (no address) starts in the languages last used.
	do(t, ctx, "new visit", chromedp.Navigate(ts.URL+"/"))
	if got := eval[string](t, ctx, `document.getElementById("tgt").value`); got != "de" {
		t.Errorf("a new visit's target language is %q; want the last used, de", got)
	}
}

// TestBrowserOriginOnce: a match's origin names its file once: an
// aligned pair's file is its source document, and the page said
// "a.en.txt · a.en.txt ↔ a.fr.txt".
func TestBrowserOriginOnce(t *testing.T) {
	ctx := browser(t)
	lookupOneAligned(t, ctx, "The minister arrived in Baghdad on Monday.", "Le ministre est arrivé à Bagdad lundi.", 0.93)
	if got := eval[string](t, ctx, `document.querySelector("#matches tr.match td.origin").firstChild.textContent`); got != "story.en.txt ↔ story.fr.txt · aligned 0.93" {
		t.Errorf("the origin reads %q; want %q", got, "story.en.txt ↔ story.fr.txt · aligned 0.93")
	}
}

// TestBrowserSearchLabels: the query says its language (the source box's)
// and the concordance's columns have headers, as the matches' have: a
// screen reader read the hits' two columns with no name.
func TestBrowserSearchLabels(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "concordance", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.querySelectorAll("#hits tr.hit").length > 0`)
	if got := eval[string](t, ctx, `document.getElementById("query").lang + " | " + [...document.querySelectorAll("#hits thead th")].map((th) => th.textContent).join(", ")`); got != "en | Segment, Translations" {
		t.Errorf("query language and concordance headers: %q", got)
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

// TestBrowserEmptyQuerySaid: Look up or Concordance pressed with nothing
// in the query did nothing, without a word: the page says what to type,
// the focus in the query.
func TestBrowserEmptyQuerySaid(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	for _, b := range []string{"lookup", "concord"} {
		do(t, ctx, b, chromedp.Navigate(ts.URL+"/#search"), chromedp.Click(chromedp.CSS("#"+b)))
		waitFor(t, ctx, `document.getElementById("status").textContent != ""`)
		if got := eval[string](t, ctx, `document.getElementById("status").textContent + " | " + document.activeElement.id`); !strings.HasPrefix(got, "Type a ") || !strings.HasSuffix(got, " | query") {
			t.Errorf("%s with an empty query: %q; want what to type said, the query focused", b, got)
		}
	}
}

// TestBrowserRefusalNotUncaught: every answer the page put on its status
// line (a 400, a stopped server) was also written to the browser's
// console as "Uncaught (in promise)": the click's handler threw it on.
func TestBrowserRefusalNotUncaught(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	// The tab is opened before its console is read.
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#search"))
	var mu sync.Mutex
	var uncaught []string
	marked := make(chan struct{})
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			mu.Lock()
			if m.IsException() {
				uncaught = append(uncaught, m.Text)
			}
			mu.Unlock()
			if m.Text == "end of the test" {
				close(marked)
				return
			}
		}
	}()
	do(t, ctx, "a 400", chromedp.SetValue(chromedp.CSS("#tgt"), "english language"),
		chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.getElementById("status").className == "error"`)
	ts.Close()
	do(t, ctx, "a stopped server", chromedp.SetValue(chromedp.CSS("#tgt"), "fr"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("cannot be reached")`)
	// The console's messages come in order: one logged last is seen
	// after the errors of the clicks before.
	eval[bool](t, ctx, `(setTimeout(() => console.info("end of the test"), 200), true)`)
	select {
	case <-marked:
	case <-time.After(20 * time.Second):
		t.Fatal("the console's last message never came")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(uncaught) > 0 {
		t.Errorf("uncaught errors in the console after refusals the page said: %q", uncaught)
	}
}

// TestBrowserQueryResizedHidden: the window resized (a phone turned)
// while another tab was shown set the query box to its borders, a sliver
// when the search tab came back: it fitted a box with no height.
func TestBrowserQueryResizedHidden(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "a query, then the Documents tab and a narrower window", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#tab-documents")),
		chromedp.EmulateViewport(375, 700), chromedp.Click(chromedp.CSS("#tab-search")))
	waitFor(t, ctx, `document.getElementById("search").classList.contains("active")`)
	if h := eval[float64](t, ctx, `document.getElementById("query").clientHeight`); h < 30 {
		t.Errorf("the query box is %v px high after the resize on another tab; want at least a line", h)
	}
	if eval[bool](t, ctx, `(() => { const q = document.getElementById("query"); return q.scrollHeight > q.clientHeight; })()`) {
		t.Errorf("the query %q does not fit its box after the resize on another tab", seed[0])
	}
}

// TestBrowserLongQuerySaidShort: a concordance of a pasted paragraph
// quoted all of it on the status line, which filled the window's top.
func TestBrowserLongQuerySaidShort(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "concordance", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), strings.Repeat("the minister ", 150)), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("hold")`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); len([]rune(got)) > 120 || !strings.Contains(got, "…") {
		t.Errorf("the status line after a concordance of 1,950 characters: %d characters, %q; want the query cut short", len([]rune(got)), got)
	}
}
