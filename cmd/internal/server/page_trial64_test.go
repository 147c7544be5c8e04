package server

import (
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm"
)

// TestBrowserTabKeepsFocus: a tab pressed (Enter on it, or a click) keeps
// the focus. The address's #documents named the tab's section
// (<section id="documents">), and Chromium's move to that fragment took
// the focus off the button to the page's body: a screen reader said
// nothing of the tab shown, and the focus ring was gone.
func TestBrowserTabKeepsFocus(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#search"))
	waitFor(t, ctx, `document.querySelector("#tab-search.active") != null`)
	for _, tab := range []string{"documents", "glossary", "names", "align", "search"} {
		do(t, ctx, "Enter on "+tab, chromedp.Focus(chromedp.CSS("#tab-"+tab)), chromedp.KeyEvent(kb.Enter))
		waitFor(t, ctx, `document.querySelector("#`+tab+`.page.active") != null && location.hash == "#`+tab+`"`)
		if got := eval[string](t, ctx, `document.activeElement.id || document.activeElement.tagName`); got != "tab-"+tab {
			t.Errorf("Enter on the tab %s: the focus is on %s; want the tab's button", tab, got)
		}
	}
	// Back still shows the tab before, and Forward the one after.
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, `document.querySelector("#align.page.active") != null && location.hash == "#align"`)
	do(t, ctx, "forward", chromedp.NavigateForward())
	waitFor(t, ctx, `document.querySelector("#search.page.active") != null && location.hash == "#search"`)
}

// TestBrowserSearchEditDropsScore: a match's translation edited in TM
// search is a person's pair, as the server stores it (no aligner score,
// no penalty): the row said "aligned 0.50" and "text 91% − 9" still, as a
// document's units no longer do after an edit, until the next lookup.
func TestBrowserSearchEditDropsScore(t *testing.T) {
	ctx := browser(t)
	const src, tgt = "The minister arrived in Berlin on Monday morning.", "Der Minister kam am Montagmorgen in Berlin an."
	ts, _ := serveImported(t, "story.en.txt", []tm.Unit{pairUnit(language.English, language.German, src, tgt,
		tm.Origin{File: "story.en.txt", SrcDoc: "story.en.txt", TgtDoc: "story.de.txt", Score: 0.5})})
	q := url.Values{"q": {"The minister arrived in Berlin on Monday."}, "src": {"en"}, "tgt": {"de"}}
	do(t, ctx, "look up", chromedp.Navigate(ts.URL+"/#search?"+q.Encode()))
	waitFor(t, ctx, `document.querySelector("#results tr.match .aligned") != null`)
	before := eval[string](t, ctx, `document.querySelector("#results tr.match td.score").textContent`)
	eval[bool](t, ctx, `(document.querySelector("#results tr.match .edit").click(), true)`)
	do(t, ctx, "type", chromedp.KeyEvent(" (korrigiert)"), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, `document.getElementById("status").textContent.endsWith("saved")`)
	row := `document.querySelector("#results tr.match")`
	if eval[bool](t, ctx, row+`.querySelector(".aligned, .penalty") != null`) {
		t.Errorf("after the edit the match still shows the aligner's score: %q", eval[string](t, ctx, row+`.textContent`))
	}
	if got := eval[string](t, ctx, row+`.querySelector("td:last-child").textContent`); !strings.Contains(got, "edited") {
		t.Errorf("after the edit the match's origin reads %q; want it to say edited", got)
	}
	// The percentage is the text's, as the lookup gives it now.
	var res struct {
		Matches []struct {
			Score      int     `json:"score"`
			AlignScore float64 `json:"align_score"`
		} `json:"matches"`
	}
	call(t, "GET", ts.URL+"/api/v1/lookup?"+q.Encode(), "", &res)
	if len(res.Matches) != 1 || res.Matches[0].AlignScore != 0 {
		t.Fatalf("the lookup after the edit: %+v; want one match without an aligner score", res.Matches)
	}
	want := strconv.Itoa(res.Matches[0].Score) + "%"
	if got := eval[string](t, ctx, `document.querySelector("#results tr.match td.score").firstChild.textContent`); got != want {
		t.Errorf("after the edit the match reads %s (before: %q); the lookup now gives %s", got, before, want)
	}
}
