package server

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// storageFull stands in for a browser whose storage is full, in each
// document the tab opens (a reload too): with localStorage's "test-tab-quota"
// set, the tab's storage (sessionStorage) refuses a value longer than it,
// as chromium does past its quota (QuotaExceededError); with "test-db-full"
// set, each write to IndexedDB is aborted, as a write past the browser's
// quota is.
const storageFull = `(() => {
	const set = Storage.prototype.setItem;
	Storage.prototype.setItem = function (k, v) {
		const q = localStorage.getItem("test-tab-quota");
		if (this === sessionStorage && q !== null && String(v).length > Number(q)) throw new DOMException("the quota has been exceeded", "QuotaExceededError");
		return set.call(this, k, v);
	};
	const put = IDBObjectStore.prototype.put;
	IDBObjectStore.prototype.put = function (...args) {
		const req = put.apply(this, args);
		if (localStorage.getItem("test-db-full")) this.transaction.abort();
		return req;
	};
})()`

// storageFullBrowser is browser with storageFull in each document; it
// says yes to "leave the page?" (a review not stored asks at a reload).
func storageFullBrowser(t *testing.T) context.Context {
	t.Helper()
	ctx := browser(t)
	acceptDialogs(t, ctx)
	do(t, ctx, "the storage stubbed", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: storageFull})
		return err
	}))
	return ctx
}

// reviewOf120 aligns 120 beads in the Align tab, presegmented.
func reviewOf120(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	src, tgt := riverTexts(120)
	do(t, ctx, "one sentence a line", chromedp.Navigate(url+"/#align"), chromedp.Click(chromedp.CSS("#preseg")))
	alignPasted(t, ctx, alignInput{src: src, tgt: tgt}, 120)
}

// markWrong marks bead n (the # column's) wrong and waits for the write
// to IndexedDB; it returns whether the write was committed.
func markWrong(t *testing.T, ctx context.Context, n int) bool {
	t.Helper()
	do(t, ctx, fmt.Sprintf("bead %d marked wrong", n), chromedp.Click(chromedp.CSS(fmt.Sprintf(`#beads tr[data-bead="%d"]`, n-1))), chromedp.KeyEvent("w"))
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector('#beads tr[data-bead="%d"]').innerText.includes("wrong")`, n-1))
	return eval[bool](t, ctx, reviewSaved, chromedp.EvalAwaitPromise)
}

func beadWrong(t *testing.T, ctx context.Context, n int) bool {
	t.Helper()
	return eval[bool](t, ctx, fmt.Sprintf(`(() => { const r = document.querySelector('#beads tr[data-bead="%d"]'); return !!r && r.innerText.includes("wrong"); })()`, n-1))
}

// TestBrowserReviewTooLargeForTab: a review larger than the tab's storage
// (sessionStorage; a book's review passes chromium's quota) was not kept
// there, without a word, and the review kept before stayed under its key:
// a reload read it, the edits since then gone. The tab keeps a pointer to
// the browser's copy (IndexedDB) instead, which a reload opens.
func TestBrowserReviewTooLargeForTab(t *testing.T) {
	ctx := storageFullBrowser(t)
	ts, _ := testServer(t, Options{})
	reviewOf120(t, ctx, ts.URL)
	if !markWrong(t, ctx, 100) {
		t.Fatal("the review was not written to the browser's IndexedDB")
	}
	// From now on the whole review is too large for the tab's storage.
	eval[bool](t, ctx, `localStorage.setItem("test-tab-quota", "2000"), true`)
	if !markWrong(t, ctx, 50) {
		t.Fatal("the review was not written to the browser's IndexedDB")
	}
	if got := eval[string](t, ctx, `sessionStorage.getItem("bitext-review") || ""`); strings.Contains(got, `"beads"`) {
		t.Errorf("the tab's storage holds a whole review (%d characters) after its write was refused; want a pointer to the browser's copy", len(got))
	}
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 120 && !!document.querySelector("#beads tr.selected")`)
	for _, n := range []int{100, 50} {
		if !beadWrong(t, ctx, n) {
			t.Errorf("after a reload bead %d is not marked wrong; want the review as last edited", n)
		}
	}
	if got := eval[string](t, ctx, `document.querySelector("#beads tr.selected").dataset.bead`); got != "49" {
		t.Errorf("after a reload bead %s is selected; want 49 (the 50th, last edited)", got)
	}
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); strings.Contains(got, "could not") {
		t.Errorf("after a reload the page says %q; want no loss said (none)", got)
	}
}

// TestBrowserReviewNotKeptSaid: the browser's store refusing the review
// (IndexedDB full, or off in a private window) went without a word. The
// page says it once, with what still works (store it in the TM), and the
// note under the review says it while it lasts; a reload that finds the
// browser's copy older than the tab's last edits says they were lost.
func TestBrowserReviewNotKeptSaid(t *testing.T) {
	ctx := storageFullBrowser(t)
	ts, _ := testServer(t, Options{})
	reviewOf120(t, ctx, ts.URL)
	if !markWrong(t, ctx, 100) {
		t.Fatal("the review was not written to the browser's IndexedDB")
	}
	eval[bool](t, ctx, `localStorage.setItem("test-db-full", "1"), true`)
	// Each time the status line says the refusal is counted.
	eval[bool](t, ctx, `window.said = 0; new MutationObserver(() => { if (document.getElementById("status").textContent.includes("would not keep")) window.said++; })
		.observe(document.getElementById("status"), { childList: true, characterData: true, subtree: true }), true`)
	if markWrong(t, ctx, 50) {
		t.Fatal("the write to IndexedDB was committed; want it refused (the stub)")
	}
	waitFor(t, ctx, `window.said > 0`)
	got := eval[string](t, ctx, `document.getElementById("status").textContent`)
	for _, want := range []string{"would not keep the review", "A reload shows it", "Store it in the TM"} {
		if !strings.Contains(got, want) {
			t.Errorf("the page says %q; want %q in it", got, want)
		}
	}
	if markWrong(t, ctx, 60) {
		t.Fatal("the write to IndexedDB was committed; want it refused (the stub)")
	}
	if n := eval[int](t, ctx, `window.said`); n != 1 {
		t.Errorf("the refusal said %d times over two edits; want once", n)
	}
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, "marked wrong") {
		t.Errorf("after the second edit the status line says %q; want the edit", got)
	}
	if got := eval[string](t, ctx, `document.getElementById("review-where").textContent`); !strings.Contains(got, "would not keep the review") {
		t.Errorf("the note under the review says %q; want the refusal while it lasts", got)
	}

}

// TestBrowserReviewLostSaidAtReload: the browser's store and the tab's
// both refusing the review (both full), a reload read the review the tab
// kept before the last edits as if it were the last. The page says at
// once that a reload would lose the edits, and the reload says they were
// lost (or shows them).
func TestBrowserReviewLostSaidAtReload(t *testing.T) {
	ctx := storageFullBrowser(t)
	ts, _ := testServer(t, Options{})
	reviewOf120(t, ctx, ts.URL)
	if !markWrong(t, ctx, 100) {
		t.Fatal("the review was not written to the browser's IndexedDB")
	}
	eval[bool](t, ctx, `localStorage.setItem("test-tab-quota", "2000"), localStorage.setItem("test-db-full", "1"), true`)
	if markWrong(t, ctx, 70) {
		t.Fatal("the write to IndexedDB was committed; want it refused (the stub)")
	}
	got := eval[string](t, ctx, `document.getElementById("status").textContent + " " + document.getElementById("review-where").textContent`)
	if !strings.Contains(got, "a reload or a closed tab loses the edits") || !strings.Contains(got, "store it in the TM now") {
		t.Errorf("with both storages full the page says %q; want that a reload loses the edits and to store them in the TM now", got)
	}
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 120 || document.getElementById("status").textContent.includes("could not be kept")`)
	if beadWrong(t, ctx, 70) {
		return // the latest edits shown
	}
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("could not be kept")`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, "lost") {
		t.Errorf("after the reload the page says %q; want that the last edits were lost", got)
	}
	// What the browser kept is shown: the review with bead 100 marked.
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 120`)
	if !beadWrong(t, ctx, 100) {
		t.Error("after the reload bead 100 is not marked wrong; want the review as the browser kept it")
	}
}
