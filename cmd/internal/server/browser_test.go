package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"golang.org/x/text/language"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
)

// -screenshots rewrites testdata/screenshots/*.png from
// TestBrowserScreenshots (go test ./cmd/internal/server -run
// BrowserScreenshots -screenshots); the README shows them.
var screenshots = flag.Bool("screenshots", false, "rewrite testdata/screenshots/*.png")

const chromium = "/usr/bin/chromium"

// browser starts Debian's chromium headless with a fresh profile and
// returns a tab's context; the test is skipped when chromium is absent.
func browser(t *testing.T) context.Context {
	t.Helper()
	ctx, _ := browserProfile(t, t.TempDir())
	return ctx
}

// browserProfile is browser with the profile in dir (what a browser keeps
// across a restart: IndexedDB, localStorage); closing it (stop) lets
// another browserProfile start on dir.
func browserProfile(t *testing.T, dir string) (ctx context.Context, stop func()) {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("no %s: the browser tests need Debian's chromium (apt-get install chromium); CI installs it", chromium)
	}
	// Chromium puts a singleton socket directory in $TMPDIR and leaves it
	// behind when it is stopped; a test's own directory goes with the test.
	tmp := t.TempDir()
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("window-size", "1200,800"),
		chromedp.UserDataDir(dir),
		chromedp.Env("TMPDIR="+tmp),
	)
	t.Cleanup(cancel)
	bctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	// A bound on the whole test, not a speed check: a step that hangs
	// ends it. The longest (TestBrowserScreenshots, every tab at two
	// widths) took 2 minutes on the 2 shared cores at load 20.
	ctx, cancel3 := context.WithTimeout(bctx, 5*time.Minute)
	t.Cleanup(cancel3)
	return ctx, func() {
		if err := chromedp.Cancel(bctx); err != nil {
			t.Errorf("close the browser: %v", err)
		}
		cancel()
	}
}

// do runs steps, failing the test on an error.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression (with opts: a promise's value,
// chromedp.EvalAwaitPromise).
func eval[T any](t *testing.T, ctx context.Context, expr string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// waitFor waits until the JavaScript predicate expr holds, for at most
// 20 seconds.
func waitFor(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	waitWithin(t, ctx, expr, 20*time.Second)
}

// waitWithin waits until the JavaScript predicate expr holds, for at most
// limit: longer than waitFor's 20 seconds where the page waits for the
// server's work (an alignment of thousands of sentences, which under the
// race detector on a loaded two-core machine took more than 20 s).
func waitWithin(t *testing.T, ctx context.Context, expr string, limit time.Duration) {
	t.Helper()
	// A poll begun as a navigation ends meets the page it started in gone
	// ("Cannot find context with specified id"): polled again in the new
	// page, within the same limit.
	deadline := time.Now().Add(limit)
	for {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(time.Until(deadline))))
		if err == nil {
			return
		}
		if strings.Contains(err.Error(), "Cannot find context with specified id") && time.Until(deadline) > 100*time.Millisecond {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		status, _ := chromedp.Run(ctx, chromedp.Evaluate[string]("document.getElementById('status').textContent"))
		t.Fatalf("waiting for %s: %v (status line: %q)", expr, err, status)
	}
}

// riverTexts is an English text of n numbered sentences, one a line, and
// its French, which the aligner pairs one to one (bead i is sentence i):
// the review tests' long alignment.
func riverTexts(n int) (src, tgt string) {
	var s, t strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&s, "Sentence %d tells of the river and the town by the old bridge.\n", i)
		fmt.Fprintf(&t, "La phrase %d parle du fleuve et de la ville près du vieux pont.\n", i)
	}
	return s.String(), t.String()
}

// alignInput is an alignment a test asks of the Align tab: the texts put
// in #src-text and #tgt-text, the target language, and how they are put.
type alignInput struct {
	// open is the address navigated to first (ts.URL+"/#align"); empty
	// clicks the Align tab of the page shown.
	open string
	// lang, when set, is put in the target language box (#tgt) first.
	lang     string
	src, tgt string
	// typed types the texts key by key (chromedp.SendKeys: key events
	// that the browser handles as a keyboard's, each firing the box's
	// input event; the text goes after what the box holds), the path a
	// translator's typing takes: TestBrowserReloadKeepsReview tests the
	// draft the page keeps on each input event. Otherwise the texts are
	// set at once (chromedp.SetValue: the value replaced, then one input
	// and one change event, as a paste gives), which is what a test of the
	// beads wants: each box holds the text given, whatever it held, and a
	// long text is one step, not one per character.
	typed bool
}

// alignPasted puts in's texts in the Align tab's boxes, presses Align and
// waits until the table shows exactly wantBeads beads: the test fails if
// they do not come (waitFor's poll gives up after 20 seconds and says the
// status line, where the page writes how many beads it aligned). A table
// that shows wantBeads beads already passes at once: a test that aligns
// twice aligns to another count the second time.
func alignPasted(t *testing.T, ctx context.Context, in alignInput, wantBeads int) {
	t.Helper()
	steps := []chromedp.Action[chromedp.Void]{chromedp.Click(chromedp.CSS("#tab-align"))}
	if in.open != "" {
		steps[0] = chromedp.Navigate(in.open)
	}
	if in.lang != "" {
		steps = append(steps, chromedp.SetValue(chromedp.CSS("#tgt"), in.lang))
	}
	if in.typed {
		steps = append(steps, chromedp.SendKeys(chromedp.CSS("#src-text"), in.src), chromedp.SendKeys(chromedp.CSS("#tgt-text"), in.tgt))
	} else {
		steps = append(steps, chromedp.SetValue(chromedp.CSS("#src-text"), in.src), chromedp.SetValue(chromedp.CSS("#tgt-text"), in.tgt))
	}
	steps = append(steps, chromedp.Click(chromedp.CSS("#do-align")))
	do(t, ctx, "align", steps...)
	waitWithin(t, ctx, `document.querySelectorAll("#beads tbody tr").length == `+strconv.Itoa(wantBeads), 2*time.Minute)
}

// shootView saves the window as testdata/screenshots/name when
// -screenshots is set (TestBrowserScreenshots takes the README's).
func shootView(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if !*screenshots {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("testdata", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

const (
	alignSrc = `The Chief Commander of the IRGC met the Iraqi Defense Minister in Tehran on Monday. He voiced readiness to share experience in fighting terrorism.

The two sides stressed the importance of cooperation. The minister thanked his hosts. He said the armed forces of the two countries are brothers.`
	alignTgt = `Le commandant en chef des Gardiens de la révolution a rencontré lundi à Téhéran le ministre irakien de la Défense. Il s'est dit prêt à partager son expérience de la lutte antiterroriste.

Les deux parties ont souligné l'importance de la coopération. Le ministre a remercié ses hôtes. Il a dit que les forces armées des deux pays sont sœurs.`
)

// TestBrowser drives the review page in chromium: a TM search with a
// fuzzy match and a concordance, an alignment reviewed with the keyboard
// (merge, split, move, mark wrong) and stored, checked in the TM
// afterwards; a Persian pair shown right to left; a name cluster accepted
// and normalize checked afterwards.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{LoopbackHosts: true, Version: "test"})

	// TM search.
	do(t, ctx, "search", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), "The minister arrived in Baghdad on Sunday."),
		chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	if got := eval[string](t, ctx, `document.querySelector("#matches tr.match").textContent`); !strings.Contains(got, "Le ministre est arrivé à Bagdad lundi.") || !strings.Contains(got, "%") || !strings.Contains(got, "seed.tmx") {
		t.Errorf("first match row = %q; want the Baghdad unit with a percentage and its origin", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#matches .target").lang`); got != "fr" {
		t.Errorf("the translation shown has lang %q; want fr (a screen reader reads it in French)", got)
	}
	if got := eval[string](t, ctx, `document.querySelector("#matches ins").textContent`); got != "Sunday" {
		t.Errorf("diff insertion = %q; want Sunday", got)
	}
	// Edit the match's translation in place, then delete another unit.
	do(t, ctx, "edit", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
	waitFor(t, ctx, `document.querySelector("#matches .target").isContentEditable`)
	eval[bool](t, ctx, `(document.querySelector("#matches .target").textContent = "Le ministre est arrivé à Bagdad dimanche.", true)`)
	do(t, ctx, "save", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
	waitFor(t, ctx, `document.getElementById("status").textContent == "unit 1 saved"`)
	if u, err := db.Unit(context.Background(), 1); err != nil || u.Variants[1].Text != "Le ministre est arrivé à Bagdad dimanche." {
		t.Errorf("unit 1 after the edit: %+v, %v", u.Variants, err)
	}
	do(t, ctx, "delete", chromedp.SetValue(chromedp.CSS("#query"), seed[2]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelector("#matches tr.match") && document.querySelector("#matches tr.match").textContent.includes("Téhéran")`)
	do(t, ctx, "delete", chromedp.Click(chromedp.CSS("#matches tr.match .delete")), chromedp.Click(chromedp.CSS("#matches tr.match .delete"))) // press, confirm
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("unit 2 deleted")`)
	if _, err := db.Unit(context.Background(), 2); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("unit 2 after the delete: %v; want ErrNoUnit", err)
	}
	do(t, ctx, "concordance", chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.querySelectorAll("#hits mark").length == 1`) // unit 2 was deleted
	if got := eval[string](t, ctx, `document.querySelector("#hits mark").textContent`); got != "minister" {
		t.Errorf("concordance highlight = %q", got)
	}

	// Alignment review.
	srcFile := filepath.Join(t.TempDir(), "story.en.txt")
	if err := os.WriteFile(srcFile, []byte(alignSrc), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "align", chromedp.Click(chromedp.CSS("#tab-align")),
		chromedp.SetUploadFiles(chromedp.CSS("#src-file"), []string{srcFile}))
	waitFor(t, ctx, `document.getElementById("src-text").value.startsWith("The Chief Commander")`)
	do(t, ctx, "align", chromedp.SetValue(chromedp.CSS("#tgt-text"), alignTgt),
		chromedp.Click(chromedp.CSS("#order")), // document order
		chromedp.Click(chromedp.CSS("#do-align")))
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 5`)
	rows := `document.querySelectorAll("#beads tbody tr").length`
	key := func(k string, opts ...chromedp.KeyOption) { do(t, ctx, "key "+k, chromedp.KeyEvent(k, opts...)) }
	do(t, ctx, "select bead 3", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="2"]`)))
	key("m") // merge beads 3 and 4
	if n := eval[int](t, ctx, rows); n != 4 {
		t.Fatalf("after merge: %d beads; want 4", n)
	}
	if got := eval[string](t, ctx, `document.querySelector("#beads tr.selected").className`); !strings.Contains(got, "edited") {
		t.Errorf("merged bead class = %q; want edited", got)
	}
	key("s") // split it again
	if n := eval[int](t, ctx, rows); n != 5 {
		t.Fatalf("after split: %d beads; want 5", n)
	}
	key("j") // to bead 4
	key("u") // move its target sentence up into bead 3
	if got := eval[int](t, ctx, `document.querySelectorAll('#beads tr[data-bead="2"] td:nth-child(3) .sent').length`); got != 2 {
		t.Errorf("after moving a sentence up, bead 3 has %d target sentences; want 2", got)
	}
	key("d", chromedp.KeyModifiers()) // no: bead 4 has no target left; nothing moves
	key("k")                          // back to bead 3
	key("d")                          // move its last target sentence down again
	if got := eval[int](t, ctx, `document.querySelectorAll('#beads tr[data-bead="3"] td:nth-child(3) .sent').length`); got != 1 {
		t.Errorf("after moving a sentence down, bead 4 has %d target sentences; want 1", got)
	}
	do(t, ctx, "select bead 1", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="0"]`)))
	key("w") // bead 1 is wrong: not stored
	do(t, ctx, "reviewer", chromedp.SetValue(chromedp.CSS("#by"), "Maryam"))
	do(t, ctx, "focus", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="1"]`)))
	key(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("stored 4 reviewed pairs")`)
	ms, err := db.Lookup(context.Background(), "The minister thanked his hosts.", tm.LookupOptions{Src: language.English, Tgt: language.French})
	if err != nil || len(ms) == 0 || ms[0].Score != 100 || ms[0].Target != "Le ministre a remercié ses hôtes." || ms[0].Origin.File != OriginReviewed {
		t.Errorf("a reviewed pair in the TM: %+v, %v", ms, err)
	}
	ms, _ = db.Lookup(context.Background(), "The Chief Commander of the IRGC met the Iraqi Defense Minister in Tehran on Monday.", tm.LookupOptions{Src: language.English, Tgt: language.French})
	if len(ms) > 0 && ms[0].Score == 100 {
		t.Errorf("the pair marked wrong was stored: %+v", ms[0])
	}

	// A Persian pair: the target cells read right to left.
	alignPasted(t, ctx, alignInput{lang: "fa", src: "The minister arrived in Tehran. He met the commander.", tgt: "وزیر به تهران رسید. او با فرمانده دیدار کرد."}, 2)
	waitFor(t, ctx, `document.querySelector("#beads tbody tr td:nth-child(3)").textContent.includes("تهران")`)
	if dir := eval[string](t, ctx, `getComputedStyle(document.querySelector("#beads tbody tr td:nth-child(3) .sent")).direction`); dir != "rtl" {
		t.Errorf("Persian sentence direction = %q; want rtl", dir)
	}
	if dir := eval[string](t, ctx, `getComputedStyle(document.querySelector("#beads tbody tr td:nth-child(2) .sent")).direction`); dir != "ltr" {
		t.Errorf("English sentence direction = %q; want ltr", dir)
	}
	do(t, ctx, "fr again", chromedp.SetValue(chromedp.CSS("#tgt"), "fr"))

	// Names: check pasted copy, discover a cluster, accept it.
	copyText := strings.Repeat("Abdolrahim Mousavi spoke in Tehran. Abdolrahim Musavi said more. Abdulrahim Mousavi left. ", 2) + "Qasim Soleimani was named."
	do(t, ctx, "names", chromedp.Click(chromedp.CSS("#tab-names")),
		chromedp.SetValue(chromedp.CSS("#copy"), copyText), chromedp.Click(chromedp.CSS("#check")))
	waitFor(t, ctx, `document.querySelectorAll("#marked mark.rewrite").length > 0`)
	if got := eval[string](t, ctx, `document.querySelector("#marked mark.rewrite").textContent`); !strings.HasPrefix(got, "Qasim Soleimani") {
		t.Errorf("highlighted variant = %q", got)
	}
	do(t, ctx, "discover", chromedp.Click(chromedp.CSS("#discover")))
	waitFor(t, ctx, `document.querySelectorAll("#clusters .cluster").length > 0`)
	// Choose the second spelling as the canonical and drop the third.
	members := eval[[]string](t, ctx, `[...document.querySelectorAll("#clusters .cluster input.keep")].map(x => x.value)`)
	if len(members) != 3 {
		t.Fatalf("cluster members = %q; want 3", members)
	}
	do(t, ctx, "review the cluster",
		chromedp.Click(chromedp.CSS(`#clusters .cluster .member:nth-of-type(3) input[type=radio]`)),
		chromedp.Click(chromedp.CSS(`#clusters .cluster .member:nth-of-type(4) input.keep`)),
		chromedp.Click(chromedp.CSS("#clusters .cluster .accept")))
	waitFor(t, ctx, `document.querySelector("#clusters .cluster").classList.contains("accepted")`)
	entries, err := db.Glossary(context.Background())
	if err != nil || len(entries) != 1 || entries[0].Canonical != members[1] || len(entries[0].Variants) != 1 || entries[0].Variants[0] != members[0] {
		t.Fatalf("glossary after accepting %q with %q dropped: %+v, %v", members[1], members[2], entries, err)
	}
	do(t, ctx, "normalize", chromedp.Click(chromedp.CSS("#normalize")))
	waitFor(t, ctx, `document.getElementById("normalized").textContent != ""`)
	got := eval[string](t, ctx, `document.getElementById("normalized").textContent`)
	// (The dropped spelling is no variant in the glossary, but normalize
	// still rewrites it by its key: a spelling rule, not a listed variant.)
	if strings.Contains(got, members[0]) || !strings.Contains(got, members[1]) {
		t.Errorf("normalized copy = %q; want %q rewritten to %q", got, members[0], members[1])
	}
}

// TestBrowserToken: on a server with tokens the page asks for one and
// sends it with every request, reads too. Without a token even the
// alignment (a read) is refused with the server's message; with a read
// token it aligns but cannot store (the server's 403 shown, nothing
// stored); with a write token the pairs are stored. A reload keeps the
// token for the tab.
func TestBrowserToken(t *testing.T) {
	ctx := browser(t)
	const writeToken, readToken = "0123456789abcdef", "read-0123456789abcdef"
	ts, db := testServer(t, Options{Access: Access{Tokens: []string{writeToken}, ReadTokens: []string{readToken}}})
	n := units(t, db)
	do(t, ctx, "align", chromedp.Navigate(ts.URL+"/#align"),
		chromedp.SetValue(chromedp.CSS("#src-text"), "The minister arrived. He met the general."),
		chromedp.SetValue(chromedp.CSS("#tgt-text"), "Le ministre est arrivé. Il a rencontré le général."),
		chromedp.Click(chromedp.CSS("#do-align")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("POST /api/v1/align reads the translation memory: it needs the header Authorization: Bearer TOKEN")`)
	if got := eval[bool](t, ctx, `document.activeElement === document.getElementById("token")`); !got {
		t.Error("after a 401 the token field does not have the focus")
	}
	do(t, ctx, "read token", chromedp.SetValue(chromedp.CSS("#token"), readToken), chromedp.Click(chromedp.CSS("#do-align")))
	waitFor(t, ctx, `document.querySelectorAll("#beads tbody tr").length == 2`)
	do(t, ctx, "store", chromedp.Click(chromedp.CSS("#store")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("the token sent reads only")`)
	if units(t, db) != n {
		t.Fatal("a write with a read token stored pairs")
	}
	do(t, ctx, "write token", chromedp.SetValue(chromedp.CSS("#token"), writeToken), chromedp.Click(chromedp.CSS("#store")))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("stored 2 reviewed pairs")`)
	if units(t, db) != n+2 {
		t.Errorf("%d units after storing with the token; want %d", units(t, db), n+2)
	}
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, `document.getElementById("token").value === "`+writeToken+`"`)

	// The documents tab: a read token lists them but cannot delete one.
	do(t, ctx, "documents", chromedp.SetValue(chromedp.CSS("#token"), readToken), chromedp.Click(chromedp.CSS("#tab-documents")))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 2`)
	do(t, ctx, "delete", chromedp.Click(chromedp.CSS("#docs-table tr.document .delete-doc")), chromedp.Click(chromedp.CSS("#docs-table tr.document .delete-doc")))
	waitFor(t, ctx, `document.getElementById("status").className == "error" && document.getElementById("status").textContent.includes("the token sent reads only")`)
	if units(t, db) != n+2 {
		t.Errorf("%d units after a delete with a read token; want %d", units(t, db), n+2)
	}
}

// TestBrowserEditReverse: the page edits the translation it shows. A unit
// stored French to English, found by an English to French lookup, has its
// French text edited, not its English (the edit named no language, and
// the server took the unit's translation: English); a unit of three
// languages is edited in the target language (it was refused).
func TestBrowserEditReverse(t *testing.T) {
	ctx := browser(t)
	db := newDB(t)
	us := []tm.Unit{
		{SrcLang: language.French, Variants: []tm.Variant{{Lang: language.French, Text: "Le chat dort sur le canapé."}, {Lang: language.English, Text: "The cat sleeps on the sofa."}}, Origin: tm.Origin{File: "fr-en.tmx"}},
		{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "The dog barks at night."}, {Lang: language.German, Text: "Der Hund bellt nachts."}, {Lang: language.French, Text: "Le chien aboie le jour."}}, Origin: tm.Origin{File: "three.tmx"}},
	}
	if _, err := db.Import(context.Background(), unitSeq(us), tm.ImportOptions{File: "x.tmx"}); err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{DB: db})
	for _, tc := range []struct {
		id          int64
		query, edit string
	}{
		{1, "The cat sleeps on the sofa.", "Le chat dort sur le sofa."},
		{2, "The dog barks at night.", "Le chien aboie la nuit."},
	} {
		do(t, ctx, "search", chromedp.Navigate(ts.URL+"/#search"),
			chromedp.SetValue(chromedp.CSS("#query"), tc.query), chromedp.Click(chromedp.CSS("#lookup")))
		waitFor(t, ctx, `document.querySelector("#matches tr.match") && document.querySelector("#matches tr.match").textContent.includes(`+strconv.Quote(tc.query)+`)`)
		do(t, ctx, "edit", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
		waitFor(t, ctx, `document.querySelector("#matches .target").isContentEditable`)
		eval[bool](t, ctx, `(document.querySelector("#matches .target").textContent = `+strconv.Quote(tc.edit)+`, true)`)
		do(t, ctx, "save", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
		waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("unit ")`)
		u, err := db.Unit(context.Background(), tc.id)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range u.Variants {
			if v.Lang == language.English && v.Text != tc.query || v.Lang == language.French && v.Text != tc.edit {
				t.Errorf("unit %d after editing its French to %q: %+v (status %q)", tc.id, tc.edit, u.Variants,
					eval[string](t, ctx, `document.getElementById("status").textContent`))
				break
			}
		}
	}
}

// TestBrowserErrors: what goes wrong reaches the translator's eyes and is
// done once. A double click on "Store in TM" stores once; an answer that
// is not JSON (a proxy's error page) and a server that is gone are shown
// on the status line (both were lost in the console, the page unchanged).
func TestBrowserErrors(t *testing.T) {
	ctx := browser(t)
	s := newServer(t, Options{DB: newDB(t, seed...)})
	var mu sync.Mutex
	stores := 0
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == "POST" && r.URL.Path == "/api/v1/units":
			mu.Lock()
			stores++
			mu.Unlock()
		case r.URL.Path == "/api/v1/concordance":
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusBadGateway)
			w.Write([]byte("<html><body>502 Bad Gateway</body></html>"))
			return
		}
		s.ServeHTTP(w, r)
	}))
	defer ts.Close()
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: "The minister arrived. He met the general.", tgt: "Le ministre est arrivé. Il a rencontré le général."}, 2)
	eval[bool](t, ctx, `(document.getElementById("store").click(), document.getElementById("store").click(), true)`)
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("stored 2 reviewed pairs")`)
	mu.Lock()
	if stores != 1 {
		t.Errorf("a double click on Store sent %d stores; want 1", stores)
	}
	mu.Unlock()

	do(t, ctx, "concordance", chromedp.Click(chromedp.CSS("#tab-search")),
		chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.getElementById("status").className == "error" && document.getElementById("status").textContent.includes("502")`)

	ts.CloseClientConnections()
	ts.Close()
	do(t, ctx, "lookup", chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.getElementById("status").className == "error" && document.getElementById("status").textContent.includes("cannot be reached")`)
}

// TestBrowserConcordanceMore: a term that 250 segments hold shows the
// first 100, says more hold it, and More appends the next pages until all
// are shown (the page said "100 segments hold" and the rest were out of
// reach).
func TestBrowserConcordanceMore(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{DB: newDB(t, manyMinisters(t, 250)...)})
	rows := `document.querySelectorAll("#hits tr.hit").length`
	do(t, ctx, "concordance", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, rows+` == 100`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, "More") {
		t.Errorf("status after the first page = %q; want it to say that More shows the next", got)
	}
	for _, n := range []int{200, 250} {
		do(t, ctx, "more", chromedp.Click(chromedp.CSS("#more")))
		waitFor(t, ctx, rows+` == `+strconv.Itoa(n))
	}
	if !eval[bool](t, ctx, `document.getElementById("more").hidden`) {
		t.Error("More is still shown after the last page")
	}
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); got != `250 segments hold "minister"` {
		t.Errorf("status after the last page = %q", got)
	}
}

// TestBrowserKeyboard uses TM search with the keyboard only: Enter in the
// query looks it up (it started a new line), Enter in an edited
// translation saves it and Escape gives the edit up (Enter started a new
// line, Escape did nothing), and Delete asks before it deletes (one press
// deleted the unit, with no undo).
func TestBrowserKeyboard(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	status := `document.getElementById("status").textContent`
	key := func(k string) {
		if k == kb.Enter {
			do(t, ctx, "Enter", enter)
			return
		}
		do(t, ctx, "key "+k, chromedp.KeyEvent(k))
	}
	do(t, ctx, "query", chromedp.Navigate(ts.URL+"/#search"), chromedp.Focus(chromedp.CSS("#query")))
	do(t, ctx, "type", chromedp.KeyEvent(seed[2]))
	key(kb.Enter)
	waitFor(t, ctx, `document.querySelector("#matches tr.match") && document.querySelector("#matches tr.match").textContent.includes("Téhéran")`)
	if q := eval[string](t, ctx, `document.getElementById("query").value`); q != seed[2] {
		t.Errorf("query after Enter = %q; want %q", q, seed[2])
	}
	do(t, ctx, "edit", chromedp.Focus(chromedp.CSS("#matches tr.match .edit")))
	key(kb.Enter)
	waitFor(t, ctx, `document.activeElement.classList.contains("target") && document.activeElement.isContentEditable`)
	eval[bool](t, ctx, `(document.activeElement.textContent = "Le ministre a quitté Téhéran ce mardi.", true)`)
	key(kb.Enter)
	waitFor(t, ctx, status+` == "unit 2 saved"`)
	// The cell saved is no longer editable: the focus is back on Edit (it
	// fell to the page, and a screen reader lost its place).
	if got := eval[string](t, ctx, `document.activeElement.className`); got != "edit" {
		t.Errorf("after Enter saved the edit the focus is on %q; want the Edit button", got)
	}
	if u, err := db.Unit(context.Background(), 2); err != nil || u.Variants[1].Text != "Le ministre a quitté Téhéran ce mardi." {
		t.Fatalf("unit 2 after Enter in the edit: %+v, %v", u.Variants, err)
	}
	do(t, ctx, "edit again", chromedp.Focus(chromedp.CSS("#matches tr.match .edit")))
	key(kb.Enter)
	waitFor(t, ctx, `document.activeElement.isContentEditable`)
	eval[bool](t, ctx, `(document.activeElement.textContent = "Rien.", true)`)
	key(kb.Escape)
	waitFor(t, ctx, status+` == "unit 2 not changed"`)
	if got := eval[string](t, ctx, `document.querySelector("#matches .target").textContent`); got != "Le ministre a quitté Téhéran ce mardi." {
		t.Errorf("translation shown after Escape = %q", got)
	}
	if u, _ := db.Unit(context.Background(), 2); u.Variants[1].Text != "Le ministre a quitté Téhéran ce mardi." {
		t.Errorf("unit 2 after Escape: %+v", u.Variants)
	}
	do(t, ctx, "delete", chromedp.Focus(chromedp.CSS("#matches tr.match .delete")))
	key(kb.Enter)
	waitFor(t, ctx, status+`.startsWith("press Delete again")`)
	if _, err := db.Unit(context.Background(), 2); err != nil {
		t.Fatalf("one press of Delete deleted unit 2: %v", err)
	}
	key(kb.Enter)
	waitFor(t, ctx, status+`.startsWith("unit 2 deleted")`)
	if _, err := db.Unit(context.Background(), 2); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("unit 2 after Delete pressed twice: %v; want ErrNoUnit", err)
	}
}

// enter presses Enter as a keyboard does: one keyDown that carries its
// text, so that a handler's preventDefault keeps the line break out
// (chromedp.KeyEvent sends the text apart, as a char event no handler can
// stop).
var enter = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
	down := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyDown, Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13, Text: "\r", UnmodifiedText: "\r"}
	up := down
	up.Type, up.Text, up.UnmodifiedText = input.DispatchKeyEventTypeKeyUp, "", ""
	for _, p := range []input.DispatchKeyEventParams{down, up} {
		if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, p); err != nil {
			return err
		}
	}
	return nil
})

// TestBrowserStoreAlignedLanguages: the reviewed pairs are stored in the
// languages the texts were aligned in. The language boxes are shared by
// the tabs: a translator who aligned English and French, then set German
// for a search, stored the French sentences as German.
func TestBrowserStoreAlignedLanguages(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: "The ambassador arrived. He met the general.", tgt: "L'ambassadeur est arrivé. Il a rencontré le général."}, 2)
	do(t, ctx, "another target language", chromedp.SetValue(chromedp.CSS("#tgt"), "de"), chromedp.Click(chromedp.CSS("#store")))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("stored 2 reviewed pairs")`)
	for _, tc := range []struct {
		tgt  language.Tag
		want bool
	}{{language.French, true}, {language.German, false}} {
		ms, err := db.Lookup(context.Background(), "The ambassador arrived.", tm.LookupOptions{Src: language.English, Tgt: tc.tgt})
		if err != nil {
			t.Fatal(err)
		}
		if found := len(ms) > 0 && ms[0].Score == 100; found != tc.want {
			t.Errorf("English-%s exact match stored: %v; want %v (%+v)", tc.tgt, found, tc.want, ms)
		}
	}
}

// TestBrowserSelectKeepsRows: j, k and a click move the selection without
// rebuilding the table of beads (each press rebuilt every row: about 0.35 s
// a key on an alignment of 2,000 beads, 0.01 s now), and the selection
// still moves in the order shown.
func TestBrowserSelectKeepsRows(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: alignSrc, tgt: alignTgt}, 5)
	eval[bool](t, ctx, `([...document.querySelectorAll("#beads tbody tr")].forEach(r => r.kept = true), true)`)
	order := eval[[]string](t, ctx, `[...document.querySelectorAll("#beads tbody tr")].map(r => r.dataset.bead)`)
	selected := `document.querySelector("#beads tr.selected").dataset.bead`
	if got := eval[string](t, ctx, selected); got != order[0] {
		t.Fatalf("selected bead %s; want the first shown, %s", got, order[0])
	}
	do(t, ctx, "j", chromedp.KeyEvent("j"), chromedp.KeyEvent("j"), chromedp.KeyEvent("k"))
	if got := eval[string](t, ctx, selected); got != order[1] {
		t.Errorf("after j j k: bead %s selected; want %s", got, order[1])
	}
	do(t, ctx, "click", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="`+order[3]+`"]`)))
	if got := eval[string](t, ctx, selected); got != order[3] {
		t.Errorf("after a click: bead %s selected; want %s", got, order[3])
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#beads tr.selected").length`); n != 1 {
		t.Errorf("%d rows selected", n)
	}
	if !eval[bool](t, ctx, `[...document.querySelectorAll("#beads tbody tr")].every(r => r.kept)`) {
		t.Error("moving the selection rebuilt the rows")
	}
}

// TestBrowserReadOnlyAndMarkup: TM content that looks like HTML is shown
// as text in lookups and concordances (no element is made of it), and a
// read-only server's page offers no Edit, Delete or Accept (they were
// offered, and each press answered 403).
func TestBrowserReadOnlyAndMarkup(t *testing.T) {
	ctx := browser(t)
	src := `The minister said <script>document.title="xss"</script> hello.`
	tgt := `Le ministre a dit <img src=x onerror="document.title='xss'"> bonjour.`
	db := newDB(t, src, tgt)
	if err := db.PutGlossary(context.Background(), []normalize.Entry{{Canonical: "Tehran", Variants: []string{"Teheran"}}}); err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{DB: db, ReadOnly: true})
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), src), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length == 1`)
	if got := eval[string](t, ctx, `document.querySelector("#matches .target").textContent`); got != tgt {
		t.Errorf("translation shown = %q; want %q as text", got, tgt)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#results img, #results script").length`); n != 0 {
		t.Errorf("%d elements made of TM text", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#matches button").length`); n != 0 {
		t.Errorf("a read-only page offers %d buttons on a match; want none", n)
	}
	do(t, ctx, "concordance", chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.querySelectorAll("#hits tr.hit").length == 1`)
	if got := eval[string](t, ctx, `document.querySelector("#hits tr.hit").textContent`); !strings.Contains(got, "<script>") || !strings.Contains(got, "<img") {
		t.Errorf("concordance row = %q; want the markup as text", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#results img, #results script").length`); n != 0 || eval[string](t, ctx, `document.title`) != "bitext" {
		t.Errorf("%d elements made of TM text, title %q", n, eval[string](t, ctx, `document.title`))
	}
	do(t, ctx, "names", chromedp.Click(chromedp.CSS("#tab-names")),
		chromedp.SetValue(chromedp.CSS("#copy"), strings.Repeat("Abdolrahim Mousavi spoke. Abdolrahim Musavi said more. ", 3)),
		chromedp.Click(chromedp.CSS("#discover")))
	waitFor(t, ctx, `document.querySelectorAll("#clusters .cluster").length > 0`)
	if !eval[bool](t, ctx, `document.querySelector("#clusters .accept").disabled`) {
		t.Error("a read-only page offers Accept")
	}
	do(t, ctx, "glossary", chromedp.Click(chromedp.CSS("#tab-glossary")))
	waitFor(t, ctx, `document.querySelectorAll("#gloss-table tr.entry").length == 1`)
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll("#glossary button:not([disabled]):not(#gloss-more), #glossary input.new-variant:not([disabled])")].map(b => b.className || b.id)`); len(got) != 0 {
		t.Errorf("a read-only page offers glossary writes: %q", got)
	}
	do(t, ctx, "documents", chromedp.Click(chromedp.CSS("#tab-documents")))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	if !eval[bool](t, ctx, `document.querySelector("#docs-table .delete-doc").disabled`) {
		t.Error("a read-only page offers to delete a document")
	}
	// Its units are shown as text, and offer no edit or delete.
	do(t, ctx, "units", chromedp.Click(chromedp.CSS("#docs-table .open-doc")))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 1`)
	if got := eval[string](t, ctx, `document.querySelector("#doc-units-table tr.unit").textContent`); !strings.Contains(got, "<script>") || !strings.Contains(got, "<img") {
		t.Errorf("unit row = %q; want the markup as text", got)
	}
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll("#doc-units-table button:not([disabled])")].map(b => b.className)`); len(got) != 0 {
		t.Errorf("a read-only page offers unit writes: %q", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#documents img, #documents script").length`); n != 0 {
		t.Errorf("%d elements made of TM text", n)
	}
}

// TestBrowserGlossary reviews the user's glossary on its tab: the entries
// listed and filtered by name key, a variant added with Enter and one
// removed, a variant another entry has refused (the 409's message shown,
// nothing stored), an entry deleted (a second press confirms) and one
// added; the store is checked after each.
func TestBrowserGlossary(t *testing.T) {
	ctx := browser(t)
	ts, db := testServer(t, Options{})
	err := db.PutGlossary(context.Background(), []normalize.Entry{
		{Canonical: "Abdolrahim Mousavi", Variants: []string{"Abdulrahim Musavi", "Abdolrahim Musavi"}, Kind: normalize.KindPerson},
		{Canonical: "Qasem Soleimani", Variants: []string{"Qassem Suleimani", "قاسم سلیمانی"}, Kind: normalize.KindPerson},
		{Canonical: "Islamic Revolutionary Guard Corps", Variants: []string{"IRGC", "Sepah"}, Kind: normalize.KindOrg, Langs: []language.Tag{language.English}},
		{Canonical: "Tehran", Variants: []string{"Teheran"}, Kind: normalize.KindPlace},
	})
	if err != nil {
		t.Fatal(err)
	}
	entry := func(canonical string) normalize.Entry {
		t.Helper()
		es, err := db.Glossary(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.Canonical == canonical {
				return e
			}
		}
		return normalize.Entry{}
	}
	status := `document.getElementById("status").textContent`
	rows := `document.querySelectorAll("#gloss-table tr.entry").length`
	do(t, ctx, "glossary", chromedp.Navigate(ts.URL+"/#glossary"))
	waitFor(t, ctx, rows+` == 4`)
	if got := eval[string](t, ctx, `document.getElementById("gloss-count").textContent`); got != "4 of 4 entries" {
		t.Errorf("count = %q", got)
	}

	do(t, ctx, "filter", chromedp.SendKeys(chromedp.CSS("#gloss-q"), "sulaymani")) // by name key
	waitFor(t, ctx, rows+` == 1 && document.querySelector("#gloss-table .canonical").textContent == "Qasem Soleimani"`)
	do(t, ctx, "add a variant", chromedp.SetValue(chromedp.CSS(".new-variant"), "Ghasem Soleimani"), chromedp.Focus(chromedp.CSS(".new-variant")), enter)
	waitFor(t, ctx, status+` == '"Ghasem Soleimani" is now a variant of "Qasem Soleimani"'`)
	if e := entry("Qasem Soleimani"); !slices.Contains(e.Variants, "Ghasem Soleimani") {
		t.Errorf("entry after adding a variant: %+v", e)
	}
	if !eval[bool](t, ctx, `document.activeElement.classList.contains("new-variant")`) {
		t.Error("after adding a variant the focus left the variant field")
	}
	do(t, ctx, "a variant of Tehran", chromedp.SetValue(chromedp.CSS(".new-variant"), "Teheran"), chromedp.Focus(chromedp.CSS(".new-variant")), enter)
	waitFor(t, ctx, `document.getElementById("status").className == "error" && `+status+`.includes("Teheran")`)
	if e := entry("Qasem Soleimani"); slices.Contains(e.Variants, "Teheran") {
		t.Errorf("a variant of another entry was added: %+v", e)
	}
	do(t, ctx, "remove a variant", chromedp.Click(chromedp.CSS(`.remove-variant[aria-label="remove the variant Qassem Suleimani of Qasem Soleimani"]`)))
	waitFor(t, ctx, status+`.startsWith('"Qassem Suleimani" is no longer a variant of "Qasem Soleimani"')`)
	if e := entry("Qasem Soleimani"); !slices.Equal(e.Variants, []string{"قاسم سلیمانی", "Ghasem Soleimani"}) && !slices.Equal(e.Variants, []string{"Ghasem Soleimani", "قاسم سلیمانی"}) {
		t.Errorf("entry after removing a variant: %+v", e)
	}
	if got := eval[int](t, ctx, `document.querySelectorAll("#gloss-table .variant").length`); got != 2 {
		t.Errorf("%d variants shown after the removal; want 2", got)
	}

	do(t, ctx, "filter Tehran", chromedp.SetValue(chromedp.CSS("#gloss-q"), "teheran"), chromedp.Focus(chromedp.CSS("#gloss-q")), enter)
	waitFor(t, ctx, rows+` == 1 && document.querySelector("#gloss-table .canonical").textContent == "Tehran"`)
	do(t, ctx, "delete", chromedp.Click(chromedp.CSS(".delete-entry")))
	waitFor(t, ctx, status+`.startsWith("press Delete again")`)
	if e := entry("Tehran"); e.Canonical == "" {
		t.Fatal("one press of Delete deleted the entry")
	}
	do(t, ctx, "confirm", chromedp.Click(chromedp.CSS(".delete-entry")))
	waitFor(t, ctx, status+`.startsWith('"Tehran" deleted from the glossary')`)
	if e := entry("Tehran"); e.Canonical != "" {
		t.Errorf("entry after the delete: %+v", e)
	}

	do(t, ctx, "add an entry", chromedp.SetValue(chromedp.CSS("#new-canonical"), "Ali Akbar Ahmadian"),
		chromedp.SetValue(chromedp.CSS("#new-variants"), "Ali-Akbar Ahmadian, Aliakbar Ahmadian"),
		chromedp.SetValue(chromedp.CSS("#new-kind"), "person"), chromedp.SetValue(chromedp.CSS("#new-langs"), "en fr"),
		chromedp.Click(chromedp.CSS("#add-entry")))
	waitFor(t, ctx, status+` == '"Ali Akbar Ahmadian" is in the glossary with 2 variants'`)
	e := entry("Ali Akbar Ahmadian")
	if len(e.Variants) != 2 || e.Kind != normalize.KindPerson || !slices.Equal(e.Langs, []language.Tag{language.English, language.French}) {
		t.Errorf("entry added: %+v", e)
	}
	if got := eval[string](t, ctx, `document.querySelector("#gloss-table tr.entry").textContent`); !strings.Contains(got, "Aliakbar Ahmadian") || !strings.Contains(got, "en fr") {
		t.Errorf("the entry added is listed as %q", got)
	}
}

// TestBrowserDocuments lists the stored documents, filters them, and
// deletes one (a second press confirms): its units are gone from the
// store and the status line says how many went.
func TestBrowserDocuments(t *testing.T) {
	ctx := browser(t)
	db := newDB(t, seed...)
	for i, f := range []string{"news/2026-12-01.en-fr.tmx", "news/2026-12-01.en-fr.tmx", "news/2026-12-02.en-fr.tmx", "weather.xlf"} {
		u := pairUnit(language.English, language.French, fmt.Sprintf("Sentence %d of the day.", i+1), fmt.Sprintf("Phrase %d du jour.", i+1), tm.Origin{File: f})
		// weather.xlf's unit comes in a bundle: the import log does not
		// know the document's name, and its date is unknown.
		logged := f
		if f == "weather.xlf" {
			logged = "bundle.tmx"
		}
		if _, err := db.Import(context.Background(), unitSeq([]tm.Unit{u}), tm.ImportOptions{File: logged}); err != nil {
			t.Fatal(err)
		}
	}
	ts, _ := testServer(t, Options{DB: db})
	n := units(t, db)
	status := `document.getElementById("status").textContent`
	rows := `document.querySelectorAll("#docs-table tr.document").length`
	do(t, ctx, "documents", chromedp.Navigate(ts.URL+"/#documents"))
	waitFor(t, ctx, rows+` == 4`)
	// Name, units, languages, stored (a time to the minute; "last" and
	// another when a later import of the name was in another minute; or
	// unknown).
	got := eval[[]string](t, ctx, `[...document.querySelectorAll("#docs-table tr.document")].map(r => [...r.cells].slice(0, 4).map(c => c.textContent).join("|"))`)
	for i := range got {
		got[i] = regexp.MustCompile(`\d{4}-\d\d-\d\d \d\d:\d\d UTC`).ReplaceAllString(got[i], "TIME")
		got[i] = strings.TrimSuffix(got[i], "last TIME")
	}
	want := []string{"news/2026-12-01.en-fr.tmx|2|en fr|TIME", "news/2026-12-02.en-fr.tmx|1|en fr|TIME", "seed.tmx|3|en fr|TIME", "weather.xlf|1|en fr|unknown"}
	if !slices.Equal(got, want) {
		t.Errorf("documents shown: %q; want %q", got, want)
	}
	do(t, ctx, "filter", chromedp.SendKeys(chromedp.CSS("#docs-q"), "12-01"))
	waitFor(t, ctx, rows+` == 1`)
	do(t, ctx, "delete", chromedp.Click(chromedp.CSS(".delete-doc")))
	waitFor(t, ctx, status+` == 'press Delete again to delete the 2 units of "news/2026-12-01.en-fr.tmx" from the TM'`)
	if units(t, db) != n {
		t.Fatal("one press of Delete deleted the document")
	}
	do(t, ctx, "confirm", chromedp.Click(chromedp.CSS(".delete-doc")))
	waitFor(t, ctx, status+`.startsWith('document "news/2026-12-01.en-fr.tmx" deleted: 2 units went from the TM')`)
	if units(t, db) != n-2 {
		t.Errorf("%d units after deleting a document of 2; want %d", units(t, db), n-2)
	}
	docs, err := db.Documents(context.Background())
	if err != nil || len(docs) != 3 || slices.ContainsFunc(docs, func(d tm.DocumentInfo) bool { return d.Name == "news/2026-12-01.en-fr.tmx" }) {
		t.Errorf("documents after the delete: %+v, %v", docs, err)
	}
	if got := eval[string](t, ctx, `document.getElementById("docs-count").textContent`); got != "0 of 0 documents" {
		t.Errorf("count after the delete = %q", got)
	}
}

// TestBrowserDocumentsThousands: a document's count of units reads as
// the page's other counts do, 1,200, in its row, the Delete confirmation
// and the status after it (a 200,000-unit import read 200000).
func TestBrowserDocumentsThousands(t *testing.T) {
	ctx := browser(t)
	db := newDB(t)
	us := make([]tm.Unit, 1200)
	for i := range us {
		us[i] = pairUnit(language.English, language.French, fmt.Sprintf("Report %d of the day.", i), fmt.Sprintf("Rapport %d du jour.", i), tm.Origin{File: "wire.tmx"})
	}
	if _, err := db.Import(context.Background(), unitSeq(us), tm.ImportOptions{File: "wire.tmx"}); err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{DB: db})
	status := `document.getElementById("status").textContent`
	do(t, ctx, "documents", chromedp.Navigate(ts.URL+"/#documents"))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	if got := eval[string](t, ctx, `document.querySelector("#docs-table tr.document .units").textContent`); got != "1,200" {
		t.Errorf("units of the document shown as %q; want 1,200", got)
	}
	do(t, ctx, "delete", chromedp.Click(chromedp.CSS(".delete-doc")))
	waitFor(t, ctx, status+` == 'press Delete again to delete the 1,200 units of "wire.tmx" from the TM'`)
	do(t, ctx, "confirm", chromedp.Click(chromedp.CSS(".delete-doc")))
	waitFor(t, ctx, status+` == 'document "wire.tmx" deleted: 1,200 units went from the TM'`)
}

// TestBrowserDocumentUnits opens a stored alignment's units from the
// Documents tab: they are listed in document order with their aligner
// scores, the pair scored under 0.8 marked; the translator corrects that
// pair (it loses its score) and deletes another, and the store changes.
func TestBrowserDocumentUnits(t *testing.T) {
	ctx := browser(t)
	db := newDB(t, seed...)
	pairs := []struct {
		src, tgt string
		score    float64
	}{
		{"The Chief Commander of the IRGC met the Iraqi Defense Minister in Tehran on Monday.", "Le commandant en chef des Gardiens de la révolution a rencontré lundi à Téhéran le ministre irakien de la Défense.", 0.91},
		{"He voiced readiness to share experience in fighting terrorism.", "Il s'est dit prêt à partager son expérience de la lutte antiterroriste.", 0.88},
		{"The two sides stressed the importance of cooperation.", "Les deux parties ont souligné l'importance de la coopération.", 0.86},
		{"The minister thanked his hosts.", "Il a dit que les forces armées des deux pays sont sœurs.", 0.40},
		{"He said the armed forces of the two countries are brothers.", "Le ministre a remercié ses hôtes.", 0.52},
	}
	var us []tm.Unit
	for _, p := range pairs {
		us = append(us, pairUnit(language.English, language.French, p.src, p.tgt, tm.Origin{File: "irgc-iraq.en.txt", SrcDoc: "irgc-iraq.en.txt", TgtDoc: "irgc-iraq.fr.txt", Score: p.score}))
	}
	if _, err := db.Import(context.Background(), unitSeq(us), tm.ImportOptions{File: "irgc-iraq.en.txt", Sequential: true}); err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{DB: db})
	status := `document.getElementById("status").textContent`
	unitRows := `document.querySelectorAll("#doc-units-table tr.unit")`
	do(t, ctx, "documents", chromedp.Navigate(ts.URL+"/#documents"))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 2`)
	do(t, ctx, "open", chromedp.Click(chromedp.CSS("#docs-table tr.document .open-doc")))
	waitFor(t, ctx, unitRows+`.length == 5`)
	// Units 4 to 8 (the seed is 1 to 3), in document order, each pair's
	// score shown; the two under 0.8 marked low.
	rows := eval[[]string](t, ctx, `[...`+unitRows+`].map(r => [...r.cells].slice(0, 4).map(c => c.textContent).join("|"))`)
	for i, p := range pairs {
		if want := fmt.Sprintf("#%d|%s|%s|%.2f", i+4, p.src, p.tgt, p.score); i >= len(rows) || rows[i] != want {
			t.Errorf("unit row %d = %q; want %q", i, rows, want)
			break
		}
	}
	if low := eval[[]string](t, ctx, `[...document.querySelectorAll("#doc-units-table td.score.low")].map(c => c.textContent)`); !slices.Equal(low, []string{"0.40", "0.52"}) {
		t.Errorf("scores marked low: %q; want 0.40 and 0.52", low)
	}
	if got := eval[string](t, ctx, `document.getElementById("doc-units-count").textContent`); got != "5 of 5 units" {
		t.Errorf("count = %q", got)
	}

	// Correct the pair scored 0.40 (unit 7): both sides are editable.
	row := `#doc-units-table tr.unit[data-unit="7"]`
	do(t, ctx, "edit", chromedp.Click(chromedp.CSS(row+" .edit")))
	waitFor(t, ctx, `document.querySelector('`+row+` td:nth-child(3) .text').isContentEditable && document.activeElement === document.querySelector('`+row+` td:nth-child(3) .text')`)
	eval[bool](t, ctx, `(document.activeElement.textContent = "Le ministre a remercié ses hôtes.", true)`)
	do(t, ctx, "save", chromedp.Click(chromedp.CSS(row+" .edit")))
	waitFor(t, ctx, status+` == "unit 7 saved"`)
	u, err := db.Unit(context.Background(), 7)
	if err != nil || u.Variants[0].Text != pairs[3].src || u.Variants[1].Text != "Le ministre a remercié ses hôtes." || u.Origin.Score != 0 {
		t.Errorf("unit 7 after the edit: %+v, %+v, %v; want the new French, no aligner score", u.Variants, u.Origin, err)
	}
	if got := eval[string](t, ctx, `document.querySelector('`+row+` td:nth-child(4)').textContent`); got != "edited" {
		t.Errorf("score of the edited pair shown as %q; want edited", got)
	}
	// The target it replaced is kept (x-bitext-was), and the origin cell
	// says it: right after the save, and after the panel is read again.
	if !slices.Contains(u.Props, tm.Prop{Type: tm.PropWas, Lang: "fr", Text: pairs[3].tgt}) {
		t.Errorf("unit 7's props after the edit = %+v; want its old target as %s", u.Props, tm.PropWas)
	}
	wantTitle := `edited: the target was "` + pairs[3].tgt + `"`
	if got := eval[string](t, ctx, `document.querySelector('`+row+` td:nth-child(4)').title`); got != wantTitle {
		t.Errorf("origin cell's title after the save = %q; want %q", got, wantTitle)
	}
	// The address holds the open document: a reload opens it again. (The
	// test clicked "open" again when the rows were not there yet, and the
	// second load could redraw the rows between the two presses of Delete
	// below, losing the first.)
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 2`)
	waitFor(t, ctx, unitRows+`.length == 5`)
	if got := eval[string](t, ctx, `document.querySelector('`+row+` td:nth-child(4)').title`); got != wantTitle {
		t.Errorf("origin cell's title after a reload = %q; want %q", got, wantTitle)
	}

	// Delete unit 8: one press asks, the second deletes.
	row = `#doc-units-table tr.unit[data-unit="8"]`
	do(t, ctx, "delete", chromedp.Click(chromedp.CSS(row+" .delete")))
	waitFor(t, ctx, status+` == "press Delete again to delete unit 8 from the TM"`)
	if _, err := db.Unit(context.Background(), 8); err != nil {
		t.Fatalf("one press of Delete deleted unit 8: %v", err)
	}
	do(t, ctx, "confirm", chromedp.Click(chromedp.CSS(row+" .delete")))
	waitFor(t, ctx, status+`.startsWith("unit 8 deleted")`)
	if _, err := db.Unit(context.Background(), 8); !errors.Is(err, tm.ErrNoUnit) {
		t.Errorf("unit 8 after the delete: %v; want ErrNoUnit", err)
	}
	if got := eval[string](t, ctx, `document.getElementById("doc-units-count").textContent + " / " + document.querySelector("#docs-table tr.document .units").textContent`); got != "4 of 4 units / 4" {
		t.Errorf("counts after the delete = %q; want 4 of 4 units, and 4 in the document's row", got)
	}
	if _, total, err := db.DocumentUnits(context.Background(), "irgc-iraq.en.txt", 0, 0); err != nil || total != 4 {
		t.Errorf("the document has %d units after the delete, %v; want 4", total, err)
	}
}

// TestBrowserEmptyLists: on an empty TM the Glossary and Documents tabs say
// how to fill them instead of "0 of 0"; a filter that matches nothing
// still counts.
func TestBrowserEmptyLists(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{DB: newDB(t)})
	for _, c := range []struct{ tab, count, filter, want string }{
		{"glossary", "gloss-count", "gloss-q", "No entries of yours yet: add one below, or accept names on the Names tab."},
		{"documents", "docs-count", "docs-q", "No documents stored yet: bitext tm import FILE, bitext align A B --into, or the Alignment review tab stores them."},
	} {
		// WaitVisible of the filter: the page's scripts have run and its
		// tab is open, so the polls below evaluate in the loaded page (a
		// poll right after the navigation could meet the context of the
		// page it replaced: "Cannot find context with specified id").
		do(t, ctx, c.tab, chromedp.Navigate("about:blank"), chromedp.Navigate(ts.URL+"/#"+c.tab), chromedp.WaitVisible("#"+c.filter))
		count := `document.getElementById("` + c.count + `").textContent`
		waitFor(t, ctx, count+` != ""`)
		if got := eval[string](t, ctx, count); got != c.want {
			t.Errorf("%s of an empty TM: count %q; want %q", c.tab, got, c.want)
		}
		do(t, ctx, "filter", chromedp.SendKeys(chromedp.CSS("#"+c.filter), "zz"))
		waitFor(t, ctx, count+`.startsWith("0 of 0 ")`)
	}
}

// TestBrowserHistory: the tab shown is in the address, and the browser's
// Back and Forward go from tab to tab (Back changed the address and left
// the tab shown); the active tab says so to a screen reader. The filter
// and the document open are in the address too.
func TestBrowserHistory(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	active := `document.querySelector(".page.active").id + " " + document.querySelector(".tab[aria-current=page]").dataset.tab + " " + location.hash`
	do(t, ctx, "tabs", chromedp.Navigate(ts.URL+"/#search"), chromedp.Click(chromedp.CSS("#tab-glossary")), chromedp.Click(chromedp.CSS("#tab-documents")))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	if got := eval[string](t, ctx, active); got != "documents documents #documents" {
		t.Errorf("after a click on Documents: %q", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("[aria-current]").length`); n != 1 {
		t.Errorf("%d elements have aria-current; want the active tab only", n)
	}
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, active+` == "glossary glossary #glossary"`)
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, active+` == "search search #search"`)
	do(t, ctx, "forward", chromedp.NavigateForward())
	waitFor(t, ctx, active+` == "glossary glossary #glossary"`)
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, active+` == "glossary glossary #glossary"`)

	// The documents' filter and the document open are in the address: a
	// reload shows them again (it showed the whole list, no document), and
	// typing a filter adds no step to Back.
	do(t, ctx, "forward", chromedp.NavigateForward())
	waitFor(t, ctx, active+` == "documents documents #documents"`)
	// The list shown before the filter is marked: the filtered one is read
	// only once its rows replaced those (the filter's reload answers after
	// the address changes; a click on the old row met a node taken out).
	eval[bool](t, ctx, `document.querySelectorAll("#docs-table tr.document").forEach((tr) => tr.dataset.before = "1") || true`)
	do(t, ctx, "filter", chromedp.SendKeys(chromedp.CSS("#docs-q"), "seed"))
	waitFor(t, ctx, `location.hash == "#documents?q=seed"`)
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1 && !document.querySelector("#docs-table tr.document[data-before]")`)
	// Clicked from the page's script, in one step: a reload of a keystroke
	// before the last (typed slowly under load, each past the quarter
	// second) may render the same row again between finding it and a
	// click by the browser, which then met a node taken out (CI, stop 40).
	eval[bool](t, ctx, `(document.querySelector("#docs-table .open-doc").click(), true)`)
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3`)
	if got := eval[string](t, ctx, `location.hash`); got != "#documents?q=seed&doc=seed.tmx" {
		t.Errorf("address with a document open: %q", got)
	}
	do(t, ctx, "reload", chromedp.Reload())
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3 && !document.getElementById("doc-units").hidden`)
	if got := eval[string](t, ctx, `document.getElementById("docs-q").value + " | " + document.getElementById("doc-units-name").textContent + " | " + location.hash`); got != "seed | seed.tmx | #documents?q=seed&doc=seed.tmx" {
		t.Errorf("after a reload: %q; want the filter and the document kept", got)
	}
	do(t, ctx, "close", chromedp.Click(chromedp.CSS("#doc-units-close")))
	waitFor(t, ctx, `location.hash == "#documents?q=seed"`)
	do(t, ctx, "back", chromedp.NavigateBack())
	waitFor(t, ctx, active+` == "glossary glossary #glossary"`)
	do(t, ctx, "forward", chromedp.NavigateForward())
	waitFor(t, ctx, `document.getElementById("docs-q").value == "seed" && location.hash == "#documents?q=seed"`)
}

// axNodes is the page's accessibility tree as a screen reader gets it:
// the role and name of each node not ignored.
func axNodes(t *testing.T, ctx context.Context) []axNode {
	t.Helper()
	var out []axNode
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		res, err := cdp.Call(ctx, tg, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
		if err != nil {
			return err
		}
		str := func(v *accessibility.Value) string {
			if v == nil {
				return ""
			}
			s, _ := strconv.Unquote(string(v.Value))
			return s
		}
		for _, n := range res.Nodes {
			if !n.Ignored {
				out = append(out, axNode{str(n.Role), strings.TrimSpace(str(n.Name))})
			}
		}
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

type axNode struct{ role, name string }

// TestBrowserNarrow: on a phone (390 px wide; a window of 780 zoomed to
// 200% is the same) every tab fits the width: the tabs wrapped to a
// second line (the last was cut off), the documents' table was 30em at
// least and its paths did not break, and a document's units or a
// lookup's matches (five and three columns) are cards, their texts the
// width of the page. The tables keep their rows, cells and column
// headers for a screen reader, and every control has a name.
func TestBrowserNarrow(t *testing.T) {
	ctx := browser(t)
	db := newDB(t, seed...)
	long := "/srv/newsroom/archive/2026/12/very-long-folder-name-of-the-agency-feed/irgc-iraq-defence-cooperation.en.txt"
	var us []tm.Unit
	for i := 0; i < 3; i++ {
		us = append(us, pairUnit(language.English, language.French,
			fmt.Sprintf("Paragraph %d: the Chief Commander of the IRGC met the Iraqi Defense Minister in Tehran on Monday and voiced readiness to share experience.", i),
			fmt.Sprintf("Paragraphe %d : le commandant en chef des Gardiens de la révolution a rencontré lundi à Téhéran le ministre irakien de la Défense.", i),
			tm.Origin{File: long, SrcDoc: long, Score: 0.5}))
	}
	if _, err := db.Import(context.Background(), unitSeq(us), tm.ImportOptions{File: long, Sequential: true}); err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{DB: db})
	if err := db.PutGlossary(context.Background(), []normalize.Entry{{Canonical: "Islamic Revolution Guards Corps", Variants: []string{"IRGC", "سپاه پاسداران انقلاب اسلامی", "Revolutionary Guards"}, Kind: normalize.KindOrg}}); err != nil {
		t.Fatal(err)
	}
	fits := func(where string) {
		t.Helper()
		wide := eval[string](t, ctx, `[...document.querySelectorAll("body *")].filter(e => e.offsetParent && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.tagName + "#" + e.id + "." + e.className).slice(0, 5).join(" ")`)
		if w := eval[int](t, ctx, `document.documentElement.scrollWidth - document.documentElement.clientWidth`); w > 0 || wide != "" {
			t.Errorf("%s: the page is %d px wider than the window; past its edge: %s", where, w, wide)
		}
	}
	do(t, ctx, "phone", chromedp.EmulateViewport(390, 800), chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), "The minister arrived in Baghdad on Sunday."), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	fits("search")
	for _, tab := range []string{"align", "names", "glossary"} {
		do(t, ctx, tab, chromedp.Click(chromedp.CSS("#tab-"+tab)))
		if tab == "glossary" {
			waitFor(t, ctx, `document.querySelectorAll("#gloss-table tr.entry").length == 1`)
		}
		fits(tab)
	}
	do(t, ctx, "documents", chromedp.Click(chromedp.CSS("#tab-documents")))
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 2`)
	fits("documents")
	do(t, ctx, "open", chromedp.Click(chromedp.CSS(`#docs-table .open-doc[aria-label$="defence-cooperation.en.txt"]`)))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3`)
	fits("a document's units")
	if w := eval[int](t, ctx, `Math.round(document.querySelector("#doc-units-table tr.unit .text").getBoundingClientRect().width * 100 / document.documentElement.clientWidth)`); w < 70 {
		t.Errorf("a unit's text is %d%% of the page's width; want most of it", w)
	}
	nodes := axNodes(t, ctx)
	count := map[string]int{}
	for _, n := range nodes {
		count[n.role]++
		switch n.role {
		case "button", "textbox", "searchbox", "combobox", "checkbox", "radio", "spinbutton":
			if n.name == "" {
				t.Errorf("a %s without a name", n.role)
			}
		}
		if n.role == "columnheader" && n.name == "Source" {
			count["Source header"]++
		}
	}
	// 3 units and 2 documents with a header row each.
	if count["row"] < 3+1+2+1 || count["cell"] < 5*3 || count["Source header"] != 1 {
		t.Errorf("on a phone the tables are not tables to a screen reader: %d rows, %d cells, %d Source headers", count["row"], count["cell"], count["Source header"])
	}
}

// TestBrowserTwoTabs: two windows edit the same unit. The second save
// started from the text the first replaced: it is refused (409) with the
// text stored now, and the first edit stays (the second undid it without
// a word). A unit edited again in the window that saved it is saved.
func TestBrowserTwoTabs(t *testing.T) {
	ctx1 := browser(t)
	do(t, ctx1, "start", chromedp.Navigate("about:blank")) // the browser starts with the first tab
	ctx2, cancel := chromedp.NewContext(ctx1)              // a second tab of the same browser
	t.Cleanup(cancel)
	ts, db := testServer(t, Options{})
	status := `document.getElementById("status").textContent`
	for _, ctx := range []context.Context{ctx1, ctx2} {
		do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"), chromedp.SetValue(chromedp.CSS("#query"), seed[2]), chromedp.Click(chromedp.CSS("#lookup")))
		waitFor(t, ctx, `!!document.querySelector("#matches tr.match .edit")`)
		do(t, ctx, "edit", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
		waitFor(t, ctx, `document.querySelector("#matches .target").isContentEditable`)
	}
	save := func(ctx context.Context, text string) {
		eval[bool](t, ctx, `(document.querySelector("#matches .target").textContent = `+strconv.Quote(text)+`, true)`)
		do(t, ctx, "save", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
	}
	save(ctx1, "Le ministre a quitté Téhéran ce mardi.")
	waitFor(t, ctx1, status+` == "unit 2 saved"`)
	save(ctx2, "Le ministre est parti de Téhéran mardi.")
	waitFor(t, ctx2, `document.getElementById("status").className == "error"`)
	if got := eval[string](t, ctx2, status); !strings.Contains(got, "changed since") || !strings.Contains(got, "Le ministre a quitté Téhéran ce mardi.") {
		t.Errorf("the second window's save: %q; want a refusal quoting the text stored now", got)
	}
	if u, _ := db.Unit(context.Background(), 2); u.Variants[1].Text != "Le ministre a quitté Téhéran ce mardi." {
		t.Errorf("unit 2 after both saves: %q; want the first window's edit", u.Variants[1].Text)
	}
	do(t, ctx1, "edit again", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
	waitFor(t, ctx1, `document.querySelector("#matches .target").isContentEditable`)
	save(ctx1, "Le ministre a quitté Téhéran mardi soir.")
	waitFor(t, ctx1, `document.querySelector("#matches tr.match .edit").textContent == "Edit"`) // the save is over (the status line said saved already)
	waitFor(t, ctx1, status+` == "unit 2 saved"`)
	if u, _ := db.Unit(context.Background(), 2); u.Variants[1].Text != "Le ministre a quitté Téhéran mardi soir." {
		t.Errorf("unit 2 edited again in the first window: %q", u.Variants[1].Text)
	}
}

// TestBrowserTextLanguages: every text of the TM or the glossary says its
// language, for a screen reader's voice (it read Persian in English's),
// and reads in its direction: a concordance hit and each of its
// translations (they had dir but no lang), a lookup's source, and a
// glossary entry's spellings (the glossary stores no language per
// spelling: the script tells it among the entry's languages, else the
// language boxes'; a script of several says only the script).
func TestBrowserTextLanguages(t *testing.T) {
	ctx := browser(t)
	db := newDB(t)
	us := []tm.Unit{
		pairUnit(language.English, language.Persian, "The minister arrived in Tehran.", "وزیر به تهران رسید.", tm.Origin{}),
		pairUnit(language.English, language.French, "The minister left Tehran.", "Le ministre a quitté Téhéran.", tm.Origin{}),
	}
	if _, err := db.Import(context.Background(), unitSeq(us), tm.ImportOptions{File: "fa.tmx"}); err != nil {
		t.Fatal(err)
	}
	err := db.PutGlossary(context.Background(), []normalize.Entry{
		{Canonical: "Qasem Soleimani", Variants: []string{"Qassem Suleimani", "قاسم سلیمانی"}, Kind: normalize.KindPerson},
		{Canonical: "Tehran", Variants: []string{"طهران", "Téhéran"}, Kind: normalize.KindPlace, Langs: []language.Tag{language.Arabic, language.Persian, language.French}},
		{Canonical: "Islamic Revolutionary Guard Corps", Variants: []string{"IRGC"}, Kind: normalize.KindOrg, Langs: []language.Tag{language.English}},
	})
	if err != nil {
		t.Fatal(err)
	}
	ts, _ := testServer(t, Options{DB: db})
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#search"))
	eval[bool](t, ctx, `(document.getElementById("tgt").value = "", true)`) // every translation
	do(t, ctx, "concordance", chromedp.SetValue(chromedp.CSS("#query"), "minister"), chromedp.Click(chromedp.CSS("#concord")))
	waitFor(t, ctx, `document.querySelectorAll("#hits tr.hit").length == 2`)
	texts := `[...document.querySelectorAll("SEL")].map(e => e.lang + ":" + e.dir + ":" + e.textContent).sort()`
	sel := func(s string) string { return strings.Replace(texts, "SEL", s, 1) }
	if got := eval[[]string](t, ctx, sel(`#hits tr.hit td:first-child`)); !slices.Equal(got, []string{"en:auto:The minister arrived in Tehran.", "en:auto:The minister left Tehran."}) {
		t.Errorf("concordance hits (lang:dir:text): %q", got)
	}
	if got := eval[[]string](t, ctx, sel(`#hits tr.hit td:last-child span`)); !slices.Equal(got, []string{"fa:auto:وزیر به تهران رسید.", "fr:auto:Le ministre a quitté Téhéran."}) {
		t.Errorf("concordance translations (lang:dir:text): %q", got)
	}
	if dir := eval[string](t, ctx, `getComputedStyle([...document.querySelectorAll("#hits td:last-child span")].find(s => s.lang == "fa")).direction`); dir != "rtl" {
		t.Errorf("the Persian translation reads %s", dir)
	}
	do(t, ctx, "lookup", chromedp.SetValue(chromedp.CSS("#tgt"), "fa"), chromedp.SetValue(chromedp.CSS("#query"), "The minister arrived in Tehran today."), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length == 1`)
	if got := eval[[]string](t, ctx, sel(`#matches .target, #matches .diff`)); len(got) != 2 || !strings.HasPrefix(got[0], "en:auto:The minister arrived in Tehran") || got[1] != "fa:auto:وزیر به تهران رسید." {
		t.Errorf("a lookup's texts (lang:dir:text): %q", got)
	}

	// The language boxes say en -> fa.
	do(t, ctx, "glossary", chromedp.Click(chromedp.CSS("#tab-glossary")))
	waitFor(t, ctx, `document.querySelectorAll("#gloss-table tr.entry").length == 3`)
	got := eval[[]string](t, ctx, `[...document.querySelectorAll("#gloss-table .canonical, #gloss-table .variant > span")].map(e => e.lang + ":" + e.textContent)`)
	want := []string{"en:Islamic Revolutionary Guard Corps", "en:IRGC",
		"en:Qasem Soleimani", "en:Qassem Suleimani", "fa:قاسم سلیمانی", // no languages: the boxes' (en -> fa)
		"fr:Tehran", "fr:Téhéran", "und-Arab:طهران"} // ar and fa: the script only
	if !slices.Equal(got, want) {
		t.Errorf("glossary spellings (lang:text):\n got %q\nwant %q", got, want)
	}
	if got := eval[string](t, ctx, `document.querySelector(".remove-variant").closest("[lang]") ? document.querySelector(".remove-variant").closest("[lang]").lang : ""`); got != "" && got != "en" {
		t.Errorf("the remove button's English name is in lang %q", got)
	}
}

// TestBrowserMissingDocument: an address naming a document the TM does
// not have (an old bookmark, a document deleted since) says so in the
// units panel, which offered an empty table with the 404 on the status
// line only; its button goes back to the list.
func TestBrowserMissingDocument(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=missing.tmx"))
	waitFor(t, ctx, `!document.getElementById("doc-units-missing").hidden`)
	if got := eval[string](t, ctx, `document.getElementById("doc-units-missing").textContent.replace(/\s+/g, " ")`); !strings.Contains(got, `The TM has no document missing.tmx`) {
		t.Errorf("panel says %q", got)
	}
	if !eval[bool](t, ctx, `document.getElementById("doc-units-table").hidden && document.getElementById("doc-units-count").hidden`) {
		t.Error("the empty units table is still shown")
	}
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); got != `the TM has no document "missing.tmx"` {
		t.Errorf("status = %q", got)
	}
	do(t, ctx, "list", chromedp.Click(chromedp.CSS("#doc-units-list")))
	waitFor(t, ctx, `document.getElementById("doc-units").hidden && location.hash == "#documents" && document.activeElement.id == "docs-q"`)
	// A document that is stored opens with its table.
	do(t, ctx, "open", chromedp.Click(chromedp.CSS("#docs-table .open-doc")))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3`)
	if !eval[bool](t, ctx, `document.getElementById("doc-units-missing").hidden && !document.getElementById("doc-units-table").hidden`) {
		t.Error("a stored document's panel still says it is missing")
	}
}

// TestBrowserSaveInFlight: while a unit's save is on its way (a slow
// server) its cells take no keys: Escape put the old text back over the
// text the TM then stored, and a word typed looked saved and was not.
// A save refused because someone changed the text since (409) leaves the
// edit as typed, and Save again replaces their text knowingly (every
// Save was refused until a reload, which lost the edit).
func TestBrowserSaveInFlight(t *testing.T) {
	ctx := browser(t)
	db := newDB(t, seed...)
	s := newServer(t, Options{DB: db})
	gate := make(chan struct{})
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == "PATCH" {
			<-gate
		}
		s.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	var release sync.Once
	open := func() { release.Do(func() { close(gate) }) }
	t.Cleanup(open) // before ts.Close: a test that fails lets the PATCH go
	status := `document.getElementById("status").textContent`
	target := func(id int) string {
		return fmt.Sprintf(`document.querySelector('#doc-units-table tr[data-unit="%d"] td:nth-child(3) .text')`, id)
	}
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#documents?doc=seed.tmx"))
	waitFor(t, ctx, `document.querySelectorAll("#doc-units-table tr.unit").length == 3`)
	do(t, ctx, "edit", chromedp.Click(chromedp.CSS(`#doc-units-table tr[data-unit="1"] .edit`)))
	waitFor(t, ctx, target(1)+`.isContentEditable`)
	eval[bool](t, ctx, `(`+target(1)+`.textContent = "Le ministre est arrivé à Bagdad dimanche.", true)`)
	do(t, ctx, "save", chromedp.Focus(chromedp.CSS(`#doc-units-table tr[data-unit="1"] td:nth-child(3) .text`)), enter)
	waitFor(t, ctx, `document.querySelector('#doc-units-table tr[data-unit="1"] .edit').textContent == "Saving…"`)
	if eval[bool](t, ctx, target(1)+`.isContentEditable`) {
		t.Error("the cell takes keys while its save is on its way")
	}
	eval[bool](t, ctx, `(`+target(1)+`.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true})), true)`)
	open()
	waitFor(t, ctx, status+` == "unit 1 saved"`)
	if got := eval[string](t, ctx, target(1)+`.textContent`); got != "Le ministre est arrivé à Bagdad dimanche." {
		t.Errorf("the cell shows %q after the save", got)
	}
	if u, err := db.Unit(context.Background(), 1); err != nil || u.Variants[1].Text != "Le ministre est arrivé à Bagdad dimanche." {
		t.Errorf("unit 1: %+v, %v", u.Variants, err)
	}

	// Someone else changes unit 2's translation after the page read it.
	if err := db.EditUnit(context.Background(), 2, tm.UnitEdit{Lang: language.French, Text: "Le ministre est parti de Téhéran mardi."}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "edit", chromedp.Click(chromedp.CSS(`#doc-units-table tr[data-unit="2"] .edit`)))
	waitFor(t, ctx, target(2)+`.isContentEditable`)
	eval[bool](t, ctx, `(`+target(2)+`.textContent = "Le ministre a quitté Téhéran ce mardi.", true)`)
	do(t, ctx, "save", chromedp.Click(chromedp.CSS(`#doc-units-table tr[data-unit="2"] .edit`)))
	waitFor(t, ctx, status+`.includes("Save again replaces it")`)
	if !eval[bool](t, ctx, target(2)+`.isContentEditable && `+target(2)+`.textContent == "Le ministre a quitté Téhéran ce mardi."`) {
		t.Error("after the 409 the edit is not going on with the text typed")
	}
	if u, _ := db.Unit(context.Background(), 2); u.Variants[1].Text != "Le ministre est parti de Téhéran mardi." {
		t.Errorf("the refused save changed unit 2: %+v", u.Variants)
	}
	do(t, ctx, "save again", chromedp.Click(chromedp.CSS(`#doc-units-table tr[data-unit="2"] .edit`)))
	waitFor(t, ctx, status+` == "unit 2 saved"`)
	if u, _ := db.Unit(context.Background(), 2); u.Variants[1].Text != "Le ministre a quitté Téhéran ce mardi." {
		t.Errorf("unit 2 after Save again: %+v", u.Variants)
	}
}

// TestBrowserDeleteLastMatch: deleting the last match of a lookup says
// that none is left, where the page kept the table's header row alone
// over nothing (and the status line's count of the lookup before).
func TestBrowserDeleteLastMatch(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{LoopbackHosts: true, Version: "test"})
	do(t, ctx, "search", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#min"), "100"),
		chromedp.SetValue(chromedp.CSS("#query"), seed[4]),
		chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length == 1`)
	eval[bool](t, ctx, `(undoTime = 100, true)`) // the row goes when its Undo is no longer offered
	do(t, ctx, "delete", chromedp.Click(chromedp.CSS("#matches tr.match .delete")), chromedp.Click(chromedp.CSS("#matches tr.match .delete")))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("unit 3 deleted")`)
	waitFor(t, ctx, `!document.querySelector("#matches tr.match")`)
	if got := eval[string](t, ctx, `document.getElementById("results").innerText.trim()`); !strings.Contains(got, "No match") {
		t.Errorf("results after the last match was deleted: %q; want a line saying no match is left", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#results th").length`); n != 0 {
		t.Errorf("results after the last match was deleted: %d header cells over no row; want none", n)
	}
}

// TestBrowserReviewKeepsPlace: in the order "low confidence first", a bead
// marked wrong or edited stays where it is shown, and j goes on to the
// next doubtful one. The bead sank to the end of the list and the
// selection with it (the page scrolled to the bottom), so that j had no
// next bead and m merged the wrong bead with its neighbour in the text.
func TestBrowserReviewKeepsPlace(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	alignPasted(t, ctx, alignInput{open: ts.URL + "/#align", src: alignSrc, tgt: alignTgt}, 5)
	rows := `[...document.querySelectorAll("#beads tbody tr")].map(r => r.dataset.bead)`
	selected := `document.querySelector("#beads tr.selected").dataset.bead`
	order := eval[[]string](t, ctx, rows)
	do(t, ctx, "w", chromedp.KeyEvent("w"))
	if got := eval[[]string](t, ctx, rows); !slices.Equal(got, order) {
		t.Errorf("after w the beads are shown %v; want them where they were, %v", got, order)
	}
	if got := eval[string](t, ctx, `document.querySelector('#beads tr[data-bead="`+order[0]+`"]').className`); !strings.Contains(got, "wrong") {
		t.Errorf("the bead marked wrong has class %q", got)
	}
	do(t, ctx, "j", chromedp.KeyEvent("j"))
	if got := eval[string](t, ctx, selected); got != order[1] {
		t.Errorf("after w j: bead %s selected; want the next shown, %s", got, order[1])
	}
	// A split bead's second half comes right after it.
	do(t, ctx, "select", chromedp.Click(chromedp.CSS(`#beads tr[data-bead="`+order[2]+`"]`)), chromedp.KeyEvent("m"))
	after := eval[[]string](t, ctx, rows)
	if len(after) != 4 || after[2] != order[2] {
		t.Errorf("after m on the third bead shown the beads are %v; want 4 with bead %s still third", after, order[2])
	}
}

// TestBrowserEditCaretAtEnd: Edit puts the caret at the end of the
// translation, where a translator goes on typing; it was at the start, so
// a word typed at once went before the text.
func TestBrowserEditCaretAtEnd(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "query", chromedp.Navigate(ts.URL+"/#search"), chromedp.Focus(chromedp.CSS("#query")))
	do(t, ctx, "type", chromedp.KeyEvent(seed[2]))
	do(t, ctx, "Enter", enter)
	waitFor(t, ctx, `document.querySelector("#matches tr.match") && document.querySelector("#matches tr.match").textContent.includes("Téhéran")`)
	do(t, ctx, "edit", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
	waitFor(t, ctx, `document.activeElement.classList.contains("target") && document.activeElement.isContentEditable`)
	do(t, ctx, "type in the cell", chromedp.KeyEvent("Fin"))
	if got := eval[string](t, ctx, `document.activeElement.textContent`); got != seed[3]+"Fin" {
		t.Errorf("translation after Edit and typing = %q; want %q", got, seed[3]+"Fin")
	}
}

// TestBrowserServerRestarted: a server restarted while the page is open
// (an upgrade, a reboot) has a new CSRF token: every write of the page
// was refused with "missing or stale CSRF token: reload the page", and a
// reload lost the edit typed. The page takes the new token and saves.
func TestBrowserServerRestarted(t *testing.T) {
	ctx := browser(t)
	db := newDB(t, seed...)
	var running atomic.Pointer[Server]
	running.Store(newServer(t, Options{DB: db}))
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { running.Load().ServeHTTP(w, r) }))
	t.Cleanup(ts.Close)
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"), chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	running.Store(newServer(t, Options{DB: db})) // restarted: another token
	if got := editFirstMatch(t, ctx); got != "unit 1 saved" {
		t.Fatalf("a save after the server's restart says %q; want unit 1 saved", got)
	}
	var u struct {
		Variants []struct{ Lang, Text string }
	}
	call(t, "GET", ts.URL+"/api/v1/units/1", "", &u)
	if len(u.Variants) != 2 || u.Variants[1].Text != "Le ministre est arrivé à Bagdad ce lundi." {
		t.Errorf("unit 1 after the save: %+v", u.Variants)
	}
}

// editFirstMatch edits the target of the search tab's first match to "Le
// ministre est arrivé à Bagdad ce lundi.", saves it and returns what the
// status line then says (unit 1's save or an error).
func editFirstMatch(t *testing.T, ctx context.Context) string {
	t.Helper()
	do(t, ctx, "edit", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
	waitFor(t, ctx, `document.querySelector("#matches .target").isContentEditable`)
	eval[bool](t, ctx, `(document.querySelector("#matches .target").textContent = "Le ministre est arrivé à Bagdad ce lundi.", true)`)
	do(t, ctx, "save", chromedp.Click(chromedp.CSS("#matches tr.match .edit")))
	waitFor(t, ctx, `document.getElementById("status").textContent.startsWith("unit 1") || document.getElementById("status").className == "error"`)
	return eval[string](t, ctx, `document.getElementById("status").textContent`)
}

// TestBrowserTokenEnter: on a server with tokens, a tab refused for want
// of one says where the token goes, and Enter in the token field reads the
// tab again (it did nothing: the documents stayed unlisted until the
// reader found another tab and came back).
func TestBrowserTokenEnter(t *testing.T) {
	ctx := browser(t)
	const token = "0123456789abcdef"
	ts, _ := testServer(t, Options{Access: Access{Tokens: []string{token}}})
	do(t, ctx, "documents", chromedp.Navigate(ts.URL+"/#documents"))
	waitFor(t, ctx, `document.getElementById("status").className == "error"`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, "Token box") {
		t.Errorf("the refusal says %q; want where to type the token", got)
	}
	do(t, ctx, "token", chromedp.SendKeys(chromedp.CSS("#token"), token), enter)
	waitFor(t, ctx, `document.querySelectorAll("#docs-table tr.document").length == 1`)
	eval[bool](t, ctx, `(document.getElementById("token").value = "", true)`)
	do(t, ctx, "search", chromedp.Click(chromedp.CSS("#tab-search")),
		chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.getElementById("status").className == "error"`)
	do(t, ctx, "token", chromedp.SendKeys(chromedp.CSS("#token"), token), enter)
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
}
