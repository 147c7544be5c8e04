package server

import (
	"context"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/chromedp/chromedp"
	"golang.org/x/text/language"
)

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
