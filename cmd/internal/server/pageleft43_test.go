package server

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/bitext/bitext/tm"
)

// What the browser trial (page43) noticed and left (branch pageleft43).

// TestBrowserSearchCountKept: the TM search tab shown again (its tab
// clicked, or Back from another tab) showed the results without the
// line that counted them: the other tab had cleared it.
func TestBrowserSearchCountKept(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	line := `document.getElementById("status").textContent`
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"), chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0 && `+line+` != ""`)
	said := eval[string](t, ctx, line)
	if said == "" || said[0] < '1' || said[0] > '9' {
		t.Fatalf("the lookup says %q; want its matches counted", said)
	}
	do(t, ctx, "glossary", chromedp.Click(chromedp.CSS("#tab-glossary")))
	waitFor(t, ctx, `document.querySelector(".page.active").id == "glossary"`)
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, `document.querySelector(".page.active").id == "search"`)
	if got := eval[string](t, ctx, line); got != said {
		t.Errorf("Back to TM search: the status line reads %q; want %q with the results", got, said)
	}
	do(t, ctx, "names", chromedp.Click(chromedp.CSS("#tab-names")), chromedp.Click(chromedp.CSS("#tab-search")))
	waitFor(t, ctx, `document.querySelector(".page.active").id == "search"`)
	if got := eval[string](t, ctx, line); got != said {
		t.Errorf("TM search's tab clicked again: the status line reads %q; want %q", got, said)
	}

	do(t, ctx, "concordance", chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.querySelectorAll("#hits tr.hit").length > 0`)
	said = eval[string](t, ctx, line)
	do(t, ctx, "documents", chromedp.Click(chromedp.CSS("#tab-documents")))
	waitFor(t, ctx, `document.querySelector(".page.active").id == "documents"`)
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, `document.querySelector(".page.active").id == "search" && document.querySelectorAll("#hits tr.hit").length > 0`)
	if got := eval[string](t, ctx, line); got != said || said == "" {
		t.Errorf("Back to a concordance: the status line reads %q; want %q", got, said)
	}
}

// TestBrowserExportStreams: the page's Export read the TM into a Blob
// (fetch, then an object URL) and saved it only once whole: 516 MB of a
// 1M-unit TM in the tab's memory. On a server whose reads need no token
// the browser reads GET export itself and writes the file as it comes;
// the page fetches no export body. A read token goes in a header, never
// in the link's address (access logs, the history).
func TestBrowserExportStreams(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	downloads := t.TempDir()
	do(t, ctx, "downloads", chromedp.Navigate(ts.URL+"/#documents"), allowDownloads(downloads))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	// The page's fetches and object URLs, recorded.
	eval[bool](t, ctx, `(window.fetched = [], window.blobs = 0, window.realFetch = window.fetch,
	  window.fetch = (u, o) => (window.fetched.push(((o && o.method) || "GET") + " " + u), window.realFetch(u, o)),
	  URL.createObjectURL = ((f) => (b) => (window.blobs++, f(b)))(URL.createObjectURL), true)`)
	do(t, ctx, "export the TM", chromedp.Click(chromedp.CSS("#export-tm")))
	waitFor(t, ctx, `document.getElementById("status").textContent != ""`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); got != "the TM is being exported to bitext.tmx: see your downloads" {
		t.Errorf("Export the TM says %q", got)
	}
	tmx := waitDownload(t, filepath.Join(downloads, "bitext.tmx"))
	for i := 0; i < len(seed); i++ {
		if !strings.Contains(tmx, seed[i]) {
			t.Errorf("the TMX saved lacks %q", seed[i])
		}
	}
	got := eval[[]string](t, ctx, `window.fetched.concat(["object URLs " + window.blobs])`)
	if !slices.Equal(got, []string{"HEAD /api/v1/export", "object URLs 0"}) {
		t.Errorf("the page's export fetched %q; want only its HEAD and no object URL (the browser reads the file)", got)
	}
}

// TestBrowserExportTokenNotInAddress: on a server whose reads need a
// token the export is read with the token in its header, as before: no
// request's address holds it.
func TestBrowserExportTokenNotInAddress(t *testing.T) {
	ctx := browser(t)
	const tok = readTok
	ts, _ := testServer(t, Options{Access: Access{Tokens: []string{writeTok}, ReadTokens: []string{readTok}}})
	downloads := t.TempDir()
	do(t, ctx, "downloads", chromedp.Navigate(ts.URL+"/#documents"), allowDownloads(downloads),
		chromedp.SetValue(chromedp.CSS("#token"), tok), chromedp.Click(chromedp.CSS("#export-tm")))
	tmx := waitDownload(t, filepath.Join(downloads, "bitext.tmx"))
	if !strings.Contains(tmx, seed[0]) {
		t.Errorf("the TMX saved lacks %q", seed[0])
	}
	if eval[bool](t, ctx, `performance.getEntriesByType("resource").some((e) => e.name.includes(`+"`"+tok+"`"+`)) || location.href.includes(`+"`"+tok+"`"+`)`) {
		t.Error("the token is in an address the export asked for")
	}
}

// allowDownloads has the browser save its downloads in dir.
func allowDownloads(dir string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
			Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
		return err
	})
}

// waitDownload gives the TMX file saved at path once whole (its end tag
// written), failing the test after 10 s without it.
func waitDownload(t *testing.T, path string) string {
	t.Helper()
	for range 100 {
		if b, err := os.ReadFile(path); err == nil && strings.Contains(string(b), "</tmx>") {
			return string(b)
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no %s in the downloads", filepath.Base(path))
	return ""
}

// TestExportFilename: an export of a document is named after it (the
// page's link saves it under this name); the TM's is bitext.FORMAT.
func TestExportFilename(t *testing.T) {
	ts, _ := testServer(t, Options{})
	res, err := http.Get(ts.URL + "/api/v1/export?doc=seed.tmx")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if got := res.Header.Get("Content-Disposition"); res.StatusCode != 200 || got != "attachment; filename=seed.tmx.tmx" {
		t.Errorf("an export of seed.tmx: %d, Content-Disposition %q", res.StatusCode, got)
	}
	for doc, want := range map[string]string{
		"":                     `attachment; filename=bitext.tsv`,
		"clients/acme/q3.xlf":  `attachment; filename=q3.xlf.tsv`,
		`C:\work\report.docx`:  `attachment; filename=report.docx.tsv`,
		"clients/":             `attachment; filename=bitext.tsv`,
		"résumé \"final\".tmx": `attachment; filename*=utf-8''r%C3%A9sum%C3%A9%20%22final%22.tmx.tsv`,
	} {
		if got := exportFilename(doc, tm.FormatTSV); got != want {
			t.Errorf("exportFilename(%q) = %q; want %q", doc, got, want)
		}
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
