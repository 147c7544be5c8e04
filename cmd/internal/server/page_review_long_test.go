package server

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserLongReviewFirstRows: the review of a whole book (5,000
// beads) drew its table whole before the page showed it (1.4 to 3.9 s
// at 4,953 beads of the Bible). The first rows are drawn at once, the
// status line saying the count with them, and the others in batches
// after; a key, the order or a bead's link meeting rows still to be
// drawn draws them first: every bead is in the table, in the order
// shown, reachable by j, by the order toggled and by its link, and the
// browser's find sees the last one.
func TestBrowserLongReviewFirstRows(t *testing.T) {
	const n = 5000
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	src, tgt := riverTexts(n)
	do(t, ctx, "one sentence a line", chromedp.Navigate(ts.URL+"/#align"), chromedp.Click(chromedp.CSS("#preseg")),
		chromedp.SetValue(chromedp.CSS("#src-text"), src), chromedp.SetValue(chromedp.CSS("#tgt-text"), tgt))
	// What the table holds when the status line says the count (the
	// observer runs once the script that said it has run).
	eval[bool](t, ctx, `(new MutationObserver((_, o) => { if (!/\d beads/.test(document.getElementById("status").textContent)) return;
	  o.disconnect(); const s = document.querySelector("#beads tr.selected");
	  window.first = { rows: document.querySelectorAll("#beads tbody tr").length, selected: !!s, top: s ? s.getBoundingClientRect().top : -1 }; })
	  .observe(document.getElementById("status"), { subtree: true, childList: true, characterData: true }), true)`)
	do(t, ctx, "align", chromedp.Click(chromedp.CSS("#do-align")))
	all := `document.querySelectorAll("#beads tbody tr").length === beads.length && beads.length === ` + strconv.Itoa(n)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool]("!!window.first && "+all, chromedp.WithPollingTimeout(90*time.Second))); err != nil {
		t.Fatalf("the %d beads' rows: %v (status line: %q)", n, err, eval[string](t, ctx, `document.getElementById("status").textContent`))
	}
	if got := eval[int](t, ctx, `window.first.rows`); got < 30 || got >= n {
		t.Errorf("the table held %d rows when the page said the count; want the first screen's and more (30 or more), not all %d", got, n)
	}
	if !eval[bool](t, ctx, `window.first.selected && window.first.top >= 0 && window.first.top < innerHeight`) {
		t.Errorf("the selected bead was not drawn in the window when the page said the count: %v", eval[any](t, ctx, `window.first`))
	}
	order := `[...document.querySelectorAll("#beads tbody tr")].map((tr) => tr.dataset.bead).join() === displayOrder().join()`
	if !eval[bool](t, ctx, order) {
		t.Error("the rows drawn in batches are not the beads in the order shown")
	}
	if !eval[bool](t, ctx, `window.find("Sentence `+strconv.Itoa(n)+` tells")`) {
		t.Errorf("the browser's find does not see bead %d's sentence", n)
	}

	// A key pressed while rows are still to be drawn: they are drawn, and
	// j moves to the next bead in the order shown.
	eval[bool](t, ctx, `(document.querySelector('#beads tr[data-bead="4900"]').click(), document.querySelector("#beads tr.selected").focus(), true)`)
	got := eval[[]any](t, ctx, `(() => { renderBeads(); const drawn = document.querySelectorAll("#beads tbody tr").length;
	  document.activeElement.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true, cancelable: true }));
	  return [drawn, document.querySelectorAll("#beads tbody tr").length, sel === displayOrder()[displayOrder().indexOf(4900) + 1], document.activeElement.matches("#beads tr.selected")]; })()`)
	if d := int(got[0].(float64)); d >= n || d <= shownIndex(t, ctx, 4900) {
		t.Errorf("the table drawn anew at bead 4901 held %d rows at first; want the rows down to it and past, not all %d", d, n)
	}
	if int(got[1].(float64)) != n || got[2] != true || got[3] != true {
		t.Errorf("j while rows were to be drawn: %v rows, the next bead selected %v, focused %v; want %d, true, true", got[1], got[2], got[3], n)
	}
	// The order toggled likewise.
	got = eval[[]any](t, ctx, `(() => { renderBeads(); document.getElementById("order").click();
	  return [document.querySelectorAll("#beads tbody tr").length, `+order+`]; })()`)
	if int(got[0].(float64)) != n || got[1] != true {
		t.Errorf("the order toggled while rows were to be drawn: %v rows, in the order shown %v; want %d, true", got[0], got[1], n)
	}
	// A link to a bead far down, in another tab.
	do(t, ctx, "bead 4990", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="4989"]`)))
	if !eval[bool](t, ctx, reviewSaved, chromedp.EvalAwaitPromise) {
		t.Fatal("the review was not written to the browser's IndexedDB")
	}
	link := eval[string](t, ctx, `location.href`)
	if !strings.HasSuffix(link, "&bead=4990") {
		t.Fatalf("the address is %s; want bead 4990", link)
	}
	tab, cancel := chromedp.NewContext(ctx)
	defer cancel()
	do(t, tab, "the link in another tab", chromedp.Navigate(link))
	if _, err := chromedp.Run(tab, chromedp.Poll[bool](`!!document.querySelector("#beads tr.selected")`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("the link: no bead selected: %v", err)
	}
	if got := eval[string](t, tab, `document.querySelector("#beads tr.selected").dataset.bead`); got != "4989" {
		t.Errorf("the link: bead %s selected; want 4989 (the 4,990th)", got)
	}
	if !eval[bool](t, tab, `(() => { const r = document.querySelector("#beads tr.selected").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`) {
		t.Error("the link: the bead is selected but out of view")
	}
	if _, err := chromedp.Run(tab, chromedp.Poll[bool](all+" && "+order, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Errorf("the link: the table never held every bead in the order shown: %v", err)
	}
}

// shownIndex is where bead i is in the order shown.
func shownIndex(t *testing.T, ctx context.Context, i int) int {
	t.Helper()
	return eval[int](t, ctx, `displayOrder().indexOf(`+strconv.Itoa(i)+`)`)
}
