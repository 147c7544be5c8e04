package server

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
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
	return afterEntryDeletedElsewhereIn(t, browser(t), what, words, steps...)
}

// afterEntryDeletedElsewhereIn is afterEntryDeletedElsewhere in the tab
// ctx, which the test reads after it.
func afterEntryDeletedElsewhereIn(t *testing.T, ctx context.Context, what, words string, steps ...chromedp.Action[chromedp.Void]) (text, class string, db *tm.DB) {
	t.Helper()
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

// TestBrowserAddVariantOfDeletedEntry: a variant added on the page to an
// entry another client deleted meanwhile is not stored: the page reads
// the list again and says the entry was deleted, as the × of a variant
// does (TestBrowserVariantOfDeletedEntry). It made a new entry of that
// canonical form with the one variant (trial39).
func TestBrowserAddVariantOfDeletedEntry(t *testing.T) {
	got, _, db := afterEntryDeletedElsewhere(t, "add a variant", "was deleted",
		chromedp.SendKeys(`input[aria-label="a new variant of Henry Morgan"]`, "Captain Morgan"),
		chromedp.Click(chromedp.CSS(`.add-variant[aria-label="add the variant to Henry Morgan"]`)))
	if !strings.Contains(got, `the entry "Henry Morgan" was deleted`) {
		t.Errorf("status after adding a variant to an entry deleted elsewhere: %q; want that the entry was deleted", got)
	}
	gl, err := db.Glossary(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(gl) != 1 {
		t.Errorf("glossary after it: %+v; want Tehran alone", gl)
	}
}

// TestBrowserDeletedElsewhere: a document or a glossary entry deleted in
// another window since the list was read: its Delete said "no such
// document" ("no glossary entry") and left the row; now the row goes and
// the status line says it was deleted already.
func TestBrowserDeletedElsewhere(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Thabet Saeedreza","variants":["Thabit Saeed Reza"]}]}`, nil); st != http.StatusOK {
		t.Fatalf("glossary: %d", st)
	}
	for _, c := range []struct{ tab, row, del, api string }{
		{"documents", "#docs-table tr.document", ".delete-doc", "/api/v1/documents/seed.tmx"},
		{"glossary", "#gloss-table tr.entry", ".delete-entry", "/api/v1/glossary/Thabet%20Saeedreza"},
	} {
		do(t, ctx, c.tab, chromedp.Navigate(ts.URL+"/#"+c.tab))
		waitFor(t, ctx, `document.querySelectorAll("`+c.row+`").length == 1`)
		if st := call(t, "DELETE", ts.URL+c.api, "", nil); st != http.StatusOK {
			t.Fatalf("DELETE %s: %d", c.api, st)
		}
		do(t, ctx, "delete", chromedp.Click(chromedp.CSS(c.row+" "+c.del)), chromedp.Click(chromedp.CSS(c.row+" "+c.del)))
		waitFor(t, ctx, `document.getElementById("status").textContent.includes("deleted")`)
		if got := eval[string](t, ctx, `document.getElementById("status").textContent + " | " + document.querySelectorAll("`+c.row+`").length`); !strings.Contains(got, "already deleted") || !strings.HasSuffix(got, "| 0") {
			t.Errorf("%s: a Delete of what another window deleted: %q; want the row gone and it said", c.tab, got)
		}
	}
}

// TestBrowserGlossaryTrial: the Glossary and Names tabs as a translator
// used them. Variants added to an entry stored already: the status said
// "with 1 variant" of an entry of three. A variant another entry has: the
// server's 409 reaches the status line in words. A one-word variant of
// a two-word name (Musavi of Abdolrahim Mousavi): Check hung (the
// glossary's build never ended, see TestOverrideWordsEnds).
func TestBrowserGlossaryTrial(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	st := `document.getElementById("status").textContent`
	add := func(canonical, variants string) {
		t.Helper()
		eval[bool](t, ctx, `(document.getElementById("status").textContent = "", document.getElementById("new-canonical").value = `+strconv.Quote(canonical)+
			`, document.getElementById("new-variants").value = `+strconv.Quote(variants)+`, true)`)
		do(t, ctx, "add", chromedp.Click(chromedp.CSS("#add-entry")))
		waitFor(t, ctx, st+` != ""`)
	}
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#glossary"))
	waitFor(t, ctx, `document.getElementById("gloss-count").textContent != ""`)
	add("Abdolrahim Mousavi", "Abdolrahim Musavi, Abdulrahim Mousavi")
	add("Abdolrahim Mousavi", "Abdolrahim Musawi")
	if got := eval[string](t, ctx, st); got != `"Abdolrahim Mousavi" is in the glossary with 3 variants` {
		t.Errorf("a variant added to an entry of two: the status says %q; want 3 variants", got)
	}
	add("Mousavi", "Abdolrahim Musavi")
	if got := eval[string](t, ctx, st); !strings.Contains(got, `“Abdolrahim Musavi”`) || !strings.Contains(got, "already belongs to the entry") || !strings.Contains(got, "nothing was stored") ||
		eval[string](t, ctx, `document.getElementById("status").className`) != "error" {
		t.Errorf("a variant another entry has: the status says %q; want the conflict in words, as an error", got)
	}
	do(t, ctx, "variant", chromedp.SendKeys(chromedp.CSS(`#gloss-table tr.entry .new-variant`), "Musavi\r"))
	waitFor(t, ctx, st+`.includes("Musavi\" is now a variant")`)
	do(t, ctx, "check", chromedp.Navigate(ts.URL+"/#names"),
		chromedp.SetValue(chromedp.CSS("#copy"), "Abdolrahim Mousavi spoke. Abdolrahim Musavi said more. Musavi left."), chromedp.Click(chromedp.CSS("#check")))
	waitFor(t, ctx, `document.querySelectorAll("#marked mark.rewrite").length == 2`)
}

// TestBrowserMoreKeepsFocus: More pressed from the keyboard for the last
// page of the glossary hid itself with the focus on it: the focus fell to
// the page's start, and a keyboard or screen reader user lost the place.
// It goes to the first entry just shown, and the status line says what
// came.
func TestBrowserMoreKeepsFocus(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	var es []normalize.Entry
	for i := range 130 {
		es = append(es, normalize.Entry{Canonical: "Person Numberov" + strconv.Itoa(1000+i), Variants: []string{"Numbarov" + strconv.Itoa(1000+i)}, Kind: normalize.KindPerson})
	}
	if err := db.PutGlossary(context.Background(), es); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "glossary", chromedp.Navigate(ts.URL+"/#glossary"))
	waitFor(t, ctx, `document.querySelectorAll("#gloss-table tr.entry").length == 100`)
	do(t, ctx, "More from the keyboard", chromedp.Focus(chromedp.CSS("#gloss-more")), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, `document.querySelectorAll("#gloss-table tr.entry").length == 130`)
	got := eval[string](t, ctx, `(() => { const a = document.activeElement, r = a.closest("tr"); return a.tagName + " in " + (r ? r.querySelector(".canonical").textContent : "no row"); })()`)
	if !strings.HasSuffix(got, " in Person Numberov1100") {
		t.Errorf("after More showed the last page the focus is on %q; want in the first entry shown (Person Numberov1100)", got)
	}
	// The rows that came are said on the status line, the live region:
	// the count beside the list changed without a word.
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); got != "30 more shown: 130 of 130 entries" {
		t.Errorf("after More the status line says %q; want the 30 entries that came said", got)
	}
}

// TestBrowserVariantRemovedPutBack: a variant's × removes it at one
// click, without a question: a click by mistake lost the spelling unless
// it was typed again. It waits in the entry's field, and Enter puts it
// back.
func TestBrowserVariantRemovedPutBack(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	err := db.PutGlossary(context.Background(), []normalize.Entry{
		{Canonical: "Henry Morgan", Variants: []string{"Henrik Morgan", "Harry Morgan"}, Kind: normalize.KindPerson},
	})
	if err != nil {
		t.Fatal(err)
	}
	status := `document.getElementById("status").textContent`
	do(t, ctx, "glossary", chromedp.Navigate(ts.URL+"/#glossary"))
	waitFor(t, ctx, `document.querySelectorAll("#gloss-table tr.entry").length == 1`)
	do(t, ctx, "remove a variant", chromedp.Click(chromedp.CSS(`.remove-variant[aria-label="remove the variant Henrik Morgan of Henry Morgan"]`)))
	waitFor(t, ctx, status+`.startsWith('"Henrik Morgan" is no longer a variant')`)
	if got := eval[string](t, ctx, `document.activeElement.value`); got != "Henrik Morgan" {
		t.Fatalf("after the variant's × the focused field holds %q; want the spelling removed, to put back", got)
	}
	do(t, ctx, "Enter", chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, status+` == '"Henrik Morgan" is now a variant of "Henry Morgan"'`)
	es, err := db.Glossary(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || !slices.Contains(es[0].Variants, "Henrik Morgan") {
		t.Errorf("the glossary after × and Enter: %+v; want Henrik Morgan back", es)
	}
}
