package server

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The page used as a translator would, on a TM of thousands of units
// (branch page43): what the screenshots showed wrong.

// TestBrowserBeadNumbersOneLine: an article of a dozen sentences or more
// numbered its beads 10, 11, ... one digit a line: the first column,
// whose texts may break anywhere (a long URL), shrank to one digit's
// width beside two long sentences.
func TestBrowserBeadNumbersOneLine(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	var src, tgt []string
	for i := 1; i <= 12; i++ {
		src = append(src, fmt.Sprintf("In paragraph %d the minister spoke at length about the cooperation of the armed forces of the two countries, their training and their bases.", i))
		tgt = append(tgt, fmt.Sprintf("Au paragraphe %d, le ministre a longuement parlé de la coopération des forces armées des deux pays, de leur formation et de leurs bases.", i))
	}
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: strings.Join(src, " "), tgt: strings.Join(tgt, " ")}, 12)
	// A cell's text on one line is one line box: one client rect.
	lines := eval[[]float64](t, ctx, `[...document.querySelectorAll("#beads tbody tr")].map((tr) => {
	  const r = document.createRange(); r.selectNodeContents(tr.cells[0]); return r.getClientRects().length; })`)
	for i, n := range lines {
		if n != 1 {
			t.Errorf("bead row %d: its number is on %v lines; want 1", i+1, n)
		}
	}
}

// TestBrowserDocumentsNoteUndo: the Documents tab said "Deleting a
// document deletes every unit that came from it (there is no undo)" over
// Delete buttons that offer Undo for 10 seconds.
func TestBrowserDocumentsNoteUndo(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "documents", chromedp.Navigate(ts.URL+"/#documents"))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	note := eval[string](t, ctx, `document.querySelector("#documents > .note").textContent.replace(/\s+/g, " ")`)
	if strings.Contains(note, "no undo") || !strings.Contains(note, "Undo") {
		t.Errorf("the Documents tab's note says %q; want it to say what Undo puts back", note)
	}
}
