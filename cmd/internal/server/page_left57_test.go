package server

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserLookupMinOutOfRange: a "min %" out of range (150, -5) is
// said on the status line, with the range, and the results of the query
// before are taken away, whether Look up was pressed or the lookup came
// from the address (#search?q=...). Look up was stopped by the browser's
// own bubble alone, and a lookup from the address ran nothing, the
// results of the query before left under the new query.
func TestBrowserLookupMinOutOfRange(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	const said = `document.getElementById("status").textContent`
	const matches = `document.querySelectorAll("#matches tr.match").length`
	lookup := func(what, q, min string) {
		t.Helper()
		do(t, ctx, what, chromedp.SetValue(chromedp.CSS("#query"), q), chromedp.SetValue(chromedp.CSS("#min"), min),
			chromedp.Click(chromedp.CSS("#lookup")))
	}
	notRun := func(how, min string) {
		t.Helper()
		waitFor(t, ctx, said+`.includes("0 to 101")`)
		if got := eval[string](t, ctx, said); got != "min % takes a whole number from 0 to 101 (not "+min+"): nothing was looked up" ||
			eval[string](t, ctx, `document.getElementById("status").className`) != "error" {
			t.Errorf("%s with min %% %s: the status line says %q; want an error with the range", how, min, got)
		}
		if n := eval[int](t, ctx, matches); n != 0 {
			t.Errorf("%s with min %% %s: %d matches of the query before still shown", how, min, n)
		}
		if got := eval[string](t, ctx, `document.getElementById("results").textContent`); !strings.Contains(got, "Nothing was looked up") {
			t.Errorf("%s with min %% %s: the results say %q; want that nothing was looked up", how, min, got)
		}
		if got := eval[string](t, ctx, `document.activeElement.id`); got != "min" {
			t.Errorf("%s with min %% %s: the focus is on %q; want it in the box", how, min, got)
		}
	}
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#search"))
	lookup("look up", seed[0], "50")
	waitFor(t, ctx, matches+` > 0`)
	lookup("look up with min 150", seed[2], "150")
	notRun("Look up", "150")

	// From the address: the box still holds -5.
	lookup("look up", seed[0], "50")
	waitFor(t, ctx, matches+` > 0`)
	do(t, ctx, "min -5", chromedp.SetValue(chromedp.CSS("#min"), "-5"),
		chromedp.Navigate(ts.URL+"/#search?"+url.Values{"q": {seed[2]}, "src": {"en"}, "tgt": {"fr"}}.Encode()))
	notRun("a lookup from the address", "-5")

	// In range again, it looks up.
	lookup("look up with min 101", seed[2], "101")
	waitFor(t, ctx, said+` != "" && !`+said+`.includes("0 to 101")`)
	if got := eval[string](t, ctx, `document.getElementById("status").className`); got == "error" {
		t.Errorf("min %% 101: the status line says %q as an error", eval[string](t, ctx, said))
	}
}

// TestBrowserFromUnitMaxDeletes: "Show from unit"'s box
// goes up to the document's unit count as it is: one less after a unit
// is deleted, one more again after Undo. It kept the count the rows were
// read with (its arrow went to 150 of 149 units).
func TestBrowserFromUnitMaxDeletes(t *testing.T) {
	ctx := browser(t)
	ts := longDocServer(t, 150)
	const max = `document.getElementById("doc-units-from").max`
	const del = `#doc-units-table tr[data-unit="1"] .delete`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=long.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 100`)
	if got := eval[string](t, ctx, max); got != "150" {
		t.Errorf("a document of 150 units opened: the box goes up to %q; want 150", got)
	}
	do(t, ctx, "delete unit 1", chromedp.Click(chromedp.CSS(del)), chromedp.Click(chromedp.CSS(del)))
	waitFor(t, ctx, `!!document.querySelector('#doc-units-table tr[data-unit="1"].deleted .undo')`)
	if got := eval[string](t, ctx, max); got != "149" {
		t.Errorf("a unit deleted: the box goes up to %q; want 149", got)
	}
	do(t, ctx, "undo", chromedp.Click(chromedp.CSS(`#doc-units-table tr[data-unit="1"] .undo`)))
	waitFor(t, ctx, `!!document.querySelector('#doc-units-table tr[data-unit="1"]:not(.deleted) .delete')`)
	waitFor(t, ctx, `document.getElementById("doc-units-count").textContent == "100 of 150 units"`)
	if got := eval[string](t, ctx, max); got != "150" {
		t.Errorf("the delete undone: the box goes up to %q; want 150", got)
	}
}
