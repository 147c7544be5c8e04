package align

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// tiles reports how beads fail to cover src and tgt sentences in order,
// each exactly once, or "".
func tiles(beads []Bead, ns, nt int) string {
	s, t := 0, 0
	for k, b := range beads {
		if b.Src.Start != s || b.Tgt.Start != t || b.Src.End < s || b.Tgt.End < t {
			return fmt.Sprintf("bead %d %v:%v does not start at source %d, target %d", k, b.Src, b.Tgt, s, t)
		}
		s, t = b.Src.End, b.Tgt.End
	}
	if s != ns || t != nt {
		return fmt.Sprintf("beads end at %d, %d; documents have %d, %d sentences", s, t, ns, nt)
	}
	return ""
}

// TestRefineTiles checks that the refinement's beads tile both documents:
// when two uncertain regions share the sure bead between them, the second
// region opens where the first one's search left that bead (a first
// version re-used the bead as it was before the first region moved it,
// and Text+Berg dev got source sentence 427 in two beads). The seed's
// versions with and without paragraph marks, and with -devsets every
// development set.
func TestRefineTiles(t *testing.T) {
	read := func(name string) Document {
		data, err := os.ReadFile(filepath.Join("..", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return PresegmentedDocument(string(data))
	}
	check := func(name string, src, tgt Document) {
		res, err := Align(t.Context(), src, tgt, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if msg := tiles(res.Beads, len(src.Sentences), len(tgt.Sentences)); msg != "" {
			t.Errorf("%s: %s", name, msg)
		}
	}
	src := read("irgc-iraq.en.seg.txt")
	for _, lang := range []string{"fr", "de", "fa", "ar", "en2"} {
		tgt := read("irgc-iraq." + lang + ".seg.txt")
		check("en-"+lang, src, tgt)
		s, tg := src, tgt
		s.Paragraphs, tg.Paragraphs = nil, nil
		check("en-"+lang+" without paragraphs", s, tg)
	}
	if !*devsets {
		return
	}
	for _, set := range []string{"textberg_dev_de-fr", "mac_dev_zh-en", "hunalign_dtm_hu-en", "hunalign_steinbeck_hu-en", "bible_en-zh"} {
		docs, _ := devSet(t, set)
		for k, d := range docs {
			check(fmt.Sprintf("%s document %d", set, k), Document{Sentences: d.src}, Document{Sentences: d.tgt})
		}
	}
}

// TestRefineShapes: one source sentence of five words translated as five
// one-word sentences. The search's shapes stop at 1-4, so it must leave
// one out; the refinement's region search takes 1-5.
func TestRefineShapes(t *testing.T) {
	src := []string{"alpha bravo charl delta echos"}
	tgt := []string{"alphax", "bravox", "charlx", "deltax", "echosx"}
	sv, tv := newVocab(), newVocab()
	fwd, bwd := map[uint64]float64{}, map[uint64]float64{}
	for k, w := range []string{"alpha", "bravo", "charl", "delta", "echos"} {
		s, tg := sv.id(w), tv.id(tgt[k])
		fwd[pairKey(s, tg)], bwd[pairKey(tg, s)] = 0.9, 0.9
	}
	m := newM1Model(sv, tv, fwd, bwd)
	p := defaultParams()
	us := units(Document{Sentences: src}, make([][]uint32, len(src)), nil)
	ut := units(Document{Sentences: tgt}, make([][]uint32, len(tgt)), nil)
	sc := newScorer(&p, us, ut, newMatcher(nil))
	start := []span{{0, 1, 0, 4}, {1, 1, 4, 5}}
	r := newRefiner(m, src, tgt, nil)
	if got, want := fmt.Sprint(r.refine(sc, start, 0, 0)), "[{0 1 0 5}]"; got != want {
		t.Errorf("refine(%v) = %s; want %s", start, got, want)
	}
}
