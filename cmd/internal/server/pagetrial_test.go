package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The faults of a translator's hour with the page (branch pagetrial): each
// test here failed on the page before its fix.

// threeEn and threeFr are three sentences and their translation, which
// align one to one: three beads.
const (
	threeEn = "The minister arrived. He met the general. They spoke of the border."
	threeFr = "Le ministre est arrivé. Il a rencontré le général. Ils ont parlé de la frontière."
)

// TestBrowserSlowServer: a lookup that the server is slow to answer says
// that the page is waiting (the page showed nothing for as long as it
// took, and a translator clicked Look up again and again), and the line
// goes once the answer is in.
func TestBrowserSlowServer(t *testing.T) {
	ctx := browser(t)
	s := newServer(t, Options{DB: newDB(t, seed...)})
	gate := make(chan struct{})
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v1/lookup" {
			<-gate
		}
		s.ServeHTTP(w, r)
	}))
	var release sync.Once
	open := func() { release.Do(func() { close(gate) }) }
	t.Cleanup(ts.Close)
	t.Cleanup(open)
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `!!document.getElementById("busy") && !document.getElementById("busy").hidden && document.getElementById("busy").textContent.includes("Waiting for the server")`)
	if !eval[bool](t, ctx, `document.getElementById("results").getAttribute("aria-busy") === "true"`) {
		t.Error("the results are not aria-busy while the lookup is on its way")
	}
	open()
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	waitFor(t, ctx, `document.getElementById("busy").hidden && document.getElementById("results").getAttribute("aria-busy") !== "true"`)
}

// TestBrowserFailedLookup: a lookup that fails (the server gone, a 500)
// does not leave the results of the query before under the new one: the
// page showed a 100% match and its difference from another sentence, read
// as the new query's.
func TestBrowserFailedLookup(t *testing.T) {
	ctx := browser(t)
	s := newServer(t, Options{DB: newDB(t, seed...)})
	var failing atomic.Bool
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if failing.Load() && (r.URL.Path == "/api/v1/lookup" || r.URL.Path == "/api/v1/concordance") {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusServiceUnavailable)
			json.NewEncoder(w).Encode(map[string]string{"error": "the TM is busy"})
			return
		}
		s.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	for _, button := range []string{"#lookup", "#concord"} {
		failing.Store(false)
		do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"),
			chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
		waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
		failing.Store(true)
		do(t, ctx, "second", chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS(button)))
		waitFor(t, ctx, `document.getElementById("status").className == "error"`)
		if got := eval[string](t, ctx, `document.getElementById("results").textContent`); strings.Contains(got, "Bagdad") || !strings.Contains(got, "failed") {
			t.Errorf("%s failed: the results read %q; want no match of the query before, and the failure said", button, got)
		}
	}
}

// TestBrowserSearchInAddress: a reload (or a bookmark) shows the lookup
// again, in the languages chosen: a reload went back to en → fr and an
// empty query, and a translator of en → de read French matches.
func TestBrowserSearchInAddress(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	do(t, ctx, "reload", chromedp.Reload(), chromedp.WaitVisible("#query"))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	if got := eval[string](t, ctx, `document.getElementById("query").value`); got != seed[0] {
		t.Errorf("after a reload the query is %q; want %q", got, seed[0])
	}
	// Another pair of languages, and a concordance: both kept.
	do(t, ctx, "concordance", chromedp.SetValue(chromedp.CSS("#tgt"), "de"),
		chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("minister")`)
	// WaitVisible after the reload: the poll then evaluates in the
	// reloaded page, not in the context of the one it replaced ("Cannot
	// find context with specified id", as TestBrowserEmptyLists met).
	do(t, ctx, "reload", chromedp.Reload(), chromedp.WaitVisible("#query"))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("minister")`)
	if got := eval[string](t, ctx, `[document.getElementById("src").value, document.getElementById("tgt").value, document.getElementById("query").value].join(" ")`); got != "en de minister" {
		t.Errorf("after a reload: languages and query %q; want %q", got, "en de minister")
	}
	// A new window (no address) starts in the languages last used.
	do(t, ctx, "new visit", chromedp.Navigate(ts.URL+"/"))
	if got := eval[string](t, ctx, `document.getElementById("tgt").value`); got != "de" {
		t.Errorf("a new visit's target language is %q; want the last used, de", got)
	}
}

// TestBrowserUnitGone: a unit deleted since the page read it (another
// window, another reviewer). Saving an edit of it said "no such unit" and
// kept the row editable, Save refused again and again; its Delete said
// the same. Now the row says the unit is gone and offers no write, and a
// Delete of it takes the row away.
func TestBrowserUnitGone(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	row := func(id string) string { return `document.querySelector('#doc-units-table tr[data-unit="` + id + `"]')` }
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=seed.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3`)
	do(t, ctx, "edit", chromedp.Click(chromedp.CSS(`#doc-units-table tr[data-unit="1"] .edit`)))
	waitFor(t, ctx, row("1")+`.querySelector(".text").isContentEditable`)
	if _, err := db.DeleteUnits(context.Background(), 1, 2); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, `(`+row("1")+`.querySelectorAll(".text")[1].textContent = "Le ministre est arrivé dimanche.", true)`)
	do(t, ctx, "save", chromedp.Click(chromedp.CSS(`#doc-units-table tr[data-unit="1"] .edit`)))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("deleted")`)
	if !eval[bool](t, ctx, row("1")+`.classList.contains("gone") && !`+row("1")+`.querySelector(".text").isContentEditable && `+row("1")+`.querySelector(".edit").disabled`) {
		t.Errorf("the row of a unit deleted elsewhere: %q; want it marked gone, not editable, Edit disabled", eval[string](t, ctx, row("1")+`.outerHTML`))
	}
	do(t, ctx, "delete", chromedp.Click(chromedp.CSS(`#doc-units-table tr[data-unit="2"] .delete`)), chromedp.Click(chromedp.CSS(`#doc-units-table tr[data-unit="2"] .delete`)))
	waitFor(t, ctx, `!`+row("2"))
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, "already deleted") {
		t.Errorf("a Delete of a unit deleted elsewhere says %q", got)
	}
}

// TestBrowserBeadLanguages: the sentences of the alignment review and the
// copy checked on the Names tab say their language (a screen reader read
// the Persian of a bead in English's voice); a bead keeps the language it
// was aligned in when the language box changes.
func TestBrowserBeadLanguages(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", lang: "fa", src: "The minister arrived. He met the general.", tgt: "وزیر وارد شد. او با ژنرال دیدار کرد."}, 2)
	do(t, ctx, "box", chromedp.SetValue(chromedp.CSS("#tgt"), "fr"))
	if got := eval[string](t, ctx, `[...document.querySelectorAll("#beads tbody tr:first-child .sent")].map((s) => s.lang).join(" ")`); got != "en fa" {
		t.Errorf("a bead's sentences' languages: %q; want %q", got, "en fa")
	}
	do(t, ctx, "names", chromedp.Click(chromedp.CSS("#tab-names")), chromedp.SetValue(chromedp.CSS("#copy"), "Qassem Suleimani met them."),
		chromedp.Click(chromedp.CSS("#check")), chromedp.Click(chromedp.CSS("#normalize")))
	waitFor(t, ctx, `document.getElementById("normalized").textContent != ""`)
	if got := eval[string](t, ctx, `["copy", "marked", "normalized"].map((id) => document.getElementById(id).lang).join(" ")`); got != "en en en" {
		t.Errorf("the Names tab's texts' languages: %q; want %q", got, "en en en")
	}
}

// TestBrowserContrast: the page's grey and coloured texts read at WCAG
// AA's 4.5:1 against their background: the footer (#888, 3.3:1) and a
// bead marked wrong (#888 on #eee, 3.0:1) did not.
func TestBrowserContrast(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#align"))
	got := eval[[]string](t, ctx, `(() => {
	  const tb = document.getElementById("beads").tBodies[0];
	  tb.innerHTML = '<tr class="wrong"><td>a</td></tr><tr class="low"><td>b</td></tr><tr class="mid"><td>c</td></tr><tr class="high"><td>d</td></tr><tr class="edited"><td>e</td></tr>';
	  const units = document.getElementById("doc-units-table").tBodies[0];
	  document.getElementById("doc-units").hidden = false;
	  units.innerHTML = '<tr><td class="score low">0.16</td><td><span class="origin">edited</span></td></tr>';
	  document.getElementById("status").className = "error";
	  document.getElementById("status").textContent = "x";
	  const rgb = (c) => c.match(/[\d.]+/g).map(Number);
	  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
	    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
	  const bg = (e) => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; };
	  const bad = [];
	  const sel = ["footer", ".beads tr.wrong td", ".beads tr.low td", ".beads tr.mid td", ".beads tr.high td", ".beads tr.edited td",
	    "#doc-units-table td.score.low", "#doc-units-table .origin", "#status.error", ".keys", ".note", ".count", "th"];
	  for (const s of sel) {
	    const e = document.querySelector(s);
	    if (!e) { bad.push(s + ": none"); continue; }
	    e.closest(".page") && e.closest(".page").classList.add("active");
	    const a = lum(rgb(getComputedStyle(e).color)), b = lum(bg(e));
	    const r = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	    if (r < 4.5) bad.push(s + ": " + r.toFixed(2));
	  }
	  return bad;
	})()`)
	if len(got) > 0 {
		t.Errorf("texts under 4.5:1: %q", got)
	}
}

// TestBrowserLongToken: a segment holding a long unbroken token (a URL,
// a file path) wraps in the lookup's matches, the concordance and a
// document's units: it widened the matches' table to three windows, the
// Edit and Delete buttons out of sight.
func TestBrowserLongToken(t *testing.T) {
	ctx := browser(t)
	url := "https://example.org/" + strings.Repeat("a", 300)
	db := newDB(t, "See "+url+" for the minister's statement.", "Voir "+url+" pour la déclaration du ministre.")
	ts, _ := testServer(t, Options{DB: db})
	fits := `document.documentElement.scrollWidth <= window.innerWidth`
	do(t, ctx, "lookup", chromedp.EmulateViewport(1200, 800), chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), "See "+url+" for the statement."), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	if !eval[bool](t, ctx, fits+` && document.querySelector("#matches .delete").getBoundingClientRect().right <= window.innerWidth`) {
		t.Errorf("a match with a long token: the page is %d px wide in a window of 1200", eval[int](t, ctx, `document.documentElement.scrollWidth`))
	}
	do(t, ctx, "concordance", chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.querySelectorAll("#hits tr").length > 0`)
	if !eval[bool](t, ctx, fits) {
		t.Errorf("a concordance hit with a long token: the page is %d px wide", eval[int](t, ctx, `document.documentElement.scrollWidth`))
	}
	do(t, ctx, "units", chromedp.Navigate(ts.URL+"/#documents?doc=seed.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length > 0`)
	if !eval[bool](t, ctx, fits) {
		t.Errorf("a document's unit with a long token: the page is %d px wide", eval[int](t, ctx, `document.documentElement.scrollWidth`))
	}
}

// TestBrowserOriginOnce: a match's origin names its file once: an
// aligned pair's file is its source document, and the page said
// "a.en.txt · a.en.txt ↔ a.fr.txt".
func TestBrowserOriginOnce(t *testing.T) {
	ctx := browser(t)
	lookupOneAligned(t, ctx, "The minister arrived in Baghdad on Monday.", "Le ministre est arrivé à Bagdad lundi.", 0.93)
	if got := eval[string](t, ctx, `document.querySelector("#matches tr.match td.origin").firstChild.textContent`); got != "story.en.txt ↔ story.fr.txt · aligned 0.93" {
		t.Errorf("the origin reads %q; want %q", got, "story.en.txt ↔ story.fr.txt · aligned 0.93")
	}
}

// TestBrowserEscapeKeepsUnit: Escape on a Delete that asks "sure?" gives
// the delete up (it stayed armed: a keyboard user's next Enter deleted).
func TestBrowserEscapeKeepsUnit(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=seed.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3`)
	del := `#doc-units-table tr[data-unit="1"] .delete`
	do(t, ctx, "arm", chromedp.Focus(chromedp.CSS(del)), enter)
	waitFor(t, ctx, `document.querySelector('`+del+`').textContent.includes("sure")`)
	do(t, ctx, "escape", chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, `document.querySelector('`+del+`').textContent == "Delete"`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, "not deleted") {
		t.Errorf("after Escape the status line says %q", got)
	}
	do(t, ctx, "enter", enter)
	waitFor(t, ctx, `document.querySelector('`+del+`').textContent.includes("sure")`)
	if _, err := db.Unit(context.Background(), 1); err != nil {
		t.Errorf("unit 1 after Escape and Enter: %v", err)
	}
}

// TestBrowserBeadButtons: the alignment review's edits have buttons: on a
// phone (no keyboard) or with a mouse a bead could be selected but not
// merged, split, moved or marked wrong (keys only).
func TestBrowserBeadButtons(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "phone", chromedp.EmulateViewport(390, 844))
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: threeEn, tgt: threeFr}, 3)
	waitFor(t, ctx, `!!document.getElementById("bead-merge")`)
	do(t, ctx, "order", chromedp.Click(chromedp.CSS("#order"))) // document order
	do(t, ctx, "select", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="0"]`)))
	do(t, ctx, "merge", chromedp.Click(chromedp.CSS(`#bead-merge`)))
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 2`)
	do(t, ctx, "split", chromedp.Click(chromedp.CSS(`#bead-split`)))
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 3`)
	do(t, ctx, "wrong", chromedp.Click(chromedp.CSS(`#bead-wrong`)))
	waitFor(t, ctx, `document.querySelector("#beads tr.selected").classList.contains("wrong")`)
	do(t, ctx, "select", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="1"]`)), chromedp.Click(chromedp.CSS(`#bead-up`)))
	waitFor(t, ctx, `document.querySelector('#beads tr[data-bead="0"]').cells[2].querySelectorAll(".sent").length == 2`)
	do(t, ctx, "down", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="0"]`)), chromedp.Click(chromedp.CSS(`#bead-down`)))
	waitFor(t, ctx, `document.querySelector('#beads tr[data-bead="0"]').cells[2].querySelectorAll(".sent").length == 1`)
}

// TestBrowserBackClosesDocument: Back from a document's units goes back
// to the list of documents (it left the Documents tab for the tab
// before), and Close then Back does not open the document again.
func TestBrowserBackClosesDocument(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	active := `document.querySelector(".page.active").id + " " + location.hash + " " + (document.getElementById("doc-units").hidden ? "closed" : "open")`
	do(t, ctx, "tabs", chromedp.Navigate(ts.URL+"/#search"), chromedp.Click(chromedp.CSS("#tab-documents")))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	do(t, ctx, "open", chromedp.Click(chromedp.CSS("#docs-table .open-doc")))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3`)
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, active+` == "documents #documents closed"`)
	do(t, ctx, "forward", chromedp.NavigateForward())
	waitFor(t, ctx, active+` == "documents #documents?doc=seed.tmx open"`)
	do(t, ctx, "close", chromedp.Click(chromedp.CSS("#doc-units-close")))
	waitFor(t, ctx, active+` == "documents #documents closed"`)
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, active+` == "search #search closed"`)
}

// TestBrowserNarrowBeads: on a phone the alignment review's beads are
// cards, as a lookup's matches are: each text the width of the page (the
// five columns left a sentence two or three words a line), and the two
// texts to align one above the other.
func TestBrowserNarrowBeads(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "phone", chromedp.EmulateViewport(390, 844))
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: alignSrc, tgt: alignTgt}, 5)
	widths := eval[[]float64](t, ctx, `[document.querySelector("#beads tbody tr").cells[1].getBoundingClientRect().width,
	  document.querySelector("#beads tbody tr").cells[2].getBoundingClientRect().width, document.getElementById("tgt-text").getBoundingClientRect().width,
	  document.documentElement.scrollWidth]`)
	if widths[0] < 300 || widths[1] < 300 || widths[2] < 300 || widths[3] > 390 {
		t.Errorf("at 390 px: source %v px, target %v px, target text box %v px, page %v px; want the texts 300 px or more, the page 390", widths[0], widths[1], widths[2], widths[3])
	}
}

// TestBrowserReloadKeepsReview: a reload (F5 by mistake, a phone that
// reloads a tab left in the background) keeps the texts pasted and the
// alignment review under way: it lost both, and the reviewer's merges.
func TestBrowserReloadKeepsReview(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: threeEn, tgt: threeFr, typed: true}, 3)
	do(t, ctx, "merge", chromedp.Click(chromedp.CSS("#order")), chromedp.Click(chromedp.CSS(`#beads tr[data-bead="0"]`)), chromedp.KeyEvent("m"))
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 2`)
	do(t, ctx, "names", chromedp.Click(chromedp.CSS("#tab-names")), chromedp.SendKeys(chromedp.CSS("#copy"), "Qassem Suleimani met them."))
	// The merge is not stored: the reload asks first (TestBrowserLeaveWarns),
	// and the reader says yes.
	asked := acceptDialogs(t, ctx)
	do(t, ctx, "reload", chromedp.Navigate(ts.URL+"/#align"), chromedp.Reload())
	waitFor(t, ctx, `document.readyState == "complete"`)
	if asked.Load() != 1 {
		t.Errorf("the reload asked %d times; want once (beads reviewed, not stored)", asked.Load())
	}
	got := eval[string](t, ctx, `[document.getElementById("src-text").value, document.querySelectorAll("#beads tbody tr").length,
	  document.querySelector("#beads tbody tr.edited") ? "edited" : "", document.getElementById("copy").value].join(" | ")`)
	if want := threeEn + " | 2 | edited | Qassem Suleimani met them."; got != want {
		t.Errorf("after a reload: %q; want %q", got, want)
	}
}

// TestBrowserTokenEnter: on a server with tokens, a tab refused for want
// of one says where the token goes, and Enter in the token field reads the
// tab again (it did nothing: the documents stayed unlisted until the
// reader found another tab and came back).
func TestBrowserTokenEnter(t *testing.T) {
	ctx := browser(t)
	const token = "0123456789abcdef"
	ts, _ := testServer(t, Options{Access: Access{Tokens: []string{token}}})
	do(t, ctx, "documents", chromedp.Navigate(ts.URL+"/#documents"))
	waitFor(t, ctx, `document.getElementById("status").className == "error"`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, "Token box") {
		t.Errorf("the refusal says %q; want where to type the token", got)
	}
	do(t, ctx, "token", chromedp.SendKeys(chromedp.CSS("#token"), token), enter)
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	eval[bool](t, ctx, `(document.getElementById("token").value = "", true)`)
	do(t, ctx, "search", chromedp.Click(chromedp.CSS("#tab-search")),
		chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.getElementById("status").className == "error"`)
	do(t, ctx, "token", chromedp.SendKeys(chromedp.CSS("#token"), token), enter)
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
}

// TestBrowserDeletedElsewhere: a document or a glossary entry deleted in
// another window since the list was read: its Delete said "no such
// document" ("no glossary entry") and left the row; now the row goes and
// the status line says it was deleted already.
func TestBrowserDeletedElsewhere(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Thabet Saeedreza","variants":["Thabit Saeed Reza"]}]}`, nil); st != http.StatusOK {
		t.Fatalf("glossary: %d", st)
	}
	for _, c := range []struct{ tab, row, del, api string }{
		{"documents", "#docs-table tr.document", ".delete-doc", "/api/v1/documents/seed.tmx"},
		{"glossary", "#gloss-table tr.entry", ".delete-entry", "/api/v1/glossary/Thabet%20Saeedreza"},
	} {
		do(t, ctx, c.tab, chromedp.Navigate(ts.URL+"/#"+c.tab))
		waitFor(t, ctx, `document.querySelectorAll("`+c.row+`").length == 1`)
		if st := call(t, "DELETE", ts.URL+c.api, "", nil); st != http.StatusOK {
			t.Fatalf("DELETE %s: %d", c.api, st)
		}
		do(t, ctx, "delete", chromedp.Click(chromedp.CSS(c.row+" "+c.del)), chromedp.Click(chromedp.CSS(c.row+" "+c.del)))
		waitFor(t, ctx, `document.getElementById("status").textContent.includes("deleted")`)
		if got := eval[string](t, ctx, `document.getElementById("status").textContent + " | " + document.querySelectorAll("`+c.row+`").length`); !strings.Contains(got, "already deleted") || !strings.HasSuffix(got, "| 0") {
			t.Errorf("%s: a Delete of what another window deleted: %q; want the row gone and it said", c.tab, got)
		}
	}
}

// TestBrowserSearchLabels: the query says its language (the source box's)
// and the concordance's columns have headers, as the matches' have: a
// screen reader read the hits' two columns with no name.
func TestBrowserSearchLabels(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "concordance", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.querySelectorAll("#hits tr.hit").length > 0`)
	if got := eval[string](t, ctx, `document.getElementById("query").lang + " | " + [...document.querySelectorAll("#hits thead th")].map((th) => th.textContent).join(", ")`); got != "en | Segment, Translations" {
		t.Errorf("query language and concordance headers: %q", got)
	}
}

// TestBrowserLeaveWarns: leaving the page (closing the tab, a link, a
// reload) with a unit's edit typed and not saved, or beads reviewed and
// not stored, asks first, as a browser does for a form typed in: both
// went without a word.
func TestBrowserLeaveWarns(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	leaving := `(() => { const e = new Event("beforeunload", { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; })()`
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	if eval[bool](t, ctx, leaving) {
		t.Error("leaving a page with nothing typed asks")
	}
	do(t, ctx, "edit", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
	waitFor(t, ctx, `document.querySelector("#matches .target").isContentEditable`)
	eval[bool](t, ctx, `(document.querySelector("#matches .target").textContent = "Le ministre est arrivé dimanche.", true)`)
	if !eval[bool](t, ctx, leaving) {
		t.Error("leaving with an edit typed and not saved does not ask")
	}
	do(t, ctx, "save", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("saved")`)
	if eval[bool](t, ctx, leaving) {
		t.Error("leaving after the save asks")
	}
	alignPasted(t, ctx, alignInput{src: threeEn, tgt: threeFr}, 3)
	do(t, ctx, "wrong", chromedp.KeyEvent("w"))
	waitFor(t, ctx, `!!document.querySelector("#beads tr.wrong")`)
	if !eval[bool](t, ctx, leaving) {
		t.Error("leaving with beads reviewed and not stored does not ask")
	}
	do(t, ctx, "store", chromedp.Click(chromedp.CSS("#store")))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("stored")`)
	if eval[bool](t, ctx, leaving) {
		t.Error("leaving after the store asks")
	}
}

// acceptDialogs says yes to every question of the page in ctx's tab
// ("leave the page?") and counts those asked before unloading it.
func acceptDialogs(t *testing.T, ctx context.Context) *atomic.Int32 {
	t.Helper()
	var n atomic.Int32
	lctx, cancel := context.WithCancel(ctx)
	t.Cleanup(cancel)
	opening := chromedp.Events(lctx, page.JavascriptDialogOpening)
	go func() {
		for e, err := range opening {
			if err != nil {
				return
			}
			if e.Type == page.DialogTypeBeforeunload {
				n.Add(1)
			}
			// Answered from another goroutine than the one that gets the events.
			go chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
				_, err := cdp.Call(ctx, t, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
				return err
			}))
		}
	}()
	return &n
}
