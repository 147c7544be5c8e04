package server

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm"
)

// TestBrowserTabKeepsFocus: a tab pressed (Enter on it, or a click) keeps
// the focus. The address's #documents named the tab's section
// (<section id="documents">), and Chromium's move to that fragment took
// the focus off the button to the page's body: a screen reader said
// nothing of the tab shown, and the focus ring was gone.
func TestBrowserTabKeepsFocus(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#search"))
	waitFor(t, ctx, `document.querySelector("#tab-search.active") != null`)
	for _, tab := range []string{"documents", "glossary", "names", "align", "search"} {
		do(t, ctx, "Enter on "+tab, chromedp.Focus(chromedp.CSS("#tab-"+tab)), chromedp.KeyEvent(kb.Enter))
		waitFor(t, ctx, `document.querySelector("#`+tab+`.page.active") != null && location.hash == "#`+tab+`"`)
		if got := eval[string](t, ctx, `document.activeElement.id || document.activeElement.tagName`); got != "tab-"+tab {
			t.Errorf("Enter on the tab %s: the focus is on %s; want the tab's button", tab, got)
		}
	}
	// Back still shows the tab before, and Forward the one after.
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, `document.querySelector("#align.page.active") != null && location.hash == "#align"`)
	do(t, ctx, "forward", chromedp.NavigateForward())
	waitFor(t, ctx, `document.querySelector("#search.page.active") != null && location.hash == "#search"`)
}

// TestBrowserSearchEditDropsScore: a match's translation edited in TM
// search is a person's pair, as the server stores it (no aligner score,
// no penalty): the row said "aligned 0.50" and "text 91% − 9" still, as a
// document's units no longer do after an edit, until the next lookup.
func TestBrowserSearchEditDropsScore(t *testing.T) {
	ctx := browser(t)
	const src, tgt = "The minister arrived in Berlin on Monday morning.", "Der Minister kam am Montagmorgen in Berlin an."
	ts, _ := serveImported(t, "story.en.txt", []tm.Unit{pairUnit(language.English, language.German, src, tgt,
		tm.Origin{File: "story.en.txt", SrcDoc: "story.en.txt", TgtDoc: "story.de.txt", Score: 0.5})})
	q := url.Values{"q": {"The minister arrived in Berlin on Monday."}, "src": {"en"}, "tgt": {"de"}}
	do(t, ctx, "look up", chromedp.Navigate(ts.URL+"/#search?"+q.Encode()))
	waitFor(t, ctx, `document.querySelector("#results tr.match .aligned") != null`)
	before := eval[string](t, ctx, `document.querySelector("#results tr.match td.score").textContent`)
	eval[bool](t, ctx, `(document.querySelector("#results tr.match .edit").click(), true)`)
	do(t, ctx, "type", chromedp.KeyEvent(" (korrigiert)"), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, `document.getElementById("status").textContent.endsWith("saved")`)
	row := `document.querySelector("#results tr.match")`
	if eval[bool](t, ctx, row+`.querySelector(".aligned, .penalty") != null`) {
		t.Errorf("after the edit the match still shows the aligner's score: %q", eval[string](t, ctx, row+`.textContent`))
	}
	if got := eval[string](t, ctx, row+`.querySelector("td:last-child").textContent`); !strings.Contains(got, "edited") {
		t.Errorf("after the edit the match's origin reads %q; want it to say edited", got)
	}
	// The percentage is the text's, as the lookup gives it now.
	var res struct {
		Matches []struct {
			Score      int     `json:"score"`
			AlignScore float64 `json:"align_score"`
		} `json:"matches"`
	}
	call(t, "GET", ts.URL+"/api/v1/lookup?"+q.Encode(), "", &res)
	if len(res.Matches) != 1 || res.Matches[0].AlignScore != 0 {
		t.Fatalf("the lookup after the edit: %+v; want one match without an aligner score", res.Matches)
	}
	want := strconv.Itoa(res.Matches[0].Score) + "%"
	if got := eval[string](t, ctx, `document.querySelector("#results tr.match td.score").firstChild.textContent`); got != want {
		t.Errorf("after the edit the match reads %s (before: %q); the lookup now gives %s", got, before, want)
	}
}

// TestBrowserImportNamesNoLanguages: an XLIFF file that names no target
// language, imported from the Documents tab, is read in the languages at
// the top, as a TSV file is, and the status line says so. The page
// passed on the server's words for an API client, "give the languages in
// the query: ?src=LANG&tgt=LANG (/api/v1/import?src=en&tgt=fr)", which a
// translator at the page cannot do. A file in other languages than the
// boxes' is refused with the boxes named, not tm import's flags.
func TestBrowserImportNamesNoLanguages(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	file := trialFiles(t)
	const text = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="story.txt" source-language="en" datatype="plaintext"><body>
    <trans-unit id="1"><source>The minister arrived in Berlin.</source><target state="translated">Der Minister kam in Berlin an.</target></trans-unit>
  </body></file>
</xliff>
`
	xlf := file("story.xlf", text)
	fr := file("histoire.xlf", strings.Replace(strings.Replace(text, `source-language="en"`, `source-language="fr"`, 1), "The minister arrived in Berlin.", "Le ministre est arrivé à Berlin.", 1))
	const said = `document.getElementById("status").textContent`
	do(t, ctx, "import", chromedp.Navigate(ts.URL+"/#documents"), chromedp.SetValue(chromedp.CSS("#tgt"), "de"),
		chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{xlf}), chromedp.Click(chromedp.CSS("#import")))
	waitFor(t, ctx, said+`.startsWith("story.xlf") || document.getElementById("status").className == "error"`)
	if got, want := eval[string](t, ctx, said), "story.xlf: 1 unit read, 1 added, 0 merged (it names no languages: read as en → de, the languages at the top)"; got != want {
		t.Errorf("an XLIFF naming no target language imported: the status line says %q; want %q", got, want)
	}
	var res struct {
		Matches []struct {
			Target     string `json:"target"`
			TargetLang string `json:"target_lang"`
		} `json:"matches"`
	}
	call(t, "GET", ts.URL+"/api/v1/lookup?"+url.Values{"q": {"The minister arrived in Berlin."}, "src": {"en"}, "tgt": {"de"}}.Encode(), "", &res)
	if len(res.Matches) != 1 || res.Matches[0].Target != "Der Minister kam in Berlin an." {
		t.Errorf("the XLIFF's unit looked up in en → de: %+v", res.Matches)
	}
	// One in French (its source) while the boxes say en: refused, nothing
	// stored, the boxes named.
	units := countUnits(t, db)
	do(t, ctx, "import fr", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{fr}), chromedp.Click(chromedp.CSS("#import")))
	waitFor(t, ctx, said+`.includes("histoire.xlf")`)
	if got := eval[string](t, ctx, said); strings.Contains(got, "--src") || strings.Contains(got, "?src=") || !strings.Contains(got, "the languages at the top") {
		t.Errorf("a French XLIFF naming no target language imported under en → de: the status line says %q; want the languages at the top named, not flags or a query", got)
	}
	if n := countUnits(t, db); n != units {
		t.Errorf("the refused XLIFF file changed the TM: %d units, %d before", n, units)
	}
}

// TestBrowserReviewStoresItsFiles: the pairs of a review whose texts were
// read from files are stored as those documents' (src_doc, tgt_doc), and
// a lookup's match names them, as it names an aligned file's; a text
// pasted over one side's file is no longer that file's. Every reviewed
// pair's origin read "reviewed" alone, whichever chapter it came from.
func TestBrowserReviewStoresItsFiles(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	file := trialFiles(t)
	en := file("chapter2.en.txt", "The queen looked at the sea. The ship was gone.\n")
	de := file("chapter2.de.txt", "Die Königin blickte auf das Meer. Das Schiff war fort.\n")
	const said = `document.getElementById("status").textContent`
	lookup := func(q string) (srcDoc, tgtDoc string) {
		t.Helper()
		var res struct {
			Matches []struct {
				SrcDoc string `json:"src_doc"`
				TgtDoc string `json:"tgt_doc"`
			} `json:"matches"`
		}
		call(t, "GET", ts.URL+"/api/v1/lookup?"+url.Values{"q": {q}, "src": {"en"}, "tgt": {"de"}}.Encode(), "", &res)
		if len(res.Matches) == 0 {
			t.Fatalf("%q: no match; want the reviewed pair", q)
		}
		return res.Matches[0].SrcDoc, res.Matches[0].TgtDoc
	}
	do(t, ctx, "files", chromedp.Navigate(ts.URL+"/#align"), chromedp.SetValue(chromedp.CSS("#tgt"), "de"),
		chromedp.SetUploadFiles(chromedp.CSS("#src-file"), []string{en}), chromedp.SetUploadFiles(chromedp.CSS("#tgt-file"), []string{de}))
	waitFor(t, ctx, `document.getElementById("src-text").value != "" && document.getElementById("tgt-text").value != ""`)
	do(t, ctx, "align", chromedp.Click(chromedp.CSS("#do-align")))
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 2`)
	do(t, ctx, "store", chromedp.Click(chromedp.CSS("#store")))
	waitFor(t, ctx, said+`.startsWith("stored 2 reviewed pairs")`)
	if s, d := lookup("The queen looked at the sea."); s != "chapter2.en.txt" || d != "chapter2.de.txt" {
		t.Errorf("a pair reviewed from files: its documents are %q and %q; want chapter2.en.txt and chapter2.de.txt", s, d)
	}
	// The target's text pasted over the file's: that side names no file.
	do(t, ctx, "paste", chromedp.Focus(chromedp.CSS("#tgt-text")), chromedp.KeyEvent("a", chromedp.KeyModifiers(2)))
	eval[bool](t, ctx, `(() => { const b = document.getElementById("tgt-text"), dt = new DataTransfer(); dt.setData("text/plain", "Der König schlief. Der Hund bellte."); b.dispatchEvent(new InputEvent("beforeinput", { inputType: "insertFromPaste", dataTransfer: dt, bubbles: true, cancelable: true })); b.value = "Der König schlief. Der Hund bellte."; b.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true })); return true })()`)
	do(t, ctx, "source", chromedp.SetValue(chromedp.CSS("#src-text"), "The king slept. The dog barked."))
	do(t, ctx, "align again", chromedp.Click(chromedp.CSS("#do-align")))
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 2 && document.querySelector("#beads tbody").textContent.includes("König")`)
	eval[bool](t, ctx, `(document.getElementById("status").textContent = "", true)`)
	do(t, ctx, "store", chromedp.Click(chromedp.CSS("#store")))
	waitFor(t, ctx, said+`.startsWith("stored 2 reviewed pairs (2 new")`)
	if _, d := lookup("The king slept."); d != "" {
		t.Errorf("the target pasted over its file: its document is %q; want none", d)
	}
}

// countUnits is the number of units in the TM.
func countUnits(t *testing.T, db *tm.DB) int {
	t.Helper()
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.Units
}

// trialFiles gives a function writing a file of the given name and text
// in a folder of the test's, returning its path, for the page to read.
func trialFiles(t *testing.T) func(name, text string) string {
	dir := t.TempDir()
	return func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
}
