package server

import (
	"context"
	"strings"
	"testing"

	"github.com/bitext/bitext/normalize"
	"github.com/chromedp/chromedp"
)

// TestBrowserVariantOfDeletedEntry: a variant's × pressed on an entry that
// another client deleted meanwhile (another window, the CLI's names
// remove) reads the list again, where the entry is gone, and says the
// spelling is no longer a variant of it. Before, the status line showed
// the 404 "no glossary entry ..." as an error and the entry stayed listed
// with its variants, as if it were stored (trial39), while the entry's
// Delete (pagetrial) already took a 404 as done.
func TestBrowserVariantOfDeletedEntry(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	err := db.PutGlossary(context.Background(), []normalize.Entry{
		{Canonical: "Henry Morgan", Variants: []string{"Henrik Morgan", "Harry Morgan"}, Kind: normalize.KindPerson},
		{Canonical: "Tehran", Variants: []string{"Teheran"}, Kind: normalize.KindPlace},
	})
	if err != nil {
		t.Fatal(err)
	}
	status := `document.getElementById("status")`
	rows := `document.querySelectorAll("#gloss-table tr.entry")`
	do(t, ctx, "glossary", chromedp.Navigate(ts.URL+"/#glossary"))
	waitFor(t, ctx, rows+`.length == 2`)
	if _, err := db.DeleteGlossary(context.Background(), "Henry Morgan"); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "remove a variant", chromedp.Click(chromedp.CSS(`.remove-variant[aria-label="remove the variant Henrik Morgan of Henry Morgan"]`)))
	waitFor(t, ctx, status+`.textContent != ""`)
	waitFor(t, ctx, rows+`.length == 1 || `+status+`.className == "error"`)
	if got, class := eval[string](t, ctx, status+`.textContent`), eval[string](t, ctx, status+`.className`); class == "error" || !strings.Contains(got, `"Henrik Morgan" is no longer a variant of "Henry Morgan"`) {
		t.Errorf("status after removing a variant of an entry deleted elsewhere: %q (class %q); want that it is no longer a variant", got, class)
	}
	if got := eval[[]string](t, ctx, `[...`+rows+`].map(r => r.querySelector(".canonical").textContent)`); len(got) != 1 || got[0] != "Tehran" {
		t.Errorf("entries listed after it: %q; want Tehran alone", got)
	}
}
