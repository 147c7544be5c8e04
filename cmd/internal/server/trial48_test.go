package server

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserLongTextKeepsColumns: one long paragraph in an alignment (a
// paragraph the other text lacks, a long quotation, a list without full
// stops) took the review table's width for its column: the table's
// columns are sized by their longest text, and every other bead's
// translation was squeezed to the width of its longest word, Persian
// one word a line down the page, 19 beads 13,000 px tall. The same in a
// document's units. The two text columns now share the table's width.
func TestBrowserLongTextKeepsColumns(t *testing.T) {
	ctx := browser(t)
	long := strings.Repeat("The minister said that the talks with the delegation would go on ", 40) + "today."
	ts, _ := testServer(t, Options{DB: newDB(t, append([]string{long, "Il a parlé."}, seed...)...)})
	// share is the part of table's width its column n (1: the first) takes.
	share := func(table string, n int) float64 {
		t.Helper()
		return eval[float64](t, ctx, `(() => { const t = document.querySelector("`+table+`"); return t.querySelector("thead th:nth-child(`+strconv.Itoa(n)+`)").getBoundingClientRect().width / t.getBoundingClientRect().width })()`)
	}
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: alignSrc + "\n\n" + long, tgt: alignTgt}, 6)
	if got := share("#beads", 3); got < 0.35 {
		t.Errorf("beside a long paragraph the review's Target column is %.0f%% of the table; want its share (at least 35%%)", 100*got)
	}
	do(t, ctx, "concordance", chromedp.Navigate(ts.URL+"/#search"), chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.querySelectorAll("#hits tbody tr").length == 3`)
	if got := share("#hits", 2); got < 0.35 {
		t.Errorf("beside a long segment the concordance's Translations column is %.0f%% of the table; want its share (at least 35%%)", 100*got)
	}
	do(t, ctx, "open the document", chromedp.Navigate(ts.URL+"/#documents?doc=seed.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tbody tr").length == 4`)
	if got := share("#doc-units-table", 3); got < 0.35 {
		t.Errorf("beside a long source the document's Target column is %.0f%% of the table; want its share (at least 35%%)", 100*got)
	}
}

// TestLoadAccessByteOrderMark: a file of tokens saved by Windows Notepad
// (a UTF-8 byte order mark, CRLF line ends) gave its first token with the
// mark before it: every request with that token was refused 401 ("not
// one of this server's"), and the server had started without a word. The
// mark is no part of the token.
func TestLoadAccessByteOrderMark(t *testing.T) {
	name := filepath.Join(t.TempDir(), "tokens")
	const first, second = "abcdefghijklmnopqrstuvwxyz012345", "zyxwvutsrqponmlkjihgfedcba543210"
	if err := os.WriteFile(name, []byte("\uFEFF"+first+"\r\n"+second+"\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	a, err := LoadAccess(name, "", false, false)
	if err != nil || !slices.Equal(a.Tokens, []string{first, second}) {
		t.Errorf("LoadAccess of a file with a byte order mark: %q, %v; want %q", a.Tokens, err, []string{first, second})
	}
}
