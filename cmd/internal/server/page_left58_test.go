package server

import (
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserLookupMinInAddress: a lookup's "min %" is in the address
// (#search?q=...&min=100) with its query, and a lookup from the address
// runs with it: a reload or a link shared looked up with whatever the box
// held (50 in a new window). An out-of-range or not numeric min= in the
// address is said on the status line, as the box's is, not read as 50.
func TestBrowserLookupMinInAddress(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	const said = `document.getElementById("status").textContent`
	const matches = `document.querySelectorAll("#matches tr.match").length`
	// A fuzzy match of seed[0] (no exact one): none at 100%.
	const q = "The minister arrived in Baghdad on Friday."
	address := func(min string) string {
		v := url.Values{"q": {q}, "src": {"en"}, "tgt": {"fr"}}
		if min != "" {
			v.Set("min", min)
		}
		return ts.URL + "/#search?" + v.Encode()
	}
	do(t, ctx, "look up at 100", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#query"), q), chromedp.SetValue(chromedp.CSS("#min"), "100"),
		chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, said+` == "0 matches"`)
	if h := eval[string](t, ctx, `location.hash`); !strings.Contains(h, "&min=100") {
		t.Errorf("a lookup at 100%%: the address is %q; want its min=100", h)
	}

	// A link shared: a new page, the box at 50.
	do(t, ctx, "open the link", chromedp.Navigate("about:blank"), chromedp.Navigate(address("100")))
	waitFor(t, ctx, said+` != ""`)
	if got := eval[string](t, ctx, said+` + " | " + document.getElementById("min").value + " | " + `+matches); got != "0 matches | 100 | 0" {
		t.Errorf("a link with min=100 opened: status | box | matches = %q; want the lookup at 100", got)
	}
	// The address changed in the page (Back, a link followed): another
	// minimum is another lookup.
	do(t, ctx, "min=50 in the address", chromedp.Navigate(address("50")))
	waitFor(t, ctx, matches+` > 0`)
	if got := eval[string](t, ctx, `document.getElementById("min").value`); got != "50" {
		t.Errorf("min=50 in the address: the box holds %q", got)
	}

	// Out of range, or no number: said, nothing looked up.
	for _, min := range []string{"150", "abc", "-5"} {
		do(t, ctx, "open min="+min, chromedp.Navigate("about:blank"), chromedp.Navigate(address(min)))
		waitFor(t, ctx, said+` != ""`)
		if got := eval[string](t, ctx, said); got != "min % takes a whole number from 0 to 101 (not "+min+"): nothing was looked up" {
			t.Errorf("a link with min=%s: the status line says %q; want the range", min, got)
		}
		if n := eval[int](t, ctx, matches); n != 0 {
			t.Errorf("a link with min=%s: %d matches shown", min, n)
		}
	}
	// An address without one (an older page's link) looks up with the box.
	do(t, ctx, "open no min", chromedp.Navigate("about:blank"), chromedp.Navigate(address("")))
	waitFor(t, ctx, matches+` > 0`)
	if h := eval[string](t, ctx, `location.hash`); !strings.Contains(h, "&min=50") {
		t.Errorf("a link without min: the address is %q after the lookup; want min=50", h)
	}
	// A lookup from the address that did not run (no source language)
	// leaves its min= behind: the next Look up is the box's (empty: 50).
	eval[bool](t, ctx, `(document.getElementById("src").value = "", document.getElementById("status").textContent = "", location.hash = "#search?q=Friday&tgt=fr&min=abc", true)`)
	waitFor(t, ctx, said+`.includes("source language")`)
	do(t, ctx, "look up", chromedp.SetValue(chromedp.CSS("#src"), "en"), chromedp.SetValue(chromedp.CSS("#query"), seed[0]), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, said+` != "" && !`+said+`.includes("source language")`)
	if got := eval[string](t, ctx, said); strings.Contains(got, "abc") {
		t.Errorf("Look up after a lookup from the address that did not run: the status line says %q; want the box's minimum, not the address's", got)
	}
}

// TestBrowserErrorsSayTheCopy: a refusal of a text the page sent names
// the page's box, as the review's boxes are named (TestBrowserErrorsSayTheBoxes):
// Check with nothing in the copy said "text is empty", and a text pasted
// with a NUL byte "request body: a string has a NUL byte (\u0000)",
// which names no box at all.
func TestBrowserErrorsSayTheCopy(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	const said = `document.getElementById("status").textContent`
	sayNext := func(what string, actions ...chromedp.Action[chromedp.Void]) string {
		t.Helper()
		eval[bool](t, ctx, `(document.getElementById("status").textContent = "", true)`)
		do(t, ctx, what, actions...)
		waitFor(t, ctx, said+` != ""`)
		return eval[string](t, ctx, said)
	}
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#names"))
	for _, button := range []string{"check", "normalize", "discover"} {
		if got := sayNext(button+" nothing", chromedp.SetValue(chromedp.CSS("#copy"), " \n"), chromedp.Click(chromedp.CSS("#"+button))); got != "the copy to check is empty" {
			t.Errorf("%s with an empty copy: the status line says %q; want it to name the copy", button, got)
		}
		if got := sayNext(button+" a NUL", chromedp.SetValue(chromedp.CSS("#copy"), "Joel met\x00 Ali."), chromedp.Click(chromedp.CSS("#"+button))); !strings.HasPrefix(got, "the copy to check has a NUL byte") {
			t.Errorf("%s of a copy with a NUL byte: the status line says %q; want it to name the copy", button, got)
		}
	}
	if got := sayNext("compare a NUL", chromedp.SetValue(chromedp.CSS("#name-a"), "Joel"), chromedp.SetValue(chromedp.CSS("#name-b"), "Jo\x00el"),
		chromedp.Click(chromedp.CSS("#compare"))); !strings.HasPrefix(got, "the second name has a NUL byte") {
		t.Errorf("a name with a NUL byte compared: the status line says %q; want it to name the second name", got)
	}
	do(t, ctx, "align tab", chromedp.Navigate(ts.URL+"/#align"))
	if got := sayNext("align a NUL", chromedp.SetValue(chromedp.CSS("#src-text"), "The minister arrived."),
		chromedp.SetValue(chromedp.CSS("#tgt-text"), "Le ministre\x00 est arrivé."), chromedp.Click(chromedp.CSS("#do-align"))); !strings.HasPrefix(got, "the target text has a NUL byte") {
		t.Errorf("a target text with a NUL byte aligned: the status line says %q; want it to name the target text", got)
	}
	// The Reviewer box, and half of a surrogate pair (no paste makes
	// one; a script may): said by the same words.
	for _, c := range [][2]string{
		{`inBoxes("request body: a string has a NUL byte (\\u0000): binary data, not text", "units", {src: "en", by: "Jo\0"})`, "the Reviewer box has a NUL byte: binary data, not text"},
		{`inBoxes("by: 2000 bytes, at most 1024 are taken (a name, not a text)", "units", {})`, "the Reviewer box: 2000 bytes, at most 1024 are taken (a name, not a text)"},
		{`inBoxes("request body: a string has half of a UTF-16 surrogate pair alone (\\ud83d), which is no character", "check", {text: "a\ud83d"})`, "the copy to check has half of a UTF-16 surrogate pair alone (\\ud83d), which is no character"},
		{`inBoxes("request body: a string has a NUL byte (\\u0000): binary data, not text", "glossary", {entries: [{canonical: "a"}, {canonical: "\0"}]})`, "entry 2: the canonical form has a NUL byte: binary data, not text"},
		{`inBoxes("request body: a string has a NUL byte (\\u0000): binary data, not text", "units/3", {lang: "fr", text: "a\0"})`, "the text edited has a NUL byte: binary data, not text"},
		{`inBoxes("query parameter \"bogus\": not one GET /api/v1/glossary takes", "glossary", undefined)`, `query parameter "bogus": not one GET /api/v1/glossary takes`},
	} {
		if got := eval[string](t, ctx, c[0]); got != c[1] {
			t.Errorf("%s = %q; want %q", c[0], got, c[1])
		}
	}
}

// TestBrowserGlossaryErrorsSayTheBoxes: a refusal of an entry added from
// the Glossary tab is said in the page's words: the page sends one entry,
// and "entry 1: " named nothing the translator saw; "lang" is the
// Languages box; a variant added in an entry's row is "the variant"; a
// NUL byte in the canonical form is the canonical form's (it was
// "request body: a string has a NUL byte (\u0000)").
func TestBrowserGlossaryErrorsSayTheBoxes(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	st := `document.getElementById("status").textContent`
	add := func(canonical, variants, langs string) string {
		t.Helper()
		eval[bool](t, ctx, `(document.getElementById("status").textContent = "", document.getElementById("new-canonical").value = `+strconv.Quote(canonical)+
			`, document.getElementById("new-variants").value = `+strconv.Quote(variants)+`, document.getElementById("new-langs").value = `+strconv.Quote(langs)+`, true)`)
		do(t, ctx, "add", chromedp.Click(chromedp.CSS("#add-entry")))
		waitFor(t, ctx, st+` != ""`)
		return eval[string](t, ctx, st)
	}
	do(t, ctx, "open", chromedp.Navigate(ts.URL+"/#glossary"))
	waitFor(t, ctx, `document.getElementById("gloss-count").textContent != ""`)
	for _, c := range []struct{ canonical, variants, langs, want string }{
		{"—", "Joel", "", "the canonical form “—” is not a name: it has no letters or digits; nothing was stored"},
		{"Joel", "Yoel, —", "", "variant 2 “—” is not a name: it has no letters or digits; nothing was stored"},
		{"Joel", "Yoel", "english", `the language "english": not a BCP 47 language tag`},
		{"Jo\x00el", "Yoel", "", "the canonical form has a NUL byte: binary data, not text"},
		{"Joel", "Yo\x00el", "", "variant 1 has a NUL byte: binary data, not text"},
	} {
		if got := add(c.canonical, c.variants, c.langs); !strings.HasPrefix(got, c.want) {
			t.Errorf("add %q, %q, languages %q: the status line says %q; want it to start %q", c.canonical, c.variants, c.langs, got, c.want)
		}
	}
	add("Joel", "Yoel", "")
	waitFor(t, ctx, `!!document.querySelector("#gloss-table tr.entry .new-variant")`)
	eval[bool](t, ctx, `(document.getElementById("status").textContent = "", true)`)
	do(t, ctx, "variant", chromedp.SendKeys(chromedp.CSS(`#gloss-table tr.entry .new-variant`), "—\r"))
	waitFor(t, ctx, st+` != ""`)
	if got, want := eval[string](t, ctx, st), "the variant “—” is not a name: it has no letters or digits; nothing was stored"; got != want {
		t.Errorf("a variant “—” added in the entry's row: the status line says %q; want %q", got, want)
	}
}
