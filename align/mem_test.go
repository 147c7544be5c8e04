package align

import (
	"slices"
	"testing"
)

// TestWeighCompacts checks that the lists weigh keeps hold no more than
// the features kept: a list of many features that keeps a few must not
// hold the array it was read into for the search.
func TestWeighCompacts(t *testing.T) {
	table := newFeatureTable()
	var long []uint32
	for i := range 200 {
		long = append(long, table.id(kindDict, string(rune('a'+i%26))+string(rune('a'+i/26))))
	}
	src := [][]uint32{slices.Clone(long), {long[0], long[1]}, nil}
	tgt := [][]uint32{{long[0]}, {long[1], long[2]}, {long[3]}}
	weigh(table, src, tgt)
	want := [][]uint32{{long[0], long[1], long[2], long[3]}, {long[0], long[1]}, {}}
	for i, fs := range src {
		if !slices.Equal(fs, want[i]) {
			t.Errorf("source list %d = %v, want %v", i, fs, want[i])
		}
		if cap(fs) != len(fs) {
			t.Errorf("source list %d holds %d features' room for %d kept", i, cap(fs), len(fs))
		}
	}
	// A list must not grow into its neighbour's features.
	_ = append(src[1], 999)
	if !slices.Equal(src[2], want[2]) || src[0][3] != long[3] {
		t.Errorf("appending to one list changed another: %v", src)
	}
}

// TestSecondSideShared checks that the side read second keeps only the
// features the first holds, besides words and numbers, and that the
// search's units are those of lists read whole: what it drops weighs
// nothing.
func TestSecondSideShared(t *testing.T) {
	src := []string{
		"In the beginning God created the heaven and the earth.",
		"And the earth was without form, and void; and darkness was upon the face of the deep.",
		"And God said, Let there be light: and there was light.",
		"And God saw the light, that it was good: and God divided the light from the darkness.",
		"And God called the light Day, and the darkness he called Night. And the evening and the morning were the first day.",
		"It was 1611 when the book was printed.",
	}
	tgt := []string{
		"起初，神创造天地。",
		"地是空虚混沌，渊面黑暗；神的灵运行在水面上。",
		"神说：「要有光」，就有了光。",
		"神看光是好的，就把光暗分开了。",
		"神称光为「昼」，称暗为「夜」。有晚上，有早晨，这是头一日。",
		"1769年，另有一本书。",
	}
	var opt Options
	a := &aligner{src: Document{Sentences: src}, tgt: Document{Sentences: tgt}, dict: opt.dictFor(src, tgt), words: newWordCache()}
	a.hanLatin = chineseLatin(src, tgt)
	a.segSetup()

	// The lists read whole, weighed as passUnits weighs them.
	x, _ := a.extractor(nil)
	fs := make([][]uint32, len(src))
	ft := make([][]uint32, len(tgt))
	for i, s := range src {
		fs[i] = x.sentFeatures(i, s, true)
	}
	whole := 0
	for j, s := range tgt {
		ft[j] = x.sentFeatures(j, s, false)
		whole += len(ft[j])
	}
	// The second side read against the first.
	x.other = otherSide(fs, len(x.table.kinds))
	read, lacked := 0, 0
	var sawWord, sawNumber bool
	for j, s := range tgt {
		fj := x.sentFeatures(j, s, false)
		read += len(fj)
		for _, f := range fj {
			switch {
			case x.table.kinds[f] == kindWord && x.other[f/64]&(1<<(f%64)) == 0:
				sawWord = true
			case x.table.kinds[f] == kindNumber && x.other[f/64]&(1<<(f%64)) == 0:
				sawNumber = true
			case x.lacked(f):
				lacked++
			}
		}
	}
	x.other = nil
	if lacked > 0 {
		t.Errorf("the second side kept %d features the first lacks", lacked)
	}
	if !sawWord || !sawNumber {
		t.Errorf("the second side dropped its own words (%v) or numbers (%v)", sawWord, sawNumber)
	}
	if read >= whole {
		t.Errorf("the second side read against the first kept %d features of %d", read, whole)
	}
	w := weigh(x.table, fs, ft)

	y, _ := a.extractor(nil)
	_, us, ut, wu, _ := a.passUnits(y, nil)
	if !slices.Equal(w, wu) {
		t.Errorf("weights differ")
	}
	for i, u := range us {
		if !slices.Equal(u.feats, fs[i]) {
			t.Errorf("source %d: units %v, lists read whole %v", i, u.feats, fs[i])
		}
	}
	for j, u := range ut {
		if !slices.Equal(u.feats, ft[j]) {
			t.Errorf("target %d: units %v, lists read whole %v", j, u.feats, ft[j])
		}
	}
}

// TestPairIndex checks that pairIndex numbers pairs in the order they are
// first met, through its growth, and finds each again.
func TestPairIndex(t *testing.T) {
	var ix pairIndex
	var want []uint64
	seen := map[uint64]int32{}
	for i := range 20000 {
		// Repeats, keys that differ in one word, the empty word.
		k := pairKey(int32(i%3001)-1, int32(i%7919))
		id := ix.id(k)
		if old, ok := seen[k]; ok {
			if id != old {
				t.Fatalf("pair %x: id %d, first %d", k, id, old)
			}
			continue
		}
		if int(id) != len(want) {
			t.Fatalf("new pair %x: id %d, want %d", k, id, len(want))
		}
		seen[k] = id
		want = append(want, k)
	}
	if !slices.Equal(ix.keys, want) {
		t.Errorf("keys differ from the pairs in order of first occurrence")
	}
	for id, k := range want {
		if got := ix.id(k); got != int32(id) {
			t.Errorf("pair %x: id %d, want %d", k, got, id)
		}
	}
	if pairX(pairKey(-1, 5)) != -1 || pairX(pairKey(7, -1)) != 7 {
		t.Errorf("pairX does not read the x of a pairKey")
	}
}

// TestM1CorpusAsPairs checks that a corpus read pair by pair (as a pass
// reads its beads) learns each word's translation, and that a pair with an
// empty side is left out.
func TestM1CorpusAsPairs(t *testing.T) {
	pairs := [][2][]string{
		{{"the", "house"}, {"das", "haus"}},
		{{"the", "book"}, {"das", "buch"}},
		{{"a", "book"}, {"ein", "buch"}},
		{{"a", "house"}, {"ein", "haus"}},
		{{"the", "house"}, {"das", "haus"}},
		{{"the", "book"}, {"das", "buch"}},
		{{}, {"leer"}},
	}
	c := newM1Corpus(0, [2]int{})
	for _, p := range pairs {
		c.add(slices.Values(p[0]), slices.Values(p[1]))
	}
	got := c.learn()
	want := map[string][]string{"a": {"ein"}, "book": {"buch"}, "house": {"haus"}, "the": {"das"}}
	if got.Len() != len(want) || len(got.weak) != 0 {
		t.Errorf("learned %d links (%d weak), want %d", got.Len(), len(got.weak), len(want))
	}
	for s, ts := range want {
		if !slices.Equal(got.m[s], ts) {
			t.Errorf("%s: %v, want %v", s, got.m[s], ts)
		}
	}
	if got.m1 == nil || got.m1.trained != 6 {
		t.Errorf("trained on %v pairs, want 6", got.m1)
	}
}
