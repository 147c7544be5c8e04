package tm_test

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"golang.org/x/text/language"
)

func seqOf(qs ...string) func(func(string, error) bool) {
	return func(yield func(string, error) bool) {
		for _, q := range qs {
			if !yield(q, nil) {
				return
			}
		}
	}
}

// threeSentenceTM is a TM of its own with one document of three en-fr
// pairs, stored in order (each unit's neighbours its context).
func threeSentenceTM(t *testing.T) *tm.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.OpenDB(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	pair := func(en, fr string) tm.Unit {
		return tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: en}, {Lang: language.French, Text: fr}}}
	}
	doc := []tm.Unit{
		pair("The talks lasted 3 hours.", "Les entretiens ont duré 3 heures."),
		pair("The weather was fine.", "Il faisait beau."),
		pair("Prices rose by 12 percent in 2019.", "Les prix ont augmenté de 12 % en 2019."),
	}
	units := func(yield func(tm.Unit, error) bool) {
		for _, u := range doc {
			if !yield(u, nil) {
				return
			}
		}
	}
	if _, err := db.Import(ctx, units, tm.ImportOptions{File: "doc", Sequential: true}); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestLookupDocument(t *testing.T) {
	ctx := context.Background()
	db := threeSentenceTM(t)
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	type got struct {
		query, prev, next string
		score             int
	}
	run := func(qs ...string) []got {
		var out []got
		for dm, err := range db.LookupDocument(ctx, seqOf(qs...), opt) {
			if err != nil {
				t.Fatal(err)
			}
			g := got{dm.Query, dm.Prev, dm.Next, -1}
			if len(dm.Matches) > 0 {
				g.score = dm.Matches[0].Score
			}
			out = append(out, g)
		}
		return out
	}
	// In the same document order, every sentence matches in its context.
	res := run("The talks lasted 3 hours.", " The weather was fine. ", "Prices rose by 12 percent in 2019.")
	want := []got{
		{"The talks lasted 3 hours.", "", "The weather was fine.", tm.ContextScore},
		{"The weather was fine.", "The talks lasted 3 hours.", "Prices rose by 12 percent in 2019.", tm.ContextScore},
		{"Prices rose by 12 percent in 2019.", "The weather was fine.", "", tm.ContextScore},
	}
	if len(res) != len(want) {
		t.Fatalf("LookupDocument = %+v; want %+v", res, want)
	}
	for i := range want {
		if res[i] != want[i] {
			t.Errorf("query %d = %+v; want %+v", i, res[i], want[i])
		}
	}
	// An empty line ends a paragraph: it is not looked up, and the context
	// crosses it (as the aligner stores it).
	res = run("The talks lasted 3 hours.", "", "The weather was fine.", "Prices rose by 12 percent in 2019.")
	if len(res) != 3 || res[0].next != "The weather was fine." || res[1].prev != "The talks lasted 3 hours." ||
		res[0].score != tm.ContextScore || res[1].score != tm.ContextScore {
		t.Errorf("across a paragraph break: %+v; want the context across it", res)
	}
	// The first and last sentences have one neighbour: it is enough.
	res = run("The talks lasted 3 hours.", "The weather was fine.")
	if len(res) != 2 || res[0].score != tm.ContextScore || res[1].score != tm.ContextScore {
		t.Errorf("first and last sentence in their context: %+v; want 101, 101", res)
	}
	// A neighbour that the query has and the stored unit has not, or
	// another, is out of context.
	res = run("The weather was fine.", "The talks lasted 3 hours.")
	if len(res) != 2 || res[0].score != 100 || res[1].score != 100 {
		t.Errorf("sentences out of their context: %+v; want 100, 100", res)
	}
	// An error of the queries ends the sequence with it.
	bad := errors.New("read failed")
	for _, err := range db.LookupDocument(ctx, func(yield func(string, error) bool) { yield("", bad) }, opt) {
		if !errors.Is(err, bad) {
			t.Errorf("error = %v; want %v", err, bad)
		}
	}
}

// TestLookupNoMin: NoMinimum returns matches of any score, the zero Min only
// those from DefaultMin.
func TestLookupNoMin(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.OpenDB(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	u := tm.Unit{SrcLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "The weather was fine on Monday."}, {Lang: language.French, Text: "Il faisait beau lundi."}}}
	if _, err := db.Add(ctx, u); err != nil {
		t.Fatal(err)
	}
	const query = "The weather in the north was cold and wet all week."
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	if ms, err := db.Lookup(ctx, query, opt); err != nil || len(ms) != 0 {
		t.Errorf("Lookup with the zero Min = %+v, %v; want nothing", ms, err)
	}
	opt.Min = tm.NoMinimum
	if ms, err := db.Lookup(ctx, query, opt); err != nil || len(ms) != 1 || ms[0].Score >= tm.DefaultMin {
		t.Errorf("Lookup with NoMinimum = %+v, %v; want the one match, below %d", ms, err, tm.DefaultMin)
	}
}

// TestLookupDocumentRepeats: a repeated query gives what Lookup gives with
// its own neighbours, when the matches of its first occurrence are reused
// (no exact match, or neighbours deciding the context the same way) and
// when they are not (an exact match in its stored context one time, out
// of it the next).
func TestLookupDocumentRepeats(t *testing.T) {
	ctx := context.Background()
	db := threeSentenceTM(t)
	talks, weather, prices := "The talks lasted 3 hours.", "The weather was fine.", "Prices rose by 12 percent in 2019."
	fuzzy, none := "The talks lasted 4 long hours.", "Nothing here matches at all."
	qs := []string{talks, weather, prices, weather, fuzzy, weather, none, fuzzy, talks, weather, prices, "", weather, talks, weather, none}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	var n, ctxMatches, exact int
	for dm, err := range db.LookupDocument(ctx, seqOf(qs...), opt) {
		if err != nil {
			t.Fatal(err)
		}
		o := opt
		o.Prev, o.Next = dm.Prev, dm.Next
		want, err := db.Lookup(ctx, dm.Query, o)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(dm.Matches, want) {
			t.Errorf("query %d %q (after %q, before %q): LookupDocument gave %+v; Lookup gives %+v", n, dm.Query, dm.Prev, dm.Next, dm.Matches, want)
		}
		if dm.Query == weather && len(want) > 0 {
			switch want[0].Score {
			case tm.ContextScore:
				ctxMatches++
			case 100:
				exact++
			}
		}
		n++
	}
	if n != len(qs)-1 {
		t.Errorf("%d queries looked up; want %d", n, len(qs)-1)
	}
	// The document has both cases of the repeated sentence.
	if ctxMatches != 2 || exact != 4 {
		t.Errorf("%q: %d context matches and %d exact ones; want 2 and 4", weather, ctxMatches, exact)
	}
}
