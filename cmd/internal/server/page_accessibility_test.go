package server

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/bitext/bitext/normalize"
)

// The accessibility pass (axe-core run over every tab at 1280 and 320 px:
// BENCHMARKS.md, branch pagesleft61): a test for each kind of thing it
// found.

// buttonsMissingTheirWords lists the buttons shown whose accessible name
// does not hold the words they show (WCAG 2.5.3, label in name: a speech
// user says the words seen to press a button).
const buttonsMissingTheirWords = `(() => {
	const words = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
	return [...document.querySelectorAll("button")].filter((b) => b.offsetParent !== null).filter((b) => {
		const shown = words(b.textContent);
		const name = words(b.getAttribute("aria-label") || b.textContent);
		return shown && !(" " + name + " ").includes(" " + shown + " ");
	}).map((b) => JSON.stringify(b.textContent) + " named " + JSON.stringify(b.getAttribute("aria-label")));
})()`

// TestBrowserButtonsSayTheirWords: a unit's Edit turned Save kept the
// name "edit unit 4", and an armed Delete ("Delete: sure?") its "delete
// unit 4": a speech user's "press Save" found no such button.
func TestBrowserButtonsSayTheirWords(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	if err := db.PutGlossary(context.Background(), []normalize.Entry{{Canonical: "Tehran", Variants: []string{"Teheran"}}}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "units", chromedp.Navigate(ts.URL+"/#documents?doc=seed.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length > 1`)
	eval[bool](t, ctx, `(document.querySelector("#doc-units-table .edit").click(), document.querySelectorAll("#doc-units-table .delete")[1].click(), true)`)
	waitFor(t, ctx, `document.querySelector("#doc-units-table .edit").textContent == "Save"`)
	if got := eval[[]string](t, ctx, buttonsMissingTheirWords); len(got) > 0 {
		t.Errorf("a unit edited, another's Delete pressed once: buttons whose name lacks their words: %q", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#doc-units-table .edit").getAttribute("aria-label")`); got != "Save unit 1" {
		t.Errorf("the Save button is named %q; want Save unit 1", got)
	}
	eval[bool](t, ctx, `(document.querySelector("#docs-table .delete-doc").click(), true)`)
	if got := eval[[]string](t, ctx, buttonsMissingTheirWords); len(got) > 0 {
		t.Errorf("a document's Delete pressed once: buttons whose name lacks their words: %q", got)
	}
	// Given up (Escape), the name is the one it had.
	do(t, ctx, "Escape", chromedp.Focus(chromedp.CSS("#docs-table .delete-doc.confirm")), chromedp.KeyEvent(kb.Escape))
	if got := eval[string](t, ctx, `document.querySelector("#docs-table .delete-doc").getAttribute("aria-label")`); got != "delete the document seed.tmx" {
		t.Errorf("a document's Delete given up is named %q; want delete the document seed.tmx", got)
	}
	do(t, ctx, "glossary", chromedp.Navigate(ts.URL+"/#glossary"))
	waitFor(t, ctx, `document.querySelectorAll("#gloss-table tr.entry").length == 1`)
	eval[bool](t, ctx, `(document.querySelector("#gloss-table .delete-entry").click(), true)`)
	if got := eval[[]string](t, ctx, buttonsMissingTheirWords); len(got) > 0 {
		t.Errorf("an entry's Delete pressed once: buttons whose name lacks their words: %q", got)
	}
}

// TestBrowserPageHeadingsAndColumns: the page had no level-one heading
// (a screen reader's list of headings began nowhere), and the tables'
// columns of buttons had empty headers (a cell read "column 5").
func TestBrowserPageHeadingsAndColumns(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "page", chromedp.Navigate(ts.URL+"/#search"))
	waitFor(t, ctx, `document.readyState == "complete"`)
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll("h1")].map((h) => h.textContent)`); len(got) != 1 || got[0] != "bitext" {
		t.Errorf("level-one headings: %q; want one, bitext", got)
	}
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll("th")].filter((th) => !th.textContent.trim()).map((th) => th.closest("table").id + " column " + (th.cellIndex + 1))`); len(got) > 0 {
		t.Errorf("table headers without a name: %q", got)
	}
	// The names are for a screen reader: the header shows nothing more.
	if w := eval[float64](t, ctx, `document.querySelector("#gloss-table th:last-child .hidden-name").getBoundingClientRect().width`); w > 1 {
		t.Errorf("the Delete column's name is %.0f px wide on the page; want it hidden", w)
	}
}

// TestBrowserLongStatusByKeyboard: at 320 px a long line (the server's
// refusal of a lookup without its token) scrolls within the status area,
// which a keyboard could not reach to scroll. The area is then a stop of
// Tab, and its arrows scroll it; a short line is no stop.
func TestBrowserLongStatusByKeyboard(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{Access: Access{Tokens: []string{"0123456789abcdef"}}})
	do(t, ctx, "lookup without the token", chromedp.EmulateViewport(320, 700), chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), "the minister"), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("token")`)
	if !eval[bool](t, ctx, `(() => { const s = document.getElementById("status"); return s.scrollHeight > s.clientHeight; })()`) {
		t.Fatal("the line does not overflow the status area at 320 px: the test shows nothing")
	}
	if got := eval[int](t, ctx, `document.getElementById("status").tabIndex`); got != 0 {
		t.Fatalf("the status area overflowing has tabIndex %d; want 0 (a stop of Tab)", got)
	}
	do(t, ctx, "arrows", chromedp.Focus(chromedp.CSS("#status")), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown))
	waitFor(t, ctx, `document.getElementById("status").scrollTop > 0`)
	eval[bool](t, ctx, `(status("short"), true)`)
	if eval[bool](t, ctx, `document.getElementById("status").hasAttribute("tabindex")`) {
		t.Error("a short line left the status area a stop of Tab")
	}
}

// TestBrowserReviewByKeyboardAlone: the review from the address to the
// TM with Tab, the keys and typing alone: the texts typed, Align, the
// table reached by Tab (the selected bead its one stop), j and k between
// beads, s splits, m joins, w marks wrong, z undoes, Ctrl+Enter stores
// (accepts) the pairs; Tab leaves the table (no trap) and Shift+Tab comes
// back to the bead.
func TestBrowserReviewByKeyboardAlone(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	before := units(t, db)
	focused := `(document.activeElement.matches("#beads tr.selected") ? "bead " + document.activeElement.dataset.bead : document.activeElement.id || document.activeElement.tagName)`
	tabTo := func(want string, back bool) {
		t.Helper()
		for range 60 {
			if eval[string](t, ctx, focused) == want {
				return
			}
			if back {
				do(t, ctx, "Shift+Tab", chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift)))
			} else {
				do(t, ctx, "Tab", chromedp.KeyEvent(kb.Tab))
			}
		}
		t.Fatalf("60 presses of Tab did not reach %s (the focus is on %s)", want, eval[string](t, ctx, focused))
	}
	do(t, ctx, "page", chromedp.Navigate(ts.URL+"/#align"))
	waitFor(t, ctx, `document.readyState == "complete"`)
	tabTo("src-text", false)
	do(t, ctx, "type the source", chromedp.KeyEvent("The minister arrived. He met the general. They spoke."))
	tabTo("tgt-text", false)
	do(t, ctx, "type the translation", chromedp.KeyEvent("Le ministre est arrivé. Il a rencontré le général. Ils ont parlé."))
	tabTo("do-align", false)
	do(t, ctx, "Align", enter)
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length > 0`)
	n := eval[int](t, ctx, `document.querySelectorAll("#beads tbody tr").length`)
	tabTo("bead "+eval[string](t, ctx, `document.querySelector("#beads tr.selected").dataset.bead`), false)
	// The bead is the page's last stop: Tab leaves the page.
	do(t, ctx, "Tab out of the table", chromedp.KeyEvent(kb.Tab))
	if got := eval[string](t, ctx, focused); strings.HasPrefix(got, "bead ") {
		t.Fatalf("Tab from the bead stayed on %s; want the focus out of the table", got)
	}
	tabTo("order", true)
	do(t, ctx, "Order: document", enter)
	tabTo("bead "+eval[string](t, ctx, `document.querySelector("#beads tr.selected").dataset.bead`), false)
	do(t, ctx, "k to the first bead", chromedp.KeyEvent(strings.Repeat("k", n)))
	if got := eval[string](t, ctx, focused); got != "bead 0" {
		t.Fatalf("k to the top: the focus is on %s; want bead 0", got)
	}
	do(t, ctx, "m joins the first two", chromedp.KeyEvent("m"))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("bead 1 merged")`)
	do(t, ctx, "s splits it again", chromedp.KeyEvent("s"))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("bead 1 split")`)
	do(t, ctx, "j, w, z", chromedp.KeyEvent("j"), chromedp.KeyEvent("w"), chromedp.KeyEvent("z"))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("undone")`)
	if got := eval[string](t, ctx, focused); got != "bead 1" {
		t.Errorf("after j, w and z the focus is on %s; want bead 1", got)
	}
	do(t, ctx, "Ctrl+Enter stores", chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("stored")`)
	if after := units(t, db); after <= before {
		t.Errorf("the TM holds %d units after Ctrl+Enter, %d before: nothing stored", after, before)
	}
}
