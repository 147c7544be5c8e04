package align

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Partial translations: a target that translates only part of the
// source (its first half, a middle part, every other paragraph), a source
// cut the same way, and a source extended with unrelated text of its own
// language (an article pasted with the next one). The gold alignment is
// restricted to what is left: a source sentence whose translation was cut
// is a deletion.

// partialDoc is one document pair with its gold links (0-based within the
// pair).
type partialDoc struct {
	name     string
	src, tgt Document
	gold     []Link
}

// keepTarget restricts d to the target sentences of the gold beads
// keep(k) accepts (k is the bead's index in d.gold, n the number of
// beads); the source is kept whole.
func (d partialDoc) keepTarget(name string, keep func(k, n int) bool) partialDoc {
	return d.keepSide(name, 1, keep)
}

// keepSide keeps, on side (0 source, 1 target), the sentences of the gold
// beads keep accepts; the other side is kept whole, its sentences whose
// counterparts went become unmatched.
func (d partialDoc) keepSide(name string, side int, keep func(k, n int) bool) partialDoc {
	docs := [2]Document{d.src, d.tgt}
	kept := map[int]bool{}
	for k, l := range d.gold {
		if keep(k, len(d.gold)) {
			for _, i := range sideOf(l, side) {
				kept[i] = true
			}
		}
	}
	cut := docs[side]
	var nd Document
	newIdx := make([]int, len(cut.Sentences))
	for i, s := range cut.Sentences {
		newIdx[i] = -1
		if kept[i] {
			newIdx[i] = len(nd.Sentences)
			nd.Sentences = append(nd.Sentences, s)
			if cut.Paragraphs != nil {
				nd.Paragraphs = append(nd.Paragraphs, cut.Paragraphs[i])
			}
		}
	}
	docs[side] = nd
	var gold []Link
	for _, l := range d.gold {
		own, other := sideOf(l, side), sideOf(l, 1-side)
		var kk []int
		for _, i := range own {
			if newIdx[i] >= 0 {
				kk = append(kk, newIdx[i])
			}
		}
		if len(own) > 0 && len(kk) == 0 {
			// Its counterparts are cut: each other-side sentence is unmatched.
			for _, i := range other {
				gold = append(gold, linkSides(side, nil, []int{i}))
			}
			continue
		}
		gold = append(gold, linkSides(side, kk, other))
	}
	return partialDoc{name: d.name + " " + name, src: docs[0], tgt: docs[1], gold: gold}
}

func sideOf(l Link, side int) []int {
	if side == 0 {
		return l.Src
	}
	return l.Tgt
}

// linkSides builds a link with own on side and other on the other side.
func linkSides(side int, own, other []int) Link {
	if side == 0 {
		return Link{Src: own, Tgt: other}
	}
	return Link{Src: other, Tgt: own}
}

// extendSource appends the sentences of more (unrelated text in the
// source's language) to the source, as unmatched.
func (d partialDoc) extendSource(name string, more []string) partialDoc {
	src := Document{Sentences: slices.Clone(d.src.Sentences)}
	last := 0
	if d.src.Paragraphs != nil {
		src.Paragraphs = slices.Clone(d.src.Paragraphs)
		if len(src.Paragraphs) > 0 {
			last = src.Paragraphs[len(src.Paragraphs)-1]
		}
	}
	gold := slices.Clone(d.gold)
	for k, s := range more {
		gold = append(gold, Link{Src: []int{len(src.Sentences)}})
		src.Sentences = append(src.Sentences, s)
		if src.Paragraphs != nil {
			src.Paragraphs = append(src.Paragraphs, last+1+k/4)
		}
	}
	return partialDoc{name: d.name + " " + name, src: src, tgt: d.tgt, gold: gold}
}

// partialCases cuts d in the ways of a partial translation. filler is
// unrelated text in the source's language (nil: no extension cases).
func partialCases(d partialDoc, filler []string) []partialDoc {
	frac := func(a, b float64) func(k, n int) bool {
		return func(k, n int) bool { return float64(k) >= a*float64(n) && float64(k) < b*float64(n) }
	}
	out := []partialDoc{
		d,
		d.keepSide("tgt first 1/2", 1, frac(0, 0.5)),
		d.keepSide("tgt first 1/3", 1, frac(0, 1.0/3)),
		d.keepSide("tgt middle 1/3", 1, frac(1.0/3, 2.0/3)),
		d.keepSide("tgt last 1/2", 1, frac(0.5, 1)),
	}
	for side, name := range []string{"src", "tgt"} {
		for _, c := range blockCuts(d, side) {
			out = append(out, d.keepSide(name+" "+c.name, side, c.keep))
			if d.src.Paragraphs != nil {
				out = append(out, d.unmarked().keepSide(name+" "+c.name+", no marks", side, c.keep))
			}
		}
		if side == 0 {
			out = append(out, d.keepSide("src first 1/2", 0, frac(0, 0.5)))
		}
	}
	if filler != nil {
		n := len(d.src.Sentences)
		for _, x := range []int{2, 4, 10} {
			if (x-1)*n > len(filler) {
				break
			}
			out = append(out, d.extendSource(fmt.Sprintf("src + unrelated x%d", x), filler[:(x-1)*n]))
		}
	}
	return out
}

// blockCut is a way of keeping some of a document's paragraphs.
type blockCut struct {
	name string
	keep func(k, n int) bool
}

// blockCuts are the cuts of a shortened version: every other paragraph
// kept, every third, and a third of them scattered, on side (0 source, 1
// target). A bead's paragraph is that of its first sentence on side (a
// bead with none there goes with the one before); a document without
// paragraph marks has blocks of blockBeads gold beads instead.
func blockCuts(d partialDoc, side int) []blockCut {
	paras := [2][]int{d.src.Paragraphs, d.tgt.Paragraphs}[side]
	blockOf := make([]int, len(d.gold))
	p := 0
	for k, l := range d.gold {
		switch own := sideOf(l, side); {
		case paras == nil:
			p = k / blockBeads
		case len(own) > 0:
			p = paras[own[0]]
		}
		blockOf[k] = p
	}
	keep := func(f func(b int) bool) func(k, n int) bool {
		return func(k, n int) bool { return f(blockOf[k]) }
	}
	return []blockCut{
		{"every other block", keep(func(b int) bool { return b%2 == 0 })},
		{"every third block", keep(func(b int) bool { return b%3 == 0 })},
		// a fixed scatter: blocks whose hash falls in a third
		{"scattered 1/3 of blocks", keep(func(b int) bool { return (b*7919+13)%31%3 == 0 })},
	}
}

// unmarked is d without its paragraph marks.
func (d partialDoc) unmarked() partialDoc {
	d.src.Paragraphs, d.tgt.Paragraphs = nil, nil
	return d
}

// blockBeads is the size of a block of gold beads a document without
// paragraph marks keeps or drops in the every-other-block cases.
const blockBeads = 6

// partialScore aligns c and scores it: the strict scores, and the pairs
// (beads with both sides) as all, right, and at score >= 0.8 all and right.
type partialScore struct {
	s                        Scores
	pairs, right, hi, hiGood int
}

func (a partialScore) add(b partialScore) partialScore {
	return partialScore{a.s.Add(b.s), a.pairs + b.pairs, a.right + b.right, a.hi + b.hi, a.hiGood + b.hiGood}
}

func (a partialScore) String() string {
	return fmt.Sprintf("strict F1 %.3f (P %.3f R %.3f); pairs right %d/%d; >= 0.8 right %d/%d",
		a.s.Strict.F1, a.s.Strict.Precision, a.s.Strict.Recall, a.right, a.pairs, a.hiGood, a.hi)
}

func scorePartial(t testing.TB, c partialDoc) partialScore {
	t.Helper()
	res, err := Align(context.Background(), c.src, c.tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	gold := map[string]bool{}
	for _, l := range c.gold {
		gold[linkKey(l)] = true
	}
	var hyp []Link
	var out partialScore
	for _, b := range res.Beads {
		l := LinkOf(b)
		hyp = append(hyp, l)
		if b.Src.Len() == 0 || b.Tgt.Len() == 0 {
			continue
		}
		ok := gold[linkKey(l)]
		out.pairs++
		if ok {
			out.right++
		}
		if b.Score >= 0.8 {
			out.hi++
			if ok {
				out.hiGood++
			}
		}
	}
	out.s = Evaluate(c.gold, hyp)
	return out
}

// seedPartial is the seed article's English against its version lang,
// with paragraph marks.
func seedPartial(t testing.TB, lang string) partialDoc {
	return partialDoc{
		name: "seed en-" + lang,
		src:  readSeg(t, "irgc-iraq.en.seg.txt"),
		tgt:  readSeg(t, "irgc-iraq."+lang+".seg.txt"),
		gold: readGold(t, filepath.Join("..", "testdata", "irgc-iraq.en-"+lang+".gold.txt")),
	}
}

// steinbeckLines returns n sentences of hunalign's Steinbeck novel, side
// 0 (Hungarian) or 1 (English), from its middle, "<p>" lines left out.
func steinbeckLines(t testing.TB, side, n int) []string {
	name := []string{"src.txt", "tgt.txt"}[side]
	var out []string
	for _, l := range readLines(t, filepath.Join(sharedAlign, "hunalign_steinbeck_hu-en", name))[3000:] {
		if strings.TrimSpace(l) != "<p>" && strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
		if len(out) == n {
			break
		}
	}
	return out
}

// docGold cuts the set's gold links down to document d, 0-based.
func docGold(gold []Link, d devDoc) []Link {
	var out []Link
	in := func(l Link) bool {
		if len(l.Src) > 0 {
			return l.Src[0] >= d.srcOff && l.Src[0] < d.srcOff+len(d.src)
		}
		return l.Tgt[0] >= d.tgtOff && l.Tgt[0] < d.tgtOff+len(d.tgt)
	}
	for _, l := range gold {
		if !in(l) {
			continue
		}
		var m Link
		for _, i := range l.Src {
			m.Src = append(m.Src, i-d.srcOff)
		}
		for _, j := range l.Tgt {
			m.Tgt = append(m.Tgt, j-d.tgtOff)
		}
		out = append(out, m)
	}
	return out
}

var partialEach = flag.Bool("partialeach", false, "with -partial: log each case's scores")

var partialFlag = flag.Bool("partial", false, "score the partial-translation cases of the development sets (TestPartialDev)")

// TestPartialDev reports strict F1 and the precision of the pairs on the
// partial-translation cases of the seed and the development sets; run
// with -partial -v (BENCHMARKS.md, "Partial translations"). It checks
// only that the alignments cover the documents.
func TestPartialDev(t *testing.T) {
	if !*partialFlag {
		t.Skip("run with -partial")
	}
	type set struct {
		name   string
		docs   []partialDoc
		filler []string
	}
	var sets []set
	var seed []partialDoc
	for _, lang := range []string{"fr", "de", "fa", "ar", "en2"} {
		seed = append(seed, seedPartial(t, lang))
	}
	sets = append(sets, set{"seed", seed, steinbeckLines(t, 1, 400)})
	for _, name := range []string{"textberg_dev_de-fr", "hunalign_dtm_hu-en", "mac_dev_zh-en"} {
		docs, gold := devSet(t, name)
		var pd []partialDoc
		for k, d := range docs {
			pd = append(pd, partialDoc{name: fmt.Sprintf("%s/%d", name, k), src: Document{Sentences: d.src}, tgt: Document{Sentences: d.tgt}, gold: docGold(gold, d)})
		}
		var filler []string
		if name == "hunalign_dtm_hu-en" {
			filler = steinbeckLines(t, 0, 6000)
		}
		sets = append(sets, set{name, pd, filler})
	}
	for _, st := range sets {
		sums := map[string]partialScore{}
		var kinds []string
		for k, d := range st.docs {
			filler := st.filler
			if st.name == "mac_dev_zh-en" { // the next document's Chinese
				filler = st.docs[(k+1)%len(st.docs)].src.Sentences
			}
			for _, c := range partialCases(d, filler) {
				kind := strings.TrimSpace(strings.TrimPrefix(c.name, d.name))
				if kind == "" {
					kind = "whole"
				}
				if _, ok := sums[kind]; !ok {
					kinds = append(kinds, kind)
				}
				sc := scorePartial(t, c)
				sums[kind] = sums[kind].add(sc)
				if *partialEach {
					t.Logf("%s: %v", c.name, sc)
				}
				if sc.s.Strict.RTP+sc.s.Strict.RFN == 0 {
					t.Errorf("%s: no gold pairs", c.name)
				}
			}
		}
		for _, kind := range kinds {
			t.Logf("%-20s %-24s %v", st.name, kind, sums[kind])
		}
	}
}

// TestPartialTranslations: the seed article's English against the first
// and the middle third of its French, German and second English version
// and the second half of the French, and with nine times its length of an
// unrelated English text after it; hunalign's dtm Hungarian with three
// times its length of another Hungarian text after it. Before the ratio
// came from the anchors (anchorRatio), the documents' character ratio
// made each of these look like a language pair whose sentences differ in
// length by a factor of 2 to 10, and strict F1 fell to 0.00-0.84. Each
// must reach 0.9, with at least 95% of the pairs scored 0.8 or more
// right (the calibration's promise; dtm whole has 3 wrong of 345). Also
// the French, German and second English versions keeping every other
// paragraph, and the French keeping every third and a scattered third:
// strict F1 0.43, 0.21, 0.25, 0.84 and 0.97 before paraAnchorRatio (the
// seed's paragraphs are one or two sentences: no stretch between
// anchors spans none that is dropped, and anchorRatio read the
// documents' ratio). The
// second English version against the English with unrelated English
// after it is left out: it reaches 0.994, but one pair of two English
// sentences of different texts scores 0.8 (9 of 10 right).
func TestPartialTranslations(t *testing.T) {
	var cases []partialDoc
	first3 := func(k, n int) bool { return 3*k < n }
	middle3 := func(k, n int) bool { return 3*k >= n && 3*k < 2*n }
	last2 := func(k, n int) bool { return 2*k >= n }
	filler := steinbeckLines(t, 1, 200)
	for _, lang := range []string{"fr", "de", "en2"} {
		d := seedPartial(t, lang)
		cases = append(cases, d.keepTarget("tgt first 1/3", first3), d.keepTarget("tgt middle 1/3", middle3))
		if lang != "en2" { // see the comment above
			cases = append(cases, d.extendSource("src + unrelated x10", filler[:9*len(d.src.Sentences)]))
		}
	}
	cases = append(cases, seedPartial(t, "fr").keepTarget("tgt last 1/2", last2))
	// Versions that keep every other paragraph (every third, a
	// scattered third: French only), by paraAnchorRatio.
	for _, lang := range []string{"fr", "de", "en2"} {
		d := seedPartial(t, lang)
		cuts := blockCuts(d, 1)
		cases = append(cases, d.keepTarget("tgt "+cuts[0].name, cuts[0].keep))
		if lang == "fr" {
			cases = append(cases, d.keepTarget("tgt "+cuts[1].name, cuts[1].keep), d.keepTarget("tgt "+cuts[2].name, cuts[2].keep))
		}
	}
	docs, gold := devSet(t, "hunalign_dtm_hu-en")
	dtm := partialDoc{name: "dtm hu-en", src: Document{Sentences: docs[0].src}, tgt: Document{Sentences: docs[0].tgt}, gold: docGold(gold, docs[0])}
	cases = append(cases, dtm.extendSource("src + unrelated x4", steinbeckLines(t, 0, 3*len(dtm.src.Sentences))))
	for _, c := range cases {
		sc := scorePartial(t, c)
		t.Logf("%s: %v", c.name, sc)
		if sc.s.Strict.F1 < 0.9 {
			t.Errorf("%s: strict F1 %.3f; want >= 0.9", c.name, sc.s.Strict.F1)
		}
		if float64(sc.hiGood) < 0.95*float64(sc.hi) {
			t.Errorf("%s: %d of %d pairs scored >= 0.8 are wrong; want under 5%%", c.name, sc.hi-sc.hiGood, sc.hi)
		}
	}
}

// TestPartialRepeated: the seed's English pasted four times against its
// French (the audit's case: a translation of one copy). Any copy's
// sentence is a right counterpart, so pairs are judged by their text.
// Features found in every copy are no anchors once each; before
// anchorRatio's last resort (found once on one side, up to anchorRepeat
// times on the other) none of the 12 gold pairs came out; now all do.
func TestPartialRepeated(t *testing.T) {
	d := seedPartial(t, "fr")
	text := func(doc Document, ix []int) string {
		var parts []string
		for _, i := range ix {
			parts = append(parts, doc.Sentences[i])
		}
		return strings.Join(parts, " ")
	}
	gold := map[[2]string]bool{}
	for _, l := range d.gold {
		if len(l.Src) > 0 && len(l.Tgt) > 0 {
			gold[[2]string{text(d.src, l.Src), text(d.tgt, l.Tgt)}] = true
		}
	}
	src := Document{}
	for k := range 4 {
		src.Sentences = append(src.Sentences, d.src.Sentences...)
		for _, p := range d.src.Paragraphs {
			src.Paragraphs = append(src.Paragraphs, k*1000+p)
		}
	}
	res, err := Align(context.Background(), src, d.tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := map[[2]string]bool{}
	for _, b := range res.Beads {
		if b.Src.Len() == 0 || b.Tgt.Len() == 0 {
			continue
		}
		k := [2]string{text(src, b.Src.Indexes()), text(d.tgt, b.Tgt.Indexes())}
		if gold[k] {
			found[k] = true
		} else if b.Score >= 0.8 {
			t.Errorf("wrong pair %v:%v scored %.3f", b.Src, b.Tgt, b.Score)
		}
	}
	t.Logf("%d of %d gold pairs", len(found), len(gold))
	if len(found) < len(gold)-1 {
		t.Errorf("%d of %d gold pairs; want >= %d", len(found), len(gold), len(gold)-1)
	}
}

// TestPartialCuts: shortened versions that keep every other block of 6
// gold beads, or every third, on either side (hunalign's dtm hu-en, the
// Text+Berg development document). A passage is left out every few
// sentences; at the full skip cost and a skip-run share of 0.25 the
// search glued a dropped passage's first sentences to the bead before it
// (strict F1 0.831, 0.868, 0.881, 0.851 before partialSkip and
// partialSkipRun). And the seed's French keeping every other paragraph,
// and the English keeping a scattered third, without paragraph marks
// (0.00 and 0.00 before paraAnchorRatio read sentences). Each must reach
// its floor with at least 95% of the pairs scored 0.8 or more right.
func TestPartialCuts(t *testing.T) {
	dev := func(set string) partialDoc {
		docs, gold := devSet(t, set)
		return partialDoc{name: set, src: Document{Sentences: docs[0].src}, tgt: Document{Sentences: docs[0].tgt}, gold: docGold(gold, docs[0])}
	}
	type cut struct {
		d     partialDoc
		side  int
		which int // index in blockCuts
		floor float64
	}
	dtm, tb, fr := dev("hunalign_dtm_hu-en"), dev("textberg_dev_de-fr"), seedPartial(t, "fr")
	for _, c := range []cut{
		{dtm, 1, 0, 0.87},
		{dtm, 0, 1, 0.9},
		{dtm, 1, 1, 0.92},
		{tb, 0, 0, 0.88},
		{fr, 1, 0, 0.85},
		{fr, 0, 2, 0.9},
	} {
		bc := blockCuts(c.d, c.side)[c.which]
		name := []string{"src ", "tgt "}[c.side] + bc.name
		if c.d.src.Paragraphs != nil {
			name += ", no marks"
		}
		pc := c.d.unmarked().keepSide(name, c.side, bc.keep)
		sc := scorePartial(t, pc)
		t.Logf("%s: %v", pc.name, sc)
		if sc.s.Strict.F1 < c.floor {
			t.Errorf("%s: strict F1 %.3f; want >= %.2f", pc.name, sc.s.Strict.F1, c.floor)
		}
		if float64(sc.hiGood) < 0.95*float64(sc.hi) {
			t.Errorf("%s: %d of %d pairs scored >= 0.8 are wrong; want under 5%%", pc.name, sc.hi-sc.hiGood, sc.hi)
		}
	}
}

// anchorChainByMaps is anchorChain as it read the features' sentences
// before occLists: maps of each feature's sentences, its pairs in the
// maps' order (sorted after). The reference TestAnchorChainOccLists
// compares with.
func anchorChainByMaps(fs, ft [][]uint32, w []float32, maxS, maxT int) [][2]int32 {
	occ := func(lists [][]uint32, maxDF int, keep func(uint32) bool) map[uint32][]int32 {
		m := map[uint32][]int32{}
		for i, f := range lists {
			for _, x := range f {
				if w[x] > 0 && keep(x) {
					if o := m[x]; len(o) <= maxDF {
						m[x] = append(o, int32(i))
					}
				}
			}
		}
		return m
	}
	src := occ(fs, maxS, func(uint32) bool { return true })
	tgt := occ(ft, maxT, func(x uint32) bool { o, ok := src[x]; return ok && len(o) <= maxS })
	var pairs [][2]int32
	for x, t := range tgt {
		if len(t) > maxT {
			continue
		}
		for _, i := range src[x] {
			for _, j := range t {
				pairs = append(pairs, [2]int32{i, j})
			}
		}
	}
	return chainOf(pairs)
}

// TestAnchorChainOccLists: anchorChain reads each feature's sentences off
// occLists' arrays; on random documents (features of weight 0 and
// repeated ones among them, maxDF 1 to 4) its chain is the one the maps
// gave, and chains of several steps occur. Fails if occLists keeps more
// than maxDF+1 sentences a feature or keeps a target feature whose
// source one it dropped.
func TestAnchorChainOccLists(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 5))
	long := 0
	for range 2000 {
		nf := 1 + rng.IntN(60)
		w := make([]float32, nf)
		for f := range w {
			if rng.IntN(4) > 0 {
				w[f] = rng.Float32() + 0.1
			}
		}
		lists := func() [][]uint32 {
			ls := make([][]uint32, rng.IntN(30))
			for i := range ls {
				for range rng.IntN(6) {
					ls[i] = append(ls[i], uint32(rng.IntN(nf)))
				}
			}
			return ls
		}
		fs, ft := lists(), lists()
		maxS, maxT := 1+rng.IntN(4), 1+rng.IntN(4)
		got, want := anchorChain(fs, ft, w, maxS, maxT), anchorChainByMaps(fs, ft, w, maxS, maxT)
		if !slices.Equal(got, want) {
			t.Fatalf("fs %v ft %v w %v maxS %d maxT %d: chain %v, want %v", fs, ft, w, maxS, maxT, got, want)
		}
		if len(got) >= 3 {
			long++
		}
	}
	if long < 100 {
		t.Errorf("%d chains of 3 steps or more in 2000: the test compares little", long)
	}
}
