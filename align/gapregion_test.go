package align

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestGapRegionSkips: the sentences within gapRegionReach of a sentence
// the pass before left unmatched, on its side, skip for gapRegionShare of
// their weight; the rest keep theirs, and without a matcher the other
// side is not judged.
func TestGapRegionSkips(t *testing.T) {
	mk := func(n int) []unit {
		us := make([]unit, n)
		for i := range us {
			us[i].skip = 1
		}
		return us
	}
	us, ut := mk(20), mk(20)
	prev := []Bead{
		{Src: Span{0, 2}, Tgt: Span{0, 2}},
		{Src: Span{2, 3}, Tgt: Span{2, 2}},     // source 2 dropped
		{Src: Span{3, 15}, Tgt: Span{2, 14}},   // (one bead stands for many)
		{Src: Span{15, 15}, Tgt: Span{14, 15}}, // target 14 added
		{Src: Span{15, 20}, Tgt: Span{15, 20}},
	}
	gapRegionSkips(us, ut, prev, nil)
	got := func(side []unit) string {
		var sb strings.Builder
		for _, u := range side {
			if u.skip == gapRegionShare {
				sb.WriteByte('x')
			} else {
				sb.WriteByte('.')
			}
		}
		return sb.String()
	}
	if g, want := got(us), "xxxxxxx............."; g != want {
		t.Errorf("source skips %s; want %s", g, want)
	}
	if g, want := got(ut), "..........xxxxxxxxx."; g != want {
		t.Errorf("target skips %s; want %s", g, want)
	}
}

// TestGapRegionOtherSide: near a source sentence the pass before left
// unmatched, a target sentence skips for less only when its best match
// with the source sentences near its place is under gapExplained of its
// feature mass (features: 0 and 1 weigh 1).
func TestGapRegionOtherSide(t *testing.T) {
	w := []float32{1, 1}
	us := []unit{{skip: 1, feats: []uint32{0}, mass: 1}, {skip: 1}, {skip: 1, feats: []uint32{1}, mass: 1}}
	ut := []unit{
		{skip: 1, feats: []uint32{0}, mass: 1}, // shares feature 0 with source 0: explained
		{skip: 1, feats: []uint32{1}, mass: 1}, // feature 1 is only far off, in source 2
		{skip: 1},                              // no features: not judged
	}
	prev := []Bead{
		{Src: Span{0, 1}, Tgt: Span{0, 1}},
		{Src: Span{1, 2}, Tgt: Span{1, 1}}, // source 1 dropped
		{Src: Span{2, 3}, Tgt: Span{1, 3}},
	}
	// A window that reaches source 2 from target 1 explains it.
	gapRegionSkips(us, ut, prev, newMatcher(w))
	var got []float64
	for _, u := range ut {
		got = append(got, u.skip)
	}
	if want := []float64{1, 1, 1}; !slices.Equal(got, want) {
		t.Errorf("target skips %v; want %v (every one explained near its place, or without features)", got, want)
	}
	if us[0].skip != gapRegionShare || us[1].skip != gapRegionShare || us[2].skip != gapRegionShare {
		t.Errorf("source skips %v %v %v; want %v each (within reach of the dropped sentence)", us[0].skip, us[1].skip, us[2].skip, gapRegionShare)
	}
	// Target 1 without feature 1 on the source side: unexplained.
	us2 := []unit{{skip: 1, feats: []uint32{0}, mass: 1}, {skip: 1}, {skip: 1}}
	ut2 := []unit{{skip: 1, feats: []uint32{0}, mass: 1}, {skip: 1, feats: []uint32{1}, mass: 1}, {skip: 1}}
	gapRegionSkips(us2, ut2, prev, newMatcher(w))
	if ut2[0].skip != 1 || ut2[1].skip != gapRegionShare || ut2[2].skip != 1 {
		t.Errorf("target skips %v %v %v; want 1 %v 1", ut2[0].skip, ut2[1].skip, ut2[2].skip, gapRegionShare)
	}
}

// TestGapRegionSeed aligns the seed article against its French and
// German versions in running text (no paragraph marks), each with a
// paragraph dropped a third of the way in or at the middle and a foreign
// paragraph of three sentences inserted two thirds of the way in, as an
// editor's version of a news story is made, and fails under each case's
// floor: the strict F1 gapRegionSkips reached (French, paragraph 4
// dropped: 0.928 without it, the inserted passage's first sentence glued
// to a neighbour's bead), less a margin of 0.01 but the case it fixed.
func TestGapRegionSeed(t *testing.T) {
	en := readParas(t, "irgc-iraq.en.seg.txt")
	src := en.doc()
	src.Paragraphs = nil
	for _, tc := range []struct {
		lang string
		drop int
		min  float64
	}{
		{"fr", 4, 1}, {"fr", 5, 0.728}, {"fr", 6, 0.805},
		{"de", 4, 0.919}, {"de", 5, 0.923}, {"de", 6, 0.92},
	} {
		tgt := readParas(t, "irgc-iraq."+tc.lang+".seg.txt")
		gold := readGold(t, filepath.Join("..", "testdata", "irgc-iraq.en-"+tc.lang+".gold.txt"))
		extra := foreignPara(t, tc.lang, 3)
		if extra == nil {
			// A fresh clone has no ../shared beside it: skip, as every
			// test on the development data does, saying what it wants.
			t.Skipf("no development data: no %s text to insert (foreignPara reads %s)", tc.lang, sharedAlign)
		}
		tg, remap, added := dropPara(tc.drop).apply(tgt)
		g := editGold(gold, remap, added, true)
		tg, remap, added = insertPara(2*len(tg)/3, extra).apply(tg)
		g = editGold(g, remap, added, true)
		d := tg.doc()
		d.Paragraphs = nil
		hyp := alignLinks(t, src, d)
		if f1 := Evaluate(g, hyp).Strict.F1; f1 < tc.min {
			t.Errorf("%s, paragraph %d dropped, 3 sentences inserted, no marks: strict F1 %.3f; want >= %.3f\n%v", tc.lang, tc.drop, f1, tc.min, hyp)
		}
	}
}

// TestGluedMembers: a sentence of a bead with several on its side that
// shares under gluedExplained of its feature mass with the other side is
// read as glued, on either side; one that shares enough, or has no
// features, is not; and in a pair whose first pass made under gluedOnes
// of its beads 1-1 nothing is (features: 0-4 weigh 1).
func TestGluedMembers(t *testing.T) {
	w := []float32{1, 1, 1, 1, 1}
	f := func(ids ...uint32) unit { return unit{skip: 1, feats: ids, mass: float64(len(ids))} }
	us := []unit{f(0), f(1), f(2), f(3), {skip: 1}, f(4)}
	ut := []unit{f(0), f(1), f(2), f(3), f(4)}
	prev := []Bead{
		{Src: Span{0, 1}, Tgt: Span{0, 1}},
		{Src: Span{1, 3}, Tgt: Span{1, 2}}, // source 2 shares nothing with target 1: glued
		{Src: Span{3, 4}, Tgt: Span{2, 4}}, // target 2 shares nothing with source 3: glued
		{Src: Span{4, 6}, Tgt: Span{4, 5}}, // source 4 has no features: not judged
	}
	// 2 of 4 beads 1-1: under gluedOnes.
	if g := gluedMembers(us, ut, prev, newMatcher(w)); g != nil {
		t.Errorf("half the beads 1-1: glued %v; want none", g)
	}
	// Ten more 1-1 beads (the first again: counted, never glued).
	for range 10 {
		prev = append(prev, prev[0])
	}
	got := gluedMembers(us, ut, prev, newMatcher(w))
	want := []glued{{0, 2, Span{1, 2}}, {1, 2, Span{3, 4}}}
	if !slices.Equal(got, want) {
		t.Errorf("glued %v; want %v", got, want)
	}
	// In gapRegionSkips: the glued sentences and their neighbours within
	// gluedReach skip for less (source 1-3, target 1-3); of the other
	// side's near them only the unexplained (target 0 shares feature 0
	// with source 0, source 4 has no features).
	gapRegionSkips(us, ut, prev, newMatcher(w))
	var gs, gt []bool
	for _, u := range us {
		gs = append(gs, u.gap)
	}
	for _, u := range ut {
		gt = append(gt, u.gap)
	}
	if want := []bool{false, true, true, true, false, false}; !slices.Equal(gs, want) {
		t.Errorf("source gaps %v; want %v", gs, want)
	}
	if want := []bool{false, true, true, true, false}; !slices.Equal(gt, want) {
		t.Errorf("target gaps %v; want %v", gt, want)
	}
}

// TestGluedMembersSeed aligns the seed article against its Arabic
// version in running text with target sentences 9 and 10 dropped (the
// second half of a 2-2, [9 10]:[9 10], and the sentence after it): the
// first pass glues the Arabic that is left to its neighbours (strict F1
// 0.854 without gluedMembers; 1.000 with it). Of the seed's versions with
// one or two target sentences dropped at each place in running text, the
// rule changed en-ar only: 8 and 9 dropped 0.597 -> 0.649, and 1, 2 or 4
// alone 0.11 lower (see gluedReach), until gluedStrong (TestGluedWeakSeed)
// took both back: here over 10% of the sentences of the right 1-1 beads
// share nothing, but with 9 and 10 dropped under 10% do.
func TestGluedMembersSeed(t *testing.T) {
	src := readParas(t, "irgc-iraq.en.seg.txt").doc()
	src.Paragraphs = nil
	tgt := readParas(t, "irgc-iraq.ar.seg.txt").doc()
	gold := readGold(t, filepath.Join("..", "testdata", "irgc-iraq.en-ar.gold.txt"))
	d, remap := dropSentences(tgt, 9, 10)
	g := editGold(gold, remap, nil, true)
	hyp := alignLinks(t, src, d)
	if f1 := Evaluate(g, hyp).Strict.F1; f1 < 1 {
		t.Errorf("en-ar, target sentences 9 and 10 dropped, no marks: strict F1 %.3f; want 1\n%v", f1, hyp)
	}
}

// TestGluedStrong: gluedMembers reads no member as glued where the pair's
// evidence is too weak for "shares nothing" to mean anything: where more
// than gluedFalse of the sentences of the first pass's 1-1 beads share
// under gluedExplained of their mass with the other side (a right 2-1
// whose member shares nothing, as English and Arabic without a
// dictionary). The beads of TestGluedMembers with 11 right 1-1 beads and
// one that shares nothing (2 of 24 sentences under, 0.083): the members
// are glued; with two (4 of 26, 0.154), none is.
func TestGluedStrong(t *testing.T) {
	w := []float32{1, 1, 1, 1, 1}
	f := func(ids ...uint32) unit { return unit{skip: 1, feats: ids, mass: float64(len(ids))} }
	us := []unit{f(0), f(1), f(2), f(3), {skip: 1}, f(4)}
	ut := []unit{f(0), f(1), f(2), f(3), f(4)}
	prev := []Bead{
		{Src: Span{1, 3}, Tgt: Span{1, 2}}, // source 2 shares nothing with target 1
		{Src: Span{3, 4}, Tgt: Span{2, 4}}, // target 2 shares nothing with source 3
		{Src: Span{4, 6}, Tgt: Span{4, 5}},
	}
	for range 11 {
		prev = append(prev, Bead{Src: Span{0, 1}, Tgt: Span{0, 1}})
	}
	none := Bead{Src: Span{0, 1}, Tgt: Span{1, 2}} // feature 0 against 1
	want := []glued{{0, 2, Span{1, 2}}, {1, 2, Span{3, 4}}}
	prev = append(prev, none)
	if !gluedStrong(us, ut, prev, newMatcher(w)) {
		t.Errorf("one 1-1 bead of 12 sharing nothing: weak; want strong")
	}
	if got := gluedMembers(us, ut, prev, newMatcher(w)); !slices.Equal(got, want) {
		t.Errorf("one 1-1 bead of 12 sharing nothing: glued %v; want %v", got, want)
	}
	prev = append(prev, none)
	if gluedStrong(us, ut, prev, newMatcher(w)) {
		t.Errorf("two 1-1 beads of 13 sharing nothing: strong; want weak")
	}
	if got := gluedMembers(us, ut, prev, newMatcher(w)); got != nil {
		t.Errorf("two 1-1 beads of 13 sharing nothing: glued %v; want none", got)
	}
	// No 1-1 sentence with features: nothing to judge by.
	if gluedStrong(us, ut, prev[:3], newMatcher(w)) {
		t.Errorf("no 1-1 beads: strong; want weak")
	}
}

// TestGluedWeakSeed aligns the seed article against its Arabic version
// in running text with target sentence 1, 2 or 4 dropped. English and
// Arabic without a dictionary share little: the first pass's right 2-1
// [6 7]:[7] (target 6 once one is dropped) has a member that shares
// nothing, and so do more than gluedFalse of the sentences of its right
// 1-1 beads. Read as glued (before gluedStrong), its skips came cheap and
// the right 2-2 two beads on came apart (strict F1 0.899 -> 0.782, 0.864
// -> 0.753, 0.899 -> 0.782); now the 2-1 and the 2-2 stay and the scores
// are those without gluedMembers.
func TestGluedWeakSeed(t *testing.T) {
	src := readParas(t, "irgc-iraq.en.seg.txt").doc()
	src.Paragraphs = nil
	tgt := readParas(t, "irgc-iraq.ar.seg.txt").doc()
	gold := readGold(t, filepath.Join("..", "testdata", "irgc-iraq.en-ar.gold.txt"))
	for _, tc := range []struct {
		drop int
		min  float64
	}{{1, 0.89}, {2, 0.86}, {4, 0.89}} {
		d, remap := dropSentences(tgt, tc.drop)
		g := editGold(gold, remap, nil, true)
		hyp := alignLinks(t, src, d)
		keys := map[string]bool{}
		for _, l := range hyp {
			keys[linkKey(l)] = true
		}
		for _, l := range g {
			if len(l.Src) == 2 && len(l.Tgt) <= 2 && len(l.Tgt) > 0 && !keys[linkKey(l)] {
				t.Errorf("en-ar, target sentence %d dropped, no marks: gold %v missing\n%v", tc.drop, l, hyp)
			}
		}
		if f1 := Evaluate(g, hyp).Strict.F1; f1 < tc.min {
			t.Errorf("en-ar, target sentence %d dropped, no marks: strict F1 %.3f; want >= %.3f\n%v", tc.drop, f1, tc.min, hyp)
		}
	}
}

// dropSentences returns doc without the sentences at the indexes drop
// (and without paragraph marks), and where each of doc's sentences went
// in it (-1: dropped), as editGold reads it.
func dropSentences(doc Document, drop ...int) (Document, []int) {
	remap := make([]int, len(doc.Sentences))
	var d Document
	for i, s := range doc.Sentences {
		if slices.Contains(drop, i) {
			remap[i] = -1
			continue
		}
		remap[i] = len(d.Sentences)
		d.Sentences = append(d.Sentences, s)
	}
	return d, remap
}

// TestGluedAdds: against one sentence, a member counts only the evidence
// it adds to the rest of its side (an inserted sentence that shares a
// name with its neighbour, whose translation carries the name already, is
// glued); against several, all it shares.
func TestGluedAdds(t *testing.T) {
	w := []float32{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	f := func(ids ...uint32) unit { return unit{skip: 1, feats: ids, mass: float64(len(ids))} }
	// Source 0 and target 0 share names 1 and 5; source 1 shares name 1
	// with target 0 (half its mass), which source 0 carries already.
	us := []unit{f(1, 5), f(1, 6), f(2, 7), f(2, 8), f(9)}
	ut := []unit{f(1, 5), f(2, 7), f(8), f(9)}
	mt := newMatcher(w)
	var rest []unit
	for _, c := range []struct {
		side  []unit
		s     Span
		i     int
		other []unit
		want  float64
	}{
		{us, Span{0, 2}, 0, ut[0:1], 1}, // 5 is its own, 1 is source 1's too
		{us, Span{0, 2}, 1, ut[0:1], 0}, // 1 is source 0's too
		{us, Span{2, 4}, 3, ut[1:3], 2}, // against two: 2 and 8, shared with source 2 or not
		{ut, Span{1, 3}, 2, us[2:4], 1}, // the target side, against two
	} {
		if got := gluedAdds(mt, c.side, c.s, c.i, c.other, &rest); got != c.want {
			t.Errorf("gluedAdds(%v, %d, %v) = %v; want %v", c.s, c.i, c.other, got, c.want)
		}
	}
	prev := []Bead{
		{Src: Span{0, 2}, Tgt: Span{0, 1}}, // [0 1]:[0]: source 1 adds nothing, glued
		{Src: Span{2, 4}, Tgt: Span{1, 3}}, // a 2-2 whose members share: none glued
		{Src: Span{4, 5}, Tgt: Span{3, 4}},
	}
	for range 10 {
		prev = append(prev, prev[2])
	}
	want := []glued{{0, 1, Span{0, 1}}}
	if got := gluedMembers(us, ut, prev, mt); !slices.Equal(got, want) {
		t.Errorf("glued %v; want %v", got, want)
	}
}
