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
	"sync/atomic"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm"
)

// The page used as a translator would, on a TM of thousands of units
// (branch page43): what the screenshots showed wrong.

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

// TestBrowserLanguageBoxes: a language box left empty or holding a word
// was answered in the server's field names ("tgt is required", `src
// "english": not a BCP 47 language tag`): the page says which box, and an
// empty one gets the focus.
func TestBrowserLanguageBoxes(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "search", chromedp.Navigate(ts.URL+"/#search"))
	eval[bool](t, ctx, `(document.getElementById("tgt").value = "", true)`)
	do(t, ctx, "empty target", chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.getElementById("status").className == "error"`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent + " | " + document.activeElement.id`); !strings.HasPrefix(got, "type the target language in its box") || !strings.HasSuffix(got, " | tgt") {
		t.Errorf("a lookup with the target box empty: %q; want the box named and focused", got)
	}
	do(t, ctx, "a word", chromedp.SetValue(chromedp.CSS("#src"), "english"), chromedp.SetValue(chromedp.CSS("#tgt"), "fr"),
		chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("english")`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.HasPrefix(got, `the source language "english": `) {
		t.Errorf("a concordance with \"english\" in the source box says %q; want the source language named", got)
	}
}

// TestBrowserAlignPenaltyShown: a lookup whose text is the stored one,
// of a pair the aligner scored 0.62, read "80% fuzzy" over two identical
// texts: the score says the text's 100% and the points the pair lost, as
// tm lookup's "-20" does.
func TestBrowserAlignPenaltyShown(t *testing.T) {
	ctx := browser(t)
	lookupOneAligned(t, ctx, "The minister arrived in Baghdad on Sunday.", "Le ministre est arrivé à Bagdad dimanche.", 0.62)
	if got := eval[string](t, ctx, `document.querySelector("#matches tr.match td.score").innerText.replace(/\s+/g, " ")`); got != "80% fuzzy text 100% − 20" {
		t.Errorf("the match's score cell reads %q; want 80%% fuzzy text 100%% − 20", got)
	}
}

// TestBrowserServerRestarted: a server restarted while the page is open
// (an upgrade, a reboot) has a new CSRF token: every write of the page
// was refused with "missing or stale CSRF token: reload the page", and a
// reload lost the edit typed. The page takes the new token and saves.
func TestBrowserServerRestarted(t *testing.T) {
	ctx := browser(t)
	db := newDB(t, seed...)
	var running atomic.Pointer[Server]
	running.Store(newServer(t, Options{DB: db}))
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { running.Load().ServeHTTP(w, r) }))
	t.Cleanup(ts.Close)
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"), chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	running.Store(newServer(t, Options{DB: db})) // restarted: another token
	do(t, ctx, "edit", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
	waitFor(t, ctx, `document.querySelector("#matches .target").isContentEditable`)
	eval[bool](t, ctx, `(document.querySelector("#matches .target").textContent = "Le ministre est arrivé à Bagdad ce lundi.", true)`)
	do(t, ctx, "save", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("unit 1") || document.getElementById("status").className == "error"`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); got != "unit 1 saved" {
		t.Fatalf("a save after the server's restart says %q; want unit 1 saved", got)
	}
	var u struct {
		Variants []struct{ Lang, Text string }
	}
	call(t, "GET", ts.URL+"/api/v1/units/1", "", &u)
	if len(u.Variants) != 2 || u.Variants[1].Text != "Le ministre est arrivé à Bagdad ce lundi." {
		t.Errorf("unit 1 after the save: %+v", u.Variants)
	}
}

// TestBrowserNormalizedFont: the normalized copy is prose, in the page's
// font: a pre's monospace spread Persian letter by letter over the line.
func TestBrowserNormalizedFont(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "normalize", chromedp.Navigate(ts.URL+"/#names"), chromedp.SetValue(chromedp.CSS("#src"), "fa"),
		chromedp.SetValue(chromedp.CSS("#copy"), "سرلشکر سلامی، فرمانده کل سپاه، تأکید کرد."), chromedp.Click(chromedp.CSS("#normalize")))
	waitFor(t, ctx, `document.getElementById("normalized").textContent != ""`)
	got := eval[[]string](t, ctx, `[getComputedStyle(document.getElementById("normalized")).fontFamily, getComputedStyle(document.getElementById("marked")).fontFamily]`)
	if got[0] != got[1] || strings.Contains(got[0], "monospace") {
		t.Errorf("the normalized copy's font is %q, the checked copy's %q; want the page's", got[0], got[1])
	}
}

// TestBrowserOneSaidOne: one of a thing is said in the singular: "1
// regions to review", "1 names rewritten" and "1 variants to rewrite" read
// as the page's English had not been looked at.
func TestBrowserOneSaidOne(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	statusAfter := func(what string, steps ...chromedp.Action[chromedp.Void]) string {
		t.Helper()
		eval[bool](t, ctx, `(document.getElementById("status").textContent = "", true)`)
		do(t, ctx, what, steps...)
		waitFor(t, ctx, `document.getElementById("status").textContent != ""`)
		return eval[string](t, ctx, `document.getElementById("status").textContent`)
	}
	do(t, ctx, "names", chromedp.Navigate(ts.URL+"/#names"))
	copyText := chromedp.SetValue(chromedp.CSS("#copy"), "Qasim Soleimani was named.")
	if got := statusAfter("check", copyText, chromedp.Click(chromedp.CSS("#check"))); got != "1 variant to rewrite" {
		t.Errorf("a check of one variant says %q", got)
	}
	if got := statusAfter("normalize", chromedp.Click(chromedp.CSS("#normalize"))); got != "1 name rewritten" {
		t.Errorf("a normalize of one variant says %q", got)
	}
	got := statusAfter("align", chromedp.Click(chromedp.CSS("#tab-align")), chromedp.SetValue(chromedp.CSS("#src-text"), "The minister arrived."),
		chromedp.SetValue(chromedp.CSS("#tgt-text"), "Le ministre est arrivé."), chromedp.Click(chromedp.CSS("#do-align")))
	if !strings.HasPrefix(got, "1 bead, ") || !strings.HasSuffix(got, " to review") || strings.Contains(got, "1 regions") {
		t.Errorf("an alignment of one bead says %q", got)
	}
	if got := statusAfter("store", chromedp.Click(chromedp.CSS("#store"))); !strings.HasPrefix(got, "stored 1 reviewed pair (") {
		t.Errorf("a store of one pair says %q", got)
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

// lookupOneAligned serves a TM of one en-fr pair, src and tgt, aligned
// from story.en.txt and story.fr.txt with the aligner's score, and looks
// src up on the page until its match is shown.
func lookupOneAligned(t *testing.T, ctx context.Context, src, tgt string, score float64) {
	t.Helper()
	db := newDB(t)
	u := pairUnit(language.English, language.French, src, tgt, tm.Origin{File: "story.en.txt", SrcDoc: "story.en.txt", TgtDoc: "story.fr.txt", Score: score})
	if _, err := db.Import(t.Context(), unitSeq([]tm.Unit{u}), tm.ImportOptions{File: "story.en.txt"}); err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{DB: db})
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"), chromedp.SetValue(chromedp.CSS("#query"), src), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length == 1`)
}
