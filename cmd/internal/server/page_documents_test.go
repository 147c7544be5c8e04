package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bitext/bitext/tm"
	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"golang.org/x/text/language"
)

// TestBrowserDocumentsNoteUndo: the Documents tab said "Deleting a
// document deletes every unit that came from it (there is no undo)" over
// Delete buttons that offer Undo for 10 seconds.
func TestBrowserDocumentsNoteUndo(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "documents", chromedp.Navigate(ts.URL+"/#documents"))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	note := eval[string](t, ctx, `document.querySelector("#documents > .note").textContent.replace(/\s+/g, " ")`)
	if strings.Contains(note, "no undo") || !strings.Contains(note, "Undo") {
		t.Errorf("the Documents tab's note says %q; want it to say what Undo puts back", note)
	}
}

// TestBrowserImportExport: the Documents tab imports a file chosen on
// the translator's machine (a TSV in the language boxes' pair; a broken
// TMX refused with the server's words, nothing stored) and exports a
// document, or the whole TM, as a TMX download. The page had neither: a
// client's TMX needed the command line on the server's machine.
func TestBrowserImportExport(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	dir := t.TempDir()
	tsv := filepath.Join(dir, "client-notes.tsv")
	if err := os.WriteFile(tsv, []byte("The minister left Baghdad.\tLe ministre a quitté Bagdad.\nThe talks went on.\tLes pourparlers ont continué.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "broken.tmx")
	if err := os.WriteFile(broken, []byte("<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>cut"), 0o644); err != nil {
		t.Fatal(err)
	}
	downloads := t.TempDir()
	do(t, ctx, "downloads", chromedp.Navigate(ts.URL+"/#documents"), chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
			Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads})
		return err
	}))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	if !eval[bool](t, ctx, `!!document.getElementById("import-file") && !!document.getElementById("export-tm")`) {
		t.Fatal("the Documents tab has no Import a file and no Export the TM")
	}

	do(t, ctx, "import broken", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{broken}), chromedp.Click(chromedp.CSS("#import")))
	waitFor(t, ctx, `document.getElementById("status").className == "error"`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, "broken.tmx") {
		t.Errorf("a broken TMX imported says %q; want the server's message naming the file", got)
	}
	do(t, ctx, "import", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{tsv}), chromedp.Click(chromedp.CSS("#import")))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("client-notes.tsv: 2 units read, 2 added")`)
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 2`)
	row := `[...document.querySelectorAll("#docs-table tr.document")].find((r) => r.querySelector(".open-doc").textContent == "client-notes.tsv")`
	if got := eval[string](t, ctx, row+`.cells[2].textContent`); got != "en fr" {
		t.Errorf("the TSV imported is in %q; want en fr (the language boxes)", got)
	}

	readDownload := func(name string) string {
		t.Helper()
		waitFor(t, ctx, `document.getElementById("status").textContent.includes(" to `+name+`: see your downloads")`)
		for range 100 {
			if b, err := os.ReadFile(filepath.Join(downloads, name)); err == nil && strings.Contains(string(b), "</tmx>") {
				return string(b)
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("no %s in the downloads", name)
		return ""
	}
	do(t, ctx, "export the document", chromedp.Click(chromedp.CSS(`#docs-table button[aria-label="export the document client-notes.tsv as TMX"]`)))
	doc := readDownload("client-notes.tsv.tmx")
	if !strings.Contains(doc, "Le ministre a quitté Bagdad.") || strings.Contains(doc, seed[1]) {
		t.Errorf("the document's export holds:\n%s\nwant its two units and no other", doc)
	}
	do(t, ctx, "export the TM", chromedp.Click(chromedp.CSS("#export-tm")))
	all := readDownload("bitext.tmx")
	if !strings.Contains(all, "Les pourparlers ont continué.") || !strings.Contains(all, seed[1]) {
		t.Errorf("the TM's export lacks a unit:\n%s", all)
	}
}

// TestBrowserImportTooBig: a file over the server's body limit was
// answered in the command line's words ("request body over 33554432
// bytes ... gzip -k FILE"); the page says the sizes in MB and what to do.
func TestBrowserImportTooBig(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{MaxBody: 1 << 20})
	big := filepath.Join(t.TempDir(), "big.tsv")
	if err := os.WriteFile(big, []byte(strings.Repeat("The minister left.\tLe ministre est parti.\n", 60000)), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "import", chromedp.Navigate(ts.URL+"/#documents"), chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{big}), chromedp.Click(chromedp.CSS("#import")))
	waitFor(t, ctx, `document.getElementById("status").className == "error"`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.HasPrefix(got, "big.tsv is 3 MB, over the 1 MB this server takes: nothing was stored. Compress it") {
		t.Errorf("a file over the limit says %q", got)
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
	  window.fetch = (u, o) => (window.fetched.push(((o && o.method) || "GET") + " " + new URL(u, location.href).pathname), window.realFetch(u, o)),
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

// TestBrowserDeleteOpenDocument: deleting the document open (opened from
// its row, a step for Back) takes that step back as Close does: Back
// then goes to the tab before, not to the list again (an extra Back) or
// to the deleted document.
func TestBrowserDeleteOpenDocument(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	active := `document.querySelector(".page.active").id + " " + location.hash`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#search"), chromedp.Click(chromedp.CSS("#tab-documents")))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	do(t, ctx, "open", chromedp.Click(chromedp.CSS("#docs-table .open-doc")))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3 && location.hash == "#documents?doc=seed.tmx"`)
	do(t, ctx, "delete", chromedp.Click(chromedp.CSS("#docs-table .delete-doc")), chromedp.Click(chromedp.CSS("#docs-table .delete-doc")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("deleted") && location.hash == "#documents"`)
	if !eval[bool](t, ctx, `document.getElementById("doc-units").hidden`) {
		t.Error("the deleted document's units are still shown")
	}
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, active+` == "search #search"`)
}

// TestBrowserStatusInView: what a save far down a document's units said
// ("unit 80 saved", a 409's "changed since it was read") was written on
// the status line above the window, out of sight: it stays in the
// window now, over the rows.
func TestBrowserStatusInView(t *testing.T) {
	ctx := browser(t)
	us := make([]tm.Unit, 80)
	for i := range us {
		us[i] = pairUnit(language.English, language.French, fmt.Sprintf("Report %d of the day.", i), fmt.Sprintf("Rapport %d du jour.", i), tm.Origin{File: "wire.tmx"})
	}
	ts, _ := serveImported(t, "wire.tmx", us)
	last := `document.querySelector("#doc-units-table tr.unit:last-child")`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=wire.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 80`)
	do(t, ctx, "edit the last", chromedp.Click(chromedp.CSS("#doc-units-table tr.unit:last-child .edit")))
	waitFor(t, ctx, last+`.querySelector(".text").isContentEditable`)
	eval[bool](t, ctx, `(`+last+`.querySelectorAll(".text")[1].textContent = "Rapport du soir.", true)`)
	do(t, ctx, "save", chromedp.Click(chromedp.CSS("#doc-units-table tr.unit:last-child .edit")))
	waitFor(t, ctx, `document.getElementById("status").textContent.endsWith(" saved")`)
	if eval[float64](t, ctx, `scrollY`) == 0 {
		t.Fatal("the window was not scrolled to the last unit: the test shows nothing")
	}
	// The status line's middle is in the window and nothing covers it.
	if !eval[bool](t, ctx, `(() => { const s = document.getElementById("status"), r = s.getBoundingClientRect();
	  const y = (r.top + r.bottom) / 2; return y > 0 && y < innerHeight && s.contains(document.elementFromPoint(r.left + 5, y)); })()`) {
		t.Errorf("after a save of the last of 80 units, the status line (%q) is out of the window", eval[string](t, ctx, `document.getElementById("status").textContent`))
	}
}

// TestBrowserConflictPersianText: a save refused because another window
// changed a Persian text quoted that text as the server's Go-quoted copy,
// every zero-width non-joiner of it written \u200c. The page quotes the
// text as stored.
func TestBrowserConflictPersianText(t *testing.T) {
	ctx := browser(t)
	const theirs = "وزیر به تهران رسید و با فرمانده\u200cها دیدار کرد."
	u := pairUnit(language.English, language.Persian, "The minister arrived in Tehran.", "وزیر به تهران رسید.", tm.Origin{File: "fa.tmx"})
	ts, db := serveImported(t, "fa.tmx", []tm.Unit{u})
	row := `document.querySelector("#doc-units-table tr.unit")`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=fa.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 1`)
	do(t, ctx, "edit", chromedp.Click(chromedp.CSS("#doc-units-table tr.unit .edit")))
	waitFor(t, ctx, row+`.querySelector(".text").isContentEditable`)
	if err := db.EditUnit(context.Background(), 1, tm.UnitEdit{Lang: language.Persian, Text: theirs}); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, `(`+row+`.querySelectorAll(".text")[1].textContent = "وزیر امروز به تهران رسید.", true)`)
	do(t, ctx, "save", chromedp.Click(chromedp.CSS("#doc-units-table tr.unit .edit")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("Save again")`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, theirs) || strings.Contains(got, `\u200c`) {
		t.Errorf("the refused save says %q; want the text stored now, %q, as it is written", got, theirs)
	}
}

// TestBrowserDocumentFromUnit: a long document was read by More
// alone, 100 a press (unit 5,000 of 10,000 was 50 presses away, the rows
// piling up; pages55). "Show from unit N", typed and Enter, shows the
// units from the Nth on, says which, and More goes on from there.
func TestBrowserDocumentFromUnit(t *testing.T) {
	ctx := browser(t)
	ts := longDocServer(t, 1000)
	const rows = `document.querySelectorAll("#doc-units-table tr.unit")`
	const said = `document.getElementById("status").textContent`
	const count = `document.getElementById("doc-units-count").textContent`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=long.tmx"))
	waitFor(t, ctx, rows+`.length == 100`)
	if eval[bool](t, ctx, `document.getElementById("doc-units-goto").hidden`) {
		t.Fatal("a document of 1,000 units offers no box to go to a unit")
	}
	do(t, ctx, "type 501, Enter", chromedp.Focus(chromedp.CSS("#doc-units-from")), chromedp.SendKeys(chromedp.CSS("#doc-units-from"), "501"), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, rows+`[0].textContent.includes("Sentence number 501.")`)
	if n := eval[int](t, ctx, rows+`.length`); n != 100 {
		t.Errorf("from unit 501: %d rows shown; want the 100 from it", n)
	}
	if got := eval[string](t, ctx, count); got != "units 501–600 of 1,000" {
		t.Errorf("from unit 501 the count says %q; want units 501–600 of 1,000", got)
	}
	if got := eval[string](t, ctx, said); got != "units 501–600 of 1,000 shown" {
		t.Errorf("from unit 501 the status line says %q; want which units are shown", got)
	}
	if got := eval[string](t, ctx, `document.activeElement.id`); got != "doc-units-from" {
		t.Errorf("after Enter the focus is on %q; want it kept in the box", got)
	}
	// Tab goes on to the first row shown.
	do(t, ctx, "Tab", chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Tab))
	if got := eval[string](t, ctx, `(() => { const r = document.activeElement.closest("tr"); return r ? r.textContent : document.activeElement.id; })()`); !strings.Contains(got, "Sentence number 501.") {
		t.Errorf("Tab twice from the box reaches %q; want the first unit shown (501)", got)
	}
	do(t, ctx, "More", chromedp.Click(chromedp.CSS("#doc-units-more")))
	waitFor(t, ctx, rows+`.length == 200`)
	if got := eval[string](t, ctx, rows+`[199].textContent`); !strings.Contains(got, "Sentence number 700.") {
		t.Errorf("More after unit 501 showed up to %q; want unit 700", got)
	}
	if got := eval[string](t, ctx, count); got != "units 501–700 of 1,000" {
		t.Errorf("after More the count says %q; want units 501–700 of 1,000", got)
	}
	// A place past the end is said, and changes nothing.
	do(t, ctx, "type 1001, Enter", chromedp.SetValue(chromedp.CSS("#doc-units-from"), "1001"), chromedp.Focus(chromedp.CSS("#doc-units-from")), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, said+`.startsWith("Type a unit's place")`)
	if n := eval[int](t, ctx, rows+`.length`); n != 200 {
		t.Errorf("a place past the end: %d rows; want the 200 shown kept", n)
	}
	do(t, ctx, "type 1, Enter", chromedp.SetValue(chromedp.CSS("#doc-units-from"), "1"), chromedp.Focus(chromedp.CSS("#doc-units-from")), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, rows+`[0].textContent.includes("Sentence number 1.")`)
	if got := eval[string](t, ctx, count); got != "100 of 1,000 units" {
		t.Errorf("from unit 1 the count says %q; want 100 of 1,000 units", got)
	}
}

// TestBrowserDocumentFromUnitInAddress: the unit "Show from unit" started
// the rows at is kept in the address (#documents?doc=long.tmx&from=501),
// as the document open is: a reload, or the address bookmarked, shows the
// units from there again, where it started from unit 1. A place past the
// document's end (units deleted since) shows it from its first.
func TestBrowserDocumentFromUnitInAddress(t *testing.T) {
	ctx := browser(t)
	ts := longDocServer(t, 250)
	const rows = `document.querySelectorAll("#doc-units-table tr.unit")`
	const count = `document.getElementById("doc-units-count").textContent`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=long.tmx"))
	waitFor(t, ctx, rows+`.length == 100`)
	do(t, ctx, "type 201, Enter", chromedp.Focus(chromedp.CSS("#doc-units-from")), chromedp.SendKeys(chromedp.CSS("#doc-units-from"), "201"), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, rows+`[0].textContent.includes("Sentence number 201.")`)
	if got := eval[string](t, ctx, `location.hash`); got != "#documents?doc=long.tmx&from=201" {
		t.Errorf("from unit 201 the address ends %q; want #documents?doc=long.tmx&from=201", got)
	}
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, rows+`.length > 0 && `+rows+`[0].textContent.includes("Sentence number 201.")`)
	if got := eval[string](t, ctx, count); got != "units 201–250 of 250" {
		t.Errorf("reloaded, the count says %q; want units 201–250 of 250", got)
	}
	// A document opened from its row starts at its first unit.
	do(t, ctx, "close", chromedp.Click(chromedp.CSS("#doc-units-close")))
	waitFor(t, ctx, `document.getElementById("doc-units").hidden`)
	do(t, ctx, "open from its row", chromedp.Click(chromedp.CSS("#docs-table .open-doc")))
	waitFor(t, ctx, rows+`.length == 100 && `+rows+`[0].textContent.includes("Sentence number 1.")`)
	if got := eval[string](t, ctx, `location.hash`); got != "#documents?doc=long.tmx" {
		t.Errorf("opened from its row the address ends %q; want no from=", got)
	}
	do(t, ctx, "past the end", chromedp.Navigate(ts.URL+"/#documents?doc=long.tmx&from=900"))
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, rows+`.length == 100 && `+rows+`[0].textContent.includes("Sentence number 1.")`)
	if got := eval[string](t, ctx, count); got != "100 of 250 units" {
		t.Errorf("from a place past the end the count says %q; want 100 of 250 units", got)
	}
	if got := eval[string](t, ctx, `location.hash`); got != "#documents?doc=long.tmx" {
		t.Errorf("from a place past the end the address ends %q; want no from=", got)
	}
}

// longDocServer serves a TM holding one document, long.tmx, of n
// English-French units "Sentence number i." / "Phrase numéro i.".
func longDocServer(t *testing.T, n int) *httptest.Server {
	t.Helper()
	var units []tm.Unit
	for i := range n {
		units = append(units, pairUnit(language.English, language.French, fmt.Sprintf("Sentence number %d.", i+1), fmt.Sprintf("Phrase numéro %d.", i+1), tm.Origin{File: "long.tmx"}))
	}
	ts, _ := serveImported(t, "long.tmx", units)
	return ts
}

// serveThreeUnits serves a TM of one document, b.tmx, of three English and
// French units: the tests of a document deleted while it is open.
func serveThreeUnits(t *testing.T) *httptest.Server {
	t.Helper()
	var units []tm.Unit
	for i := 1; i <= 3; i++ {
		units = append(units, pairUnit(language.English, language.French, fmt.Sprintf("Sentence number %d.", i), fmt.Sprintf("Phrase numéro %d.", i), tm.Origin{File: "b.tmx"}))
	}
	ts, _ := serveImported(t, "b.tmx", units)
	return ts
}

// recordStatusLines makes the page keep, in window.said, every line the
// status area says from now on (a screen reader reads each one).
func recordStatusLines(t *testing.T, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `(window.said = [], new MutationObserver(() => { const s = document.getElementById("status").textContent; if (s) window.said.push(s); }).observe(document.getElementById("status"), { childList: true, characterData: true, subtree: true }), true)`)
}

// TestBrowserDocumentDeletedElsewhere: a document deleted in another
// window while its units are open. Each unit's save was refused one at a
// time ("unit N was deleted since..."), the list and the panel still
// showing the document. The first refusal says the document is gone,
// once, takes it out of the list and strikes every row through, the
// text typed kept to copy and no save offered.
func TestBrowserDocumentDeletedElsewhere(t *testing.T) {
	ctx := browser(t)
	ts := serveThreeUnits(t)
	const rows = `[...document.querySelectorAll("#doc-units-table tr.unit")]`
	const said = `document.getElementById("status").textContent`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=b.tmx"))
	waitFor(t, ctx, rows+`.length == 3 && [...document.querySelectorAll("#docs-table .open-doc")].some((b) => b.textContent == "b.tmx")`)
	// Two rows edited: the first typed in and saved, the second typed in.
	eval[bool](t, ctx, `(`+rows+`.forEach((r, i) => { if (i < 2) r.querySelector(".edit").click(); }), true)`)
	waitFor(t, ctx, rows+`[1].querySelectorAll(".text")[1].isContentEditable`)
	eval[bool](t, ctx, `(`+rows+`[0].querySelectorAll(".text")[1].textContent = "Ma phrase un.", `+rows+`[1].querySelectorAll(".text")[1].textContent = "Ma phrase deux.", true)`)
	if st := call(t, "DELETE", ts.URL+"/api/v1/documents/b.tmx", "", nil); st != http.StatusOK {
		t.Fatalf("DELETE the document: %d", st)
	}
	// Every line the status area says from here on (a screen reader
	// reads each): the unit's refusal said first and the document's a
	// moment later were two.
	recordStatusLines(t, ctx)
	eval[bool](t, ctx, `(`+rows+`[0].querySelector(".edit").click(), true)`)
	waitFor(t, ctx, said+`.includes("the document")`)
	if got := eval[string](t, ctx, said); !strings.Contains(got, `"b.tmx" was deleted`) {
		t.Errorf("the status line says %q; want the document said deleted", got)
	}
	if got := eval[[]string](t, ctx, `window.said`); len(got) != 1 {
		t.Errorf("the status area said %d lines: %q; want one, the document's", len(got), got)
	}
	if eval[bool](t, ctx, `[...document.querySelectorAll("#docs-table .open-doc")].some((b) => b.textContent == "b.tmx")`) {
		t.Error("the document deleted is still in the list")
	}
	if n := eval[int](t, ctx, rows+`.filter((r) => r.classList.contains("gone")).length`); n != 3 {
		t.Errorf("%d of the 3 rows struck through; want every one", n)
	}
	if n := eval[int](t, ctx, `[...document.querySelectorAll("#doc-units-table button")].filter((b) => !b.disabled).length`); n != 0 {
		t.Errorf("%d buttons of the units still offered; want none", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#doc-units-table [contenteditable=true]").length`); n != 0 {
		t.Errorf("%d cells still editable; want none", n)
	}
	for i, want := range []string{"Ma phrase un.", "Ma phrase deux."} {
		if got := eval[string](t, ctx, fmt.Sprintf(`%s[%d].querySelectorAll(".text")[1].textContent`, rows, i)); got != want {
			t.Errorf("row %d reads %q; want the text typed, %q, kept to copy", i+1, got, want)
		}
	}
}

// TestBrowserDocumentDeletedElsewhereOneLine: a unit's Delete pressed
// twice after its document was deleted in another window says one line,
// the document's (it said the unit was already deleted, then the
// document's line replaced it).
func TestBrowserDocumentDeletedElsewhereOneLine(t *testing.T) {
	ctx := browser(t)
	ts := serveThreeUnits(t)
	const rows = `[...document.querySelectorAll("#doc-units-table tr.unit")]`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=b.tmx"))
	waitFor(t, ctx, rows+`.length == 3`)
	if st := call(t, "DELETE", ts.URL+"/api/v1/documents/b.tmx", "", nil); st != http.StatusOK {
		t.Fatalf("DELETE the document: %d", st)
	}
	recordStatusLines(t, ctx)
	do(t, ctx, "Delete twice", chromedp.Click(chromedp.CSS(`#doc-units-table tr.unit .delete`)), chromedp.Click(chromedp.CSS(`#doc-units-table tr.unit .delete`)))
	waitFor(t, ctx, rows+`.length == 2 && document.getElementById("status").textContent.includes("the document")`)
	// The first press asks (a line of its own); then one line.
	got := eval[[]string](t, ctx, `window.said`)
	if len(got) != 2 || !strings.HasPrefix(got[0], "press Delete again") || !strings.Contains(got[1], `"b.tmx" was deleted`) {
		t.Errorf("the status area said %q; want the question, then the document's line alone", got)
	}
	if n := eval[int](t, ctx, rows+`.filter((r) => r.classList.contains("gone")).length`); n != 2 {
		t.Errorf("%d of the 2 rows left struck through; want both", n)
	}
}
