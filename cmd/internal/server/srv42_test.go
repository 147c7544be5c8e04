package server

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/chromedp/chromedp"
)

// TestDiskFullIs507: a write that found the disk full (tm.ErrDiskFull,
// from SQLite's file or PostgreSQL's server) is answered 507 Insufficient
// Storage, a JSON error that says so and that nothing was stored, naming
// the TM's file without its folder; the log has the route's pattern and the
// whole error, never the path (which may hold the text looked up). It was
// 500, which a monitor reads as a fault of the server's. (On a 30 MB tmpfs
// filled up, see BENCHMARKS.md branch srv42: every write 507, reads and
// health 200, writes 200 again once there is room, no restart.)
func TestDiskFullIs507(t *testing.T) {
	db := newDB(t)
	var logged strings.Builder
	s := newServer(t, Options{DB: db, Log: &logged})
	full := fmt.Errorf("import a.tsv: write %s: %w; nothing of this write was stored (database or disk is full)", db.Path(), tm.ErrDiskFull)
	if got := errStatus(full); got != 507 {
		t.Errorf("errStatus(disk full) = %d; want 507", got)
	}
	r := httptest.NewRequest("PUT", "/tmserver/en/fr/unit/Confidential%20text", nil)
	r.Pattern = "PUT /tmserver/{slang}/{tlang}/unit/{text...}"
	rec := httptest.NewRecorder()
	s.writeErr(rec, r, full)
	var body errorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != 507 ||
		!strings.Contains(body.Error, "write tm.db: the disk is full; nothing of this write was stored") || strings.Contains(body.Error, filepath.Dir(db.Path())) {
		t.Errorf("answer: %d %s; want 507 and a JSON error naming tm.db, not its folder", rec.Code, rec.Body)
	}
	if log := logged.String(); !strings.HasPrefix(log, "bitext: PUT /tmserver/{slang}/{tlang}/unit/{text...}: 507: import a.tsv: write "+db.Path()+": the disk is full") || strings.Contains(log, "Confidential") {
		t.Errorf("log: %q; want the pattern, 507 and the whole error, not the text", log)
	}
}

// TestSpoolErr: an upload that cannot be kept in a temporary file for want
// of room is 507, as a write to the TM on a full disk; another failure
// (the folder gone) 503. Neither answer names the server's folder for
// temporary files ($TMPDIR), which a client has no business knowing; it
// read "write /var/tmp/bitext-upload-1: no space left on device".
func TestSpoolErr(t *testing.T) {
	for _, c := range []struct {
		err    error
		status int
		want   string
	}{
		{&os.PathError{Op: "write", Path: "/var/tmp/bitext-upload-1", Err: syscall.ENOSPC}, 507,
			"import a.tsv: the server cannot keep the upload in a temporary file: write bitext-upload-1: no space left on device; nothing from a.tsv was stored"},
		{&os.PathError{Op: "open", Path: "/var/tmp/bitext-upload-2", Err: syscall.ENOENT}, 503,
			"import a.tsv: the server cannot keep the upload in a temporary file: open bitext-upload-2: no such file or directory; nothing from a.tsv was stored"},
	} {
		err := spoolErr("a.tsv", c.err)
		if got := errStatus(err); got != c.status || err.Error() != c.want {
			t.Errorf("spoolErr(%v) = %d %q; want %d %q", c.err, got, err, c.status, c.want)
		}
	}
}

// twoGlossaryEntries stores two entries in the glossary of the server at
// ts (Téhéran with its variants, kind and languages; Henry Morgan) and
// returns a function that reads the glossary as GET /api/v1/glossary
// answers it: the undo tests of an entry's delete compare it before and
// after.
func twoGlossaryEntries(t *testing.T, ts *httptest.Server) (list func() string) {
	t.Helper()
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[{"canonical":"Téhéran","variants":["Teheran","Tehran"],"kind":"place","langs":["fr","de"]},{"canonical":"Henry Morgan","variants":["Hal Morgan"]}]}`, nil); st != 200 {
		t.Fatalf("add: %d", st)
	}
	return func() string {
		_, _, b := send(t, "GET", ts.URL+"/api/v1/glossary", "")
		return string(b)
	}
}

// TestGlossaryDeleteRestore: DELETE /api/v1/glossary/NAME answers the
// entry it removed, whole (canonical form, variants, kind, languages), and
// POST /api/v1/glossary of that entry stores it again as it was: the
// page's Undo of an entry's delete. (On main the answer held no entry.)
func TestGlossaryDeleteRestore(t *testing.T) {
	ts, _ := testServer(t, Options{})
	list := twoGlossaryEntries(t, ts)
	before := list()
	var del struct {
		OK    bool            `json:"ok"`
		Entry json.RawMessage `json:"entry"`
	}
	if st := call(t, "DELETE", ts.URL+"/api/v1/glossary/T%C3%A9h%C3%A9ran", "", &del); st != 200 || !del.OK {
		t.Fatalf("delete: %d %+v", st, del)
	}
	if want := `{"canonical":"Téhéran","variants":["Teheran","Tehran"],"kind":"place","langs":["de","fr"]}`; string(del.Entry) != want {
		t.Errorf("the delete's entry = %s; want %s", del.Entry, want)
	}
	if strings.Contains(list(), "Téhéran") {
		t.Fatal("the entry is still listed after its delete")
	}
	if st := call(t, "POST", ts.URL+"/api/v1/glossary", `{"entries":[`+string(del.Entry)+`]}`, nil); st != 200 {
		t.Fatalf("store it again: %d", st)
	}
	if after := list(); after != before {
		t.Errorf("glossary after the entry stored again:\n%s\nwant as before:\n%s", after, before)
	}
}

// TestBrowserUndoGlossaryDelete: a glossary entry deleted on the page (two
// presses of its Delete) can be had back: its row says "Deleted — Undo"
// for undoTime with the focus on Undo, and Undo stores the entry again as
// it was (canonical form, variants, kind, languages) and shows its row,
// the focus on its Delete, the count as before. Left alone, the row goes
// and the entry stays deleted. (On main the entry was gone at the second
// press.)
func TestBrowserUndoGlossaryDelete(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	list := twoGlossaryEntries(t, ts)
	before := list()
	row := `[...document.querySelectorAll("#gloss-table tr")].find((r) => r.textContent.includes("Téhéran"))`
	del := chromedp.CSS(`.delete-entry[aria-label="delete the entry Téhéran"]`)
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#glossary"))
	waitFor(t, ctx, `document.querySelectorAll("#gloss-table tr.entry").length == 2`)
	do(t, ctx, "delete", chromedp.Focus(del), enter, enter) // press, confirm
	waitFor(t, ctx, `!!`+row+` && `+row+`.classList.contains("deleted")`)
	if strings.Contains(list(), "Téhéran") {
		t.Error("the entry is still stored after the delete")
	}
	if got := eval[string](t, ctx, row+`.textContent + " | " + document.activeElement.textContent + " | " + document.getElementById("status").textContent + " | " + document.getElementById("gloss-count").textContent`); got != `Deleted "Téhéran" — Undo | Undo | "Téhéran" deleted from the glossary: Undo puts it back (for 10 seconds) | 1 of 1 entry` {
		t.Errorf("the row after a delete, the focus, the status line and the count: %q", got)
	}
	do(t, ctx, "undo", enter) // the focus is on Undo
	waitFor(t, ctx, `document.getElementById("status").textContent == '"Téhéran" restored to the glossary'`)
	if after := list(); after != before {
		t.Errorf("glossary after Undo:\n%s\nwant as before:\n%s", after, before)
	}
	if got := eval[string](t, ctx, row+`.className + " | " + `+row+`.textContent + " | " + document.activeElement.getAttribute("aria-label") + " | " + document.getElementById("gloss-count").textContent`); !strings.HasPrefix(got, "entry | Téhéran") || !strings.Contains(got, "place") || !strings.HasSuffix(got, "| delete the entry Téhéran | 2 of 2 entries") {
		t.Errorf("the row after Undo, the focus and the count: %q; want the entry's row back, the focus on its Delete", got)
	}
	// Left alone, the row goes when the time is up; the entry stays deleted.
	eval[bool](t, ctx, `(undoTime = 300, true)`)
	do(t, ctx, "delete again", enter, enter)
	waitFor(t, ctx, `!!`+row+` && `+row+`.classList.contains("deleted")`)
	waitFor(t, ctx, `!`+row)
	if got := eval[string](t, ctx, `document.getElementById("gloss-count").textContent`); got != "1 of 1 entry" {
		t.Errorf("count after the undo time: %q", got)
	}
	if strings.Contains(list(), "Téhéran") {
		t.Error("the entry is stored after the undo time")
	}
}

// TestDocumentDeleteRestore: DELETE /api/v1/documents/NAME answers the
// units it removed, whole ("units", as DELETE units/{id} answers one), and
// POST /api/v1/documents/restore takes them back in one transaction, each
// under its id: the export and the documents list are as before. Again:
// 409, nothing stored twice. (On main the answer held no units and the
// route was a 405.)
func TestDocumentDeleteRestore(t *testing.T) {
	ts, _ := testServer(t, Options{})
	get := func(path string) string {
		_, _, b := send(t, "GET", ts.URL+path, "")
		return string(b)
	}
	export, docs := get("/api/v1/export?format=tmx"), get("/api/v1/documents")
	var del struct {
		Deleted int               `json:"deleted"`
		Units   []json.RawMessage `json:"units"`
	}
	if st := call(t, "DELETE", ts.URL+"/api/v1/documents/seed.tmx", "", &del); st != 200 || del.Deleted != 3 || len(del.Units) != 3 {
		t.Fatalf("delete: %d %d deleted, %d units; want 3 and 3", st, del.Deleted, len(del.Units))
	}
	if strings.Contains(get("/api/v1/documents"), "seed.tmx") {
		t.Fatal("the document is listed after its delete")
	}
	body, _ := json.Marshal(map[string]any{"units": del.Units})
	var res struct {
		Restored int    `json:"restored"`
		Message  string `json:"message"`
	}
	if st := call(t, "POST", ts.URL+"/api/v1/documents/restore", string(body), &res); st != 200 || res.Restored != 3 || res.Message != "3 units restored" {
		t.Fatalf("restore: %d %+v", st, res)
	}
	if got := get("/api/v1/export?format=tmx"); got != export {
		t.Errorf("export after the restore:\n%s\nwant as before:\n%s", got, export)
	}
	if got := get("/api/v1/documents"); got != docs {
		t.Errorf("documents after the restore: %s; want %s", got, docs)
	}
	if st := call(t, "POST", ts.URL+"/api/v1/documents/restore", string(body), nil); st != 409 {
		t.Errorf("restore again: %d; want 409", st)
	}
	if got := get("/api/v1/export?format=tmx"); got != export {
		t.Error("a refused restore changed the TM")
	}
	if st := call(t, "POST", ts.URL+"/api/v1/documents/restore", `{"units":[]}`, nil); st != 400 {
		t.Errorf("restore of no units: %d; want 400", st)
	}
}

// TestBrowserUndoDocumentDelete: a document deleted on the page (two
// presses of its Delete) can be had back: its row says "Deleted — Undo"
// for undoTime with the focus on Undo, and Undo stores its units again as
// they were (the TM exports as before) and shows its row, the focus on its
// Delete, the count as before. Left alone, the row goes and the units stay
// deleted. (On main the document was gone at the second press.)
func TestBrowserUndoDocumentDelete(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	get := func(path string) string {
		_, _, b := send(t, "GET", ts.URL+path, "")
		return string(b)
	}
	before := get("/api/v1/export?format=tmx")
	row := `document.querySelector("#docs-table tbody tr")`
	status := `document.getElementById("status").textContent`
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents"))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	do(t, ctx, "delete", chromedp.Focus(chromedp.CSS(".delete-doc")), enter, enter) // press, confirm
	waitFor(t, ctx, row+`.classList.contains("deleted")`)
	if strings.Contains(get("/api/v1/documents"), "seed.tmx") {
		t.Error("the document is still stored after the delete")
	}
	if got := eval[string](t, ctx, row+`.textContent + " | " + document.activeElement.textContent + " | " + `+status+` + " | " + document.getElementById("docs-count").textContent`); got != `Deleted "seed.tmx" — Undo | Undo | document "seed.tmx" deleted: 3 units went from the TM: Undo puts them back (for 10 seconds) | No documents stored yet: bitext tm import FILE, bitext align A B --into, or the Alignment review tab stores them.` {
		t.Errorf("the row after a delete, the focus, the status line and the count: %q", got)
	}
	do(t, ctx, "undo", enter) // the focus is on Undo
	waitFor(t, ctx, status+` == 'document "seed.tmx" restored: 3 units back in the TM'`)
	if after := get("/api/v1/export?format=tmx"); after != before {
		t.Errorf("export after Undo:\n%s\nwant as before:\n%s", after, before)
	}
	if got := eval[string](t, ctx, row+`.className + " | " + `+row+`.querySelector(".units").textContent + " | " + document.activeElement.getAttribute("aria-label") + " | " + document.activeElement.textContent + " | " + document.getElementById("docs-count").textContent`); got != "document | 3 | delete the document seed.tmx | Delete | 1 of 1 document" {
		t.Errorf("the row after Undo, the focus and the count: %q; want the document's row back, the focus on its Delete", got)
	}
	// Left alone, the row goes when the time is up; the units stay deleted.
	eval[bool](t, ctx, `(undoTime = 300, true)`)
	do(t, ctx, "delete again", enter, enter)
	waitFor(t, ctx, `!!`+row+` && `+row+`.classList.contains("deleted")`)
	waitFor(t, ctx, `!document.querySelector("#docs-table tbody tr")`)
	if strings.Contains(get("/api/v1/documents"), "seed.tmx") {
		t.Error("the document is stored after the undo time")
	}
}
