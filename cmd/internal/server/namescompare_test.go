package server

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"golang.org/x/text/language"

	"github.com/bitext/bitext/normalize"
)

// TestBrowserNamesCompare: on the Names tab an editor types two names and
// presses Enter (no mouse): the page says whether they are one name, the
// score and the threshold, and lists the steps that gave the score in
// words (each stage named, what it read), one a step of
// normalize.Matcher.Explain; a name in Arabic script reads right to
// left; a name the server refuses shows its error on the status line as
// every error of the page does; and a variant the check marks has a
// "why?" that asks this of it and its house form, the focus going to the
// answer; on a phone it all fits the page's width.
func TestBrowserNamesCompare(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{})
	do(t, ctx, "names", chromedp.EmulateViewport(1200, 800), chromedp.Navigate(ts.URL+"/#names"),
		chromedp.SendKeys(chromedp.CSS("#name-a"), "Teng Hsiao-p'ing"),
		chromedp.SendKeys(chromedp.CSS("#name-b"), "Deng Xiaoping"+kb.Enter))
	waitFor(t, ctx, `document.querySelector("#match-result .verdict") != null`)
	if got := eval[string](t, ctx, `document.querySelector("#match-result .verdict").textContent`); !strings.Contains(got, "One name") || !strings.Contains(got, "1.000") || !strings.Contains(got, "0.860") {
		t.Errorf("verdict = %q; want one name, the score 1.000 and the threshold 0.860", got)
	}
	want := matchOne(t, ts.URL, "Teng Hsiao-p'ing", "Deng Xiaoping").Steps
	steps := eval[[]string](t, ctx, `[...document.querySelectorAll("#match-result li.step")].map((li) => li.textContent)`)
	if len(steps) != len(want) || len(steps) < 2 {
		t.Fatalf("steps shown %q; want one a step of %+v", steps, want)
	}
	if !strings.HasPrefix(steps[0], "Letters and sounds gives 0.") || !strings.Contains(steps[1], "Chinese romanization raises it to 1.000") || !strings.Contains(steps[1], "Wade-Giles read as Pinyin") {
		t.Errorf("steps shown %q; want the letters' score, then the Wade-Giles reading that raised it", steps)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#match-result .name[dir=auto], #name-a[dir=auto], #name-b[dir=auto]").length`); n != 4 {
		t.Errorf("%d names and boxes with dir=auto; want 4", n)
	}

	// A name in Arabic script reads right to left.
	do(t, ctx, "arabic", chromedp.SetValue(chromedp.CSS("#name-a"), "قاسم سليماني"), chromedp.SetValue(chromedp.CSS("#name-b"), "Qasem Soleimani"),
		chromedp.Focus(chromedp.CSS("#name-b")), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, `document.querySelector("#match-result .verdict .name").textContent == "قاسم سليماني"`)
	if dir := eval[string](t, ctx, `getComputedStyle(document.querySelector("#match-result .verdict .name")).direction`); dir != "rtl" {
		t.Errorf("an Arabic name reads %s; want rtl", dir)
	}
	if got := eval[string](t, ctx, `document.querySelector("#match-result .verdict").textContent`); !strings.HasPrefix(got, "One name") {
		t.Errorf("verdict = %q; want one name", got)
	}

	// A name the server refuses: its words on the status line, as an error.
	do(t, ctx, "no letter", chromedp.SetValue(chromedp.CSS("#name-a"), "—"), chromedp.Focus(chromedp.CSS("#name-b")), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, `document.getElementById("status").className == "error"`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); !strings.Contains(got, "has no letter or digit") {
		t.Errorf("status = %q; want the server's error", got)
	}
	do(t, ctx, "empty", chromedp.SetValue(chromedp.CSS("#name-a"), "Khamenei"), chromedp.SetValue(chromedp.CSS("#name-b"), " "),
		chromedp.Click(chromedp.CSS("#compare")))
	waitFor(t, ctx, `document.getElementById("status").textContent == "type two names to compare"`)
	if got := eval[string](t, ctx, `document.activeElement.id`); got != "name-b" {
		t.Errorf("a name left blank, the focus is on %q; want it in the blank box", got)
	}

	// "why?" next to a variant the check marks.
	do(t, ctx, "check", chromedp.SetValue(chromedp.CSS("#copy"), "Qasim Soleimani met Saeedreza in Baghdad."), chromedp.Click(chromedp.CSS("#check")))
	waitFor(t, ctx, `document.querySelector("#marked button.why") != null`)
	if got := eval[string](t, ctx, `document.querySelector("#marked button.why").getAttribute("aria-label")`); !strings.Contains(got, "Qasim Soleimani") || !strings.Contains(got, "Qassem Soleimani") {
		t.Errorf("the why button is named %q; want it to name the form and its house form", got)
	}
	do(t, ctx, "why", chromedp.Focus(chromedp.CSS("#marked button.why")), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, `document.querySelector("#match-result .verdict").textContent.includes("Qassem Soleimani")`)
	if got := eval[string](t, ctx, `document.getElementById("name-a").value + " / " + document.getElementById("name-b").value`); got != "Qasim Soleimani / Qassem Soleimani" {
		t.Errorf("why? filled the boxes with %q; want the form and its house form", got)
	}
	if got := eval[string](t, ctx, `document.activeElement.id`); got != "match-result" {
		t.Errorf("after why? the focus is on %q; want the answer", got)
	}

	// On a phone the boxes and the answer fit the width of the page.
	do(t, ctx, "phone", chromedp.EmulateViewport(390, 844))
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth - document.documentElement.clientWidth`); w > 0 {
		t.Errorf("on a phone the Names tab is %d px wider than the window", w)
	}
}

// TestBrowserNamesWhyLang: "why?" asks about the glossary the check
// used, the language of the text: with a user's French entry that holds
// "Daech", the check of an English text rewrites Daech to Islamic State
// and its "why?" said "Two names" (0.304), the glossary of every language
// giving "Daech" to the French entry; in French the same button answers
// about the French entry.
func TestBrowserNamesWhyLang(t *testing.T) {
	ctx := browser(t)
	fr := []normalize.Entry{{Canonical: "Daech", Variants: []string{"EIIL"}, Langs: []language.Tag{language.French}}}
	ts, _ := testServer(t, Options{Glossary: func(context.Context) ([]normalize.Entry, error) { return fr, nil }})
	do(t, ctx, "names", chromedp.EmulateViewport(1200, 800), chromedp.Navigate(ts.URL+"/#names"))
	for _, c := range []struct{ src, text, want string }{
		{"en", "Daech struck again on Monday.", "One name: Daech and Islamic State"},
		{"fr", "Le groupe EIIL a encore frappé lundi.", "One name: EIIL and Daech"},
	} {
		do(t, ctx, c.src, chromedp.SetValue(chromedp.CSS("#src"), c.src),
			chromedp.SetValue(chromedp.CSS("#copy"), c.text), chromedp.Click(chromedp.CSS("#check")))
		waitFor(t, ctx, `document.getElementById("marked").textContent.endsWith("`+c.text[len(c.text)-7:]+`") && document.querySelector("#marked button.why") != null`)
		do(t, ctx, "why", chromedp.Click(chromedp.CSS("#marked button.why")))
		waitFor(t, ctx, `document.getElementById("status").textContent.startsWith(document.getElementById("name-a").value + " and ")`)
		if got := eval[string](t, ctx, `document.querySelector("#match-result .verdict").textContent`); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s text, why?: %q; want %q", c.src, got, c.want)
		}
	}
}
