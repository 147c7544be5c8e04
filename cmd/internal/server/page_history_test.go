package server

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserBackKeepsPlace: a reviser at bead 151 of a review, or at
// unit 580 of a document, who pressed the browser's Back (the tab before)
// and then Forward found the page at its top: the browser's own restoring
// of the place is done while the tab left is still shown, on a page too
// short for it. The tab shown again is where it was left.
func TestBrowserBackKeepsPlace(t *testing.T) {
	ctx := browser(t)
	ts := longDocServer(t, 1000)
	src, tgt := riverTexts(200)
	do(t, ctx, "one sentence a line", chromedp.Navigate(ts.URL+"/#search"), chromedp.Click(chromedp.CSS("#tab-align")), chromedp.Click(chromedp.CSS("#preseg")))
	alignPasted(t, ctx, alignInput{src: src, tgt: tgt}, 200)
	// inView says whether the element of expr is in the window, where it
	// was and where it is.
	inView := func(expr string) (bool, string) {
		t.Helper()
		got := eval[string](t, ctx, `(() => { const r = (`+expr+`).getBoundingClientRect(); return Math.round(r.top) + " " + Math.round(r.bottom) + " " + innerHeight + " " + Math.round(scrollY); })()`)
		var top, bottom, h, y int
		fmt.Sscan(got, &top, &bottom, &h, &y)
		return top >= 0 && bottom <= h, fmt.Sprintf("top %d, bottom %d, window %d high, scrolled %d", top, bottom, h, y)
	}
	const bead = `document.querySelector("#beads tr.selected")`
	eval[bool](t, ctx, `(() => { const r = document.querySelectorAll("#beads tbody tr")[150]; r.click(); r.scrollIntoView({block: "center"}); return true; })()`)
	if ok, where := inView(bead); !ok {
		t.Fatalf("bead 151 selected and scrolled to is not in view: %s", where)
	}
	// The browser's Back and Forward buttons: no scrolling up to the tabs.
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, `document.querySelector(".page.active").id == "search"`)
	do(t, ctx, "forward", chromedp.NavigateForward())
	waitFor(t, ctx, `document.querySelector(".page.active").id == "align"`)
	if ok, where := inView(bead); !ok {
		t.Errorf("Back, then Forward to the review: the selected bead is out of view (%s); want it where it was", where)
	}

	// A document from unit 501, its 80th row scrolled to.
	const unit = `[...document.querySelectorAll("#doc-units-table tr.unit")].find((tr) => tr.textContent.includes("Sentence number 580."))`
	do(t, ctx, "document", chromedp.Navigate(ts.URL+"/#documents?doc=long.tmx&from=501"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 100 && !!`+unit)
	eval[bool](t, ctx, `(`+unit+`.scrollIntoView({block: "center"}), true)`)
	if ok, where := inView(unit); !ok {
		t.Fatalf("unit 580 scrolled to is not in view: %s", where)
	}
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, `document.querySelector(".page.active").id == "align"`)
	do(t, ctx, "forward", chromedp.NavigateForward())
	waitFor(t, ctx, `document.querySelector(".page.active").id == "documents" && document.querySelectorAll("#doc-units-table tr.unit").length == 100 && !!`+unit)
	// Put back once the units are read again, a moment after they show:
	// given 5 seconds to come in view (the check after says where).
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`(() => { const r = (`+unit+`).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, chromedp.WithPollingTimeout(5*time.Second)))
	if ok, where := inView(unit); !ok {
		t.Errorf("Back, then Forward to the document: unit 580 is out of view (%s); want it where it was", where)
	}

	// A reload: the document read again, and the place.
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 100 && !!`+unit)
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`(() => { const r = (`+unit+`).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, chromedp.WithPollingTimeout(5*time.Second)))
	if ok, where := inView(unit); !ok {
		t.Errorf("a reload of the document: unit 580 is out of view (%s); want it where it was", where)
	}
	// The page opened anew in the tab (a link, a typed address) starts at
	// its document, not at the place a reload keeps.
	do(t, ctx, "another page, then this one anew", chromedp.Navigate("about:blank"), chromedp.Navigate(ts.URL+"/#documents?doc=long.tmx&from=501"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 100 && document.activeElement.id == "doc-units-title"`)
	if ok, where := inView(unit); ok {
		t.Errorf("the page opened anew: unit 580 is in view (%s); want the document's start, as a link opens it", where)
	}
}

// TestBrowserBackKeepsMoreRows: a document's rows that More added were
// gone when its tab was shown again (Back, Forward, a reload): the tab
// read 100 units from its from= again, and a place among More's rows was
// put at the page's end. The address holds the range shown (to=), and
// the rows are read again up to it.
func TestBrowserBackKeepsMoreRows(t *testing.T) {
	ctx := browser(t)
	ts := longDocServer(t, 1000)
	const rows = `document.querySelectorAll("#doc-units-table tr.unit").length`
	const unit = `[...document.querySelectorAll("#doc-units-table tr.unit")].find((tr) => tr.textContent.includes("Sentence number 280."))`
	do(t, ctx, "the documents", chromedp.Navigate(ts.URL+"/#search"), chromedp.Click(chromedp.CSS("#tab-documents")))
	waitFor(t, ctx, `[...document.querySelectorAll("#docs-table .open-doc")].some((b) => b.textContent == "long.tmx")`)
	eval[bool](t, ctx, `([...document.querySelectorAll("#docs-table .open-doc")].find((b) => b.textContent == "long.tmx").click(), true)`)
	waitFor(t, ctx, rows+` == 100`)
	do(t, ctx, "More", chromedp.Click(chromedp.CSS("#doc-units-more")))
	waitFor(t, ctx, rows+` == 200`)
	do(t, ctx, "More again", chromedp.Click(chromedp.CSS("#doc-units-more")))
	waitFor(t, ctx, rows+` == 300`)
	if h := eval[string](t, ctx, `location.hash`); !strings.Contains(h, "to=300") {
		t.Errorf("after More twice the address is %s; want the rows shown in it (to=300)", h)
	}
	inView := func() bool {
		t.Helper()
		return eval[bool](t, ctx, `(() => { const u = `+unit+`; if (!u) return false; const r = u.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`)
	}
	eval[bool](t, ctx, `(`+unit+`.scrollIntoView({block: "center"}), true)`)
	if !inView() {
		t.Fatal("unit 280 scrolled to is not in view")
	}
	// Another tab by its address (a click scrolls up to the tabs first).
	eval[bool](t, ctx, `(location.hash = "#search", true)`)
	waitFor(t, ctx, `document.querySelector(".page.active").id == "search"`)
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, `document.querySelector(".page.active").id == "documents"`)
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](rows+` == 300 && (() => { const u = `+unit+`; const r = u.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, chromedp.WithPollingTimeout(5*time.Second)))
	if n := eval[int](t, ctx, rows); n != 300 || !inView() {
		t.Errorf("Back to the document: %d rows, unit 280 in view %v; want the 300 rows shown and unit 280 where it was", n, inView())
	}
	do(t, ctx, "reload", chromedp.Reload())
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](rows+` == 300 && (() => { const u = `+unit+`; const r = u.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, chromedp.WithPollingTimeout(10*time.Second)))
	if n := eval[int](t, ctx, rows); n != 300 || !inView() {
		t.Errorf("a reload of the document: %d rows, unit 280 in view %v; want the 300 rows shown and unit 280 where it was", n, inView())
	}
	if c := eval[string](t, ctx, `document.querySelector("#doc-units-count").textContent`); c != "300 of 1,000 units" {
		t.Errorf("the count after the reload says %q; want 300 of 1,000 units", c)
	}
}
