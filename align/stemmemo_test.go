package align

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

var memoSents = []string{
	"Tehran (IP) - The IRGC's chief met Iraq's minister on 12 May 2021: \"60,000 troops\"?",
	"Der Verteidigungsminister dankte; 1.000 Soldaten (XIV) kamen.",
	"",
	"国防部长 visited 北京 in 2020!",
}

// TestTokMemoReplays checks that a tokMemo's later calls give the calls
// tokenize makes, in the same order, and its first call too.
func TestTokMemoReplays(t *testing.T) {
	wc := newWordCache()
	record := func(f func(emit func(token), punct func(string))) []string {
		var out []string
		f(func(t token) {
			out = append(out, fmt.Sprintf("%q %q %v %v %v %v %q", t.text, t.key, t.digit, t.upper, t.cased, t.han, t.group))
		},
			func(p string) { out = append(out, "punct "+p) })
		return out
	}
	m := newTokMemo(len(memoSents))
	for i, s := range memoSents {
		want := record(func(e func(token), p func(string)) { tokenize(s, wc, e, p) })
		for round := range 3 {
			got := record(func(e func(token), p func(string)) { m.tokenize(i, s, wc, e, p) })
			if !slices.Equal(got, want) {
				t.Errorf("sentence %d, call %d: %q, want %q", i, round+1, got, want)
			}
		}
	}
	var nilMemo *tokMemo
	got := record(func(e func(token), p func(string)) { nilMemo.tokenize(0, memoSents[0], wc, e, p) })
	if want := record(func(e func(token), p func(string)) { tokenize(memoSents[0], wc, e, p) }); !slices.Equal(got, want) {
		t.Errorf("nil memo: %q, want %q", got, want)
	}
}

// TestStemMemoEach checks that a stemMemo, kept or not, gives each
// sentence's stems as eachStem does, asked in any order.
func TestStemMemoEach(t *testing.T) {
	wc := newWordCache()
	for _, keep := range []bool{true, false} {
		m := newStemMemo(nil, memoSents, wc, keep)
		for _, i := range []int{2, 0, 3, 1, 0} {
			var got, want []string
			m.each(i, func(w string, _ *wordInfo) { got = append(got, w) })
			eachStem(memoSents[i], wc, func(w string, _ *wordInfo) { want = append(want, w) })
			if !slices.Equal(got, want) {
				t.Errorf("keep %v, sentence %d: %q, want %q", keep, i, got, want)
			}
		}
	}
}

// TestIndexPairsDense checks indexPairs' forward and backward ids
// against maps numbering every (x, y), and every (y, x), in order of
// first occurrence, on a small corpus (numbered in a table), on one of
// many words seen once (hashed) and on random corpora with repeated
// words, and the forward ids' backward ones (fwd.bwd).
func TestIndexPairsDense(t *testing.T) {
	small := [][2][]int32{{{0, 1, 2}, {0, 1}}, {{2, 3}, {1, 2, 0}}, {{1}, {3}}, {{0, 3, 1}, {2, 3}}}
	var sparse [][2][]int32
	for k := range int32(200) {
		sparse = append(sparse, [2][]int32{{k, k + 1}, {k}})
	}
	corpora := map[string][][2][]int32{"small": small, "sparse": sparse}
	r := rand.New(rand.NewPCG(5, 55))
	for n := range 6 {
		var train [][2][]int32
		for range 3 + 5*n {
			var p [2][]int32
			for side := range p {
				for range 1 + r.IntN(15) {
					p[side] = append(p[side], r.Int32N(int32(4+6*n)))
				}
			}
			train = append(train, p)
		}
		corpora[fmt.Sprint("random ", n)] = train
	}
	sc := new(m1Scratch) // reused, as a batch reuses its buffers
	for name, train := range corpora {
		want, wantBwd := indexByMaps(train)
		fwd, bwd := sc.indexPairs(train)
		if !slices.Equal(fwd.occ, want.occ) || !slices.Equal(fwd.keys, want.keys) {
			t.Errorf("%s: %v %v, want %v %v", name, fwd.occ, fwd.keys, want.occ, want.keys)
		}
		if !slices.Equal(bwd.occ, wantBwd.occ) || !slices.Equal(bwd.keys, wantBwd.keys) {
			t.Errorf("%s: backward %v %v, want %v %v", name, bwd.occ, bwd.keys, wantBwd.occ, wantBwd.keys)
		}
		for id, b := range want.bwd {
			if fwd.bwd[id] != b {
				t.Errorf("%s: backward id of %d = %d, want %d", name, id, fwd.bwd[id], b)
			}
		}
	}
}

// indexByMaps is indexPairs built with maps: every (x, y), and every
// (y, x), numbered in order of first occurrence, and each forward id's
// backward one (-1 for the empty word's).
func indexByMaps(train [][2][]int32) (fwd, bwd m1Index) {
	number := func(from, to int) (m1Index, map[uint64]int32) {
		var ix m1Index
		ids := map[uint64]int32{}
		for _, p := range train {
			for _, y := range p[to] {
				for _, x := range append([]int32{-1}, p[from]...) {
					k := pairKey(x, y)
					id, ok := ids[k]
					if !ok {
						id = int32(len(ix.keys))
						ids[k] = id
						ix.keys = append(ix.keys, k)
					}
					ix.occ = append(ix.occ, id)
				}
			}
		}
		return ix, ids
	}
	fwd, _ = number(0, 1)
	bwd, bids := number(1, 0)
	for _, k := range fwd.keys {
		b := int32(-1)
		if x := pairX(k); x >= 0 {
			b = bids[pairKey(int32(uint32(k)), x)]
		}
		fwd.bwd = append(fwd.bwd, b)
	}
	return fwd, bwd
}

// TestStemsAndAnchorsFromTokMemo checks that a side's stems and anchor
// tokens read from the tokMemo the features recorded (clipped sentences)
// are those read by tokenizing, a sentence longer than clip's bound
// among them, whichever reads first.
func TestStemsAndAnchorsFromTokMemo(t *testing.T) {
	long := ""
	for len(long) <= maxFeatureBytes {
		long += "The Minister of Defense of Iraq met General Salami in Tehran on 12 May. "
	}
	sents := append(slices.Clone(memoSents), long, "Soleimani "+long)
	wc := newWordCache()
	var wantStems [][]string
	for _, s := range sents {
		var w []string
		eachStem(s, wc, func(st string, _ *wordInfo) { w = append(w, st) })
		wantStems = append(wantStems, w)
	}
	wantAnchors := readAnchorSents(sents, wc)
	for _, featuresFirst := range []bool{true, false} {
		tm := newTokMemo(len(sents))
		if featuresFirst {
			for i, s := range sents {
				tm.tokenize(i, clip(s), wc, func(token) {}, func(string) {})
			}
		}
		m := newStemMemo(nil, sents, wc, true)
		m.toks = tm
		for i := range sents {
			var got []string
			m.each(i, func(st string, _ *wordInfo) { got = append(got, st) })
			if !slices.Equal(got, wantStems[i]) {
				t.Errorf("features first %v, sentence %d: stems %q, want %q", featuresFirst, i, got, wantStems[i])
			}
		}
		got := readAnchorSentsOf(sents, wc, tm)
		for i := range sents {
			if got[i].han != wantAnchors[i].han || !slices.Equal(got[i].toks, wantAnchors[i].toks) {
				t.Errorf("features first %v, sentence %d: anchors %v, want %v", featuresFirst, i, got[i], wantAnchors[i])
			}
		}
	}
}

// TestMemosReleased checks that a tokMemo recording into the block
// another released replays as tokenizing does, that a released memo
// panics when used, and that a document aligned with a batch's cache
// after another (its memos filling the buffers the first released) gets
// the beads it gets alone.
func TestMemosReleased(t *testing.T) {
	wc := newWordCache()
	old := newTokMemo(len(memoSents))
	for i, s := range memoSents {
		old.tokenize(i, s, wc, func(token) {}, func(string) {})
	}
	block := old.release()
	if cap(block) == 0 {
		t.Fatal("released an empty block")
	}
	m := newTokMemo(len(memoSents))
	m.block = block
	for _, i := range []int{3, 1, 0, 2, 1, 3} {
		var got, want []token
		m.tokenize(i, memoSents[i], wc, func(tk token) { got = append(got, tk) }, func(string) {})
		tokenize(memoSents[i], wc, func(tk token) { want = append(want, tk) }, func(string) {})
		if !slices.Equal(got, want) {
			t.Errorf("sentence %d from a released block: %v, want %v", i, got, want)
		}
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("a released tokMemo replayed")
			}
		}()
		old.tokenize(0, memoSents[0], wc, func(token) {}, func(string) {})
	}()

	en := Document{Sentences: seedSents(t, "en")}
	alone, _, err := alignDocs(context.Background(), en, Document{Sentences: seedSents(t, "de")}, Options{}, false)
	if err != nil {
		t.Fatal(err)
	}
	batch := Options{words: newWordCache()}
	if _, _, err := alignDocs(context.Background(), en, Document{Sentences: seedSents(t, "fr")}, batch, false); err != nil {
		t.Fatal(err)
	}
	if batch.words.spareToks[0] == nil || batch.words.spareStems[1] == nil {
		t.Fatal("the first document released no buffers")
	}
	after, _, err := alignDocs(context.Background(), en, Document{Sentences: seedSents(t, "de")}, batch, false)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(after.Beads, alone.Beads, func(a, b Bead) bool { return a.Src == b.Src && a.Tgt == b.Tgt && a.Score == b.Score }) {
		t.Errorf("en-de after en-fr with one cache: %v, want %v", after.Beads, alone.Beads)
	}
}
