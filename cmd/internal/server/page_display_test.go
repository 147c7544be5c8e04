package server

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestBrowserReflow320: a window 320 px wide (WCAG's reflow: 1280 px at
// 400% zoom) scrolls down only. The Names tab's checked copy holding a
// URL or a word longer than the box stretched the page sideways (a word of
// 3,000 letters: 26,000 px), at any width; the Documents tab's Export
// and Delete, kept on one line beside the date, were 2 px too wide.
func TestBrowserReflow320(t *testing.T) {
	ctx := browser(t)
	// A document of 12,000 units: its count as wide as a real TM's.
	ts := longDocServer(t, 12000)
	fits := func(where string) {
		t.Helper()
		got := eval[string](t, ctx, `(document.documentElement.scrollWidth - document.documentElement.clientWidth) + " " + [...document.querySelectorAll("body *")].filter((e) => e.offsetParent && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.tagName + "#" + e.id + "." + e.className).slice(0, 5).join(" ")`)
		var over int
		fmt.Sscan(got, &over)
		if over > 0 {
			t.Errorf("%s: the page is %d px wider than the window; past its edge: %s", where, over, strings.TrimSpace(strings.TrimPrefix(got, fmt.Sprint(over))))
		}
	}
	long := "Breakword" + strings.Repeat("Xylophone", 334)
	copyText := "The minister said in Tehran that " + long + " and https://example.org/very/long/path/to/a/resource/that/never/ends/with/a/query?param=value&other=thing were read."
	do(t, ctx, "names", chromedp.EmulateViewport(320, 700), chromedp.Navigate(ts.URL+"/#names"),
		chromedp.SetValue(chromedp.CSS("#copy"), copyText), chromedp.Click(chromedp.CSS("#check")))
	waitFor(t, ctx, `document.getElementById("marked").textContent.includes("Xylophone")`)
	fits("names, the copy checked")
	do(t, ctx, "documents", chromedp.Click(chromedp.CSS("#tab-documents")))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	fits("documents")
}

// TestBrowserForcedColorsTabs: in forced colors (Windows' contrast
// themes, emulated) the tabs' backgrounds are dropped, and the tab shown
// looked like the others: its border tells it.
func TestBrowserForcedColorsTabs(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "forced colors", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "forced-colors", Value: "active"}}})
		return err
	}), chromedp.Navigate(ts.URL+"/#glossary"))
	if !eval[bool](t, ctx, `matchMedia("(forced-colors: active)").matches`) {
		t.Fatal("forced colors not emulated")
	}
	got := eval[[]string](t, ctx, `[...document.querySelectorAll(".tab")].map((b) => b.dataset.tab + " " + getComputedStyle(b).borderTopWidth + " " + getComputedStyle(b).borderTopStyle)`)
	var shown, other string
	for _, g := range got {
		f := strings.SplitN(g, " ", 2)
		if f[0] == "glossary" {
			shown = f[1]
		} else if other == "" || other == f[1] {
			other = f[1]
		} else {
			t.Errorf("the tabs not shown differ: %q", got)
		}
	}
	if shown == other || strings.HasPrefix(shown, "0px") || strings.HasSuffix(shown, "none") {
		t.Errorf("in forced colors the tab shown has a border %q, the others %q; want one that tells it", shown, other)
	}
}

// TestBrowserForcedColorsLowScore: forced colors drop the review's tints,
// and a low-score bead looked like a sure one (its "review: low score"
// line is there only for a bead in a region to review). A border before
// the row tells low (double) and mid (dashed) beads from high ones, and
// the low score is underlined.
func TestBrowserForcedColorsLowScore(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "forced colors", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "forced-colors", Value: "active"}}})
		return err
	}), chromedp.Navigate(ts.URL+"/#align"))
	if !eval[bool](t, ctx, `matchMedia("(forced-colors: active)").matches`) {
		t.Fatal("forced colors not emulated")
	}
	got := eval[[]string](t, ctx, `(() => {
	  const tb = document.getElementById("beads").tBodies[0];
	  tb.innerHTML = ["low", "mid", "high"].map((c) => '<tr class="' + c + '"><td>1</td><td>a</td><td>b</td><td class="score">0.30</td><td></td></tr>').join("");
	  return [...tb.rows].map((r) => { const c = getComputedStyle(r.cells[0]), s = getComputedStyle(r.cells[3]);
	    return r.className + " " + c.borderLeftWidth + " " + c.borderLeftStyle + " " + s.textDecorationLine; });
	})()`)
	want := []string{"low 6px double underline", "mid 3px dashed none", "high 0px none none"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("in forced colors the rows are marked %q; want %q", got, want)
	}
}
