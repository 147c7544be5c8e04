package server

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserShortDocumentNoGoTo: a document of up to 100 units is shown
// whole, and offers no "Show from unit N" box. The box's form had the
// attribute hidden, but the rows' style (.row, display: flex) showed it
// anyway: under three units, a box that could only say "type a place from
// 1 to 3".
func TestBrowserShortDocumentNoGoTo(t *testing.T) {
	ctx := browser(t)
	ts := serveThreeUnits(t)
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=b.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3`)
	if got := eval[string](t, ctx, `getComputedStyle(document.getElementById("doc-units-goto")).display`); got != "none" {
		t.Errorf("a document of 3 units shows the box to go to a unit (display %q); want none", got)
	}
}
