package server

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserImportTSVHeader: a TSV whose first line names its columns,
// imported from the Documents tab, stored that line as a unit ("2 units
// read"); the line is left out and the status line says so.
func TestBrowserImportTSVHeader(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	p := filepath.Join(t.TempDir(), "pairs.tsv")
	if err := os.WriteFile(p, []byte("source\ttarget\nThe minister arrived in Berlin.\tDer Minister kam in Berlin an.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const said = `document.getElementById("status").textContent`
	do(t, ctx, "import", chromedp.Navigate(ts.URL+"/#documents"), chromedp.SetValue(chromedp.CSS("#tgt"), "de"),
		chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{p}), chromedp.Click(chromedp.CSS("#import")))
	waitFor(t, ctx, said+`.startsWith("pairs.tsv") || document.getElementById("status").className == "error"`)
	if got, want := eval[string](t, ctx, said), "pairs.tsv: 1 unit read, 1 added, 0 merged (its first line, “source → target”, names the columns: not stored)"; got != want {
		t.Errorf("a TSV with a header imported: the status line says %q; want %q", got, want)
	}
}
