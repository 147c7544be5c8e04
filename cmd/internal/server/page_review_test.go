package server

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserBeadNumbersOneLine: an article of a dozen sentences or more
// numbered its beads 10, 11, ... one digit a line: the first column,
// whose texts may break anywhere (a long URL), shrank to one digit's
// width beside two long sentences.
func TestBrowserBeadNumbersOneLine(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	var src, tgt []string
	for i := 1; i <= 12; i++ {
		src = append(src, fmt.Sprintf("In paragraph %d the minister spoke at length about the cooperation of the armed forces of the two countries, their training and their bases.", i))
		tgt = append(tgt, fmt.Sprintf("Au paragraphe %d, le ministre a longuement parlé de la coopération des forces armées des deux pays, de leur formation et de leurs bases.", i))
	}
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: strings.Join(src, " "), tgt: strings.Join(tgt, " ")}, 12)
	// A cell's text on one line is one line box: one client rect.
	lines := eval[[]float64](t, ctx, `[...document.querySelectorAll("#beads tbody tr")].map((tr) => {
	  const r = document.createRange(); r.selectNodeContents(tr.cells[0]); return r.getClientRects().length; })`)
	for i, n := range lines {
		if n != 1 {
			t.Errorf("bead row %d: its number is on %v lines; want 1", i+1, n)
		}
	}
}

// TestBrowserBeadEditInPlace: marking a bead wrong or moving a sentence
// redraws the beads it changed, not the table: the whole table drawn anew
// took 0.9 to 2.9 s an edit on a review of 5,000 beads (BENCHMARKS.md,
// page43). The rows left alone are the same elements afterwards.
func TestBrowserBeadEditInPlace(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: alignSrc, tgt: alignTgt}, 5)
	do(t, ctx, "document order, third bead", chromedp.Click(chromedp.CSS("#order")), chromedp.Click(chromedp.CSS(`#beads tr[data-bead="2"]`)))
	eval[bool](t, ctx, `(window.firstRow = document.querySelector('#beads tr[data-bead="0"]'), window.lastRow = document.querySelector('#beads tr[data-bead="4"]'), true)`)
	do(t, ctx, "mark wrong", chromedp.KeyEvent("w"))
	waitFor(t, ctx, `document.querySelector('#beads tr[data-bead="2"]').classList.contains("wrong")`)
	do(t, ctx, "move up", chromedp.KeyEvent("u"))
	waitFor(t, ctx, `document.querySelector('#beads tr[data-bead="1"]').classList.contains("edited")`)
	got := eval[[]bool](t, ctx, `[window.firstRow.isConnected, window.lastRow.isConnected, document.querySelector('#beads tr[data-bead="2"]').classList.contains("selected"),
	  document.querySelector('#beads tr[data-bead="2"]').classList.contains("edited"), document.querySelectorAll("#beads tbody tr").length == 5]`)
	if !slices.Equal(got, []bool{true, true, true, true, true}) {
		t.Errorf("after w and u on bead 3: first row kept, last row kept, bead 3 selected, bead 3 edited, 5 rows = %v; want all true", got)
	}
	// A merge numbers the beads after anew: the table is drawn anew, right.
	do(t, ctx, "merge", chromedp.KeyEvent("m"))
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 4`)
	if got := eval[string](t, ctx, `[...document.querySelectorAll("#beads tbody tr")].map((tr) => tr.cells[0].textContent).join(" ")`); got != "1 2 3 4" {
		t.Errorf("after a merge the beads are numbered %q; want 1 2 3 4", got)
	}
}

// TestBrowserMergeSplitInPlace: a merge or split renumbers the rows of
// the beads after it in place (the table drawn anew took 1.3 s an edit on
// 5,000 beads): the rows are the ones drawn before, numbered and ordered
// as a table drawn anew would be, and a click on a renumbered row selects
// its bead. In both orders.
func TestBrowserMergeSplitInPlace(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: alignSrc, tgt: alignTgt}, 5)
	rows := `[...document.querySelectorAll("#beads tbody tr")].map((tr) => tr.dataset.bead + "|" + tr.className + "|" + tr.innerText.replace(/\s+/g, " ")).join("\n")`
	// Each step, then the table drawn anew: the same rows.
	same := func(what string) {
		t.Helper()
		inPlace := eval[string](t, ctx, rows)
		drawn := eval[string](t, ctx, `(renderBeads(), `+rows+`)`)
		if inPlace != drawn {
			t.Errorf("after %s the rows are\n%s\nwhere the table drawn anew has\n%s", what, inPlace, drawn)
		}
	}
	for _, order := range []string{"low confidence first", "document"} {
		if order == "document" {
			do(t, ctx, "document order", chromedp.Click(chromedp.CSS("#order")))
		}
		do(t, ctx, "second bead", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="1"]`)))
		eval[bool](t, ctx, `(window.kept = [...document.querySelectorAll("#beads tbody tr")].filter((tr) => !["1", "2"].includes(tr.dataset.bead)), true)`)
		n := eval[int](t, ctx, `document.querySelectorAll("#beads tbody tr").length`)
		do(t, ctx, "merge", chromedp.KeyEvent("m"))
		waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll("#beads tbody tr").length == %d`, n-1))
		if !eval[bool](t, ctx, `window.kept.every((tr) => tr.isConnected)`) {
			t.Errorf("%s: a merge drew anew the rows of beads it did not change", order)
		}
		same(order + ", a merge")
		do(t, ctx, "split", chromedp.KeyEvent("s"))
		waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll("#beads tbody tr").length == %d`, n))
		same(order + ", a split")
		do(t, ctx, "click the last", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#beads tr[data-bead="%d"]`, n-1))))
		if got := eval[string](t, ctx, `document.querySelector("#beads tr.selected").dataset.bead + " " + document.querySelector("#beads tr.selected").cells[0].textContent`); got != fmt.Sprintf("%d %d", n-1, n) {
			t.Errorf("%s: a click on the last row selects bead %q; want %d %d", order, got, n-1, n)
		}
	}
}

// TestBrowserRefusedEditDrawsNothing: a merge of the last bead, a move
// up of the first, was refused on the status line after the whole table
// had been drawn anew (1.6 s on 5,000 beads) and the review marked as
// changed (leaving the page asked to confirm): it changes nothing.
func TestBrowserRefusedEditDrawsNothing(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: alignSrc, tgt: alignTgt}, 5)
	do(t, ctx, "document order, last bead", chromedp.Click(chromedp.CSS("#order")), chromedp.Click(chromedp.CSS(`#beads tr[data-bead="4"]`)))
	eval[bool](t, ctx, `(window.before = [...document.querySelectorAll("#beads tbody tr")], true)`)
	for _, c := range []struct{ key, bead, says string }{
		{"m", "4", "the last bead has no next one to merge with"},
		{"u", "0", "no target sentence to move up"},
	} {
		if c.bead == "0" {
			do(t, ctx, "first bead", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="0"]`)))
		}
		do(t, ctx, c.key, chromedp.KeyEvent(c.key))
		waitFor(t, ctx, `document.getElementById("status").className == "error"`)
		got := eval[[]any](t, ctx, `[document.getElementById("status").textContent, window.before.every((tr) => tr.isConnected), unstored]`)
		if got[0] != c.says || got[1] != true || got[2] != false {
			t.Errorf("%s on bead %s: status %q, every row kept %v, unstored %v; want %q, true, false", c.key, c.bead, got[0], got[1], got[2], c.says)
		}
	}
}

// TestBrowserLongTextKeepsColumns: one long paragraph in an alignment (a
// paragraph the other text lacks, a long quotation, a list without full
// stops) took the review table's width for its column: the table's
// columns are sized by their longest text, and every other bead's
// translation was squeezed to the width of its longest word, Persian
// one word a line down the page, 19 beads 13,000 px tall. The same in a
// document's units. The two text columns now share the table's width.
func TestBrowserLongTextKeepsColumns(t *testing.T) {
	ctx := browser(t)
	long := strings.Repeat("The minister said that the talks with the delegation would go on ", 40) + "today."
	ts, _ := testServer(t, Options{DB: newDB(t, append([]string{long, "Il a parlé."}, seed...)...)})
	// share is the part of table's width its column n (1: the first) takes.
	share := func(table string, n int) float64 {
		t.Helper()
		return eval[float64](t, ctx, `(() => { const t = document.querySelector("`+table+`"); return t.querySelector("thead th:nth-child(`+strconv.Itoa(n)+`)").getBoundingClientRect().width / t.getBoundingClientRect().width })()`)
	}
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: alignSrc + "\n\n" + long, tgt: alignTgt}, 6)
	if got := share("#beads", 3); got < 0.35 {
		t.Errorf("beside a long paragraph the review's Target column is %.0f%% of the table; want its share (at least 35%%)", 100*got)
	}
	do(t, ctx, "concordance", chromedp.Navigate(ts.URL+"/#search"), chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.querySelectorAll("#hits tbody tr").length == 3`)
	if got := share("#hits", 2); got < 0.35 {
		t.Errorf("beside a long segment the concordance's Translations column is %.0f%% of the table; want its share (at least 35%%)", 100*got)
	}
	do(t, ctx, "open the document", chromedp.Navigate(ts.URL+"/#documents?doc=seed.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tbody tr").length == 4`)
	if got := share("#doc-units-table", 3); got < 0.35 {
		t.Errorf("beside a long source the document's Target column is %.0f%% of the table; want its share (at least 35%%)", 100*got)
	}
}
