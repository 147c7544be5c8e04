package server

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// reviewSaved waits for the page's last write of the review to the
// browser's IndexedDB and says whether it was committed.
const reviewSaved = `(async () => { putReview(); return await reviewSaving; })()`

// TestBrowserReviewKeptInBrowser: a link to a bead (#align?bead=151)
// worked only in the tab that aligned the review (sessionStorage). The
// review is kept in the browser (IndexedDB) under an id in the address:
// the link opens it, edits and all, in another tab and after the browser
// is closed and started again; the page says where the review lives.
func TestBrowserReviewKeptInBrowser(t *testing.T) {
	profile := t.TempDir()
	ctx, stop := browserProfile(t, profile)
	ts, _ := testServer(t, Options{})
	src, tgt := riverTexts(120)
	do(t, ctx, "one sentence a line", chromedp.Navigate(ts.URL+"/#align"), chromedp.Click(chromedp.CSS("#preseg")))
	alignPasted(t, ctx, alignInput{src: src, tgt: tgt}, 120)
	if got := eval[string](t, ctx, `document.getElementById("review-where").hidden ? "" : document.getElementById("review-where").textContent`); !strings.Contains(got, "lives in this browser") || !strings.Contains(got, "until it is stored") {
		t.Errorf("the page says of the review %q; want that it lives in this browser until it is stored", got)
	}
	do(t, ctx, "bead 100 marked wrong", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="99"]`)), chromedp.KeyEvent("w"))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("marked wrong")`)
	if !eval[bool](t, ctx, reviewSaved, chromedp.EvalAwaitPromise) {
		t.Fatal("the review was not written to the browser's IndexedDB")
	}
	link := eval[string](t, ctx, `location.href`)
	if !regexp.MustCompile(`#align\?review=[0-9a-z-]+&bead=100$`).MatchString(link) {
		t.Fatalf("the address is %s; want the review's id and bead 100", link)
	}
	opened := func(ctx context.Context, where string) {
		t.Helper()
		do(t, ctx, "the link "+where, chromedp.Navigate(link))
		waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 120 && !!document.querySelector("#beads tr.selected")`)
		if got := eval[string](t, ctx, `document.querySelector("#beads tr.selected").dataset.bead`); got != "99" {
			t.Errorf("the link %s: bead %s selected; want 99 (the 100th)", where, got)
		}
		if got := eval[string](t, ctx, `document.querySelector('#beads tr[data-bead="99"]').innerText`); !strings.Contains(got, "wrong") {
			t.Errorf("the link %s: bead 100 reads %q; want it marked wrong, as edited", where, got)
		}
		if !eval[bool](t, ctx, `(() => { const r = document.querySelector("#beads tr.selected").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`) {
			t.Errorf("the link %s: the bead is selected but out of view", where)
		}
	}
	tab, cancel := chromedp.NewContext(ctx)
	defer cancel()
	opened(tab, "in another tab")
	stop()

	ctx, _ = browserProfile(t, profile)
	opened(ctx, "after the browser was closed and started again")

	// A review this browser does not hold: said.
	do(t, ctx, "another review's link", chromedp.Navigate(ts.URL+"/#align?review=nosuch-1&bead=3"))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("holds no review")`)
}

// TestBrowserReviewsKeptBound: the browser keeps the reviewsKept (20)
// reviews last changed, none unchanged for reviewDays (30) days: each
// write of a review clears the others.
func TestBrowserReviewsKeptBound(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: alignSrc, tgt: alignTgt}, 5)
	if !eval[bool](t, ctx, reviewSaved, chromedp.EvalAwaitPromise) {
		t.Fatal("the review was not written to the browser's IndexedDB")
	}
	// 25 others, changed a minute apart over the last hour, and one of 31
	// days ago; then the review shown written again.
	const ids = `(async () => { const db = await reviewDB(); const tx = db.transaction("reviews");
		const req = tx.objectStore("reviews").getAllKeys(); await done(tx); return req.result.sort().join(" "); })()`
	eval[bool](t, ctx, `(async () => { const db = await reviewDB(); const tx = db.transaction("reviews", "readwrite"); const s = tx.objectStore("reviews");
		for (let i = 0; i < 25; i++) s.put({ id: "r" + String(i).padStart(2, "0"), at: Date.now() - (60 - i) * 60000, beads: [] });
		s.put({ id: "old", at: Date.now() - 31 * 86400000, beads: [] });
		return await done(tx); })()`, chromedp.EvalAwaitPromise)
	if !eval[bool](t, ctx, reviewSaved, chromedp.EvalAwaitPromise) {
		t.Fatal("the review was not written again")
	}
	got := strings.Fields(eval[string](t, ctx, ids, chromedp.EvalAwaitPromise))
	shown := eval[string](t, ctx, `reviewId`)
	want := []string{shown}
	for i := 6; i < 25; i++ {
		want = append(want, fmt.Sprintf("r%02d", i))
	}
	slices.Sort(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the browser keeps the reviews %q; want the 20 last changed, %q", got, want)
	}
	// Under the count, a review unchanged for 31 days goes all the same.
	eval[bool](t, ctx, `(async () => { const db = await reviewDB(); const tx = db.transaction("reviews", "readwrite"); const s = tx.objectStore("reviews");
		s.clear(); s.put({ id: "old", at: Date.now() - 31 * 86400000, beads: [] }); s.put({ id: "recent", at: Date.now() - 29 * 86400000, beads: [] });
		return await done(tx); })()`, chromedp.EvalAwaitPromise)
	if !eval[bool](t, ctx, reviewSaved, chromedp.EvalAwaitPromise) {
		t.Fatal("the review was not written again")
	}
	want = []string{"recent", shown}
	slices.Sort(want)
	if got := strings.Fields(eval[string](t, ctx, ids, chromedp.EvalAwaitPromise)); !slices.Equal(got, want) {
		t.Errorf("the browser keeps the reviews %q; want %q (none unchanged for 30 days)", got, want)
	}
}
