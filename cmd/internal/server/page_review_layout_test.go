package server

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// columnWidths reads the review table's column widths as laid out
// (fitted: the widths fitColumns set) and as the browser's own table
// layout gives them (the class "fitted" taken off for the reading), and
// whether the table is laid out fixed.
const columnWidths = `(() => { const t = document.getElementById("beads");
  const w = () => [...t.tHead.rows[0].cells].map((c) => c.getBoundingClientRect().width);
  const fixed = getComputedStyle(t).tableLayout === "fixed", fitted = w();
  t.classList.remove("fitted"); const auto = w(); t.classList.add("fitted");
  const over = [...t.tBodies[0].rows].filter((tr) => [0, 3, 4].some((k) => tr.cells[k].scrollWidth > tr.cells[k].clientWidth + 0.5)).length;
  return { fixed, fitted, auto, over }; })()`

type columnsRead struct {
	Fixed  bool
	Fitted []float64
	Auto   []float64
	Over   int
}

// TestBrowserReviewColumnsFitted: a bead marked wrong in a table of
// 14,856 beads laid out every row again (0.4 to 1.1 s a key), the
// table's columns sized by every row's text. The review's table is laid
// out fixed with its narrow columns (number, score, wrong) as wide as the
// browser's own layout makes them for the beads shown: the page looks
// as it did, after each edit that changes what decides them (a bead
// marked wrong, one edited, the last number one digit shorter, undone),
// no number, score or "wrong" wider than its cell; at 320 px, where each
// bead is a card, the table keeps the browser's layout.
func TestBrowserReviewColumnsFitted(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	src, tgt := riverTexts(100)
	do(t, ctx, "one sentence a line", chromedp.Navigate(ts.URL+"/#align"), chromedp.Click(chromedp.CSS("#preseg")))
	alignPasted(t, ctx, alignInput{src: src, tgt: tgt}, 100)
	check := func(when string) {
		t.Helper()
		c := eval[columnsRead](t, ctx, columnWidths)
		if !c.Fixed {
			t.Errorf("%s: the table is not laid out fixed; want fixed, its columns fitted", when)
		}
		if len(c.Fitted) != 5 || len(c.Auto) != 5 {
			t.Fatalf("%s: columns %v and %v; want 5", when, c.Fitted, c.Auto)
		}
		for k := range c.Fitted {
			if math.Abs(c.Fitted[k]-c.Auto[k]) > 0.5 {
				t.Errorf("%s: column %d is %.2f px wide; the browser's table layout makes it %.2f px (columns %v, want %v)", when, k+1, c.Fitted[k], c.Auto[k], c.Fitted, c.Auto)
			}
		}
		if c.Over > 0 {
			t.Errorf("%s: %d rows with a number, score or mark wider than its cell", when, c.Over)
		}
	}
	check("aligned")
	key := func(bead int, k string) {
		t.Helper()
		do(t, ctx, fmt.Sprintf("bead %d, %s", bead+1, k), chromedp.Click(chromedp.CSS(fmt.Sprintf(`#beads tr[data-bead="%d"]`, bead))), chromedp.KeyEvent(k))
		waitFor(t, ctx, `/z undoes|undone/.test(document.getElementById("status").textContent)`)
		eval[bool](t, ctx, `(document.getElementById("status").textContent = "", true)`)
	}
	key(4, "w")
	check("bead 5 marked wrong")
	key(9, "m")
	if got := eval[int](t, ctx, `beads.length`); got != 99 {
		t.Fatalf("%d beads after a merge of 100; want 99", got)
	}
	check("bead 10 merged: 99 beads")
	key(9, "z")
	check("the merge undone")
	key(9, "z")
	check("the mark undone")

	do(t, ctx, "320 px", chromedp.EmulateViewport(320, 800))
	if got := eval[string](t, ctx, `getComputedStyle(document.getElementById("beads")).tableLayout`); got != "auto" {
		t.Errorf("at 320 px the table is laid out %s; want auto (each bead a card)", got)
	}
	if got := eval[string](t, ctx, `getComputedStyle(document.querySelector("#beads tbody tr")).display`); got != "grid" {
		t.Errorf("at 320 px a bead's row is %s; want grid (a card)", got)
	}
	// An edit at 320 px (no widths to measure there), then the window
	// widened again: the columns as the browser's layout makes them.
	key(4, "w")
	do(t, ctx, "1200 px", chromedp.EmulateViewport(1200, 800))
	waitFor(t, ctx, `document.getElementById("beads").classList.contains("fitted")`)
	check("an edit at 320 px, then 1200 px")
}

// TestBrowserLongReviewEditTouchesItsRows: in a review of 2,000 beads a
// key changes the rows of its beads and nothing else of the table (no
// neighbour drawn anew, no class or style of the table); the review is
// written to the tab's storage once after a burst of keys, not at each
// (3.8 M characters a key at 14,856 beads), and a reload at once keeps
// the last edit; the order toggled moves the rows, the focus and the
// selected row's place in the window kept.
func TestBrowserLongReviewEditTouchesItsRows(t *testing.T) {
	const n = 2000
	ctx := browser(t)
	asked := acceptDialogs(t, ctx)
	ts, _ := testServer(t, Options{})
	src, tgt := riverTexts(n)
	do(t, ctx, "one sentence a line", chromedp.Navigate(ts.URL+"/#align"), chromedp.Click(chromedp.CSS("#preseg")))
	alignPasted(t, ctx, alignInput{src: src, tgt: tgt}, n)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll("#beads tbody tr").length === %d`, n))
	// A bead marked wrong and one edited first: the columns fitted to
	// them (the table's style changes when the first comes), then kept.
	eval[bool](t, ctx, `(select(4), ops.up(), select(0), ops.wrong(), true)`)
	if !eval[bool](t, ctx, reviewSaved, chromedp.EvalAwaitPromise) {
		t.Fatal("the review was not written to the browser's IndexedDB")
	}
	// Every change to the table from now on, by the row it falls in (the
	// bead of a row added or removed); "table" for the table's own.
	eval[bool](t, ctx, `(window.touched = [], window.tabWrites = 0,
	  Storage.prototype.setItem = ((set) => function (k, v) { if (k === "bitext-review") window.tabWrites++; return set.call(this, k, v); })(Storage.prototype.setItem),
	  new MutationObserver((list) => { for (const m of list) {
	    const rowOf = (x) => (x.nodeType === 1 && x.matches("tr") ? x : x.parentElement && x.parentElement.closest("#beads tbody tr"));
	    const r = rowOf(m.target);
	    if (r) window.touched.push(r.dataset.bead);
	    else if (m.type === "childList") for (const x of [...m.addedNodes, ...m.removedNodes]) window.touched.push(x.dataset ? x.dataset.bead : "table");
	    else window.touched.push("table " + m.attributeName);
	  } }).observe(document.getElementById("beads"), { subtree: true, childList: true, attributes: true, characterData: true }), true)`)
	touched := func(what string, want ...string) {
		t.Helper()
		got := eval[[]string](t, ctx, `(() => { const t = [...new Set(window.touched)].sort(); window.touched = []; return t; })()`)
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: the table changed at %q; want the rows of beads %q alone", what, got, want)
		}
	}
	// The keys pressed, in one go: what the tab's storage was written
	// before the next task (none; the write is due 300 ms after).
	const keys = `(() => { window.tabWrites = 0; for (const k of %s) document.activeElement.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true })); return window.tabWrites; })()`
	eval[bool](t, ctx, `(select(1799), document.querySelector("#beads tr.selected").focus(), true)`)
	eval[bool](t, ctx, `(window.touched = [], true)`)
	eval[int](t, ctx, fmt.Sprintf(keys, `["w"]`))
	touched("bead 1800 marked wrong", "1799")
	eval[int](t, ctx, fmt.Sprintf(keys, `["u"]`))
	touched("bead 1800's target sentence moved up", "1798", "1799")
	if got := eval[int](t, ctx, fmt.Sprintf(keys, `["j", "w", "j", "w"]`)); got != 0 {
		t.Errorf("the tab's storage written %d times by a burst of keys; want once after it", got)
	}
	touched("j, w, j, w", "1799", "1800", "1801")
	if !eval[bool](t, ctx, reviewSaved, chromedp.EvalAwaitPromise) {
		t.Fatal("the review was not written to the browser's IndexedDB")
	}
	if got := eval[int](t, ctx, `window.tabWrites`); got != 1 {
		t.Errorf("the tab's storage written %d times after a burst of keys; want once", got)
	}
	if got := eval[bool](t, ctx, `JSON.parse(sessionStorage.getItem("bitext-review")).beads.filter((b) => b.wrong).length === 3`); !got {
		t.Error("the tab's storage does not hold the three beads marked wrong (1, 1801, 1802; 1800 edited since)")
	}

	// The order toggled: every row moved, none drawn anew; the focus on
	// the selected row, which stays where it was in the window.
	eval[bool](t, ctx, `(window.before = [...document.querySelectorAll("#beads tbody tr")], document.querySelector("#beads tr.selected").scrollIntoView({ block: "center" }),
	  window.top0 = document.querySelector("#beads tr.selected").getBoundingClientRect().top, document.getElementById("order").click(), true)`)
	got := eval[[]any](t, ctx, `[[...document.querySelectorAll("#beads tbody tr")].map((tr) => tr.dataset.bead).join() === displayOrder().join(),
	  [...document.querySelectorAll("#beads tbody tr")].filter((tr) => !window.before.includes(tr)).length,
	  document.activeElement.matches("#beads tr.selected") ? document.activeElement.dataset.bead : document.activeElement.tagName,
	  Math.abs(document.querySelector("#beads tr.selected").getBoundingClientRect().top - window.top0)]`)
	if got[0] != true || got[1].(float64) != 0 {
		t.Errorf("the order toggled: rows in the order shown %v, %v rows drawn anew; want true, 0", got[0], got[1])
	}
	if got[2] != "1801" || got[3].(float64) > 1 {
		t.Errorf("the order toggled: the focus on %v, the selected row moved %v px; want bead 1802's row, where it was", got[2], got[3])
	}

	// An edit, then a reload at once (before the review's write is due).
	eval[bool](t, ctx, `(select(99), true)`)
	eval[int](t, ctx, fmt.Sprintf(keys, `["w"]`))
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll("#beads tbody tr").length === %d && !!document.querySelector("#beads tr.selected")`, n))
	if got := eval[int](t, ctx, `beads.filter((b) => b.wrong).length`); got != 4 {
		t.Errorf("after a reload at once %d beads marked wrong; want 4, the last edit kept", got)
	}
	if asked.Load() == 0 {
		t.Error("the reload did not ask first; want the question (beads reviewed, not stored)")
	}
}
