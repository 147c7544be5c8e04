package server

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserVariantTypedKept: a variant typed for an entry that another
// window deleted meanwhile was not stored (TestBrowserAddVariantOfDeletedEntry),
// and the spelling typed went with the entry's row: the page quoted it
// on the status line and nothing else kept it. It waits in Add an entry
// with the entry's canonical form and kind, the focus on it.
func TestBrowserVariantTypedKept(t *testing.T) {
	ctx := browser(t)
	got, _, _ := afterEntryDeletedElsewhereIn(t, ctx, "add a variant", "was deleted",
		chromedp.SendKeys(`input[aria-label="a new variant of Henry Morgan"]`, "Captain Morgan"),
		chromedp.Click(chromedp.CSS(`.add-variant[aria-label="add the variant to Henry Morgan"]`)))
	if !strings.Contains(got, "Add an entry") {
		t.Errorf("the status line says %q; want where the spelling typed waits", got)
	}
	form := eval[string](t, ctx, `["new-canonical", "new-variants", "new-kind"].map((id) => document.getElementById(id).value).join(" | ") + " | " + document.activeElement.id`)
	if form != "Henry Morgan | Captain Morgan | person | new-variants" {
		t.Errorf("Add an entry holds %q; want Henry Morgan | Captain Morgan | person, the focus in the variants", form)
	}
}
