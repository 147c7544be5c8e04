package server

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
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
