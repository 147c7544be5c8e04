package server

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserOrderMovesRows: the order toggled (low confidence first,
// document) drew every row anew, 1.1 s on 1,827 beads (pages59). The
// rows are moved: each row is the node it was, the table reads as the
// one drawn anew in the new order, and the selected bead keeps its
// selection, the focus and its place in the window; an edit made before
// is still shown.
func TestBrowserOrderMovesRows(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	src, tgt := riverTexts(120)
	do(t, ctx, "one sentence a line", chromedp.Navigate(ts.URL+"/#align"), chromedp.Click(chromedp.CSS("#preseg")))
	alignPasted(t, ctx, alignInput{src: src, tgt: tgt}, 120)
	// The beads' places shuffled (the aligner scores these alike), so
	// that the two orders differ row by row.
	eval[bool](t, ctx, `(beads.forEach((b, i) => { b.place = ((i * 37) % 120) / 120; }), renderBeads(), true)`)
	rows := `[...document.querySelectorAll("#beads tbody tr")].map((tr) => tr.dataset.bead + "|" + tr.className + "|" + (tr.getAttribute("tabindex") || "") + "|" + tr.innerText.replace(/\s+/g, " ")).join("\n")`
	do(t, ctx, "third bead, marked wrong", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="60"]`)), chromedp.KeyEvent("w"))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("z undoes")`)
	for _, order := range []string{"document", "low confidence first", "document"} {
		eval[bool](t, ctx, `(window.before = [...document.querySelectorAll("#beads tbody tr")], document.querySelector("#beads tr.selected").focus(), document.querySelector("#beads tr.selected").scrollIntoView({ block: "center" }), window.top0 = document.querySelector("#beads tr.selected").getBoundingClientRect().top, true)`)
		// A click on the button moves the focus to it: clicked from the
		// script, the focus stays on the bead, as a reader of the
		// review who comes back to the row finds it.
		eval[bool](t, ctx, `(document.getElementById("order").click(), true)`)
		if got := eval[string](t, ctx, `document.getElementById("order").textContent`); got != "Order: "+order {
			t.Fatalf("the order button says %q; want Order: %s", got, order)
		}
		moved := eval[string](t, ctx, rows)
		if n := eval[int](t, ctx, `window.before.filter((tr) => !tr.isConnected).length + [...document.querySelectorAll("#beads tbody tr")].filter((tr) => !window.before.includes(tr)).length`); n > 0 {
			t.Errorf("order %s: %d rows drawn anew; want every row moved", order, n)
		}
		if got := eval[string](t, ctx, `document.activeElement.matches("#beads tr.selected") ? document.activeElement.dataset.bead : document.activeElement.tagName`); got != "60" {
			t.Errorf("order %s: the focus is on %q; want the selected bead (60)", order, got)
		}
		if d := eval[float64](t, ctx, `Math.abs(document.querySelector("#beads tr.selected").getBoundingClientRect().top - window.top0)`); d > 1 {
			t.Errorf("order %s: the selected bead moved %.0f px in the window; want it where it was", order, d)
		}
		if drawn := eval[string](t, ctx, `(renderBeads(), `+rows+`)`); moved != drawn {
			t.Errorf("order %s: the rows moved read\n%s\nwhere the table drawn anew reads\n%s", order, moved, drawn)
		}
		if got := eval[string](t, ctx, `document.querySelector('#beads tr[data-bead="60"]').innerText`); !strings.Contains(got, "wrong") {
			t.Errorf("order %s: the bead marked wrong reads %q", order, got)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#beads tr.selected").length`); n != 1 {
		t.Errorf("%d rows selected; want one", n)
	}
}
