package server

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserUndoInPlace: z drew the whole review anew (1.8 s an undo at
// bead 307 of 1,827, where the merge it undid took 0.4 s): it draws anew
// the rows of the beads it puts back, renumbers those after them, and
// leaves the others; the table is the one drawn anew, in either order.
func TestBrowserUndoInPlace(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: alignSrc, tgt: alignTgt}, 5)
	rows := `[...document.querySelectorAll("#beads tbody tr")].map((tr) => tr.dataset.bead + "|" + tr.className + "|" + (tr.getAttribute("tabindex") || "") + "|" + tr.innerText.replace(/\s+/g, " ")).join("\n")`
	for _, order := range []string{"low confidence first", "document"} {
		if order == "document" {
			do(t, ctx, "document order", chromedp.Click(chromedp.CSS("#order")))
		}
		do(t, ctx, "second bead", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="1"]`)))
		for _, keys := range []string{"m", "d", "u", "w", "ms"} {
			before := eval[string](t, ctx, rows)
			do(t, ctx, keys, chromedp.KeyEvent(keys))
			waitFor(t, ctx, `document.getElementById("status").textContent.includes("z undoes")`)
			// The rows of beads 1 to 3 may be put back; the others stay.
			eval[bool](t, ctx, `(window.kept = [...document.querySelectorAll("#beads tbody tr")].filter((tr) => !["0", "1", "2", "3"].includes(tr.dataset.bead)), true)`)
			for range keys {
				do(t, ctx, "z", chromedp.KeyEvent("z"))
			}
			waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("undone")`)
			inPlace := eval[string](t, ctx, rows)
			if inPlace != before {
				t.Errorf("%s, %q then z: the rows are\n%s\nwhere before the edit they were\n%s", order, keys, inPlace, before)
			}
			if n := eval[int](t, ctx, `window.kept.filter((tr) => !tr.isConnected).length`); n > 0 {
				t.Errorf("%s, %q then z: %d rows of beads the undo did not change were drawn anew", order, keys, n)
			}
			if drawn := eval[string](t, ctx, `(renderBeads(), `+rows+`)`); inPlace != drawn {
				t.Errorf("%s, %q then z: the rows are\n%s\nwhere the table drawn anew has\n%s", order, keys, inPlace, drawn)
			}
			if got := eval[string](t, ctx, `document.querySelector("#beads tr.selected").dataset.bead`); got != "1" {
				t.Errorf("%s, %q then z: bead %s selected; want the second (1)", order, keys, got)
			}
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#beads tr.selected").length`); n != 1 {
		t.Errorf("%d rows selected; want one", n)
	}
}
