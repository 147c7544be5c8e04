package align

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestDevHalves is the cross-validated check of a change (issue 14): each
// development set is aligned whole, as always, and scored on each half
// of its gold apart (the beads before and after the middle gold bead), so
// that a change tuned on one half can be seen to hold on the other. On
// Text+Berg dev, gains have reached the held-out set at about a third:
// the refinement's own gain (0.914 -> 0.933) was +0.002 on the first half
// and +0.034 on the second (BENCHMARKS.md, "Text+Berg third pass"). Run
// with go test ./align -run DevHalves -devsets -v; -alignsplit N cuts each
// set into documents of about N source sentences first (the held-out
// Text+Berg documents have 36 to 293). It checks only that the
// halves partition the gold and that each aligns sanely.
func TestDevHalves(t *testing.T) {
	if !*devsets {
		t.Skip("run with -devsets")
	}
	for _, set := range []string{"textberg_dev_de-fr", "mac_dev_zh-en", "hunalign_dtm_hu-en", "hunalign_steinbeck_hu-en"} {
		docs, gold := devSet(t, set)
		if *alignSplit > 0 {
			docs = splitDocs(docs, gold, *alignSplit)
		}
		hyp := alignSet(t, docs, Options{})
		cs, ct := halfCut(gold)
		g, h := splitAt(gold, cs, ct), splitAt(hyp, cs, ct)
		if len(g[0])+len(g[1]) != len(gold) || len(g[0]) == 0 || len(g[1]) == 0 {
			t.Fatalf("%s: halves of %d gold beads hold %d and %d", set, len(gold), len(g[0]), len(g[1]))
		}
		all, a, b := Evaluate(gold, hyp), Evaluate(g[0], h[0]), Evaluate(g[1], h[1])
		t.Logf("%-26s strict F1 %.3f | first half %.3f (%d gold beads) | second half %.3f (%d)", set, all.Strict.F1, a.Strict.F1, len(g[0]), b.Strict.F1, len(g[1]))
		for k, s := range []Scores{a, b} {
			if s.Lax.F1 < 0.5 {
				t.Errorf("%s, half %d: lax F1 %.3f; want >= 0.5", set, k+1, s.Lax.F1)
			}
		}
	}
}

// halfCut is where TestDevHalves cuts a set: the first source and target
// sentence of the first gold bead with both sides from the middle on.
func halfCut(gold []Link) (s, t int) {
	for _, l := range gold[len(gold)/2:] {
		if len(l.Src) > 0 && len(l.Tgt) > 0 {
			return l.Src[0], l.Tgt[0]
		}
	}
	return 0, 0
}

// splitAt splits links into those that start before source sentence s
// (target sentence t, for a bead with no source side) and the rest.
func splitAt(ls []Link, s, t int) [2][]Link {
	var out [2][]Link
	for _, l := range ls {
		k := 1
		if len(l.Src) > 0 && l.Src[0] < s || len(l.Src) == 0 && l.Tgt[0] < t {
			k = 0
		}
		out[k] = append(out[k], l)
	}
	return out
}

// TestTextbergSmallDocs aligns Text+Berg dev cut into documents of about
// 40 and 70 source sentences (the held-out documents have 36 to 293) and
// fails under the floors: the refinement's rules must hold on documents
// that small, where the Model 1 each learns is weak (cutting 2-2s by
// Model 1 between languages scored 0.913 at 70; Model 1's evidence at
// refineWeightWeak in every document 0.911 at 40).
func TestTextbergSmallDocs(t *testing.T) {
	docs, gold := devSet(t, "textberg_dev_de-fr")
	for _, tc := range []struct {
		n   int
		min float64
	}{{40, textbergSmall40MinF1}, {70, textbergSmallMinF1}} {
		s := Evaluate(gold, alignSet(t, splitDocs(docs, gold, tc.n), Options{}))
		t.Logf("textberg de-fr in documents of about %d sentences: strict F1 %.3f, lax F1 %.3f", tc.n, s.Strict.F1, s.Lax.F1)
		if s.Strict.F1 < tc.min {
			t.Errorf("textberg de-fr in documents of about %d sentences: strict F1 %.3f; want >= %.3f", tc.n, s.Strict.F1, tc.min)
		}
	}
}

// textbergSmallMinF1 and textbergSmall40MinF1 are TestTextbergSmallDocs's
// floors: 0.935 and 0.940 reached (with bracketCut; 0.933 and 0.933
// before), less a margin of 0.01.
const (
	textbergSmallMinF1   = 0.925
	textbergSmall40MinF1 = 0.93
)

// TestDevBatchSplit is a diagnostic (issue 14): a user with several
// documents may align them as one Batch, which shares a lexicon learned
// from the pairs aligned before. It cuts Text+Berg dev and MAC dev into
// documents of about -alignsplit N source sentences (70 if unset) and
// scores them aligned one by one and as one batch. On Text+Berg the batch
// was worse at every size (aligntb4: ~40 / 70 / 100 / 150 sentences 0.898
// / 0.909 / 0.905 / 0.924 against 0.926 / 0.930 / 0.915 / 0.929 alone): a
// document under smallDoc sentences uses the pool's lexicon instead of
// learning from itself. It checks only that the batch aligns every
// document sanely.
func TestDevBatchSplit(t *testing.T) {
	if !*devsets {
		t.Skip("run with -devsets")
	}
	n := *alignSplit
	if n <= 0 {
		n = 70
	}
	for _, set := range []struct {
		name     string
		src, tgt language.Tag
	}{
		{"textberg_dev_de-fr", language.German, language.French},
		{"mac_dev_zh-en", language.Chinese, language.English},
	} {
		docs, gold := devSet(t, set.name)
		docs = splitDocs(docs, gold, n)
		cs, ct := halfCut(gold)
		g := splitAt(gold, cs, ct)
		for _, batch := range []bool{false, true} {
			var hyp []Link
			if batch {
				hyp = batchSet(t, docs, set.src, set.tgt)
			} else {
				hyp = alignSet(t, docs, Options{})
			}
			h := splitAt(hyp, cs, ct)
			all := Evaluate(gold, hyp)
			t.Logf("%-20s %d documents of ~%d, batch %-5v strict F1 %.3f (halves %.3f / %.3f), lax %.3f", set.name, len(docs), n, batch,
				all.Strict.F1, Evaluate(g[0], h[0]).Strict.F1, Evaluate(g[1], h[1]).Strict.F1, all.Lax.F1)
			if all.Lax.F1 < 0.5 {
				t.Errorf("%s, batch %v: lax F1 %.3f; want >= 0.5", set.name, batch, all.Lax.F1)
			}
		}
	}
}

// batchSet aligns docs as one Batch, presegmented, and returns the links
// with offset indexes, as alignSet does.
func batchSet(t *testing.T, docs []devDoc, sl, tl language.Tag) []Link {
	var items []BatchItem
	for k, d := range docs {
		items = append(items, BatchItem{
			Src: Input{File: textFile(fmt.Sprintf("%d.src", k), strings.Join(d.src, "\n")+"\n", nil), Lang: sl},
			Tgt: Input{File: textFile(fmt.Sprintf("%d.tgt", k), strings.Join(d.tgt, "\n")+"\n", nil), Lang: tl},
		})
	}
	var hyp []Link
	got := 0
	for r := range Batch(context.Background(), slices.Values(items), PairOptions{Doc: DocumentOptions{Presegmented: true}}) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		got++
		d := docs[r.Index]
		if len(r.Pair.Src.Sentences) != len(d.src) || len(r.Pair.Tgt.Sentences) != len(d.tgt) {
			t.Fatalf("document %d: %d / %d sentences read; want %d / %d", r.Index, len(r.Pair.Src.Sentences), len(r.Pair.Tgt.Sentences), len(d.src), len(d.tgt))
		}
		for _, b := range r.Pair.Beads {
			hyp = append(hyp, d.link(b))
		}
	}
	if got != len(docs) {
		t.Fatalf("batch: %d results; want %d", got, len(docs))
	}
	return hyp
}
