package server

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
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
	got, class, _ := afterEntryDeletedElsewhere(t, "remove a variant", "is no longer a variant",
		chromedp.Click(chromedp.CSS(`.remove-variant[aria-label="remove the variant Henrik Morgan of Henry Morgan"]`)))
	if class == "error" || !strings.Contains(got, `"Henrik Morgan" is no longer a variant of "Henry Morgan"`) {
		t.Errorf("status after removing a variant of an entry deleted elsewhere: %q (class %q); want that it is no longer a variant", got, class)
	}
}

// afterEntryDeletedElsewhere lists the glossary entries Henry Morgan and
// Tehran on the page, deletes Henry Morgan from the store behind the
// page's back (another window, names remove), runs steps on the page
// (named what) and waits for the status line to say words, or an error.
// It checks that the page read the list again (Tehran alone listed) and
// returns the status line's text and class, and the store.
func afterEntryDeletedElsewhere(t *testing.T, what, words string, steps ...chromedp.Action[chromedp.Void]) (text, class string, db *tm.DB) {
	t.Helper()
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
	do(t, ctx, what, steps...)
	waitFor(t, ctx, status+`.textContent != ""`)
	// the page's own words, after it read the list again, or an error
	waitFor(t, ctx, status+`.textContent.includes("`+words+`") || `+status+`.className == "error"`)
	if got := eval[[]string](t, ctx, `[...`+rows+`].map(r => r.querySelector(".canonical").textContent)`); len(got) != 1 || got[0] != "Tehran" {
		t.Errorf("entries listed after it: %q; want Tehran alone", got)
	}
	return eval[string](t, ctx, status+`.textContent`), eval[string](t, ctx, status+`.className`), db
}

// readOnlyStore is a store that says it was opened read-only, as a SQLite
// TM whose file or folder the server's user may not write.
type readOnlyStore struct{ tm.Store }

func (readOnlyStore) ReadOnly() bool { return true }

// TestReadOnlyStoreServedReadOnly: a TM that can be read but not written
// (SQLite opened it read-only: the server's user may not write its file
// or folder) is served read-only, said once in the log: the page offers
// no write and a write is refused before it reaches the store, saying
// why. Before, the server said only "serving", the page offered every
// edit, and each one was a 403 naming SQLite's "attempt to write a
// readonly database" (trial39).
func TestReadOnlyStoreServedReadOnly(t *testing.T) {
	var log strings.Builder
	db := tm.New(readOnlyStore{newStore(t)})
	ts, _ := testServer(t, Options{DB: db, Log: &log})
	st, _, b := send(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Henry Morgan","variants":["Henrik Morgan"]}]}`, "Content-Type", "application/json")
	if st != http.StatusForbidden || !strings.Contains(string(b), "read-only for the server") {
		t.Errorf("POST glossary to a server of a read-only TM: %d %s; want 403 saying the TM is read-only for the server", st, b)
	}
	if !strings.Contains(log.String(), "serving it read-only") {
		t.Errorf("log: %q; want a line saying the TM is served read-only", log.String())
	}
	if _, _, page := send(t, "GET", ts.URL+"/", ""); !strings.Contains(string(page), `<meta name="bitext-read-only" content="true">`) {
		t.Error("the page of a read-only TM's server offers writes")
	}
}
