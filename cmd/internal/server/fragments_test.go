package server

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/chromedp/chromedp"
	"golang.org/x/text/language"
)

// fragmentQuery is a paragraph two of whose three sentences are stored
// (seed) on their own: under a 50% minimum it has no match, and two
// fragments covering 24% and 20% of its words.
const fragmentQuery = "The minister arrived in Baghdad on Monday. He met the prime minister at noon and they talked about the border for two hours. Both sides stressed cooperation against terrorism."

// TestLookupFragmentsAfterMatches: GET lookup with a minimum returns the
// exact and fuzzy matches at or above it, then fragments whatever their
// score, each of kind "fragment" and scored by the share of words it
// covers: the same matches, in the same order, as tm.DB.Lookup (the CLI's
// tm lookup) gives.
func TestLookupFragmentsAfterMatches(t *testing.T) {
	ts, db := testServer(t, Options{})
	for _, q := range []string{fragmentQuery, "The minister arrived in Baghdad on Sunday. " + fragmentQuery} {
		var got queryMatches
		v := url.Values{"q": {q}, "src": {"en"}, "tgt": {"fr"}, "min": {"50"}, "max": {"10"}}
		if st := call(t, "GET", ts.URL+"/api/v1/lookup?"+v.Encode(), "", &got); st != 200 {
			t.Fatalf("status %d", st)
		}
		want, err := db.Lookup(context.Background(), q, tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 50, Max: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Matches) != len(want) {
			t.Fatalf("lookup %q: %d matches; tm lookup %d", q, len(got.Matches), len(want))
		}
		frags, inFrags := 0, false
		for i, m := range got.Matches {
			if m.UnitID != want[i].UnitID || m.Score != want[i].Score || m.Kind != want[i].Kind {
				t.Errorf("match %d: unit %d, %d%% %s; tm lookup: unit %d, %d%% %s", i, m.UnitID, m.Score, m.Kind, want[i].UnitID, want[i].Score, want[i].Kind)
			}
			switch {
			case m.Kind == tm.KindFragment:
				frags++
				inFrags = true
			case inFrags:
				t.Errorf("match %d (%s, %d%%) follows a fragment; want the fragments last", i, m.Kind, m.Score)
			case m.Score < 50:
				t.Errorf("match %d: %s at %d%%, under the minimum 50", i, m.Kind, m.Score)
			}
		}
		if frags != 2 {
			t.Errorf("lookup %q: %d fragments; want 2 (the stored sentences of the query)", q, frags)
		}
	}
}

// TestRankReviewedKeepsFragmentsLast: the server's ranking of reviewed
// pairs first among equal scores leaves fragments after the other
// matches, even a fragment whose share of words is above a fuzzy score.
func TestRankReviewedKeepsFragmentsLast(t *testing.T) {
	ms := []tm.Match{{Score: 40, Kind: tm.KindFuzzy, UnitID: 1}, {Score: 40, Kind: tm.KindFuzzy, UnitID: 2, Origin: tm.Origin{File: OriginReviewed}},
		{Score: 60, Kind: tm.KindFragment, UnitID: 3}, {Score: 30, Kind: tm.KindFragment, UnitID: 4}}
	rankReviewed(ms)
	var ids []int64
	for _, m := range ms {
		ids = append(ids, m.UnitID)
	}
	if want := []int64{2, 1, 3, 4}; !equalIDs(ids, want) {
		t.Errorf("rankReviewed: units %v; want %v", ids, want)
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestBrowserLookupFragments: on the page, a lookup with the minimum at
// 50% shows no fragment as a match: the fragments of 24% and 20% are a
// group of their own after a "No match of 50% or more." row, its heading
// saying they are listed whatever the minimum and what their percentage
// is; the status line counts them apart. A lookup with a fuzzy match and
// no fragment has no such group.
func TestBrowserLookupFragments(t *testing.T) {
	ctx := browser(t)
	ts, _ := testServer(t, Options{LoopbackHosts: true, Version: "test"})
	do(t, ctx, "lookup", chromedp.Navigate(ts.URL+"/#search"),
		chromedp.SetValue(chromedp.CSS("#min"), "50"),
		chromedp.SetValue(chromedp.CSS("#query"), fragmentQuery),
		chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.querySelectorAll("#matches tr.match").length > 0`)
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); got != "0 matches, 2 fragments" {
		t.Errorf("status = %q; want %q", got, "0 matches, 2 fragments")
	}
	if got := eval[string](t, ctx, `document.querySelector("#matches tbody:not(.fragments)").textContent`); got != "No match of 50% or more." {
		t.Errorf("the matches' group = %q; want it to say there is no match of 50%% or more", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#matches tbody.fragments tr.match.fragment").length`); n != 2 {
		t.Errorf("%d rows in the fragments' group; want 2", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#matches tr.match:not(.fragment)").length`); n != 0 {
		t.Errorf("%d fragments or matches under 50%% shown as matches; want none", n)
	}
	head := eval[string](t, ctx, `document.querySelector("#matches tbody.fragments tr.group th").textContent`)
	for _, w := range []string{"Fragments", "whatever the minimum", "share of the longer text's words", "not a match score"} {
		if !strings.Contains(head, w) {
			t.Errorf("the fragments' heading %q does not say %q", head, w)
		}
	}
	if got := eval[string](t, ctx, `[...document.querySelectorAll("#matches tr.fragment td.score")].map(c => c.textContent).join(" ")`); got != "24%fragment 20%fragment" {
		t.Errorf("the fragments' scores = %q; want 24%% and 20%%, each marked fragment", got)
	}
	do(t, ctx, "fuzzy", chromedp.SetValue(chromedp.CSS("#query"), "The minister arrived in Baghdad on Sunday."), chromedp.Click(chromedp.CSS("#lookup")))
	waitFor(t, ctx, `document.getElementById("status").textContent == "1 match"`)
	if n := eval[int](t, ctx, `document.querySelectorAll("#matches tbody.fragments, #matches tr.none").length`); n != 0 {
		t.Errorf("a lookup without fragments shows %d fragment groups or no-match rows; want none", n)
	}
}
