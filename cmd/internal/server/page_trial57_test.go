package server

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserShortDocumentNoGoTo: a document of up to 100 units is shown
// whole, and offers no "Show from unit N" box. The box's form had the
// attribute hidden, but the rows' style (.row, display: flex) showed it
// anyway: under three units, a box that could only say "type a place from
// 1 to 3".
func TestBrowserShortDocumentNoGoTo(t *testing.T) {
	ctx := browser(t)
	ts := serveThreeUnits(t)
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=b.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3`)
	if got := eval[string](t, ctx, `getComputedStyle(document.getElementById("doc-units-goto")).display`); got != "none" {
		t.Errorf("a document of 3 units shows the box to go to a unit (display %q); want none", got)
	}
}

// TestBrowserReviewFileNotText: a file chosen for a side of the review
// that is not UTF-8 text is refused, said on the status line, the text
// area kept as it was. A Latin-1 French file was read with "�" for every
// accented letter ("T�h�ran"), aligned, and stored so; a binary file
// filled the box with junk the server refused as "request body: a string
// has a NUL byte" (which side?). A UTF-16 file with its byte-order mark
// is read, as the browser read it before.
func TestBrowserReviewFileNotText(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	dir := t.TempDir()
	file := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	latin1 := file("story.fr.txt", []byte("T\xe9h\xe9ran (IP) \x96 Le g\xe9n\xe9ral Salami a d\xe9clar\xe9.\n"))
	binary := file("photo.jpg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"))
	utf16 := file("story16.fr.txt", []byte("\xff\xfeT\x00\xe9\x00h\x00\xe9\x00r\x00a\x00n\x00"))
	const box = `document.getElementById("tgt-text").value`
	const said = `document.getElementById("status").textContent`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#align"), chromedp.SetValue(chromedp.CSS("#tgt-text"), "Le ministre est arrivé."))
	for _, c := range []struct{ path, want string }{
		{latin1, "story.fr.txt is not UTF-8 text"},
		{binary, "photo.jpg is not UTF-8 text"},
	} {
		do(t, ctx, "choose "+c.path, chromedp.SetUploadFiles(chromedp.CSS("#tgt-file"), []string{c.path}))
		waitFor(t, ctx, said+`.includes("nothing was read")`)
		if got := eval[string](t, ctx, said); !strings.HasPrefix(got, c.want) || eval[string](t, ctx, `document.getElementById("status").className`) != "error" {
			t.Errorf("%s chosen: the status line says %q; want an error starting %q", filepath.Base(c.path), got, c.want)
		}
		if got := eval[string](t, ctx, box); got != "Le ministre est arrivé." {
			t.Errorf("%s chosen: the target box holds %q; want the text it had", filepath.Base(c.path), got)
		}
		if got := eval[string](t, ctx, `document.getElementById("tgt-file").value`); got != "" {
			t.Errorf("%s refused: the file box still names %q", filepath.Base(c.path), got)
		}
		eval[bool](t, ctx, `(document.getElementById("status").textContent = "", true)`)
	}
	do(t, ctx, "choose UTF-16", chromedp.SetUploadFiles(chromedp.CSS("#tgt-file"), []string{utf16}))
	waitFor(t, ctx, box+` == "Téhéran"`)
}

// TestBrowserCheckManyNames: Check of a long copy marks every name, in
// a time that grows with the copy. The marked copy's dir="auto" made
// Chromium resolve its direction again at each node put in (10,000 names
// 2 s, 20,000 20 s, 100,000 past this test's minute), and a copy of
// 200,000 names failed without a word: the marks were spread into one
// call as as many arguments, past the browser's limit ("Maximum call
// stack size exceeded"), the status line and the marked copy left as
// they were.
func TestBrowserCheckManyNames(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	const n = 100000
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#names"))
	eval[bool](t, ctx, fmt.Sprintf(`(document.getElementById("copy").value = "Soleimani ".repeat(%d), true)`, n))
	do(t, ctx, "check", chromedp.Click(chromedp.CSS("#check")))
	waitWithin(t, ctx, `document.getElementById("status").textContent != ""`, time.Minute)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); got != "clean: every name is in its house form" {
		t.Errorf("check of %d names: the status line says %q; want it clean", n, got)
	}
	if got := eval[int](t, ctx, `document.querySelectorAll("#marked mark").length`); got != n {
		t.Errorf("check of %d names: %d marked; want every one", n, got)
	}
}

// TestBrowserErrorsSayTheBoxes: a refusal of the review's texts or of
// two names compared names the page's boxes, not the API's fields: it
// said "src_text: an HTML document, ..." and "name b of pair 1 “—” has
// no letter or digit" to a translator who had filled in the source box,
// and the second of two names.
func TestBrowserErrorsSayTheBoxes(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	const said = `document.getElementById("status").textContent`
	do(t, ctx, "align a web page", chromedp.Navigate(ts.URL+"/#align"),
		chromedp.SetValue(chromedp.CSS("#src-text"), "<!DOCTYPE html>\n<html><body><p>The minister arrived.</p></body></html>"),
		chromedp.SetValue(chromedp.CSS("#tgt-text"), "Le ministre est arrivé."),
		chromedp.Click(chromedp.CSS("#do-align")))
	waitFor(t, ctx, said+` != ""`)
	if got := eval[string](t, ctx, said); !strings.HasPrefix(got, "the source text: an HTML document, not plain text") {
		t.Errorf("a web page aligned: the status line says %q; want it to start with the source text", got)
	}
	do(t, ctx, "compare a dash", chromedp.Click(chromedp.CSS("#tab-names")),
		chromedp.SetValue(chromedp.CSS("#name-a"), "Joel"), chromedp.SetValue(chromedp.CSS("#name-b"), "—"),
		chromedp.Click(chromedp.CSS("#compare")))
	waitFor(t, ctx, said+`.includes("letter")`)
	if got := eval[string](t, ctx, said); got != "the second name “—” has no letter or digit" {
		t.Errorf("a dash compared: the status line says %q; want it to name the second name", got)
	}
}
