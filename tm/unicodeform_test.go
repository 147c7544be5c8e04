package tm_test

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// TestLookupComposedOrDecomposed: a segment stored decomposed (NFD, as a
// Mac file or some CAT tools write it) is the same text as the composed
// query a translator types, and the other way round: an exact match (100,
// 101 in context), one unit for UnitsWithText, and a fuzzy match costs no
// diacritics penalty for a word written the other way. The TM keeps the
// text as given, and the offsets it reports are in the text as given.
func TestLookupComposedOrDecomposed(t *testing.T) {
	const (
		prev = "Le café ouvre à l'aube."
		src  = "The café is closed at Noël, déjà."
		tgt  = "Le café est fermé à Noël, déjà."
		next = "Réouverture en février."
	)
	for _, stored := range []norm.Form{norm.NFD, norm.NFC} {
		query := norm.NFC
		if stored == norm.NFC {
			query = norm.NFD
		}
		d := openTemp(t)
		u := pair(stored.String(src), stored.String(tgt))
		u.Prev, u.Next = stored.String(prev), stored.String(next)
		if _, err := d.Import(ctx, seq(u, pair(stored.String("Another sentence about the café at Noël here."), "Autre phrase.")), tm.ImportOptions{}); err != nil {
			t.Fatal(err)
		}
		opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
		q := query.String(src)
		ms, err := d.Lookup(ctx, q, opt)
		if err != nil || len(ms) == 0 || ms[0].Score != 100 || ms[0].Kind != tm.KindExact {
			t.Fatalf("stored %v, query %v: Lookup = %+v, %v; want an exact match", stored, query, ms, err)
		}
		if ms[0].Target != stored.String(tgt) {
			t.Errorf("stored %v: target %q; want it as stored", stored, ms[0].Target)
		}
		opt.Prev, opt.Next = query.String(prev), query.String(next)
		if ms, _ := d.Lookup(ctx, q, opt); len(ms) == 0 || ms[0].Score != tm.ContextScore {
			t.Errorf("stored %v, query %v in context: %+v; want 101", stored, query, ms)
		}
		opt.Prev, opt.Next = "", ""
		// One word changed: the same score as with both in one form.
		fq := query.String("The café is open at Noël, déjà.")
		ms, _ = d.Lookup(ctx, fq, opt)
		want, _ := openTempWith(t, src, tgt).Lookup(ctx, "The café is open at Noël, déjà.", opt)
		if len(ms) == 0 || len(want) == 0 || ms[0].Score != want[0].Score {
			t.Errorf("stored %v, query %v, fuzzy: %+v; want the score of the same forms, %+v", stored, query, ms, want)
		}
		// A fragment's span is in the query as typed.
		long := query.String("Yes. Another sentence about the café at Noël here. And more.")
		ms, _ = d.Lookup(ctx, long, tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 100})
		found := false
		for _, m := range ms {
			if m.Kind == tm.KindFragment {
				found = true
				if got := long[m.QuerySpan[0]:m.QuerySpan[1]]; norm.NFC.String(got) != "Another sentence about the café at Noël here." {
					t.Errorf("stored %v, query %v: fragment span %v is %q in the query", stored, query, m.QuerySpan, got)
				}
			}
		}
		if !found {
			t.Errorf("stored %v, query %v: no fragment in %+v", stored, query, ms)
		}
		ids, err := d.UnitsWithText(ctx, q, language.English, language.French)
		if err != nil || len(ids) != 1 {
			t.Errorf("stored %v, query %v: UnitsWithText = %v, %v; want one unit", stored, query, ids, err)
		}
	}
}

// openTempWith is a TM holding one English-French pair.
func openTempWith(t *testing.T, src, tgt string) *tm.DB {
	d := openTemp(t)
	if _, err := d.Import(ctx, seq(pair(src, tgt)), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestLookupLongSegments: a lookup of a text thousands of words long
// against a stored segment as long (a document imported as one segment)
// must not build the word-by-word tables: they grow with the product of
// the lengths, and a 100,000-word lookup ran out of memory, taking a
// server down with it. The exact match and the fragment still come.
func TestLookupLongSegments(t *testing.T) {
	words := make([]string, 5000)
	for i := range words {
		words[i] = []string{"alpha", "beta", "gamma", "delta", "epsilon"}[i*7%5] + "."[:i%9/8]
	}
	long := strings.Join(words, " ")
	d := openTempWith(t, long, "X")
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Min: tm.NoMinimum}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	changed := "omega " + long[len("alpha "):]
	ms, err := d.Lookup(ctx, changed, opt)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if mb := (after.TotalAlloc - before.TotalAlloc) >> 20; mb > 64 {
		t.Errorf("a lookup of %d words against as many allocated %d MiB", len(words), mb)
	}
	for _, m := range ms {
		if m.Kind == tm.KindFuzzy {
			t.Errorf("fuzzy match of texts too long to compare: score %d", m.Score)
		}
	}
	if ms, _ := d.Lookup(ctx, long, opt); len(ms) == 0 || ms[0].Score != 100 {
		t.Errorf("exact lookup of the long segment: %d matches; want it at 100", len(ms))
	}
	if ms, _ := d.Lookup(ctx, strings.Join(words[100:2000], " "), opt); len(ms) == 0 || ms[0].Kind != tm.KindFragment {
		t.Errorf("a long part of the long segment: %+v; want a fragment", ms)
	}
}

// TestLookupTypographicPunctuation: a curly apostrophe or quote, or a
// dash, where the stored segment has the straight one (or the other way
// round) is the same text, as OmegaT scores it: an exact match (100)
// whose target is the stored one and whose diff still shows what was
// written otherwise; a fuzzy match loses no point for it. A missing
// apostrophe or another punctuation mark still costs one.
func TestLookupTypographicPunctuation(t *testing.T) {
	for _, c := range []struct {
		stored, query, diff string
		want                int
	}{
		{"Don't open the file.", "Don’t open the file.", "[-Don't-]{+Don’t+} open the file.", 100},
		{"Don’t open the file.", "Don't open the file.", "[-Don’t-]{+Don't+} open the file.", 100},
		{`He said "stop" and left.`, "He said “stop” and left.", `He said [-"-]{+“+}stop[-"-]{+”+} and left.`, 100},
		{"He said 'stop' and left.", "He said ‘stop’ and left.", "He said [-'-]{+‘+}stop[-'-]{+’+} and left.", 100},
		{"Pages 10-20 are missing.", "Pages 10–20 are missing.", "Pages 10[---]{+–+}20 are missing.", 100},
		{"It works - mostly.", "It works — mostly.", "It works [---]{+—+} mostly.", 100},
		{"Dont open the file.", "Don’t open the file.", "", 99},
		{"Don't open the file!", "Don’t open the file.", "", 99},
	} {
		d := openTempWith(t, c.stored, "Cible stockée.")
		opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 50}
		ms, err := d.Lookup(ctx, c.query, opt)
		if err != nil || len(ms) != 1 {
			t.Fatalf("%q against %q: %+v, %v", c.query, c.stored, ms, err)
		}
		m := ms[0]
		if m.Score != c.want || m.Target != "Cible stockée." || (c.want == 100) != (m.Kind == tm.KindExact) {
			t.Errorf("%q against %q: %d %s %q; want %d and the stored target", c.query, c.stored, m.Score, m.Kind, m.Target, c.want)
		}
		if c.diff != "" && m.Diff != c.diff {
			t.Errorf("%q against %q: diff %q; want %q", c.query, c.stored, m.Diff, c.diff)
		}
	}
	// One word changed beside a curly apostrophe: the score of the
	// straight one.
	d := openTempWith(t, "We don't open the file now.", "Nous n'ouvrons pas le fichier maintenant.")
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 50}
	curly, _ := d.Lookup(ctx, "We don’t open the door now.", opt)
	straight, _ := d.Lookup(ctx, "We don't open the door now.", opt)
	if len(curly) == 0 || len(straight) == 0 || curly[0].Score != straight[0].Score {
		t.Errorf("fuzzy: curly %+v, straight %+v; want one score", curly, straight)
	}
}

// TestLookupTypographicTwinAmongLookAlikes: a query with a curly
// apostrophe, quote or dash finds the unit stored with the straight mark
// through the exact-text index, as the straight query does. Its key is
// the text as written, so the curly query reached its twin only through
// the word index, as one fuzzy candidate among the units that share its
// words: of a query of more than tieQuery words the newest of the units
// tied on its words are kept, and of a shorter one at most candidates +
// candidateTies, so a twin stored before many look-alikes was left out
// and the exact match lost.
func TestLookupTypographicTwinAmongLookAlikes(t *testing.T) {
	for _, c := range []struct {
		twin, query string
		lookAlikes  int
	}{
		{"Don't open the file before the backup of the server has finished running tonight.",
			"Don’t open the file before the backup of the server has finished running tonight.", 100},
		{`He said "stop" and left the building - quickly, before the police came back to look.`,
			"He said “stop” and left the building — quickly, before the police came back to look.", 100},
		{"Don't open the file.", "Don’t open the file.", 1100},
	} {
		for _, first := range []bool{true, false} {
			const target = "Cible stockée."
			var units []tm.Unit
			for i := range c.lookAlikes {
				units = append(units, pair(fmt.Sprintf("%s %d", c.twin, i), fmt.Sprintf("Autre cible %d.", i)))
			}
			if first {
				units = slices.Insert(units, 0, pair(c.twin, target))
			} else {
				units = append(units, pair(c.twin, target))
			}
			d := openTemp(t)
			if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{}); err != nil {
				t.Fatal(err)
			}
			for _, max := range []int{1, 5} {
				opt := tm.LookupOptions{Src: language.English, Tgt: language.French, Max: max}
				ms, err := d.Lookup(ctx, c.query, opt)
				if err != nil || len(ms) == 0 || ms[0].Source != c.twin || ms[0].Kind != tm.KindExact || ms[0].Score != 100 || ms[0].Target != target {
					var got tm.Match
					if len(ms) > 0 {
						got = ms[0]
					}
					t.Errorf("twin stored first %v among %d look-alikes, max %d: Lookup(%q) = %d matches, the first %q %s %d, %v; want %q, exact, 100",
						first, c.lookAlikes, max, c.query, len(ms), got.Source, got.Kind, got.Score, err, c.twin)
				}
			}
		}
	}
}
