package server

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// What the browser trial (page43) noticed and left (branch pageleft43).

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
