package server

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

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

// TestBrowserDiscoverKnown: on the seed article, discovery finds IRGC
// alone (its other forms related ones the default glossary gives). The
// page offered its Accept, which was refused ("keep at least one variant
// besides the canonical form"); `names discover --accept` leaves it out.
// Now the server says what each cluster's Accept stores, and the page
// says that the glossary has IRGC already, with no Accept.
func TestBrowserDiscoverKnown(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	do(t, ctx, "discover", chromedp.Navigate(ts.URL+"/#names"),
		chromedp.SetValue(chromedp.CSS("#copy"), irgcText), chromedp.Click(chromedp.CSS("#discover")))
	waitFor(t, ctx, `document.querySelectorAll("#clusters .cluster").length == 2`)
	irgc := `[...document.querySelectorAll("#clusters .cluster")].find(c => c.textContent.includes("IRGC"))`
	if got := eval[string](t, ctx, irgc+`.textContent`); !strings.Contains(got, "in the glossary already") || !strings.Contains(got, "Islamic Revolutionary Guard Corps") {
		t.Errorf("the IRGC cluster reads %q; want it said in the glossary already, under Islamic Revolutionary Guard Corps", got)
	}
	if eval[bool](t, ctx, `!!`+irgc+`.querySelector(".accept")`) {
		t.Error("the IRGC cluster, which the glossary has, offers an Accept")
	}
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, "1 with nothing to store") {
		t.Errorf("the status says %q; want the cluster with nothing to store counted", got)
	}
	do(t, ctx, "accept Thabit", chromedp.Click(chromedp.CSS(`#clusters .cluster .accept`)))
	waitFor(t, ctx, `document.querySelector("#clusters .cluster.accepted") !== null`)
	entries, err := db.Glossary(t.Context())
	if err != nil || len(entries) != 1 || entries[0].Canonical != "Thabit Mohammad Saeedreza" {
		t.Errorf("the glossary after Accept: %+v, %v; want Thabit Mohammad Saeedreza", entries, err)
	}
}
